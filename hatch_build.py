"""Hatch build hook: compile the gettext catalogs (.po, kept in git) into .mo files for the wheel.

The .mo files are written to a temporary folder and mapped into the wheel at
`mla_writer/locales/<lang>/LC_MESSAGES/`, never into the source tree: a stale .mo next to its .po
would shadow later edits of the .po in a source checkout (the loader prefers a .mo). An editable
install needs none: it reads the source tree's .po files and compiles them in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        self._compiled = Path(tempfile.mkdtemp(prefix="mla-writer-catalogs-"))
        for po_path in sorted(Path(self.root, "locales").glob("*/LC_MESSAGES/*.po")):
            language = po_path.parent.parent.name
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale=language)
            mo_path = self._compiled / language / f"{po_path.stem}.mo"
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalog, use_fuzzy=False)
            target = f"mla_writer/locales/{language}/LC_MESSAGES/{po_path.stem}.mo"
            build_data["force_include"][str(mo_path)] = target

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)
