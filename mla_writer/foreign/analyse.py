"""Reading a letter of request written by someone else, point by point over the 14-point checklist.

The letter's text is cut into passages (extract.py); headings assign passages to points
("Urgency", "Exposé des faits", "Срочность", letter.py); the cues of the letter's language
(cues/*.yaml) find what each point needs (points.py); the States are recognised (state_names.py)
and their profiles say which languages and instruments apply. Every status comes with the passages it relied on, so the lawyer can
verify it in seconds, and with what is lacking. Where the text is ambiguous the point is
`partial`, with the reason, rather than `ok`: a missed gap costs months, a question costs a minute.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mla_writer.checklist import POINTS, Severity, Status
from mla_writer.fieldpath import FieldPath
from mla_writer.foreign.cues import cues_for
from mla_writer.foreign.extract import LetterReadError, Passage, read_letter
from mla_writer.foreign.language import detect_language, unsupported_language
from mla_writer.foreign.letter import Letter
from mla_writer.foreign.particulars import letter_date, letter_reference, requesting_authority
from mla_writer.foreign.points import EVALUATORS, Context, Verdict
from mla_writer.foreign.results import (
    ForeignFinding,
    ForeignPointResult,
    ForeignReport,
    LetterFacts,
)
from mla_writer.foreign.state_names import resolve_states
from mla_writer.i18n import _, ui_language
from mla_writer.places import language_name
from mla_writer.states import profile_finder

MIN_LETTER_WORDS = 25  # the tersest e-mail request still says who asks what for which case
E, W = Severity.ERROR, Severity.WARNING


def profiles_from(profile_dirs: Sequence[Path | str] = ()) -> Callable[[str | None], Any]:
    """A function giving a State's profile (or None) from the bundled and the given folders."""
    find = profile_finder(profile_dirs)
    return lambda code: find(code) if code else None


# --------------------------------------------------------------------------- entry points


def letter_context(
    passages: list[Passage],
    profiles: Callable[[str | None], Any] = lambda code: None,
    language: str | None = None,
) -> Context:
    """What the point evaluators read: the letter in the cues of its language (detected unless
    given), its States, their profiles and the instruments it names."""
    if language is None:
        guess = detect_language("\n".join(p.text for p in passages))
        language, confidence = guess.code, guess.confidence
    else:
        confidence = 1.0
    cues = cues_for(language or "en")
    letter = Letter(passages, cues)
    states = resolve_states(letter)
    requesting, requested = states.requesting, states.requested
    instruments = [
        code
        for code, pattern in cues.instruments.items()
        if any(pattern.search(p.text) for p in letter.passages)
    ]
    return Context(
        letter=letter,
        language=language,
        requesting_state=requesting,
        requested_state=requested,
        instruments=instruments,
        language_confidence=confidence,
        requested_profile=profiles(requested),
        requesting_profile=profiles(requesting),
        requested_certain=states.requested_certain,
    )


def point_status(verdict: Verdict) -> Status:
    """A point's status: an error found on a point otherwise accepted makes it partial."""
    if verdict.status is Status.OK and any(severity is E for severity, *_ in verdict.findings):
        return Status.PARTIAL
    return verdict.status


def analyse_passages(
    passages: list[Passage], profiles: Callable[[str | None], Any] = lambda code: None
) -> ForeignReport:
    """Check the passages of a letter over the 14 points; `profiles` gives a State's profile."""
    context = letter_context(passages, profiles)
    letter = context.letter
    requesting, requested = context.requesting_state, context.requested_state
    instruments = context.instruments
    results = []
    for point in POINTS:
        verdict = EVALUATORS[point.key](context)
        status = point_status(verdict)
        findings = tuple(
            ForeignFinding(
                point.key,
                severity,
                FieldPath.parse(field_name),
                message,
                f"{point.key}.foreign",
                ask,
            )
            for severity, field_name, message, ask in verdict.findings
        )
        results.append(ForeignPointResult(point, status, findings, tuple(verdict.evidence)))
    facts = LetterFacts(
        language=context.language,
        language_confidence=context.language_confidence,
        requesting_state=requesting,
        requested_state=requested,
        instruments=tuple(instruments),
        passages=len(passages),
        reference=letter_reference(letter),
        date=letter_date(letter, context.language),
        authority=requesting_authority(letter),
    )
    return ForeignReport(tuple(results), letter=facts)


def check_letter(path: Path, profile_dirs: Sequence[Path | str] = ()) -> ForeignReport:
    """Read a letter written by anyone (.docx, .pdf, .txt, .md) and check it over the 14 points."""
    passages = read_letter(Path(path))
    # First, so that a language written without spaces (Chinese) is named, not "1 word".
    other = unsupported_language("\n".join(p.text for p in passages))
    if other is not None:
        raise LetterReadError(
            path,
            _(
                "this letter is in %(language)s, which `mla check` cannot read yet: it reads "
                "letters in English, French, Spanish, Russian, Portuguese and Arabic. Check this "
                "one by hand against the 14 points of the checklist, or have it translated into "
                "one of those languages and check the translation."
            )
            % {"language": language_name(other, ui_language())},
        )
    words = sum(len(p.text.split()) for p in passages)
    if words < MIN_LETTER_WORDS:
        raise LetterReadError(
            path,
            _(
                "the file holds only %(count)d words: it does not look like a letter of "
                "request. Check that it is the right file."
            )
            % {"count": words},
        )
    report = analyse_passages(passages, profiles_from(profile_dirs))
    if not any(result.evidence for result in report.points):
        raise LetterReadError(
            path,
            _(
                "nothing in this file looks like a letter of request: no authority, facts, "
                "offence or assistance could be found. Check that it is the right file."
            ),
        )
    return report
