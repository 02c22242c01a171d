"""How long a user waits for `mla check` and `mla --help`, against floors measured in the same run.

    .venv/bin/python benchmarks/check.py [--runs 15]

Each command runs `--runs` times as a fresh process, as a user runs it (with the compiled bytecode
an installed copy keeps, after one untimed run); the median wall time is
printed with the issue-19 target and its ratio to two floors timed in the same run:
- the bare interpreter (`python -c pass`), below which no command can start;
- the peer for a case file: reading and parsing the same YAML with PyYAML alone, in a fresh process.
Inputs: the bundled trafficking example (a complete case file), and an independent corpus letter
(English, as .docx and .txt: someone else's letter). It prints the figures and exits 0 whether or
not targets are met.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "tests" / "corpus" / "A" / "A01_en_lor_gb_cy"
TARGETS = {"case": 0.15, "docx": 0.2, "txt": 0.2, "help": 0.09}


BYTECODE = Path(tempfile.gettempdir()) / "mla-bench-bytecode"


def median_wall(command: list[str], runs: int) -> float:
    """Median wall time of a fresh process, with compiled bytecode kept as pip installs it
    (PYTHONDONTWRITEBYTECODE, set in some shells, would compile every module on every start);
    a first, untimed run writes it."""
    environment = {**os.environ, "MLA_TODAY": "2026-11-22", "LANG": "C.UTF-8"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    subprocess.run(command, capture_output=True, cwd=ROOT, env=environment, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, cwd=ROOT, env=environment, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    load_before = os.getloadavg()[0]
    python = sys.executable
    mla = [python, "-m", "mla_writer"]
    with tempfile.TemporaryDirectory() as scratch:
        case = Path(scratch) / "trafficking.yaml"
        subprocess.run([*mla, "example", "trafficking", "-o", str(case)], check=True)
        parse = f"import sys, yaml; yaml.safe_load(open({str(case)!r}, encoding='utf-8'))"
        figures = {
            "interpreter": median_wall([python, "-c", "pass"], runs),
            "yaml": median_wall([python, "-c", parse], runs),
            "help": median_wall([*mla, "--help"], runs),
            "case": median_wall([*mla, "check", str(case)], runs),
            "docx": median_wall([*mla, "check", str(LETTER.with_suffix(".docx"))], runs),
            "txt": median_wall([*mla, "check", str(LETTER.with_suffix(".txt"))], runs),
        }
    floor, peer = figures["interpreter"], figures["yaml"]
    print(
        f"load average {load_before:.2f} before and {os.getloadavg()[0]:.2f} after "
        "(other work on the machine skews wall times)"
    )
    print(f"median wall of {runs} runs each; floor: python -c pass {floor * 1000:.0f} ms,")
    print(f"peer: parse the case file with PyYAML alone {peer * 1000:.0f} ms\n")
    rows = [
        ("mla --help", "help"),
        ("mla check case.yaml", "case"),
        ("mla check letter.docx (someone else's)", "docx"),
        ("mla check letter.txt (someone else's)", "txt"),
    ]
    for label, key in rows:
        seconds, target = figures[key], TARGETS[key]
        mark = "met" if seconds <= target else "NOT met"
        print(
            f"{label:42} {seconds * 1000:6.0f} ms  target {target * 1000:.0f} ms ({mark});"
            f" {seconds / floor:4.1f}x the interpreter, {seconds / peer:4.1f}x PyYAML alone"
        )


if __name__ == "__main__":
    main()
