"""The register of requests (issue 20), against SQLite and a real PostgreSQL started here.

PostgreSQL comes from pgserver, a pip-installable PostgreSQL 16 that starts as root or not; on CI
a server that cannot start fails the run instead of skipping it. No database is mocked.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import threading
import uuid
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from mla_writer.examples import example_text
from mla_writer.register.database import Register, RegisterError, locate, upgrade
from mla_writer.register.database import open_register as _open_register
from mla_writer.register.models import Event, Request
from mla_writer.register.service import (
    Change,
    facts_from_file,
    record,
    update,
)
from mla_writer.register.statuses import Status
from tests.conftest import ROOT, TODAY, run_mla

_OPENED: list[Register] = []


def open_register(db: str) -> Register:
    register = _open_register(db)
    _OPENED.append(register)
    return register


@pytest.fixture(autouse=True)
def _close_registers() -> Iterator[None]:
    """Every register opened by a test is closed after it (no connection left to the GC)."""
    yield
    while _OPENED:
        _OPENED.pop().engine.dispose()


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One PostgreSQL 16 server for the session, in a temporary folder."""
    try:
        with warnings.catch_warnings():  # pgserver warns that XDG_RUNTIME_DIR is unset
            warnings.simplefilter("ignore")
            import pgserver

            server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    except Exception as error:  # any failure to start: fail on CI, skip on a laptop
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL (pgserver) could not start: {error!r}")
        pytest.skip(f"PostgreSQL (pgserver) could not start: {error!r}")
    yield server
    server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty register's URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.sqlite3'}"
    return _fresh_postgres(request.getfixturevalue("postgres"))


def _fresh_postgres(server: Any) -> str:
    name = "r" + uuid.uuid4().hex[:12]
    server.psql(f"CREATE DATABASE {name};")
    return str(server.get_uri(name)).replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def pg_db(postgres: Any) -> str:
    return _fresh_postgres(postgres)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "trafficking.yaml"
    path.write_text(example_text("trafficking"), encoding="utf-8")
    return path


def _case_with_reference(tmp_path: Path, reference: str) -> Path:
    text_ = example_text("trafficking").replace(
        "reference: PG-2026/0417/MLA-3", f"reference: {reference}"
    )
    path = tmp_path / f"{reference}.yaml"
    path.write_text(text_, encoding="utf-8")
    return path


