"""What checking a letter written by others gives: the checklist's report with, for each point,
the passages it relied on, and what the analyser made out about the letter as a whole.

Plain results, apart from the reader that makes them (analyse.py): a report on someone else's
letter is shown, turned to JSON or answered (`mla_writer.report`, `reply.py`) without loading the
cue files and document readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mla_writer.checklist import Finding, PointResult, Report, Status
from mla_writer.message import INTERFACE, Message


@dataclass(frozen=True)
class Evidence:
    """A passage quoted from the letter, and where it stands."""

    text: str
    location: str

    def as_dict(self) -> dict[str, str]:
        return {"text": self.text, "location": self.location}


@dataclass(frozen=True)
class ForeignFinding(Finding):
    """A finding on a letter written by others, with the question to put to its authors."""

    asking: Message | None = None  # for the request for additional information (UNTOC 18(16))

    @property
    def ask(self) -> str:
        """What to ask its authors for, in the interface language (the user's own reply)."""
        return self.asking.shown(INTERFACE) if self.asking is not None else ""


@dataclass(frozen=True)
class ForeignPointResult(PointResult):
    evidence: tuple[Evidence, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        data = super().as_dict()
        data["evidence"] = [e.as_dict() for e in self.evidence]
        return data


@dataclass(frozen=True)
class LetterFacts:
    """What the analyser made out about the letter as a whole."""

    language: str | None
    language_confidence: float
    requesting_state: str | None
    requested_state: str | None
    instruments: tuple[str, ...] = ()
    passages: int = 0
    reference: str | None = None  # the requesting authority's reference, if the letter has one
    date: dt.date | None = None  # the date the letter bears
    authority: str | None = None  # the authority that sent it, as the letter names it

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "date": self.date.isoformat() if self.date else None,
            "authority": self.authority,
            "language": self.language,
            "requesting_state": self.requesting_state,
            "requested_state": self.requested_state,
            "instruments": list(self.instruments),
        }


@dataclass(frozen=True)
class ForeignReport(Report):
    points: tuple[ForeignPointResult, ...]
    letter: LetterFacts = field(default_factory=lambda: LetterFacts(None, 0.0, None, None))

    def json_extras(self) -> dict[str, Any]:
        return {"letter": {**self.letter.as_dict(), "untoc_18_15": self.untoc_18_15()}}

    def untoc_18_15(self) -> dict[str, str]:
        """The mandatory contents of UNTOC art. 18(15), (a) to (f), read off the points."""
        status = {result.point.key: result.status for result in self.points}
        fields = {f.field for result in self.points for f in result.findings}
        rank = {Status.OK: 0, Status.PARTIAL: 1, Status.MISSING: 2}

        def worst(*statuses: Status) -> str:
            return max(statuses, key=rank.__getitem__).value

        facts_told = Status.MISSING if status["facts"] is Status.MISSING else Status.OK
        persons = Status.PARTIAL if "facts.persons" in fields else facts_told
        subject = Status.MISSING if status["offences"] is Status.MISSING else Status.OK
        return {
            "a": status["identification"].value,  # the requesting authority
            "b": worst(status["identification"], subject),  # subject, nature, authority
            "c": facts_told.value,  # a summary of the facts
            "d": worst(status["assistance"], status["procedures"]),  # assistance, procedure
            "e": persons.value,  # identity, location, nationality of the persons
            "f": status["relevance"].value,  # the purpose of the evidence
        }
