"""The `mla` command: parse arguments, call the core, print. The only place that knows exit codes.

Each command maps its options to a use case of the application layer (`mla_writer.app`) or of
a feature package, and prints the result. Heavy libraries (python-docx, questionary) are imported
inside the commands that need them, so that `mla --help` and `mla check` start fast; so are the
project's own modules, which would add the checklist, the models and the State profiles (about
0.2 s) to every `mla --help`.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from mla_writer import __version__
from mla_writer.catalogs import languages_report
from mla_writer.errors import ExitCode, MlaError, OutputExistsError, os_error_message
from mla_writer.i18n import _, ngettext, set_ui_language
from mla_writer.interrupts import (
    Terminated,
    interruptible,
    stop_at_safe_points,
    stop_if_requested,
    terminate_as_interrupt,
)
from mla_writer.outputs import atomic_write
from mla_writer.terminal_text import visible

set_ui_language(None)


class Interrupted(MlaError):
    """Ctrl-C inside a command: one line, exit 130."""

    exit_code = ExitCode.INTERRUPTED


class _MlaGroup(TyperGroup):
    """The `mla` group: Ctrl-C becomes our own `Interrupted` before typer or click see it.

    Older typer printed "Aborted!" and exited 1; typer 0.29 exits 130 without a word. Caught here,
    the behaviour is the same on every typer version the ranges allow.
    """

    def invoke(self, ctx: Any) -> Any:  # click.Context (vendored by typer 0.29)
        try:
            with terminate_as_interrupt():  # SIGTERM too: temporary files removed, exit 143
                return super().invoke(ctx)
        except Terminated:
            stopped = Interrupted(
                _(
                    "Stopped by a termination signal. Files are written whole or not at all, so "
                    "nothing is half-written: run the same command again to finish."
                )
            )
            stopped.exit_code = ExitCode.TERMINATED
            raise stopped from None
        except KeyboardInterrupt:
            raise Interrupted(
                _(
                    "Interrupted. Files are written whole or not at all, so nothing is "
                    "half-written: run the same command again to finish."
                )
            ) from None


app = typer.Typer(
    name="mla",
    cls=_MlaGroup,
    help=_(
        "Draft and check requests for mutual legal assistance in criminal matters "
        "(letters of request), point by point against the 14-point checklist."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    # Plain help: rich's formatting alone took ~110 ms of every `mla --help`.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"


ForceOption = Annotated[
    bool, typer.Option("--force", help=_("Replace the output file if it exists."))
]

ProfilesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--profiles",
        help=_(
            "A folder of State profiles (one .yaml per State) that add to or replace the bundled "
            "ones; repeat for several folders. MLA_PROFILES sets folders for every command."
        ),
        show_default=False,
        metavar="DIR",
    ),
]


def _echo(text: str) -> None:
    """Print for the user; what came from a file cannot drive the terminal (see `visible`)."""
    typer.echo(visible(text))


def _echo_interruptible(text: str) -> None:
    """`_echo` where a stop signal may interrupt it: a pipe nobody reads would block it forever."""
    with interruptible():
        _echo(text)


def _show_version(version: bool) -> None:
    if version:
        _echo(f"mla-writer {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help=_("Show the version and exit."),
            is_eager=True,  # handled before click asks for a command
            callback=_show_version,
        ),
    ] = False,
) -> None:
    pass


ReportFilesArgument = Annotated[
    list[Path],
    typer.Argument(
        help=_(
            "The requests to check: YAML case files, letters produced by mla-writer, letters "
            "written by anyone (.docx, .pdf with a text layer, .txt, .md), or folders of them."
        ),
        metavar="FILE...",
        show_default=False,
    ),
]
ReportFormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help=_(
            "text (a table to read), json, markdown, or csv (one row per letter). With several "
            "files, json is an array of the single-letter reports."
        ),
    ),
]
ReplyOption = Annotated[
    bool,
    typer.Option(
        "--reply",
        help=_(
            "Also draft a short, courteous request for the additional information the "
            "letter lacks, citing the provision of the instrument it rests on, listing exactly "
            "what is needed."
        ),
    ),
]
ReplyLanguageOption = Annotated[
    str | None,
    typer.Option(
        "--reply-lang",
        help=_(
            "Draft the reply (implies --reply) in this language (en, fr, es, ru, pt, ar, zh), or "
            "in the incoming letter's own with `letter` (default: the interface language)."
        ),
        show_default=False,
        metavar="LANG",
    ),
]
RegisterOption = Annotated[
    bool,
    typer.Option(
        "--register",
        help=_(
            "Also record the request in the register (`mla register`; MLA_DATABASE_URL "
            "names a shared one)."
        ),
    ),
]


@app.command(
    short_help=_("Say what a request lacks, point by point."),
    help=_(
        "Report, point by point over the 14-point checklist, what a request still lacks.\n\nLetters written by others are read as text, quoting the passages each point relied on. With several files or a folder, one line per letter and a summary.\n\nExit code 0: ready to send; 1: a request has gaps; 2: a file cannot be read (the others are still checked)."
    ),
)
def check(
    files: ReportFilesArgument,
    format: ReportFormatOption = ReportFormat.text,
    profiles: ProfilesOption = None,
    reply: ReplyOption = False,
    reply_lang: ReplyLanguageOption = None,
    register: RegisterOption = False,
) -> None:
    from mla_writer.app import several

    replying = reply or reply_lang is not None
    if reply_lang is not None:
        _reply_language(reply_lang, None)  # an unknown language is refused before any work
    if several(files):
        _check_several(files, format, profiles or [], (replying, reply_lang), register)
        return
    from mla_writer import report
    from mla_writer.app import check_file

    file = files[0]
    result, kind = check_file(file, profiles or [])
    source = str(file)
    drafted = _drafted_reply(result, reply_lang) if replying else None
    if format is ReportFormat.json:
        _echo(report.as_json(result, source, kind, reply=drafted))
    elif format is ReportFormat.csv:
        _echo(report.inputs_as_csv(_one_input(file, result, kind)).rstrip("\n"))
    elif format is ReportFormat.markdown:
        _echo(report.as_markdown(result, source))
        if drafted is not None:
            _echo("\n## " + _("Request for additional information") + "\n\n" + drafted)
    else:
        _echo(report.as_text(result, source))
        if drafted is not None:
            _echo("\n" + "—" * 40 + "\n" + drafted)
    if register:
        _register_checked(file, result, kind, profiles or [])
    raise typer.Exit(ExitCode.OK if result.complete else ExitCode.GAPS)


def _one_input(file: Path, result: Any, kind: Any) -> Any:
    from mla_writer.app import CheckedFile, CheckedInputs, InputCheck

    return CheckedInputs((InputCheck(file, CheckedFile(result, kind)),))


def _reply_language(choice: str | None, result: Any) -> str | None:
    """The language of the reply: None for the interface's; `letter` for the letter's own."""
    from mla_writer.foreign.analyse import ForeignReport
    from mla_writer.foreign.reply import reply_languages

    if choice is None:
        return None
    languages = reply_languages()
    if choice == "letter":
        language = result.letter.language if isinstance(result, ForeignReport) else None
        return language if language in languages else None
    if choice not in languages:
        raise MlaError(
            _("A reply cannot be drafted in “%(language)s”; choose one of: %(choices)s.")
            % {"language": choice, "choices": ", ".join([*languages, "letter"])}
        )
    return choice


def _drafted_reply(result: Any, choice: str | None) -> str:
    from mla_writer.foreign.reply import draft_reply

    return draft_reply(result, _reply_language(choice, result))


def _check_several(
    files: list[Path],
    format: ReportFormat,
    profiles: list[Path],
    reply: tuple[bool, str | None],
    register: bool,
) -> None:
    """`mla check` of several files or folders: one line (or JSON report, or CSV row) each."""
    from mla_writer import report
    from mla_writer.app import check_many

    replying, reply_lang = reply
    with _check_progress() as progress:
        checked = check_many(files, profiles, started=progress.start, checked=progress.advance)
    replies = {
        one.source: _drafted_reply(one.checked.report, reply_lang)
        for one in checked.inputs
        if replying and one.checked is not None
    }
    if format is ReportFormat.json:
        _echo(report.inputs_as_json(checked, replies))
    elif format is ReportFormat.csv:
        _echo(report.inputs_as_csv(checked).rstrip("\n"))
    elif format is ReportFormat.markdown:
        _echo(report.inputs_as_markdown(checked))
    else:
        _echo(report.inputs_as_text(checked))
    if replies and format in (ReportFormat.text, ReportFormat.markdown):
        for source, drafted in replies.items():
            heading = _("Request for additional information: %(source)s") % {"source": source}
            _echo("\n" + "—" * 40 + "\n" + heading + "\n\n" + drafted)
    if register:
        for one in checked.inputs:
            if one.checked is not None:
                _register_checked(one.source, one.checked.report, one.checked.kind, profiles)
    if checked.unreadable:
        raise typer.Exit(ExitCode.INVALID)
    raise typer.Exit(ExitCode.GAPS if checked.with_gaps else ExitCode.OK)


class _CheckProgress:
    """A progress bar on a terminal while several letters are checked; nothing elsewhere."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None

    def start(self, total: int) -> None:
        if not sys.stdout.isatty() or total < 2:
            return
        from rich.progress import Progress

        self.bar = Progress(transient=True)
        self.bar.start()
        self.task = self.bar.add_task(_("Checking"), total=total)

    def advance(self, _checked: object) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@contextmanager
