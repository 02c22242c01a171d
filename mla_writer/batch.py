"""`mla batch`: turn a folder of case files into letters, unattended.

Every input ends as exactly one outcome: rendered, skipped (its letter is up to date), incomplete
(with its gaps) or invalid (with its error). One bad file never stops the others.

The work is in three steps, all callable without a terminal:
- `discover` turns files, folders (recursive) and globs into an ordered list of case files;
- `plan` gives each case its letter's name (from its reference, safe on every file system, never
  shared with another case) and decides which letters are already up to date;
- `run` renders the rest, in a pool of worker processes, and reports each outcome as it comes.

The output folder keeps a small manifest (`.mla-batch.json`) saying which case each letter was
made from, so that re-runs keep every case's name, skip what is up to date, and never take another
case's letter for this one's. During a run, every change to it is first appended to a journal
(`.mla-batch.journal`, one JSON line per letter), so that a run killed at any point leaves the
folder in a state the next run understands; the next run folds the journal back into the manifest.
A folder belongs to one run at a time (`.mla-batch.lock`).
"""

from __future__ import annotations

import csv
import errno
import gc
import glob
import io
import json
import os
import re
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mla_writer.errors import CaseFileError, MlaError
from mla_writer.i18n import _, ngettext, set_ui_language, ui_language
from mla_writer.terminal_text import without_hidden

CASE_FILE_SUFFIXES = (".yaml", ".yml")
LETTER_SUFFIX = ".docx"
MANIFEST_NAME = ".mla-batch.json"
MANIFEST_VERSION = 1
JOURNAL_NAME = ".mla-batch.journal"
LOCK_NAME = ".mla-batch.lock"
REPORT_COLUMNS = ("input", "outcome", "output", "gaps", "error")
MAX_STEM_BYTES = 120  # leaves room for "-NNN.docx" under every file system's 255-byte limit


class Outcome(StrEnum):
    """What became of one input. The values are a contract (report files, exit codes)."""

    RENDERED = "rendered"
    SKIPPED = "skipped"  # its letter is newer than the case file: nothing to do
    INCOMPLETE = "incomplete"
    INVALID = "invalid"

    @property
    def succeeded(self) -> bool:
        return self in (Outcome.RENDERED, Outcome.SKIPPED)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.RENDERED: _("rendered"),
        Outcome.SKIPPED: _("up to date"),
        Outcome.INCOMPLETE: _("incomplete"),
        Outcome.INVALID: _("invalid"),
    }[outcome]


@dataclass(frozen=True)
class Gap:
    """One checklist error that keeps a request from being sent."""

    point: int
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"point": self.point, "field": self.field, "message": self.message}

    def as_text(self) -> str:
        return _("point %(point)s, %(field)s: %(message)s") % {
            "point": self.point,
            "field": self.field or "-",
            "message": self.message,
        }


@dataclass(frozen=True)
class Result:
    """The outcome of one input, as the report lists it."""

    input: Path
    outcome: Outcome
    output: Path | None = None
    gaps: tuple[Gap, ...] = ()
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "input": str(self.input),
            "outcome": self.outcome.value,
            "output": str(self.output) if self.output else None,
            "gaps": [gap.as_dict() for gap in self.gaps],
            "error": self.error or None,
        }


@dataclass(frozen=True)
class Options:
    """How letters are made; a letter is up to date only if it was made with the same options."""

    language: str | None = None
    draft: bool = False
    template: Path | None = None
    force: bool = False

    def signature(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "draft": self.draft,
            "template": str(self.template.resolve()) if self.template else None,
        }


# --------------------------------------------------------------------------- discovery


@dataclass
class Inputs:
    """The case files found, in a stable order, and what was found but is not a case."""

    files: list[Path] = field(default_factory=list)
    problems: list[Result] = field(default_factory=list)  # arguments that name nothing usable
    ignored: int = 0  # other files in the folders (letters, notes, ...)