def test_a_lawyers_week_records_moves_and_sees_what_is_due(db: str, tmp_path: Path) -> None:
    for number in (1, 2, 3):
        path = _case_with_reference(tmp_path, f"OUT-{number}")
        result = run_mla("register", "add", path, "--db", db, "--person", "Anna")
        assert result.returncode == 0, result.stderr
        assert f"recorded as OUT-{number} (outgoing, draft)" in result.stdout
    sent = (TODAY - dt.timedelta(days=30)).isoformat()
    moved = run_mla("register", "update", "OUT-1", "--status", "sent", "--date", sent, "--db", db)
    assert moved.returncode == 0, moved.stderr
    run_mla("register", "update", "OUT-1", "--status", "acknowledged", "--db", db)
    overdue_day = (TODAY - dt.timedelta(days=2)).isoformat()
    result = run_mla(
        "register", "update", "OUT-2", "--deadline", f"custody_limit={overdue_day}",
        "--reason", "custody ends", "--db", db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    due = run_mla("register", "due", "--db", db)
    assert due.returncode == 1, due.stdout + due.stderr  # something is overdue
    assert "OVERDUE by 2 days" in due.stdout and "OUT-2" in due.stdout
    run_mla("register", "update", "OUT-2", "--done", "custody_limit", "--db", db)
    assert run_mla("register", "due", "--db", db, "--days", "1").returncode == 0
    listed = run_mla("register", "list", "--status", "acknowledged", "--format", "csv", "--db", db)
    assert listed.stdout.splitlines()[1].startswith("outgoing,OUT-1,")


def test_a_meaningless_transition_is_refused_and_nothing_changes(db: str, case: Path) -> None:
    register = open_register(db)
    record(register, facts_from_file(case))
    result = run_mla("register", "update", "PG-2026/0417/MLA-3", "--status", "executed", "--db", db)
    assert result.returncode == 2
    assert "cannot become “executed”" in result.stderr and "Traceback" not in result.stderr
    with register.session() as session:
        entry = session.scalars(select(Request)).one()
        assert (entry.status, entry.version) == ("draft", 1)


def test_sending_a_preservation_request_sets_its_expiry_with_the_rule(
    db: str, tmp_path: Path
) -> None:
    text_ = example_text("email-fraud")
    path = tmp_path / "fraud.yaml"
    path.write_text(text_, encoding="utf-8")
    register = open_register(db)
    facts = facts_from_file(path)
    facts.kinds = [*facts.kinds, "data_preservation"]
    facts.instruments = ["BUDAPEST"]
    facts.requested_state = "FR"  # the United States keep preservation 90 days (tested below)
    recorded = record(register, facts, reference="PRES-1")
    update(register, recorded.reference, None, Change(status=Status.sent, on=TODAY))
    from mla_writer.register.service import details

    deadlines = details(register, "PRES-1", None)["deadlines"]
    expiry = [d for d in deadlines if d["kind"] == "preservation_expiry"]
    assert expiry and expiry[0]["due"] == (TODAY + dt.timedelta(days=60)).isoformat()
    assert "art. 29(7)" in expiry[0]["rule"]


def test_someone_elses_letter_is_recorded_as_incoming_with_its_check_report(
    db: str, tmp_path: Path
) -> None:
    letters = sorted((ROOT / "tests" / "foreign_letters").rglob("*.txt"))
    assert letters
    result = run_mla("register", "add", letters[0], "--db", db)
    assert result.returncode == 0, result.stderr
    assert "(incoming, received)" in result.stdout
    again = run_mla("register", "add", letters[0], "--db", db)
    assert "already in the register" in again.stdout
    shown = run_mla("register", "show", "IN-2026-0001", "--format", "json", "--db", db)
    assert '"check_report"' in shown.stdout


def test_two_writers_on_postgresql_lose_no_update(pg_db: str, case: Path) -> None:
    register = open_register(pg_db)
    record(register, facts_from_file(case))
    reference = "PG-2026/0417/MLA-3"
    refused: list[str] = []

    def writer(name: str) -> None:
        for number in range(15):
            while True:
                try:
                    update(register, reference, None, Change(note=f"{name}-{number}"))
                    break
                except RegisterError as error:  # a conflict: read again, try again
                    refused.append(error.message)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    from mla_writer.register.service import details

    notes = {n["text"] for n in details(register, reference, None)["notes"]}
    assert notes == {f"{w}-{n}" for w in "ab" for n in range(15)}
    assert all("Someone else changed this request" in m for m in refused)


def test_a_stale_update_is_refused_not_overwritten(db: str, case: Path) -> None:
    register = open_register(db)
    record(register, facts_from_file(case))
    update(register, "PG-2026/0417/MLA-3", None, Change(person="Bob"))  # now version 2
    result = run_mla(
        "register", "update", "PG-2026/0417/MLA-3", "--person", "Eve", "--if-version", "1",
        "--db", db,
    )  # fmt: skip
    assert result.returncode == 2 and "Someone else changed this request" in result.stderr
    shown = run_mla("register", "show", "PG-2026/0417/MLA-3", "--db", db)
    assert "In charge: Bob" in shown.stdout


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_register_of_the_previous_schema_is_upgraded_with_its_data(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'old.sqlite3'}"
        if backend == "sqlite"
        else _fresh_postgres(request.getfixturevalue("postgres"))
    )
    from mla_writer.register.database import create_engine_for

    engine = create_engine_for(locate(url))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO requests (direction, reference, kinds, offences, instruments, "
                "status, created_at) VALUES ('outgoing', 'OLD-1', ',freezing,', '', '', 'sent', "
                ":now)"
            ),
            {"now": dt.datetime(2025, 1, 1, tzinfo=dt.UTC)},
        )
    engine.dispose()
    refused = run_mla("register", "list", "--db", url)
    assert refused.returncode == 2 and "mla register upgrade" in refused.stderr
    upgraded = run_mla("register", "upgrade", "--db", url)
    assert upgraded.returncode == 0 and "from schema 0001 to 0002" in upgraded.stdout
    listed = run_mla("register", "list", "--format", "json", "--db", url)
    assert '"reference": "OLD-1"' in listed.stdout and '"freezing"' in listed.stdout
    moved = run_mla("register", "update", "OLD-1", "--status", "acknowledged", "--db", url)
    assert moved.returncode == 0 and "version 2" in moved.stdout