def _check_progress() -> Iterator[_CheckProgress]:
    progress = _CheckProgress()
    try:
        yield progress
    finally:
        progress.stop()


def _register_checked(file: Path, result: Any, kind: Any, profiles: list[Path]) -> None:
    """`mla check --register`: record the request, with the check's report among its documents."""
    from mla_writer import report
    from mla_writer.app import CheckedFile
    from mla_writer.register.service import DocumentKind, facts_from_file, record

    facts = facts_from_file(file, profiles, CheckedFile(result, kind))
    if not any(d[0] == DocumentKind.check_report for d in facts.documents):
        content = report.as_json(result, str(file), kind).encode("utf-8")
        facts.documents.append((DocumentKind.check_report, None, content, True))
    recorded = record(_open_register(None), facts)
    typer.echo(visible(_recorded_line(recorded, file)), err=True)


RenderFileArgument = Annotated[
    Path,
    typer.Argument(
        help=_(
            "The request: a YAML case file, or a letter made by mla-writer (rendered again "
            "from the case data it carries)."
        ),
        metavar="FILE",
        show_default=False,
    ),
]
LetterOutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=_("The Word file to write (default: the case file's name with .docx)."),
        show_default=False,
    ),
]
DraftOption = Annotated[
    bool,
    typer.Option(
        "--draft",
        help=_(
            "Write the letter even if the request is incomplete, marked DRAFT on every page "
            "with a placeholder for each missing item."
        ),
    ),
]
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template",
        help=_("A Word document with your office's letterhead and styles to start from."),
        show_default=False,
    ),
]
LetterLanguageOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help=_("The letter's language (default: language.letter in the case file)."),
        show_default=False,
    ),
]
BilingualOption = Annotated[
    bool,
    typer.Option(
        "--bilingual",
        help=_(
            "Set the letter in the language its free text is written in and its translation "
            "side by side, in two columns (some central authorities ask for this)."
        ),
    ),
]
PdfOption = Annotated[
    bool,
    typer.Option(
        "--pdf",
        help=_(
            "Also write a PDF of the letter beside it, made by LibreOffice if it is installed "
            "(the Word letter is written either way)."
        ),
    ),
]


