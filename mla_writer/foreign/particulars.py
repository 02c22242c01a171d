"""A letter's own particulars, as a reply quotes them back: its reference, its date and the
authority that sent it ("your request of 14 October 2026, reference CPS/IJOC/2026/0417, from
the Crown Prosecution Service").

They are read where letters put them: the letterhead and the lines around the addressee, the
part headed "requesting authority" in forms, and, for e-mails, the signature. What is not found
is None, and the reply says less rather than quoting a wrong particular.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import Letter

FOOT_PASSAGES = 8  # the passages at the end where a letter may be dated
HEAD_PASSAGES = 12  # the letterhead, addressee, reference and date come before the body
TAIL_PASSAGES = 8  # an e-mail's signature
MAX_LINE_WORDS = 14  # longer lines are sentences of the body, not particulars
MAX_AUTHORITY = 120

_BIRTH = re.compile(r"birth|born|né[e]?\b|naissance|naci(?:do|da|miento)|рожд", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^\s*(?:date[d]?|fecha|дата|le)\b\s*:?", re.IGNORECASE)
_PLACE = re.compile(r"[^\W\d_][^\W\d_.'-]*(?:[ .'-]+[^\W\d_]+){0,3}\s*,\s*(?:le|el|the)?")
_REFERENCE_WORD = re.compile(
    r"№|\bn\s?[°º.]|\bno\.|\bref|\bréf|исх|oficio|radicado|carpeta|dossier|expediente|\bfile",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:from|de|от кого|expéditeur|remitente)\s*:\s*", re.IGNORECASE)
_DECORATION = re.compile(r"^[\s#*>|_-]+|[\s*|_]+$")


def letter_reference(letter: Letter) -> str | None:
    """The letter's own reference ("Our reference: CPS/IJOC/2026/0417"), to quote back."""
    if letter.cues.reference is None:
        return None
    for passage in letter.passages[:15]:
        match = letter.cues.reference.search(passage.text)
        if match:
            group = next((i for i, g in enumerate(match.groups(), start=1) if g), 0)
            # The reference runs to the end of its line or to a dash: "PNF 26/118 — Paris".
            rest = passage.text[match.start(group) :] if group else ""
            found = re.split(r"\n|\s[—–-]\s|\s{3,}|,\s|\s(?:от|du|del|de|of|dated)\s", rest)[0]
            found = found[:40].strip(" .,;:—–()")
            if any(ch.isdigit() for ch in found):
                return found
    return None


# --------------------------------------------------------------------------- the date


def letter_date(letter: Letter, language: str | None) -> dt.date | None:
    """The date the letter bears: on a "Date:" line, after the place ("Ottawa, le 17 juillet
    2026"), after the reference ("Исх. № 2-15/4471 от 16 октября 2026 года") or alone on its
    line, in the letterhead. Dates in the body (of the facts, of birth) are not taken."""
    labelled: dt.date | None = None
    ending: dt.date | None = None
    # The head first, then the foot, where civil-law letters date themselves above the
    # signature ("Curitiba, 10 November 2026.").
    passages = letter.passages
    for line in [*_lines(passages[:HEAD_PASSAGES]), *_lines(passages[-FOOT_PASSAGES:])]:
        if len(line.split()) > MAX_LINE_WORDS or _BIRTH.search(line):
            continue
        for match in _date_patterns(language or "en"):
            found = match.search(line)
            if found is None:
                continue
            date = _as_date(found, language or "en")
            if date is None:
                continue
            if _DATE_LABEL.match(line) and labelled is None:
                labelled = date
            if ending is None and _dates_the_letter(line[: found.start()], line[found.end() :]):
                ending = date
    return labelled or ending


def _dates_the_letter(before: str, after: str) -> bool:
    """Whether a date stands where a letter's own date does: alone on its line, after the
    place ("Lima, 4 de noviembre de 2026") or after the reference, and nothing after it."""
    if not re.fullmatch(r"(?:г|года|год)?\.?", after.strip(" .,;)")):
        return False
    before = before.strip()
    return (
        not before
        or _PLACE.fullmatch(before) is not None
        or (_REFERENCE_WORD.search(before) is not None and len(before.split()) <= 8)
    )


def _lines(passages: Sequence[Passage]) -> list[str]:
    """The non-empty lines of some passages (the letter's head or its foot)."""
    return [
        line.strip() for passage in passages for line in passage.text.splitlines() if line.strip()
    ]


