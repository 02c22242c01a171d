"""Whether a cue found in a letter is affirmed, denied or only promised, at the level of its clause.

A cue word says nothing by itself: "officers wish to attend" and "no officer wishes to attend"
share their words, and so do "the text of the law is attached" and "law text: not attached".
Negation here has a scope: a negation word ("not", "aucun", "ningún", "не") negates a cue in the
same clause, before it or after it ("the presence of officials is not required", "Участие
сотрудников не требуется"), however many modifiers stand between them, and across a split French
negation ("ne revêt, quant à elle, aucun caractère confidentiel"). A clause ends at a full stop,
a semicolon or a colon, and at a word that opens another clause ("because", "car", "porque",
"поскольку"): "we wish to attend, because the witness does not speak English" is a wish.

A complement clause ("that", "que", "что", "أن") is inside the scope of a negation before it ("we
do not ask that officers attend") but a negation of its own does not reach back out of it: "I ask
that the request be kept confidential and that neither the company nor the account holder be
informed" asks for confidentiality.

The words are data, per language, in the pseudo-point `polarity` of `cues/<language>.yaml`:
`negation` (words that negate), `clause_break` (words that open another clause), `subordinate`
(words that open a complement clause: a negation after them stays in it), `promised`
(words that make a fact a promise: "will follow", "suivra", "se remitirá", "будет направлен").
A language without them has no negation: every cue is affirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from mla_writer.foreign.cues import Cues

# A clause ends at these marks: a full stop that is not part of a number or an abbreviation
# ("No. 12", "art. 5"), and ; : ! ? (Arabic ؛ ؟ too) and line breaks. A comma does not end a clause: "ne revêt,
# quant à elle, aucun caractère confidentiel".
_CLAUSE_END = re.compile(
    r"(?<!\b[A-Za-zА-Яа-я]{1})(?<!\b[A-Za-zА-Яа-я]{2})\.(?=\s+\D|\s*$)|[;:!?؛؟]|\n\s*\n"
)
_WORD = re.compile(r"\w+")
# A line of a form that an empty check box governs: "☐ It is requested that officials of the
# issuing State assist in the execution", "2. [ ] Urgent" — the statement is not made.
_UNTICKED_LINE = re.compile(r"\s*(?:\(?\w{1,3}[.)]\s*){0,2}(?:[☐□]|\[\s*\])")
BEFORE, AFTER = 10, 10  # the furthest words a negation reaches before and after a cue


class Polarity(StrEnum):
    AFFIRMED = "affirmed"
    DENIED = "denied"
    PROMISED = "promised"
    UNTICKED = "unticked"  # a form's statement whose box is left empty: neither made nor denied


@dataclass(frozen=True)
class Clause:
    """The clause around a span of a passage: its bounds in the passage's text."""

    start: int
    end: int


