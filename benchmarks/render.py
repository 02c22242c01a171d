"""Letters per second, in one process, for the bundled complete examples, against a floor.

The floor is a bare python-docx document with the same text and structure (the same paragraphs
and tables, in the same order), built in the same run: python-docx's default template, no
styles, no checklist, no language marks, no fields, no embedded case data. Both are saved to
memory as .docx bytes. The aim (issue 3) is our letter within 1.5x of the floor.

    .venv/bin/python benchmarks/render.py [--seconds 3]

Recorded 2026-11-22 (2 cores shared with other jobs, load ~4; python 3.11.7, python-docx 1.2.0),
examples of 2,800-3,300 words: mla-writer 39.8 letters/s (25 ms), bare python-docx 16.9
letters/s (59 ms): ratio 0.42x. Our letter is faster than the floor because it parses a lean
template (~1 ms instead of ~12 ms for python-docx's default) and writes paragraphs, runs and
tables as lxml elements instead of through python-docx's element API.

Recorded 2026-12-06 for issue 16 (numbered paragraphs, cross-references resolved at the end),
before and after alternately on the same machine (load ~3.5; PYTHONPATH set to each tree, as the
script alone imports the installed mla_writer): before (8fdf1b6) 58.7 and 48.0 letters/s, after
57.7 and 73.5 letters/s; ratio to the floor 0.36-0.53x. No regression; paragraph numbers are
formatted once per number (babel's format_decimal was 2 ms of a letter).

Recorded 2026-12-06 late, issue 16's "render speed does not regress", three rounds alternating
three trees on this 2-core machine (a helper session busy beside it, so noisy; PYTHONPATH set to
each tree), ms per letter and floor/ours: 5a58ea1 (before the letters' prose and typography)
13.6, 14.5, 14.2 ms (0.46-0.57x); 771b113 (prose and the typography pass) 18.4, 17.0, 19.0 ms
(0.60-0.73x); after copying runs and paragraphs from prototypes, reading the template's archive
once and choosing typography rules once per language: 13.8, 15.3, 13.1 ms (0.48-0.61x) - back to
the speed before the prose, with it.
"""

from __future__ import annotations

import argparse
import io
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from mla_writer.app import context_for
from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext
from mla_writer.examples import example_text, list_examples
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document


@dataclass(frozen=True)
class Case:
    name: str
    request: LetterOfRequest
    context: CheckContext
    structure: list[str | list[list[str]]]
    """Paragraph texts and tables (rows of cell texts), in document order."""
    words: int


def structure_of(document: Document) -> list[str | list[list[str]]]:
    blocks: list[str | list[list[str]]] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            blocks.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            table = Table(child, document)
            blocks.append([[cell.text for cell in row.cells] for row in table.rows])
    return blocks


def load_cases() -> list[Case]:
    cases = []
    for example in list_examples():
        if not example.complete:
            continue
        request = parse_case(example_text(example.name), example.name)
        context = context_for(request)
        structure = structure_of(build_document(request, context=context))
        text = " ".join(
            block if isinstance(block, str) else " ".join(" ".join(row) for row in block)
            for block in structure
        )
        cases.append(Case(example.name, request, context, structure, len(text.split())))
    return cases


def our_letter(case: Case) -> bytes:
    buffer = io.BytesIO()
    build_document(case.request, context=case.context).save(buffer)
    return buffer.getvalue()


def bare_letter(case: Case) -> bytes:
    document = docx.Document()
    for block in case.structure:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for row, texts in zip(table.rows, block, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rate(make: Callable[[Case], bytes], cases: list[Case], seconds: float) -> float:
    """Letters per second, rendering the examples round-robin for about `seconds`."""
    for case in cases:  # warm up: imports, template caches
        make(case)
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for case in cases:
            make(case)
        count += len(cases)
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    seconds = parser.parse_args().seconds
    cases = load_cases()
    print(
        f"python {platform.python_version()}, python-docx {docx.__version__ if hasattr(docx, '__version__') else '?'}"
    )
    print("examples: " + ", ".join(f"{c.name} ({c.words} words)" for c in cases))
    # Alternate the two measurements so that drift in the machine affects both alike.
    ours, floor = [], []
    for _round in range(2):
        ours.append(rate(our_letter, cases, seconds / 2))
        floor.append(rate(bare_letter, cases, seconds / 2))
    our_rate, floor_rate = max(ours), max(floor)
    print(f"mla-writer letters: {our_rate:7.1f} letters/s ({1000 / our_rate:5.1f} ms each)")
    print(f"bare python-docx:   {floor_rate:7.1f} letters/s ({1000 / floor_rate:5.1f} ms each)")
    print(f"ratio (floor / ours): {floor_rate / our_rate:.2f}x  (aim: at most 1.5x)")


if __name__ == "__main__":
    main()
