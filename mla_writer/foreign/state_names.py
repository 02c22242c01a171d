"""The requesting and requested States as a letter names them: in its letterhead, its addressee
line, "Requested State:", or "the competent authorities of"; names from the Unicode CLDR in the
letter's language (declined forms in Russian), with the official long names in the cue files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.letter import TERMINAL, Letter

# --------------------------------------------------------------------------- States


def _russian_stem(word: str) -> str:
    stem = re.sub(r"[аяйьоеиыу]+$", "", word)
    return stem if len(stem) >= 4 else word


@cache
def _state_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """One pattern per State: its CLDR names in English and in the letter's language."""
    from babel import Locale

    names: dict[str, set[str]] = {}
    # Only the letter's own language: an English name in a French letter is rare, while English
    # names that are French words ("Réunion") are not.
    for locale in (language,):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}:
                names.setdefault(code, set()).add(name)
    patterns: dict[str, list[str]] = {}
    for code, found in names.items():
        alternatives = []
        for name in found:
            if language == "ru" and re.search("[а-яё]", name):
                # Russian declines names: "Германия", "в Германии"; match the stem and an ending.
                stems = [_russian_stem(w) if len(w) > 3 else w for w in name.split()]
                for case in (str, str.upper):
                    ending = "[а-яё]{0,3}" if case is str else "[А-ЯЁ]{0,3}"
                    alternatives.append(
                        r"\s+".join(re.escape(case(stem)) + ending for stem in stems)
                    )
            else:
                alternatives.append(re.escape(name))
                alternatives.append(re.escape(name.upper()))
        patterns[code] = alternatives
    for alias, code in cues_for(language).state_names.items():
        patterns.setdefault(code, []).append(f"(?i:{alias})")
    return {
        code: re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
        for code, alternatives in patterns.items()
    }


@dataclass(frozen=True)
class StateMention:
    code: str
    index: int
    start: int
    end: int


# "Dña. Montserrat Vidal", "Mr Jordan": a personal title before a name makes it a person's.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|sr|sra|srta|dña|dn|don|doña|m|mme|mlle|me|г-н|г-жа))\.?\s+$",
    re.IGNORECASE,
)


def _state_mentions(letter: Letter) -> list[StateMention]:
    mentions = []
    for code, pattern in _state_patterns(letter.cues.language).items():
        for index, passage in enumerate(letter.passages):
            for match in pattern.finditer(passage.text):
                if _TITLE_BEFORE.search(passage.text[max(0, match.start() - 8) : match.start()]):
                    continue
                mentions.append(StateMention(code, index, match.start(), match.end()))
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


def _after(
    letter: Letter, pattern: re.Pattern[str] | None, mentions: list[StateMention], reach: int = 200
) -> str | None:
    """The first State named within `reach` characters after a phrase matching `pattern`."""
    if pattern is None:
        return None
    for index, passage in enumerate(letter.passages):
        for match in pattern.finditer(passage.text):
            for mention in mentions:
                if mention.index == index and match.start() <= mention.start <= match.end() + reach:
                    return mention.code
    return None


def recognise_states(letter: Letter) -> tuple[str | None, str | None]:
    """(requesting, requested) States as the letter names them; None where it does not."""
    mentions = _state_mentions(letter)
    if not mentions:
        return None, None
    cues = letter.cues
    requesting = _after(letter, cues.requesting, mentions, 40)
    requested = _after(letter, cues.requested, mentions, 40)
    addressee: tuple[int, int] | None = None  # (passage, position) of the addressee phrase
    if cues.addressee is not None:
        for index, passage in enumerate(letter.passages[:12]):
            match = cues.addressee.search(passage.text)
            if match:
                addressee = (index, match.start())
                break
    if requested is None and addressee is not None:
        index, position = addressee
        found = [
            m
            for m in mentions
            if (m.index == index and m.start >= position) or m.index == index + 1
        ]
        if found:
            requested = found[0].code
    if requested is None:
        requested = _after(letter, cues.requested_context, mentions, 40)
    if requesting is None:
        # The letterhead: what comes before the addressee (or the first three passages).
        before = addressee or (3, 0)
        head = [
            m
            for m in mentions
            if (m.index, m.start) < before and m.index < 3 and m.code != requested
        ]
        if head:
            first = [m for m in head if m.index == head[0].index]
            text = letter.passages[head[0].index].text
            # In an address the State comes last ("..., Petty France, London, United Kingdom");
            # in a sentence the first State named is usually the subject.
            address_like = "\n" in text.strip() or not TERMINAL.search(text)
            requesting = first[-1].code if address_like else first[0].code
    if requested is None:
        counts = Counter(m.code for m in mentions if m.code != requesting)
        if counts:
            best = max(counts.values())
            requested = next(m.code for m in mentions if counts.get(m.code) == best)
    if requesting is None and requested is not None:
        others = [m.code for m in mentions if m.code != requested]
        requesting = others[0] if others else None
    return requesting, requested
