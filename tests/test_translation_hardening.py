"""`mla translate import` with hostile or damaged files: a translation comes back from outside,
by e-mail, through translation tools that re-encode and re-save it. Whatever it holds, either the
case file receives exactly the translator's text, or the import is refused with the file, the
line and what to do — exit code 2, no traceback, the case file byte for byte as it was.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from mla_writer.casefile import load_case
from mla_writer.errors import ExitCode
from mla_writer.examples import example_text
from mla_writer.translation.exchange import export_translation
from mla_writer.translation.xliff import XLIFF_NAMESPACE
from tests.conftest import run_mla

URGENCY_FR = "Demande urgente adressée par le Procureur"


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the complete trafficking example, free text in English."""
    path = tmp_path / "case.yaml"
    path.write_text(example_text("trafficking"), encoding="utf-8")
    return path


def translated_po(case: Path, tmp_path: Path, msgstr: str = f'"{URGENCY_FR}"') -> str:
    """The case's PO file as a translator returns it: urgency.reason translated as `msgstr`
    (written as it stands in the file, quotes included)."""
    output = tmp_path / "export.fr.po"
    export_translation(load_case(case), "fr", output, force=True)
    text = output.read_text(encoding="utf-8")
    filled, count = re.subn(
        r'(msgctxt "urgency\.reason"\nmsgid "[^\n]*"\nmsgstr )""', lambda m: m[1] + msgstr, text
    )
    assert count == 1
    return filled


def line_of(content: bytes, pattern: str) -> int:
    """The line of the first match of `pattern` in a file (searched byte for byte)."""
    text = content.decode("latin-1")
    match = re.search(pattern, text)
    assert match is not None, pattern
    return text[: match.start()].count("\n") + 1