@app.command(
    short_help=_("Write the Word letter of request."),
    help=_(
        "Write the letter of request as a Word document, ready for final proofing and signature.\n\nExit code 1 and nothing written if the request is incomplete; --draft writes it marked DRAFT."
    ),
)
def render(
    file: RenderFileArgument,
    output: LetterOutputOption = None,
    draft: DraftOption = False,
    force: ForceOption = False,
    template: TemplateOption = None,
    lang: LetterLanguageOption = None,
    bilingual: BilingualOption = False,
    pdf: PdfOption = False,
    register: RegisterOption = False,
    profiles: ProfilesOption = None,
) -> None:
    from mla_writer import report
    from mla_writer.app import LetterOptions, render_file
    from mla_writer.render import IncompleteRequestError

    options = LetterOptions(
        language=lang, draft=draft, bilingual=bilingual, template=template, force=force, pdf=pdf
    )
    try:
        rendered = render_file(file, output, options, profiles or [])
    except IncompleteRequestError as error:
        _echo(report.as_text(error.report, str(file)))
        raise
    if rendered.missing:
        _echo(
            ngettext(
                "Draft written to %(path)s, marked DRAFT: %(count)s missing item is shown where "
                "it belongs. Run `mla check %(source)s` for the list.",
                "Draft written to %(path)s, marked DRAFT: %(count)s missing items are shown "
                "where they belong. Run `mla check %(source)s` for the list.",
                rendered.missing,
            )
            % {"path": rendered.path, "count": rendered.missing, "source": file}
        )
    else:
        _echo(_("Letter written to %(path)s.") % {"path": rendered.path})
    if rendered.pdf:
        _echo(_("PDF written to %(path)s.") % {"path": rendered.pdf})
    for note in rendered.notes():
        _echo(note)
    if register:
        _register_rendered(rendered)
    if rendered.pdf_problem:  # the letter is written; the PDF asked for is not
        typer.echo(rendered.pdf_problem, err=True)
        raise typer.Exit(ExitCode.INVALID)


def _register_rendered(rendered: Any) -> None:
    """`mla render --register`: record the request with its case file (or letter) and letter."""
    from mla_writer.app import SourceKind
    from mla_writer.register.service import DocumentKind, facts_from_case, record
    from mla_writer.register.service import _read as read_document
    from mla_writer.register.statuses import Direction

    file, written = rendered.source, rendered.path
    facts = facts_from_case(rendered.assessment.request, Direction.outgoing)
    is_case = rendered.kind is SourceKind.CASE_FILE
    source_kind = DocumentKind.case_file if is_case else DocumentKind.letter
    facts.documents.append((source_kind, file, read_document(file), False))
    facts.documents.append((DocumentKind.letter, written, read_document(written), False))
    _echo(_recorded_line(record(_open_register(None), facts), file))


@app.command(
    short_help=_("Print the JSON Schema of case files."),
    help=_(
        "Print the JSON Schema of case files, so that editors can check and complete them as you type."
    ),
)
def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=_("Write the schema to this file instead of printing it.")
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    from mla_writer.schema import case_file_schema

    text = case_file_schema()
    if output is None:
        _echo(text)
        return
    atomic_write(output, text.encode("utf-8"), force=force)
    _echo(_("Schema written to %(path)s.") % {"path": output})


