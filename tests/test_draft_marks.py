"""A draft shows the drafter what is left to do where it belongs, as a lawyer reads it: each
missing item as a red placeholder under the part it is missing from, in the letter's language
and without the case file's field paths, codes or Markdown; each warning as a Word comment in the
margin beside the paragraph concerned; each untranslated text marked red and bold like a missing
item (issue 16)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext, Severity, check
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document
from mla_writer.render.ooxml import COMMENT_AUTHOR
from tests.conftest import TODAY, run_mla

CONTEXT = CheckContext(today=TODAY)
LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar", "zh")


def load(name: str) -> LetterOfRequest:
    return parse_case(example_text(name), f"{name}.yaml")


def draft(tmp_path: Path, name: str, *options: str) -> Path:
    """The draft `mla render --draft` writes for an example."""
    case, letter = tmp_path / f"{name}.yaml", tmp_path / f"{name}.docx"
    case.write_text(example_text(name), encoding="utf-8")
    result = run_mla("render", case, "--draft", "-o", letter, "--force", *options)
    assert result.returncode in (0, 3), result.stderr
    return letter


def placeholders(document: Document) -> list[str]:
    """The paragraphs, in tables or not, that are a placeholder from end to end (an untranslated
    text is marked by its first words only)."""
    paragraphs = [Paragraph(p, document) for p in document.element.body.iter(qn("w:p"))]
    return [p.text for p in paragraphs if p.runs and all(map(_placeholder, p.runs))]


def _placeholder(run: docx.text.run.Run) -> bool:  # type: ignore[name-defined]
    return run.style is not None and run.style.name == "Placeholder"


def commented_paragraphs(document: Document) -> dict[str, str]:
    """The text of each comment, and the text of the paragraph it is anchored on."""
    texts = {str(comment.comment_id): comment.text for comment in document.comments}
    anchored = {}
    for p in document.element.body.iter(qn("w:p")):
        for start in p.iter(qn("w:commentRangeStart")):
            anchored[texts[start.get(qn("w:id"))]] = Paragraph(p, document).text
    return anchored


def test_a_drafts_warnings_are_word_comments_beside_the_paragraph_concerned(
    tmp_path: Path,
) -> None:
    letter = draft(tmp_path, "incomplete-drugs")
    with zipfile.ZipFile(letter) as archive:
        assert "word/comments.xml" in archive.namelist()
        assert "comments+xml" in archive.read("[Content_Types].xml").decode()
    document = docx.Document(str(letter))
    report = check(load("incomplete-drugs"), CONTEXT)
    warnings = [
        re.sub(r" ?\((?:[a-z_]+: [\w/]+|[a-z]+_[a-z_]+)\)", "", f.message)  # "(on_oath: true)"
        for f in report.findings
        if f.severity is Severity.WARNING
    ]
    comments = list(document.comments)
    assert sorted(comment.text for comment in comments) == sorted(warnings)
    assert {comment.author for comment in comments} == {COMMENT_AUTHOR}
    # Undated: the same case gives the same file, whenever it is rendered.
    assert {comment.timestamp for comment in comments} == {None}
    anchored = commented_paragraphs(document)
    law_text = next(text for text in anchored if text.startswith("Quote the text of the law"))
    # On the first offence's own paragraph, not under the second offence.
    assert "Article 283/a" in anchored[law_text]
    relevance = next(text for text in anchored if text.startswith("The relevance is very brief"))
    assert anchored[relevance].endswith("\tMr Janssens handled the container.")


def test_a_final_letter_has_no_comments(tmp_path: Path) -> None:
    case, letter = tmp_path / "case.yaml", tmp_path / "letter.docx"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    assert run_mla("render", case, "-o", letter).returncode == 0
    with zipfile.ZipFile(letter) as archive:
        assert "word/comments.xml" not in archive.namelist()


def test_french_drafts_comments_and_placeholders_are_in_french(tmp_path: Path) -> None:
    document = docx.Document(str(draft(tmp_path, "incomplete-drugs", "--lang", "fr")))
    texts = [comment.text for comment in document.comments]
    assert "Indiquez comment les documents doivent être certifiés." in texts
    assert (
        "[MANQUANT\u00a0: La langue de la demande (anglais) n'est pas acceptée par l'État requis "
        "(langues acceptées\u00a0: néerlandais, français)\u00a0: joignez une traduction certifiée "
        "dans l'une de ces langues.]"
    ) in placeholders(document)


def test_the_placeholder_of_an_offence_is_printed_under_it_not_under_the_next() -> None:
    document = build_document(load("incomplete-drugs"), draft=True, context=CONTEXT)
    texts = [p.text for p in document.paragraphs]
    first, second = (
        texts.index("Trafficking of narcotics"),
        texts.index("Participation in a structured criminal group"),
    )
    penalty = texts.index("[MISSING: Give the maximum penalty for Trafficking of narcotics.]")
    assert first < penalty < second


def test_a_persons_missing_details_are_shown_in_that_persons_row() -> None:
    trafficking = load("trafficking")
    heard = {getattr(item, "person", None) for item in trafficking.assistance}
    index = next(i for i, person in enumerate(trafficking.persons) if person.id in heard)
    bare = trafficking.persons[index].model_copy(
        update={
            "date_of_birth": None,
            "place_of_birth": None,
            "addresses": [],
            "identity_documents": [],
            "registration_number": None,
            "whereabouts": None,
            "notes": None,
        }
    )
    persons = [*trafficking.persons[:index], bare, *trafficking.persons[index + 1 :]]
    gap = trafficking.model_copy(update={"persons": persons})
    assert any(f.field == f"persons[{index + 1}]" for f in check(gap, CONTEXT).errors())
    document = build_document(gap, draft=True, context=CONTEXT)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    rows = [row.cells[2].text for row in table.rows[1:]]
    assert [number for number, text in enumerate(rows) if "[MISSING: " in text] == [index]
    assert "has no identifying details beyond the name" in rows[index]


def test_placeholders_hold_no_field_path_language_code_or_markdown(tmp_path: Path) -> None:
    for language in LANGUAGES:
        document = docx.Document(str(draft(tmp_path, "incomplete-drugs", "--lang", language)))
        shown = placeholders(document)
        assert len(shown) == len(check(load("incomplete-drugs"), CONTEXT).errors())
        for text in shown:
            assert "`" not in text and "_" not in text
            assert not re.search(r"\b[a-z_]+(\[\d+\])?\.[a-z_]{3,}\b|\b(en|nl|fr)\b(,|\))", text)
        assert not any("point 9" in text or "offences[" in text for text in shown)
    chinese = docx.Document(str(draft(tmp_path, "incomplete-drugs", "--lang", "zh")))
    assert not any("_" in comment.text for comment in chinese.comments)  # （law_text_annex）
    english = placeholders(docx.Document(str(draft(tmp_path, "incomplete-drugs"))))
    assert (
        "[MISSING: The letter is in English, which the requested State does not accept (it "
        "accepts Dutch, French): attach a certified translation into one of them.]"
    ) in english
    assert (
        "[MISSING: Say whether a copy is sent through other channels (INTERPOL, diplomatic...), "
        "or answer “none”.]"
    ) in english


def test_a_finding_quoting_the_case_quotes_it_as_the_letter_prints_it(tmp_path: Path) -> None:
    document = docx.Document(str(draft(tmp_path, "incomplete-drugs", "--lang", "fr")))
    penalty = next(text for text in placeholders(document) if "peine maximale" in text)
    # Untranslated, the offence's name is quoted with its mark, as it is printed above.
    assert "[NON TRADUIT] Trafficking of narcotics" in penalty


def test_untranslated_text_in_a_draft_is_marked_red_and_bold_like_a_missing_item(
    tmp_path: Path,
) -> None:
    letter = draft(tmp_path, "trafficking", "--lang", "fr")
    document = docx.Document(str(letter))
    marks = [
        (run, p)
        for p in document.paragraphs
        for run in p.runs
        if run.text.startswith("[NON TRADUIT]")
    ]
    assert len(marks) > 20
    assert all(_placeholder(run) for run, _p in marks)
    style = document.styles["Placeholder"]
    assert style.font.bold and str(style.font.color.rgb) == "C00000"
    facts = next(p for _run, p in marks if "Between March 2025" in p.text)
    assert facts.text.split("\t")[-1].startswith("[NON TRADUIT] Between March 2025")
    assert not _placeholder(facts.runs[-1])  # the text itself stays the drafter's own
    with zipfile.ZipFile(letter) as archive:  # the marks' delimiters are not left in the file
        for part in ("word/document.xml", "customXml/item1.xml", "docProps/core.xml"):
            assert "\ue100" not in archive.read(part).decode("utf-8")


def test_an_arabic_drafts_comments_read_right_to_left(tmp_path: Path) -> None:
    letter = draft(tmp_path, "email-fraud", "--lang", "ar")
    with zipfile.ZipFile(letter) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") >= 1
    assert comments.count("<w:bidi/>") == comments.count("<w:comment ")
    assert '<w:rtl/><w:lang w:val="ar-SA"' in comments
    assert "w:date" not in comments
