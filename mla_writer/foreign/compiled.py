"""Compiled cue patterns kept between runs, so that a check does not compile them again.

Reading a letter needs a few hundred regular expressions for its language (the cues, every
State's and city's names); Python compiles each from its text in pure Python, which took most of
a check of someone else's letter (~100 ms for English). A `PatternStore` keeps, per language
and kind of pattern, what Python's compiler produces (the engine's code, the pattern's groups)
and what the prefilter requires of each pattern, in the user's cache folder (`MLA_CACHE_DIR`, else
the platform's); the next run hands the code straight to the engine, which checks it.

The cache holds only patterns written in mla-writer's cue files and the Unicode CLDR's names,
never anything from a letter or a case. It is keyed by the pattern's text and flags, the Python
version and the engine's version: a changed cue is compiled afresh, and a cache that cannot be
read or written (a read-only home, a damaged file) only means compiling as before.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from mla_writer.foreign.prefilter import Needles, guarded, known, needles

# Python's own compiler of regular expressions: private modules with no type stubs, hence Any.
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_sre: Any = importlib.import_module("_sre")

FORMAT = 2
Entry = tuple[int, list[int], int, dict[str, int], Needles, str]
"""The engine's flags, code and group count, the named groups, what a match requires, and the
text compiled (the pattern behind its look-ahead, when guarded)."""


_GUARDED = 1 << 30
"""Set in a key's flags for a pattern compiled behind its look-ahead (no flag of `re` uses it)."""


def cache_folder() -> Path | None:
    """Where compiled patterns are kept: `MLA_CACHE_DIR`, else the user's cache folder."""
    override = os.environ.get("MLA_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    try:
        return Path(user_cache_dir("mla-writer", appauthor=False))
    except (OSError, RuntimeError):
        return None


def _version() -> str:
    return f"{sys.implementation.cache_tag}-sre{_constants.MAGIC}-{FORMAT}"


def _entry(source: str, flags: int) -> Entry:
    """What `re.compile` computes before handing a pattern to the engine."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: marshal takes them
    groups = dict(parsed.state.groupdict)
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groups, None, source)


def _from_entry(entry: Entry) -> re.Pattern[str]:
    """The pattern `re.compile(source)` returns, made by the engine from its compiled code."""
    flags, code, groups, groupindex, _required, source = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return pattern


class PatternStore:
    """The compiled patterns of one kind (`cues-en`, `cities-fr`), read from the cache and
    written back when a pattern had to be compiled."""

    def __init__(self, name: str) -> None:
        folder = cache_folder()
        self.path = folder / _version() / f"{name}.marshal" if folder else None
        self.entries: dict[tuple[str, int], Entry] = self._read()
        self.used: dict[tuple[str, int], Entry] = {}
        self.missed = False

    def _read(self) -> dict[tuple[str, int], Entry]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        digest, payload = data[:32], data[32:]
        if hashlib.sha256(payload).digest() != digest:
            return {}  # damaged or cut short: compiled afresh and written again
        try:
            entries = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def compile(
        self, source: str, flags: int = 0, required: Needles = None, *, guard: bool = False
    ) -> re.Pattern[str]:
        """`re.compile(source, flags)`, from the cache when it holds it. `required`: what every
        match contains, when the caller knows it (else the prefilter reads it in the pattern).
        `guard`: compile it behind a look-ahead for its first characters (`prefilter.guarded`),
        worked out once and kept with the code."""
        key = (source, int(flags) | (_GUARDED if guard else 0))
        entry = self.entries.get(key)
        pattern = None
        if entry is not None:
            with suppress(RuntimeError, TypeError, ValueError):  # code the engine refuses
                pattern = _from_entry(entry)
        if pattern is None or entry is None:
            text = guarded(source, flags) if guard else source
            try:
                entry = _entry(text, flags)
                pattern = _from_entry(entry)
            except Exception:
                # The engine's private interface may change between Python versions: there, a
                # pattern is compiled the public way, not kept, and never skipped.
                return known(re.compile(text, flags), None)
            needed = required if required is not None else needles(source, pattern.flags)
            entry = (*entry[:4], needed, text)
            self.missed = True
        known(pattern, required if required is not None else entry[4])
        self.used[key] = entry
        return pattern

    def save(self) -> None:
        """Write the patterns used if one of them was compiled afresh (best effort)."""
        if not self.missed or self.path is None:
            return
        payload = marshal.dumps(self.used)
        with suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(hashlib.sha256(payload).digest() + payload)
                os.replace(temporary, self.path)
            finally:
                with suppress(OSError):
                    os.unlink(temporary)
        self.missed = False
