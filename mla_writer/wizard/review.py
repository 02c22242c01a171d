"""The review screen of `mla new`: the checklist's verdict on the answers and every answer,
then produce the letter, preview it, change one answer (or a whole point), or stop."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mla_writer.app import Assessment, LetterOptions, assess, write_letter
from mla_writer.casefile import save_case
from mla_writer.checklist import POINTS, Status
from mla_writer.errors import ExitCode, MlaError
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import _
from mla_writer.model import LetterOfRequest
from mla_writer.profile import UserProfile, save_profile
from mla_writer.wizard.retrace import Answered
from mla_writer.wizard.steps import STEPS
from mla_writer.wizard.terminal import GoBack, GoToReview, Style, terminal_width

if TYPE_CHECKING:
    from mla_writer.wizard.flow import Wizard


class WizardStopped(MlaError):
    """The user chose to stop at the review screen; the draft is kept."""

    exit_code = ExitCode.OK


@dataclass(frozen=True)
class WizardResult:
    letter: Path
    case_file: Path


class ReviewScreen:
    """The review of one wizard's answers."""

    def __init__(self, wizard: Wizard) -> None:
        self.wizard = wizard

    def run(self) -> WizardResult:
        """The checklist's verdict and every answer, then: produce, preview, revise or stop."""
        assessment = self._show_review()
        while True:
            complete = assessment.report.complete
            choices: list[tuple[Any, str]] = []
            if complete:
                choices.append(("render", _("Produce the letter")))
            else:
                choices.append(("continue", _("Continue with the questions")))
            choices += [
                ("preview", _("Preview the letter (a draft copy you can open in Word)")),
                ("revise", _("Change an answer")),
                ("stop", _("Stop here; the draft is kept")),
            ]
            try:
                picked = self.wizard.ui.control(
                    (), _("What next?"), choices, default="render" if complete else "continue"
                )
                if picked == "preview":  # its path stays in sight: the review is not repeated
                    self._preview(assessment)
                    continue
                if picked == "continue":
                    self.wizard._points_from(self.wizard._first_incomplete())
                elif picked == "render":
                    return self._produce(assessment)
                elif picked == "stop":
                    raise WizardStopped(
                        _(
                            "The draft is saved in %(draft)s. Continue with:  "
                            "mla new --resume %(draft)s"
                        )
                        % {"draft": self.wizard.draft}
                    )
                else:
                    self._revise(assessment)
            except GoBack:  # from the review, the previous question is the last point's last
                self.wizard._points_from(len(POINTS) - 1, from_last=True)
            except GoToReview:
                pass
            assessment = self._show_review()

    def _show_review(self) -> Assessment:
        from mla_writer import report as report_text

        say = self.wizard.terminal.say
        request = self.wizard._request() or LetterOfRequest()
        assessment = assess(request, context=self.wizard._context(request))
        say()
        say(_("Review"), Style.TITLE)
        say(report_text.as_text(assessment.report, str(self.wizard.draft), terminal_width()))
        say(_("Your answers"), Style.TITLE)
        for point in POINTS:
            answered = [
                a for a in self.wizard.ui.survey(STEPS[point.key]) if _shown_answer(a.shown)
            ]
            say(f"{point.number:>2}. {_(point.title)}")
            for label, answer in zip(_labels(answered, self.wizard.ui.get), answered, strict=True):
                say(
                    _("    · %(question)s: %(answer)s")
                    % {"question": label, "answer": _shown_answer(answer.shown)}
                )
        return assessment

    def _preview(self, assessment: Assessment) -> None:
        """The letter as it stands, as a draft in a private temporary folder."""
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="mla-preview-"))  # readable by its owner only
        path = folder / (self.wizard.draft.name.removesuffix(".yaml") + ".docx")
        request = assessment.request
        options = LetterOptions(language=request.language.letter, draft=True, force=True)
        write_letter(assessment, path, options)
        self.wizard.terminal.say(
            _(
                "The letter as it stands is in %(path)s (marked DRAFT where something is "
                "missing). Open it in Word or LibreOffice; it is not the final letter."
            )
            % {"path": path},
            Style.GOOD,
        )

    def _revise(self, assessment: Assessment) -> None:
        """Which point, then which answer of it (or all its questions)."""
        from mla_writer.report import MARKS

        report = assessment.report
        first_open = next(
            (r.point.key for r in report.points if r.status is not Status.OK), POINTS[0].key
        )
        key = self.wizard.ui.control(
            (),
            _("Which point?"),
            [
                (r.point.key, f"{MARKS[r.status]} {r.point.number:>2}. {_(r.point.title)}")
                for r in report.points
            ],
            default=first_open,
        )
        answered = self.wizard.ui.survey(STEPS[key])
        which = self.wizard.ui.control(
            (),
            _("Which answer?"),
            [("all", _("All the questions of this point, in order"))]
            + [
                (
                    index,
                    _("%(question)s: %(answer)s")
                    % {
                        "question": label,
                        "answer": textwrap.shorten(_shown_answer(a.shown), 80, placeholder="…")
                        or "—",
                    },
                )
                for index, (label, a) in enumerate(
                    zip(_labels(answered, self.wizard.ui.get), answered, strict=True)
                )
            ],
            default="all",
        )
        index = [p.key for p in POINTS].index(key)
        if which == "all":
            self.wizard._points_from(index, through=index)
            return
        self.wizard.ui.only = [FieldPath.from_loc(answered[which].path)]
        STEPS[key](self.wizard.ui)
        self.wizard.ui.only = None
        self.wizard._until_complete(key)
        self.wizard._save_draft(self.wizard.data)

    def _produce(self, assessment: Assessment) -> WizardResult:
        """Write the letter of the request the review screen checked, and its case file."""
        request = assessment.request
        letter = self.wizard._letter_path(request)
        case_file = letter.with_suffix(".yaml")
        options = LetterOptions(language=request.language.letter, force=True)
        write_letter(assessment, letter, options)
        save_case(request, case_file, force=True)
        if self.wizard.draft.resolve() != case_file.resolve():
            self.wizard.draft.unlink(missing_ok=True)
        self.wizard.terminal.say()
        self.wizard.terminal.say(_("Done."), Style.GOOD)
        self.wizard.terminal.say(
            _(
                "The letter:     %(letter)s\nIts case file:  %(case)s\n"
                "Keep the case file: it rebuilds the letter (mla render) and can be checked at "
                "any time (mla check %(case)s). Both hold personal data."
            )
            % {"letter": letter, "case": case_file}
        )
        self._offer_profile(request)
        return WizardResult(letter, case_file)

    def _offer_profile(self, request: LetterOfRequest) -> None:
        """A first-time user typed their office: offer to keep it for the next request."""
        ident = request.identification
        if self.wizard.profile.requesting_authority is not None or ident is None:
            return
        keep = self.wizard.ui.control(
            (),
            _(
                "Keep your office, its contacts and the signatory as the starting answers of your "
                "next requests (you can change them with `mla profile`)?"
            ),
            [(True, _("Yes")), (False, _("No"))],
            default=True,
        )
        if not keep:
            return

        profile = UserProfile(
            requesting_state=request.requesting_state,
            requesting_authority=ident.requesting_authority,
            contacts=ident.contacts,
            signatory=request.signatory,
            place=request.place,
            letter_language=request.language.letter,
        )
        path = save_profile(profile)
        self.wizard.profile = profile
        self.wizard.terminal.say(_("Saved in %(path)s.") % {"path": path}, Style.GOOD)


