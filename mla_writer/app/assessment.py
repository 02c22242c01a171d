"""A request assessed once: the States' profiles it is checked against, the checklist's report,
and the reminders to verify what the profiles told the check.

Every use case computes its `Assessment` here, once, and hands it down: the renderer receives the
report it marks a draft with instead of checking the request again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mla_writer.checklist import CheckContext, Report, check
from mla_writer.model import LetterOfRequest
from mla_writer.states import load_profiles, profile_finder, verification_reminder
from mla_writer.states.proposals import no_profile_reminder, stale_facts_reminder

ProfileDirs = Sequence[Path | str]
"""Folders of State profiles given with --profiles, added to the bundled and configured ones."""


@dataclass(frozen=True)
class Assessment:
    """A request with the context it was checked in and what the checklist found in it."""

    request: LetterOfRequest
    context: CheckContext
    report: Report

    @property
    def missing(self) -> int:
        """How many errors keep the request from being sent (the placeholders of a draft)."""
        return len(self.report.errors())


def assess(
    request: LetterOfRequest, profile_dirs: ProfileDirs = (), *, context: CheckContext | None = None
) -> Assessment:
    """Run the checklist on `request`, in `context` or else against the States' profiles."""
    if context is None:
        context = context_for(request, profile_dirs)
    return Assessment(request, context, check(request, context))


def context_for(request: LetterOfRequest, profile_dirs: ProfileDirs = ()) -> CheckContext:
    """What the rules may know besides the request itself: the two States' profiles.

    Profiles are seen through the instruments the request names, because some languages are
    accepted only for requests under a given convention.
    """
    profiles = load_profiles(profile_dirs)
    named = cited_codes(request)
    requested = profiles.get(request.requested_state or "")
    requesting = profiles.get(request.requesting_state or "")
    return CheckContext(
        requested_profile=requested.bound_to(named) if requested else None,
        requesting_profile=requesting.bound_to(named) if requesting else None,
    )


def cited_codes(request: LetterOfRequest) -> list[str]:
    """The instrument codes the request's legal basis cites."""
    basis = request.legal_basis
    return [i.code.upper() for i in basis.instruments if i.code] if basis else []


def state_reminders(
    requested_state: str | None,
    profile_dirs: ProfileDirs = (),
    instruments: Sequence[str] = (),
    *,
    outgoing: bool = True,
) -> list[str]:
    """The reminders to verify what the requested State's profile told the check, and which of
    the facts the letter relies on (`instruments` cited) are more than two years old; for a
    request to be sent (`outgoing`), that a State without a profile was not checked at all."""
    if not requested_state:
        return []
    profile = profile_finder(profile_dirs)(requested_state)
    if profile is None:
        return [no_profile_reminder(requested_state)] if outgoing else []
    stale = stale_facts_reminder(profile, tuple(instruments))
    return [verification_reminder(profile), *([stale] if stale else [])]


def with_reminders(
    report: Report,
    requested_state: str | None,
    profile_dirs: ProfileDirs = (),
    instruments: Sequence[str] = (),
    *,
    outgoing: bool = True,
) -> Report:
    """The report with the requested State's reminders among its notes."""
    notes = state_reminders(requested_state, profile_dirs, instruments, outgoing=outgoing)
    return dataclasses.replace(report, notes=(*report.notes, *notes)) if notes else report
