"""A letter's passages as the analyser reads them: which point each passage belongs to (by its
heading), searches for cues that leave headings out, and quotes of whole sentences as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mla_writer.foreign.cues import Cues
from mla_writer.foreign.document import Passage
from mla_writer.foreign.prefilter import may_match
from mla_writer.foreign.results import Evidence

MAX_QUOTE = 300


# --------------------------------------------------------------------------- the letter


@dataclass(frozen=True)
class Hit:
    index: int  # passage
    start: int
    end: int


# The numbering before a heading: "12.", "4.2", "IV.", "K.", "b)", "(c)", a bullet, and the dash
# some offices put after it ("IV. — URGENCE", "3 - Confidentiality").
# A form's section: "SECTION G:", "Sección K –", "SECÇÃO E", "Раздел 3." (EIO Annex A and other
# official forms letter their sections).
_FORM_SECTION = r"(?i:section|secci[oó]n|sec[cç][aã]o|se[cç][aã]o|rubrique|part|partie|parte|раздел|часть|القسم)"
_COLUMN_TITLES = frozenset(
    {"champ", "réponse", "rubrique", "field", "answer", "response", "reply", "campo"}
    | {"respuesta", "resposta", "поле", "ответ", "графа", "сведения", "الحقل", "الإجابة"}
)
"""The titles of a form's columns, read as lines of their own where a PDF loses the table."""
REASON_WORD = (
    r"(?:reasons?|grounds?|justifica\w*|motifs?|raisons?|motivos?|razones|razão|razões|"
    r"причин\w*|основани\w*|обосновани\w*|أسباب|مبررات)"
)
"""The word of a form's label that asks for reasons ("Reasons for urgency", «Основания»)."""
_REASONS_ROW = re.compile(rf"(?i)\W*{REASON_WORD}\W*$")
_NUMBERING = re.compile(
    rf"^\s*(?:{_FORM_SECTION}\s+"
    # "PART FIVE — THE ASSISTANCE REQUESTED": a part numbered in words, as translations do.
    r"(?:[A-Z]|\d{1,2}|[IVX]{1,4}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))(?:\.\d{1,2})?\b\s*[:.)—–-]?\s*)?"
    # "7.2 Presencia de funcionarios", "B.1 Urgence": a number of two levels, no final stop;
    # "F2 Presence of officials": a form's section letter and its row's number.
    r"(?:(?:[A-Z]|\d{1,2})(?:\.\d{1,2})+\s+|[A-Z]\d{1,2}(?:\.\d{1,2})*\s+"
    r"|(?:(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zа-яA-ZА-ЯЁ])[.)]|\d{1,2}(?=\s+[—–-]\s))"
    r"\s*(?:[—–-]\s*)?|\(\w{1,3}\)\s*|[-•*–]\s+"
    # Ordinal words, as translations and Hispanic letters number their parts: "Fifth:",
    # "PRIMERO.-", "Segundo:", "Troisièmement :".
    r"|(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|primer[oa]|segund[oa]|tercer[oa]|"
    r"terceir[oa]|cuart[oa]|quart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|s[ée]tim[oa]|octav[oa]|"
    r"oitav[oa]|noven[oa]|non[oa]|d[ée]cim[oa](?:\s+\w+)?|und[ée]cim[oa]|duod[ée]cim[oa]|"
    r"premi[èe]rement|deuxi[èe]mement|troisi[èe]mement|quatri[èe]mement|cinqui[èe]mement|"
    r"sixi[èe]mement|septi[èe]mement|huiti[èe]mement|neuvi[èe]mement|dixi[èe]mement)"
    r"(?:ly)?\s*(?:[:.]-?|[-–—]))\s*(?:[—–-]\s*)?"
    # Arabic: "سادساً:", "٦-".
    r"|(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[اى]?\u064b?\s*[:.)\-–—]\s*"
    r"|[٠-٩]{1,2}\s*[.)\-–]\s*"
    # "9- حضور ممثلين …", "3- Hechos": a number and a hyphen.
    r"|\d{1,2}-(?=\s)\s*)?"
)
# Between the two points of a heading that covers both: "Urgency and confidentiality",
# "Urgence et confidentialité", "Срочность и конфиденциальность", "الاستعجال والسرية".
_JOINT = re.compile(r"\s*(?:[,/&]|\b(?:and|or|et|ou|y|o|e|ou|и|или)\b)?\s*", re.IGNORECASE)
_ALONE_WORDS = 6  # the most words of a heading read after an article ("Fifth: The confidentiality")
# A reference to another part of the letter: "see Section F", "voir le point 12", "véase el
# apartado 6", "ver secção C", "см. пункт 7", "انظر البند 6".
_REFERENCE = re.compile(
    r"(?i:\b(?:see|cf\.?|voir|véase|vid\.|ver|vide|см\.?)\s+(?:also\s+|aussi\s+|también\s+)?"
    r"(?:the\s+|le\s+|la\s+|el\s+|a\s+|o\s+)?"
    r"(?:section|paragraph|para\.?|point|part|item|rubrique|paragraphe|§|sección|secci[oó]n|"
    r"apartado|punto|párrafo|secção|seção|ponto|parágrafo|item|раздел|пункт|п\.)\s*"
    r"([A-Z](?:\.\d{1,2})?|\d{1,3}(?:\.\d{1,2})?)"
    # "voir C.1", "see 4.2": a form's numbered box, named without the word "section".
    r"|\b(?:see|voir|véase|ver|см\.?)\s+([A-Z]\.\d{1,2}|\d{1,2}\.\d{1,2})\b)"
    r"|(?:انظر|راجع)\s+(?:ال)?(?:بند|فقرة|قسم|جزء)\s*(?:رقم\s*)?(\d{1,3})"
    # "the time limit given in item 5", "указанный в п. 5 срок", "mentionné au point 5".
    r"|(?i:\b(?:in|under|au|aux|en el|en la|no|na|в)\s+(?:item|paragraph|section|point|"
    r"paragraphe|rubrique|punto|apartado|ponto|п\.|пункте|разделе)\s*(\d{1,3})\b)"
)
_REFERRED_PART = 12  # the passages of a part a reference may reach
_NUMBERED_PART = re.compile(r"\s*\(?\d{1,3}[.)]\s")
_LETTERED_PART = re.compile(r"\s*[A-Z][.)]\s")
_NEXT_PART = re.compile(rf"\s*{_FORM_SECTION}\s+(?:[A-Z]|\d{{1,2}})\b")
_ARTICLE = re.compile(r"(?i:the|la|le|les|el|los|las|os|as|o)\s+|(?i:l)['’]")
_PART_NUMBER = re.compile(r"\s*(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])\.\s+\S")
_LONE_EMPTY_BOX = re.compile(r"\s*(?:[☐□]|\[\s*\])[^☐□☒☑■\[]*$")
_CHECK_BOX = re.compile(r"\s*(?:[☐☒☑□■✓✔✗✘]|\[\s*[xX✓ ]?\s*\])")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[\"«(]?[A-ZÀ-ÝА-ЯЁ0-9])|\n+")
TERMINAL = re.compile(r"[.!?;]\s*$")
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)]|[-•*–])\s+", re.IGNORECASE)


