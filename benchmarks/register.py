"""Benchmark of `mla register`: `due` on 10,000 requests, and `add` of 1,000 letters.

    /work/dev/bin/python benchmarks/register.py            # N = 10,000 requests, 1,000 letters
    /work/dev/bin/python benchmarks/register.py -n 2000 -l 100

It builds a SQLite register of N requests (each with two deadlines), then reports in one run:
- the wall time of `mla register due` as a whole command (start-up included), median of 5 runs,
  and of the `due` query alone, in-process (as the command runs it: sqlite3 on an up-to-date
  SQLite register), and in SQLAlchemy Core (PostgreSQL's path); target: the command within 0.3 s;
- the floor: a bare SQL query selecting the same rows on the same database (sqlite3 module), and
  the ratio of the in-process `due` to it;
- `mla register add FOLDER` of L letters made from the bundled example (`mla example
  trafficking`) with distinct references: letters per second.
It prints the figures and exits 0 whether or not the target is met.

Figures on the 2-core development machine, 10,000 requests (4,350 deadlines listed); each the
median of 3 runs of this script (each run itself the median of 5 commands):
- before (commit 62a3c17: ORM query, SQLAlchemy and the ORM imported at start-up):
  command 0.466 s, query 39.5 ms in-process against a 16.5 ms floor (ratio 2.4);
- after (sqlite3 alone on an up-to-date SQLite register, SQLAlchemy Core for PostgreSQL, nothing
  of SQLAlchemy imported for SQLite): command 0.193 s, query 21.8 ms in-process (23.8 ms in
  SQLAlchemy Core) against a 12.7 ms floor (ratio 1.7). What is left is mostly start-up: `due`
  on an empty register takes 0.15 s (Python, typer, and pydantic, which typer loads to build an
  adapter for each option), `mla --help` 0.07 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = dt.date(2026, 11, 22)


def build_register(url: str, count: int) -> None:
    from sqlalchemy import insert

    from mla_writer.register.database import open_register
    from mla_writer.register.models import Deadline, Request

    register = open_register(url)
    now = dt.datetime.now(dt.UTC)
    states = ("TR", "FR", "US", "DE", "RO", "UA", "GE")
    with register.engine.begin() as connection:
        connection.execute(
            insert(Request),
            [
                {
                    "id": n + 1,
                    "direction": "outgoing" if n % 3 else "incoming",
                    "reference": f"B-{n:05d}",
                    "requesting_state": "MD",
                    "requested_state": states[n % len(states)],
                    "kinds": ",witness_statement,",
                    "offences": "Fraud",
                    "instruments": ",UNTOC,",
                    "status": "sent" if n % 3 else "received",
                    "status_date": TODAY,
                    "dated": TODAY - dt.timedelta(days=n % 200),
                    "closed_on": TODAY if n % 10 == 0 else None,
                    "created_at": now,
                    "version": 1,
                }
                for n in range(count)
            ],
        )
        connection.execute(
            insert(Deadline),
            [
                {
                    "request_id": n // 2 + 1,
                    "kind": "requested_by" if n % 2 else "reply_due",
                    "due": TODAY + dt.timedelta(days=(n * 7919) % 400 - 100),
                    "reason": "",
                    "rule": "",
                    "done": n % 5 == 0,
                }
                for n in range(count * 2)
            ],
        )
    register.engine.dispose()


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10_000, help="requests in the register")
    parser.add_argument("-l", type=int, default=1_000, help="letters to add")
    options = parser.parse_args()
    env = {**os.environ, "MLA_TODAY": TODAY.isoformat(), "PYTHONPATH": str(ROOT)}
    os.environ["MLA_TODAY"] = TODAY.isoformat()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.sqlite3"
        url = f"sqlite:///{path}"
        build_register(url, options.n)
        mla = [sys.executable, "-m", "mla_writer"]
        command = [*mla, "register", "due", "--days", "14", "--db", url]
        runs = [timed(command, env) for _ in range(5)]
        from mla_writer.register.database import open_register
        from mla_writer.register.deadlines import due, due_in

        start = time.perf_counter()
        items = due(url, 14)
        in_process = time.perf_counter() - start
        register = open_register(url)
        start = time.perf_counter()
        due_in(register, 14)
        in_core = time.perf_counter() - start
        horizon = (TODAY + dt.timedelta(days=14)).isoformat()
        start = time.perf_counter()
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT r.reference, r.direction, r.requested_state, r.requesting_state, "
                "r.status, r.person_in_charge, d.kind, d.due, d.reason, d.rule FROM deadlines d "
                "JOIN requests r ON d.request_id = r.id WHERE d.done = 0 AND d.due <= ? AND "
                "r.closed_on IS NULL ORDER BY d.due, r.reference",
                (horizon,),
            ).fetchall()
        floor = time.perf_counter() - start
        print(
            f"register of {options.n} requests, {options.n * 2} deadlines; due lists {len(items)}"
        )
        print(f"  mla register due (whole command, median of 5): {statistics.median(runs):.3f} s")
        print("  target: <= 0.300 s")
        print(f"  due query in-process: {in_process * 1000:.1f} ms")
        print(f"  due query in SQLAlchemy Core (PostgreSQL's path): {in_core * 1000:.1f} ms")
        print(f"  floor, bare SQL (sqlite3, {len(rows)} rows): {floor * 1000:.1f} ms")
        print(f"  ratio in-process / floor: {in_process / floor:.1f}")
        register.engine.dispose()

        letters = Path(folder) / "letters"
        letters.mkdir()
        case = subprocess.run(
            [*mla, "example", "trafficking"], env=env, capture_output=True, text=True, check=True
        ).stdout
        source = Path(folder) / "case.yaml"
        source.write_text(case, encoding="utf-8")
        first = letters / "L-00000.docx"
        subprocess.run(
            [*mla, "render", source, "-o", first], env=env, check=True, capture_output=True
        )
        from mla_writer.casefile import parse_case
        from mla_writer.render import render_letter

        request = parse_case(case, "case.yaml")
        for n in range(1, options.l):
            render_letter(
                request.model_copy(update={"reference": f"L-{n:05d}"}),
                letters / f"L-{n:05d}.docx",
            )
        fresh = f"sqlite:///{Path(folder) / 'fresh.sqlite3'}"
        start = time.perf_counter()
        result = subprocess.run(
            [*mla, "register", "add", letters, "--db", fresh],
            env=env,
            capture_output=True,
            text=True,
        )
        took = time.perf_counter() - start
        print(
            f"mla register add of {options.l} letters: {took:.1f} s, {options.l / took:.0f} letters/s"
        )
        print("  " + (result.stdout.strip().splitlines() or [result.stderr.strip()])[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