@app.command(
    short_help=_("List or write the bundled example cases."),
    help=_("List the bundled example cases, or write one out as a starting point for your own."),
)
def example(
    name: Annotated[
        str | None,
        typer.Argument(
            help=_("The example to write; leave out to list them."),
            show_default=False,
            metavar="NAME",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=_("Write the example to this file instead of printing it.")
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    from mla_writer import examples

    if name is None:
        _echo(_("Bundled example cases (write one with `mla example NAME -o case.yaml`):"))
        for entry in examples.list_examples():
            status = _("complete") if entry.complete else _("incomplete, for practice")
            _echo(f"  {entry.name:<24} {entry.summary} ({status})")
        return
    text = examples.example_text(name)
    if output is None:
        _echo(text.rstrip("\n"))
        return
    atomic_write(output, text.encode("utf-8"), force=force, mode=0o600)
    _echo(_("Example “%(name)s” written to %(path)s.") % {"name": name, "path": output})


CasesArgument = Annotated[
    list[str],
    typer.Argument(
        help=_("Case files, folders (searched recursively for .yaml/.yml) or patterns."),
        metavar="CASES",
        show_default=False,
    ),
]
LettersFolderOption = Annotated[
    Path,
    typer.Option("--output", "-o", help=_("The folder the letters go to."), show_default=False),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help=_("How many letters to render at once (default: the number of processor cores)."),
        show_default=False,
    ),
]
BatchLanguageOption = Annotated[
    str | None,
    typer.Option("--lang", help=_("Write every letter in this language (e.g. fr).")),
]
BatchDraftOption = Annotated[
    bool,
    typer.Option("--draft", help=_("Render incomplete cases too, as marked drafts.")),
]
BatchForceOption = Annotated[
    bool,
    typer.Option("--force", help=_("Render every case again, even if its letter is up to date.")),
]
BatchReportOption = Annotated[
    Path | None,
    typer.Option(
        "--report",
        help=_("Also write a report of every case to this file (.json or .csv)."),
        show_default=False,
    ),
]


@app.command(
    short_help=_("Write letters for many case files at once."),
    help=_(
        'Render a letter for every case file in folders, unattended; one bad file stops nothing.\n\nEach case ends as one of: rendered; up to date ("skipped" in the report: its letter is newer\nthan the case file, so it is not made again; --force makes it again); incomplete (the report\nlists its gaps); invalid (the report says what is wrong). Letters are named after the case\nreference; two cases never share a letter. Exit code 0: every case was rendered or up to date;\n1: otherwise.'
    ),
)
def batch(
    inputs: CasesArgument,
    output: LettersFolderOption,
    jobs: JobsOption = None,
    lang: BatchLanguageOption = None,
    draft: BatchDraftOption = False,
    force: BatchForceOption = False,
    report_file: BatchReportOption = None,
    pdf: PdfOption = False,
    profiles: ProfilesOption = None,
) -> None:
    from mla_writer import batch as batching
    from mla_writer.app.pdf import converter_missing, find_converter
    from mla_writer.checklist import check_date

    check_date()  # a bad MLA_TODAY is one message before any work, not an error per case
    if report_file is not None:
        batching.check_report_path(report_file, force=force)
    if pdf and find_converter() is None:  # said once, not under every case; letters still made
        typer.echo(converter_missing().message, err=True)
        pdf = False
        no_converter = True
    else:
        no_converter = False
    options = batching.Options(
        language=lang, draft=draft, force=force, profiles=tuple(profiles or ()), pdf=pdf
    )
    summary = _run_batch(inputs, output, options, jobs, report_file)
    if not summary.results:
        _echo(_("No case files (.yaml, .yml) were found: nothing was rendered."))
    succeeded = summary.results and summary.succeeded and not no_converter
    raise typer.Exit(ExitCode.OK if succeeded else ExitCode.GAPS)


def _run_batch(
    inputs: list[str], output: Path, options: Any, jobs: int | None, report_file: Path | None
) -> Any:
    """Run the batch with a progress display; Ctrl-C or SIGTERM keep the letters written."""
    from mla_writer import batch as batching

    display: batching.PlainDisplay | batching.RichDisplay
    if sys.stdout.isatty():
        display = batching.RichDisplay()
    else:
        display = batching.PlainDisplay(_echo_interruptible)
    # A stop signal is taken between letters, not inside one (see mla_writer.interrupts).
    with stop_at_safe_points():
        try:
            summary = batching.run(
                inputs,
                output,
                options=options,
                jobs=jobs,
                on_start=display.start,
                on_result=display.result,
            )
            display.finish(summary)
            if report_file is not None:
                batching.write_report(report_file, summary.results)
                _echo_interruptible(_("Report written to %(path)s.") % {"path": report_file})
            stop_if_requested()  # one that came while the summary or the report was written
        except KeyboardInterrupt as interrupt:
            display.close()
            terminated = isinstance(interrupt, Terminated)
            typer.echo(
                _(
                    "Stopped by a termination signal. The letters already written are kept; run "
                    "the same command again to render the rest."
                )
                if terminated
                else _(
                    "Interrupted. The letters already written are kept; run the same command "
                    "again to render the rest."
                ),
                err=True,
            )
            raise typer.Exit(ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED) from None
        finally:
            display.close()
    return summary


# --------------------------------------------------------------------------- mla languages


@app.command(
    short_help=_("List the languages mla-writer writes and speaks."),
    help=_("List the letter and interface languages shipped, and how complete each catalog is."),
)
def languages() -> None:
    _echo(languages_report())


# --------------------------------------------------------------------------- mla states

states_app = typer.Typer(
    name="states",
    short_help=_("Requested States: authorities, languages, treaties."),
    help=_(
        "The requested States' profiles: central authorities, accepted languages, treaties and "
        "requirements, each fact with its source and date."
    ),
    no_args_is_help=True,
)
app.add_typer(states_app)


class ProfileFormat(StrEnum):
    text = "text"
    json = "json"


TextOrJsonOption = Annotated[ProfileFormat, typer.Option("--format", "-f", help=_("text or json."))]


@states_app.command("list", help=_("List the States that have a profile."))
def states_list(
    format: TextOrJsonOption = ProfileFormat.text,
    profiles: ProfilesOption = None,
) -> None:
    from mla_writer.states import display, load_profiles

    found = load_profiles(profiles or [])
    if format is ProfileFormat.json:
        _echo(display.profiles_as_json(found))
    else:
        _echo(display.profiles_as_text(found))


@states_app.command(
    "show",
    help=_("Show what mla-writer knows about a State, with the source and date of every fact."),
)
def states_show(
    code: Annotated[
        str,
        typer.Argument(
            help=_("The State: ISO code (TR) or English name."), show_default=False, metavar="CODE"
        ),
    ],
    format: TextOrJsonOption = ProfileFormat.text,
    profiles: ProfilesOption = None,
) -> None:
    from mla_writer.states import display, require_profile

    profile = require_profile(code, profiles or [])
    if format is ProfileFormat.json:
        _echo(display.profile_as_json(profile))
    else:
        _echo(display.profile_as_text(profile))


@states_app.command(
    "validate",
    help=_(
        "Check a folder of State profiles; list every problem with its file and line.\n\nExit code 0: every profile is valid; 2: at least one is not."
    ),
)
def states_validate(
    folder: Annotated[
        Path,
        typer.Argument(
            help=_("The folder of profiles to check."), show_default=False, metavar="DIR"
        ),
    ],
) -> None:
    from mla_writer.states import read_folder
    from mla_writer.states.display import validation_summary

    valid, errors = read_folder(folder)
    _echo(validation_summary(folder, valid, errors))
    raise typer.Exit(ExitCode.INVALID if errors or not valid else ExitCode.OK)


# --------------------------------------------------------------------------- mla instruments


@app.command(
    short_help=_("List the treaties a request can cite, by code."),
    help=_(
        "List the instruments a case file can cite under legal_basis (code: ...): each code with "
        "the full title, the place and date of signature, and whether it is in force."
    ),
)
def instruments(format: TextOrJsonOption = ProfileFormat.text) -> None:
    from mla_writer.states import catalogue

    if format is ProfileFormat.json:
        _echo(catalogue.instruments_as_json())
    else:
        _echo(catalogue.instruments_as_text())


# --------------------------------------------------------------------------- mla translate

translate_app = typer.Typer(
    name="translate",
    short_help=_("Translate the case's free text (XLIFF or PO)."),
    help=_(
        "Have the case's free text (facts, reasons, descriptions, law text) translated, so that "
        "the letter can be written in another language: export a file for a translator, then "
        "import the translation back into the case file."
    ),
    no_args_is_help=True,
)
app.add_typer(translate_app)


class TranslationFileFormat(StrEnum):
    xliff = "xliff"
    po = "po"


@translate_app.command(
    "export",
    help=_(
        "Write the case's free text to a file a translator can open; translations the case already\nholds are included, for revision.\n\nExit code 0: written; 2: invalid input or the file exists."
    ),
)
def translate_export(
    case: Annotated[
        Path, typer.Argument(help=_("The YAML case file."), show_default=False, metavar="CASE")
    ],
    lang: Annotated[
        str,
        typer.Option(
            "--lang", help=_("The language to translate into (e.g. fr)."), show_default=False
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=_(
                "The file for the translator (default: CASE.LANG.xlf, or .po with --format po)."
            ),
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        TranslationFileFormat | None,
        typer.Option(
            "--format",
            help=_(
                "xliff (XLIFF 1.2, opened by translation tools such as Trados, memoQ, OmegaT or "
                "Phrase) or po (gettext). Default: from the output's extension, else xliff."
            ),
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    from mla_writer.app import export_case_text
    from mla_writer.translation.exchange import TranslationFormat

    chosen = TranslationFormat(format.value) if format else None
    exported = export_case_text(case, lang, output, format=chosen, force=force)
    _echo(
        _(
            "%(fields)s free-text field(s) written to %(path)s (%(translated)s already translated, "
            "%(outdated)s of them outdated). It holds personal data: send it to the translator "
            "securely. Bring the translation back with `mla translate import %(path)s %(case)s`."
        )
        % {
            "fields": exported.fields,
            "path": exported.path,
            "translated": exported.translated,
            "outdated": exported.outdated,
            "case": case,
        }
    )


@translate_app.command(
    "import",
    help=_(
        "Put a translator's file back into the case file (its comments and layout are kept).\n\nExit code 0: imported (or nothing to change); 2: the file is invalid or does not fit the case\n(nothing is changed then)."
    ),
)
def translate_import(
    translation: Annotated[
        Path,
        typer.Argument(
            help=_("The translated file (.xlf/.xliff or .po); its language is read from it."),
            show_default=False,
            metavar="TRANSLATION",
        ),
    ],
    case: Annotated[
        Path,
        typer.Argument(
            help=_("The case file to put the translation into."), show_default=False, metavar="CASE"
        ),
    ],
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=_(
                "Replace translations that were edited in the case file after the export with "
                "the file's."
            ),
        ),
    ] = False,
) -> None:
    from mla_writer.app import import_case_translation
    from mla_writer.translation.importing import import_summary

    result = import_case_translation(translation, case, force=force)
    _echo(import_summary(result, case))


# --------------------------------------------------------------------------- mla new, mla profile


@app.command(
    short_help=_("Draft a new request with a step-by-step wizard."),
    help=_(
        "Draft a new request, point by point, with an explanation of each point; ends with a Word\nletter and its case file. Needs a terminal (without one, use `mla render` or `mla batch`)."
    ),
)
def new(
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help=_("Start from an existing or partial case file (it is not changed)."),
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        Path | None,
        typer.Option(
            "--resume",
            help=_(
                "Continue a draft saved by an earlier `mla new`, at its first incomplete point."
            ),
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=_("The letter's language (e.g. en, fr)."), show_default=False),
    ] = None,
    ui_lang: Annotated[
        str | None,
        typer.Option(
            "--ui-lang",
            help=_("The language of the questions (default: your profile, then the system)."),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=_("The letter to write (.docx); its case file goes beside it (.yaml)."),
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=_("Replace the output files if they exist."))
    ] = False,
    profiles: ProfilesOption = None,
) -> None:
    from mla_writer.wizard import run_new

    run_new(
        from_file=from_file,
        resume=resume,
        letter_language=lang,
        ui_language=ui_lang,
        output=output,
        force=force,
        profile_dirs=tuple(profiles or ()),
    )


@app.command(
    short_help=_("Set your office's defaults for new requests."),
    help=_(
        "Set the defaults every new request starts from: your office, contacts, signatory and\nusual language."
    ),
)
def profile() -> None:
    from mla_writer.wizard import run_profile

    run_profile()


# --------------------------------------------------------------------------- mla register

register_app = typer.Typer(
    name="register",
    short_help=_("The register of incoming and outgoing requests, their status and deadlines."),
    help=_(
        "The register of requests: every incoming and outgoing request with its status, "
        "deadlines, documents and history, on SQLite (in your data folder) or on your office's "
        "PostgreSQL server (--db or MLA_DATABASE_URL). It holds personal data: its SQLite file "
        "is readable by you only; purge what you no longer need (`mla register purge`)."
    ),
    no_args_is_help=True,
)
app.add_typer(register_app)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=_(
            "The register: a SQLite file, or a PostgreSQL URL such as "
            "postgresql+psycopg://user@host/database (default: MLA_DATABASE_URL, else "
            "register.sqlite3 in your data folder)."
        ),
        show_default=False,
        metavar="URL",
    ),
]


class RegisterDirection(StrEnum):
    outgoing = "outgoing"
    incoming = "incoming"


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DirectionOption = Annotated[
    RegisterDirection | None,
    typer.Option(
        "--direction", help=_("outgoing or incoming (needed only if a reference is both).")
    ),
]


def _open_register(db: str | None, *, upgrade: bool = False) -> Any:
    from mla_writer.register.database import open_register

    return open_register(db, upgrade_schema=upgrade)


def _parse_date(value: str | None, option: str) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise MlaError(
            _("%(option)s “%(value)s” is not a date: write it as YYYY-MM-DD.")
            % {"option": option, "value": value}
        ) from None


def _status(value: str | None) -> Any:
    from mla_writer.register.statuses import Status

    if value is None:
        return None
    try:
        return Status(value.replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise MlaError(
            _("“%(value)s” is not a status. Statuses: %(statuses)s.")
            % {"value": value, "statuses": ", ".join(s.value for s in Status)}
        ) from None


REGISTERED_SUFFIXES = {".yaml", ".yml", ".docx", ".pdf", ".txt", ".md"}


def _register_inputs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in REGISTERED_SUFFIXES
            )
        else:
            found.append(path)
    return found


def _record_file(register: Any, path: Path, profiles: list[Path], **options: Any) -> Any:
    from mla_writer.register.service import facts_from_file, record
    from mla_writer.register.statuses import Direction

    facts = facts_from_file(path, profiles)
    direction = options.pop("direction", None)
    if direction is not None:
        facts.direction = Direction(direction.value)
    return record(register, facts, **options)


def _recorded_line(recorded: Any, path: Path) -> str:
    if recorded.created:
        return _("%(path)s: recorded as %(reference)s (%(direction)s, %(status)s).") % {
            "path": path,
            "reference": recorded.reference,
            "direction": recorded.direction.value,
            "status": recorded.status.replace("_", " "),
        }
    return _("%(path)s: already in the register as %(reference)s (%(count)s new document(s)).") % {
        "path": path,
        "reference": recorded.reference,
        "count": recorded.documents_added,
    }


RegisteredFilesArgument = Annotated[
    list[Path],
    typer.Argument(
        help=_("Case files, letters or folders of them."), show_default=False, metavar="FILES"
    ),
]
AddDirectionOption = Annotated[
    RegisterDirection | None,
    typer.Option(
        "--direction",
        help=_(
            "outgoing or incoming (default: outgoing for our case files and letters, "
            "incoming for letters written by others)."
        ),
    ),
]
AddReferenceOption = Annotated[
    str | None,
    typer.Option("--reference", help=_("Our reference (default: the case's reference).")),
]
AddStatusOption = Annotated[
    str | None,
    typer.Option(
        "--status", help=_("The status to record (default: draft, or received if incoming).")
    ),
]
AddDateOption = Annotated[
    str | None,
    typer.Option("--date", help=_("The date sent or received (YYYY-MM-DD).")),
]
ChannelOption = Annotated[
    str | None,
    typer.Option("--channel", help=_("How it travelled: central authority, e-mail, Interpol...")),
]
PersonOption = Annotated[str | None, typer.Option("--person", help=_("The person in charge."))]


@register_app.command(
    "add",
    help=_(
        "Record requests: from a case file, from a letter made by mla-writer (its embedded case),\nor from someone else's letter (checked; the report is kept). Folders are searched.\n\nExit code 0: every file recorded (or already there); 2: a file could not be recorded\n(the others are)."
    ),
)
def register_add(
    files: RegisteredFilesArgument,
    direction: AddDirectionOption = None,
    reference: AddReferenceOption = None,
    status: AddStatusOption = None,
    date: AddDateOption = None,
    channel: ChannelOption = None,
    person: PersonOption = None,
    db: DbOption = None,
    profiles: ProfilesOption = None,
) -> None:
    register = _open_register(db)
    options = {
        "direction": direction,
        "reference": reference,
        "status": _status(status),
        "dated": _parse_date(date, "--date"),
        "channel": channel,
        "person": person,
    }
    paths = _register_inputs(files)
    if reference and len(paths) > 1:
        raise MlaError(_("--reference names one request: give one file with it."))
    failed = _record_files(register, paths, options, profiles or [])
    if len(paths) > 1:
        _echo(
            _("%(done)s of %(total)s file(s) recorded in %(db)s; %(failed)s refused.")
            % {
                "done": len(paths) - failed,
                "total": len(paths),
                "db": register.location.shown,
                "failed": failed,
            }
        )
    raise typer.Exit(ExitCode.INVALID if failed or not paths else ExitCode.OK)


def _record_files(
    register: Any, paths: list[Path], options: dict[str, Any], profiles: list[Path]
) -> int:
    """Record each file, with a progress bar on a terminal; how many were refused."""
    failed = 0
    progress = None
    if sys.stdout.isatty() and len(paths) > 1:
        from rich.progress import Progress

        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task(_("Recording"), total=len(paths))
    try:
        for path in paths:
            try:
                recorded = _record_file(register, path, profiles, **options)
                if len(paths) == 1:
                    _echo(_recorded_line(recorded, path))
            except MlaError as error:
                failed += 1
                typer.echo(visible(error.message), err=True)
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    return failed


@register_app.command("list", help=_("List the requests, with filters, as a table, JSON or CSV."))
def register_list(
    direction: Annotated[
        RegisterDirection | None, typer.Option("--direction", help=_("outgoing or incoming."))
    ] = None,
    state: Annotated[
        str | None, typer.Option("--state", help=_("The other State (ISO code, e.g. TR)."))
    ] = None,
    status: Annotated[str | None, typer.Option("--status", help=_("A status."))] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help=_("A kind of assistance, e.g. witness_statement.")),
    ] = None,
    person: Annotated[str | None, typer.Option("--person", help=_("The person in charge."))] = None,
    search: Annotated[
        str | None,
        typer.Option("--search", help=_("Text in the references, title, offences or authorities.")),
    ] = None,
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help=_("table, json or csv."))
    ] = ListFormat.table,
    db: DbOption = None,
) -> None:
    from mla_writer.register import display as register_display
    from mla_writer.register.service import Filters, listing
    from mla_writer.register.statuses import Direction

    chosen = _status(status)
    rows = listing(
        _open_register(db),
        Filters(
            direction=Direction(direction.value) if direction else None,
            state=state,
            status=chosen.value if chosen else None,
            kind=kind,
            person=person,
            text=search,
        ),
    )
    if format is ListFormat.json:
        _echo(register_display.as_json(rows))
    elif format is ListFormat.csv:
        _echo(register_display.as_csv(rows))
    else:
        _echo(register_display.table(rows))