def _not_a_regular_file(path: Path) -> Result | None:
    """A pipe, device or socket: reading it could wait forever, so it is reported, never read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # gone or unreadable: loading it says so, with the reason
    if stat.S_ISREG(mode):
        return None
    return Result(
        path,
        Outcome.INVALID,
        error=_(
            "not a regular file (a pipe, a device or a socket), so it was not read. A case file "
            "must be an ordinary .yaml or .yml file; move this one out of the folder."
        ),
    )


def _walk(folder: Path, inputs: Inputs) -> Iterator[Path]:
    found: list[Path] = []
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            path = Path(directory) / name
            if name.startswith("."):
                continue  # editor backups, lock files, our manifest
            if path.suffix.lower() in CASE_FILE_SUFFIXES:
                found.append(path)
            else:
                inputs.ignored += 1
    yield from sorted(found, key=lambda p: [part.casefold() for part in p.parts])


def _has_magic(text: str) -> bool:
    return any(char in text for char in "*?[")


def discover(arguments: Sequence[str | Path]) -> Inputs:
    """Case files named by files, folders (searched recursively) and globs, each once, in order."""
    inputs = Inputs()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            problem = _not_a_regular_file(path)
            if problem is None:
                inputs.files.append(path)
            else:
                inputs.problems.append(problem)

    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for found in _walk(path, inputs):
                add(found)
        elif path.exists():
            add(path)  # named explicitly: checked even if its extension is unusual
        elif _has_magic(str(argument)):
            matches = sorted(glob.glob(str(argument), recursive=True))
            if not matches:
                inputs.problems.append(
                    Result(
                        path,
                        Outcome.INVALID,
                        error=_("no file matches this pattern."),
                    )
                )
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    for found in _walk(matched, inputs):
                        add(found)
                elif matched.suffix.lower() in CASE_FILE_SUFFIXES:
                    add(matched)
                else:
                    inputs.ignored += 1
        else:
            inputs.problems.append(
                Result(
                    path,
                    Outcome.INVALID,
                    error=_("the file does not exist; check the name and folder."),
                )
            )
    return inputs


# --------------------------------------------------------------------------- output names

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
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
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


# --------------------------------------------------------------------------- the manifest


class Manifest:
    """Which case each letter in the output folder was made from, and with which options.

    Two files hold it: the manifest proper, rewritten whole (atomically) at the end of a run, and
    a journal it is appended to as the run goes, one JSON line per change. Appending a line costs
    one system call, so every letter is recorded the moment it is written; a run killed outright
    loses nothing the next run needs, and that run folds the journal back into the manifest.

    Before a case is rendered under a name no earlier run gave it, the name is claimed for it
    (an entry marked pending, which is never up to date). A letter written just before a kill is
    then known as that case's, and the next run writes it again under the same name instead of
    taking it for a stranger's file and choosing another.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.journal_path = folder / JOURNAL_NAME
        self.letters: dict[str, dict[str, Any]] = {}
        self._by_source: dict[str, list[str]] = {}
        self.journal: int | None = None  # the journal's file descriptor, once opened
        self.changed = False  # the journal holds something the manifest proper does not
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == MANIFEST_VERSION and isinstance(data.get("letters"), dict):
                self.letters = {
                    name: entry
                    for name, entry in data["letters"].items()
                    if isinstance(entry, dict) and isinstance(entry.get("input"), str)
                }
        except (OSError, ValueError, AttributeError):
            pass  # no manifest yet, or unreadable: every existing letter counts as someone else's
        for name, entry in self.letters.items():
            self._by_source.setdefault(entry["input"], []).append(name)
        self._replay()

    def _replay(self) -> None:
        """Apply the journal a killed run left behind; a line cut short by the kill is ignored."""
        try:
            lines = self.journal_path.read_bytes().splitlines()
        except OSError:
            return
        self.changed = True  # fold it in at the end of this run, even if nothing else changes
        for line in lines:
            try:
                change = json.loads(line)
            except ValueError:
                continue
            if not isinstance(change, dict) or not isinstance(change.get("letter"), str):
                continue
            name = change.pop("letter")
            if change.get("released"):
                self.letters.pop(name, None)
            elif isinstance(change.get("input"), str):
                self._set(name, change)

    def _set(self, name: str, entry: dict[str, Any]) -> None:
        self.letters[name] = entry
        self._by_source.setdefault(entry["input"], []).append(name)

    def owner(self, name: str) -> str | None:
        entry = self.letters.get(name)
        return entry["input"] if entry else None

    def names_of(self, source: str) -> list[str]:
        return [name for name in self._by_source.get(source, []) if self.owner(name) == source]

    def claim(self, claims: Sequence[tuple[str, str]]) -> None:
        """Reserve each name for its case before anything is written (one journal write)."""
        for name, source in claims:
            self._set(name, {"input": source, "pending": True})
        self._append(
            [{"letter": name, "input": source, "pending": True} for name, source in claims]
        )

    def release(self, name: str) -> None:
        """Give back a claimed name whose letter was not made (the case is incomplete...)."""
        if self.letters.pop(name, None) is not None:
            self._append([{"letter": name, "released": True}])

    def record(self, name: str, source: str, options: Options) -> None:
        entry = {"input": source, **options.signature()}
        self._set(name, entry)
        self._append([{"letter": name, **entry}])

    def made_with(self, name: str, options: Options) -> bool:
        entry = self.letters.get(name) or {}
        if entry.get("pending"):
            return False
        return all(entry.get(key) == value for key, value in options.signature().items())

    def _append(self, changes: list[dict[str, Any]]) -> None:
        if not changes:
            return
        if self.journal is None:
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            self.journal = os.open(self.journal_path, flags, 0o600)
        # Not synced to disk: the journal is for a killed run, not a machine that loses power.
        # Each write starts on a new line, so a line a kill cut short spoils only itself.
        text = "".join(
            "\n" + json.dumps(change, ensure_ascii=False, separators=(",", ":"))
            for change in changes
        )
        data = (text + "\n").encode("utf-8")
        while data:
            data = data[os.write(self.journal, data) :]
        self.changed = True

    def close_journal(self) -> None:
        if self.journal is not None:
            os.close(self.journal)
            self.journal = None

    def save(self) -> None:
        """Write the whole manifest at once (atomically), then start the journal afresh."""
        from mla_writer.outputs import atomic_write

        self.close_journal()
        if self.letters or self.path.exists():
            content = {"version": MANIFEST_VERSION, "letters": dict(sorted(self.letters.items()))}
            text = json.dumps(content, ensure_ascii=False, indent=1) + "\n"
            atomic_write(self.path, text.encode("utf-8"), force=True, mode=0o600)
        # Only now: if the run is killed in between, the journal is applied again, harmlessly.
        self.journal_path.unlink(missing_ok=True)
        self.changed = False


