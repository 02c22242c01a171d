"""Checking letters of request written by anyone: `mla check letter.docx|.pdf|.txt|.md`.

Public API: `check_letter(path, profile_dirs=())` returns a `ForeignReport` (the checklist report
with quoted evidence for each point); `draft_reply(report, language=None)` drafts the request
for additional information (citing the provision of the instrument it rests on);
`LetterReadError` is raised, with a plain message and exit code 2, for damaged, encrypted,
hostile or text-less files.

The results (results.py) are plain and imported with the package; the reader (cue files, PDF and
Word text) is imported the first time it is asked for (`__getattr__`), so that showing or
answering a report does not load it, nor a case file's check.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from mla_writer.foreign.results import Evidence, ForeignPointResult, ForeignReport, LetterFacts

if TYPE_CHECKING:
    from mla_writer.foreign.analyse import analyse_passages, check_letter
    from mla_writer.foreign.extract import (
        LETTER_SUFFIXES,
        TEXT_SUFFIXES,
        LetterReadError,
        read_letter,
    )
    from mla_writer.foreign.reply import draft_reply

_ON_DEMAND = {
    "analyse_passages": "mla_writer.foreign.analyse",
    "check_letter": "mla_writer.foreign.analyse",
    "LETTER_SUFFIXES": "mla_writer.foreign.extract",
    "TEXT_SUFFIXES": "mla_writer.foreign.extract",
    "LetterReadError": "mla_writer.foreign.extract",
    "read_letter": "mla_writer.foreign.extract",
    "draft_reply": "mla_writer.foreign.reply",
}


def __getattr__(name: str) -> Any:
    """Part of the letter reader, imported when first asked for."""
    if name not in _ON_DEMAND:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_ON_DEMAND[name]), name)


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
