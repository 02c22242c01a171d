"""What the register does: record, list, update, count, purge (what falls due: deadlines.py).

Each public function takes a `Register` and works in one transaction: all or nothing. Events
name what changed (a status, a field, a kind), never the personal data itself.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from mla_writer import report as reports
from mla_writer.app import CheckedFile, check_file, load_request, written_by_others
from mla_writer.errors import CaseFileError, MlaError, Problem
from mla_writer.foreign.analyse import ForeignReport
from mla_writer.i18n import _
from mla_writer.inputs import InputProblem, read_limited
from mla_writer.register.database import Register, RegisterError
from mla_writer.register.deadlines import (
    URGENCY_REASON,
    DeadlineKind,
    instrument_deadlines,
    today,
)
from mla_writer.register.models import Deadline, Document, Event, Link, Note, Request
from mla_writer.register.statuses import (
    FIRST,
    Direction,
    Status,
    check_status,
    check_transition,
    is_closed,
)
from mla_writer.wordfile import MAX_FILE_BYTES


class DocumentKind:
    case_file = "case_file"
    letter = "letter"
    check_report = "check_report"
    additional_information_request = "additional_information_request"
    reply = "reply"


LINK_KINDS = ("supplementary", "follow_up", "reply_to_additional_information")


def current_user() -> str:
    """Who acts: MLA_USER, else the operating system's user name."""
    name = os.environ.get("MLA_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _event(
    session: Session, request: Request, action: str, detail: dict[str, Any] | None = None
) -> None:
    session.add(
        Event(
            request_id=request.id,
            reference=request.reference,
            direction=request.direction,
            at=_now(),
            by=current_user(),
            action=action,
            detail=detail or {},
        )
    )


# ------------------------------------------------------------------ recording a request


@dataclass
class NewRequest:
    """What a request brings into the register when it is recorded."""

    direction: Direction
    reference: str | None
    their_reference: str | None = None
    requesting_state: str | None = None
    requested_state: str | None = None
    requesting_authority: str | None = None
    requested_authority: str | None = None
    title: str | None = None
    kinds: Sequence[str] = ()
    offences: Sequence[str] = ()
    instruments: Sequence[str] = ()
    urgency_deadline: dt.date | None = None
    documents: list[tuple[str, Path | None, bytes, bool]] = field(default_factory=list)
    """(kind, path, content, keep content in the register)"""


@dataclass(frozen=True)
class Recorded:
    reference: str
    direction: Direction
    status: str
    created: bool
    documents_added: int


def facts_from_case(request: Any, direction: Direction) -> NewRequest:
    """A request's register entry from its case (a LetterOfRequest)."""
    identification = request.identification
    requesting = identification.requesting_authority if identification else None
    basis = request.legal_basis
    urgency = request.urgency
    return NewRequest(
        direction=direction,
        reference=request.reference,
        their_reference=request.requested_reference,
        requesting_state=request.requesting_state,
        requested_state=request.requested_state,
        requesting_authority=requesting.name if requesting else None,
        requested_authority=request.addressee.name if request.addressee else None,
        title=request.title,
        kinds=sorted({item.type for item in request.assistance}),
        offences=[o.name for o in request.offences if o.name],
        instruments=[i.code.upper() for i in (basis.instruments if basis else []) if i.code],
        # A time limit counted from receipt has no date yet: the register sets none.
        urgency_deadline=urgency.deadline.latest if urgency and urgency.deadline else None,
    )


def facts_from_file(
    path: Path, profile_dirs: Sequence[Path | str] = (), checked: CheckedFile | None = None
) -> NewRequest:
    """Read a case file, a letter made by mla-writer or someone else's letter (checked, unless
    `checked` is the check the caller already made)."""
    content = _read(path)
    if written_by_others(path):
        result, kind = checked or check_file(path, profile_dirs)
        letter = result.letter if isinstance(result, ForeignReport) else None
        facts = NewRequest(
            direction=Direction.incoming,
            reference=None,
            their_reference=letter.reference if letter else None,
            requesting_state=letter.requesting_state if letter else None,
            requested_state=letter.requested_state if letter else None,
            instruments=list(letter.instruments) if letter else [],
        )
        facts.documents.append((DocumentKind.letter, path, content, False))
        check_report = reports.as_json(result, str(path), kind).encode("utf-8")
        facts.documents.append((DocumentKind.check_report, None, check_report, True))
        return facts
    request, kind = load_request(path)
    facts = facts_from_case(request, Direction.outgoing)
    document = DocumentKind.case_file if kind == "case-file" else DocumentKind.letter
    facts.documents.append((document, path, content, False))
    return facts