# --------------------------------------------------------------------------- the folder's owner


class FolderInUseError(MlaError):
    """Another `mla batch` is writing into the same output folder."""

    def __init__(self, folder: Path, holder: int | None) -> None:
        if holder:
            message = _(
                "Another `mla batch` (process %(pid)s) is writing letters into %(folder)s. Two "
                "runs into one folder would mix their letters, so this one stopped before "
                "writing anything. Wait for the other run to finish and run this command again, "
                "or choose another folder with -o."
            ) % {"pid": holder, "folder": folder}
        else:
            message = _(
                "Another `mla batch` is writing letters into %(folder)s. Two runs into one folder "
                "would mix their letters, so this one stopped before writing anything. Wait for "
                "the other run to finish and run this command again, or choose another folder "
                "with -o."
            ) % {"folder": folder}
        super().__init__(message)


def _lock(descriptor: int) -> bool:
    """Take the lock without waiting: False if another process holds it.

    The system releases it when its holder ends, however it ends, so a run that was killed never
    blocks the next. A file system that cannot lock (some network shares) does not stop the run.
    """
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            return error.errno not in (errno.EACCES, errno.EDEADLOCK)
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        return error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    return True


class FolderLock:
    """Hold an output folder for one run: a second run into it stops before writing anything.

    The lock file stays in the folder; only the lock on it, which the system drops when the
    process ends, says the folder is in use.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.folder = folder
        self.descriptor: int | None = None

    def __enter__(self) -> FolderLock:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(self.path, flags, 0o600)
        except OSError as error:
            raise MlaError(
                _(
                    "The output folder %(path)s cannot be written to (%(error)s). Choose another "
                    "folder with -o, or ask for permission to write in this one."
                )
                % {"path": self.folder, "error": error.strerror or error}
            ) from None
        if not _lock(descriptor):
            holder = _holder(descriptor)
            os.close(descriptor)
            raise FolderInUseError(self.folder, holder)
        self.descriptor = descriptor
        try:  # who holds it, for a person looking at the folder
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None


def _holder(descriptor: int) -> int | None:
    try:
        text = os.pread(descriptor, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError, AttributeError):
        return None
    return int(text) if text.isdigit() else None


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def remove_temporary_files(folder: Path, manifest: Manifest) -> None:
    """Remove what a killed write of ours left: `.NAME.XXXXXXXX.tmp` beside a letter we own.

    Called only while the folder is locked, so no other run of ours is writing there; files
    named after letters we do not know are someone else's and are left alone.
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _TEMPORARY.fullmatch(name)
        if match and (match["name"] in manifest.letters or match["name"] == MANIFEST_NAME):
            with suppress(OSError):
                (folder / name).unlink()


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class Task:
    """One case to render: where it comes from and where its letter goes."""

    input: Path
    output: Path
    options: Options


