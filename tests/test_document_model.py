"""One document model for every format: a letter reads the same as .docx, .pdf and .txt.

Word as offices write it (automatic numbering, footnotes, tracked changes, check boxes) is read
as displayed, and evidence is located as the letter numbers it, with the page for a PDF.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
import yaml

from mla_writer.foreign import LetterReadError, check_letter, read_letter
from mla_writer.foreign.pdf import pdf_blocks
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

# Known limits of reading PDFs, each a letter of the development split whose PDF still reads
# differently from its .docx and .txt: a paragraph break inside a table cell that the PDF shows
# as a mere line break with no space above it (D10); Arabic PDFs, whose laid-out text comes in
# visual order and is put back in reading order word by word, with lam-alef ligatures and
# punctuation runs still misplaced (C11, D23).
KNOWN_DISAGREEMENTS = {
    "D10_fr_eio_annex_a_ro_fr": "a paragraph break inside a table cell is invisible in the PDF",
    # Found by the lead after merging the document model with the point judgements (B22 and,
    # since headings numbered "K." are read and a negation keeps to its clause, A01 agree):
    # the PDF reads point 9 (offences) differently; not yet diagnosed.
    "D08_ru_dopolnitelny_zapros_kg_tj": "point 9 reads partial from the PDF only",
    "C11_ar_talab_uncac_qa_eg": "Arabic PDF text comes in visual order",
    "D23_ar_inaba_qadaiya_iq_lb": "Arabic PDF text comes in visual order",
    # The test split's two Arabic PDFs fail this test too; the letters were not opened (frozen
    # split), the failure taken to be the same class as B22, C11 and D23.
    "F21_ar_inaba_tn_ma": "Arabic PDF text comes in visual order (test split, not examined)",
    "F23_ar_talab_kw_gb": "Arabic PDF text comes in visual order (test split, not examined)",
}


def _letters_in_several_formats() -> list[object]:
    rows: list[object] = []
    for labels_file in sorted(CORPUS.glob("*/labels.yaml")):
        labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
        for letter_id, letter in labels["letters"].items():
            if len(letter["files"]) < 2:
                continue
            files = [labels_file.parent / name for name in letter["files"]]
            marks = (
                [pytest.mark.xfail(strict=True, reason=KNOWN_DISAGREEMENTS[letter_id])]
                if letter_id in KNOWN_DISAGREEMENTS
                else []
            )
            rows.append(pytest.param(files, id=letter_id, marks=marks))
    return rows


def _statuses(path: Path) -> tuple[str, ...]:
    """The statuses `mla check` gives each point, or that it refused the letter (a language it
    cannot read yet is refused in every format alike)."""
    try:
        return tuple(result.status.value for result in check_letter(path).points)
    except LetterReadError:
        return ("refused",)


@pytest.mark.parametrize("files", _letters_in_several_formats())
def test_the_same_letter_gets_the_same_statuses_in_every_format(files: list[Path]) -> None:
    statuses = {path.suffix: _statuses(path) for path in files}
    assert len(set(statuses.values())) == 1, statuses


# --------------------------------------------------------------------------- Word features


def _word_file(path: Path, body: str, parts: dict[str, str] | None = None) -> Path:
    """A Word letter whose body is `body` (WordprocessingML paragraphs), with extra parts."""
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        files = {info.filename: source.read(info) for info in source.infolist()}
    xml = files["word/document.xml"].decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    files["word/document.xml"] = (xml[:start] + body + xml[end:]).encode("utf-8")
    for name, text in (parts or {}).items():
        files[name] = f'<?xml version="1.0" encoding="UTF-8"?>{text}'.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in files.items():
            target.writestr(name, data)
    return path


def _paragraph(text: str, num_id: str = "", level: int = 0, inner: str = "") -> str:
    numbering = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        if num_id
        else ""
    )
    return f'<w:p>{numbering}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{inner}</w:p>'


NUMBERING = (
    f'<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="7">'
    '<w:lvl w:ilvl="0"><w:start w:val="11"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
    "</w:numbering>"
)


def test_automatic_numbering_is_read_as_displayed_and_locates_the_evidence(
    tmp_path: Path,
) -> None:
    body = (
        _paragraph("The facts are these.", "3")
        + _paragraph("Please obtain the following records.", "3")
        + _paragraph("the account statements for 2025;", "3", 1)
        + _paragraph("the account-opening documents.", "3", 1)
    )
    path = _word_file(tmp_path / "numbered.docx", body, {"word/numbering.xml": NUMBERING})
    passages = read_letter(path)
    assert [(p.location, p.text) for p in passages] == [
        ("paragraph 11", "11. The facts are these."),
        ("paragraph 12", "12. Please obtain the following records."),
        ("paragraph 12(a)", "(a) the account statements for 2025;"),
        ("paragraph 12(b)", "(b) the account-opening documents."),
    ]


def test_a_footnote_is_read_after_the_body_and_located_as_a_footnote(tmp_path: Path) -> None:
    body = _paragraph(
        "The offence is punishable by ten years' imprisonment.",
        inner='<w:r><w:footnoteReference w:id="2"/></w:r>',
    )
    notes = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:id="2"><w:p><w:r><w:t>Section 1 of the Fraud Act 2006.</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    passages = read_letter(_word_file(tmp_path / "note.docx", body, {"word/footnotes.xml": notes}))
    assert (passages[-1].location, passages[-1].text) == (
        "footnote 1",
        "Section 1 of the Fraud Act 2006.",
    )


def test_tracked_changes_drop_deleted_text_and_keep_inserted_text(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">The request is </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>not </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">very </w:t></w:r></w:ins>'
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>moved away </w:t></w:r></w:moveFrom>'
        "<w:r><w:t>urgent.</w:t></w:r></w:p>"
    )
    passages = read_letter(_word_file(tmp_path / "tracked.docx", body))
    assert [p.text for p in passages] == ["The request is very urgent."]


def test_check_boxes_are_read_as_checked_or_unchecked(tmp_path: Path) -> None:
    def content_control(checked: bool) -> str:
        state = "1" if checked else "0"
        glyph = "☒" if checked else "☐"
        return (
            f'<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="{W14}">'
            f'<w14:checked w14:val="{state}"/></w14:checkbox></w:sdtPr>'
            f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        )

    def legacy_box(checked: bool) -> str:
        state = "1" if checked else "0"
        return (
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
            f'<w:default w:val="0"/><w:checked w:val="{state}"/></w:checkBox></w:ffData>'
            "</w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    body = (
        "<w:p>"
        + content_control(True)
        + '<w:r><w:t xml:space="preserve"> Urgent </w:t></w:r>'
        + content_control(False)
        + '<w:r><w:t xml:space="preserve"> Not urgent</w:t></w:r></w:p><w:p>'
        + legacy_box(False)
        + '<w:r><w:t xml:space="preserve"> Officials will attend </w:t></w:r>'
        + legacy_box(True)
        + '<w:r><w:t xml:space="preserve"> No official will attend</w:t></w:r></w:p>'
    )
    passages = read_letter(_word_file(tmp_path / "form.docx", body))
    assert [p.text for p in passages] == [
        "☒ Urgent ☐ Not urgent",
        "☐ Officials will attend ☒ No official will attend",
    ]


# --------------------------------------------------------------------------- PDF


def test_a_pdf_keeps_pages_and_the_letters_own_numbers_for_evidence() -> None:
    pages = [
        "1.   The suspect opened the account on 3 May 2024 at the bank's branch in\n"
        "     the capital and paid in the proceeds.\n"
        "\n"
        "              Page 1 of 2\n",
        "2.   Please obtain the statements of that account for 2024 and 2025.\n"
        "\n"
        "              Page 2 of 2\n",
    ]
    blocks = pdf_blocks(pages)
    assert [(block.page, block.kind, block.text) for block in blocks] == [
        (
            1,
            "paragraph",
            "1. The suspect opened the account on 3 May 2024 at the bank's branch in the "
            "capital and paid in the proceeds.",
        ),
        (2, "paragraph", "2. Please obtain the statements of that account for 2024 and 2025."),
        (2, "footer", "Page 1 of 2"),
    ]


def test_evidence_from_a_pdf_says_the_page_and_the_paragraph() -> None:
    pdf = next(
        path
        for path in sorted((CORPUS / "A").glob("*.pdf"))
        if path.name.startswith("A01_")  # a numbered common-law letter of twelve pages
    )
    report = check_letter(pdf)
    locations = {e.location for result in report.points for e in result.evidence}
    assert any(location.startswith("page 1, paragraph 3") for location in locations), locations
