"""Reading letters written by others: Word, PDF and text, and hostile or broken files (exit 2)."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from mla_writer.errors import ExitCode
from mla_writer.foreign import LetterReadError, read_letter
from mla_writer.foreign import extract as extract_module
from mla_writer.foreign.extract import decode_text
from mla_writer.foreign.pdf import pdf_blocks
from mla_writer.wordfile import UnsafeWordFile, read_part
from tests.conftest import ROOT, run_mla

LETTERS = Path(__file__).parent / "foreign_letters"


def _word_letter(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "PROCURADURÍA GENERAL - MEMBRETE"
    document.add_paragraph("Solicitud de asistencia judicial")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Urgencia"
    table.cell(0, 1).text = "No urgente"
    table.cell(1, 0).text = "Confidencialidad"
    table.cell(1, 1).text = "No se requiere"
    document.add_paragraph("Se ruega tomar declaración a la testigo.")
    document.save(str(path))
    return path


def _add_footnote(path: Path, text: str) -> None:
    """Add a footnotes part the way Word writes it (python-docx cannot create footnotes)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    footnotes = (
        f'<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/footnotes.xml", footnotes)


def test_word_letter_gives_header_paragraphs_table_rows_and_footnotes_in_reading_order(
    tmp_path: Path,
) -> None:
    path = _word_letter(tmp_path / "carta.docx")
    _add_footnote(path, "Texto del artículo 305 en el anexo.")
    passages = read_letter(path)
    assert [(p.location, p.text) for p in passages] == [
        ("header", "PROCURADURÍA GENERAL - MEMBRETE"),
        ("paragraph 1", "Solicitud de asistencia judicial"),
        # Cell by cell, as a text or PDF copy of the same letter gives them (one document model).
        ("table 1, row 1", "Urgencia"),
        ("table 1, row 1", "No urgente"),
        ("table 1, row 2", "Confidencialidad"),
        ("table 1, row 2", "No se requiere"),
        ("paragraph 2", "Se ruega tomar declaración a la testigo."),
        ("footnote 1", "Texto del artículo 305 en el anexo."),
    ]


def test_pdf_letter_is_read_page_by_page_with_paragraphs_rebuilt() -> None:
    passages = read_letter(LETTERS / "en06_letter.pdf")
    assert all(p.location.startswith("page 1, paragraph ") for p in passages)
    text = " ".join(p.text for p in passages)
    assert "This request is made under the Treaty between the United States of America" in text
    assert passages[0].text == "U.S. Department of Justice"


def test_pdf_lines_are_joined_into_paragraphs_and_hyphenated_words_mended() -> None:
    page = (
        "The suspect transferred the money to an ac-\n"
        "count held at a bank in the requested State\n"
        "and then left the country.\n"
        "Short line.\n"
        "Assistance requested: the statements of the\n"
        "account held at that bank over the period of\n"
        "the scheme.\n"
    )
    assert [block.text for block in pdf_blocks([page])] == [
        "The suspect transferred the money to an account held at a bank in the requested State "
        "and then left the country.",
        "Short line.",
        "Assistance requested: the statements of the account held at that bank over the period "
        "of the scheme.",
    ]


def test_markdown_headings_and_table_rows_stand_alone(tmp_path: Path) -> None:
    path = tmp_path / "letter.md"
    path.write_text(
        "# Request\n**Urgency:** not urgent.\n\n| Field | Value |\n|---|---|\n"
        "| Confidentiality | Required because the suspect is at large |\n",
        encoding="utf-8",
    )
    assert [p.text for p in read_letter(path)] == [
        "Request",
        "Urgency: not urgent.",
        # Cell by cell, as the same table in a Word letter (one document model).
        "Field",
        "Value",
        "Confidentiality",
        "Required because the suspect is at large",
    ]


def test_legacy_cyrillic_and_western_text_files_are_decoded() -> None:
    russian = "Просим допросить свидетеля по уголовному делу."
    french = "Nous demandons l'audition du témoin désigné."
    assert decode_text(russian.encode("cp1251")) == russian
    assert decode_text(french.encode("cp1252")) == french
    assert decode_text(b"\xef\xbb\xbf" + french.encode("utf-8")) == french
    assert decode_text(french.encode("utf-16")) == french


# --------------------------------------------------------------------------- hostile and broken


def _check_fails(path: Path, *expected: str) -> None:
    """`mla check` ends with exit code 2 and a message saying what is wrong; no traceback."""
    result = run_mla("check", path)
    assert result.returncode == ExitCode.INVALID, result.stdout + result.stderr
    assert str(path) in result.stderr
    for words in expected:
        assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _check_fails(path, "no text layer (a scan?): run OCR")


def test_password_protected_pdf_is_refused_plainly(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(LETTERS / "en06_letter.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _check_fails(path, "encrypted with a password")


def test_pdf_protected_only_against_editing_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(LETTERS / "en06_letter.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "no-edit.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert any("CryptoVolga LLC" in p.text for p in read_letter(path))


def test_pdf_encrypted_with_aes_and_an_empty_password_is_read() -> None:
    passages = read_letter(ROOT / "tests" / "hostile" / "aes-256-encrypted.pdf")
    assert "Prosecutor General’s Office asks for bank records" in passages[0].text


def test_damaged_pdf_and_damaged_word_file(tmp_path: Path) -> None:
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%garbage")
    _check_fails(pdf, "not a readable PDF")
    word = tmp_path / "broken.docx"
    word.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _check_fails(word, "not a readable Word document")


def test_encrypted_word_file_is_refused_plainly(tmp_path: Path) -> None:
    # Word saves password-protected documents as an OLE compound file, whatever the extension.
    path = tmp_path / "protected.docx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 2048)
    _check_fails(path, "password-protected")


def test_zip_bomb_is_not_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (extract_module.MAX_PART_BYTES + 1))
    assert path.stat().st_size < 200_000
    _check_fails(path, "zip bomb")


def test_a_part_larger_than_it_declares_is_stopped_while_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * 5000)
    # A declared size under the limit passes the first check; unpacking still stops the read.
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    info.file_size = 10  # the size it declares
    refused = r"zip bomb|cannot be unpacked"
    with zipfile.ZipFile(path) as archive, pytest.raises(UnsafeWordFile, match=refused):
        read_part(archive, info, 1000)


def test_entity_expansion_in_a_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.docx"
    xml = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<document>&lol2;</document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    # Named for what it is (not a "zip bomb"): a declaration refused for safety.
    with pytest.raises(LetterReadError, match=r"document type declaration \(<!DOCTYPE>\)"):
        read_letter(path)


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    _check_fails(path, "without a document body")


def test_enormous_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(extract_module.MAX_FILE_BYTES + 1)
    _check_fails(path, "more than the 20 MB")


def test_binary_data_named_txt_and_empty_files(tmp_path: Path) -> None:
    binary = tmp_path / "letter.txt"
    binary.write_bytes(b"\x00\x01\x02binary" * 10)
    _check_fails(binary, "not a text file")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    _check_fails(empty, "the file is empty")


def test_missing_file_and_unknown_kind(tmp_path: Path) -> None:
    _check_fails(tmp_path / "nowhere.pdf", "does not exist")
    odd = tmp_path / "letter.odt"
    odd.write_bytes(b"whatever")
    result = run_mla("check", odd)
    assert result.returncode == ExitCode.INVALID
    assert ".odt" in result.stderr


def test_too_many_pdf_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = PdfWriter()
    for _page in range(4):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "long.pdf"
    path.write_bytes(buffer.getvalue())
    monkeypatch.setattr(extract_module, "MAX_PDF_PAGES", 3)
    with pytest.raises(LetterReadError, match="4 pages"):
        read_letter(path)


def test_a_text_file_that_is_not_a_letter_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("reference: x\n", encoding="utf-8")
    _check_fails(notes, "does not look like a letter of request")
    shopping = tmp_path / "shopping.md"
    shopping.write_text(
        "Bread, butter, milk, eggs, apples, oranges, coffee, tea, sugar, flour, rice, pasta, "
        "tomatoes, onions, garlic, potatoes, carrots, lettuce, cheese, yoghurt, honey, jam, "
        "olives, lemons, pepper, salt, basil, parsley, mint.",
        encoding="utf-8",
    )
    _check_fails(shopping, "nothing in this file looks like a letter of request")


def test_reading_that_hangs_is_stopped_by_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def hang(path: Path, deadline: float) -> list:
        time.sleep(5)
        return []

    monkeypatch.setattr(extract_module, "MAX_SECONDS", -4.7)  # a hard limit of 0.3 s
    monkeypatch.setattr(extract_module, "_read_pdf", hang)
    path = tmp_path / "slow.pdf"
    path.write_bytes(b"%PDF-1.7")
    # Without the alarm, `hang` would return after 5 s and the message would be "no text".
    with pytest.raises(LetterReadError, match="takes too long"):
        read_letter(path)


@given(st.binary(max_size=2000), st.sampled_from([".pdf", ".docx", ".txt", ".md"]))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_bytes_end_in_a_plain_refusal_or_text(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        passages = read_letter(path)
    except LetterReadError as error:
        assert str(path) in error.message
    else:
        assert all(isinstance(p.text, str) for p in passages)


@given(st.lists(st.tuples(st.integers(0, 16000), st.integers(0, 255)), min_size=1, max_size=30))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_damaged_copies_of_a_real_pdf_never_crash(
    tmp_path: Path, damage: list[tuple[int, int]]
) -> None:
    data = bytearray((LETTERS / "en06_letter.pdf").read_bytes())
    for position, value in damage:
        data[position % len(data)] = value
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    with contextlib.suppress(LetterReadError):  # refused plainly, or read: both fine
        read_letter(path)


def test_a_short_hard_wrapped_paragraph_is_one_paragraph_but_fields_and_lists_stay_lines() -> None:
    """A two-line paragraph of a plain-text e-mail reads as its .docx would: the negation on
    one line and the words it negates on the next are one sentence; but an address, a list
    of annexes and label lines stay one paragraph each."""
    from mla_writer.foreign.extract import split_paragraphs

    wrapped = (
        "6. To the best of the knowledge of this Office, no officer of the Republic has so far been in\n"
        "touch with the authorities of your State concerning this investigation.\n"
    )
    assert [p.text for p in split_paragraphs(wrapped)] == [" ".join(wrapped.split())]
    for kept in (
        "Annex 1: extracts of the Criminal Code and of the Law of 23 February 2018 on fraud\n"
        "Annex 2: order of provisional seizure of 15 January 2025 by the investigating judge\n",
        "إلى/ السلطات القضائية المختصة في الجمهورية التركية — مكتب المدعي العام الجمهوري في مرسين\n"
        "بواسطة/ وزارة العدل العراقية — وزارة الخارجية العراقية\n",
        "Office of the Prosecutor General\nInternational Cooperation Department\n",
    ):
        assert [p.text for p in split_paragraphs(kept)] == kept.strip().split("\n")