class PolarityReader:
    """Reads the polarity of cues in the text of one language."""

    def __init__(self, cues: Cues) -> None:
        self.negation = cues.group("polarity", "negation")
        self.breaks = cues.group("polarity", "clause_break")
        self.subordinate = cues.group("polarity", "subordinate")
        self.promise = cues.group("polarity", "promised")

    def clause(self, text: str, start: int, end: int) -> Clause:
        """The clause that holds text[start:end]."""
        left, right = 0, len(text)
        for mark in _CLAUSE_END.finditer(text):
            if mark.end() <= start:
                left = mark.end()
            elif mark.start() >= end:
                right = mark.start()
                break
        if self.breaks is not None:
            for word in self.breaks.finditer(text, left, right):
                if word.end() <= start:
                    left = max(left, word.start())
                elif word.start() >= end:
                    right = min(right, word.start())
                    break
        return Clause(left, right)

    def polarity(self, text: str, start: int, end: int) -> Polarity:
        """Whether text[start:end] is affirmed, denied or promised by its clause, or left
        unticked: the line of a form that holds it opens with an empty check box ("☐ It is
        requested that officials of the issuing State assist"). An unticked statement is not
        made, and is no explicit "no" either: a box left empty may be a box not read."""
        if _unticked(text, start):
            return Polarity.UNTICKED
        clause = self.clause(text, start, end)
        if self.subordinate is not None:  # a negation in a later complement clause stays there
            opener = self.subordinate.search(text, end, clause.end)
            if opener is not None:
                clause = Clause(clause.start, opener.start())
        if self._reaches(self.negation, text, clause, start, end):
            return Polarity.DENIED
        if self._reaches(self.promise, text, clause, start, end):
            return Polarity.PROMISED
        return Polarity.AFFIRMED

    def denied(self, text: str, start: int, end: int) -> bool:
        return self.polarity(text, start, end) is Polarity.DENIED

    @staticmethod
    def _reaches(
        pattern: re.Pattern[str] | None, text: str, clause: Clause, start: int, end: int
    ) -> bool:
        """A word of `pattern` in the clause, outside the cue itself, close enough to it."""
        if pattern is None:
            return False
        for word in pattern.finditer(text, clause.start, clause.end):
            if word.start() < end and word.end() > start:
                continue  # a negation inside the cue is the cue's own ("do not disclose")
            if _box_word(text, word.start(), word.end()):
                continue  # "☒ oui ☐ non — …": the answers of a box, not a negation
            if word.end() <= start:
                if len(_WORD.findall(text, word.end(), start)) <= BEFORE:
                    return True
            elif len(_WORD.findall(text, end, word.start())) <= AFTER:
                return True
        return False


def _box_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the word of a check box, right after or right before it."""
    return bool(_BOX.search(text[max(0, start - 4) : start])) or bool(
        _BOX.match(text[end : end + 4].lstrip())
    )


def _unticked(text: str, start: int) -> bool:
    """Whether the line that holds text[start] opens with an empty check box and holds no other
    box: a form's statement left unticked (a line of several boxes is a choice of answers)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _UNTICKED_LINE.match(line) is not None and len(_BOX.findall(line)) == 1


# A form's check box, ticked or not, and the word after it: "☐ Sí ☒ No", "[X] Yes [ ] No".
_TICKED = re.compile(r"(?:[☒☑✔✓✗✘■]|\[\s*[xX✓]\s*\]|\(\s*[xX]\s*\))\s*([^\W\d_]+)")
_BOX = re.compile(r"[☐☒☑□■]|\[\s*[xX✓ ]?\s*\]")


# The same, its box after the word: "Sim ☐ Não ☒", "Yes [ ] No [X]".
_TICKED_AFTER = re.compile(r"([^\W\d_]+)\s*(?:[☒☑✔✓✗✘■]|\[\s*[xX✓]\s*\]|\(\s*[xX]\s*\))")
_WORD_THEN_BOX = re.compile(r"\s*[^\W\d_]+\s*(?:[☐☒☑□■]|\[\s*[xX✓ ]?\s*\])")


def ticked_answer(text: str, cues: Cues) -> str | None:
    """The answer ticked in a form row ("yes" or "no"), if the row has check boxes: each box
    before its words ("☐ Sí ☒ No", "☒ не направлялся", a single box ticked: "☒ No se
    solicita"), or, where the row opens with a word and its box, after it ("Sim ☐ Não ☒")."""
    boxes = len(_BOX.findall(text))
    if boxes == 0 or (boxes == 1 and not _TICKED.search(text)):
        return None
    if _WORD_THEN_BOX.match(text):
        if boxes < 2:
            return None
        answers = [tick.group(1) for tick in _TICKED_AFTER.finditer(text)]
    else:  # the words after each ticked box, up to the next box
        answers = [
            _BOX.split(text[tick.start(1) :], maxsplit=1)[0].strip(" .;,:—–-")
            for tick in _TICKED.finditer(text)
        ]
    for answer in answers:
        for key in ("no", "yes"):
            pattern = cues.answers.get(key)
            if pattern is not None and pattern.match(answer):
                return key
    return None
