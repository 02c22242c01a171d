"""Directions, statuses and the transitions between them that mean something."""

from __future__ import annotations

from enum import StrEnum

from mla_writer.errors import MlaError
from mla_writer.i18n import _


class Direction(StrEnum):
    outgoing = "outgoing"
    incoming = "incoming"


class Status(StrEnum):
    # outgoing
    draft = "draft"
    sent = "sent"
    acknowledged = "acknowledged"
    additional_information_requested = "additional_information_requested"
    in_execution = "in_execution"
    partly_executed = "partly_executed"
    executed = "executed"
    refused = "refused"
    withdrawn = "withdrawn"
    # incoming
    received = "received"
    checked = "checked"
    accepted = "accepted"
    returned = "returned"


S = Status
OUTGOING: dict[Status, frozenset[Status]] = {
    S.draft: frozenset({S.sent, S.withdrawn}),
    S.sent: frozenset(
        {
            S.acknowledged,
            S.additional_information_requested,
            S.in_execution,
            S.partly_executed,
            S.executed,
            S.refused,
            S.withdrawn,
        }
    ),
    S.acknowledged: frozenset(
        {
            S.additional_information_requested,
            S.in_execution,
            S.partly_executed,
            S.executed,
            S.refused,
            S.withdrawn,
        }
    ),
    # answered: back to the requested State's hands
    S.additional_information_requested: frozenset(
        {S.acknowledged, S.in_execution, S.partly_executed, S.executed, S.refused, S.withdrawn}
    ),
    S.in_execution: frozenset(
        {
            S.additional_information_requested,
            S.partly_executed,
            S.executed,
            S.refused,
            S.withdrawn,
        }
    ),
    S.partly_executed: frozenset({S.in_execution, S.executed, S.refused, S.withdrawn}),
    S.executed: frozenset(),
    S.refused: frozenset(),
    S.withdrawn: frozenset(),
}
INCOMING: dict[Status, frozenset[Status]] = {
    S.received: frozenset(
        {S.checked, S.additional_information_requested, S.accepted, S.refused, S.returned}
    ),
    S.checked: frozenset({S.additional_information_requested, S.accepted, S.refused, S.returned}),
    S.additional_information_requested: frozenset({S.checked, S.accepted, S.refused, S.returned}),
    S.accepted: frozenset({S.in_execution, S.executed, S.refused, S.returned}),
    S.in_execution: frozenset({S.additional_information_requested, S.executed, S.refused}),
    S.executed: frozenset(),
    S.refused: frozenset(),
    S.returned: frozenset(),
}
TRANSITIONS = {Direction.outgoing: OUTGOING, Direction.incoming: INCOMING}
FIRST = {Direction.outgoing: S.draft, Direction.incoming: S.received}


def is_closed(direction: Direction, status: Status) -> bool:
    """A final status: nothing follows it, and its deadlines no longer run."""
    return not TRANSITIONS[direction][status]


def statuses_of(direction: Direction) -> list[Status]:
    return list(TRANSITIONS[direction])


def check_status(direction: Direction, status: Status) -> None:
    if status not in TRANSITIONS[direction]:
        raise MlaError(
            _(
                "“%(status)s” is not a status of an %(direction)s request. Its statuses are: "
                "%(statuses)s."
            )
            % {
                "status": status.value,
                "direction": direction.value,
                "statuses": ", ".join(s.value for s in statuses_of(direction)),
            }
        )


def check_transition(reference: str, direction: Direction, old: Status, new: Status) -> None:
    """Refuse a move that means nothing (executed → draft, received → sent...)."""
    check_status(direction, new)
    allowed = TRANSITIONS[direction][old]
    if new not in allowed:
        raise MlaError(
            _(
                "%(reference)s is “%(old)s”; it cannot become “%(new)s”. From “%(old)s” it can "
                "become: %(allowed)s. Nothing was changed."
            )
            % {
                "reference": reference,
                "old": old.value,
                "new": new.value,
                "allowed": ", ".join(sorted(s.value for s in allowed)) or _("nothing (final)"),
            }
        )