def _source_key(path: Path) -> str:
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
        for name in sorted(self.manifest.names_of(_source_key(case)), key=_natural):
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
    if manifest.owner(name) != _source_key(task.input) or not manifest.made_with(
        name, task.options
    ):
        return False
    try:
        return task.output.stat().st_mtime_ns > task.input.stat().st_mtime_ns
    except OSError:
        return False


# --------------------------------------------------------------------------- rendering one case


def _gaps(report: Any) -> tuple[Gap, ...]:
    from mla_writer.checklist import POINTS

    numbers = {point.key: point.number for point in POINTS}
    return tuple(Gap(numbers.get(f.point, 0), f.field, f.message) for f in report.errors())


def _translation_gaps(error: Any) -> tuple[Gap, ...]:
    from mla_writer.checklist import POINTS_BY_KEY

    number = POINTS_BY_KEY["language"].number
    missing = _("not translated into the letter's language (%(language)s)") % {
        "language": error.language
    }
    outdated = _("translated from an earlier version of the text: translate it again")
    return tuple(Gap(number, path, missing) for path in error.missing) + tuple(
        Gap(number, path, outdated) for path in error.outdated
    )


def render_case(task: Task) -> Result:
    """Load, check and render one case; whatever happens, return its outcome (never raise)."""
    from mla_writer.checking import context_for, load_request
    from mla_writer.checklist import check

    try:
        request, _kind = load_request(task.input)
        from mla_writer.render import render_letter

        context = context_for(request)
        # render_letter checks the request itself and refuses an incomplete one, with its
        # report; only a draft, which it writes anyway, needs a check here for its gaps.
        gaps = _gaps(check(request, context)) if task.options.draft else ()
        render_letter(
            request,
            task.output,
            language=task.options.language,
            draft=task.options.draft,
            template=task.options.template,
            force=True,  # the planner chose a name that is free or this case's own letter
            context=context,
        )
        return Result(task.input, Outcome.RENDERED, task.output, gaps=gaps)
    except CaseFileError as error:
        # Each problem already says file:line:column; the "N problems" heading adds nothing here.
        problems = [
            f"{p.location(error.path)}{f' [{p.field}]' if p.field else ''}: {p.message}"
            for p in error.problems
        ]
        return Result(task.input, Outcome.INVALID, error="\n".join(problems) or error.message)
    except MlaError as error:
        carried = getattr(error, "report", None)
        if carried is not None:
            return Result(task.input, Outcome.INCOMPLETE, gaps=_gaps(carried))
        from mla_writer.translation.localize import UntranslatedTextError

        if isinstance(error, UntranslatedTextError):  # point 14: a gap to fill, not a bad file
            return Result(task.input, Outcome.INCOMPLETE, gaps=_translation_gaps(error))
        return Result(task.input, Outcome.INVALID, error=error.message)
    except Exception as error:  # a bug must not stop the other cases; say so plainly
        if os.environ.get("MLA_DEBUG"):
            raise
        return Result(
            task.input,
            Outcome.INVALID,
            error=_(
                "mla-writer could not render this case because of an internal error (%(error)s). "
                "This is a bug, not a problem with your file; please report it."
            )
            % {"error": type(error).__name__},
        )
    finally:
        # python-docx's lxml trees hold reference cycles: collect them now, or memory grows
        # with every letter.
        gc.collect()


