"""The register as the user reads it: tables, a request's card, the morning's deadlines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mla_writer.i18n import _

if TYPE_CHECKING:  # the service loads SQLAlchemy's ORM, which `due` does without
    from mla_writer.register.deadlines import DueItem
    from mla_writer.register.service import Stats


def table(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return _("No request matches.")
    headers = [
        _("Ref."),
        _("Dir."),
        _("State"),
        _("Status"),
        _("Since"),
        _("In charge"),
        _("Kinds"),
    ]
    body = [
        [
            row["reference"],
            _("out") if row["direction"] == "outgoing" else _("in"),
            (row["requested_state"] if row["direction"] == "outgoing" else row["requesting_state"])
            or "",
            row["status"].replace("_", " "),
            row["status_date"] or "",
            row["person_in_charge"] or "",
            ", ".join(row["kinds"]),
        ]
        for row in rows
    ]
    widths = [max(len(str(r[i])) for r in [headers, *body]) for i in range(len(headers))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(headers, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body
    ]
    return "\n".join(lines)


def as_csv(rows: Sequence[dict[str, Any]]) -> str:
    from mla_writer.register.exchange import _cell
    from mla_writer.register.service import COLUMNS

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buffer.getvalue().rstrip("\n")


def as_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def card(data: dict[str, Any]) -> str:
    since = _("since")  # outside the f-string, where extraction sees it
    lines = [
        f"{data['reference']} ({data['direction']}) — {data['status'].replace('_', ' ')}"
        f" {since} {data['status_date'] or '?'}",
    ]
    labels = [
        ("their_reference", _("Their reference")),
        ("requesting_state", _("Requesting State")),
        ("requested_state", _("Requested State")),
        ("requesting_authority", _("Requesting authority")),
        ("requested_authority", _("Requested authority")),
        ("title", _("Title")),
        ("dated", _("Sent or received on")),
        ("channel", _("Channel")),
        ("person_in_charge", _("In charge")),
        ("acknowledged_on", _("Acknowledged on")),
        ("executed_on", _("Executed on")),
        ("refusal_grounds", _("Grounds of refusal")),
    ]
    for key, label in labels:
        if data.get(key):
            lines.append(f"  {label}: {data[key]}")
    if data["kinds"]:
        lines.append("  " + _("Assistance") + ": " + ", ".join(data["kinds"]))
    if data["offences"]:
        lines.append("  " + _("Offences") + ": " + "; ".join(data["offences"]))
    if data["deadlines"]:
        lines.append(_("Deadlines:"))
        for d in data["deadlines"]:
            state = _("done") if d["done"] else _("open")
            rule = f" — {_(d['rule'])}" if d["rule"] else ""
            reason = f" ({_(d['reason'])})" if d["reason"] else ""
            lines.append(f"  {d['due']}  {d['kind']}{reason}{rule} [{state}]")
    if data["documents"]:
        lines.append(_("Documents:"))
        for doc in data["documents"]:
            where = doc["path"] or _("kept in the register")
            lines.append(f"  {doc['kind']}: {where} (sha256 {doc['sha256'][:12]}…)")
    if data["links"]:
        lines.append(_("Linked requests:"))
        for link in data["links"]:
            lines.append(f"  {link['kind']}: {link['reference']}")
    if data["notes"]:
        lines.append(_("Notes:"))
        for note in data["notes"]:
            lines.append(f"  {note['at']} {note['by']}: {note['text']}")
    lines.append(_("History:"))
    for event in data["events"]:
        detail = ", ".join(f"{k}={v}" for k, v in event["detail"].items())
        lines.append(f"  {event['at']} {event['by']}: {event['action']} {detail}".rstrip())
    return "\n".join(lines)


def due_text(items: Sequence[DueItem], days: int) -> str:
    if not items:
        return _("Nothing is overdue or due within %(days)s days.") % {"days": days}
    overdue = [i for i in items if i.days_left < 0]
    lines = [
        _("%(overdue)s overdue, %(soon)s due within %(days)s days:")
        % {"overdue": len(overdue), "soon": len(items) - len(overdue), "days": days}
    ]
    for item in items:
        if item.days_left < 0:
            when = _("OVERDUE by %(days)s days") % {"days": -item.days_left}
        elif item.days_left == 0:
            when = _("due TODAY")
        else:
            when = _("in %(days)s days") % {"days": item.days_left}
        state = item.requested_state if item.direction == "outgoing" else item.requesting_state
        reason = f" — {_(item.reason)}" if item.reason else ""
        rule = f" [{_(item.rule)}]" if item.rule else ""
        person = f" ({item.person})" if item.person else ""
        lines.append(
            f"  {item.due}  {when:<20} {item.reference} {state or ''} {item.kind}"
            f"{reason}{rule}{person}"
        )
    return "\n".join(lines)


def due_json(items: Sequence[DueItem]) -> str:
    return as_json(
        [
            {
                "reference": i.reference,
                "direction": i.direction,
                "kind": i.kind,
                "due": i.due.isoformat(),
                "days_left": i.days_left,
                "overdue": i.days_left < 0,
                "reason": i.reason,
                "rule": i.rule,
                "status": i.status,
                "person_in_charge": i.person,
            }
            for i in items
        ]
    )


def stats_text(stats: Stats) -> str:
    def counted(counter: Any) -> str:
        return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counter.most_common()) or "—"

    def days(value: float | None) -> str:
        return _("%(days)s days") % {"days": f"{value:g}"} if value is not None else "—"

    return "\n".join(
        [
            _("%(total)s requests (%(out)s outgoing, %(in)s incoming).")
            % {
                "total": stats.total,
                "out": stats.by_direction.get("outgoing", 0),
                "in": stats.by_direction.get("incoming", 0),
            },
            "  " + _("By State") + ": " + counted(stats.by_state),
            "  " + _("By kind of assistance") + ": " + counted(stats.by_kind),
            "  " + _("By status") + ": " + counted(stats.by_status),
            "  "
            + _("Median time from sending to acknowledgement")
            + ": "
            + days(stats.days_to_acknowledgement),
            "  "
            + _("Median time from sending to execution")
            + ": "
            + days(stats.days_to_execution),
            "  "
            + _("Refusals")
            + f": {stats.refusals}"
            + (f" ({counted(stats.refusal_grounds)})" if stats.refusals else ""),
        ]
    )
