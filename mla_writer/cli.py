"""The `mla` command: parse arguments, call the core, print. The only place that knows exit codes.

Heavy libraries (python-docx, questionary) are imported inside the commands that need them, so
that `mla --help` and `mla check` start fast.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from mla_writer.errors import ExitCode, MlaError, os_error_message
from mla_writer.i18n import _, ngettext, set_ui_language
from mla_writer.terminal_text import visible

set_ui_language(None)


class Interrupted(MlaError):
    """Ctrl-C inside a command: one line, exit 130."""

    exit_code = ExitCode.INTERRUPTED


class Terminated(KeyboardInterrupt):
    """A termination signal (SIGTERM) in a command that handles it like Ctrl-C."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM stops the command the way Ctrl-C does: cleanly, files whole.

    The signal is taken once; a second one during the clean-up is ignored, so that the clean-up
    itself is not cut short (SIGKILL still stops everything).
    """

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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


def _show_version(version: bool) -> None:
    if version:
        from mla_writer import __version__

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


@app.command(
    short_help=_("Say what a request lacks, point by point."),
    help=_(
        "Report, point by point over the 14-point checklist, what a request still lacks.\n\nLetters written by others are read as text, quoting the passages each point relied on.\n\nExit code 0: ready to send; 1: the request has gaps; 2: the file cannot be read."
    ),
)
def check(
    file: Annotated[
        Path,
        typer.Argument(
            help=_(
                "The request to check: a YAML case file, a letter produced by mla-writer, or a "
                "letter written by anyone (.docx, .pdf with a text layer, .txt, .md)."
            ),
            metavar="FILE",
            show_default=False,
        ),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help=_("text (a table to read), json or markdown.")),
    ] = ReportFormat.text,
    profiles: ProfilesOption = None,
    reply: Annotated[
        bool,
        typer.Option(
            "--reply",
            help=_(
                "Also draft a short, courteous request for the additional information the "
                "letter lacks (UNTOC art. 18(16)), listing exactly what is needed."
            ),
        ),
    ] = False,
) -> None:
    from mla_writer import report
    from mla_writer.checking import check_file

    result, kind = check_file(file, profiles or [])
    source = str(file)
    drafted = None
    if reply:
        from mla_writer.foreign.reply import draft_reply

        drafted = draft_reply(result)
    if format is ReportFormat.json:
        _echo(report.as_json(result, source, kind, reply=drafted))
    elif format is ReportFormat.markdown:
        _echo(report.as_markdown(result, source))
        if drafted is not None:
            _echo("\n## " + _("Request for additional information") + "\n\n" + drafted)
    else:
        _echo(report.as_text(result, source))
        if drafted is not None:
            _echo("\n" + "—" * 40 + "\n" + drafted)
    raise typer.Exit(ExitCode.OK if result.complete else ExitCode.GAPS)


@app.command(
    short_help=_("Write the Word letter of request."),
    help=_(
        "Write the letter of request as a Word document, ready for final proofing and signature.\n\nExit code 1 and nothing written if the request is incomplete; --draft writes it marked DRAFT."
    ),
)
def render(
    file: Annotated[
        Path,
        typer.Argument(
            help=_(
                "The request: a YAML case file, or a letter made by mla-writer (rendered again "
                "from the case data it carries)."
            ),
            metavar="FILE",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=_("The Word file to write (default: the case file's name with .docx)."),
            show_default=False,
        ),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft",
            help=_(
                "Write the letter even if the request is incomplete, marked DRAFT on every page "
                "with a placeholder for each missing item."
            ),
        ),
    ] = False,
    force: ForceOption = False,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help=_("A Word document with your office's letterhead and styles to start from."),
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=_("The letter's language (default: language.letter in the case file)."),
            show_default=False,
        ),
    ] = None,
    bilingual: Annotated[
        bool,
        typer.Option(
            "--bilingual",
            help=_(
                "Set the letter in the language its free text is written in and its translation "
                "side by side, in two columns (some central authorities ask for this)."
            ),
        ),
    ] = False,
) -> None:
    from mla_writer import report
    from mla_writer.checking import context_for, load_request
    from mla_writer.checklist import check
    from mla_writer.render import IncompleteRequestError, render_letter

    request, _kind = load_request(file)
    context = context_for(request)
    target = output if output is not None else file.with_suffix(".docx")
    if target.exists() and target.resolve() == file.resolve():
        raise MlaError(
            _(
                "%(path)s is the file being rendered: writing the letter there would replace it, "
                "even with --force. Choose another name with -o."
            )
            % {"path": target}
        )
    try:
        if bilingual:
            from mla_writer.render.bilingual import render_bilingual

            written = render_bilingual(
                request,
                target,
                language=lang or request.language.letter,
                draft=draft,
                template=template,
                force=force,
                context=context,
            )
        else:
            written = render_letter(
                request,
                target,
                language=lang,
                draft=draft,
                template=template,
                force=force,
                context=context,
            )
    except IncompleteRequestError as error:
        _echo(report.as_text(error.report, str(file)))
        raise
    missing = len(check(request, context).errors()) if draft else 0
    if missing:
        _echo(
            ngettext(
                "Draft written to %(path)s, marked DRAFT: %(count)s missing item is shown where "
                "it belongs. Run `mla check %(source)s` for the list.",
                "Draft written to %(path)s, marked DRAFT: %(count)s missing items are shown "
                "where they belong. Run `mla check %(source)s` for the list.",
                missing,
            )
            % {"path": written, "count": missing, "source": file}
        )
    else:
        _echo(_("Letter written to %(path)s.") % {"path": written})
    from mla_writer.checking import cited_codes, state_reminders

    for reminder in state_reminders(request.requested_state, (), cited_codes(request)):
        _echo(reminder)
    if draft:
        from mla_writer.translation import draft_translation_note

        note = draft_translation_note(request, lang or request.language.letter, file)
        if note:
            _echo(note)


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
    from mla_writer.casefile import atomic_write

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
    from mla_writer.casefile import atomic_write

    atomic_write(output, text.encode("utf-8"), force=force, mode=0o600)
    _echo(_("Example “%(name)s” written to %(path)s.") % {"name": name, "path": output})


@app.command(
    short_help=_("Write letters for many case files at once."),
    help=_(
        'Render a letter for every case file in folders, unattended; one bad file stops nothing.\n\nEach case ends as one of: rendered; up to date ("skipped" in the report: its letter is newer\nthan the case file, so it is not made again; --force makes it again); incomplete (the report\nlists its gaps); invalid (the report says what is wrong). Letters are named after the case\nreference; two cases never share a letter. Exit code 0: every case was rendered or up to date;\n1: otherwise.'
    ),
)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help=_("Case files, folders (searched recursively for .yaml/.yml) or patterns."),
            metavar="CASES",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help=_("The folder the letters go to."), show_default=False),
    ],
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help=_("How many letters to render at once (default: the number of processor cores)."),
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=_("Write every letter in this language (e.g. fr).")),
    ] = None,
    draft: Annotated[
        bool,
        typer.Option("--draft", help=_("Render incomplete cases too, as marked drafts.")),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help=_("Render every case again, even if its letter is up to date.")
        ),
    ] = False,
    report_file: Annotated[
        Path | None,
        typer.Option(
            "--report",
            help=_("Also write a report of every case to this file (.json or .csv)."),
            show_default=False,
        ),
    ] = None,
) -> None:
    from mla_writer import batch as batching
    from mla_writer.checklist import check_date

    check_date()  # a bad MLA_TODAY is one message before any work, not an error per case
    if report_file is not None:
        batching.check_report_path(report_file, force=force)
    display: batching.PlainDisplay | batching.RichDisplay
    display = batching.RichDisplay() if sys.stdout.isatty() else batching.PlainDisplay(_echo)
    with terminate_as_interrupt():
        try:
            summary = batching.run(
                inputs,
                output,
                options=batching.Options(language=lang, draft=draft, force=force),
                jobs=jobs,
                on_start=display.start,
                on_result=display.result,
            )
            display.finish(summary)
            if report_file is not None:
                batching.write_report(report_file, summary.results)
                _echo(_("Report written to %(path)s.") % {"path": report_file})
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
    if not summary.results:
        _echo(_("No case files (.yaml, .yml) were found: nothing was rendered."))
    raise typer.Exit(ExitCode.OK if summary.results and summary.succeeded else ExitCode.GAPS)


# --------------------------------------------------------------------------- mla languages


@app.command(
    short_help=_("List the languages mla-writer writes and speaks."),
    help=_("List the letter and interface languages shipped, and how complete each catalog is."),
)
def languages() -> None:
    from mla_writer.catalogs import languages_report

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


@states_app.command("list", help=_("List the States that have a profile."))
def states_list(
    format: Annotated[
        ProfileFormat, typer.Option("--format", "-f", help=_("text or json."))
    ] = ProfileFormat.text,
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
    format: Annotated[
        ProfileFormat, typer.Option("--format", "-f", help=_("text or json."))
    ] = ProfileFormat.text,
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
    from mla_writer.casefile import load_case
    from mla_writer.translation import TranslationFormat, export_translation, target_language

    request = load_case(case)
    chosen = TranslationFormat(format.value) if format else None
    if output is None:
        extension = ".po" if chosen is TranslationFormat.po else ".xlf"
        output = case.with_name(f"{case.stem}.{target_language(request, lang)}{extension}")
    fields, translated, outdated = export_translation(
        request, lang, output, format=chosen, original=case.name, force=force
    )
    _echo(
        _(
            "%(fields)s free-text field(s) written to %(path)s (%(translated)s already translated, "
            "%(outdated)s of them outdated). It holds personal data: send it to the translator "
            "securely. Bring the translation back with `mla translate import %(path)s %(case)s`."
        )
        % {
            "fields": fields,
            "path": output,
            "translated": translated,
            "outdated": outdated,
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
    from mla_writer.translation import import_summary, import_translation

    result = import_translation(translation, case, force=force)
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
) -> None:
    from mla_writer.wizard import run_new

    run_new(
        from_file=from_file,
        resume=resume,
        letter_language=lang,
        ui_language=ui_lang,
        output=output,
        force=force,
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


def main() -> None:
    """Entry point of the `mla` console script: one funnel for user errors and exit codes."""
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
