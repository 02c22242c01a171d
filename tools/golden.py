"""What mla-writer produces, pinned: every example letter's XML and every JSON/text report.

    python tools/golden.py dump DIR     write every output (XML parts, reports) into DIR
    python tools/golden.py update       record their digests in tests/golden/digests.json
    python tools/golden.py check        compare with the recorded digests (what the test runs)

A refactoring must leave these outputs identical; a change that alters a letter or a report on
purpose updates the digests in the same commit, and the commit says why. To see what changed,
dump at the previous commit and at yours and `diff -r` the two folders.

Everything runs through the real command line (in-process, with typer's test runner), under a
fixed date and the English interface, so the outputs are the ones a user gets.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's code, not another one installed in editable mode
DIGESTS = ROOT / "tests" / "golden" / "digests.json"
TODAY = "2026-11-22"
COMPLETE = ("trafficking", "email-fraud", "asset-freezing")
INCOMPLETE = ("incomplete-drugs", "incomplete-search")
LANGUAGES = ("fr", "es", "pt", "ru", "ar", "zh")
PSEUDO = ("fr", "ru", "ar")
XLIFF = "urn:oasis:names:tc:xliff:document:1.2"


def _mla(*args: str | Path) -> tuple[int, str]:
    from typer.testing import CliRunner

    from mla_writer.cli import app
    from mla_writer.errors import MlaError

    result = CliRunner().invoke(app, [str(a) for a in args])
    error = result.exception
    if isinstance(error, MlaError):  # what `mla`'s funnel (cli.main) prints and exits with
        return int(error.exit_code), result.output + error.message + "\n"
    if error is not None and not isinstance(error, SystemExit):
        raise error
    return result.exit_code, result.output


def _letter_parts(path: Path) -> Iterator[tuple[str, str]]:
    """The XML parts of a Word file that hold what the reader sees or the case data."""
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if name.endswith((".xml", ".rels")) and not name.startswith("docProps/"):
                yield name.replace("/", "__"), archive.read(name).decode("utf-8")


def _pseudo_translate(xliff: Path, language: str) -> None:
    ET.register_namespace("", XLIFF)
    tree = ET.parse(xliff)
    for unit in tree.iter(f"{{{XLIFF}}}trans-unit"):
        source = unit.find(f"{{{XLIFF}}}source")
        target = unit.find(f"{{{XLIFF}}}target")
        if target is None:
            target = ET.SubElement(unit, f"{{{XLIFF}}}target")
        target.text = f"⟦{language}⟧ {source.text if source is not None else ''}"
        target.set("state", "translated")
    tree.write(xliff, encoding="utf-8", xml_declaration=True)


def dump(out: Path) -> None:
    """Every output of the examples and of the letter corpora, as text files in `out`."""
    os.environ["MLA_TODAY"] = TODAY
    os.environ["LANGUAGE"] = "en"
    os.environ.pop("MLA_DATABASE_URL", None)
    from mla_writer.i18n import set_ui_language

    set_ui_language("en")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for name in COMPLETE + INCOMPLETE:
            _dump_example(name, work, out)
        _dump_schema(out)
        _dump_letters(out)


def _record(out: Path, name: str, code: int, text: str) -> None:
    # Paths of the scratch folder differ between runs; the reports name them.
    text = text.replace(str(ROOT), "<root>")
    text = re.sub(r"/tmp/[^\s\"']*?/(?=[\w.-]+\.(yaml|docx|xlf)\b)", "<dir>/", text)
    (out / name).write_text(f"exit {code}\n{text}", encoding="utf-8")


def _save_letter(out: Path, stem: str, code: int, output: str, letter: Path) -> None:
    _record(out, f"{stem}.out", code, output)
    if letter.exists():
        for part, xml in _letter_parts(letter):
            (out / f"{stem}.{part}").write_text(xml, encoding="utf-8")
        letter.unlink()


def _dump_example(name: str, work: Path, out: Path) -> None:
    case = work / f"{name}.yaml"
    _mla("example", name, "-o", case, "--force")
    for form in ("json", "text", "markdown"):
        code, text = _mla("check", case, "--format", form)
        _record(out, f"{name}.check.{form}", code, text)
    letter = work / f"{name}.docx"
    complete = name in COMPLETE
    args: tuple[str, ...] = () if complete else ("--draft",)
    code, text = _mla("render", case, "-o", letter, *args)
    _save_letter(out, f"{name}.en", code, text, letter)
    if not complete:
        return
    for language in LANGUAGES:
        code, text = _mla("render", case, "-o", letter, "--lang", language, "--draft")
        _save_letter(out, f"{name}.{language}-draft", code, text, letter)
    code, text = _mla("render", case, "-o", letter, "--lang", "fr", "--draft", "--bilingual")
    _save_letter(out, f"{name}.fr-bilingual-draft", code, text, letter)
    for language in PSEUDO:
        _dump_translated(name, language, work, out)


def _dump_translated(name: str, language: str, work: Path, out: Path) -> None:
    case = work / f"{name}.{language}.yaml"
    _mla("example", name, "-o", case, "--force")
    xliff = work / f"{name}.{language}.xlf"
    code, text = _mla("translate", "export", case, "--lang", language, "-o", xliff, "--force")
    _record(out, f"{name}.{language}.export", code, text)
    (out / f"{name}.{language}.xlf").write_text(xliff.read_text(encoding="utf-8"), "utf-8")
    _pseudo_translate(xliff, language)
    code, text = _mla("translate", "import", xliff, case)
    _record(out, f"{name}.{language}.import", code, text)
    (out / f"{name}.{language}.translated.yaml").write_text(case.read_text("utf-8"), "utf-8")
    letter = work / f"{name}.{language}.docx"
    code, text = _mla("render", case, "-o", letter, "--lang", language)
    _save_letter(out, f"{name}.{language}-final", code, text, letter)
    code, text = _mla("render", case, "-o", letter, "--lang", language, "--bilingual")
    _save_letter(out, f"{name}.{language}-bilingual", code, text, letter)


def _dump_schema(out: Path) -> None:
    code, text = _mla("schema")
    _record(out, "schema.json", code, text)


def _letter_files() -> Iterator[Path]:
    for folder in (ROOT / "tests" / "foreign_letters", ROOT / "tests" / "corpus"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".docx", ".pdf", ".md") and "source" not in path.name:
                yield path


def _dump_letters(out: Path) -> None:
    for path in _letter_files():
        stem = str(path.relative_to(ROOT)).replace("/", "__")
        code, text = _mla("check", path, "--format", "json", "--reply")
        _record(out, f"{stem}.check.json", code, text)


def digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def compare(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    """The outputs that differ, appeared or disappeared."""
    names = sorted(set(recorded) | set(now))
    return [name for name in names if recorded.get(name) != now.get(name)]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "dump":
        dump(Path(argv[1]))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        dump(Path(scratch))
        now = digests(Path(scratch))
    if command == "update":
        DIGESTS.parent.mkdir(exist_ok=True)
        DIGESTS.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} outputs recorded in {DIGESTS.relative_to(ROOT)}")
        return 0
    differ = compare(json.loads(DIGESTS.read_text(encoding="utf-8")), now)
    for name in differ:
        print("differs:", name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
