"""Build the Word letters of the evaluation set from their `*.docx.yaml` sources.

Run as a script to write them beside the sources (`python tests/foreign_letters/make_docx.py`);
the tests call `build_all(folder)` to build them into a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def build(source: Path, target: Path) -> Path:
    """Write the letter described by `source` as a .docx at `target`."""
    import docx

    content = yaml.safe_load(source.read_text(encoding="utf-8"))
    document = docx.Document()
    if content.get("header"):
        document.sections[0].header.paragraphs[0].text = content["header"]
    for block in content["blocks"]:
        if "p" in block:
            document.add_paragraph(block["p"])
        else:
            rows = block["table"]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
    document.save(str(target))
    return target


def build_all(folder: Path) -> list[Path]:
    """Build every Word letter of the set into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        build(source, folder / source.name.removesuffix(".yaml"))
        for source in sorted(HERE.glob("*.docx.yaml"))
    ]


if __name__ == "__main__":
    for path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
