"""The register in and out of spreadsheets: export to CSV or XLSX, import from a CSV of an
existing register (every line checked first; nothing imported unless every line is right)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mla_writer.errors import CaseFileError, MlaError, Problem
from mla_writer.i18n import _
from mla_writer.inputs import InputProblem, read_limited
from mla_writer.outputs import atomic_write
from mla_writer.register.database import Register
from mla_writer.register.service import COLUMNS, Filters, NewRequest, listing
from mla_writer.register.statuses import Direction, Status, check_status, is_closed


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    # A spreadsheet runs a cell that starts with = + - @ as a formula: keep it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_rows(register: Register, filters: Filters) -> list[list[str]]:
    rows = listing(register, filters)
    return [list(COLUMNS), *([_cell(row[c]) for c in COLUMNS] for row in rows)]


def export(register: Register, path: Path, filters: Filters, *, force: bool = False) -> int:
    """Write the register to a .csv or .xlsx file; returns how many requests were written."""
    rows = export_rows(register, filters)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        content = buffer.getvalue().encode("utf-8-sig")  # Excel reads UTF-8 with its mark
    elif suffix == ".xlsx":
        from openpyxl import Workbook  # type: ignore[import-untyped]

        book = Workbook(write_only=True)
        sheet = book.create_sheet(_("Register"))
        for row in rows:
            sheet.append(row)
        buffer_bytes = io.BytesIO()
        book.save(buffer_bytes)
        content = buffer_bytes.getvalue()
    else:
        raise MlaError(
            _("%(path)s: the register can be exported to .csv or .xlsx; choose one of these.")
            % {"path": path}
        )
    atomic_write(path, content, force=force, mode=0o600)
    return len(rows) - 1


REQUIRED = ("direction", "reference", "status")
MAX_IMPORT_BYTES = 20 * 1024 * 1024  # some hundred thousand requests
DATES = ("dated", "status_date", "acknowledged_on", "executed_on")


@dataclass(frozen=True)
class ImportLine:
    line: int
    facts: NewRequest
    status: Status
    dated: dt.date | None
    channel: str | None
    person: str | None
    extra: dict[str, Any]


def read_import(path: Path) -> list[ImportLine]:
    """Every line of a register CSV, checked; all problems at once, each with its line."""
    reader, problems = _csv_reader(path)
    lines: list[ImportLine] = []
    seen: set[tuple[str, str]] = set()
    for row in reader:
        number = reader.line_num
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        keys = _keys(values, number, seen, problems)
        dates = _dates(values, number, problems) if keys else None
        if keys is None or dates is None:
            continue
        lines.append(_import_line(values, number, *keys, dates))
    if problems:
        raise CaseFileError(path, problems)
    return lines


def _csv_reader(path: Path) -> tuple[csv.DictReader[str], list[Problem]]:
    """The CSV's rows, once its header names the required columns; a problem for unknown ones."""
    try:
        text = read_limited(path, MAX_IMPORT_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(
            path, [Problem(_("the file is not UTF-8 text; save it as CSV UTF-8 and try again."))]
        ) from None
    except InputProblem as error:  # missing, a folder, a pipe or device, unreadable, too large
        raise CaseFileError(path, [Problem(error.message)]) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CaseFileError(
            path,
            [
                Problem(
                    _("the first line must name the columns; missing: %(columns)s.")
                    % {"columns": ", ".join(missing)},
                    line=1,
                )
            ],
        )
    unknown = [c for c in header if c and c not in COLUMNS]
    problems: list[Problem] = []
    if unknown:
        problems.append(
            Problem(
                _("unknown column(s): %(columns)s. Known columns: %(known)s.")
                % {"columns": ", ".join(unknown), "known": ", ".join(COLUMNS)},
                line=1,
            )
        )
    return reader, problems


def _keys(
    values: dict[str, str], number: int, seen: set[tuple[str, str]], problems: list[Problem]
) -> tuple[Direction, str, Status] | None:
    """A row's direction, reference and status, or None with the problem added."""
    try:
        direction = Direction(values.get("direction", ""))
    except ValueError:
        problems.append(
            Problem(
                _("direction must be “outgoing” or “incoming”, not “%(value)s”.")
                % {"value": values.get("direction", "")},
                field="direction",
                line=number,
            )
        )
        return None
    reference = values.get("reference", "")
    if not reference:
        problems.append(Problem(_("the reference is empty."), field="reference", line=number))
        return None
    if (direction.value, reference) in seen:
        problems.append(
            Problem(
                _("the reference “%(reference)s” appears twice.") % {"reference": reference},
                field="reference",
                line=number,
            )
        )
        return None
    seen.add((direction.value, reference))
    try:
        status = Status(values.get("status", ""))
        check_status(direction, status)
    except (ValueError, MlaError):
        problems.append(
            Problem(
                _("“%(value)s” is not a status of an %(direction)s request.")
                % {"value": values.get("status", ""), "direction": direction.value},
                field="status",
                line=number,
            )
        )
        return None
    return direction, reference, status


def _dates(
    values: dict[str, str], number: int, problems: list[Problem]
) -> dict[str, dt.date | None] | None:
    """A row's dates, or None with a problem added for each that is not a date."""
    dates: dict[str, dt.date | None] = {}
    bad_date = False
    for column in DATES:
        raw = values.get(column, "")
        try:
            dates[column] = dt.date.fromisoformat(raw) if raw else None
        except ValueError:
            problems.append(
                Problem(
                    _("“%(value)s” is not a date; write it as YYYY-MM-DD.") % {"value": raw},
                    field=column,
                    line=number,
                )
            )
            bad_date = True
    return None if bad_date else dates


def _import_line(
    values: dict[str, str],
    number: int,
    direction: Direction,
    reference: str,
    status: Status,
    dates: dict[str, dt.date | None],
) -> ImportLine:
    def listed(name: str, separator: str = ";") -> list[str]:
        return [v.strip() for v in values.get(name, "").split(separator) if v.strip()]

    facts = NewRequest(
        direction=direction,
        reference=reference,
        their_reference=values.get("their_reference") or None,
        requesting_state=(values.get("requesting_state") or "").upper() or None,
        requested_state=(values.get("requested_state") or "").upper() or None,
        requesting_authority=values.get("requesting_authority") or None,
        requested_authority=values.get("requested_authority") or None,
        title=values.get("title") or None,
        kinds=listed("kinds"),
        offences=listed("offences"),
    )
    return ImportLine(
        line=number,
        facts=facts,
        status=status,
        dated=dates["dated"],
        channel=values.get("channel") or None,
        person=values.get("person_in_charge") or None,
        extra={
            "acknowledged_on": dates["acknowledged_on"],
            "executed_on": dates["executed_on"],
            "status_date": dates["status_date"],
            "refusal_grounds": values.get("refusal_grounds") or None,
        },
    )


def import_lines(register: Register, lines: list[ImportLine]) -> tuple[int, int]:
    """Record every line in one transaction; returns (new, already there)."""
    from sqlalchemy import select

    from mla_writer.register.models import Request

    created = existing = 0
    # one transaction for the whole file: a failure leaves the register as it was
    with register.session() as session:
        for item in lines:
            found = session.scalars(
                select(Request).where(
                    Request.direction == item.facts.direction.value,
                    Request.reference == item.facts.reference,
                )
            ).one_or_none()
            if found is not None:
                existing += 1
                continue
            _record_in(session, item)
            created += 1
    return created, existing


def _record_in(session: Any, item: ImportLine) -> None:
    from mla_writer.register.models import Request
    from mla_writer.register.service import _event, _now, case_fields

    facts = item.facts
    entry = Request(
        direction=facts.direction.value,
        reference=facts.reference,
        **case_fields(facts),
        channel=item.channel,
        instruments="",
        person_in_charge=item.person,
        status=item.status.value,
        status_date=item.extra["status_date"] or item.dated,
        dated=item.dated,
        acknowledged_on=item.extra["acknowledged_on"],
        executed_on=item.extra["executed_on"],
        refusal_grounds=item.extra["refusal_grounds"],
        created_at=_now(),
    )
    if is_closed(facts.direction, item.status):
        entry.closed_on = item.extra["status_date"] or item.dated or item.extra["executed_on"]
        if entry.closed_on is None:
            from mla_writer.register.service import today

            entry.closed_on = today()
    session.add(entry)
    session.flush()
    _event(session, entry, "imported", {"status": item.status.value})