@register_app.command(
    "show", help=_("Show a request: its details, deadlines, documents, links and history.")
)
def register_show(
    reference: Annotated[
        str, typer.Argument(help=_("Our reference."), show_default=False, metavar="REFERENCE")
    ],
    direction: DirectionOption = None,
    format: TextOrJsonOption = ProfileFormat.text,
    db: DbOption = None,
) -> None:
    from mla_writer.register import display as register_display
    from mla_writer.register.service import details
    from mla_writer.register.statuses import Direction

    data = details(_open_register(db), reference, Direction(direction.value) if direction else None)
    _echo(
        register_display.as_json(data)
        if format is ProfileFormat.json
        else register_display.card(data)
    )


ReferenceArgument = Annotated[
    str, typer.Argument(help=_("Our reference."), show_default=False, metavar="REFERENCE")
]
NewStatusOption = Annotated[str | None, typer.Option("--status", help=_("The new status."))]
ChangeDateOption = Annotated[
    str | None,
    typer.Option("--date", help=_("When it happened (YYYY-MM-DD; default: today).")),
]
NoteOption = Annotated[str | None, typer.Option("--note", help=_("A note to keep."))]
GroundsOption = Annotated[
    str | None, typer.Option("--grounds", help=_("The grounds of a refusal."))
]
PersonInChargeOption = Annotated[
    str | None, typer.Option("--person", help=_("The person in charge (empty: nobody)."))
]
TheirReferenceOption = Annotated[
    str | None, typer.Option("--their-reference", help=_("The other authority's reference."))
]
DeadlineOption = Annotated[
    list[str] | None,
    typer.Option(
        "--deadline",
        help=_(
            "A deadline as KIND=YYYY-MM-DD; kinds: requested_by, custody_limit, trial_date, "
            "preservation_expiry, reply_due. Repeat for several."
        ),
        show_default=False,
    ),
]
ReasonOption = Annotated[str | None, typer.Option("--reason", help=_("Why the deadline matters."))]
DoneOption = Annotated[
    list[str] | None,
    typer.Option("--done", help=_("Mark the deadlines of this kind met."), show_default=False),
]
LinkOption = Annotated[
    list[str] | None,
    typer.Option(
        "--link",
        help=_(
            "Link to another request as KIND=REFERENCE; kinds: supplementary, follow_up, "
            "reply_to_additional_information."
        ),
        show_default=False,
    ),
]
IfVersionOption = Annotated[
    int | None,
    typer.Option(
        "--if-version",
        help=_("Refuse the change unless the request is still at this version (see show)."),
        show_default=False,
    ),
]


