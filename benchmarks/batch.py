"""Benchmark of `mla batch`: letters per second, the python-docx floor, memory, start-up.

    .venv/bin/python benchmarks/batch.py            # N = 1,000 case files (about 3 minutes)
    .venv/bin/python benchmarks/batch.py -n 200     # a quicker look

It generates N varied, complete case files from the bundled examples, then reports in one run:
- letters per second of `mla batch --jobs 1` and `--jobs 2` (whole commands, start-up included);
- the bare python-docx floor: the same letters' text and structure (paragraphs with their styles,
  tables with their cells, header and footer) written with python-docx alone, Document() then
  paragraphs and tables then save(), in a loop in one process; and the ratio of `--jobs 1` to it;
- the fastest peer, docxtpl: the same letters rendered from one Jinja template built on
  mla-writer's base template (its styles; a paragraph per style, tables whose rows and cells are
  loops, header and footer fields), in a loop in one process; and the ratio of `--jobs 1` to it.
  docxtpl is in the `bench` extra (`pip install -r requirements/bench.txt`); without it the
  benchmark says so and prints the rest;
- the peak memory (largest resident set of any process) of `--jobs 1` at N = 100 and at N;
- the median wall time of `mla --help` over 10 runs.
`mla` runs as installed: with its compiled bytecode kept (in a scratch folder).
Targets (issue 19, 2-core machine): jobs 1 >= 2.0 x the floor and >= 1.5 x docxtpl; jobs 2 >= 1.8 x
jobs 1; memory at N within 10% of N = 100; `mla --help` <= 90 ms. It prints the figures and exits
0 whether or not targets are met.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mla_writer, as the `mla` it measures
COMPLETE_EXAMPLES = ("trafficking", "email-fraud", "asset-freezing")
INVENTED_PLACES = ("Chișinău", "Cahul", "Bălți", "Tbilisi", "Bucharest", "Iași", "Batumi")
EXTRA_PARAGRAPH = (
    "Further enquiries in case file {n} established that the same pattern of transfers was "
    "repeated on {k} further occasions between the accounts described above; each transfer was "
    "made within two days of a payment collected from a victim, and each was below the threshold "
    "that would have required the bank to report it."
)


# --------------------------------------------------------------------------- the case files


def generate_cases(folder: Path, count: int) -> list[Path]:
    """`count` complete case files, each a bundled example with its own reference and text."""
    from mla_writer.app import context_for
    from mla_writer.casefile import dump_case, parse_case
    from mla_writer.checklist import check
    from mla_writer.examples import example_text

    bases = [parse_case(example_text(name), f"{name}.yaml") for name in COMPLETE_EXAMPLES]
    for base in bases:
        report = check(base, context_for(base))
        if not report.complete:
            sys.exit(f"The example {base.reference} is not complete: the benchmark needs it to be.")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        base = bases[n % len(bases)]
        facts = base.facts
        if facts is not None and facts.summary:
            extra = "\n\n".join(EXTRA_PARAGRAPH.format(n=n, k=k + 2) for k in range(n % 4))
            summary = facts.summary.rstrip() + ("\n\n" + extra if extra else "")
            facts = facts.model_copy(update={"summary": summary})
        case = base.model_copy(
            update={
                "reference": f"{base.reference}/B{n:05d}",
                "place": INVENTED_PLACES[n % len(INVENTED_PLACES)],
                "facts": facts,
            }
        )
        path = folder / f"case-{n:05d}.yaml"
        path.write_text(dump_case(case), encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- measuring mla

_PEAK = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime, code)\n"
)


@dataclass
class Run:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the whole process tree
    peak_mib: float  # the largest resident set of any one process
    exit_code: int


def run_batch(cases: list[Path] | Path, output: Path, jobs: int) -> Run:
    """Run `mla batch` as a user would, in its own process tree; time it and take its peak RSS."""
    if output.exists():
        shutil.rmtree(output)
    inputs = [str(cases)] if isinstance(cases, Path) else [str(p) for p in cases]
    command = [sys.executable, "-m", "mla_writer", "batch", *inputs, "-o", str(output)]
    command += ["--jobs", str(jobs)]
    environment = {**installed_environment(), "LANG": "C.UTF-8", "LANGUAGE": ""}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        check=True,
    )
    seconds = time.perf_counter() - start
    peak_kib, cpu, exit_code = done.stdout.split()[-3:]
    if exit_code != "0":
        tail = "\n".join(done.stdout.splitlines()[-12:-1])
        sys.exit(f"mla batch did not render every case (exit {exit_code}):\n{tail}")
    return Run(seconds, float(cpu), int(peak_kib) / 1024, int(exit_code))


BYTECODE = Path(tempfile.gettempdir()) / "mla-bench-bytecode"


def installed_environment() -> dict[str, str]:
    """The environment `mla` is measured in: with compiled bytecode kept, as pip installs it
    (PYTHONDONTWRITEBYTECODE, set in some shells, would compile every module on every start)."""
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(BYTECODE)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def help_median(runs: int = 10) -> tuple[float, float]:
    """Median wall and CPU seconds of `mla --help`."""
    import resource

    mla = Path(sys.executable).parent / "mla"
    command = [str(mla)] if mla.exists() else [sys.executable, "-m", "mla_writer"]
    times, cpu_times = [], []
    subprocess.run([*command, "--help"], capture_output=True, cwd=ROOT, env=installed_environment())
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [*command, "--help"],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env=installed_environment(),
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu_times)


# --------------------------------------------------------------------------- the floor


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def letter_structure(path: Path) -> list[tuple[str, Any]]:
    """A letter's body as ("p", (style name, text)) and ("t", rows of cell texts), in order.

    Read straight from the package's XML: opening 1,000 letters with python-docx would take
    longer than the benchmark itself.
    """
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{_W}body")
        styles = etree.fromstring(package.read("word/styles.xml"))
        margins = {
            kind: "\n".join(
                "".join(
                    node.text or "" for node in etree.fromstring(package.read(name)).iter(f"{_W}t")
                )
                for name in sorted(package.namelist())
                if name.startswith(f"word/{kind}") and name.endswith(".xml")
            )
            for kind in ("header", "footer")
        }
    names = {
        style.get(f"{_W}styleId"): style.find(f"{_W}name").get(f"{_W}val")
        for style in styles.iter(f"{_W}style")
        if style.find(f"{_W}name") is not None
    }

    def text(element: Any) -> str:
        return "".join(node.text or "" for node in element.iter(f"{_W}t"))

    blocks: list[tuple[str, Any]] = []
    for element in body:
        if element.tag == f"{_W}p":
            style = element.find(f"{_W}pPr/{_W}pStyle")
            name = names.get(style.get(f"{_W}val")) if style is not None else None
            blocks.append(("p", (name, text(element))))
        elif element.tag == f"{_W}tbl":
            rows = [
                ["\n".join(text(p) for p in cell.iter(f"{_W}p")) for cell in row.iter(f"{_W}tc")]
                for row in element.iter(f"{_W}tr")
            ]
            blocks.append(("t", rows))
    blocks += [("header", margins["header"]), ("footer", margins["footer"])]
    return blocks


def floor(letters: list[list[tuple[str, Any]]], folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds to write these letters with python-docx alone, in one process.

    A fair floor, not a naive one: python-docx looks a style up by name by scanning every style
    (about half of a letter's time), so style ids are resolved once and set directly.
    """
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    style_ids = {style.name: style.style_id for style in docx.Document().styles}
    start, start_cpu = time.perf_counter(), time.process_time()
    for index, blocks in enumerate(letters):
        document = docx.Document()
        for kind, content in blocks:
            if kind in ("header", "footer"):
                section = document.sections[0]
                margin = section.header if kind == "header" else section.footer
                margin.paragraphs[0].text = content
            elif kind == "p":
                style, text = content
                paragraph = document.add_paragraph(text)
                if style in style_ids and style != "Normal":
                    paragraph._p.style = style_ids[style]
            else:
                columns = max((len(row) for row in content), default=1)
                table = document.add_table(rows=len(content), cols=columns)
                for row, cells in zip(table.rows, content, strict=True):
                    for cell, text in zip(row.cells, cells, strict=False):
                        cell.text = text
        document.save(str(folder / f"floor-{index:05d}.docx"))
    return time.perf_counter() - start, time.process_time() - start_cpu


