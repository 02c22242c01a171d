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
from mla_writer.foreign.prefilter import guarded, may_match, needles

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


# --------------------------------------------------------------------------- the look-ahead

GUARD_TEXTS = [
    "İSTANBUL and istanbul; the \u212aelvin scale; \u017fs; sıgma; ΛΌΓΟΣ; our SECOND LETTER",
    "Telephone conversations with the Prosecutor's Office were held; a note verbale followed.",
    "We request, urgently, that the 12 accounts be frozen (see 4.2) — n/a — «URGENT»",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bistanbul\b|kelvin|\bss\b|\bsigma\b|λόγος",
        r"(?:\btelephon\w+\s+(?:conversation|call)s?\s+with\b)|(?:note\s+verbale)",
        r"(?:\b(?:we|I)\s+(?:\w+ly\s+)?(?:request|ask)\b)|(?:\burgent(?:ly)?\b)",
        r"(?:\d+\s+accounts?)|(?:[«\"]\s*urgent)|(?:n/a)",
        r"(?:see\s+)?\d+\.\d+",  # an optional start: its first characters are those of both
        r"(?<![\w-])(?:Prosecutor's|PROSECUTOR'S)(?![\w-])",
    ],
)
def test_a_pattern_behind_its_look_ahead_finds_exactly_what_it_found(pattern: str) -> None:
    flags = re.IGNORECASE | re.MULTILINE
    plain, guarded_ = re.compile(pattern, flags), re.compile(guarded(pattern, flags), flags)
    assert guarded_.pattern != pattern  # its first characters can be said
    for text in GUARD_TEXTS:
        assert [m.span() for m in guarded_.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize("pattern", [r".ccount", r"(?:x)?", r"\s*", r"(?i:a)|b", r"[^a]b"])
def test_a_pattern_whose_first_characters_cannot_be_said_is_left_as_it_is(pattern: str) -> None:
    assert guarded(pattern, re.IGNORECASE) == pattern


def _unguarded(pattern: re.Pattern[str]) -> str:
    text = pattern.pattern
    return text[text.index("])(?:") + 5 : -1] if text.startswith("(?=[") else text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cue_behind_its_look_ahead_finds_what_it_finds_without(language: str) -> None:
    cues = cues_for(language)
    patterns = [p for groups in cues.points.values() for p in groups.values()]
    patterns += list(cues.instruments.values())
    assert any(p.pattern.startswith("(?=[") for p in patterns)
    texts = [passage.text for passage in read_letter(_one_letter(language))]
    for pattern in patterns:
        plain = re.compile(_unguarded(pattern), pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (pattern.pattern[:80], text[:80])


def test_the_city_patterns_are_the_same_in_every_run() -> None:
    """Written from sets, they once changed with each run's string hashes: never read from the
    cache of compiled patterns, and "Easter" or "Easter Island" matched by chance."""
    import os
    import subprocess
    import sys

    program = (
        "from mla_writer.foreign.state_names import _city_patterns\n"
        "print('\\n'.join(sorted(p.pattern for p in _city_patterns('en').values())))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", program],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert "Easter\\ Island|EASTER\\ ISLAND|Easter|" in runs[0]  # the longer name first
