"""The checklist report in three forms: a readable table, JSON (a contract), and Markdown."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from mla_writer.checklist import Finding, PointResult, Report, Severity, Status
from mla_writer.foreign.analyse import ForeignPointResult, ForeignReport
from mla_writer.foreign.letter import Evidence
from mla_writer.i18n import _, ngettext

MARKS = {Status.OK: "✓", Status.PARTIAL: "◐", Status.MISSING: "✗"}


def status_label(status: Status) -> str:
    return {Status.OK: _("ok"), Status.PARTIAL: _("partial"), Status.MISSING: _("missing")}[status]


def severity_label(severity: Severity) -> str:
    return {Severity.ERROR: _("error"), Severity.WARNING: _("warning")}[severity]


def finding_place(finding: Finding, field: str | None = None) -> str:
    """Where a finding points: its field, the line in the case file, and what the field belongs
    to (`assistance[3].relevance (line 120) – assistance item 3 (records of …)`)."""
    values = {"field": field or finding.field, "line": finding.line, "label": finding.shown_label()}
    if finding.line is not None and values["label"]:
        return _("%(field)s (line %(line)d) – %(label)s") % values
    if finding.line is not None:
        return _("%(field)s (line %(line)d)") % values
    if values["label"]:
        return _("%(field)s – %(label)s") % values
    return str(values["field"])


def as_json_data(
    report: Report, source: str, kind: str, reply: str | None = None
) -> dict[str, Any]:
    """`{"source", "kind", "complete", "points": [...14 in order...]}`: other programs rely on it.

    Letters written by others (`"kind": "foreign-letter"`) add an `evidence` list to each point
    and a `letter` object (language, States, instruments recognised); `--reply` adds `reply`;
    reminders such as "verify the State profile with its central authority" come as `notes`.
    """
    data: dict[str, Any] = {
        "source": source,
        "kind": kind,
        "complete": report.complete,
        "points": [result.as_dict() for result in report.points],
    }
    if isinstance(report, ForeignReport):
        data.update(report.json_extras())
    if report.notes:
        data["notes"] = list(report.notes)
    if reply is not None:
        data["reply"] = reply
    return data


def as_json(report: Report, source: str, kind: str, reply: str | None = None) -> str:
    return json.dumps(as_json_data(report, source, kind, reply), ensure_ascii=False, indent=2)


def _evidence(result: PointResult) -> list[Evidence]:
    """The passages quoted for a point of a letter written by others (none for case files)."""
    return list(result.evidence) if isinstance(result, ForeignPointResult) else []


def _letter_line(report: Report) -> str | None:
    if not isinstance(report, ForeignReport):
        return None
    letter = report.letter
    unknown = _("not recognised")
    line = _(
        "Letter in %(language)s; requesting State: %(requesting)s; requested State: "
        "%(requested)s. Statuses are read from the text: verify the quoted passages."
    ) % {
        "language": letter.language or unknown,
        "requesting": letter.requesting_state or unknown,
        "requested": letter.requested_state or unknown,
    }
    contents = ", ".join(
        f"({letter_}) {status_label(Status(value))}"
        for letter_, value in report.untoc_18_15().items()
    )
    return line + " " + _("UNTOC art. 18(15): %(contents)s.") % {"contents": contents}


def verdict(report: Report) -> str:
    errors = len(report.errors())
    warnings = len(report.findings) - errors
    if isinstance(report, ForeignReport):  # a letter received from others
        if report.complete:
            return _("Every point of the checklist appears to be answered: verify the quotes.")
        points = sum(1 for result in report.points if result.status is not Status.OK)
        return ngettext(
            "%(points)d point is missing or incomplete: ask for additional information "
            "(mla check --reply drafts the request).",
            "%(points)d points are missing or incomplete: ask for additional information "
            "(mla check --reply drafts the request).",
            points,
        ) % {"points": points}
    if report.complete:
        if warnings:
            return ngettext(
                "Ready to send, with %(count)d warning worth reading.",
                "Ready to send, with %(count)d warnings worth reading.",
                warnings,
            ) % {"count": warnings}
        return _("Ready to send: every point of the checklist is answered.")
    points = sum(1 for result in report.points if result.status is not Status.OK)
    return ngettext(
        "Not ready to send: %(points)d point needs work (%(errors)d errors).",
        "Not ready to send: %(points)d points need work (%(errors)d errors).",
        points,
    ) % {"points": points, "errors": errors}


def as_text(report: Report, source: str, width: int = 100) -> str:
    lines = [_("Checklist for %(source)s") % {"source": source}, ""]
    letter_line = _letter_line(report)
    if letter_line:
        lines[1:1] = textwrap.wrap(letter_line, width=width)
    for result in report.points:
        title = _(result.point.title)
        lines.append(
            f" {MARKS[result.status]} {result.point.number:>2}. {title}"
            f"  [{status_label(result.status)}]"
        )
        for finding in result.findings:
            lines.extend(_finding_lines(finding, width))
        for evidence in _evidence(result):
            lines.extend(
                textwrap.wrap(
                    f"“{evidence.text}” ({evidence.location})",
                    width=max(40, width - 9),
                    initial_indent="       > ",
                    subsequent_indent=" " * 9,
                )
            )
    lines += [
        "",
        _("Legend: ✓ ok  ◐ partial  ✗ missing  ! error (must fix)  ? warning (should fix)"),
        verdict(report),
    ]
    for note in report.notes:
        lines += ["", *textwrap.wrap(note, width=width)]
    return "\n".join(lines)


def _finding_lines(finding: Finding, width: int) -> list[str]:
    """A finding under its point: mark, place (field, line, label) and message, wrapped."""
    mark = "!" if finding.severity is Severity.ERROR else "?"
    place = finding_place(finding)
    if place == finding.field:  # no line or label (a letter made by mla-writer)
        text, indent = finding.message, f"       {mark} {place}: "
    else:  # a long place wraps with the message instead of overflowing the indent
        text, indent = f"{place}: {finding.message}", f"       {mark} "
    return textwrap.wrap(
        text,
        width=max(40, width - 9),
        initial_indent=indent,
        subsequent_indent=" " * 9,
        break_long_words=False,
    )


def as_markdown(report: Report, source: str) -> str:
    letter_line = _letter_line(report)
    lines = [
        f"# {_('Checklist for %(source)s') % {'source': source}}",
        "",
        *([letter_line, ""] if letter_line else []),
        f"**{verdict(report)}**",
        "",
        f"| # | {_('Point')} | {_('Status')} | {_('What is missing')} |"
        + (f" {_('Evidence')} |" if letter_line else ""),
        "|---|---|---|---|" + ("---|" if letter_line else ""),
    ]
    for result in report.points:
        notes = "<br>".join(
            f"**{severity_label(f.severity)}** {finding_place(f, f'`{f.field}`')}: {f.message}".replace(
                "|", "\\|"
            )
            for f in result.findings
        )
        row = (
            f"| {result.point.number} | {_(result.point.title)} | "
            f"{MARKS[result.status]} {status_label(result.status)} | {notes} |"
        )
        if letter_line:
            quotes = "<br>".join(
                f"“{e.text}” ({e.location})".replace("|", "\\|") for e in _evidence(result)
            )
            row += f" {quotes} |"
        lines.append(row)
    lines += [f"\n> {note}" for note in report.notes]
    return "\n".join(lines) + "\n"
