"""Issue 16: the bilingual letter rebuilt. One row per paragraph, the two letters level; tables
as labels above values; nothing justified in half a page; words hyphenated, never broken; the
acknowledgement form once, in the letter's language, on one page. The structure is asserted on
the .docx; what a reader sees, on the PDF that LibreOffice makes of it."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from tests.conftest import run_mla

# Each complete example, in a language of each script (drafts: the examples' free text is
# English, so only a draft can be set beside its translation without a translator's file).
LETTERS = [
    ("trafficking", "fr"),
    ("asset-freezing", "ru"),
    ("email-fraud", "zh"),
    ("email-fraud", "ar"),
]
WORD = re.compile(r"[^\W\d_]+")
# Scripts written without spaces, which break between any two characters.
UNSPACED = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
HAS_LIBREOFFICE = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


@pytest.fixture(scope="module", params=LETTERS, ids=[f"{n}-{lang}" for n, lang in LETTERS])
def bilingual(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    name, language = request.param
    folder = tmp_path_factory.mktemp(f"bilingual-{name}-{language}")
    case = folder / f"{name}.yaml"
    assert run_mla("example", name, "-o", case).returncode == 0
    letter = folder / f"{name}.{language}.docx"
    pdf = ("--pdf",) if HAS_LIBREOFFICE else ()
    args = ("--lang", language, "--draft", "--bilingual", *pdf)
    result = run_mla("render", case, "-o", letter, *args)
    assert result.returncode == 0, result.stderr
    return letter


def _columns(document: Document) -> list[tuple[Any, Any]]:
    table = document.tables[-1]
    return [(row.cells[0], row.cells[1]) for row in table.rows]


def _number(cell: Any) -> str | None:
    """The number of the numbered paragraph a cell holds, if it holds one."""
    first = cell.paragraphs[0]
    match = re.match(r"(\d+)\.\t", first.text)
    return match.group(1) if match and first.style.name == "Numbered Paragraph" else None


def test_each_paragraph_is_a_row_beside_its_translation(bilingual: Path) -> None:
    rows = _columns(docx.Document(str(bilingual)))
    numbered = [(_number(left), _number(right)) for left, right in rows if _number(left)]
    assert len(numbered) > 20  # one numbered paragraph per row, not a whole point per row
    assert all(left == right for left, right in numbered)
    assert [int(left) for left, _ in numbered] == list(range(1, len(numbered) + 1))


def test_no_table_is_squeezed_into_half_a_page(bilingual: Path) -> None:
    document = docx.Document(str(bilingual))
    for left, right in _columns(document):
        for cell in (left, right):
            assert cell._tc.find(f".//{qn('w:tbl')}") is None
    # The persons: one block per person, each beside its own translation.
    rows = _columns(document)
    heading = next(i for i, (left, _) in enumerate(rows) if left.text == "Persons concerned")
    people = [left.text.split("\n") for left, _ in rows[heading + 2 : heading + 5]]
    assert all(len(person) >= 3 for person in people)
    name_labels = [row[0].text.split("\n")[0] for row in rows[heading + 2 : heading + 5]]
    assert name_labels == ["Name"] * 3  # labels above values, a block per person


def test_nothing_is_justified_in_a_column_and_words_are_hyphenated(bilingual: Path) -> None:
    document = docx.Document(str(bilingual))
    justified = {WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.DISTRIBUTE}
    for left, right in _columns(document):
        for cell in (left, right):
            for paragraph in cell.paragraphs:
                alignment = paragraph.paragraph_format.alignment
                style = paragraph.style
                while alignment is None and style is not None:
                    alignment, style = style.paragraph_format.alignment, style.base_style
                assert alignment not in justified, paragraph.text
    assert document.settings.element.find(qn("w:autoHyphenation")) is not None


def test_the_acknowledgement_form_comes_once_in_the_letters_language(bilingual: Path) -> None:
    document = docx.Document(str(bilingual))
    body = list(document.element.body)
    form = next(e for e in body if e.tag == qn("w:tbl"))
    assert body.index(form) < body.index(document.tables[-1]._tbl)  # before the two letters
    title = document.paragraphs[0].text
    assert title and title != "Acknowledgement of receipt"  # the letter's language
    assert "Acknowledgement of receipt" not in _text(body[-2])
    for paragraph in document.paragraphs[:3]:  # held together, on one page
        assert paragraph.paragraph_format.keep_with_next


needs_libreoffice = pytest.mark.skipif(
    not HAS_LIBREOFFICE,
    reason="LibreOffice (soffice) and pdftotext are not installed: the PDF cannot be made and "
    "read here (.ci/run installs them, so CI runs this test)",
)


def _has_word_metrics() -> bool:
    """Fonts with the metrics of Word's Times New Roman (Liberation Serif): without them
    LibreOffice sets the letter in wider fonts, and a page holds less than it does in Word."""
    if shutil.which("fc-list") is None:
        return False
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return "Liberation Serif" in fonts


needs_word_metrics = pytest.mark.skipif(
    not (HAS_LIBREOFFICE and _has_word_metrics()),
    reason="LibreOffice, pdftotext or the Liberation fonts (metric-compatible with Times New "
    "Roman) are not installed: where a page ends cannot be measured as Word would set it "
    "(.ci/run installs them, so CI runs this test)",
)


def _pdf(letter: Path) -> Path:
    pdf = letter.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf


def _pdf_text(pdf: Path, *pages: str) -> str:
    return subprocess.run(
        ["pdftotext", *pages, "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _text(element: Any) -> str:
    return "".join(text.text or "" for text in element.iter(qn("w:t")))


def _letter_words(letter: Path) -> set[str]:
    """Every word of the letter (line breaks and tabs inside a paragraph separate words)."""
    words: set[str] = set()
    for paragraph in docx.Document(str(letter)).element.body.iter(qn("w:p")):
        pieces = paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab"))
        text = "".join(p.text or "" if p.tag == qn("w:t") else " " for p in pieces)
        words |= {word.lower() for word in WORD.findall(text)}
    return words


def split_words(pdf: Path, words: set[str]) -> list[str]:
    """Words of the letter broken across two lines without a hyphen ("Expéditeu|r")."""
    lines = [line.strip() for line in _pdf_text(pdf).splitlines()]
    broken = []
    for first, second in itertools.pairwise(lines):
        end, start = re.search(r"([^\W\d_]+)$", first), re.match(r"([^\W\d_]+)", second)
        if not end or not start or UNSPACED.search(end.group(1) + start.group(1)):
            continue
        head, tail = end.group(1).lower(), start.group(1).lower()
        if head + tail in words and (head not in words or tail not in words):
            broken.append(f"{end.group(1)}|{start.group(1)}")
    return broken


@needs_libreoffice
def test_no_word_is_split_across_lines_in_the_pdf(bilingual: Path) -> None:
    pdf = _pdf(bilingual)
    assert split_words(pdf, _letter_words(bilingual)) == []


@needs_word_metrics
def test_the_acknowledgement_form_is_whole_on_the_first_page_of_the_pdf(bilingual: Path) -> None:
    document = docx.Document(str(bilingual))
    form = next(e for e in document.element.body if e.tag == qn("w:tbl"))
    labels = ["".join(_text(p).split()) for p in form.iter(qn("w:p"))]
    page = _pdf_text(_pdf(bilingual), "-f", "1", "-l", "1")
    first_page = "".join(page.split())
    assert "ACKNOWLEDGEMENTOFRECEIPT" not in first_page.upper()
    # What follows the form (the addressee, in the original's column) is on the first page too.
    assert "To:" in page
    if not re.search("[\u0600-\u06ff]", first_page):  # pdftotext decomposes Arabic ligatures
        assert all(label in first_page for label in labels if label)
