"""A short, courteous request for additional information (UNTOC art. 18(16)) listing exactly
what a checked letter lacks, ready for the central authority to adapt, sign and send.

The draft is in the user's interface language: it is the user's own letter to the requesting
authority, and they will adjust its wording anyway.
"""

from __future__ import annotations

from mla_writer.checklist import Report, Severity
from mla_writer.foreign.analyse import ForeignFinding, ForeignReport
from mla_writer.i18n import _


def needed_items(report: Report) -> list[tuple[int, str]]:
    """(point number, what to ask for) for every gap in the report, in checklist order."""
    items: list[tuple[int, str]] = []
    for result in report.points:
        for finding in result.findings:
            if finding.severity is not Severity.ERROR:
                continue
            ask = (finding.ask if isinstance(finding, ForeignFinding) else "") or finding.message
            if ask and all(ask != existing for _n, existing in items):
                items.append((result.point.number, ask))
    return items


def draft_reply(report: Report) -> str:
    """The text of the request for additional information; a short note if nothing is needed."""
    items = needed_items(report)
    if not items:
        return _(
            "No additional information is needed: every point of the checklist is answered. "
            "Read the evidence quoted for each point before relying on it."
        )
    reference = report.letter.reference if isinstance(report, ForeignReport) else None
    if reference:
        subject = _(
            "Subject: Your request for mutual legal assistance (your reference %(reference)s) — "
            "additional information needed"
        ) % {"reference": reference}
    else:
        subject = _(
            "Subject: Your request for mutual legal assistance — additional information needed"
        )
    lines = [
        subject,
        "",
        _("Dear colleagues,"),
        "",
        _(
            "We acknowledge receipt of your request for mutual legal assistance and thank you "
            "for it. So that it can be executed without delay, and in accordance with article "
            "18(16) of the United Nations Convention against Transnational Organized Crime, we "
            "would be grateful to receive the following additional information:"
        ),
        "",
    ]
    for number, (point, ask) in enumerate(items, start=1):
        text = ask[0].upper() + ask[1:]
        lines.append(
            _("%(number)d. %(item)s — point %(point)d of the checklist.")
            % {"number": number, "item": text.rstrip("."), "point": point}
        )
    lines += [
        "",
        _(
            "Please send this information through the same channel as the request, quoting its "
            "reference. We remain at your disposal for any question, and will go on with the "
            "parts of the request that can already be executed."
        ),
        "",
        _("Yours sincerely,"),
        "",
        _("[Name, function and contact details of the central authority]"),
    ]
    return "\n".join(lines)
