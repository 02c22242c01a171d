"""Letter templates and the case data a letter carries, when they come damaged or hostile.

An office letterhead (`mla render --template`) and a letter mla-writer made (`mla check
letter.docx`, `mla render letter.docx`) are Word files from outside: each bad one ends in exit 2
with a message that names the file and says what to do, nothing is written, and a letter never
carries another case's data.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.shared import Inches

from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext
from mla_writer.errors import ExitCode
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.render import embedded as embedded_module
from mla_writer.render import read_embedded_case, render_letter
from tests.conftest import TODAY, run_mla

CONTEXT = CheckContext(today=TODAY)
OLD_REFERENCE = "PG-2026/0417/MLA-3"  # the trafficking example's
NEW_REFERENCE = "2417/II-5/2026/MLA-1"  # the email-fraud example's
OLD_PERSON = "Radu Țurcanu"  # a contact in the trafficking case only
CASE_ITEM = "customXml/item1.xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# A one-pixel PNG: a letterhead's logo.
LOGO = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


def _case(name: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(example_text(name), encoding="utf-8")
    return path


def _letter(tmp_path: Path, name: str = "trafficking") -> Path:
    request = parse_case(example_text(name), f"{name}.yaml")
    return render_letter(request, tmp_path / f"{name}-letter.docx", context=CONTEXT)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _rewrite(
    source: Path,
    target: Path,
    change: dict[str, Callable[[bytes], bytes]],
    stored: frozenset[str] = frozenset(),
) -> Path:
    """A copy of a .docx with some parts changed (and some stored uncompressed)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in change:
                data = change[info.filename](data)
            method = zipfile.ZIP_STORED if info.filename in stored else zipfile.ZIP_DEFLATED
            new.writestr(info.filename, data, compress_type=method)
    return target


def _corrupt_entry(path: Path, name: str) -> None:
    """Flip a byte in a stored entry's data: its checksum no longer matches."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack(
        "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_length + extra_length
    raw[start + info.file_size // 2] ^= 0x20
    path.write_bytes(bytes(raw))


def _mark_encrypted(path: Path, name: str) -> None:
    """Set the "encrypted" flag of an entry in its local and central headers."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw[info.header_offset + 6] |= 0x1
    position = raw.find(b"PK\x01\x02")
    while position != -1:
        length = struct.unpack("<H", raw[position + 28 : position + 30])[0]
        if raw[position + 46 : position + 46 + length] == name.encode():
            raw[position + 8] |= 0x1
        position = raw.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(raw))


def _render_fails(case: Path, template: Path, output: Path, expected: str) -> str:
    result = run_mla("render", case, "-o", output, "--template", template)
    assert result.returncode == ExitCode.INVALID, result.stderr
    assert str(template) in result.stderr and "cannot be used as a letter template" in result.stderr
    assert re.search(expected, _unwrapped(result.stderr)), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert not output.exists()
    return result.stderr


