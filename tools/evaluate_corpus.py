"""Measure `mla check` on the independent corpus of letters of request (tests/corpus/).

    python tools/evaluate_corpus.py            # the development split (authors A-D)
    python tools/evaluate_corpus.py --test     # the frozen test split (run once per change)
    python tools/evaluate_corpus.py --all      # both
    python tools/evaluate_corpus.py --authors I J   # some development authors only (a new set)

A gap is a point labelled `partial` or `missing`. Recall: labelled gaps the analyser reports as a
gap; precision: reported gaps that are labelled gaps. Figures overall, per language, per point and
per author (each author wrote in their own styles), the points flagged on complete letters, and
whether the same letter as .docx, .pdf and .txt gets the same statuses. A letter the analyser
refuses (unreadable, unsupported language) counts every labelled gap as missed and is listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mla_writer.checklist import POINTS  # noqa: E402
from mla_writer.errors import MlaError  # noqa: E402
from mla_writer.foreign import check_letter  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
KEYS = [point.key for point in POINTS]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected_gap: bool, found_gap: bool) -> None:
        if expected_gap and found_gap:
            self.tp += 1
        elif found_gap:
            self.fp += 1
        elif expected_gap:
            self.fn += 1

    def row(self, label: str) -> str:
        recall = f"{self.tp / (self.tp + self.fn):.2f}" if self.tp + self.fn else "  - "
        precision = f"{self.tp / (self.tp + self.fp):.2f}" if self.tp + self.fp else "  - "
        return f"| {label} | {recall} ({self.tp}/{self.tp + self.fn}) | {precision} ({self.tp}/{self.tp + self.fp}) |"


@dataclass
class Results:
    overall: Counts = field(default_factory=Counts)
    read: Counts = field(default_factory=Counts)  # the letters the analyser did not refuse
    language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    point: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    author: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    style: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    flagged_complete: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    format_mismatches: list[str] = field(default_factory=list)
    letters: int = 0


# The style of a letter, from the word its author put in its name after the language
# ("A01_en_lor_gb_cy": a common-law letter of request), grouped into the traditions the issue names.
STYLES = {
    "common-law letter of request": {"lor", "lr", "letter", "numbered"},
    "translated register": {"translated", "translation", "tarjama"},
    "commission rogatoire, exhorto, inaba, carta rogatória": {
        "cr",
        "cri",
        "commission",
        "comision",
        "exhorto",
        "inaba",
        "istinaba",
        "carta",
        "rogatoria",
    },
    "official form (EIO Annex A, national forms)": {
        "eio",
        "dee",
        "dei",
        "oei",
        "form",
        "forma",
        "formulaire",
        "formulario",
        "namudhaj",
    },
    "CIS zapros": {"zapros", "dopolnitelny"},
    "e-mail": {"email", "barid", "mail", "correo", "courriel"},
    "supplementary request": {"supplementary", "complementar", "complementaire", "takmili"},
    "civil-law request (demande, pedido, solicitud, talab, ofício)": {
        "demande",
        "pedido",
        "solicitud",
        "talab",
        "oficio",
        "mudhakkira",
    },
}


def style_of(letter_id: str) -> str:
    parts = letter_id.split("_")
    word = parts[2] if len(parts) > 2 else ""
    return next((style for style, words in STYLES.items() if word in words), f"other ({word})")


def split_authors(which: str) -> list[str]:
    split = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    if which == "all":
        return [*split["development"], *split["test"]]
    return list(split[which])


def statuses(path: Path) -> dict[str, str] | str:
    """The analyser's status per point, or the reason it refused the letter."""
    try:
        report = check_letter(path)
    except MlaError as error:
        return " ".join(error.message.split())[:160]
    return {result.point.key: result.status.value for result in report.points}


def evaluate(authors: list[str]) -> Results:
    results = Results()
    for author in authors:
        labels = yaml.safe_load((CORPUS / author / "labels.yaml").read_text(encoding="utf-8"))
        for letter_id, letter in labels["letters"].items():
            results.letters += 1
            expected = {key: letter["points"][key]["status"] for key in KEYS}
            files = [CORPUS / author / name for name in letter["files"]]
            found_by_file = {file.suffix: statuses(file) for file in files}
            found = found_by_file[files[0].suffix]
            comparable = [f for f in found_by_file.values() if isinstance(f, dict)]
            if len({tuple(sorted(f.items())) for f in comparable}) > 1:
                results.format_mismatches.append(letter_id)
            refused = isinstance(found, str)
            if isinstance(found, str):
                results.refused.append(f"{letter_id}: {found}")
                found = {key: "ok" for key in KEYS}
            for key in KEYS:
                gap_expected = expected[key] != "ok"
                gap_found = found[key] != "ok"
                if not refused:
                    results.read.add(gap_expected, gap_found)
                for counts in (
                    results.overall,
                    results.language[letter["language"]],
                    results.point[key],
                    results.author[author],
                    results.style[style_of(letter_id)],
                ):
                    counts.add(gap_expected, gap_found)
                if letter.get("complete") and gap_found:
                    results.flagged_complete.append(f"{letter_id}: {key}")
    return results


def report(results: Results, title: str) -> str:
    lines = [f"## {title} ({results.letters} letters)", "", "| subset | recall | precision |"]
    lines.append("|---|---|---|")
    lines.append(results.overall.row("**overall** (a refused letter: every gap missed)"))
    lines.append(results.read.row("letters the analyser read"))
    lines += [results.language[k].row(f"language {k}") for k in sorted(results.language)]
    lines += [results.author[k].row(f"author {k}") for k in sorted(results.author)]
    lines += [results.style[k].row(f"style: {k}") for k in sorted(results.style)]
    lines += [results.point[k].row(f"point {POINTS[KEYS.index(k)].number} {k}") for k in KEYS]
    lines.append("")
    lines.append(f"Points flagged on complete letters: {len(results.flagged_complete)}")
    lines += [f"- {item}" for item in results.flagged_complete]
    lines.append(f"Letters refused by the analyser: {len(results.refused)}")
    lines += [f"- {item}" for item in results.refused]
    lines.append(f"Letters whose formats disagree: {len(results.format_mismatches)}")
    lines += [f"- {item}" for item in results.format_mismatches]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--test", action="store_true", help="the frozen test split")
    group.add_argument("--all", action="store_true", help="both splits")
    group.add_argument(
        "--authors", nargs="+", metavar="A", help="these development authors only (a new set)"
    )
    options = parser.parse_args(argv)
    if options.authors:
        unknown = set(options.authors) - set(split_authors("development"))
        if unknown:
            parser.error(f"not development authors: {' '.join(sorted(unknown))}")
        print(report(evaluate(options.authors), f"authors {' '.join(options.authors)}"))
        return 0
    which = "test" if options.test else "all" if options.all else "development"
    print(report(evaluate(split_authors(which)), f"{which} split"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
