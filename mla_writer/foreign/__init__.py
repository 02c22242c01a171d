"""Checking letters of request written by anyone: `mla check letter.docx|.pdf|.txt|.md`.

Public API: `check_letter(path, profile_dirs=())` returns a `ForeignReport` (the checklist report
with quoted evidence for each point); `draft_reply(report, language=None)` drafts the request
for additional information (citing the provision of the instrument the letter rests on);
`LetterReadError` is raised, with a plain message and exit code 2, for damaged, encrypted,
hostile or text-less files.
"""

from mla_writer.foreign.analyse import (
    Evidence,
    ForeignPointResult,
    ForeignReport,
    LetterFacts,
    analyse_passages,
    check_letter,
)
from mla_writer.foreign.extract import LETTER_SUFFIXES, TEXT_SUFFIXES, LetterReadError, read_letter
from mla_writer.foreign.reply import draft_reply

__all__ = [
    "LETTER_SUFFIXES",
    "TEXT_SUFFIXES",
    "Evidence",
    "ForeignPointResult",
    "ForeignReport",
    "LetterFacts",
    "LetterReadError",
    "analyse_passages",
    "check_letter",
    "draft_reply",
    "read_letter",
]
