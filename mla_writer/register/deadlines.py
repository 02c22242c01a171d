"""Deadlines: their kinds, and those an instrument sets by itself, with the rule cited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from mla_writer.i18n import N_


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
EPOC_ANSWER = N_("Regulation (EU) 2023/1543, art. 10(2): within 10 days (8 hours in an emergency)")
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
