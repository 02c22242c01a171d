"""The per-language cue files (`cues/<language>.yaml`), read once and compiled.

The cues are data, not code: a lawyer who sees a phrase missed can add it to the file of its
language. What each group of cues means for a point is said in `cues/en.yaml` and in analyse.py.
A language's file is read and compiled the first time a letter in it is checked, and kept: a
check reads one language's file, the one of its letter (language.py decides without any). The
compiled patterns are also kept between runs (compiled.py), so that a check compiles none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

import yaml

from mla_writer.foreign.compiled import PatternStore
from mla_writer.foreign.wordforms import WORD_FORMS

CUES_DIR = Path(__file__).parent / "cues"
LANGUAGES = ("en", "fr", "es", "ru", "pt", "ar")


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
    seats: dict[str, str] = field(default_factory=dict)  # cities beyond the CLDR's -> State
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


def _as_written(pattern: str) -> str:
    return pattern


def _either(
    patterns: list[str] | None, store: PatternStore, language: str = ""
) -> re.Pattern[str] | None:
    if not patterns:
        return None
    forms = WORD_FORMS.get(language, _as_written)
    flags = re.IGNORECASE | re.MULTILINE
    return store.compile("|".join(f"(?:{_spaces(forms(p))})" for p in patterns), flags, guard=True)


def _load(name: str) -> dict[str, Any]:
    with (CUES_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data or {}


@cache
def _common() -> dict[str, re.Pattern[str]]:
    """The language-neutral cues (e-mail addresses, telephone numbers, IBANs), compiled once."""
    store = PatternStore("cues-common")
    compiled = {name: _either(patterns, store) for name, patterns in _load("common").items()}
    store.save()
    return {name: pattern for name, pattern in compiled.items() if pattern is not None}


@cache
def cues_for(language: str) -> Cues:
    """The cues of a language among LANGUAGES (KeyError for any other)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    data = _load(language)
    forms = WORD_FORMS.get(language, _as_written)
    store = PatternStore(f"cues-{language}")
    answers = {
        key: store.compile(r"^(?:" + "|".join(map(forms, v)) + r")\b[.;,!]?", re.IGNORECASE)
        for key, v in data.get("answers", {}).items()
    }
    headings = {
        point: store.compile(
            r"^(?:" + "|".join(map(forms, patterns)) + r")(?=$|[\s:.—–\-)(?])", re.IGNORECASE
        )
        for point, patterns in data.get("headings", {}).items()
    }
    points = {
        point: {
            name: compiled
            for name, patterns in groups.items()
            if (compiled := _either(patterns, store, language)) is not None
        }
        for point, groups in data.get("points", {}).items()
    }
    states = data.get("states", {})
    either = partial(_either, store=store, language=language)
    language_names = {
        word.lower(): code
        for code, words in data.get("language_names", {}).items()
        for word in words
    }
    cues = Cues(
        language=language,
        stopwords=frozenset(str(data.get("stopwords", "")).lower().split()),
        answers=answers,
        headings=headings,
        points=points,
        instruments={
            code: compiled
            for code, patterns in data.get("instruments", {}).items()
            if (compiled := either(patterns)) is not None
        },
        state_names={forms(alias): code for alias, code in states.get("names", {}).items()},
        addressee=either(states.get("addressee")),
        requested=either(states.get("requested")),
        requested_context=either(states.get("requested_context")),
        requesting=either(states.get("requesting")),
        language_names=language_names,
        seats=dict(states.get("seats", {})),  # as written: state_names.py says why
        reference=either(data.get("reference")),
        common=_common(),
    )
    store.save()
    return cues