def _start_worker(language: str, parent: int, inherited: tuple[int, ...]) -> None:
    import signal

    # Ctrl-C is the main process's to handle: it stops handing out work, and each worker
    # finishes the letter it is writing instead of dying with a traceback. A termination signal
    # sent to the worker itself ends it at once (the main process's handler, inherited through
    # fork, is not the worker's to run); the main process then removes any half-written file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for descriptor in inherited:
        with suppress(OSError):
            os.close(descriptor)
    _end_with_parent(parent)
    set_ui_language(language)
    gc.collect()
    gc.freeze()  # what the worker inherited stays put: later collections only scan new objects


def _end_with_parent(parent: int) -> None:
    """On Linux, have the system end this worker if the main process is killed (kill -9).

    Otherwise an orphaned worker would wait for work forever, or write a letter no run records.
    """
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the main process ended before the request was made
        os._exit(1)


# --------------------------------------------------------------------------- the run


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)
    ignored: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome is outcome)

    @property
    def succeeded(self) -> bool:
        return all(result.outcome.succeeded for result in self.results)


Listener = Callable[[Result], None]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def check_language(language: str | None) -> None:
    """Refuse, before any work, a letter language without a catalog."""
    if language is None:
        return
    from mla_writer.i18n import LetterTranslator
    from mla_writer.render import UnknownLetterLanguageError

    wanted = language.replace("-", "_").split("_")[0].lower()
    try:
        LetterTranslator(wanted)
    except LookupError:
        raise UnknownLetterLanguageError(wanted) from None


def run(
    arguments: Sequence[str | Path],
    output_folder: Path,
    *,
    options: Options | None = None,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Listener | None = None,
) -> Summary:
    """Render every case named by `arguments` into `output_folder`; report each outcome.

    `on_start(total)` is called once the inputs are known, `on_result(result)` once per input,
    in the order outcomes arrive.
    """
    options = options or Options()
    check_language(options.language)
    jobs = jobs or default_jobs()
    inputs = discover(arguments)
    summary = Summary(ignored=inputs.ignored)
    total = len(inputs.files) + len(inputs.problems)

    def report(result: Result) -> None:
        summary.results.append(result)
        if on_result:
            on_result(result)

    if not inputs.files:
        if on_start:
            on_start(total)
        for problem in inputs.problems:
            report(problem)
        return summary
    try:
        output_folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MlaError(
            _("The output folder %(path)s cannot be created: %(error)s.")
            % {"path": output_folder, "error": error.strerror or error}
        ) from None
    with ExitStack() as stack:
        lock = stack.enter_context(FolderLock(output_folder))  # before anything is written
        if on_start:
            on_start(total)
        for problem in inputs.problems:
            report(problem)
        manifest = Manifest(output_folder)
        stack.callback(manifest.close_journal)
        _render_into(output_folder, inputs, options, jobs, manifest, lock, report)
    summary.results.sort(key=_input_order(inputs))  # stable: problems stay in their order
    return summary


