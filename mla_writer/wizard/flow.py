"""`mla new`: one screen per checklist point, a review screen, then the letter and its case file.

The draft case file is saved after every answer (readable by its owner only), so Ctrl-C, a
closed terminal or a crash lose nothing; `--resume` continues at the first incomplete point.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mla_writer.app import context_for
from mla_writer.casefile import load_case, save_case
from mla_writer.checklist import POINTS, POINTS_BY_KEY, CheckContext, Severity, Status, check
from mla_writer.errors import ExitCode, MlaError
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import N_, _
from mla_writer.model import LetterOfRequest
from mla_writer.profile import UserProfile
from mla_writer.validation import validation_problems

# the case file's own problem wording, so an answer and a case-file line are explained the same way
from mla_writer.wizard.draft import ResumedFile
from mla_writer.wizard.interview import Interview
from mla_writer.wizard.requirements import required_by_checklist
from mla_writer.wizard.review import ReviewScreen, WizardResult
from mla_writer.wizard.steps import STEPS
from mla_writer.wizard.terminal import GoBack, GoToReview, Style, Terminal, plain


class WizardInterrupted(MlaError):
    """Ctrl-C: the draft is kept and the message says how to continue."""

    exit_code = ExitCode.INTERRUPTED


@dataclass
class NewOptions:
    """The options of `mla new`."""

    from_file: Path | None = None
    resume: Path | None = None
    letter_language: str | None = None
    output: Path | None = None
    force: bool = False
    directory: Path = Path(".")
    profiles: tuple[Path, ...] = ()
    """Folders of State profiles (--profiles) the answers are checked against."""


@dataclass(frozen=True)
class StepProblem:
    severity: Severity
    path: FieldPath
    message: str  # in the interface language


def _case_data(request: LetterOfRequest) -> dict[str, Any]:
    data = request.model_dump(mode="json", exclude_defaults=True)
    # the letter's language is an answer even when it is the default one
    data.setdefault("language", {})["letter"] = request.language.letter
    return data


def apply_profile(data: dict[str, Any], profile: UserProfile) -> None:
    """Fill what the case does not say yet from the user's profile."""
    if profile.requesting_state and not data.get("requesting_state"):
        data["requesting_state"] = profile.requesting_state
    ident = data.setdefault("identification", {})
    if profile.requesting_authority and not ident.get("requesting_authority"):
        ident["requesting_authority"] = profile.requesting_authority.model_dump(
            mode="json", exclude_none=True, exclude_defaults=True
        )
    if profile.contacts and not ident.get("contacts"):
        ident["contacts"] = [
            c.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            for c in profile.contacts
        ]
    if not ident:
        del data["identification"]
    if profile.signatory and not data.get("signatory"):
        data["signatory"] = profile.signatory.model_dump(mode="json", exclude_none=True)
    if profile.place and not data.get("place"):
        data["place"] = profile.place
    if profile.letter_language and not (data.get("language") or {}).get("letter"):
        data.setdefault("language", {})["letter"] = profile.letter_language


INPUT_CONVENTION = N_(
    "How to answer, everywhere: type, then Enter; Enter alone keeps the answer proposed. A "
    "text of several lines, and a list (one entry per line), ends with Esc, then Enter. A "
    "menu: the arrow keys, then Enter. Each question says in brackets what it expects, and "
    "whether it is optional."
)

DRAFT_SUFFIX = ".draft.yaml"
"""The draft of `mla new -o letter.docx` is `letter.draft.yaml`, so that a resume finds the -o."""


class _BackToPreviousPoint(Exception):
    """Ctrl-P at a point's first question: the previous question is the previous point's."""