@cache
def _month_numbers(language: str) -> dict[str, int]:
    """Month names and their abbreviations in the language (both grammatical forms), lower case."""
    from babel import Locale  # the CLDR's names: every language the analyser reads

    locale = Locale.parse(language)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                names[name.lower().rstrip(".")] = number
    return names


@cache
def dates_before(text: str, language: str | None, limit: dt.date) -> list[tuple[int, int]]:
    """The spans of the full dates in `text` earlier than `limit` ("arrested on 30 September
    2026", in a letter of 12 November 2026): a fact of the case, not a time limit."""
    spans = []
    for pattern in _date_patterns(language or "en"):
        for found in pattern.finditer(text):
            date = _as_date(found, language or "en")
            if date is not None and date < limit:
                spans.append(found.span())
    return spans


def _date_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted(map(re.escape, _month_numbers(language)), key=len, reverse=True))
    year = r"((?:19|20)\d{2})"
    return (
        re.compile(
            rf"\b(\d{{1,2}})(?:er|º|°|\.)?\s+(?:de\s+)?({months})\.?,?\s+(?:de\s+|del\s+)?{year}\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b({months})\.?\s+(\d{{1,2}}),?\s+{year}\b", re.IGNORECASE),
        re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b"),
        re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b"),
    )


def _as_date(found: re.Match[str], language: str) -> dt.date | None:
    groups = found.groups()
    months = _month_numbers(language)
    try:
        if len(groups) == 4:  # 16.10.2026, 14/10/2026
            first, separator, second, year = groups
            day, month = int(first), int(second)
            if separator == "/" and language == "en" and day <= 12 and month <= 12:
                return None  # 03/04/2026: April or March? Not quoted rather than misread
            if month > 12:
                day, month = month, day
            return dt.date(int(year), month, day)
        if groups[0].isdigit() and len(groups[0]) == 4:  # 2026-10-16
            return dt.date(int(groups[0]), int(groups[1]), int(groups[2]))
        if groups[0].isdigit():  # 14 October 2026
            return dt.date(int(groups[2]), months[groups[1].lower().rstrip(".")], int(groups[0]))
        return dt.date(int(groups[2]), months[groups[0].lower().rstrip(".")], int(groups[1]))
    except (ValueError, KeyError):
        return None


# --------------------------------------------------------------------------- the authority


def requesting_authority(letter: Letter) -> str | None:
    """The authority that sent the letter, as the letter names it: the letterhead's first line
    that names an authority, else the form's "requesting authority" part, else the signature."""
    pattern = letter.cues.group("identification", "authority")
    if pattern is None:
        return None
    count = len(letter.passages)
    head = range(min(HEAD_PASSAGES, count))
    section = letter.in_section("identification")
    tail = range(max(0, count - TAIL_PASSAGES), count)
    for index in (*head, *section, *tail):
        for line in _own_lines(letter, index):
            name = _authority_name(line, pattern) if pattern.search(line) else None
            if name:
                return name
    return None


def _own_lines(letter: Letter, index: int) -> list[str]:
    """The lines of a passage that could name the sender: its value after a heading or form
    label, without addressees, salutations and sentences of the body."""
    passage = letter.passages[index]
    addressee = letter.cues.addressee
    in_own_part = letter.section[index] == "identification"
    if addressee is not None and addressee.search(passage.text) and not in_own_part:
        return []
    lines = []
    for raw in passage.text[letter.value_start[index] :].splitlines():
        line = _LABEL.sub("", _DECORATION.sub("", raw)).strip()
        if not line or len(line.split()) > MAX_LINE_WORDS or line[-1] in ":!,":
            continue
        if addressee is not None and addressee.search(line):
            continue
        lines.append(line)
    return lines


def _authority_name(line: str, pattern: re.Pattern[str]) -> str | None:
    """The name without the address, telephone or e-mail that follow it on the line: the
    parts up to the last that names an authority ("Department of Justice, Office of
    Cybercrime, Padre Faura Street" -> "Department of Justice"). None for a sentence."""
    kept: list[str] = []
    for segment in re.split(r",\s+|\s+[—–]\s+|\s*\|\s*", line):
        if re.search(r"\d|@", segment):
            break
        kept.append(segment.strip())
    last = max((i for i, part in enumerate(kept) if pattern.search(part)), default=-1)
    name = ", ".join(part for part in kept[: last + 1] if part)
    return name[:MAX_AUTHORITY].strip(" .,;:") or None