def _unwrapped(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --------------------------------------------------------------------------- another case's data


def test_an_earlier_letter_as_template_gives_a_letter_of_the_new_case_only(
    tmp_path: Path,
) -> None:
    old_letter = _letter(tmp_path)
    new_case = _case("email-fraud", tmp_path)
    new_letter = tmp_path / "new.docx"
    result = run_mla("render", new_case, "-o", new_letter, "--template", old_letter)
    assert result.returncode == 0, result.stderr
    entries = _entries(new_letter)
    assert [n for n in entries if re.fullmatch(r"customXml/item\d+\.xml", n)] == [CASE_ITEM]
    for name, data in entries.items():  # nowhere: not the data, the header, the properties
        for trace in (OLD_REFERENCE, OLD_PERSON):
            assert trace.encode() not in data, f"{trace} in {name}"
    embedded = read_embedded_case(new_letter)
    assert embedded is not None and embedded.reference == NEW_REFERENCE
    header = docx.Document(str(new_letter)).sections[0].header
    assert [p.text.split("\t")[0] for p in header.paragraphs] == [f"Our reference: {NEW_REFERENCE}"]
    checked = run_mla("check", new_letter, "--format", "json")
    assert checked.returncode == 0, checked.stderr
    assert '"kind": "mla-letter"' in checked.stdout
    again = tmp_path / "again.docx"
    rendered = run_mla("render", new_letter, "-o", again)
    assert rendered.returncode == 0, rendered.stderr
    again_case = read_embedded_case(again)
    assert again_case is not None and again_case.reference == NEW_REFERENCE


def test_a_letterhead_keeps_its_header_logo_and_page_setup_but_not_its_other_content(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    letterhead = docx.Document()
    section = letterhead.sections[0]
    section.left_margin = Inches(1.5)
    header = section.header.paragraphs[0]
    header.text = "OFFICE OF THE PROSECUTOR GENERAL"
    header.add_run().add_picture(io.BytesIO(LOGO), width=Inches(0.5))
    sample = letterhead.add_paragraph("Draft notes on the Petrescu file")
    letterhead.add_comment(sample.runs, text="Remember the Petrescu deadline", author="A. Clerk")
    letterhead.core_properties.author = "A. Clerk"
    letterhead.core_properties.title = "Petrescu file"
    path = tmp_path / "letterhead.docx"
    letterhead.save(str(path))
    letter = render_letter(trafficking, tmp_path / "letter.docx", template=path, context=CONTEXT)
    entries = _entries(letter)
    for name, data in entries.items():
        assert b"Petrescu" not in data and b"A. Clerk" not in data, name
    assert not [n for n in entries if "comments" in n]
    assert [n for n in entries if n.startswith("word/media/")], "the logo stays"
    result = docx.Document(str(letter))
    assert result.sections[0].header.paragraphs[0].text == "OFFICE OF THE PROSECUTOR GENERAL"
    assert result.sections[0].left_margin == Inches(1.5)


def test_a_template_without_page_setup_gets_the_base_one(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    plain = docx.Document()
    body = plain.element.body
    body.remove(body[-1])  # its sectPr
    path = tmp_path / "no-sections.docx"
    plain.save(str(path))
    letter = render_letter(trafficking, tmp_path / "letter.docx", template=path, context=CONTEXT)
    assert docx.Document(str(letter)).sections[0].page_width is not None


# --------------------------------------------------------------------------- bad templates


def _zip(path: Path, parts: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _bad_empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    return path


def _bad_text(tmp_path: Path) -> Path:
    path = tmp_path / "letterhead.docx"
    path.write_text("Office of the Prosecutor General\nStrada 1\n", encoding="utf-8")
    return path


def _bad_encrypted(tmp_path: Path) -> Path:
    # Word saves password-protected documents as an OLE compound file, whatever the extension.
    path = tmp_path / "protected.docx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 4096)
    return path


def _bad_minimal(tmp_path: Path) -> Path:
    return _zip(
        tmp_path / "minimal.docx",
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": f'<w:document xmlns:w="{W}"><w:body/></w:document>',
        },
    )


def _bad_bomb(tmp_path: Path) -> Path:
    """A valid letterhead whose body unpacks to more than any letter holds."""
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))

    def inflate(data: bytes) -> bytes:
        return data.replace(b"<w:body>", b"<w:body>" + b" " * (26 * 1024 * 1024))

    return _rewrite(base, tmp_path / "bomb.docx", {"word/document.xml": inflate})


def _bad_doctype(tmp_path: Path) -> Path:
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))

    def declare(data: bytes) -> bytes:
        declaration = b'<!DOCTYPE s [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        return data.replace(b"?>", b"?>" + declaration, 1)

    return _rewrite(base, tmp_path / "laughs.docx", {"word/styles.xml": declare})


def _bad_crc(tmp_path: Path) -> Path:
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    path = _rewrite(base, tmp_path / "crc.docx", {}, stored=frozenset({"word/styles.xml"}))
    _corrupt_entry(path, "word/styles.xml")
    return path


def _bad_encrypted_part(tmp_path: Path) -> Path:
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    path = _rewrite(base, tmp_path / "locked-part.docx", {})
    _mark_encrypted(path, "word/styles.xml")
    return path


