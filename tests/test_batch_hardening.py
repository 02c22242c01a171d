"""`mla batch` under a hostile environment: killed runs, two runs into one folder, pipes as cases.

A central authority runs batches from scripts and schedulers: a run may be killed at any moment
(kill -9, a shutdown's SIGTERM), started twice by mistake, or pointed at a folder with odd files.
Whatever happens, the next run must leave exactly one letter per case and nothing half-written.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mla_writer import batch, interrupts
from mla_writer.examples import example_text
from tests.conftest import ROOT, run_mla

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, pipes and locks")

ENVIRONMENT = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "CI": "true"}


def write_cases(folder: Path, count: int, prefix: str = "K") -> list[str]:
    """`count` small complete cases, each the bundled example under its own reference."""
    folder.mkdir(parents=True, exist_ok=True)
    text = example_text("trafficking")
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("reference:"))
    letters = []
    for n in range(count):
        reference = f"{prefix}-{n:03d}"
        lines[index] = f"reference: {reference}\n"
        (folder / f"case-{n:03d}.yaml").write_text("".join(lines), encoding="utf-8")
        letters.append(f"{reference}.docx")
    return letters


def start_batch(cases: Path, letters: Path, *options: str) -> subprocess.Popen[str]:
    """`mla batch` in its own session, so that its workers can be found (and none survive).

    With faulthandler on, so that a run that hangs can be made to print where it sleeps.
    """
    command = ["batch", str(cases), "-o", str(letters), *options]
    return subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "mla_writer", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=ENVIRONMENT,
        start_new_session=True,
    )


def wait_for_lines(process: subprocess.Popen[str], pattern: str, count: int) -> bool:
    """Read the run's output until `count` lines matching `pattern`; False if it ended first."""
    assert process.stdout is not None
    seen = 0
    while seen < count:
        line = process.stdout.readline()
        if not line:
            return False
        if re.search(pattern, line):
            seen += 1
    return True


def finish(process: subprocess.Popen[str], within: float = 30.0) -> tuple[str, str]:
    """The run's output once it has ended; a run still going after `within` seconds fails the
    test at once (its processes stopped, the stacks of the threads of each in the message)."""
    try:
        return process.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGABRT)  # faulthandler prints every thread's stack
        try:
            _out, errors = process.communicate(timeout=10)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
        pytest.fail(f"the run hung for {within} s; where it slept:\n{errors}")


def session_is_gone(process: subprocess.Popen[str], within: float = 5.0) -> bool:
    """No process of the run's session is left (no orphaned worker still writing)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def temporary_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def letter_names(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.docx")}


# --------------------------------------------------------------------------- killed runs


def test_runs_killed_at_twenty_points_leave_one_letter_per_case_after_a_rerun(
    tmp_path: Path,
) -> None:
    """kill -9 and SIGTERM, with one and two processes, at seeded points; then run again.

    The signal goes to the main process (its workers must not outlive it) or, every third time,
    to all of the run's processes at once.

    Each run goes on from where the previous one was killed (its letters are up to date), so the
    twenty kills fall all along a 100-case run; every fifth run renders everything again
    (--force), so that kills also land while a case's own letter is being replaced.
    """
    cases = tmp_path / "cases"
    letters = tmp_path / "letters"
    expected = set(write_cases(cases, 100))
    seeded = random.Random(18)

    for point in range(20):
        kill = signal.SIGKILL if point % 2 == 0 else signal.SIGTERM
        jobs = "1" if point // 2 % 2 == 0 else "2"
        options = ["-j", jobs] + (["--force"] if point % 5 == 4 else [])
        process = start_batch(cases, letters, *options)
        started = wait_for_lines(process, r"cases to process\.$", 1)
        # With one process the next letter is being written as its predecessor's line is read:
        # the kill lands in the middle of a letter without a timed sleep.
        running = started and wait_for_lines(process, r"\] rendered: ", seeded.randint(0, 5))
        whole_group = point % 3 == 2  # as a shutdown does: the workers get the signal too
        if running and process.poll() is None:
            (os.killpg if whole_group else os.kill)(process.pid, kill)
        _out, errors = finish(process)
        where = (
            f"kill {point} ({kill.name}{' to all' if whole_group else ''}, -j{jobs}{options[2:]})"
        )

        if running and kill is signal.SIGTERM:
            assert process.returncode == 143, f"{where}: {errors}"
            assert errors.splitlines() == [
                "Stopped by a termination signal. The letters already written are kept; run the "
                "same command again to render the rest."
            ], where
            assert temporary_files(letters) == [], where  # cleaned up at once, not only later
        assert session_is_gone(process), f"{where}: a worker outlived the run"
        made = letter_names(letters)
        assert made <= expected, f"{where}: duplicates {sorted(made - expected)}"

    again = run_mla("batch", cases, "-o", letters, "-j", "2")

    assert again.returncode == 0, again.stdout + again.stderr
    assert letter_names(letters) == expected  # exactly one letter per case
    assert temporary_files(letters) == []
    assert not (letters / batch.JOURNAL_NAME).exists()  # folded back into the manifest
    manifest = json.loads((letters / batch.MANIFEST_NAME).read_text(encoding="utf-8"))
    owners = {name: Path(entry["input"]).name for name, entry in manifest["letters"].items()}
    assert owners == {f"K-{n:03d}.docx": f"case-{n:03d}.yaml" for n in range(100)}


def test_a_letter_written_just_before_a_kill_keeps_its_name(tmp_path: Path) -> None:
    """The name is claimed before the letter is written: the next run knows the letter is ours.

    The kill is simulated at the worst moment: the letter is on disk, its record is not, and a
    half-written temporary file of the next letter lies beside it.
    """
    cases = tmp_path / "cases"
    letters = tmp_path / "letters"
    expected = write_cases(cases, 2)
    manifest = batch.Manifest(letters)
    letters.mkdir()
    sources = [str((cases / f"case-{n:03d}.yaml").resolve()) for n in range(2)]
    manifest.claim(list(zip(expected, sources, strict=True)))
    manifest.close_journal()
    (letters / expected[0]).write_bytes(b"a letter the killed run wrote")
    (letters / f".{expected[1]}.ab12cd_9.tmp").write_bytes(b"half a letter")

    summary = batch.run([cases], letters, jobs=1)

    assert [r.output.name for r in summary.results if r.output] == expected
    assert letter_names(letters) == set(expected)
    assert (letters / expected[0]).read_bytes() != b"a letter the killed run wrote"  # made again
    assert temporary_files(letters) == []


def valid_letters(folder: Path) -> set[str]:
    """The letters that open as whole Word files (a half-written one does not)."""
    whole = set()
    for path in folder.glob("*.docx"):
        with contextlib.suppress(zipfile.BadZipFile), zipfile.ZipFile(path) as archive:
            if archive.testzip() is None and "word/document.xml" in archive.namelist():
                whole.add(path.name)
    return whole


def recorded_letters(folder: Path) -> set[str]:
    """The letters the output folder's manifest and journal say were written."""
    return {
        name for name, entry in batch.Manifest(folder).letters.items() if not entry.get("pending")
    }