@register_app.command(
    "update",
    help=_(
        "Change a request: its status (with a date and a note), a deadline, the person in charge,\na link to another request. Only meaningful status changes are allowed.\n\nExit code 0: changed; 2: refused (nothing changed), e.g. someone else changed it meanwhile."
    ),
)
def register_update(
    reference: ReferenceArgument,
    status: NewStatusOption = None,
    date: ChangeDateOption = None,
    note: NoteOption = None,
    grounds: GroundsOption = None,
    person: PersonInChargeOption = None,
    their_reference: TheirReferenceOption = None,
    deadline: DeadlineOption = None,
    reason: ReasonOption = None,
    done: DoneOption = None,
    link: LinkOption = None,
    if_version: IfVersionOption = None,
    direction: DirectionOption = None,
    db: DbOption = None,
) -> None:
    from mla_writer.register.service import Change, update
    from mla_writer.register.statuses import Direction

    deadlines = [_deadline(item) for item in deadline or []]
    links = [_link(item) for item in link or []]
    change = Change(
        status=_status(status),
        on=_parse_date(date, "--date"),
        note=note,
        grounds=grounds,
        person=person,
        their_reference=their_reference,
        deadlines=deadlines,
        deadline_reason=reason,
        done=[_deadline_kind(k) for k in done or []],
        links=links,
        expected_version=if_version,
    )
    entry = update(
        _open_register(db), reference, Direction(direction.value) if direction else None, change
    )
    _echo(
        _("%(reference)s updated: %(status)s (version %(version)s).")
        % {
            "reference": entry.reference,
            "status": entry.status.replace("_", " "),
            "version": entry.version,
        }
    )