# --------------------------------------------------------------------------- the peer


def _jinja_template(style_names: list[str], path: Path) -> None:
    """A docxtpl template for every letter: mla-writer's own base template (its styles), a loop
    over the blocks with one paragraph per style, a table whose rows and cells are loops, and
    the header and footer as fields. Built once, untimed."""
    import io

    import docx

    from mla_writer.render.template import load_template

    document = docx.Document(io.BytesIO(load_template(None).blob))
    document.add_paragraph("{%p for b in blocks %}")
    for name in style_names:
        document.add_paragraph(f"{{%p if b.kind == 'p' and b.style == {name!r} %}}")
        document.add_paragraph("{{ b.text }}", style=name)
        document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p if b.kind == 't' %}")
    table = document.add_table(rows=3, cols=3)
    table.rows[0].cells[0].text = "{%tr for row in b.rows %}"
    for cell, text in zip(
        table.rows[1].cells,
        ("{%tc for cell in row %}", "{{ cell }}", "{%tc endfor %}"),
        strict=True,
    ):
        cell.text = text
    table.rows[2].cells[0].text = "{%tr endfor %}"
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ header }}"
    section.footer.paragraphs[0].text = "{{ footer }}"
    document.save(str(path))


def docxtpl_peer(letters: list[list[tuple[str, Any]]], folder: Path) -> tuple[float, float] | None:
    """Wall and CPU seconds to write these letters with docxtpl from one Jinja template (the
    same text, styles, tables, header and footer), in one process; None without docxtpl
    (`pip install -r requirements/bench.txt`)."""
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    contexts = []
    styles: set[str] = set()
    for blocks in letters:
        body = []
        margins = {"header": "", "footer": ""}
        for kind, content in blocks:
            if kind == "p":
                style, text = content
                styles.add(style or "Normal")
                body.append({"kind": "p", "style": style or "Normal", "text": text})
            elif kind == "t":
                body.append({"kind": "t", "rows": content})
            else:
                margins[kind] = content
        contexts.append({"blocks": body, **margins})
    template = folder / "template.docx"
    _jinja_template(sorted(styles), template)
    start, start_cpu = time.perf_counter(), time.process_time()
    for index, context in enumerate(contexts):
        document = DocxTemplate(str(template))
        document.render(context, autoescape=True)
        document.save(str(folder / f"docxtpl-{index:05d}.docx"))
    return time.perf_counter() - start, time.process_time() - start_cpu