def xliff(units: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    return (
        f'{declaration}<xliff version="1.2" xmlns="{XLIFF_NAMESPACE}">\n'
        '<file original="case.yaml" datatype="plaintext" source-language="en" '
        f'target-language="fr"><body>\n{units}\n</body></file></xliff>\n'
    )


URGENCY_UNIT = (
    f'<trans-unit id="urgency.reason"><source>x</source><target>{URGENCY_FR}</target></trans-unit>'
)


# A hostile file: (test id, file name, its bytes from the case and a folder, what the message
# must say, a pattern for the line it must name, or None).
Hostile = Callable[[Path, Path], bytes]


def _po(msgstr: str = f'"{URGENCY_FR}"', edit: Callable[[str], str] = lambda text: text) -> Hostile:
    return lambda case, tmp_path: edit(translated_po(case, tmp_path, msgstr)).encode("utf-8")


def _po_bytes(encode: Callable[[str], bytes]) -> Hostile:
    return lambda case, tmp_path: encode(translated_po(case, tmp_path))


def _raw(content: bytes) -> Hostile:
    return lambda case, tmp_path: content


def _duplicated_urgency(text: str) -> str:
    entry = re.search(r'msgctxt "urgency\.reason"\n.*?\n\n', text, re.S)
    assert entry is not None
    return text + "\n" + entry.group()


HOSTILE: list[tuple[str, str, Hostile, str, str | None]] = [
    (
        "po_msgstr_without_closing_quote",
        "bad.po",
        _po(msgstr=f'"{URGENCY_FR}'),
        "has no closing quotation mark",
        re.escape(f'msgstr "{URGENCY_FR[:20]}'),
    ),
    (
        "po_latin1_bytes_declared_utf8",
        "bad.po",
        _po_bytes(lambda text: text.encode("latin-1", errors="replace")),
        "is not written in the character set its header declares (utf-8)",
        "[^\x00-\x7f]",  # the first letter that is not ASCII
    ),
    (
        "po_utf8_bytes_declared_latin1",
        "bad.po",
        _po(edit=lambda text: text.replace("charset=utf-8", "charset=ISO-8859-1")),
        "declares the character set ISO-8859-1 but is written in UTF-8",
        "charset=",
    ),
    (
        "po_unknown_charset",
        "bad.po",
        _po(edit=lambda text: text.replace("charset=utf-8", "charset=klingon-8")),
        "declares a character set that cannot be read (“klingon-8”",
        "charset=",
    ),
    (
        "po_utf16_charset_declared",
        "bad.po",
        _po(edit=lambda text: text.replace("charset=utf-8", "charset=UTF-16")),
        "declares a character set that cannot be read (“UTF-16”",
        "charset=",
    ),
    (
        "po_invalid_language_header",
        "bad.po",
        _po(edit=lambda text: text.replace('"Language: fr\\n"', '"Language: Frenchish\\n"')),
        "its “Language:” header says “Frenchish”, which is not a language code",
        "Language: ",
    ),
    (
        "po_missing_language_header",
        "bad.po",
        _po(edit=lambda text: text.replace('"Language: fr\\n"\n', "")),
        "the “Language:” header is missing",
        None,
    ),
    (
        "po_unescaped_quote_inside_text",
        "bad.po",
        _po(msgstr='"Le Procureur a dit "urgent" hier"'),
        "more text after the closing quotation mark",
        "Le Procureur a dit",
    ),
    (
        "po_unknown_escape",
        "bad.po",
        _po(msgstr='"Demande\\qurgente"'),
        "“\\q” on this line is not an escape",
        re.escape("Demande\\q"),
    ),
    (
        "po_entry_twice",  # babel kept one of them, silently
        "bad.po",
        _po(edit=_duplicated_urgency),
        "the field appears twice",
        None,
    ),
    (
        "po_plural_entry",
        "bad.po",
        _po(edit=lambda text: text + '\nmsgctxt "title"\nmsgid "a"\nmsgid_plural "b"\n'),
        "holds a plural entry (msgid_plural)",
        "msgid_plural",
    ),
    (
        "po_cut_off_after_msgid",
        "bad.po",
        _po(edit=lambda text: text + '\nmsgctxt "title"\nmsgid "Request"\n'),
        "has no msgstr",
        None,
    ),
    (
        "po_saved_as_utf16",
        "bad.po",
        _po_bytes(lambda text: text.encode("utf-16")),
        "is saved as UTF-16; a PO file must be saved as UTF-8",
        None,
    ),
    ("xliff_empty", "bad.xlf", _raw(b""), "is empty", None),
    ("xliff_binary", "bad.xlf", _raw(bytes(range(256)) * 4), "is not a text file", None),
    (
        "xliff_utf16_damaged",
        "bad.xlf",
        _raw(xliff(URGENCY_UNIT)[:-40].encode("utf-16")),
        "is not a well-formed XLIFF file",
        None,
    ),
    (
        "xliff_doctype",
        "bad.xlf",
        _raw(
            xliff(
                URGENCY_UNIT, '<?xml version="1.0"?>\n\n<!DOCTYPE xliff SYSTEM "x.dtd">\n'
            ).encode()
        ),
        "declares a DOCTYPE",
        "<!DOCTYPE",
    ),
    (
        "xliff_malformed_at_a_line",
        "bad.xlf",
        _raw(xliff(URGENCY_UNIT + '\n\n<trans-unit id="title"><source>x</target>').encode()),
        "is not a well-formed XLIFF file",
        '<trans-unit id="title">',
    ),
    (
        "xliff_unit_naming_no_field",
        "bad.xlf",
        _raw(
            xliff(
                URGENCY_UNIT
                + '\n<trans-unit id="witness.statement"><source>x</source>'
                + "<target>y</target></trans-unit>"
            ).encode()
        ),
        "[witness.statement]: this case has no free text in this field",
        '<trans-unit id="witness',
    ),
    (
        "xliff_unit_for_a_name_kept_as_typed",
        "bad.xlf",
        _raw(
            xliff(
                '<trans-unit id="persons[1].name"><source>x</source><target>y</target></trans-unit>'
            ).encode()
        ),
        "[persons[1].name]: this field is not free text",
        "<trans-unit",
    ),
    (
        "xliff_unit_outside_the_xliff_namespace",  # was dropped without a word
        "bad.xlf",
        _raw(
            xliff(
                '<trans-unit xmlns="" id="urgency.reason"><source>x</source>'
                "<target>y</target></trans-unit>"
            ).encode()
        ),
        "this unit is not in the XLIFF 1.2 namespace",
        "<trans-unit",
    ),
    (
        "xliff_unit_with_two_targets",  # the second was dropped without a word
        "bad.xlf",
        _raw(
            xliff(
                '<trans-unit id="urgency.reason"><source>x</source><target>Urgent.</target>'
                "<target>Très urgent.</target></trans-unit>"
            ).encode()
        ),
        "this unit holds 2 translations",
        "<trans-unit",
    ),
    (
        "xliff_without_units",
        "bad.xlf",
        _raw(xliff("").encode()),
        "holds no text at all",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "make", "expected", "line_marker"),
    [row[1:] for row in HOSTILE],
    ids=[row[0] for row in HOSTILE],
)
def test_a_hostile_translation_file_is_refused_with_its_line_and_the_case_is_unchanged(
    case: Path,
    tmp_path: Path,
    name: str,
    make: Hostile,
    expected: str,
    line_marker: str | None,
) -> None:
    content = make(case, tmp_path)
    bad = tmp_path / name
    bad.write_bytes(content)
    before = case.read_bytes()
    result = run_mla("translate", "import", bad, case)
    assert result.returncode == ExitCode.INVALID, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert case.read_bytes() == before
    if bad.suffix == ".xlf":
        assert "PO file" not in result.stderr
    if line_marker is not None:
        line = line_of(content, line_marker)
        assert f"{bad}:{line}:" in result.stderr or f"{bad}:{line} [" in result.stderr


# --------------------------------------------------------------------------- what is accepted


def test_a_po_file_in_the_charset_it_declares_imports_its_accents_exactly(
    case: Path, tmp_path: Path
) -> None:
    text = translated_po(case, tmp_path).replace("charset=utf-8", "charset=ISO-8859-1")
    latin1 = tmp_path / "latin1.fr.po"
    latin1.write_bytes(text.encode("latin-1", errors="replace"))
    result = run_mla("translate", "import", latin1, case)
    assert result.returncode == 0, result.stderr
    assert load_case(case).translations["fr"]["urgency.reason"].text == URGENCY_FR


def test_a_po_file_saved_by_a_windows_tool_with_wrapped_lines_imports(
    case: Path, tmp_path: Path
) -> None:
    wrapped = '""\n"Demande urgente adressée "\n"par le Procureur"'
    text = translated_po(case, tmp_path, wrapped)
    windows = tmp_path / "windows.fr.po"
    windows.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    result = run_mla("translate", "import", windows, case)
    assert result.returncode == 0, result.stderr
    assert load_case(case).translations["fr"]["urgency.reason"].text == URGENCY_FR


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_an_xliff_file_saved_as_utf16_imports(case: Path, tmp_path: Path, encoding: str) -> None:
    utf16 = tmp_path / "case.fr.xlf"
    utf16.write_bytes(
        xliff(URGENCY_UNIT, '<?xml version="1.0" encoding="UTF-16"?>\n').encode(encoding)
    )
    result = run_mla("translate", "import", utf16, case)
    assert result.returncode == 0, result.stderr
    assert load_case(case).translations["fr"]["urgency.reason"].text == URGENCY_FR


# --------------------------------------------------------------------------- the case file


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_import_through_a_symbolic_link_updates_the_real_case_file(
    case: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    real = folder / "real.yaml"
    case.rename(real)
    real.chmod(0o640)
    link = tmp_path / "case.yaml"
    link.symlink_to(Path("cases") / "real.yaml")
    translation = tmp_path / "case.fr.po"
    translation.write_text(translated_po(link, tmp_path), encoding="utf-8")

    result = run_mla("translate", "import", translation, link)

    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_case(real).translations["fr"]["urgency.reason"].text == URGENCY_FR
    assert real.stat().st_mode & 0o777 == 0o640
    assert [path.name for path in folder.iterdir()] == ["real.yaml"]  # no temporary file left