def test_the_sqlite_register_is_readable_by_its_owner_only(tmp_path: Path, case: Path) -> None:
    result = run_mla("register", "add", case, env={"MLA_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    mode = stat.S_IMODE((tmp_path / "data" / "register.sqlite3").stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize(
    "url",
    ["mysql://anna:s3cret@db.example/register", "sqlite://", "http://anna:s3cret@example.org/"],
)
def test_db_refuses_anything_but_sqlite_files_and_postgresql_and_hides_the_password(
    url: str, tmp_path: Path
) -> None:
    result = run_mla("register", "list", "--db", url, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert "must be a SQLite file" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_postgresql_is_one_sentence_without_the_password() -> None:
    url = "postgresql+psycopg://anna:s3cret@127.0.0.1:1/register"
    result = run_mla("register", "due", "--db", url)
    assert result.returncode == 2
    assert "Could not use the PostgreSQL register" in result.stderr
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr


def test_purge_removes_personal_data_and_leaves_who_purged_what_when(db: str, case: Path) -> None:
    register = open_register(db)
    record(register, facts_from_file(case))
    update(register, "PG-2026/0417/MLA-3", None, Change(note="witness lives at 12 Main St"))
    dry = run_mla("register", "purge", "PG-2026/0417/MLA-3", "--db", db)
    assert dry.returncode == 0 and "Add --yes" in dry.stdout
    result = run_mla("register", "purge", "PG-2026/0417/MLA-3", "--yes", "--db", db,
                     env={"MLA_USER": "dpo"})  # fmt: skip
    assert result.returncode == 0 and "purged" in result.stdout
    engine = create_engine(register.location.url)
    with engine.connect() as connection:
        for table in ("requests", "notes", "documents", "deadlines"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
        dump = " ".join(str(row) for row in connection.execute(text("SELECT * FROM events")))
    engine.dispose()
    assert "12 Main St" not in dump and "Trafficking" not in dump
    with register.session() as session:
        purged = session.scalars(select(Event).where(Event.action == "purged")).one()
        assert (purged.reference, purged.by, purged.request_id) == (
            "PG-2026/0417/MLA-3",
            "dpo",
            None,
        )


def test_stats_draws_an_svg_chart(db: str, tmp_path: Path) -> None:
    for number in (1, 2):
        record(open_register(db), facts_from_file(_case_with_reference(tmp_path, f"S-{number}")))
    update(open_register(db), "S-1", None, Change(status=Status.sent, on=TODAY))
    update(
        open_register(db), "S-1", None, Change(status=Status.refused, grounds="dual criminality")
    )
    chart = tmp_path / "stats.svg"
    result = run_mla("register", "stats", "--chart", chart, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Refusals: 1 (dual criminality 1)" in result.stdout
    root = ET.parse(chart).getroot()
    assert root.tag.endswith("svg") and "TR" in "".join(root.itertext())
    again = run_mla("register", "stats", "--chart", chart, "--db", db)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_export_and_import_round_trip_with_line_numbered_errors(db: str, tmp_path: Path) -> None:
    record(open_register(db), facts_from_file(_case_with_reference(tmp_path, "X-1")))
    exported = tmp_path / "register.csv"
    assert run_mla("register", "export", "-o", exported, "--db", db).returncode == 0
    assert run_mla("register", "export", "-o", tmp_path / "r.xlsx", "--db", db).returncode == 0
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("direction,reference,")
    bad = tmp_path / "old.csv"
    bad.write_text(
        "direction,reference,status,dated\n"
        "outgoing,A-1,sent,2025-01-02\n"
        "sideways,A-2,sent,\n"
        "incoming,A-3,sent,2025-13-01\n",
        encoding="utf-8",
    )
    refused = run_mla("register", "import", bad, "--dry-run", "--db", db)
    assert refused.returncode == 2
    assert f"{bad}:3 [direction]" in refused.stderr and f"{bad}:4" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text(lines[0] + "\n" + "outgoing,A-1,,MD,TR,,,,,,,,sent,,2025-01-02,,,\n")
    assert run_mla("register", "import", good, "--dry-run", "--db", db).returncode == 0
    imported = run_mla("register", "import", good, "--db", db)
    assert imported.returncode == 0 and "1 request(s) imported" in imported.stdout


def test_help_and_check_do_not_load_the_database_libraries(case: Path) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['mla', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('mla_writer', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "loaded = [m for m in ('sqlalchemy', 'alembic', 'psycopg', 'openpyxl') if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    for args in (["--help"], ["check", str(case)]):
        result = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=ROOT
        )
        assert "LOADED []" in result.stderr, result.stderr


def test_no_command_but_the_register_opens_a_network_connection(case: Path, tmp_path: Path) -> None:
    probe = (
        "import socket, sys, runpy\n"
        "def refuse(*a, **k):\n    raise SystemExit('NETWORK USED')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "sys.argv = ['mla', *sys.argv[1:]]\n"
        "runpy.run_module('mla_writer', run_name='__main__')\n"
    )
    letter = tmp_path / "letter.docx"
    for args in (
        ["check", str(case)],
        ["render", str(case), "-o", str(letter)],
        ["check", str(letter)],
        ["states", "show", "TR"],
        ["register", "due", "--db", str(tmp_path / "r.sqlite3")],
    ):
        result = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=ROOT
        )
        assert "NETWORK USED" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 1), (args, result.stderr)


def test_render_and_check_record_the_request_when_asked(case: Path, tmp_path: Path) -> None:
    env = {"MLA_DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite3'}"}
    rendered = run_mla("render", case, "-o", tmp_path / "l.docx", "--register", env=env)
    assert rendered.returncode == 0, rendered.stderr
    checked = run_mla("check", tmp_path / "l.docx", "--register", "--format", "json", env=env)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.lstrip().startswith("{")  # the report stays clean JSON
    shown = run_mla("register", "show", "PG-2026/0417/MLA-3", "--format", "json", env=env)
    kinds = [d for d in ("case_file", "letter", "check_report") if f'"{d}"' in shown.stdout]
    assert kinds == ["case_file", "letter", "check_report"]


def test_the_quick_schema_check_knows_the_newest_migration() -> None:
    from mla_writer.register.database import HEAD, head_revision

    assert head_revision() == HEAD


def _register_with_deadlines(db: str, tmp_path: Path) -> None:
    """Two requests: one with a deadline two days past, one with a deadline in five days."""
    for number, days in ((1, -2), (2, 5)):
        record(open_register(db), facts_from_file(_case_with_reference(tmp_path, f"D-{number}")))
        on = (TODAY + dt.timedelta(days=days)).isoformat()
        result = run_mla(
            "register", "update", f"D-{number}", "--deadline", f"custody_limit={on}",
            "--reason", "custody ends", "--db", db,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


def test_due_reads_the_same_deadlines_on_every_path(db: str, tmp_path: Path) -> None:
    """`due` answers without the ORM (and on SQLite without SQLAlchemy); what it lists is the same
    as a query through SQLAlchemy on an opened register."""
    from mla_writer.register.deadlines import due, due_in

    _register_with_deadlines(db, tmp_path)
    quick = due(db, 14)
    assert [(i.reference, i.days_left, i.kind) for i in quick] == [
        ("D-1", -2, "custody_limit"),
        ("D-2", 5, "custody_limit"),
    ]
    assert quick == due_in(open_register(db), 14)
    assert [i.reference for i in due(db, 3)] == ["D-1"]


def test_due_on_an_up_to_date_sqlite_register_loads_no_database_library(tmp_path: Path) -> None:
    """The morning view must start fast (0.3 s on 10,000 requests): importing SQLAlchemy alone
    costs a third of that, so an up-to-date SQLite register is read with sqlite3."""
    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    _register_with_deadlines(db, tmp_path)
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['mla', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('mla_writer', run_name='__main__')\n"
        "except SystemExit as exit:\n    print('EXIT', exit.code, file=sys.stderr)\n"
        "loaded = [m for m in ('sqlalchemy', 'alembic', 'psycopg', 'openpyxl') if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "register", "due", "--db", db],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},
    )
    assert "LOADED []" in result.stderr and "EXIT 1" in result.stderr, result.stderr
    assert "1 overdue, 1 due within 14 days:" in result.stdout
    assert "OVERDUE by 2 days" in result.stdout and "D-2" in result.stdout


def test_due_on_an_older_or_damaged_sqlite_register_explains_and_changes_nothing(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite3"
    from mla_writer.register.database import create_engine_for

    engine = create_engine_for(locate(str(old)))
    upgrade(engine, "0001")
    engine.dispose()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database, " * 100)
    for path, message in (
        (old, "mla register upgrade"),
        (damaged, "refused the operation (DatabaseError)"),
    ):
        before = path.read_bytes()
        result = run_mla("register", "due", "--db", f"sqlite:///{path}")
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and path.read_bytes() == before


@pytest.mark.parametrize(
    ("given", "usual"),
    [
        ("", True),
        ("register.sqlite3", True),
        ("~/register.sqlite3", True),
        ("sqlite:///register.sqlite3", True),
        ("sqlite:////tmp/a folder/register.sqlite3", True),
        ("sqlite+pysqlite:///~/register.sqlite3", True),
        ("sqlite:///a%20b.sqlite3", False),
        ("sqlite:///register.sqlite3?mode=ro", False),
        ("sqlite:///:memory:", False),
        ("SQLITE:///register.sqlite3", False),
        ("postgresql+psycopg://anna@localhost/register", False),
    ],
)
def test_the_quick_look_at_a_sqlite_register_finds_the_file_locate_finds(
    given: str, usual: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mla_writer.register.database import RegisterError, _plain_sqlite_file

    monkeypatch.setenv("MLA_DATA_DIR", str(tmp_path))
    quick = _plain_sqlite_file(given)
    try:
        found = locate(given or None).sqlite_file
    except RegisterError:
        found = None
    assert quick == (found if usual else None)  # the unusual forms are left to locate()
