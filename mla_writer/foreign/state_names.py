"""The requesting and requested States, read off the letter the way a clerk reads an envelope.

Clues: State names (Unicode CLDR names in the letter's language, declined forms in Russian, and
the official long names of the cue files), cities (the CLDR's time-zone cities and the seats
listed in the cue files), e-mail domains (`.gov.ro`, `mpu.gob.es`, `example.pt`), telephone
country codes, and the names of the central authorities in the State profiles. Sides: what an
explicit label says ("Requesting State:", "État d'émission"), then the e-mail header ("From:" is
the requesting State, "To:" the requested one), then the letter's opening block — the letterhead
comes first and is the requesting State; the addressee, after it, the requested one — then the
signature block and "the competent authorities of …". When nothing but the number of mentions
points at the requested State, `States.requested_by` says so, and the report says it is unsure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from mla_writer.foreign.compiled import PatternStore
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.letter import TERMINAL, Letter
from mla_writer.foreign.prefilter import Needles, either, folded, may_match, needles
from mla_writer.foreign.wordforms import WORD_FORMS

# --------------------------------------------------------------------------- clues


def _russian_stem(word: str) -> str:
    stem = re.sub(r"[аяйьоеиыу]+$", "", word)
    return stem if len(stem) >= 4 else word


def _name_alternatives(name: str, language: str) -> list[str]:
    if language == "ru" and re.search("[а-яё]", name):
        # Russian declines names: "Германия", "в Германии"; match the stem and an ending.
        stems = [_russian_stem(w) if len(w) > 3 else w for w in name.split()]
        return [
            r"\s+".join(re.escape(case(stem)) + ending for stem in stems)
            for case, ending in ((str, "[а-яё]{0,3}"), (str.upper, "[А-ЯЁ]{0,3}"))
        ]
    return [re.escape(name), re.escape(name.upper())]


def _name_needles(name: str, language: str) -> Needles:
    """What every match of `_name_alternatives(name, language)` contains: the name as written
    or in capitals (its first stem, in Russian)."""
    if language == "ru" and re.search("[а-яё]", name):
        first = name.split()[0]
        name = _russian_stem(first) if len(first) > 3 else first
    return frozenset({folded(name), folded(name.upper())})


def _compile(
    patterns: dict[str, list[str]], needed: dict[str, list[Needles]], kind: str
) -> dict[str, re.Pattern[str]]:
    store = PatternStore(kind)
    compiled = {
        code: store.compile(
            r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", 0, either(needed[code])
        )
        for code, alternatives in patterns.items()
        if alternatives
    }
    store.save()
    return compiled


@cache
def _state_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """One pattern per State: its CLDR names in the letter's language and the cue files' names."""
    from babel import Locale

    # Only the letter's own language: English names that are French words ("Réunion") are not.
    patterns: dict[str, list[str]] = {}
    needed: dict[str, list[Needles]] = {}
    for code, name in Locale.parse(language).territories.items():
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}:
            patterns.setdefault(code, []).extend(_name_alternatives(name, language))
            needed.setdefault(code, []).append(_name_needles(name, language))
    for alias, code in cues_for(language).state_names.items():
        patterns.setdefault(code, []).append(f"(?i:{alias})")
        needed.setdefault(code, []).append(needles(f"(?i:{alias})"))
    return _compile(patterns, needed, f"states-{language}")


@cache
def state_name_words(language: str, code: str) -> re.Pattern[str] | None:
    """The words of one State's names in a letter's language, each on its own ("Trinidad",
    "Tobago", «Казахстан»): what a sentence that only names the State says of it."""
    from babel import Locale

    names = [Locale.parse(language).territories.get(code, "")]
    names += [
        alias for alias, alias_code in cues_for(language).state_names.items() if alias_code == code
    ]
    words = {word for name in names for word in re.findall(r"[^\W\d_]{4,}", name)}
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alternatives})\w*")


# Time-zone cities that are also words or other places' names ("Praia da Rocha", "Santiago de
# Compostela", "Victoria Street", "Center"), and Antarctic stations.
_AMBIGUOUS_CITIES = frozenset(
    {"Praia", "Santiago", "Cordoba", "Córdoba", "Victoria", "Center", "Casey", "Davis", "Troll",
     "Palmer", "Mawson", "Vostok", "Marengo", "Monticello", "Knox", "Tell City", "Winamac",
     "Vevay", "Salem", "Beulah", "Union", "Mendoza", "Asmera", "Dili", "Male", "Truk", "Efate",
     "Nome", "Eucla", "Currie", "Lindeman", "Guernsey", "Jersey", "Isle of Man", "Gibraltar"}
)  # fmt: skip


@cache
def _city_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """Cities by State: the CLDR's time-zone cities in the letter's language (and as the zone
    names them), with the seats of authorities the cue files list (Brasília, Ottawa…)."""
    from babel import Locale
    from babel.core import get_global

    localised = Locale.parse(language).time_zones
    patterns: dict[str, list[str]] = {}
    needed: dict[str, list[Needles]] = {}
    for zone, territory in get_global("zone_territories").items():
        if zone.startswith(("Antarctica/", "Etc/")) or territory in {"001", "ZZ", "AQ"}:
            continue
        names = {zone.rsplit("/", 1)[-1].replace("_", " ")}
        city = localised.get(zone, {}).get("city") if zone in localised else None
        if city:
            names.add(city)
        # In a fixed order, longest first: a set's order changes with each run's string hashes,
        # which made the pattern's text differ from run to run (compiled afresh, never from the
        # cache) and let "Easter" or "Easter Island" win by chance.
        for name in sorted(names - _AMBIGUOUS_CITIES, key=lambda name: (-len(name), name)):
            if len(name) >= 4:
                patterns.setdefault(territory, []).extend(_name_alternatives(name, language))
                needed.setdefault(territory, []).append(_name_needles(name, language))
    # Latin and Cyrillic seats as written, capital included ("Porto", not "porto", a harbour);
    # Arabic has no capitals, and its seats take the article and prefixes ("بالرباط").
    arabic = WORD_FORMS["ar"] if language == "ar" else None
    for alias, code in cues_for(language).seats.items():
        seat = arabic(alias) if arabic else alias
        patterns.setdefault(code, []).append(seat)
        needed.setdefault(code, []).append(needles(seat))
    return _compile(patterns, needed, f"cities-{language}")


_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+([a-z]{2}))\b", re.IGNORECASE)
# Country-code domains used as generic ones (.io, .tv, .me…) say nothing of a State.
_VANITY_DOMAINS = frozenset({"io", "tv", "me", "fm", "cc", "ws", "ai", "co", "eu", "su"})
_PHONE = re.compile(r"(?<![\w+])\+\s?\d[\d\s().\-/]{6,18}\d")


def _domain_code(domain: str) -> str | None:
    tld = domain.rsplit(".", 1)[-1].upper()
    if tld.lower() in _VANITY_DOMAINS:
        # ".co" is Colombia's when an institution uses it as such: "fiscalia.gov.co".
        return tld if tld == "CO" and ".gov." in f".{domain.lower()}" else None
    return "GB" if tld == "UK" else tld


def _phone_code(number: str) -> str | None:
    import phonenumbers  # only letters with an international number need it

    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "001" else None


@dataclass(frozen=True)
class StateMention:
    """A clue to a State in the letter: its name, a city, an e-mail domain or a phone number."""

    code: str
    index: int
    start: int
    end: int
    kind: str = "name"  # "name", "city", "domain", "phone"


# "Dña. Montserrat Vidal", "Mr Jordan": a personal title before a name makes it a person's.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|sr|sra|srta|dña|dn|don|doña|m|mme|mlle|me|г-н|г-жа))\.?\s+$",
    re.IGNORECASE,
)
# "Julián Ezequiel Montenegro Arce": a State's name between two given or family names is a name.
_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+$")
_NAME_AFTER = re.compile(r"^\s+[A-ZÀ-Ý][a-zà-ÿ]+\b")


_INITIAL_AFTER = re.compile(r"^\s+[A-Z]\.\s")  # "Regina M. K. Albuquerque"


def _persons_name(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if _TITLE_BEFORE.search(before[-8:]) or _INITIAL_AFTER.match(after):
        return True
    return bool(_NAME_BEFORE.search(before) and _NAME_AFTER.match(after))


def _pattern_mentions(
    letter: Letter, patterns: dict[str, re.Pattern[str]], kind: str
) -> list[StateMention]:
    mentions = []
    whole = "\n".join(passage.text for passage in letter.passages)
    for code, pattern in patterns.items():
        if not may_match(pattern, whole):  # most States are never named: one quick look
            continue
        for index, passage in enumerate(letter.passages):
            for match in pattern.finditer(passage.text):
                if not _persons_name(passage.text, match.start(), match.end()):
                    mentions.append(StateMention(code, index, match.start(), match.end(), kind))
    return mentions


def _contact_mentions(letter: Letter) -> list[StateMention]:
    mentions = []
    for index, passage in enumerate(letter.passages):
        for match in _EMAIL.finditer(passage.text):
            code = _domain_code(match.group(1))
            if code:
                mentions.append(StateMention(code, index, match.start(), match.end(), "domain"))
        for match in _PHONE.finditer(passage.text):
            code = _phone_code(match.group())
            if code:
                mentions.append(StateMention(code, index, match.start(), match.end(), "phone"))
    return mentions


def _state_mentions(letter: Letter) -> list[StateMention]:
    language = letter.cues.language
    mentions = _pattern_mentions(letter, _state_patterns(language), "name")
    mentions += _pattern_mentions(letter, _city_patterns(language), "city")
    mentions += _contact_mentions(letter)
    # "Estados Unidos Mexicanos" is Mexico, not the "Estados Unidos" inside it: the longest wins.
    kept = [
        m
        for m in mentions
        if not any(
            o is not m
            and o.index == m.index
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in mentions
        )
    ]
    return sorted(kept, key=lambda m: (m.index, m.start))


# --------------------------------------------------------------------------- sides


@dataclass(frozen=True)
class States:
    """The requesting and requested States, and how the requested one was made out: "label",
    "header" (an e-mail's "To:"), "addressee", "context" ("the competent authorities of …"),
    "opening" (the last State of the opening block), "mentions" (the most-mentioned other
    State: a guess), or "" (none)."""

    requesting: str | None
    requested: str | None
    requested_by: str = ""

    @property
    def requested_certain(self) -> bool:
        return self.requested_by not in ("mentions", "")


# E-mail header fields in the six languages; "Cc:" lines name neither side.
_FROM_FIELD = re.compile(
    r"^\s*(?:from|de|от|من|remetente|expéditeur|remitente|отправитель)\s*:", re.IGNORECASE
)
_TO_FIELD = re.compile(
    r"^\s*(?:to|à|a|para|кому|إلى|الى|destinataire|destinatário|destinatario|получатель)\s*:",
    re.IGNORECASE,
)
_ANY_FIELD = re.compile(
    r"(?<!\S)(?:from|to|cc|de|à|para|от|кому|копия|من|إلى|الى|نسخة|date|fecha|data|дата|"
    r"subject|objet|asunto|assunto|тема|الموضوع|التاريخ)\s*:",
    re.IGNORECASE,
)
_BODY_WORDS = 25  # a passage this long, ending a sentence, is the body: the opening block ends
_OPENING_LIMIT = 20
_SIGNATURE_PASSAGES = 8
_WEIGHT = {"name": 3, "city": 2, "domain": 2, "phone": 2}


def _opening_end(letter: Letter) -> int:
    """The index of the first passage of the letter's body (after letterhead and addressee)."""
    for index, passage in enumerate(letter.passages[:_OPENING_LIMIT]):
        text = passage.text.strip()
        if len(text.split()) >= _BODY_WORDS and TERMINAL.search(text):
            return max(index, 1)
    return min(len(letter.passages), _OPENING_LIMIT)


def _passage_states(mentions: Iterable[StateMention]) -> list[str]:
    """The State each passage with clues points at, in order: the weightiest of its clues (a
    name before a city, a domain or a telephone: "102 Petty France, London, United Kingdom" is
    the United Kingdom's address); in a tie, the first ("Canada / France")."""
    by_passage: dict[int, list[StateMention]] = {}
    for mention in mentions:
        by_passage.setdefault(mention.index, []).append(mention)
    codes = []
    for index in sorted(by_passage):
        found = by_passage[index]
        weight = Counter[str]()
        for mention in found:
            weight[mention.code] += _WEIGHT[mention.kind]
        best = max(weight.values())
        codes.append(next(m.code for m in found if weight[m.code] == best))
    return codes


def _best(mentions: Iterable[StateMention], exclude: str | None = None) -> str | None:
    """The State of the first passage whose clues point at a State other than `exclude`."""
    return next((code for code in _passage_states(mentions) if code != exclude), None)


_LABEL_END = re.compile(r"^[ \t]*(?::|—|–|-|$)")


def _labelled(
    letter: Letter,
    pattern: re.Pattern[str] | None,
    mentions: list[StateMention],
    reach: int = 40,
    label: bool = True,
) -> str | None:
    """The State a label names: after it on its row ("Requested State: Cyprus"), or in the
    next passage when the label stands alone (a form's "État d'exécution" row)."""
    if pattern is None:
        return None
    for index, passage in enumerate(letter.passages):
        for match in pattern.finditer(passage.text):
            # A label stands at the start of its row or before a colon; "filled in by the
            # requested party" in a sentence labels nothing.
            labels = (
                match.start() <= 4
                or ":" in match.group()
                or _LABEL_END.match(passage.text[match.end() :])
            )
            if label and not labels:
                continue
            after = [
                m
                for m in mentions
                if m.index == index and match.start() <= m.start <= match.end() + reach
            ]
            if not after and not passage.text[match.end() :].strip(" :\t"):
                after = [m for m in mentions if m.index == index + 1]
            if after:
                return _best(after)
    return None


def _header(
    letter: Letter, field: re.Pattern[str], mentions: list[StateMention], end: int
) -> str | None:
    """The State of an e-mail header field ("From:", "Кому:") in the opening block."""
    for index, passage in enumerate(letter.passages[:end]):
        label = field.match(passage.text)
        if label:
            # "From: … <a@b.kw> To: … <c@d.jo>" on one line: the field ends where the next begins.
            following = _ANY_FIELD.search(passage.text, label.end())
            stop = following.start() if following else len(passage.text)
            return _best(m for m in mentions if m.index == index and m.start < stop)
    return None


def _addressee(
    letter: Letter, mentions: list[StateMention], end: int, requesting: str | None
) -> tuple[int, str | None]:
    """(where the addressee starts, the State it names) in the opening block."""
    pattern = letter.cues.addressee
    if pattern is None:
        return end, None
    for index, passage in enumerate(letter.passages[: max(end, 1)]):
        match = pattern.search(passage.text)
        if match is None:
            continue
        block = [
            m
            for m in mentions
            if (m.index == index and m.start >= match.start()) or index < m.index <= index + 3
        ]
        # "À Monsieur le Procureur général de Genève … Nous, juge d'instruction de Beyrouth":
        # the letterhead's State, named again after the addressee, is not the addressee's.
        letterhead = requesting or _best(m for m in mentions if m.index < index)
        return index, _best(block, exclude=letterhead)
    return end, None


def resolve_states(letter: Letter) -> States:
    """The requesting and requested States as the letter names them, and how sure it is."""
    mentions = _state_mentions(letter)
    if not mentions:
        return States(None, None)
    cues, end = letter.cues, _opening_end(letter)
    requesting = _labelled(letter, cues.requesting, mentions) or _header(
        letter, _FROM_FIELD, mentions, end
    )
    requested = _labelled(letter, cues.requested, mentions)
    how = "label"
    if requested is None:
        requested, how = _header(letter, _TO_FIELD, mentions, end), "header"
    if requested is None:
        start, requested = _addressee(letter, mentions, end, requesting)
        how = "addressee"
    else:
        start = end
    opening = [m for m in mentions if m.index < end]
    if requesting is None:
        signature = len(letter.passages) - _SIGNATURE_PASSAGES
        requesting = (
            _best((m for m in opening if m.index < start), exclude=requested)
            or _best(opening, exclude=requested)
            or _best((m for m in mentions if m.index >= signature), exclude=requested)
        )
    for resolve, label in _requested_fallbacks(letter, mentions, opening, requesting):
        if requested is not None:
            break
        requested, how = resolve(), label
    if requested is None:
        return States(requesting, None)
    if requesting is None or requesting == requested:
        requesting = _best(opening, exclude=requested) or _most_mentioned(mentions, requested)
    return States(requesting, requested, how)


def _requested_fallbacks(
    letter: Letter,
    mentions: list[StateMention],
    opening: list[StateMention],
    requesting: str | None,
) -> list[tuple[Callable[[], str | None], str]]:
    """Ways to the requested State when no label, header or addressee names it, surest first."""
    later = [code for code in reversed(_passage_states(opening)) if code != requesting]
    return [
        (
            lambda: _labelled(letter, letter.cues.requested_context, mentions, label=False),
            "context",
        ),
        (lambda: later[0] if later else None, "opening"),
        (lambda: _most_mentioned(mentions, requesting), "mentions"),
    ]


def _most_mentioned(mentions: list[StateMention], other_than: str | None) -> str | None:
    counts = Counter(m.code for m in mentions if m.code != other_than and m.kind == "name")
    if not counts:
        return None
    best = max(counts.values())
    return next(m.code for m in mentions if counts.get(m.code) == best)


def recognise_states(letter: Letter) -> tuple[str | None, str | None]:
    """(requesting, requested) States as the letter names them; None where it does not."""
    states = resolve_states(letter)
    return states.requesting, states.requested
