"""Measure the point evaluators of `mla check` on the bank of labelled passages (tests/paraphrases/).

    python tools/evaluate_bank.py              # agreement per point, language and kind
    python tools/evaluate_bank.py --list       # and every passage judged otherwise than labelled
    python tools/evaluate_bank.py --point 13 --lang fr --list

The bank was written by two authors who never saw the analyser: passages as they stand in real
letters of request, each labelled for one point (ok, partial, missing) judged on the passage
alone. Each passage is read as a letter of its own in its labelled language, and only that
point's evaluator runs. A gap is `partial` or `missing`: recall and precision of gaps as for the
corpus of whole letters (tools/evaluate_corpus.py), and the exact agreement of the three statuses.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mla_writer.checklist import POINTS  # noqa: E402
from mla_writer.foreign.analyse import letter_context, point_status  # noqa: E402
from mla_writer.foreign.extract import split_paragraphs  # noqa: E402
from mla_writer.foreign.points import EVALUATORS  # noqa: E402

BANK = ROOT / "tests" / "paraphrases"
KEYS = {number: point.key for number, point in enumerate(POINTS, start=1)}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    same: int = 0
    total: int = 0

    def add(self, expected: str, found: str) -> None:
        expected_gap, found_gap = expected != "ok", found != "ok"
        self.tp += expected_gap and found_gap
        self.fp += found_gap and not expected_gap
        self.fn += expected_gap and not found_gap
        self.same += expected == found
        self.total += 1

    def row(self, label: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.2f} ({a}/{b})" if b else "-"

        return (
            f"| {label} | {ratio(self.same, self.total)} | {ratio(self.tp, self.tp + self.fn)} "
            f"| {ratio(self.tp, self.tp + self.fp)} |"
        )


def judge(text: str, language: str, point: int) -> str:
    """The status the analyser gives `point` when the passage is all the letter says."""
    context = letter_context(split_paragraphs(text), language=language)
    return point_status(EVALUATORS[KEYS[point]](context)).value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every disagreement")
    parser.add_argument("--point", type=int, help="only this point (1-13)")
    parser.add_argument("--lang", help="only this language (en, fr, es, ru, pt, ar)")
    parser.add_argument("--bank", type=Path, default=BANK, help="the folder of the bank")
    args = parser.parse_args()
    tallies: dict[str, Tally] = defaultdict(Tally)
    wrong: list[str] = []
    for path in sorted(args.bank.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            language, point = path.stem, int(item["point"])
            if (args.point and point != args.point) or (args.lang and language != args.lang):
                continue
            expected, found = str(item["expect"]), judge(item["text"], language, point)
            for key in ("overall", f"language {language}", f"point {point} {KEYS[point]}"):
                tallies[key].add(expected, found)
            tallies[f"kind {item['kind']}"].add(expected, found)
            if expected != found:
                wrong.append(f"- {item['id']} ({item['kind']}): labelled {expected}, read {found}")
    print("| subset | same status | gap recall | gap precision |\n|---|---|---|---|")
    for key in sorted(tallies, key=lambda k: (k != "overall", k.split()[0], _order(k))):
        print(tallies[key].row(f"**{key}**" if key == "overall" else key))
    if args.list:
        print("\nJudged otherwise than labelled:\n" + "\n".join(wrong))
    return 0


def _order(key: str) -> tuple[int, str]:
    word = key.split()[1] if " " in key else ""
    return (int(word), "") if word.isdigit() else (0, word)


if __name__ == "__main__":
    raise SystemExit(main())
