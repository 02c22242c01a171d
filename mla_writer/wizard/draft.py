"""A case file resumed with `mla new --resume`: rewritten the way its author wrote it."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mla_writer.casefile import dump_case, parse_case, read_case_text
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.roundtrip import updated_text


@dataclass
class ResumedFile:
    """A resumed case file as it is on disk: it is not rewritten until an answer changes it;
    then only the changed values are written (comments, order and layout kept)."""

    path: Path
    text: str
    mode: int

    @classmethod
    def read(cls, path: Path) -> ResumedFile:
        return cls(path, read_case_text(path), stat.S_IMODE(path.stat().st_mode))

    def save(self, request: LetterOfRequest, before: Any, after: Any) -> bool:
        """Write `request` (whose data went from `before` to `after`): only the changed values,
        or the whole file should the round trip not give back the same request. Its mode is
        kept if private, else made private: True when it was opened to others (say so)."""
        try:
            updated = updated_text(self.text, before, after)
            kept = parse_case(updated, self.path) == request
        except Exception:
            kept = False
        if not kept:
            updated = dump_case(request)
        was_open = self.mode & 0o077 != 0
        mode = 0o600 if was_open else self.mode
        atomic_write(self.path, updated.encode("utf-8"), force=True, mode=mode)
        self.text, self.mode = updated, mode
        return was_open