def _render_into(
    folder: Path,
    inputs: Inputs,
    options: Options,
    jobs: int,
    manifest: Manifest,
    lock: FolderLock,
    report: Listener,
) -> None:
    """Plan and render the cases into a folder this run holds; keep the manifest up to date."""
    remove_temporary_files(folder, manifest)  # what a killed run was writing
    planner = Planner(folder, manifest)
    tasks: list[Task] = []
    claims: dict[Path, str] = {}
    for case in inputs.files:
        task = Task(case, folder / planner.name_for(case), options)
        if not options.force and up_to_date(task, manifest):
            report(Result(case, Outcome.SKIPPED, task.output))
            continue
        tasks.append(task)
        if manifest.owner(task.output.name) != _source_key(case):
            claims[case] = task.output.name
    manifest.claim([(name, _source_key(case)) for case, name in claims.items()])

    def remember(result: Result) -> None:
        if result.outcome is Outcome.RENDERED and result.output is not None:
            manifest.record(result.output.name, _source_key(result.input), options)
        elif result.input in claims and not (folder / claims[result.input]).exists():
            manifest.release(claims[result.input])  # no letter: the name is free again

    # A forked worker must not keep the folder locked (nor the journal open) after this
    # process is gone: it closes its copies of them.
    inherited = tuple(fd for fd in (lock.descriptor, manifest.journal) if fd is not None)
    results = _render_all(tasks, jobs, salvage=remember, inherited=inherited)
    try:
        for result in results:
            remember(result)
            report(result)
    finally:
        results.close()  # on Ctrl-C: let the workers finish the letters they are writing
        if manifest.changed:
            manifest.save()
        remove_temporary_files(folder, manifest)  # a worker stopped mid-letter leaves one


def _input_order(inputs: Inputs) -> Callable[[Result], int]:
    """Results come back in any order; the report lists them in input order."""
    position = {str(path): index for index, path in enumerate(inputs.files)}
    last = len(position)
    return lambda result: position.get(str(result.input), last)


def _render_all(
    tasks: list[Task], jobs: int, salvage: Listener, inherited: tuple[int, ...] = ()
) -> Generator[Result, None, None]:
    if not tasks:
        return
    if jobs == 1 or len(tasks) == 1:
        import mla_writer.render  # noqa: F401  (before the freeze: its modules stay put)

        # Everything loaded so far lives as long as the process: set it aside, so that the
        # collection after each letter scans only that letter's objects (16 ms -> under 1 ms).
        gc.collect()
        gc.freeze()
        try:
            for task in tasks:
                yield render_case(task)
        finally:
            gc.unfreeze()
        return
    yield from _render_in_pool(tasks, min(jobs, len(tasks)), salvage, inherited)


