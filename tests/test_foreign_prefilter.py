"""The quick test that skips a cue where it cannot match never skips one that would have.

Letters are checked exactly as if every pattern were run over every passage (the corpus reports,
digested by test_golden.py, are unchanged); these tests hold the rule itself, including the
letters a case-insensitive search treats as equal without str.lower() saying so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mla_writer.foreign.cues import LANGUAGES, cues_for
from mla_writer.foreign.extract import read_letter
from mla_writer.foreign.prefilter import may_match, needles

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bistanbul\b", "İSTANBUL"),  # capital I with a dot: "i" to the search, "i̇" to lower()
        (r"\bprosecutor\b", "PROSECUTOR"),
        (r"kelvin", "\u212aelvin"),  # the Kelvin sign is a capital K
        (r"\bss\b", "\u017fs"),  # the long s is an s
        (r"\bsigma\b", "sıgma"),  # the dotless i is an i
        (r"λόγος", "ΛΌΓΟΣ"),  # a final sigma
        (r"(?:first|second) (?:request|letter)", "our SECOND LETTER"),
    ],
)
def test_a_pattern_that_matches_regardless_of_case_is_never_skipped(
    pattern: str, text: str
) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert compiled.search(text)
    assert may_match(compiled, text)


def test_a_pattern_is_skipped_where_none_of_its_words_stand() -> None:
    compiled = re.compile(r"\b(?:telephone|video) (?:call|conference)\b", re.IGNORECASE)
    assert needles(compiled.pattern, compiled.flags) == frozenset({"telephone", "video"})
    assert not may_match(compiled, "The suspect was heard in Chișinău on 3 May.")


def test_a_pattern_with_an_optional_or_open_start_is_always_run() -> None:
    for pattern in (r"\w+", r"(?:urgent)?", r"[a-z]{3}", "a|b"):
        assert needles(pattern) is None
        assert may_match(re.compile(pattern), "")


def _one_letter(language: str) -> Path:
    return next(p for p in sorted(CORPUS.glob("*/*.txt")) if p.name.split("_")[1] == language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_cue_is_skipped_in_a_passage_where_it_matches(language: str) -> None:
    cues = cues_for(language)
    patterns = [p for groups in cues.points.values() for p in groups.values()]
    patterns += [*cues.instruments.values(), *cues.headings.values()]
    for passage in read_letter(_one_letter(language)):
        for pattern in patterns:
            if not may_match(pattern, passage.text):
                assert pattern.search(passage.text) is None, (pattern.pattern, passage.text)
