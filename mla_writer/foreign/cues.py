"""The per-language cue files (`cues/<language>.yaml`), read once and compiled.

The cues are data, not code: a lawyer who sees a phrase missed can add it to the file of its
language. What each group of cues means for a point is said in `cues/en.yaml` and in analyse.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CUES_DIR = Path(__file__).parent / "cues"
LANGUAGES = ("en", "fr", "es", "ru")


@dataclass(frozen=True)
class Cues:
    """The compiled cues of one language (merged with the language-neutral ones)."""

    language: str
    stopwords: frozenset[str]
    answers: dict[str, re.Pattern[str]]
    headings: dict[str, re.Pattern[str]]
    points: dict[str, dict[str, re.Pattern[str]]]
    instruments: dict[str, re.Pattern[str]]
    state_names: dict[str, str]
    addressee: re.Pattern[str] | None
    requested: re.Pattern[str] | None  # labels: "Requested State:"
    requested_context: re.Pattern[str] | None  # phrases: "competent authorities of"
    requesting: re.Pattern[str] | None
    language_names: dict[str, str] = field(default_factory=dict)  # word -> ISO code
    reference: re.Pattern[str] | None = None
    common: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def group(self, point: str, name: str) -> re.Pattern[str] | None:
        return self.points.get(point, {}).get(name)


def _spaces(pattern: str) -> str:
    """A space in a cue matches any run of white space, line breaks included: text from OCR,
    PDF or hard-wrapped e-mail breaks phrases across lines."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(char)
    return "".join(out)


def _either(patterns: list[str] | None) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{_spaces(p)})" for p in patterns), re.IGNORECASE | re.MULTILINE)


def _load(name: str) -> dict[str, Any]:
    with (CUES_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data or {}


@cache
def cues_for(language: str) -> Cues:
    """The cues of a language among LANGUAGES (KeyError for any other)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    data = _load(language)
    common = {name: _either(patterns) for name, patterns in _load("common").items()}
    answers = {
        key: re.compile(r"^(?:" + "|".join(v) + r")\b[.;,!]?", re.IGNORECASE)
        for key, v in data.get("answers", {}).items()
    }
    headings = {
        point: re.compile(r"^(?:" + "|".join(patterns) + r")(?=$|[\s:.—–\-)(])", re.IGNORECASE)
        for point, patterns in data.get("headings", {}).items()
    }
    points = {
        point: {
            name: compiled
            for name, patterns in groups.items()
            if (compiled := _either(patterns)) is not None
        }
        for point, groups in data.get("points", {}).items()
    }
    states = data.get("states", {})
    language_names = {
        word.lower(): code
        for code, words in data.get("language_names", {}).items()
        for word in words
    }
    return Cues(
        language=language,
        stopwords=frozenset(str(data.get("stopwords", "")).lower().split()),
        answers=answers,
        headings=headings,
        points=points,
        instruments={
            code: compiled
            for code, patterns in data.get("instruments", {}).items()
            if (compiled := _either(patterns)) is not None
        },
        state_names=dict(states.get("names", {})),
        addressee=_either(states.get("addressee")),
        requested=_either(states.get("requested")),
        requested_context=_either(states.get("requested_context")),
        requesting=_either(states.get("requesting")),
        language_names=language_names,
        reference=_either(data.get("reference")),
        common={k: v for k, v in common.items() if v is not None},
    )
