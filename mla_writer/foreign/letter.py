"""A letter's passages as the analyser reads them: which point each passage belongs to (by its
heading), searches for cues that leave headings out, and quotes of whole sentences as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mla_writer.foreign.cues import Cues
from mla_writer.foreign.document import Passage

MAX_QUOTE = 300


@dataclass(frozen=True)
class Evidence:
    """A passage quoted from the letter, and where it stands."""

    text: str
    location: str

    def as_dict(self) -> dict[str, str]:
        return {"text": self.text, "location": self.location}


# --------------------------------------------------------------------------- the letter


@dataclass(frozen=True)
class Hit:
    index: int  # passage
    start: int
    end: int


_NUMBERING = re.compile(
    r"^\s*(?:(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zа-я])[.)]\s*|\(\w{1,3}\)\s*|[-•*–]\s+)?"
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[\"«(]?[A-ZÀ-ÝА-ЯЁ0-9])|\n+")
TERMINAL = re.compile(r"[.!?;]\s*$")
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)]|[-•*–])\s+", re.IGNORECASE)


def _normalise(text: str) -> str:
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2011", "-")
    )


class Letter:
    """The passages of a letter, which point each belongs to, and searches over them."""

    def __init__(self, passages: list[Passage], cues: Cues) -> None:
        self.passages = [replace(p, text=_normalise(p.text)) for p in passages]
        self.cues = cues
        self.section: list[str | None] = []
        self.value_start: list[int] = []  # where a passage's content starts after its heading
        self._assign_sections()

    # ---- headings and sections

    def heading(self, text: str) -> tuple[str | None, int, bool]:
        """(point, content start, standalone) for a passage that opens with a heading."""
        numbering = _NUMBERING.match(text)
        offset = numbering.end() if numbering else 0
        head = text[offset:]
        for point, pattern in self.cues.headings.items():
            match = pattern.match(head)
            if not match:
                continue
            rest = head[match.end() :]
            stripped = rest.strip(" \t:.—–-")
            if not stripped:
                return point, len(text), True
            # "6. Offences and applicable penalties": a short line without a full stop.
            if (
                "\n" not in text
                and ":" not in rest
                and len(text.split()) <= 8
                and not TERMINAL.search(text)
                and not re.search(r"\d{3,}", rest)
            ):
                return point, len(text), True
            if re.match(r"\s*[:.—–]|\s*-\s|\s*\n", rest):
                start = offset + match.end() + (len(rest) - len(rest.lstrip(" \t:.—–-\n")))
                return point, start, False
            # "Présence d'agents marocains : non": a few more words, then a colon.
            longer = re.match(r"(?:\s+[^\s:.;,]+){1,3}\s*[:—–]\s*", rest)
            if longer:
                return point, offset + match.end() + longer.end(), False
        return None, 0, False

    def _assign_sections(self) -> None:
        current: str | None = None
        for passage in self.passages:
            point, start, standalone = self.heading(passage.text)
            if point and standalone:
                current = point if point != "other" else None
                self.section.append(None)
                self.value_start.append(len(passage.text))
            elif point:
                self.section.append(point if point != "other" else None)
                self.value_start.append(start)
                current = None
            else:
                if self._looks_like_unknown_heading(passage.text):
                    current = None
                self.section.append(current)
                self.value_start.append(0)

    @staticmethod
    def _looks_like_unknown_heading(text: str) -> bool:
        words = text.split()
        if "|" in text or ":" in text or "\n" in text:  # table rows, "Label: value" lines
            return False
        return 0 < len(words) <= 5 and not TERMINAL.search(text)

    def in_section(self, point: str) -> list[int]:
        return [i for i, key in enumerate(self.section) if key == point]

    def section_values(self, point: str) -> list[tuple[int, str]]:
        return [
            (i, self.passages[i].text[self.value_start[i] :].strip())
            for i in self.in_section(point)
            if self.passages[i].text[self.value_start[i] :].strip()
        ]

    def answer(self, point: str) -> tuple[str | None, int | None]:
        """The short answer ("yes" or "no") that opens the point's part of the letter, if any."""
        for index, value in self.section_values(point)[:1]:
            for key in ("no", "yes"):
                pattern = self.cues.answers.get(key)
                if pattern and pattern.match(value):
                    return key, index
        return None, None

    # ---- searching

    def find(
        self, pattern: re.Pattern[str] | None, indices: Iterable[int] | None = None
    ) -> list[Hit]:
        if pattern is None:
            return []
        count = len(self.passages)
        chosen = range(count) if indices is None else sorted(i for i in set(indices) if i < count)
        hits = []
        for index in chosen:
            for match in pattern.finditer(self.passages[index].text):
                hits.append(Hit(index, match.start(), match.end()))
        return hits

    def cue(self, point: str, group: str, indices: Iterable[int] | None = None) -> list[Hit]:
        """Hits of a cue group in the letter's text, headings left out: "Prior contact" as a
        heading with nothing after it says nothing about prior contact."""
        return [
            hit
            for hit in self.find(self.cues.group(point, group), indices)
            if hit.start >= self.value_start[hit.index]
        ]

    def common(self, group: str, indices: Iterable[int] | None = None) -> list[Hit]:
        return self.find(self.cues.common.get(group), indices)

    # ---- quoting

    def quote(self, hit: Hit | int) -> Evidence:
        """The sentence around a hit (or a whole short passage), as evidence."""
        if isinstance(hit, int):
            passage = self.passages[hit]
            return Evidence(_shorten(_row_text(passage)), passage.location)
        passage = self.passages[hit.index]
        if passage.cells and hit.start == hit.end == 0:  # a table row as a whole
            return Evidence(_shorten(_row_text(passage)), passage.location)
        text = passage.text
        if len(text) <= MAX_QUOTE:
            return Evidence(_oneline(text), passage.location)
        for start, end in _sentences(text):
            if end > hit.start:
                return Evidence(_shorten(text[start:end]), passage.location)
        return Evidence(_shorten(text), passage.location)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a passage. A full stop after an abbreviation or a short number
    ("г.", "art.", "No.", "4.") does not end a sentence, and no sentence is shorter than 40
    characters when a next one can be joined to it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE.finditer(text):
        before = text[start : boundary.start()]
        last_word = before.rsplit(None, 1)[-1] if before.strip() else ""
        if "\n" not in boundary.group() and (
            len(last_word.rstrip(".")) <= 3 or len(before.strip()) < 40
        ):
            continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


def _row_text(passage: Passage) -> str:
    """A passage as quoted: a table row's first cell stands for the row ("Label: value" for
    two cells, else the cells joined by " | "), so that the lawyer sees the whole row."""
    cells = [cell for cell in (c.strip() for c in passage.cells) if cell]
    if not cells:
        return passage.text
    if len(cells) == 2 and len(cells[0]) <= 60:
        return f"{cells[0].rstrip(':')}: {cells[1]}"
    return " | ".join(cells)


def _oneline(text: str) -> str:
    return re.sub(r"\s*\n\s*", " / ", text.strip())


def _shorten(text: str) -> str:
    text = _oneline(text)
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"