def _deadline_kind(value: str) -> Any:
    from mla_writer.register.deadlines import DeadlineKind

    try:
        return DeadlineKind(value.strip())
    except ValueError:
        raise MlaError(
            _("“%(value)s” is not a kind of deadline; use one of: %(kinds)s.")
            % {"value": value, "kinds": ", ".join(k.value for k in DeadlineKind)}
        ) from None


def _deadline(item: str) -> tuple[Any, Any]:
    """`--deadline KIND=YYYY-MM-DD` as a kind of deadline and a date."""
    kind, sep, day = item.partition("=")
    if not sep:
        raise MlaError(
            _("--deadline “%(value)s”: write it as KIND=YYYY-MM-DD, e.g. custody_limit=2026-03-01.")
            % {"value": item}
        )
    return _deadline_kind(kind), _parse_date(day.strip(), "--deadline")


def _link(item: str) -> tuple[str, str]:
    """`--link KIND=REFERENCE` as a kind of link and the other request's reference."""
    kind, sep, other = item.partition("=")
    if not sep:
        raise MlaError(
            _("--link “%(value)s”: write it as KIND=REFERENCE, e.g. supplementary=OUT-7.")
            % {"value": item}
        )
    return kind.strip(), other.strip()


@register_app.command(
    "due",
    help=_(
        "What is overdue, and what falls due within the coming days: the view to open each morning.\n\nExit code 0: nothing overdue; 1: something is overdue (for cron and mail); 2: the register\ncannot be read."
    ),
)
def register_due(
    days: Annotated[
        int, typer.Option("--days", min=0, help=_("How many days ahead to look."))
    ] = 14,
    format: TextOrJsonOption = ProfileFormat.text,
    db: DbOption = None,
) -> None:
    from mla_writer.register import display as register_display
    from mla_writer.register.deadlines import due

    items = due(db, days)
    _echo(
        register_display.due_json(items)
        if format is ProfileFormat.json
        else register_display.due_text(items, days)
    )
    overdue = any(item.days_left < 0 for item in items)
    raise typer.Exit(ExitCode.GAPS if overdue else ExitCode.OK)


@register_app.command(
    "stats",
    help=_(
        "Count the requests by State, kind and status; median time from sending to acknowledgement\nand to execution; refusals and their grounds. --chart writes them as an SVG chart."
    ),
)
def register_stats(
    direction: Annotated[
        RegisterDirection | None, typer.Option("--direction", help=_("outgoing or incoming."))
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help=_("Sent or received on or after (YYYY-MM-DD)."))
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help=_("Sent or received on or before (YYYY-MM-DD).")),
    ] = None,
    chart: Annotated[
        Path | None,
        typer.Option(
            "--chart", help=_("Also draw the figures in this .svg file."), show_default=False
        ),
    ] = None,
    format: TextOrJsonOption = ProfileFormat.text,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    from mla_writer.register import display as register_display
    from mla_writer.register.charts import stats_svg
    from mla_writer.register.service import stats
    from mla_writer.register.statuses import Direction

    if chart is not None and chart.suffix.lower() != ".svg":
        raise MlaError(
            _(
                "%(path)s: the chart is written as SVG (it opens in any web browser, and Word "
                "and LibreOffice insert it); give a name ending in .svg."
            )
            % {"path": chart}
        )
    if chart is not None and os.path.lexists(chart) and not force:
        raise OutputExistsError(chart)
    figures = stats(
        _open_register(db),
        Direction(direction.value) if direction else None,
        _parse_date(since, "--since"),
        _parse_date(until, "--until"),
    )
    if format is ProfileFormat.json:
        _echo(register_display.as_json(figures.as_dict()))
    else:
        _echo(register_display.stats_text(figures))
    if chart is not None:
        title = _("Register: %(total)s requests") % {"total": figures.total}
        svg = stats_svg(figures.by_state, figures.by_status, title)
        atomic_write(chart, svg.encode("utf-8"), force=force)
        _echo(_("Chart written to %(path)s.") % {"path": chart})


