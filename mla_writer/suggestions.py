"""“Did you mean …?”: the one way mla-writer finds what a user probably meant to type."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

CUTOFF = 0.75
"""How alike (difflib's ratio, 0 to 1) a choice must be to what was typed to be suggested."""


def close_matches(word: str, choices: Iterable[str], *, count: int = 1) -> list[str]:
    """Up to `count` choices close to `word`, the closest first."""
    return difflib.get_close_matches(word, list(choices), n=count, cutoff=CUTOFF)


def closest(word: str, choices: Iterable[str]) -> str:
    """The choice closest to `word`, or "" when none is close enough."""
    found = close_matches(word, choices)
    return found[0] if found else ""