class Wizard:
    """Drives the interview over the 14 points and produces the letter."""

    def __init__(
        self,
        terminal: Terminal,
        options: NewOptions,
        profile: UserProfile | None = None,
        context: CheckContext | None = None,
    ) -> None:
        self.terminal = terminal
        self.options = options
        self.profile = profile or UserProfile()
        self.fixed_context = context
        self.draft = self._draft_path()
        self.data = self._initial_data()
        # A resumed file is what is on disk: it is not rewritten until an answer changes it
        # (a hand-written case file keeps its comments and layout while nothing changes).
        self._saved: dict[str, Any] | None = (
            copy.deepcopy(self.data) if self.options.resume else None
        )
        # ... and then only the values that changed are rewritten in it (text and mode on disk)
        self._on_disk = ResumedFile.read(self.options.resume) if self.options.resume else None
        self.ui = Interview(terminal, self.data, self._save_draft)
        self.ui.field_check = self._field_problem
        self.ui.field_required = lambda path: (
            self._point is not None
            and required_by_checklist(self.data, path, self._point, self._context)
        )
        self._point: str | None = None  # the point being asked
        # per point, its answers when it started and those of its questions (for Ctrl-P)
        self._passes: dict[str, tuple[dict[str, Any], list[Any], dict[str, Any]]] = {}

    # ------------------------------------------------------------------ draft

    def _draft_path(self) -> Path:
        if self.options.resume:
            return self.options.resume
        directory = self.options.directory
        if self.options.output:
            stem = self.options.output.with_suffix("")
            base = stem.with_name(stem.name + DRAFT_SUFFIX.removesuffix(".yaml"))
        else:
            base = directory / ("mla-draft-" + dt.datetime.now().strftime("%Y-%m-%d-%H%M"))
        candidate, number = base.with_name(base.name + ".yaml"), 2
        while candidate.exists():
            candidate, number = base.with_name(f"{base.name}-{number}.yaml"), number + 1
        return candidate

    def _initial_data(self) -> dict[str, Any]:
        if self.options.resume:
            data = _case_data(load_case(self.options.resume))
        elif self.options.from_file:
            data = _case_data(load_case(self.options.from_file))
            apply_profile(data, self.profile)
        else:
            data = {}
            apply_profile(data, self.profile)
        if self.options.letter_language:
            data.setdefault("language", {})["letter"] = self.options.letter_language
        return data

    def _request(self) -> LetterOfRequest | None:
        try:
            return LetterOfRequest.model_validate(self.data)
        except ValidationError:
            return None

    def _save_draft(self, data: dict[str, Any]) -> None:
        """Save what is typed as soon as it forms a valid (if incomplete) case file, and only
        when it differs from what was last saved."""
        if self._saved is not None and data == self._saved:
            return
        request = self._request()
        if request is None:
            return
        if self._on_disk is None:
            save_case(request, self.draft, force=True)
        elif self._on_disk.save(request, self._saved, data):
            self.terminal.say(
                _(
                    "%(file)s could be read by other users of this computer; it holds personal "
                    "data, so it is now readable by you only."
                )
                % {"file": self.draft},
                Style.WARNING,
            )
        self._saved = copy.deepcopy(data)

    # ------------------------------------------------------------------ the run

    def run(self) -> WizardResult:
        try:
            return self._run()
        except KeyboardInterrupt:
            self._keep_half_typed()
            self._save_draft(self.data)
            raise WizardInterrupted(
                _(
                    "\nStopped. Everything you typed is saved in %(draft)s.\n"
                    "Continue where you left off with:  mla new --resume %(draft)s"
                )
                % {"draft": self.draft}
            ) from None
        except MlaError:
            raise
        except Exception:
            # a bug: the draft holds every answer up to the last one; say so before the report
            self.terminal.say(
                _("Your answers are saved in %(draft)s (mla new --resume %(draft)s).")
                % {"draft": self.draft},
                Style.ERROR,
            )
            raise

    def _keep_half_typed(self) -> None:
        """Ctrl-C in the middle of an answer: keep it as the answer if it is acceptable, else
        show it with the reason, so that it can be copied."""
        typed = self.terminal.half_typed.strip()
        problem = self.ui.keep_half_typed(typed)
        if problem is not None:
            self.terminal.say(
                _("What you were typing was not kept as the answer (%(problem)s). Here it is:")
                % {"problem": problem.rstrip(".")},
                Style.WARNING,
            )
            self.terminal.say(typed)

    def _run(self) -> WizardResult:
        say = self.terminal.say
        self._save_draft(self.data)
        start = self._first_incomplete() if self.options.resume else 0
        if self.options.resume:
            say(_("Continuing the draft %(draft)s.") % {"draft": self.draft}, Style.TITLE)
            if start == len(POINTS):
                say(_("Every point is answered: here is the review."))
            elif start > 0:
                say(
                    _("Points 1 to %(last)d are complete; continuing with point %(next)d.")
                    % {"last": start, "next": start + 1}
                )
        else:
            say(_("A new request for mutual legal assistance."), Style.TITLE)
            say(
                _(
                    "You will be asked, point by point, everything a complete request needs "
                    "(14 points, from the UNODC checklist). Your answers are saved as you go "
                    "in %(draft)s; press Ctrl-C at any time to stop and continue later with "
                    "`mla new --resume %(draft)s`."
                )
                % {"draft": self.draft}
            )
            say(_(INPUT_CONVENTION), Style.HELP)
            if self.profile.requesting_authority is not None and not self.options.from_file:
                say(
                    _(
                        "Your office, contacts and signatory come from your profile (mla profile): "
                        "press Enter to keep each of them."
                    )
                )
        self._points_from(start)
        return self.review()

    def _points_from(
        self, start: int, *, through: int | None = None, from_last: bool = False
    ) -> None:
        """Ask the points in order (up to `through`); Ctrl-P at a point's first question returns
        to the previous point's last one, Ctrl-R goes to the review."""
        index = start
        last = len(POINTS) - 1 if through is None else through
        while index <= last:
            try:
                self.run_point(POINTS[index].key, from_last=from_last)
            except _BackToPreviousPoint:
                if index == 0:
                    self.terminal.say(_("This is the first question."), Style.HELP)
                index, from_last = max(index - 1, 0), index > 0
                continue
            except GoToReview:
                self._keep_half_typed()  # what was being typed when Ctrl-R was pressed
                return
            index, from_last = index + 1, False

    def _context(self, request: LetterOfRequest) -> CheckContext:
        """What `mla check` would know: the two States' profiles (accepted languages...)."""
        if self.fixed_context is not None:
            return self.fixed_context
        return context_for(request, self.options.profiles)

    def _first_incomplete(self) -> int:
        request = self._request() or LetterOfRequest()
        report = check(request, self._context(request))
        for index, result in enumerate(report.points):
            # A warning counts too: a draft left in the middle of a point (an urgency whose
            # reason was not typed yet) resumes there, not after it.
            if result.status is not Status.OK or result.findings:
                return index
        return len(POINTS)

    # ------------------------------------------------------------------ one point

    def run_point(self, key: str, *, from_last: bool = False) -> None:
        """Ask one checklist point until it is complete; warnings are accepted explicitly.
        `from_last`: start at its last question (the user came back to it with Ctrl-P)."""
        point = POINTS_BY_KEY[key]
        say = self.terminal.say
        say()
        say(
            _("Point %(number)d of %(total)d — %(title)s")
            % {"number": point.number, "total": len(POINTS), "title": _(point.title)},
            Style.TITLE,
        )
        say(plain(_(point.guidance)), Style.HELP)
        self._point = key
        while True:
            try:
                self._first_pass(key, from_last)
                self._until_complete(key)
                break
            except GoBack:  # in the checks after the questions: the point's questions again,
                # with every answer as it is now proposed (nothing typed is undone)
                self.terminal.say(_("Back to this point's questions."), Style.HELP)
                from_last = False
        self.ui.only = None
        self._save_draft(self.data)
        say(_("✓ Point %(number)d is complete.") % {"number": point.number}, Style.GOOD)

    def _field_problem(self, path: tuple[str | int, ...]) -> str | None:
        """An error the checklist finds in a field just answered, given the fields answered
        before it (a period that ends before it starts): the same rules as `mla check`."""
        if self._point is None:
            return None
        answered = FieldPath.from_loc(path)
        return next(
            (
                p.message
                for p in self.problems(self._point)
                if p.severity is Severity.ERROR and p.path == answered
            ),
            None,
        )

    def _first_pass(self, key: str, from_last: bool) -> None:
        """The point's questions in order; Ctrl-P goes back one question."""
        ui, step = self.ui, STEPS[key]
        ui.only = None
        ui.start_step()
        if from_last and key in self._passes and not ui.back_into(*self._passes[key]):
            self.terminal.say(_("Back to this point's questions."), Style.HELP)
        while True:
            try:
                step(ui)
                break
            except GoBack:
                if not ui.back():
                    raise _BackToPreviousPoint from None
                self.terminal.say(_("Back to the previous question."), Style.HELP)
        self._passes[key] = ui.answers

    def _until_complete(self, key: str) -> None:
        """Re-ask what the checks find wrong in the point; warnings are accepted explicitly."""
        say, step = self.terminal.say, STEPS[key]
        while True:
            problems = self.problems(key)
            errors = [p for p in problems if p.severity is Severity.ERROR]
            if errors:
                say(_("This point is not complete yet:"), Style.ERROR)
                for problem in errors:
                    say("  • " + self._located(problem), Style.ERROR)
                if not self._ask_again(step, [p.path for p in errors]):
                    say(
                        _(
                            "This point depends on another one: complete that one from the review "
                            "screen (items of assistance, for instance, are added in point 10)."
                        ),
                        Style.ERROR,
                    )
                    return
                continue
            warnings = [p for p in problems if p.severity is Severity.WARNING]
            if warnings:
                say(_("Worth a second look:"), Style.WARNING)
                for problem in warnings:
                    say("  • " + self._located(problem), Style.WARNING)
                decision = self.ui.control(
                    (),
                    _("Go on anyway?"),
                    [
                        ("accept", _("Yes, go on: I accept these warnings")),
                        ("revise", _("No, let me complete these answers")),
                    ],
                    default="accept",
                )
                if decision == "revise" and self._ask_again(step, [p.path for p in warnings]):
                    continue
            return

    def _located(self, problem: StepProblem) -> str:
        """The message, prefixed with which item of a list it is about (`Item 2: ...`)."""
        listed = problem.path.listed()
        if listed is None:
            return problem.message
        kind, number = listed
        entry = self.ui.get((kind, number - 1))
        entry = entry if isinstance(entry, dict) else {}
        if kind == "assistance":
            from mla_writer.wizard.steps import describe_item

            where = _("Item %(number)d (%(what)s)") % {
                "number": number,
                "what": describe_item(self.ui, entry),
            }
        elif kind == "persons":
            where = _("Person %(number)d (%(name)s)") % {
                "number": number,
                "name": entry.get("name") or "?",
            }
        elif kind == "offences":
            where = _("Offence %(number)d (%(name)s)") % {
                "number": number,
                "name": entry.get("name") or "?",
            }
        else:
            where = _("Entry %(number)d") % {"number": number}
        return _("%(where)s: %(message)s") % {"where": where, "message": problem.message}

    def _ask_again(self, step: Any, fields: list[FieldPath]) -> bool:
        """Re-ask only the given fields; if none of this point's questions matches, all of them.
        False if the point has nothing to ask (its answers depend on another point)."""
        self.ui.only = fields
        before = self.ui.asked
        step(self.ui)
        if self.ui.asked == before:
            self.ui.only = None
            step(self.ui)
        self.ui.only = None
        return self.ui.asked > before

    def problems(self, key: str) -> list[StepProblem]:
        """What is wrong with this point: the model's type errors first, then the checklist's."""
        try:
            request = LetterOfRequest.model_validate(self.data)
        except ValidationError as error:
            return [
                StepProblem(
                    Severity.ERROR,
                    FieldPath.parse_or_none(p.field) or FieldPath(),
                    f"{p.field}: {p.message}",
                )
                for p in validation_problems(error, self.data)
            ]
        result = check(request, self._context(request)).point(key)
        return [StepProblem(f.severity, f.path, f.message) for f in result.findings]

    # ------------------------------------------------------------------ review and output

    def review(self) -> WizardResult:
        """The checklist's verdict and every answer, then: produce, preview, revise or stop."""
        return ReviewScreen(self).run()

    def _output_of_draft(self) -> Path | None:
        """The -o given when a resumed draft was started: its draft is named after it
        (`letter.draft.yaml` for `-o letter.docx`)."""
        resumed = self.options.resume
        if resumed is None or not resumed.name.endswith(DRAFT_SUFFIX):
            return None
        return resumed.with_name(resumed.name.removesuffix(DRAFT_SUFFIX) + ".docx")

    def _letter_path(self, request: LetterOfRequest) -> Path:
        """Where the letter goes: -o (given now, or at the start of a resumed draft), else a
        name from the reference, confirmed by the user."""
        output = self.options.output or self._output_of_draft()
        proposed = output or self.options.directory / (_file_stem(request.reference) + ".docx")
        ask_name = output is None
        while True:
            letter = proposed
            if ask_name:
                answer = self.terminal.ask(_file_question(proposed))
                letter = Path(answer) if answer else proposed
                if not letter.is_absolute():
                    letter = self.options.directory / letter
            if letter.suffix.lower() != ".docx":
                letter = letter.with_name(letter.name + ".docx")
            case_file = letter.with_suffix(".yaml")
            existing = [p for p in (letter, case_file) if p.exists()]
            if not existing or self.options.force:
                return letter
            replace = self.ui.control(
                (),
                _("This would replace %(files)s. Replace?")
                % {"files": ", ".join(str(p) for p in existing)},
                [(False, _("No, choose another name")), (True, _("Yes, replace"))],
                default=False,
            )
            if replace:
                return letter
            ask_name, proposed = True, letter


def _file_question(proposed: Path) -> Any:
    from mla_writer.wizard.terminal import Kind, Question

    return Question(
        Kind.TEXT,
        _("Save the letter as"),
        help=_("Its case file is saved beside it, with the same name ending in .yaml."),
        default=str(proposed),
    )


def _file_stem(reference: str | None) -> str:
    """A file name from the request's reference: `PG-2026/0417/MLA-3` -> `PG-2026-0417-MLA-3`."""
    if not reference:
        return "letter-of-request"
    folded = unicodedata.normalize("NFKD", reference).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9.-]+", "-", folded).strip("-.")
    return stem or "letter-of-request"