def _shown_answer(value: Any) -> str:
    """An answer in full, for the review (wrapped there at words), its lines joined."""
    if value is None or value == "" or value == []:
        return ""
    if value is True or value is False:
        return _("Yes") if value else _("No")
    if isinstance(value, list):  # languages, States: as a list is written, not as Python's
        value = "; ".join(str(item) for item in value)
    lines = [" ".join(line.split()) for line in str(value).splitlines() if line.strip()]
    return " / ".join(lines)


def _labels(answered: list[Answered], get: Callable[[Any], Any]) -> list[str]:
    """Each answer's question; a question asked of several things (two offices' postal
    addresses, each person's date of birth) says of which: its name, else its number."""
    counts = Counter(a.message for a in answered)
    labels = []
    for answer in answered:
        owner = answer.path[:-1]
        name = get((*owner, "name")) if owner else None
        if counts[answer.message] < 2 or answer.path[-1] == "name":
            labels.append(answer.message)
        elif isinstance(name, str) and name:
            labels.append(
                _("%(question)s (%(whose)s)")
                % {"question": answer.message, "whose": textwrap.shorten(name, 64, placeholder="…")}
            )
        else:
            number = next((part + 1 for part in reversed(owner) if isinstance(part, int)), None)
            labels.append(
                answer.message
                if number is None
                else _("%(question)s (%(number)d)") % {"question": answer.message, "number": number}
            )
    return labels