def _read(path: Path) -> bytes:
    """A document to keep, read through the one guard (never a pipe or a device, never huge)."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except InputProblem as error:
        raise CaseFileError(path, [Problem(error.message)]) from None


def record(
    register: Register,
    facts: NewRequest,
    *,
    reference: str | None = None,
    status: Status | None = None,
    dated: dt.date | None = None,
    channel: str | None = None,
    person: str | None = None,
) -> Recorded:
    """Record a request, or add its new documents to the entry it already has."""
    direction = facts.direction
    with register.session() as session:
        existing = _already_recorded(session, facts, reference)
        if existing is not None:
            added = _add_documents(session, existing, facts.documents)
            return Recorded(
                existing.reference, direction, existing.status, created=False, documents_added=added
            )
        chosen = _reference(session, facts, reference)
        first = FIRST[direction]
        status = status or first
        check_status(direction, status)
        on = today()
        entry = Request(
            direction=direction.value,
            reference=chosen,
            **case_fields(facts),
            channel=channel,
            instruments=_joined(facts.instruments),
            person_in_charge=person,
            status=status.value,
            status_date=dated or on,
            dated=dated if (status is not first or direction is Direction.incoming) else None,
            created_at=_now(),
        )
        if direction is Direction.incoming and entry.dated is None:
            entry.dated = dated or on
        if is_closed(direction, status):
            entry.closed_on = dated or on
        session.add(entry)
        session.flush()
        if facts.urgency_deadline is not None:
            session.add(_urgency_deadline(entry, facts.urgency_deadline))
        if direction is Direction.outgoing and status is not first and entry.dated:
            _instrument_deadlines(session, entry, entry.dated)
        _event(session, entry, "recorded", {"status": status.value})
        added = _add_documents(session, entry, facts.documents)
        return Recorded(chosen, direction, status.value, created=True, documents_added=added)


def _reference(session: Session, facts: NewRequest, reference: str | None) -> str:
    """The reference to record a new request under (an incoming one gets the next free one)."""
    chosen = reference or facts.reference
    if not chosen and facts.direction is Direction.incoming:
        chosen = _next_incoming_reference(session)
    if not chosen:
        raise MlaError(
            _(
                "This request has no reference of its own, and the register needs one: add "
                "`reference:` to the case file, or give one with --reference."
            )
        )
    return chosen


def _urgency_deadline(entry: Request, due: dt.date) -> Deadline:
    """The date the requesting authority asked the request to be executed by."""
    return Deadline(
        request=entry,
        kind=DeadlineKind.requested_by.value,
        due=due,
        reason=URGENCY_REASON,
        rule="",
        done=False,
    )


def case_fields(facts: Any) -> dict[str, Any]:
    """The columns a request takes from what its case file or letter says (add and import)."""
    return {
        "their_reference": facts.their_reference,
        "requesting_state": facts.requesting_state,
        "requested_state": facts.requested_state,
        "requesting_authority": facts.requesting_authority,
        "requested_authority": facts.requested_authority,
        "title": facts.title,
        "kinds": _joined(facts.kinds),
        "offences": "\n".join(facts.offences),
    }


def _joined(values: Iterable[str]) -> str:
    items = [v for v in values if v]
    return "," + ",".join(items) + "," if items else ""


def _already_recorded(session: Session, facts: NewRequest, reference: str | None) -> Request | None:
    chosen = reference or facts.reference
    if chosen:
        return session.scalars(
            select(Request).where(
                Request.direction == facts.direction.value, Request.reference == chosen
            )
        ).one_or_none()
    hashes = [hashlib.sha256(content).hexdigest() for _k, _p, content, _keep in facts.documents]
    if not hashes:
        return None
    return session.scalars(
        select(Request)
        .join(Document)
        .where(Request.direction == facts.direction.value, Document.sha256.in_(hashes[:1]))
        .limit(1)
    ).one_or_none()


def _next_incoming_reference(session: Session) -> str:
    year = today().year
    prefix = f"IN-{year}-"
    count = session.scalar(
        select(func.count()).select_from(Request).where(Request.reference.like(prefix + "%"))
    )
    return f"{prefix}{(count or 0) + 1:04d}"


def _add_documents(
    session: Session, entry: Request, documents: Sequence[tuple[str, Path | None, bytes, bool]]
) -> int:
    known = {d.sha256 for d in entry.documents}
    added = 0
    for kind, path, content, keep in documents:
        digest = hashlib.sha256(content).hexdigest()
        if digest in known:
            continue
        known.add(digest)
        entry.documents.append(
            Document(
                kind=kind,
                path=str(path.resolve()) if path is not None else None,
                sha256=digest,
                size=len(content),
                content=content if keep else None,
                added_at=_now(),
            )
        )
        _event(session, entry, "document_added", {"kind": kind, "sha256": digest})
        added += 1
    return added


def _instrument_deadlines(session: Session, entry: Request, sent: dt.date) -> None:
    existing = {(d.kind, d.due) for d in entry.deadlines}
    for computed in instrument_deadlines(
        entry.kind_list(), entry.instrument_list(), entry.requested_state, sent
    ):
        if (computed.kind.value, computed.due) in existing:
            continue
        entry.deadlines.append(
            Deadline(
                kind=computed.kind.value,
                due=computed.due,
                reason=computed.reason,
                rule=computed.rule,
                done=False,
            )
        )
        _event(
            session,
            entry,
            "deadline_set",
            {"kind": computed.kind.value, "due": computed.due.isoformat(), "computed": True},
        )


# ------------------------------------------------------------------ finding and listing


def find(session: Session, reference: str, direction: Direction | None = None) -> Request:
    query = select(Request).where(Request.reference == reference)
    if direction is not None:
        query = query.where(Request.direction == direction.value)
    found = list(session.scalars(query))
    if not found:
        raise RegisterError(
            _(
                "No request with the reference “%(reference)s” is in the register. "
                "`mla register list` shows them all."
            )
            % {"reference": reference}
        )
    if len(found) > 1:
        raise RegisterError(
            _(
                "Both an incoming and an outgoing request have the reference “%(reference)s”: "
                "say which with --direction."
            )
            % {"reference": reference}
        )
    return found[0]


@dataclass(frozen=True)
class Filters:
    direction: Direction | None = None
    state: str | None = None
    status: str | None = None
    kind: str | None = None
    person: str | None = None
    text: str | None = None


def listing(register: Register, filters: Filters) -> list[dict[str, Any]]:
    query = select(Request).order_by(Request.direction, Request.reference)
    if filters.direction:
        query = query.where(Request.direction == filters.direction.value)
    if filters.state:
        state = filters.state.upper()
        query = query.where(
            or_(Request.requesting_state == state, Request.requested_state == state)
        )
    if filters.status:
        query = query.where(Request.status == filters.status)
    if filters.kind:
        query = query.where(Request.kinds.like(f"%,{filters.kind},%"))
    if filters.person:
        query = query.where(func.lower(Request.person_in_charge) == filters.person.lower())
    if filters.text:
        pattern = f"%{filters.text.lower()}%"
        query = query.where(
            or_(
                *(
                    func.lower(column).like(pattern)
                    for column in (
                        Request.reference,
                        Request.their_reference,
                        Request.title,
                        Request.offences,
                        Request.requesting_authority,
                        Request.requested_authority,
                    )
                )
            )
        )
    with register.session() as session:
        return [as_row(entry) for entry in session.scalars(query)]


COLUMNS = (
    "direction",
    "reference",
    "their_reference",
    "requesting_state",
    "requested_state",
    "requesting_authority",
    "requested_authority",
    "title",
    "channel",
    "kinds",
    "offences",
    "person_in_charge",
    "status",
    "status_date",
    "dated",
    "acknowledged_on",
    "executed_on",
    "refusal_grounds",
)


def as_row(entry: Request) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in COLUMNS:
        value = getattr(entry, column)
        if column == "kinds":
            value = entry.kind_list()
        elif column == "offences":
            value = [o for o in (value or "").split("\n") if o]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        row[column] = value
    return row


def details(register: Register, reference: str, direction: Direction | None) -> dict[str, Any]:
    with register.session() as session:
        entry = find(session, reference, direction)
        row = as_row(entry)
        row["version"] = entry.version
        row["deadlines"] = [
            {
                "kind": d.kind,
                "due": d.due.isoformat(),
                "reason": d.reason or "",
                "rule": d.rule or "",
                "done": d.done,
            }
            for d in entry.deadlines
        ]
        row["documents"] = [
            {"kind": d.kind, "path": d.path, "sha256": d.sha256, "size": d.size}
            for d in entry.documents
        ]
        row["notes"] = [
            {"at": n.at.isoformat(timespec="seconds"), "by": n.by, "text": n.text}
            for n in entry.notes
        ]
        links = session.execute(
            select(Link.kind, Request.reference, Link.from_id == entry.id)
            .join(
                Request,
                or_(
                    and_(Link.to_id == Request.id, Link.from_id == entry.id),
                    and_(Link.from_id == Request.id, Link.to_id == entry.id),
                ),
            )
            .order_by(Link.id)
        )
        row["links"] = [
            {"kind": kind, "reference": other, "outgoing_link": bool(forward)}
            for kind, other, forward in links
        ]
        row["events"] = [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "by": e.by,
                "action": e.action,
                "detail": e.detail,
            }
            for e in session.scalars(
                select(Event).where(Event.request_id == entry.id).order_by(Event.id)
            )
        ]
        return row


# ------------------------------------------------------------------ updating


@dataclass(frozen=True)
class Change:
    status: Status | None = None
    on: dt.date | None = None
    note: str | None = None
    grounds: str | None = None
    person: str | None = None
    their_reference: str | None = None
    deadlines: Sequence[tuple[DeadlineKind, dt.date]] = ()
    deadline_reason: str | None = None
    done: Sequence[DeadlineKind] = ()
    links: Sequence[tuple[str, str]] = ()
    expected_version: int | None = None


def update(
    register: Register, reference: str, direction: Direction | None, change: Change
) -> Request:
    """Apply a change; a request changed by someone else meanwhile is refused, not overwritten."""
    with register.session() as session:
        entry = find(session, reference, direction)
        if change.expected_version is not None and entry.version != change.expected_version:
            from sqlalchemy.orm.exc import StaleDataError

            raise StaleDataError
        apply_change(session, entry, change)
        session.flush()
        session.expunge(entry)
        return entry


def apply_change(session: Session, entry: Request, change: Change) -> None:
    """Apply a change to a request, each part of it recorded as an event."""
    on = change.on or today()
    if change.status is not None:
        _change_status(session, entry, change, change.status, on)
    elif change.grounds:
        entry.refusal_grounds = change.grounds
        _event(session, entry, "changed", {"field": "refusal_grounds"})
    if change.person is not None:
        entry.person_in_charge = change.person or None
        _event(session, entry, "changed", {"field": "person_in_charge"})
    if change.their_reference is not None:
        entry.their_reference = change.their_reference or None
        _event(session, entry, "changed", {"field": "their_reference"})
    _change_deadlines(session, entry, change)
    _add_links(session, entry, change)
    if change.note:
        entry.notes.append(Note(at=_now(), by=current_user(), text=change.note))
        _event(session, entry, "note_added")
    # The version moves with every change, even one only to a child row (a note, a deadline):
    # a writer who read an older version is then refused.
    flag_modified(entry, "status")


def _change_status(
    session: Session, entry: Request, change: Change, new: Status, on: dt.date
) -> None:
    direction = Direction(entry.direction)
    old = Status(entry.status)
    check_transition(entry.reference, direction, old, new)
    entry.status = new.value
    entry.status_date = on
    if direction is Direction.outgoing and new is Status.sent:
        entry.dated = on
        _instrument_deadlines(session, entry, on)
    if new is Status.acknowledged and entry.acknowledged_on is None:
        entry.acknowledged_on = on
    if new is Status.executed:
        entry.executed_on = on
    if new is Status.refused and change.grounds:
        entry.refusal_grounds = change.grounds
    if is_closed(direction, new):
        entry.closed_on = on
    _event(
        session,
        entry,
        "status",
        {"from": old.value, "to": new.value, "date": on.isoformat(), "note": bool(change.note)},
    )


def _change_deadlines(session: Session, entry: Request, change: Change) -> None:
    for kind, due in change.deadlines:
        entry.deadlines.append(
            Deadline(
                kind=kind.value, due=due, reason=change.deadline_reason or "", rule="", done=False
            )
        )
        _event(session, entry, "deadline_set", {"kind": kind.value, "due": due.isoformat()})
    for kind in change.done:
        open_ones = [d for d in entry.deadlines if d.kind == kind.value and not d.done]
        if not open_ones:
            raise RegisterError(
                _("%(reference)s has no open deadline of the kind “%(kind)s”.")
                % {"reference": entry.reference, "kind": kind.value}
            )
        for deadline in open_ones:
            deadline.done = True
        _event(session, entry, "deadline_done", {"kind": kind.value})


def _add_links(session: Session, entry: Request, change: Change) -> None:
    for link_kind, other_reference in change.links:
        if link_kind not in LINK_KINDS:
            raise RegisterError(
                _("“%(kind)s” is not a kind of link; use one of: %(kinds)s.")
                % {"kind": link_kind, "kinds": ", ".join(LINK_KINDS)}
            )
        other = find(session, other_reference)
        if other.id == entry.id:
            raise RegisterError(_("A request cannot be linked to itself."))
        session.add(Link(from_id=entry.id, to_id=other.id, kind=link_kind))
        _event(session, entry, "linked", {"kind": link_kind, "to": other.reference})


# ------------------------------------------------------------------ statistics


@dataclass
class Stats:
    total: int = 0
    by_direction: Counter[str] = field(default_factory=Counter)
    by_state: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    days_to_acknowledgement: float | None = None
    days_to_execution: float | None = None
    refusals: int = 0
    refusal_grounds: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_direction": dict(self.by_direction),
            "by_state": dict(self.by_state.most_common()),
            "by_kind": dict(self.by_kind.most_common()),
            "by_status": dict(self.by_status.most_common()),
            "median_days_sent_to_acknowledged": self.days_to_acknowledgement,
            "median_days_sent_to_executed": self.days_to_execution,
            "refusals": self.refusals,
            "refusal_grounds": dict(self.refusal_grounds.most_common()),
        }


def stats(
    register: Register,
    direction: Direction | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Stats:
    """Counts by State, kind and status; median days from sending to acknowledgement and to
    execution; refusals and their grounds. The State is the other State of each request."""
    query = select(
        Request.direction,
        Request.requesting_state,
        Request.requested_state,
        Request.kinds,
        Request.status,
        Request.dated,
        Request.acknowledged_on,
        Request.executed_on,
        Request.refusal_grounds,
    )
    if direction is not None:
        query = query.where(Request.direction == direction.value)
    if since is not None:
        query = query.where(Request.dated >= since)
    if until is not None:
        query = query.where(Request.dated <= until)
    result = Stats()
    acknowledged: list[int] = []
    executed: list[int] = []
    with register.session() as session:
        for row in session.execute(query):
            way, requesting, requested, kinds, status, dated, ack, done, grounds = row
            result.total += 1
            result.by_direction[way] += 1
            other = requested if way == Direction.outgoing.value else requesting
            result.by_state[other or "?"] += 1
            for kind in (k for k in kinds.split(",") if k):
                result.by_kind[kind] += 1
            result.by_status[status] += 1
            if dated and ack:
                acknowledged.append((ack - dated).days)
            if dated and done:
                executed.append((done - dated).days)
            if status == Status.refused.value:
                result.refusals += 1
                result.refusal_grounds[(grounds or "").strip() or "?"] += 1
    if acknowledged:
        result.days_to_acknowledgement = float(statistics.median(acknowledged))
    if executed:
        result.days_to_execution = float(statistics.median(executed))
    return result


# ------------------------------------------------------------------ purge


@dataclass(frozen=True)
class Purged:
    reference: str
    direction: str
    documents: tuple[str, ...]


def purgeable(
    register: Register, references: Sequence[str], retention_days: int | None
) -> list[tuple[str, str]]:
    """(reference, direction) of the requests a purge would remove."""
    with register.session() as session:
        found: list[tuple[str, str]] = []
        for reference in references:
            entry = find(session, reference)
            found.append((entry.reference, entry.direction))
        if retention_days is not None:
            limit = today() - dt.timedelta(days=retention_days)
            for reference, way in session.execute(
                select(Request.reference, Request.direction).where(
                    Request.closed_on.is_not(None), Request.closed_on <= limit
                )
            ):
                if (reference, way) not in found:
                    found.append((reference, way))
        return found


def purge(register: Register, targets: Sequence[tuple[str, str]]) -> list[Purged]:
    """Delete requests with their personal data, notes and documents; the trail keeps an event
    naming who purged which reference, when."""
    done: list[Purged] = []
    with register.session() as session:
        for reference, way in targets:
            entry = find(session, reference, Direction(way))
            paths = tuple(d.path for d in entry.documents if d.path)
            _event(session, entry, "purged", {"documents": len(entry.documents)})
            session.flush()
            session.delete(entry)
            done.append(Purged(reference, way, paths))
    return done
