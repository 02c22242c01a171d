"""The `mla` command: parse arguments, call the core, print. The only place that knows exit codes.

Heavy libraries (python-docx, questionary) are imported inside the commands that need them, so
that `mla --help` and `mla check` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mla_writer.errors import ExitCode, MlaError
from mla_writer.i18n import _, set_ui_language

set_ui_language(None)

app = typer.Typer(
    name="mla",
    help=_(
        "Draft and check requests for mutual legal assistance in criminal matters "
        "(letters of request), point by point against the 14-point checklist."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _echo(text: str) -> None:
    typer.echo(text)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help=_("Show the version and exit."))
    ] = False,
) -> None:
    if version:
        from mla_writer import __version__

        _echo(f"mla-writer {__version__}")
        raise typer.Exit(0)


@app.command()
def check(
    file: Annotated[
        Path,
        typer.Argument(
            help=_("The request to check: a YAML case file, or a letter produced by mla-writer."),
            show_default=False,
        ),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help=_("text (a table to read), json or markdown.")),
    ] = ReportFormat.text,
) -> None:
    """Report, point by point over the 14-point checklist, what a request still lacks.

    Exit code 0: ready to send; 1: the request has gaps; 2: the file cannot be read.
    """
    from mla_writer import report
    from mla_writer.checking import check_file

    result, kind = check_file(file)
    source = str(file)
    if format is ReportFormat.json:
        _echo(report.as_json(result, source, kind))
    elif format is ReportFormat.markdown:
        _echo(report.as_markdown(result, source))
    else:
        _echo(report.as_text(result, source))
    raise typer.Exit(ExitCode.OK if result.complete else ExitCode.GAPS)


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=_("Write the schema to this file instead of printing it.")
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=_("Replace the output file if it exists."))
    ] = False,
) -> None:
    """Print the JSON Schema of case files, so that editors can check and complete them as you type."""
    from mla_writer.schema import case_file_schema

    text = case_file_schema()
    if output is None:
        _echo(text)
        return
    from mla_writer.casefile import atomic_write

    atomic_write(output, text.encode("utf-8"), force=force)
    _echo(_("Schema written to %(path)s.") % {"path": output})


@app.command()
def example(
    name: Annotated[
        str | None,
        typer.Argument(help=_("The example to write; leave out to list them."), show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help=_("Write the example to this file instead of printing it.")
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=_("Replace the output file if it exists."))
    ] = False,
) -> None:
    """List the bundled example cases, or write one out as a starting point for your own."""
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


def main() -> None:
    """Entry point of the `mla` console script: one funnel for user errors and exit codes."""
    try:
        app()
    except MlaError as error:
        typer.echo(error.message, err=True)
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        typer.echo(_("\nInterrupted."), err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
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
