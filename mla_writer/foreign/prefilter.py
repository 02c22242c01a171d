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


# --------------------------------------------------------------------------- first characters

_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _class_items(items: Any) -> set[str] | None:
    """A character class's members, written back as a class's text (None for a negated one)."""
    members: set[str] = set()
    for op, argument in items:
        if op is _constants.LITERAL:
            members.add(re.escape(chr(argument)))
        elif op is _constants.RANGE:
            members.add(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op is _constants.CATEGORY and argument in _CATEGORIES:
            members.add(_CATEGORIES[argument])
        else:
            return None
    return members


def _starts(items: list[Any]) -> set[str] | None:
    """The characters a match of the parsed sequence `items` can start with, as a class's text;
    None when it cannot be said (a wildcard, a back-reference, a sequence that may be empty)."""
    if not items:
        return None
    (op, argument), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:  # `\b`, `^`, a look-around: the match starts at the next character
        return _starts(rest)
    if op is _constants.LITERAL:
        return {re.escape(chr(argument))}
    if op is _constants.IN:
        return _class_items(argument)
    if op is _constants.SUBPATTERN:
        _group, add_flags, del_flags, inner = argument
        return None if add_flags or del_flags else _starts([*inner.data, *rest])
    if op is _constants.ATOMIC_GROUP:
        return _starts([*argument.data, *rest])
    if op is _constants.BRANCH:
        found: set[str] = set()
        for branch in argument[1]:
            starts = _starts([*branch.data, *rest])
            if starts is None:
                return None
            found |= starts
        return found
    if op in _REPEATS:
        least, _most, inner = argument
        starts = _starts(list(inner.data))
        if starts is None or least >= 1:
            return starts
        after = _starts(rest)
        return None if after is None else starts | after
    return None


def guarded(source: str, flags: int = 0) -> str:
    """`source` behind a look-ahead for the characters its matches can start with.

    The engine tries every alternative of a pattern at every character of a text; a long
    alternation of cues, case-insensitive and each opening with `\\b`, costs that many tries per
    character. The look-ahead rejects a character no alternative can start with in one test.
    It changes no match: the class only leaves out characters that no match can start with
    (under the same flags, so a case-insensitive "s" still admits "S" and "ſ")."""
    try:
        starts = _starts(list(_parser.parse(source, flags).data))
    except Exception:  # a Python whose private parser differs: the pattern as it is
        return source
    if not starts:
        return source
    return f"(?=[{''.join(sorted(starts))}])(?:{source})"