def _render_in_pool(
    tasks: list[Task], jobs: int, salvage: Listener, inherited: tuple[int, ...] = ()
) -> Generator[Result, None, None]:
    """Results as they come. If the run is interrupted, the letters the workers were already
    writing are finished and passed to `salvage`, so that the manifest knows them."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # Load the renderer once, before the workers fork, so that each does not import it again.
    import mla_writer.render  # noqa: F401

    # Forked workers start at once with everything already imported; fork is safe on Linux
    # only (macOS system libraries may crash in a forked child, Windows has no fork).
    forked = sys.platform == "linux"
    context = multiprocessing.get_context("fork" if forked else "spawn")
    window = jobs * 4  # enough queued work to keep every worker busy; little memory held
    pending: dict[Future[Result], Task] = {}
    queue = iter(tasks)
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_start_worker,
        initargs=(ui_language(), os.getpid(), inherited if forked else ()),
    ) as pool:
        try:
            broken = False
            while True:
                while not broken and len(pending) < window:
                    task = next(queue, None)
                    if task is None:
                        break
                    try:
                        pending[pool.submit(render_case, task)] = task
                    except BrokenProcessPool:
                        yield _lost(task)
                        broken = True
                if not pending:
                    break
                done, _waiting = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    task = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield _lost(task)
            for task in queue:
                yield _lost(task)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            for future in pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    salvage(future.result())
            raise


def _lost(task: Task) -> Result:
    return Result(
        task.input,
        Outcome.INVALID,
        error=_(
            "not rendered: a worker process stopped unexpectedly (out of memory?). "
            "Run the command again; letters already made are kept."
        ),
    )


# --------------------------------------------------------------------------- the report file

REPORT_SUFFIXES = (".json", ".csv")


def check_report_path(path: Path, *, force: bool) -> None:
    """Refuse, before any work, a report file we cannot write or must not replace."""
    from mla_writer.errors import OutputExistsError

    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise MlaError(
            _(
                "The report file must end in .json or .csv (got “%(name)s”); the ending picks "
                "the format."
            )
            % {"name": path.name}
        )
    if path.exists() and not force and not _is_batch_report(path):
        raise OutputExistsError(path)
    folder = path.parent.resolve()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:  # a real probe (permission bits say nothing to root, nor about a read-only disk)
        handle, probe = tempfile.mkstemp(prefix=".mla-report-probe.", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError:  # before any letter is written, not after
        raise MlaError(
            _(
                "The report %(path)s cannot be written: %(folder)s does not accept new files "
                "(read-only, or no permission). Choose another place for --report; no letter "
                "was written."
            )
            % {"path": path, "folder": folder}
        ) from None


def _is_batch_report(path: Path) -> bool:
    """A report from an earlier run may be replaced; any other file is left alone."""
    try:
        with path.open(encoding="utf-8-sig") as stream:
            if path.suffix.lower() == ".csv":
                return next(csv.reader(stream), None) == list(REPORT_COLUMNS)
            data = json.load(stream)
    except (OSError, ValueError, StopIteration):
        return False
    return isinstance(data, list) and all(
        isinstance(item, dict) and set(REPORT_COLUMNS) <= set(item) for item in data
    )


def report_text(results: Iterable[Result], suffix: str) -> str:
    """The report: every input with its outcome, its letter, and its gaps or its error."""
    if suffix.lower() == ".json":
        return (
            json.dumps([result.as_dict() for result in results], ensure_ascii=False, indent=2)
            + "\n"
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for result in results:
        writer.writerow(
            [
                str(result.input),
                result.outcome.value,
                str(result.output) if result.output else "",
                "\n".join(gap.as_text() for gap in result.gaps),
                result.error,
            ]
        )
    return buffer.getvalue()


def write_report(path: Path, results: Iterable[Result]) -> None:
    from mla_writer.outputs import atomic_write

    # utf-8-sig: a spreadsheet opened by double-click then shows accents and Cyrillic correctly
    encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
    text = report_text(results, path.suffix)
    atomic_write(path, text.encode(encoding), force=True, mode=0o600)


def summary_line(summary: Summary) -> str:
    counts = {outcome: summary.count(outcome) for outcome in Outcome}
    return _(
        "%(total)s cases: %(rendered)s rendered, %(skipped)s up to date, "
        "%(incomplete)s incomplete, %(invalid)s invalid."
    ) % {
        "total": len(summary.results),
        "rendered": counts[Outcome.RENDERED],
        "skipped": counts[Outcome.SKIPPED],
        "incomplete": counts[Outcome.INCOMPLETE],
        "invalid": counts[Outcome.INVALID],
    }


def next_step_line(summary: Summary) -> str:
    """What to do after a run that did not render everything; "" after one that did."""
    if summary.succeeded:
        return ""
    return _(
        "Each incomplete or invalid case is listed above with what to fix. Fix them and run the "
        "same command again: letters that are up to date are not made again."
    )


def ignored_line(summary: Summary) -> str:
    return ngettext(
        "%(count)d other file in the folders is not a case file (.yaml, .yml) and was left alone.",
        "%(count)d other files in the folders are not case files (.yaml, .yml) and were left "
        "alone.",
        summary.ignored,
    ) % {"count": summary.ignored}


# --------------------------------------------------------------------------- what the user reads


def result_lines(result: Result) -> list[str]:
    """One line per input, then its gaps or its error, indented: readable in a log or a pipe."""
    values = {
        "outcome": outcome_label(result.outcome),
        "input": result.input,
        "output": result.output,
    }
    if result.outcome is Outcome.RENDERED:
        lines = [_("%(outcome)s: %(input)s -> %(output)s") % values]
    elif result.outcome is Outcome.SKIPPED:
        lines = [_("%(outcome)s: %(input)s (%(output)s is newer)") % values]
    elif result.outcome is Outcome.INCOMPLETE:
        lines = [
            ngettext(
                "%(outcome)s: %(input)s has %(count)d gap to fill:",
                "%(outcome)s: %(input)s has %(count)d gaps to fill:",
                len(result.gaps),
            )
            % {**values, "count": len(result.gaps)}
        ]
    else:
        lines = [_("%(outcome)s: %(input)s") % values]
    lines += [f"    {gap.as_text()}" for gap in result.gaps]  # a draft's too
    lines += [f"    {line.strip()}" for line in result.error.splitlines() if line.strip()]
    return lines


class PlainDisplay:
    """Line-oriented output for logs, pipes and CI: one line per input as it is done."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total = total
        self.write(
            ngettext("%(count)d case to process.", "%(count)d cases to process.", total)
            % {"count": total}
        )

    def result(self, result: Result) -> None:
        self.done += 1
        width = len(str(self.total))
        lines = result_lines(result)
        self.write(f"[{self.done:>{width}}/{self.total}] {lines[0]}")
        for line in lines[1:]:
            self.write(line)

    def finish(self, summary: Summary) -> None:
        self.write(summary_line(summary))
        if summary.ignored:
            self.write(ignored_line(summary))
        if next_step_line(summary):
            self.write(next_step_line(summary))

    def close(self) -> None:
        pass


