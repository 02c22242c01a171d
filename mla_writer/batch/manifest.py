"""The output folder's manifest (`.mla-batch.json`) and its journal (`.mla-batch.journal`): which
case each letter was made from, and with which options, kept safe across killed runs.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from mla_writer.batch.outcomes import Options
from mla_writer.outputs import atomic_write

MANIFEST_NAME = ".mla-batch.json"
MANIFEST_VERSION = 1
JOURNAL_NAME = ".mla-batch.journal"


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
        self.close_journal()
        if self.letters or self.path.exists():
            content = {"version": MANIFEST_VERSION, "letters": dict(sorted(self.letters.items()))}
            text = json.dumps(content, ensure_ascii=False, indent=1) + "\n"
            atomic_write(self.path, text.encode("utf-8"), force=True, mode=0o600)
        # Only now: if the run is killed in between, the journal is applied again, harmlessly.
        self.journal_path.unlink(missing_ok=True)
        self.changed = False


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