BAD_TEMPLATES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty", _bad_empty, "the file is empty"),
    ("text", _bad_text, "not a readable Word document"),
    ("encrypted", _bad_encrypted, "password-protected"),
    ("minimal", _bad_minimal, "not a complete Word document"),
    ("zip bomb", _bad_bomb, "zip bomb"),
    ("doctype", _bad_doctype, r"document type declaration \(<!DOCTYPE>\).*refuses"),
    ("checksum", _bad_crc, "part word/styles.xml cannot be unpacked"),
    ("encrypted part", _bad_encrypted_part, "encrypted"),
]


@pytest.mark.parametrize(
    ("make", "expected"),
    [(make, expected) for _, make, expected in BAD_TEMPLATES],
    ids=[name for name, _, _ in BAD_TEMPLATES],
)
def test_a_bad_template_is_refused_plainly_and_nothing_is_written(
    make: Callable[[Path], Path], expected: str, tmp_path: Path
) -> None:
    template = make(tmp_path)
    _render_fails(_case("trafficking", tmp_path), template, tmp_path / "out.docx", expected)


def test_a_bad_template_never_replaces_an_existing_letter(tmp_path: Path) -> None:
    output = tmp_path / "letter.docx"
    output.write_bytes(b"the letter signed yesterday")
    case = _case("trafficking", tmp_path)
    result = run_mla("render", case, "-o", output, "--force", "--template", _bad_minimal(tmp_path))
    assert result.returncode == ExitCode.INVALID
    assert output.read_bytes() == b"the letter signed yesterday"


# --------------------------------------------------------------------------- damaged case data


def _case_json(change: Callable[[str], str]) -> Callable[[bytes], bytes]:
    def rewrite(data: bytes) -> bytes:
        head, rest = data.split(b'encoding="json">', 1)
        text, tail = rest.rsplit(b"</case>", 1)
        new = change(text.decode()).encode()
        return head + b'encoding="json">' + new + b"</case>" + tail

    return rewrite


def _letter_with_case_part(
    tmp_path: Path, change: Callable[[bytes], bytes], stored: bool = False
) -> Path:
    return _rewrite(
        _letter(tmp_path),
        tmp_path / "altered.docx",
        {CASE_ITEM: change},
        stored=frozenset({CASE_ITEM} if stored else ()),
    )


def _huge_number(tmp_path: Path) -> Path:
    digits = "9" * 5000
    return _letter_with_case_part(
        tmp_path, _case_json(lambda text: '{"schema_version":' + digits + "," + text[1:])
    )


def _deep_json(tmp_path: Path) -> Path:
    deep = "[" * 200_000 + "]" * 200_000
    return _letter_with_case_part(
        tmp_path, _case_json(lambda text: '{"x":' + deep + "," + text[1:])
    )


def _deep_xml(tmp_path: Path) -> Path:
    return _letter_with_case_part(
        tmp_path, _case_json(lambda text: "<a>" * 200_000 + "</a>" * 200_000 + text)
    )


def _doctype_in_case(tmp_path: Path) -> Path:
    def declare(data: bytes) -> bytes:
        return data.replace(b"?>", b'?><!DOCTYPE case [<!ENTITY x "x">]>', 1)

    return _letter_with_case_part(tmp_path, declare)


def _corrupt_case(tmp_path: Path) -> Path:
    path = _letter_with_case_part(tmp_path, lambda data: data, stored=True)
    _corrupt_entry(path, CASE_ITEM)
    return path


def _encrypted_case(tmp_path: Path) -> Path:
    path = _letter_with_case_part(tmp_path, lambda data: data)
    _mark_encrypted(path, CASE_ITEM)
    return path


def _two_cases(tmp_path: Path) -> Path:
    """What an earlier version made from an earlier letter used as template."""
    from mla_writer.render import ooxml
    from mla_writer.render.embedded import CASE_NAMESPACE

    letter = _letter(tmp_path)
    other = _entries(_letter(tmp_path, "email-fraud"))[CASE_ITEM]
    document = docx.Document(str(letter))
    ooxml.add_custom_xml_part(document, other, "{0}", CASE_NAMESPACE)
    path = tmp_path / "two-cases.docx"
    document.save(str(path))
    return path