def _numbered(text: str) -> bool:
    """Whether a line opens with a part's or an item's number ("11.", "b)", "PART 5")."""
    numbering = _NUMBERING.match(text)
    return bool(numbering and numbering.end()) or bool(LIST_ITEM.match(text))


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
        self.section: list[str | None] = []  # the (first) point of each passage's part
        self.sections: list[frozenset[str]] = []  # all the points of its part
        self.value_start: list[int] = []  # where a passage's content starts after its heading
        self._standalone: set[int] = set()  # the passages that are a heading and nothing else
        self._assign_sections()
        self.notes = self._link_notes()  # a passage's index -> the indices of its footnotes
        # What each pattern finds in each passage, once: the points ask for the same cues
        # several times (affirmed, denied, told...), half the time of a check when searched again.
        # Keyed by the pattern's identity: a pattern's own hash reads all its compiled code.
        self._found: dict[tuple[int, int], tuple[Hit, ...]] = {}
        self._searched: dict[int, re.Pattern[str]] = {}  # kept alive while their ids are keys

    # ---- headings and sections

    def heading(self, text: str) -> tuple[str | None, int, bool]:
        """(point, content start, standalone) for a passage that opens with a heading."""
        points, start, standalone = self.heading_points(text)
        return (points[0] if points else None), start, standalone

    def heading_points(self, text: str) -> tuple[tuple[str, ...], int, bool]:
        """(points, content start, standalone) for a passage that opens with a heading; a
        heading that covers two points ("Urgency and confidentiality") gives both."""
        numbering = _NUMBERING.match(text)
        offset = numbering.end() if numbering else 0
        # "Fifth: The confidentiality", "PRIMERO.- Los hechos": an article before the words of
        # a heading that stands alone ("12. La demande n'est pas urgente : …" is no heading).
        article = _ARTICLE.match(text, offset)
        rest = text[article.end() :] if article is not None else ""
        if (
            article is not None
            and len(rest.split()) <= _ALONE_WORDS
            and not TERMINAL.search(rest)
            and ":" not in rest
        ) and any(pattern.match(rest) for pattern in self.cues.headings.values()):
            offset = article.end()
        offset += len(text[offset:]) - len(text[offset:].lstrip("¿¡"))  # "¿Urgente?"
        head = text[offset:]
        # The longest heading words first: "Contatos prévios" is prior contact before it is the
        # "contatos" of the requesting authority's particulars.
        matches = sorted(
            (
                (match.end(), point)
                for point, pattern in self.cues.headings.items()
                if (match := pattern.match(head))
            ),
            key=lambda found: -found[0],
        )
        for length, point in matches:
            points, end = self._joint_points(point, head, length)
            start, standalone = self._heading_extent(text, offset, end)
            if start:
                return points, start, standalone
        return (), 0, False

    def _joint_points(self, point: str, head: str, end: int) -> tuple[tuple[str, ...], int]:
        """The point of a heading and those joined to it ("and", "et", "и", ","), and where the
        heading's words end."""
        points = [point]
        while True:
            joint = _JOINT.match(head, end)
            rest = head[joint.end() :] if joint else ""
            following = None
            for other, pattern in self.cues.headings.items():
                match = pattern.match(rest) if joint and joint.end() > end else None
                if match and other not in points:
                    following = other, joint.end() + match.end() if joint else end
                    break
            if following is None:
                return tuple(points), end
            points.append(following[0])
            end = following[1]

    @staticmethod
    def _heading_extent(text: str, offset: int, end: int) -> tuple[int, bool]:
        """Where the content starts after heading words that end at offset + end, and whether
        the heading stands alone on its line (0 when the words are no heading after all)."""
        rest = text[offset + end :]
        stripped = rest.strip(" \t:.—–-?")  # "¿Urgente?", "Urgent?"
        if not stripped:
            return len(text), True
        # "6. Offences and applicable penalties": a short line without a full stop.
        if (
            "\n" not in text
            and ":" not in rest
            and len(text[offset:].split()) <= 8  # the words after the numbering
            and not TERMINAL.search(text)
            and not re.search(r"\d{3,}", rest)
        ):
            return len(text), True
        if re.match(r"\s*[:.—–]|\s*-\s|\s*\n", rest):
            return offset + end + (len(rest) - len(rest.lstrip(" \t:.—–-\n"))), False
        # "Présence d'agents marocains : non": a few more words, then a colon.
        # "Copies sent through other channels (INTERPOL, diplomatic, liaison): N/A": an
        # example in brackets, then a colon.
        # "16. Presença de autoridades do Estado requerente ....... Sim": a form's dot leader.
        longer = re.match(
            r"(?:\s+[^\s:.;,()]+){0,4}\s*(?:\([^()\n]{1,100}\))?\s*(?:[:—–]|\.{2,}|(?<=\s)\.(?=\s))\s*",
            rest,
        )
        if longer:
            return offset + end + longer.end(), False
        return 0, False

    def _wrapped_label(self, index: int) -> bool:
        """A capitalised word alone just after a capitalised heading: the end of a form's
        label that a PDF wrapped onto a line of its own ("11. PRESENÇA DE AUTORIDADES" …
        "BRASILEIRAS")."""
        text = self.passages[index].text.strip()
        if len(text.split()) != 1 or not text.isupper():
            return False
        return any(
            near in self._standalone and self.passages[near].text.isupper()
            for near in (index - 1, index - 2)
        )

    def _is_short_answer(self, text: str) -> bool:
        return any(
            pattern is not None and pattern.fullmatch(text.strip(" .:;–—-"))
            for pattern in (self.cues.answers.get("no"), self.cues.answers.get("yes"))
        )

    def _assign_sections(self) -> None:
        current: tuple[str, ...] = ()
        header_row = False  # the short lines just read were the head of a table in the part
        for index, passage in enumerate(self.passages):
            points, start, standalone = self.heading_points(passage.text)
            points = tuple(point for point in points if point != "other")
            if start and standalone:
                # The titles of a table's columns ("Действие" | "Для чего необходимо"): the
                # rows below answer both points, the first column's first.
                if current and self._column_titles(index):
                    current = (*current, *(point for point in points if point not in current))
                else:
                    current = points
                self._standalone.add(index)
                self._assign((), len(passage.text))
            elif start:
                self._assign(points, start)
                current = ()
            else:
                # A form's answer ("لا يوجد", "Néant", "N/A") in its label's row is no heading,
                # nor the next cell of a table's head that a text copy puts on a line of its
                # own ("Действие" / "Для чего необходимо").
                answer = (
                    self._is_short_answer(passage.text)
                    or self.row_value(index)
                    or self._wrapped_label(index)
                )
                short = self._looks_like_unknown_heading(passage.text)
                # The titles of a table's columns ("Champ" | "Réponse") open no part, nor does
                # a row that gives the reasons of the part it is in ("Motifs").
                if (
                    short
                    and not answer
                    and not header_row
                    and passage.text.strip(" :").lower() not in _COLUMN_TITLES
                    and not _REASONS_ROW.match(passage.text)
                ):
                    current = ()
                header_row = (
                    short
                    and bool(current)
                    and (answer or header_row)
                    and not self._labelled_row_value(index)
                )
                self._assign(current, 0)

    def _link_notes(self) -> dict[int, list[int]]:
        """The footnotes each passage refers to; a footnote belongs to the part of the letter
        that refers to it ("the reason is given in footnote 2"), not to the letter's last part."""
        where = {passage.location: i for i, passage in enumerate(self.passages)}
        links: dict[int, list[int]] = {}
        for index, passage in enumerate(self.passages):
            for location in passage.notes:
                if location in where:
                    links.setdefault(index, []).append(where[location])
        # Last to first, so that a note cited twice takes the part of its first citation.
        for index, notes in sorted(links.items(), reverse=True):
            for note in notes:
                self.section[note] = self.section[index]
                self.sections[note] = self.sections[index]
                self.value_start[note] = 0
        return links

    def _assign(self, points: tuple[str, ...], value_start: int) -> None:
        self.section.append(points[0] if points else None)
        self.sections.append(frozenset(points))
        self.value_start.append(value_start)

    @staticmethod
    def _looks_like_unknown_heading(text: str) -> bool:
        words = text.split()
        if "|" in text or ":" in text or "\n" in text:  # table rows, "Label: value" lines
            return False
        if _CHECK_BOX.search(text):  # "☒ Sim", "Sim ☒ Não ☐": a form's answer, not a heading
            return False
        if TERMINAL.search(text):
            return False
        # "9. Breve relación de los hechos": numbered like a part of the letter.
        return 0 < len(words) <= 5 or bool(_PART_NUMBER.match(text) and len(words) <= 10)

    def _column_titles(self, index: int) -> bool:
        """Whether a heading is the next title of a table's head: in the same row of a Word
        table as the heading before it, or, as a text copy gives the head, on the line after
        another unnumbered title ("Действие" / "Для чего необходимо")."""
        if not index:
            return False
        before, passage = self.passages[index - 1], self.passages[index]
        if passage.location.startswith("table"):
            return before.location == passage.location
        # "Действие" / "Для чего необходимо": an unnumbered title line of the part, then an
        # unnumbered heading, both short.
        return (
            self.section[index - 1] is not None
            and self._looks_like_unknown_heading(before.text)
            and not self._is_short_answer(before.text)
            and not _numbered(before.text)
            and not _numbered(passage.text)
            and len(passage.text.split()) <= _ALONE_WORDS
        )

    def _labelled_row_value(self, index: int) -> bool:
        """The value of a Word form's row of two cells, label and value ("Finalidade" |
        "Inquirição de testemunhas"): no column's title, so the next row's label ends the
        part (a table's head, "5." | "Assistance requested" | "Purpose", has more cells)."""
        row = index
        while row and self.passages[row - 1].location == self.passages[index].location:
            row -= 1
        return row < index and len(self.passages[row].cells) == 2

    def row_value(self, index: int) -> bool:
        """Whether a passage is the value of a label, which, however short, is no label itself:
        a later cell of a table row whose first cell is its label ("3. Legal basis" | "the 1995
        GCC Convention …"), or, as the same form reads as text, the line after a label that
        ends on a colon or after a numbered heading standing alone ("3. Legal basis")."""
        if index == 0:
            return False
        before, passage = self.passages[index - 1], self.passages[index]
        if passage.location.startswith("table") and before.location == passage.location:
            return True
        numbered_label = index - 1 in self._standalone and _PART_NUMBER.match(before.text)
        return before.text.rstrip().endswith(":") or bool(numbered_label)

    def referred_to(self, index: int) -> set[int]:
        """The passages a passage refers to ("see Section F", "voir le point 12"): the part
        of the letter so numbered, up to the next part of the same kind."""
        found: set[int] = set()
        for reference in _REFERENCE.finditer(self.passages[index].text):
            label = next(group for group in reference.groups() if group)
            found.update(self._part_labelled(label, index))
        return found

    def referring_to(self, indices: set[int]) -> set[int]:
        """The passages that refer to one of `indices` ("the time limit given in item 5 …")."""
        return {
            index
            for index, passage in enumerate(self.passages)
            if index not in indices
            and _REFERENCE.search(passage.text)
            and self.referred_to(index) & indices
        }

    def _part_labelled(self, label: str, referring: int) -> list[int]:
        """The passages of the part numbered `label` ("F", "12"), other than the referring one:
        its opening passage and those after it, up to the next part's heading."""
        opener = re.compile(rf"\s*(?:{_FORM_SECTION}\s+)?\(?{re.escape(label)}(?:[.):\-–—]|\s*$)")
        for start, passage in enumerate(self.passages):
            if start == referring or not opener.match(passage.text):
                continue
            part = [start]
            for following in range(start + 1, min(len(self.passages), start + _REFERRED_PART)):
                text = self.passages[following].text
                if _NEXT_PART.match(text) or (
                    _NUMBERED_PART if label.isdigit() else _LETTERED_PART
                ).match(text):
                    break
                part.append(following)
            return part
        return []

    def in_section(self, point: str) -> list[int]:
        return [i for i, points in enumerate(self.sections) if point in points]

    def section_values(self, point: str) -> list[tuple[int, str]]:
        """The point's part, passage by passage, after its heading; a blank left in a form
        ("—", "____", "……") says nothing, nor the one box of a row left unticked ("☐ none")."""
        values = []
        for i in self.in_section(point):
            value = self.passages[i].text[self.value_start[i] :].strip()
            if not re.search(r"\w", value) or _LONE_EMPTY_BOX.match(value):
                continue
            values.append((i, value))
        return values

    def answer(self, point: str) -> tuple[str | None, int | None]:
        """The short answer ("yes" or "no") that opens the point's part of the letter, if any."""
        for index, value in self.section_values(point)[:1]:
            if len(_CHECK_BOX.findall(value)) > 1:  # "Sim ☐ Não ☒": the ticked box answers
                return None, None
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
        hits: list[Hit] = []
        key = id(pattern)
        self._searched[key] = pattern
        for index in chosen:
            found = self._found.get((key, index))
            if found is None:
                found = self._found[key, index] = self._search(pattern, index)
            hits += found
        return hits

    def _search(self, pattern: re.Pattern[str], index: int) -> tuple[Hit, ...]:
        text = self.passages[index].text
        if not may_match(pattern, text):  # most cues are absent from most passages
            return ()
        return tuple(Hit(index, match.start(), match.end()) for match in pattern.finditer(text))

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
