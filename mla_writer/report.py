"""The checklist report in three forms: a readable table, JSON (a contract), and Markdown."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from mla_writer.checklist import Report, Severity, Status
from mla_writer.i18n import _, ngettext

MARKS = {Status.OK: "✓", Status.PARTIAL: "◐", Status.MISSING: "✗"}


def status_label(status: Status) -> str:
    return {Status.OK: _("ok"), Status.PARTIAL: _("partial"), Status.MISSING: _("missing")}[status]


def severity_label(severity: Severity) -> str:
    return {Severity.ERROR: _("error"), Severity.WARNING: _("warning")}[severity]


def as_json_data(report: Report, source: str, kind: str) -> dict[str, Any]:
    """`{"source", "kind", "complete", "points": [...14 in order...]}`: other programs rely on it."""
    return {
        "source": source,
        "kind": kind,
        "complete": report.complete,
        "points": [result.as_dict() for result in report.points],
    }


def as_json(report: Report, source: str, kind: str) -> str:
    return json.dumps(as_json_data(report, source, kind), ensure_ascii=False, indent=2)


def verdict(report: Report) -> str:
    errors = len(report.errors())
    warnings = len(report.findings) - errors
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
    for result in report.points:
        title = _(result.point.title)
        lines.append(
            f" {MARKS[result.status]} {result.point.number:>2}. {title}"
            f"  [{status_label(result.status)}]"
        )
        for finding in result.findings:
            label = "!" if finding.severity is Severity.ERROR else "?"
            head = f"       {label} {finding.field}: "
            wrapped = textwrap.wrap(
                finding.message,
                width=max(40, width - 9),
                initial_indent=head,
                subsequent_indent=" " * 9,
            )
            lines.extend(wrapped)
    lines += [
        "",
        _("Legend: ✓ ok  ◐ partial  ✗ missing  ! error (must fix)  ? warning (should fix)"),
        verdict(report),
    ]
    return "\n".join(lines)


def as_markdown(report: Report, source: str) -> str:
    lines = [
        f"# {_('Checklist for %(source)s') % {'source': source}}",
        "",
        f"**{verdict(report)}**",
        "",
        f"| # | {_('Point')} | {_('Status')} | {_('What is missing')} |",
        "|---|---|---|---|",
    ]
    for result in report.points:
        notes = "<br>".join(
            f"**{severity_label(f.severity)}** `{f.field}`: {f.message}".replace("|", "\\|")
            for f in result.findings
        )
        lines.append(
            f"| {result.point.number} | {_(result.point.title)} | "
            f"{MARKS[result.status]} {status_label(result.status)} | {notes} |"
        )
    return "\n".join(lines) + "\n"