DAMAGED_CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("5000-digit number", _huge_number, "a number more than 30 digits long"),
    ("deep JSON", _deep_json, "nested 200001 levels deep"),
    ("deep XML", _deep_xml, "its XML cannot be read"),
    ("doctype", _doctype_in_case, r"document type declaration \(<!DOCTYPE>\)"),
    ("checksum", _corrupt_case, "part customXml/item1.xml\\) cannot be unpacked"),
    ("encrypted entry", _encrypted_case, "part customXml/item1.xml\\) is encrypted"),
    ("two cases", _two_cases, "the case data of 2 requests"),
]


@pytest.mark.parametrize(
    ("make", "expected"),
    [(make, expected) for _, make, expected in DAMAGED_CASES],
    ids=[name for name, _, _ in DAMAGED_CASES],
)
def test_damaged_case_data_is_reported_by_check_and_render_never_ignored(
    make: Callable[[Path], Path], expected: str, tmp_path: Path
) -> None:
    letter = make(tmp_path)
    before = letter.read_bytes()
    checked = run_mla("check", letter)
    rendered = run_mla("render", letter, "-o", tmp_path / "again.docx")
    for result in (checked, rendered):
        assert result.returncode == ExitCode.INVALID, result.stdout + result.stderr
        message = _unwrapped(result.stderr)
        assert str(letter) in message
        assert re.search(expected, message), message
        assert "Render the letter again from its case file" in message
        assert "save it as PDF" in message
        assert "Ready" not in result.stdout and "internal error" not in message
    assert not (tmp_path / "again.docx").exists()
    assert letter.read_bytes() == before


def test_the_limits_on_case_data_leave_real_cases_alone(tmp_path: Path) -> None:
    letter = _letter(tmp_path)
    text = _entries(letter)[CASE_ITEM].decode()
    depth = deepest = 0
    for bracket in re.sub(r'"(?:[^"\\]|\\.)*"', "", text):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif bracket in "]}":
            depth -= 1
    assert deepest * 3 < embedded_module.MAX_NESTING
    assert read_embedded_case(letter) is not None


# --------------------------------------------------------------------------- letters by others


def test_a_doctype_in_a_letter_by_others_is_named_for_what_it_is(tmp_path: Path) -> None:
    base = tmp_path / "base.docx"
    letter = docx.Document()
    letter.add_paragraph("Request for mutual legal assistance")
    letter.save(str(base))

    def declare(data: bytes) -> bytes:
        return data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY x "x">]>', 1)

    path = _rewrite(base, tmp_path / "incoming.docx", {"word/document.xml": declare})
    result = run_mla("check", path)
    assert result.returncode == ExitCode.INVALID
    message = _unwrapped(result.stderr)
    assert "document type declaration (<!DOCTYPE>)" in message and "for safety" in message
    assert "zip bomb" not in message


# --------------------------------------------------------------------------- the same letter twice


def _render_twice(tmp_path: Path, *options: str | Path) -> tuple[dict[str, bytes], ...]:
    case = _case("trafficking", tmp_path)
    letters = []
    for name in ("first.docx", "second.docx"):
        result = run_mla("render", case, "-o", tmp_path / name, *options)
        assert result.returncode == 0, result.stderr
        letters.append(_entries(tmp_path / name))
    return tuple(letters)


def test_one_case_rendered_twice_gives_the_same_letter(tmp_path: Path) -> None:
    first, second = _render_twice(tmp_path)
    assert list(first) == list(second)
    assert first == second


def test_one_case_rendered_twice_on_a_letterhead_gives_the_same_letter(tmp_path: Path) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "OFFICE OF THE PROSECUTOR GENERAL"
    path = tmp_path / "letterhead.docx"
    letterhead.save(str(path))
    first, second = _render_twice(tmp_path, "--template", path)
    assert first == second
