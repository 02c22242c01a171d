"""Rewrite the README's list of the kinds of assistance from the registry (mla_writer/model/kinds/).

    python tools/readme_kinds.py

The list sits between `<!-- kinds -->` and `<!-- /kinds -->`; tests/test_kinds.py fails while it
and the registry differ.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

README = ROOT / "README.md"
_BLOCK = re.compile(r"(<!-- kinds -->\n)(.*?)(<!-- /kinds -->)", re.DOTALL)


def kinds_paragraph() -> str:
    """The README's paragraph naming every kind, in the registry's order."""
    from mla_writer.model.kinds import KINDS

    names = ", ".join(f"`{key}`" for key in KINDS)
    text = f"Kinds of assistance (`type:`): {names}. `mla schema` lists the fields of each."
    return textwrap.fill(text, width=100, break_on_hyphens=False, break_long_words=False) + "\n"


def rewritten(readme: str) -> str:
    """The README with its list of kinds as the registry has it."""
    if not _BLOCK.search(readme):
        raise SystemExit("README.md has no <!-- kinds --> ... <!-- /kinds --> block")
    return _BLOCK.sub(lambda match: match[1] + kinds_paragraph() + match[3], readme)


if __name__ == "__main__":
    README.write_text(rewritten(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the list of kinds in {README.relative_to(ROOT)}")
