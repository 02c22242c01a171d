"""What a batch works with: the options letters are made with, one case to render (`Task`),
and what became of each input (`Outcome`, `Result`, `Gap`, `Summary`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mla_writer.i18n import _


class Outcome(StrEnum):
    """What became of one input. The values are a contract (report files, exit codes)."""

    RENDERED = "rendered"
    SKIPPED = "skipped"  # its letter is newer than the case file: nothing to do
    INCOMPLETE = "incomplete"
    INVALID = "invalid"

    @property
    def succeeded(self) -> bool:
        return self in (Outcome.RENDERED, Outcome.SKIPPED)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.RENDERED: _("rendered"),
        Outcome.SKIPPED: _("up to date"),
        Outcome.INCOMPLETE: _("incomplete"),
        Outcome.INVALID: _("invalid"),
    }[outcome]


@dataclass(frozen=True)
class Gap:
    """One checklist error that keeps a request from being sent."""

    point: int
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"point": self.point, "field": self.field, "message": self.message}

    def as_text(self) -> str:
        return _("point %(point)s, %(field)s: %(message)s") % {
            "point": self.point,
            "field": self.field or "-",
            "message": self.message,
        }


@dataclass(frozen=True)
class Result:
    """The outcome of one input, as the report lists it."""

    input: Path
    outcome: Outcome
    output: Path | None = None
    gaps: tuple[Gap, ...] = ()
    error: str = ""
    pdf_missing: bool = False
    """The letter was written but the PDF asked for (--pdf) was not: `error` says why."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "input": str(self.input),
            "outcome": self.outcome.value,
            "output": str(self.output) if self.output else None,
            "gaps": [gap.as_dict() for gap in self.gaps],
            "error": self.error or None,
        }


@dataclass(frozen=True)
class Options:
    """How letters are made; a letter is up to date only if it was made with the same options."""

    language: str | None = None
    draft: bool = False
    template: Path | None = None
    force: bool = False
    profiles: tuple[Path, ...] = ()
    """Folders of State profiles (--profiles): they decide a draft's gaps and the letter's checks."""
    pdf: bool = False
    """Also write each letter's PDF beside it (--pdf)."""

    def signature(self) -> dict[str, Any]:
        signature: dict[str, Any] = {
            "language": self.language,
            "draft": self.draft,
            "template": str(self.template.resolve()) if self.template else None,
        }
        if self.profiles:  # only then: letters made without --profiles stay up to date
            signature["profiles"] = [str(folder.resolve()) for folder in self.profiles]
        if self.pdf:  # only then: a letter made without its PDF is made again with it
            signature["pdf"] = True
        return signature


@dataclass(frozen=True)
class Task:
    """One case to render: where it comes from and where its letter goes."""

    input: Path
    output: Path
    options: Options


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)
    ignored: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome is outcome)

    @property
    def succeeded(self) -> bool:
        return all(result.outcome.succeeded and not result.pdf_missing for result in self.results)


Listener = Callable[[Result], None]
