"""Each case's letter name (from its reference, safe on every file system, never shared with
another case) and whether its letter is already up to date.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from mla_writer.batch.manifest import Manifest
from mla_writer.batch.outcomes import Task
from mla_writer.casefile import MAX_CASE_FILE_BYTES
from mla_writer.inputs import InputProblem, read_limited
from mla_writer.terminal_text import without_hidden

LETTER_SUFFIX = ".docx"
MAX_STEM_BYTES = 120  # leaves room for "-NNN.docx" under every file system's 255-byte limit
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"([-_])[-_]+")
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{n}" for n in "123456789¹²³"),
    *(f"LPT{n}" for n in "123456789¹²³"),
}


def safe_name(text: str, *, limit: int = MAX_STEM_BYTES) -> str:
    """A file-name stem that every file system accepts (Windows, macOS, Linux, FAT), or "".

    `PG-2026/0417/MLA-3` -> `PG-2026-0417-MLA-3`; `Criminal case no. 12` -> `Criminal_case_no._12`.
    """
    # Bidi overrides and isolates make a name display in another order than it is stored
    # ("INV\u202egpj.exe" shows as "INVexe.jpg"): dropped, with the other invisible controls.
    name = without_hidden(unicodedata.normalize("NFC", text))
    name = _SPACES.sub("_", name)
    name = _FORBIDDEN.sub("-", name)
    name = _REPEATS.sub(r"\1", name)
    name = name.strip(" .-_")
    encoded = name.encode("utf-8")
    if len(encoded) > limit:
        name = encoded[:limit].decode("utf-8", errors="ignore").rstrip(" .-_")
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name


_REFERENCE_LINE = re.compile(r"^reference:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_NULLS = {"", "~", "null", "Null", "NULL"}
_PLAIN_VALUE = re.compile(r"""^[^\s'"|>&*!%@`#{\[,][^#]*$""")


def case_reference(path: Path) -> str | None:
    """The case's `reference:` if it can be read cheaply; None if absent or unreadable.

    Names are planned before any case is loaded, so this must be fast: a plain top-level line is
    read directly, anything else (quotes, comments, block text) through the YAML parser.
    """
    try:  # through the guard every reader uses: a regular file, and not a huge one
        text = read_limited(path, MAX_CASE_FILE_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, InputProblem):
        return None
    matches = _REFERENCE_LINE.findall(text)
    if len(matches) == 1 and _PLAIN_VALUE.match(matches[0]):
        return None if matches[0] in _NULLS else matches[0]
    if not matches and "reference" not in text:
        return None
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "reference" and isinstance(value, yaml.ScalarNode):
                plain_null = value.style is None and value.value in _NULLS
                return None if plain_null or not value.value else str(value.value)
    return None


def source_key(path: Path) -> str:
    return str(path.resolve())


class Planner:
    """Gives each case, in input order, a letter name no other case of this run or folder has."""

    def __init__(self, folder: Path, manifest: Manifest) -> None:
        self.folder = folder
        self.manifest = manifest
        self.taken: set[str] = set()  # case-folded: "A.docx" and "a.docx" are one file on Windows
        try:
            self.existing = {entry.name.casefold(): entry.name for entry in folder.iterdir()}
        except OSError:
            self.existing = {}

    def name_for(self, case: Path) -> str:
        stem = safe_name(case_reference(case) or "") or safe_name(case.stem) or "letter"
        family = re.compile(
            rf"{re.escape(stem.casefold())}(-[1-9][0-9]*)?{re.escape(LETTER_SUFFIX)}"
        )
        # A case keeps the name it had in an earlier run, so that a re-run finds its letter.
        for name in sorted(self.manifest.names_of(source_key(case)), key=_natural):
            key = name.casefold()
            if family.fullmatch(key) and key not in self.taken:
                self.taken.add(key)
                return name
        number = 1
        while True:
            name = (stem if number == 1 else f"{stem}-{number}") + LETTER_SUFFIX
            key = name.casefold()
            # Never another case's letter (made or claimed), nor a file mla-writer did not make.
            if (
                key not in self.taken
                and key not in self.existing
                and self.manifest.owner(name) is None
            ):
                self.taken.add(key)
                return name
            number += 1


def _natural(name: str) -> tuple[int, str]:
    match = re.search(r"-([0-9]+)\.[^.]+$", name)
    return (int(match.group(1)) if match else 1, name)


def up_to_date(task: Task, manifest: Manifest) -> bool:
    """The letter exists, was made from this case with the same options, and is newer."""
    name = task.output.name
    if manifest.owner(name) != source_key(task.input) or not manifest.made_with(name, task.options):
        return False
    try:
        return task.output.stat().st_mtime_ns > task.input.stat().st_mtime_ns
    except OSError:
        return False
