"""Precision and recall of "gap" (missing or partial) for `mla check` on the evaluation set.

A gap the analyser reports where the label has one is a true positive; a gap it misses is a false
negative (a missed gap costs months); a gap it reports on a point the label says is ok is a false
positive (a needless question). Figures are given overall, per point, per language, and for the
letters kept aside while the cues were written (`held_out` in labels.yaml).

Run: `python tests/foreign_letters/evaluate.py` (builds the Word letters in a temporary folder).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STATUS = {"o": "ok", "P": "partial", "M": "missing"}
RECALL_TARGET = 0.9
PRECISION_TARGET = 0.85


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected_gap: bool, found_gap: bool) -> None:
        if expected_gap and found_gap:
            self.tp += 1
        elif found_gap:
            self.fp += 1
        elif expected_gap:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


@dataclass
class Evaluation:
    overall: Counts = field(default_factory=Counts)
    tuning: Counts = field(default_factory=Counts)
    held_out: Counts = field(default_factory=Counts)
    blind: Counts = field(default_factory=Counts)  # the batch written after the cues were frozen
    exact: int = 0  # points whose status (ok/partial/missing) matched exactly
    total: int = 0
    by_point: dict[str, Counts] = field(default_factory=dict)
    by_language: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)


def load_labels() -> dict[str, dict]:
    with (HERE / "labels.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["letters"]


def letter_path(name: str, built: Path) -> Path:
    """Where a letter of the set is: beside this file, or built (Word letters) in `built`."""
    here = HERE / name
    return here if here.exists() else built / name


def evaluate(built: Path, names: Iterable[str] | None = None) -> Evaluation:
    from mla_writer.checklist import POINTS
    from mla_writer.foreign import check_letter

    labels = load_labels()
    result = Evaluation(
        by_point={p.key: Counts() for p in POINTS},
        by_language={code: Counts() for code in ("en", "fr", "es", "ru")},
    )
    for name in names or labels:
        label = labels[name]
        report = check_letter(letter_path(name, built))
        subset = result.held_out if label["held_out"] else result.tuning
        for point_result, expected_mark in zip(report.points, label["points"], strict=True):
            expected = STATUS[expected_mark]
            found = point_result.status.value
            expected_gap, found_gap = expected != "ok", found != "ok"
            key = point_result.point.key
            for counts in (
                result.overall,
                subset,
                result.by_point[key],
                result.by_language[label["language"]],
            ):
                counts.add(expected_gap, found_gap)
            if label.get("blind"):
                result.blind.add(expected_gap, found_gap)
            result.total += 1
            result.exact += expected == found
            if expected != found:
                result.mismatches.append(
                    f"{name}: point {point_result.point.number} ({key}) labelled {expected}, "
                    f"found {found}"
                )
    return result


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def table(result: Evaluation) -> str:
    """The figures as a plain-text table."""
    rows = [f"{'':<24} {'recall':>7} {'precision':>9} {'tp':>4} {'fp':>4} {'fn':>4}"]

    def row(label: str, c: Counts) -> str:
        return (
            f"{label:<24} {_figure(c.recall):>7} {_figure(c.precision):>9} "
            f"{c.tp:>4} {c.fp:>4} {c.fn:>4}"
        )

    rows.append(row("overall", result.overall))
    rows.append(row("  tuning letters", result.tuning))
    rows.append(row("  held-out letters", result.held_out))
    rows.append(row("    of which blind batch", result.blind))
    rows.append("")
    rows += [row(f"language {code}", c) for code, c in result.by_language.items()]
    rows.append("")
    rows += [row(f"{key}", c) for key, c in result.by_point.items()]
    rows.append("")
    rows.append(f"exact status (ok/partial/missing) agreement: {result.exact}/{result.total}")
    rows += [f"  {line}" for line in result.mismatches]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from make_docx import build_all

    with tempfile.TemporaryDirectory() as folder:
        build_all(Path(folder))
        print(table(evaluate(Path(folder))))