def test_a_stop_signal_while_pydantic_calls_back_stops_the_run_after_that_letter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The root cause of a SIGTERM that `mla batch -j1` ignored (exit 1, nothing on stderr).

    Writing a letter serialises the case with pydantic, whose Rust core calls back into Python
    (`__eq__` against the defaults). An exception a signal handler raised there came back as a
    PydanticSerializationError, so the letter was reported invalid ("internal error") and the
    run went on; here the signal comes at exactly that moment. Now the signal only records the
    stop: the letter is finished, reported as rendered, and the run stops before the next one.
    """
    from pydantic import BaseModel

    cases = tmp_path / "cases"
    letters = tmp_path / "letters"
    expected = write_cases(cases, 3)
    serialising = False
    sent: list[bool] = []
    dump_json, equals = BaseModel.model_dump_json, BaseModel.__eq__

    def dump_watched(self: BaseModel, *args: Any, **kwargs: Any) -> str:
        nonlocal serialising
        serialising = True
        try:
            return dump_json(self, *args, **kwargs)
        finally:
            serialising = False

    def equals_then_signal(self: BaseModel, other: object) -> bool:
        if serialising and not sent:
            sent.append(True)
            signal.raise_signal(signal.SIGTERM)  # its handler runs inside the callback
        return equals(self, other)

    monkeypatch.setattr(BaseModel, "model_dump_json", dump_watched)
    monkeypatch.setattr(BaseModel, "__eq__", equals_then_signal)
    reported: list[batch.Result] = []

    with interrupts.stop_at_safe_points(), pytest.raises(interrupts.Terminated):
        batch.run([cases], letters, jobs=1, on_result=reported.append)

    assert sent, "the case was never serialised: the test no longer reaches the callback"
    assert [(r.outcome, r.error) for r in reported] == [(batch.Outcome.RENDERED, "")]
    assert valid_letters(letters) == letter_names(letters) == {expected[0]}
    assert recorded_letters(letters) == {expected[0]}
    assert temporary_files(letters) == []


def test_a_run_stopped_with_several_workers_keeps_whole_letters_and_a_rerun_resumes(
    tmp_path: Path,
) -> None:
    """SIGTERM to a run with two workers, as its first letter is reported: the workers finish
    the letters they are writing, end with the run, and a second run makes only the rest."""
    cases = tmp_path / "cases"
    letters = tmp_path / "letters"
    expected = set(write_cases(cases, 12))
    reported: list[batch.Result] = []

    def signal_at_first_letter(result: batch.Result) -> None:
        reported.append(result)
        if len(reported) == 1:
            signal.raise_signal(signal.SIGTERM)

    with interrupts.stop_at_safe_points(), pytest.raises(interrupts.Terminated):
        batch.run([cases], letters, jobs=2, on_result=signal_at_first_letter)

    assert multiprocessing.active_children() == []  # no worker outlives the run
    assert [r.outcome for r in reported] == [batch.Outcome.RENDERED]
    written = letter_names(letters)
    assert 1 <= len(written) < len(expected)  # stopped early, not run to its end
    assert valid_letters(letters) == written  # nothing half-written
    assert recorded_letters(letters) == written  # the manifest knows every letter written
    assert temporary_files(letters) == []

    again = batch.run([cases], letters, jobs=2)

    outcomes = {r.output.name: r.outcome for r in again.results if r.output}
    assert {name for name, o in outcomes.items() if o is batch.Outcome.SKIPPED} == written
    assert {name for name, o in outcomes.items() if o is batch.Outcome.RENDERED} == (
        expected - written
    )
    assert valid_letters(letters) == expected
    assert not (letters / batch.JOURNAL_NAME).exists()


def test_a_stop_signal_is_raised_once_where_the_run_allows_it() -> None:
    """Under `stop_at_safe_points` a signal is recorded; it is raised by `stop_if_requested` or
    at once inside `interruptible` (output that may block); a second one is ignored."""
    with interrupts.stop_at_safe_points():
        signal.raise_signal(signal.SIGINT)  # Ctrl-C: recorded, nothing raised here
        assert interrupts.stop_requested()
        with pytest.raises(KeyboardInterrupt) as stopped:
            interrupts.stop_if_requested()
        assert not isinstance(stopped.value, interrupts.Terminated)
        signal.raise_signal(signal.SIGTERM)  # during the clean-up: ignored
        interrupts.stop_if_requested()

    with interrupts.stop_at_safe_points():
        assert not interrupts.stop_requested()  # a new run starts untold
        with pytest.raises(interrupts.Terminated), interrupts.interruptible():
            signal.raise_signal(signal.SIGTERM)
            pytest.fail("the signal should have stopped this block")


# --------------------------------------------------------------------------- two runs, one folder


def test_a_second_batch_into_a_folder_in_use_refuses_and_writes_nothing(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    others = tmp_path / "other-cases"  # the same references: without the lock, names would clash
    letters = tmp_path / "letters"
    write_cases(cases, 30)
    write_cases(others, 30)
    first = start_batch(cases, letters, "-j", "1")
    try:
        assert wait_for_lines(first, r"cases to process\.$", 1)  # it holds the folder now
        first.send_signal(signal.SIGSTOP)  # and keeps it, however fast this machine is
        before = {p.name: p.stat().st_mtime_ns for p in letters.iterdir()}

        second = run_mla("batch", others, "-o", letters, "-j", "1")

        assert second.returncode == 2
        assert second.stdout == ""
        assert "Another `mla batch`" in second.stderr
        assert f"process {first.pid}" in second.stderr
        assert str(letters) in second.stderr
        assert "Traceback" not in second.stderr
        assert {p.name: p.stat().st_mtime_ns for p in letters.iterdir()} == before
    finally:
        first.send_signal(signal.SIGCONT)
    first.communicate(timeout=120)

    assert first.returncode == 0
    manifest = json.loads((letters / batch.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert len(manifest["letters"]) == 30
    assert all(Path(e["input"]).parent == cases.resolve() for e in manifest["letters"].values())
    assert len(letter_names(letters)) == 30

    # Once the first run has ended, the folder is free again.
    assert run_mla("batch", others, "-o", letters, "-j", "1").returncode == 0


def test_the_lock_is_refused_in_process_and_a_stale_lock_file_blocks_nothing(
    tmp_path: Path,
) -> None:
    import fcntl

    cases = tmp_path / "cases"
    letters = tmp_path / "letters"
    write_cases(cases, 1)
    letters.mkdir()
    lock_file = letters / batch.LOCK_NAME
    lock_file.write_text("999999999\n", encoding="utf-8")  # left by a run that was killed

    assert batch.run([cases], letters, jobs=1).succeeded

    with lock_file.open("r+") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(batch.FolderInUseError):
            batch.run([cases], letters, jobs=1, options=batch.Options(force=True))


# --------------------------------------------------------------------------- odd files


def test_a_pipe_among_the_case_files_is_reported_and_does_not_hang(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    write_cases(cases, 2)
    os.mkfifo(cases / "pipe.yaml")  # nobody writes to it: reading it would wait forever
    report = tmp_path / "report.json"

    letters = tmp_path / "letters"
    command = ["batch", str(cases), "/dev/null", "-o", str(letters), "--report", str(report)]
    result = subprocess.run(
        [sys.executable, "-m", "mla_writer", *command, "-j", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENVIRONMENT,
        timeout=60,
    )

    assert result.returncode == 1, result.stderr
    entries = {Path(e["input"]).name: e for e in json.loads(report.read_text(encoding="utf-8"))}
    for odd in ("pipe.yaml", "null"):
        assert entries[odd]["outcome"] == "invalid"
        assert "not a regular file" in entries[odd]["error"]
        assert entries[odd]["output"] is None
    assert entries["case-000.yaml"]["outcome"] == "rendered"
    assert entries["case-001.yaml"]["outcome"] == "rendered"
    assert "invalid: " in result.stdout and "pipe.yaml" in result.stdout
