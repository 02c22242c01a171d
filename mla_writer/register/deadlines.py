"""Deadlines: their kinds, those an instrument sets by itself (with the rule cited), and which
fall due: `mla register due`, the view a lawyer opens each morning and cron runs.

`due` must answer within 0.3 s on a register of 10,000 requests, start-up included, so this module
imports neither SQLAlchemy nor the ORM: it holds one SQL query, read on an up-to-date SQLite
register with sqlite3 alone, and otherwise in SQLAlchemy Core (PostgreSQL, or a register that
must first be created or upgraded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from mla_writer.clock import check_date
from mla_writer.i18n import N_
from mla_writer.register.database import open_register, read_up_to_date_sqlite

if TYPE_CHECKING:
    from mla_writer.register.database import Register


class DeadlineKind(StrEnum):
    requested_by = "requested_by"  # the date the requesting authority needs the evidence by
    custody_limit = "custody_limit"
    trial_date = "trial_date"
    preservation_expiry = "preservation_expiry"
    reply_due = "reply_due"


@dataclass(frozen=True)
class ComputedDeadline:
    kind: DeadlineKind
    due: dt.date
    reason: str
    rule: str = ""


# Preservation lapses unless renewed or followed by the request for production.
PRESERVATION_RULES: tuple[tuple[str, int, str], ...] = (
    ("EPOC2023", 60, N_("Regulation (EU) 2023/1543, art. 11(1): 60 days (EPOC-PR)")),
    ("BUDAPEST", 60, N_("Budapest Convention (ETS 185), art. 29(7): at least 60 days")),
)
US_PRESERVATION = N_("18 U.S.C. § 2703(f)(2): 90 days, renewable once for 90 more")
EPOC_ANSWER = N_(
    "Regulation (EU) 2023/1543, art. 10(2) and (4): within 10 days (8 hours in an emergency)"
)
PRESERVATION_REASON = N_("preservation of stored data")
EPOC_REASON = N_("European Production Order")
URGENCY_REASON = N_("requested by the letter (urgency)")


def instrument_deadlines(
    kinds: Collection[str], instruments: Collection[str], requested_state: str | None, sent: dt.date
) -> list[ComputedDeadline]:
    """The deadlines an instrument sets from the day a request is sent, with the rule cited."""
    found: list[ComputedDeadline] = []
    codes = {code.upper() for code in instruments}
    if "data_preservation" in kinds:
        if requested_state == "US":
            found.append(
                ComputedDeadline(
                    DeadlineKind.preservation_expiry,
                    sent + dt.timedelta(days=90),
                    PRESERVATION_REASON,
                    US_PRESERVATION,
                )
            )
        else:
            for code, days, rule in PRESERVATION_RULES:
                if code in codes:
                    found.append(
                        ComputedDeadline(
                            DeadlineKind.preservation_expiry,
                            sent + dt.timedelta(days=days),
                            PRESERVATION_REASON,
                            rule,
                        )
                    )
                    break
    if "stored_data_production" in kinds and "EPOC2023" in codes:
        found.append(
            ComputedDeadline(
                DeadlineKind.reply_due, sent + dt.timedelta(days=10), EPOC_REASON, EPOC_ANSWER
            )
        )
    return found


def today() -> dt.date:
    """Today, or MLA_TODAY (see `clock.check_date`)."""
    return check_date()


@dataclass(frozen=True)
class DueItem:
    reference: str
    direction: str
    requested_state: str | None
    requesting_state: str | None
    status: str
    person: str | None
    kind: str
    due: dt.date
    reason: str
    rule: str
    days_left: int


# Named parameters in a syntax both sqlite3 and SQLAlchemy's text() read; `done` is NOT NULL.
DUE_QUERY = (
    "SELECT r.reference, r.direction, r.requested_state, r.requesting_state, r.status, "
    "r.person_in_charge, d.kind, d.due, d.reason, d.rule "
    "FROM deadlines d JOIN requests r ON d.request_id = r.id "
    "WHERE d.done = :done AND d.due <= :horizon AND r.closed_on IS NULL "
    "ORDER BY d.due, r.reference"
)


def due(db: str | None, days: int) -> list[DueItem]:
    """Open deadlines of open requests that are past or fall within `days` days, soonest first.

    `db` is what --db names (or None); the register is opened here, and closed again.
    """
    now = today()
    horizon = now + dt.timedelta(days=days)

    # SQLAlchemy stores a Date on SQLite as YYYY-MM-DD text and a Boolean as 0 or 1.
    rows = read_up_to_date_sqlite(db, DUE_QUERY, {"done": 0, "horizon": horizon.isoformat()})
    if rows is not None:
        return _items(rows, now)
    register = open_register(db)
    try:
        return due_in(register, days)
    finally:
        register.engine.dispose()


def due_in(register: Register, days: int) -> list[DueItem]:
    """`due` on a register already open, in SQLAlchemy Core (no ORM)."""
    from sqlalchemy import Boolean, Date, bindparam, text

    now = today()
    query = (
        text(DUE_QUERY)
        .bindparams(bindparam("done", type_=Boolean), bindparam("horizon", type_=Date))
        .columns(due=Date)
    )
    rows = register.read(query, {"done": False, "horizon": now + dt.timedelta(days=days)})
    return _items(rows, now)


def _items(rows: Iterable[Sequence[Any]], now: dt.date) -> list[DueItem]:
    items = []
    for row in rows:
        on = row[7] if isinstance(row[7], dt.date) else dt.date.fromisoformat(row[7])
        items.append(
            DueItem(
                reference=row[0],
                direction=row[1],
                requested_state=row[2],
                requesting_state=row[3],
                status=row[4],
                person=row[5],
                kind=row[6],
                due=on,
                reason=row[8] or "",
                rule=row[9] or "",
                days_left=(on - now).days,
            )
        )
    return items
