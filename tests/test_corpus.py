"""The independent corpus of letters (tests/corpus/) is whole: what its README promises holds.

These checks read only the labels and the files; measuring the analyser on the letters is
`python tools/evaluate_corpus.py` (too slow for every run of the suite).
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest
import yaml

from mla_writer.checklist import POINTS
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
KEYS = [point.key for point in POINTS]
SPLIT = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
AUTHORS = sorted(path.parent.name for path in CORPUS.glob("*/labels.yaml"))


def _letters() -> list[tuple[str, str, dict]]:
    rows = []
    for author in AUTHORS:
        labels = yaml.safe_load((CORPUS / author / "labels.yaml").read_text(encoding="utf-8"))
        assert labels["author"] == author
        rows += [(author, letter_id, letter) for letter_id, letter in labels["letters"].items()]
    return rows


LETTERS = _letters()


def test_the_split_is_frozen_on_whole_authors_and_covers_every_author() -> None:
    assert set(SPLIT["development"]).isdisjoint(SPLIT["test"])
    assert set(AUTHORS) <= set(SPLIT["development"]) | set(SPLIT["test"])
    assert SPLIT["test"] == ["E", "F"]


@pytest.mark.parametrize(("author", "letter_id", "letter"), LETTERS, ids=[r[1] for r in LETTERS])
def test_every_letter_has_its_files_and_a_label_for_each_point(
    author: str, letter_id: str, letter: dict
) -> None:
    assert letter_id.startswith(author)
    assert [key for key in letter["points"]] == KEYS
    statuses = [letter["points"][key]["status"] for key in KEYS]
    assert set(statuses) <= {"ok", "partial", "missing"}
    assert all(letter["points"][key]["why"].strip() for key in KEYS)
    assert letter["complete"] == all(status == "ok" for status in statuses)
    assert letter["language"] in {"en", "fr", "es", "ru", "pt", "ar"}
    for name in letter["files"]:
        path = CORPUS / author / name
        assert path.is_file() and path.stat().st_size > 200, path
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                assert "word/document.xml" in package.namelist()
        if path.suffix == ".pdf":
            assert path.read_bytes().startswith(b"%PDF")


def test_the_corpus_has_the_breadth_the_evaluation_needs() -> None:
    languages = Counter(letter["language"] for _, _, letter in LETTERS)
    assert all(count >= 15 for count in languages.values()), languages
    assert sum(1 for _, _, letter in LETTERS if letter["complete"]) >= 20
    files = [Path(name).suffix for _, _, letter in LETTERS for name in letter["files"]]
    assert files.count(".pdf") >= 25
    word = sum(1 for _, _, letter in LETTERS if letter["files"][0].endswith(".docx"))
    assert word * 3 >= len(LETTERS)  # Word with its real features in at least a third


def test_word_letters_use_words_real_features() -> None:
    features = Counter()
    for author, _, letter in LETTERS:
        for name in letter["files"]:
            if not name.endswith(".docx"):
                continue
            with zipfile.ZipFile(CORPUS / author / name) as package:
                names = package.namelist()
                body = package.read("word/document.xml").decode("utf-8")
            features["numbering"] += "word/numbering.xml" in names and "<w:numPr>" in body
            features["footnotes"] += "<w:footnoteReference" in body
            features["content controls"] += "<w:sdt>" in body or "<w:sdt " in body
            features["tracked changes"] += "<w:ins " in body or "<w:del " in body
    assert all(features[name] >= 10 for name in features), features
