"""A quick test that a pattern cannot match a text, so that it is never run over that text.

Checking a letter runs a few hundred patterns (every State's and city's names, every group of
cues) over every passage; most of them cannot match most passages, and Python's regular
expressions, case-insensitive and starting at a word boundary, try every alternative at every
character to find that out. `needles(pattern)` reads the pattern (with Python's own parser) for
the strings one of which each match must contain; `may_match(pattern, text)` looks for them in
the text folded to one case, which is a plain substring search. The test only ever skips a
pattern that could not have matched: results are exactly those of running every pattern.

Case folding follows the regular-expression engine's own (simple lower case, plus the letters it
treats as equal besides: "ı" and "i", "ſ" and "s", final "ς" and "σ"...), so that a match found
without regard to case is always found in the folded text.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# Python's parser of regular expressions: a private module with no type stubs, hence Any.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _fold_table() -> dict[int, str]:
    """Each letter the engine treats as equal to others (without regard to case) to one of them."""
    table: dict[int, str] = {}
    for code, others in _casefix._EXTRA_CASES.items():
        representative = chr(min(code, *others))
        for member in (code, *others):
            table[member] = representative
    return table


_FOLD = _fold_table()
_DOTTED_CAPITAL_I = {0x130: "i"}  # str.lower() gives "i" + a combining dot; the engine, "i"


@lru_cache(maxsize=2048)  # a letter's passages, and the letter whole
def folded(text: str) -> str:
    """`text` in the one case `needles` are written in."""
    return text.translate(_DOTTED_CAPITAL_I).lower().translate(_FOLD)


Needles = frozenset[str] | None
"""Strings one of which every match contains (folded), or None: nothing can be said."""


def _better(first: Needles, second: Needles) -> Needles:
    """The more selective of two requirements: the one whose shortest string is longer."""
    if not first:
        return second or None
    if not second:
        return first
    return first if min(map(len, first)) >= min(map(len, second)) else second


def _required(items: Any) -> Needles:
    """What a parsed sequence requires: its longest run of literal characters, or the
    requirement of a group, an alternation or a repetition (at least once) in it."""
    best: Needles = None
    run: list[str] = []
    for op, argument in items:
        if op is _constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            best = _better(best, frozenset({folded("".join(run))}))
            run = []
        if op is _constants.SUBPATTERN:
            best = _better(best, _required(argument[-1]))
        elif op is _constants.ATOMIC_GROUP:
            best = _better(best, _required(argument))
        elif op is _constants.BRANCH:
            best = _better(best, either([_required(branch) for branch in argument[1]]))
        elif op in _REPEATS and argument[0] >= 1:
            best = _better(best, _required(argument[2]))
        # Anything else (a class, a wildcard, an anchor, a look-around) ends the run.
    if run:
        best = _better(best, frozenset({folded("".join(run))}))
    return best


_KNOWN: dict[tuple[str, int], Needles] = {}


def needles(source: str, flags: int = 0) -> Needles:
    """The strings (folded) one of which every match of the pattern contains, or None."""
    key = (source, flags)
    if key not in _KNOWN:
        try:
            _KNOWN[key] = _required(_parser.parse(source, flags))
        except Exception:  # a Python whose private parser differs: never skip the pattern
            _KNOWN[key] = None
    return _KNOWN[key]


def either(alternatives: list[Needles]) -> Needles:
    """What an alternation requires: one of what each alternative requires (None if one
    requires nothing)."""
    if not alternatives or not all(alternatives):
        return None
    return frozenset(n for needed in alternatives if needed for n in needed)


def known(pattern: re.Pattern[str], required: Needles) -> re.Pattern[str]:
    """`pattern`, whose requirement its author knows (a list of names escaped as literals):
    reading it back from the pattern would cost more than the test saves."""
    _KNOWN[pattern.pattern, pattern.flags] = required
    return pattern


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text`."""
    required = needles(pattern.pattern, pattern.flags)
    if required is None:
        return True
    haystack = folded(text)
    return any(needle in haystack for needle in required)