def same_text(ours: list[tuple[str, Any]], theirs: Path) -> bool:
    """Whether a peer's letter holds the same paragraphs' text as ours, in the same order."""
    import docx

    document = docx.Document(str(theirs))
    written = [p.text for p in document.paragraphs]
    expected = [content[1] for kind, content in ours if kind == "p"]
    return written == expected


# --------------------------------------------------------------------------- the report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="how many case files (default 1000)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    arguments = parser.parse_args()
    count = arguments.n
    small = min(100, count)

    workdir = arguments.keep or Path(tempfile.mkdtemp(prefix="mla-bench-"))
    load_before = os.getloadavg()[0]
    try:
        print(f"Generating {count} case files in {workdir} ...", flush=True)
        cases = generate_cases(workdir / "cases", count)

        print("mla batch --jobs 1 ...", flush=True)
        one = run_batch(workdir / "cases", workdir / "letters-1", jobs=1)
        print("mla batch --jobs 2 ...", flush=True)
        two = run_batch(workdir / "cases", workdir / "letters-2", jobs=2)
        print(f"mla batch --jobs 1 on {small} cases (memory) ...", flush=True)
        few = run_batch(cases[:small], workdir / "letters-small", jobs=1)

        print("python-docx floor (reading the letters' structure first, untimed) ...", flush=True)
        written = sorted((workdir / "letters-1").glob("*.docx"))
        letters = [letter_structure(p) for p in written]
        floor_seconds, floor_cpu = floor(letters, workdir / "floor")
        print("docxtpl, the same letters from a Jinja template ...", flush=True)
        peer = docxtpl_peer(letters, workdir / "docxtpl")
        if peer is not None and not same_text(
            letters[0], workdir / "docxtpl" / "docxtpl-00000.docx"
        ):
            sys.exit("docxtpl did not write the same text as mla-writer: the comparison is void.")
        print("mla --help x 10 ...", flush=True)
        help_seconds, help_cpu = help_median()
    finally:
        if arguments.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)

    rate_one = count / one.seconds
    rate_two = count / two.seconds
    rate_floor = len(letters) / floor_seconds
    # Letters per CPU-second: what a letter costs, whatever else the machine is doing.
    cpu_one = count / one.cpu_seconds
    cpu_floor = len(letters) / floor_cpu
    cpu_two = count / two.cpu_seconds
    # What --jobs 2 would reach on two otherwise idle cores, if nothing but its own CPU work and
    # that of --jobs 1 counted: a check on the wall-time ratio when the machine is busy.
    idle_estimate = 2 * cpu_two / cpu_one
    rate_peer = len(letters) / peer[0] if peer else None
    cpu_peer = len(letters) / peer[1] if peer else None
    figures = {
        "cases": count,
        "cpu_count": os.cpu_count(),
        "jobs1_letters_per_s": round(rate_one, 1),
        "jobs2_letters_per_s": round(rate_two, 1),
        "floor_letters_per_s": round(rate_floor, 1),
        "jobs1_over_floor": round(rate_one / rate_floor, 2),
        "docxtpl_letters_per_s": round(rate_peer, 1) if rate_peer else None,
        "jobs1_over_docxtpl": round(rate_one / rate_peer, 2) if rate_peer else None,
        "docxtpl_over_floor": round(rate_peer / rate_floor, 2) if rate_peer else None,
        "jobs1_letters_per_cpu_s": round(cpu_one, 1),
        "floor_letters_per_cpu_s": round(cpu_floor, 1),
        "jobs1_over_floor_cpu": round(cpu_one / cpu_floor, 2),
        "jobs2_letters_per_cpu_s": round(cpu_two, 1),
        "jobs2_over_jobs1_on_idle_cores_estimate": round(idle_estimate, 2),
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "jobs2_over_jobs1": round(rate_two / rate_one, 2),
        "peak_mib_small": round(few.peak_mib, 1),
        "peak_mib_large": round(one.peak_mib, 1),
        "peak_mib_jobs2": round(two.peak_mib, 1),
        "peak_growth": round(one.peak_mib / few.peak_mib - 1, 3),
        "help_median_s": round(help_seconds, 3),
        "help_median_cpu_s": round(help_cpu, 3),
    }
    rows = [
        ("mla batch --jobs 1", f"{rate_one:.1f} letters/s", ""),
        ("mla batch --jobs 2", f"{rate_two:.1f} letters/s", ""),
        ("python-docx floor", f"{rate_floor:.1f} letters/s", ""),
        ("jobs 1 / floor", f"{rate_one / rate_floor:.2f}", _target(rate_one / rate_floor >= 2.0)),
        *_peer_rows(rate_one, rate_floor, rate_peer, cpu_one, cpu_peer),
        ("jobs 2 / jobs 1", f"{rate_two / rate_one:.2f}", _target(rate_two / rate_one >= 1.8)),
        ("jobs 1, per CPU-second", f"{cpu_one:.1f} letters", ""),
        ("floor, per CPU-second", f"{cpu_floor:.1f} letters", ""),
        ("jobs 1 / floor, CPU", f"{cpu_one / cpu_floor:.2f}", _target(cpu_one / cpu_floor >= 2.0)),
        ("jobs 2, per CPU-second", f"{cpu_two:.1f} letters", ""),
        ("jobs 2 / jobs 1 on idle cores (estimate)", f"{idle_estimate:.2f}", ""),
        (f"peak memory, {small} cases", f"{few.peak_mib:.1f} MiB", ""),
        (f"peak memory, {count} cases", f"{one.peak_mib:.1f} MiB", ""),
        ("memory growth", f"{figures['peak_growth']:+.1%}", _target(figures["peak_growth"] <= 0.1)),
        ("peak memory, jobs 2 (largest process)", f"{two.peak_mib:.1f} MiB", ""),
        (
            "mla --help (median of 10)",
            f"{help_seconds * 1000:.0f} ms",
            _target(help_seconds <= 0.09),
        ),
        ("mla --help, CPU (median of 10)", f"{help_cpu * 1000:.0f} ms", ""),
    ]
    print()
    print(
        f"{count} case files, {os.cpu_count()} cores, load average {load_before:.2f} before "
        f"and {os.getloadavg()[0]:.2f} after (other work on the machine skews wall times)"
    )
    for name, value, verdict in rows:
        print(f"  {name:<40} {value:>16}  {verdict}")
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def _peer_rows(
    rate_one: float,
    rate_floor: float,
    rate_peer: float | None,
    cpu_one: float,
    cpu_peer: float | None,
) -> list[tuple[str, str, str]]:
    if rate_peer is None or cpu_peer is None:
        missing = "not installed: pip install -r requirements/bench.txt"
        return [("docxtpl", missing, "")]
    return [
        ("docxtpl (same letters, Jinja template)", f"{rate_peer:.1f} letters/s", ""),
        ("docxtpl / floor", f"{rate_peer / rate_floor:.2f}", ""),
        ("jobs 1 / docxtpl", f"{rate_one / rate_peer:.2f}", _target(rate_one / rate_peer >= 1.5)),
        ("docxtpl, per CPU-second", f"{cpu_peer:.1f} letters", ""),
        ("jobs 1 / docxtpl, CPU", f"{cpu_one / cpu_peer:.2f}", _target(cpu_one / cpu_peer >= 1.5)),
    ]


def _target(met: bool) -> str:
    return "target met" if met else "TARGET MISSED"


if __name__ == "__main__":
    main()