class RichDisplay:
    """A progress bar on a terminal; problems are printed above it as they come."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(highlight=False)
        self.progress = Progress(
            TextColumn(_("Rendering letters")),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.task_id: Any = None

    def start(self, total: int) -> None:
        self.progress.start()
        self.task_id = self.progress.add_task("", total=total)

    def result(self, result: Result) -> None:
        from rich.padding import Padding
        from rich.text import Text

        if not result.outcome.succeeded:
            style = "yellow" if result.outcome is Outcome.INCOMPLETE else "red"
            lines = result_lines(result)
            self.console.print(Text(lines[0], style=style))
            for line in lines[1:]:  # wrapped lines stay indented under their case
                self.console.print(Padding(Text(line.strip()), (0, 0, 0, 4)))
        self.progress.advance(self.task_id)

    def finish(self, summary: Summary) -> None:
        from rich.table import Table

        self.close()
        table = Table(title=_("Summary"), title_justify="left")
        table.add_column(_("Outcome"))
        table.add_column(_("Cases"), justify="right")
        styles = {
            Outcome.RENDERED: "green",
            Outcome.SKIPPED: "green",
            Outcome.INCOMPLETE: "yellow",
            Outcome.INVALID: "red",
        }
        for outcome in Outcome:
            count = summary.count(outcome)
            table.add_row(
                outcome_label(outcome), str(count), style=styles[outcome] if count else "dim"
            )
        table.add_row(_("Total"), str(len(summary.results)), style="bold")
        self.console.print(table)
        if summary.ignored:
            self.console.print(ignored_line(summary))
        if next_step_line(summary):
            self.console.print(next_step_line(summary))

    def close(self) -> None:
        self.progress.stop()
