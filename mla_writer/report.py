"""The checklist report in three forms: a readable table, JSON (a contract), and Markdown; and,
for several letters at once, one line (or CSV row, or JSON report) per letter and a summary."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mla_writer.app.check_many import CheckedInputs, InputCheck
from mla_writer.checklist import Finding, PointResult, Report, Severity, Status
from mla_writer.foreign.results import Evidence, ForeignPointResult, ForeignReport
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


# --------------------------------------------------------------------------- several letters

INPUT_STATUSES = ("ready", "gaps", "unreadable")
"""An input's status in the JSON-free outputs (CSV values are these English words)."""
INPUT_MARKS = {"ready": "✓", "gaps": "✗", "unreadable": "!"}
CSV_COLUMNS = ("source", "kind", "status", "gaps", "missing", "partial", "error")


def input_status(one: InputCheck) -> str:
    """`ready`, `gaps` or `unreadable`: what `mla check` made of one input."""
    if one.checked is None:
        return "unreadable"
    return "ready" if one.complete else "gaps"


def input_status_label(status: str) -> str:
    return {"ready": _("ready"), "gaps": _("gaps"), "unreadable": _("unreadable")}[status]


def _points_text(one: InputCheck) -> str:
    numbers = [result.point.number for result in one.gaps]
    if not numbers:
        return ""
    return ngettext("point %(points)s", "points %(points)s", len(numbers)) % {
        "points": ", ".join(str(n) for n in numbers)
    }


def inputs_as_text(inputs: CheckedInputs) -> str:
    """One line per letter (status, number of gaps, the points), then a summary."""
    labels = {status: input_status_label(status) for status in INPUT_STATUSES}
    width = max(len(label) for label in (*labels.values(), _("status")))
    lines = [f"  {_('status'):<{width}}  {_('gaps'):>4}  {_('file')}"]
    for one in inputs.inputs:
        status = input_status(one)
        count = "–" if one.checked is None else str(len(one.gaps))
        line = f"{INPUT_MARKS[status]} {labels[status]:<{width}}  {count:>4}  {one.source}"
        points = _points_text(one)
        lines.append(f"{line}  ({points})" if points else line)
        for error_line in (one.error or "").splitlines():
            lines.extend(textwrap.wrap(error_line.strip(), 92, initial_indent=" " * 8))
    lines += ["", inputs_summary(inputs)]
    return "\n".join(lines)


def inputs_summary(inputs: CheckedInputs) -> str:
    total = len(inputs.inputs)
    return ngettext(
        "%(total)d letter: %(ready)d ready to send, %(gaps)d with gaps, %(unreadable)d unreadable.",
        "%(total)d letters: %(ready)d ready to send, %(gaps)d with gaps, %(unreadable)d "
        "unreadable.",
        total,
    ) % {
        "total": total,
        "ready": len(inputs.ready),
        "gaps": len(inputs.with_gaps),
        "unreadable": len(inputs.unreadable),
    }


def inputs_as_json(inputs: CheckedInputs, replies: Mapping[Path, str] | None = None) -> str:
    """A JSON array: each input's single-letter report, in input order; `{"source", "error"}`
    for an input that could not be read."""
    replies = replies or {}
    data: list[dict[str, Any]] = []
    for one in inputs.inputs:
        if one.checked is None:
            data.append({"source": str(one.source), "error": one.error})
            continue
        report, kind = one.checked
        data.append(as_json_data(report, str(one.source), kind, replies.get(one.source)))
    return json.dumps(data, ensure_ascii=False, indent=2)


def inputs_as_csv(inputs: CheckedInputs) -> str:
    """One row per letter: source, kind, status, gaps (count), the missing and the partial
    points (numbers separated by spaces), error."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for one in inputs.inputs:

        def numbers(status: Status, one: InputCheck = one) -> str:
            return " ".join(str(r.point.number) for r in one.gaps if r.status is status)

        writer.writerow(
            (
                str(one.source),
                one.checked.kind if one.checked else "",
                input_status(one),
                len(one.gaps) if one.checked else "",
                numbers(Status.MISSING),
                numbers(Status.PARTIAL),
                one.error or "",
            )
        )
    return buffer.getvalue()


def inputs_as_markdown(inputs: CheckedInputs) -> str:
    lines = [
        f"| {_('File')} | {_('Status')} | {_('Gaps')} | {_('Points')} |",
        "|---|---|---:|---|",
    ]
    for one in inputs.inputs:
        status = input_status(one)
        detail = (one.error or "").replace("\n", "<br>") or _points_text(one)
        count = "–" if one.checked is None else str(len(one.gaps))
        cells = (str(one.source), f"{INPUT_MARKS[status]} {input_status_label(status)}", count)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in (*cells, detail)) + " |")
    return "\n".join(lines) + f"\n\n**{inputs_summary(inputs)}**\n"