@register_app.command(
    "export",
    help=_("Write the register to a spreadsheet (.csv or .xlsx), with the list's filters."),
)
def register_export(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help=_("The .csv or .xlsx file to write."), show_default=False
        ),
    ],
    direction: Annotated[
        RegisterDirection | None, typer.Option("--direction", help=_("outgoing or incoming."))
    ] = None,
    state: Annotated[str | None, typer.Option("--state", help=_("The other State."))] = None,
    status: Annotated[str | None, typer.Option("--status", help=_("A status."))] = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    from mla_writer.register.exchange import export
    from mla_writer.register.service import Filters
    from mla_writer.register.statuses import Direction

    chosen = _status(status)
    count = export(
        _open_register(db),
        output,
        Filters(
            direction=Direction(direction.value) if direction else None,
            state=state,
            status=chosen.value if chosen else None,
        ),
        force=force,
    )
    _echo(
        _("%(count)s request(s) written to %(path)s. It holds personal data: keep it safe.")
        % {"count": count, "path": output}
    )


@register_app.command(
    "import",
    help=_(
        "Bring in an existing register from a CSV file (the columns of `mla register export`).\nEvery line is checked first; nothing is imported unless every line is right.\n\nExit code 0: imported (or, with --dry-run, would be); 2: problems, listed with their line."
    ),
)
def register_import(
    file: Annotated[
        Path, typer.Argument(help=_("The CSV file."), show_default=False, metavar="CSV")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help=_("Check the file and say what would be imported."))
    ] = False,
    db: DbOption = None,
) -> None:
    from mla_writer.register.exchange import import_lines, read_import

    lines = read_import(file)
    if dry_run:
        _echo(
            _("%(path)s: %(count)s line(s), all valid; nothing was imported (--dry-run).")
            % {"path": file, "count": len(lines)}
        )
        return
    created, existing = import_lines(_open_register(db), lines)
    _echo(
        _("%(path)s: %(created)s request(s) imported; %(existing)s already in the register.")
        % {"path": file, "created": created, "existing": existing}
    )


@register_app.command(
    "purge",
    help=_(
        "Delete requests with their personal data, notes and documents, by reference or once the\nretention period in your profile (register_retention_days) has passed since they closed.\nThe history keeps one event saying who purged which reference, when. Without --yes, only\nsays what would be purged."
    ),
)
def register_purge(
    references: Annotated[
        list[str] | None,
        typer.Argument(help=_("References to purge."), show_default=False, metavar="REFERENCES"),
    ] = None,
    expired: Annotated[
        bool,
        typer.Option(
            "--expired", help=_("Purge the requests closed longer ago than the retention period.")
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help=_("Really purge."))] = False,
    db: DbOption = None,
) -> None:
    from mla_writer.register.service import purge, purgeable

    retention = None
    if expired:
        from mla_writer.profile import load_profile

        retention = load_profile().register_retention_days
        if retention is None:
            raise MlaError(
                _(
                    "No retention period is set: add `register_retention_days: 1825` (for "
                    "example) to your profile, or name the references to purge."
                )
            )
    if not references and not expired:
        raise MlaError(_("Name the references to purge, or use --expired."))
    register = _open_register(db)
    targets = purgeable(register, references or [], retention)
    if not targets:
        _echo(_("Nothing to purge."))
        return
    if not yes:
        _echo(
            _("Would purge %(count)s request(s): %(references)s. Add --yes to purge them.")
            % {"count": len(targets), "references": ", ".join(r for r, _d in targets)}
        )
        return
    for purged in purge(register, targets):
        _echo(_("%(reference)s purged.") % {"reference": purged.reference})
        for path in purged.documents:
            _echo(
                _("  its file %(path)s is no longer tracked; delete it too if it is not needed.")
                % {"path": path}
            )


@register_app.command(
    "upgrade",
    help=_("Bring the register's tables up to this version of mla-writer (back it up first)."),
)
def register_upgrade(db: DbOption = None) -> None:
    from mla_writer.register.database import create_engine_for, locate, translated_errors, upgrade

    location = locate(db)
    with translated_errors(location):
        before, after = upgrade(create_engine_for(location))
    if before == after:
        _echo(_("The register %(db)s is up to date.") % {"db": location.shown})
    else:
        _echo(
            _("The register %(db)s was upgraded from schema %(before)s to %(after)s.")
            % {"db": location.shown, "before": before or _("none"), "after": after}
        )


def main() -> None:
    """Entry point of the `mla` console script: one funnel for user errors and exit codes."""
    # No pydantic plugin sees a case (an installed observability plugin would be handed every
    # validated case file, personal data included), and none is looked for: finding them reads
    # the metadata of every installed package (~10 ms of every command that validates).
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    try:
        app(prog_name="mla")
    except MlaError as error:
        typer.echo(visible(error.message), err=True)
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        typer.echo(_("\nInterrupted."), err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except OSError as error:  # the machine said no (disk full, permission, read-only...)
        if os.environ.get("MLA_DEBUG"):
            raise
        typer.echo(visible(os_error_message(error)), err=True)
        sys.exit(int(ExitCode.INVALID))
    except Exception as error:  # a bug: say so plainly, without case data in a traceback
        if os.environ.get("MLA_DEBUG"):
            raise
        typer.echo(
            _(
                "mla-writer stopped because of an internal error (%(error)s). This is a bug, "
                "not a problem with your file; your files were not changed. Please report it, "
                "with the command you ran; set MLA_DEBUG=1 to see the technical details."
            )
            % {"error": type(error).__name__},
            err=True,
        )
        sys.exit(int(ExitCode.INTERNAL))
