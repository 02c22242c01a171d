"""`mla render`: the Word letter of request, read back the way a central authority reads it."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph
from pydantic import BaseModel

from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext, check
from mla_writer.errors import CaseFileError, ExitCode, OutputExistsError
from mla_writer.examples import example_text, list_examples
from mla_writer.i18n import LetterTranslator, set_ui_language
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model import ASSISTANCE_TYPES, LetterOfRequest
from mla_writer.model.dates import CaseDate
from mla_writer.render import (
    IncompleteRequestError,
    UnknownLetterLanguageError,
    build_document,
    read_embedded_case,
    render_letter,
)
from mla_writer.render.formatting import LetterFormat, date_text, in_sentence
from tests.conftest import TODAY, run_mla

COMPLETE = [example.name for example in list_examples() if example.complete]
INCOMPLETE = [example.name for example in list_examples() if not example.complete]
CONTEXT = CheckContext(today=TODAY)
FMT = LetterFormat("en")

PROCEEDINGS = "The proceedings"
FACTS = "Summary of the facts"
PERSONS = "Persons concerned"
OFFENCES = "Offences and applicable penalties"
ASSISTANCE = "Assistance requested"
OFFICIALS = "Presence of officials at execution"
CONFIDENTIALITY = "Confidentiality"
URGENCY = "Urgency"
TIME_LIMIT = "Time limit"
EVIDENCE = "Transmission of the evidence and contacts"
LANGUAGE = "Language and translation"
UNDERTAKINGS = "Undertakings"
ANNEXES = "Annexes"
SECTION_TITLES = [
    PROCEEDINGS,
    FACTS,
    PERSONS,
    OFFENCES,
    ASSISTANCE,
    OFFICIALS,
    CONFIDENTIALITY,
    URGENCY,
    TIME_LIMIT,
    EVIDENCE,
    LANGUAGE,
    UNDERTAKINGS,
    ANNEXES,
]
"""The headings of the letter in their order; a part with nothing to say has none."""
ALWAYS = [PROCEEDINGS, FACTS, PERSONS, OFFENCES, ASSISTANCE, EVIDENCE, LANGUAGE, UNDERTAKINGS]
"""The parts every complete letter has."""


def load(name: str) -> LetterOfRequest:
    return parse_case(example_text(name), f"{name}.yaml")


def build(request: LetterOfRequest, **options: object) -> Document:
    return build_document(request, context=CONTEXT, **options)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def blocks(document: Document) -> Iterator[Paragraph | Table]:
    """Body paragraphs and tables in document order."""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def table_text(table: Table) -> str:
    return "\n".join(cell.text for row in table.rows for cell in row.cells)


def sections(document: Document) -> dict[str, str]:
    """The letter's text by part: "cover" (the acknowledgement form), "heading" (from the
    addresses to the first heading: flags, subject, opening paragraphs), then each Heading 1."""
    texts: dict[str, list[str]] = {"cover": [], "heading": []}
    current = "cover"
    for block in blocks(document):
        if isinstance(block, Paragraph):
            if block.style.name == "Heading 1":
                current = block.text
                texts[current] = []
                continue
            texts[current].append(block.text)
        else:
            if current == "cover" and block.style.name == "Details Table":
                current = "heading"  # the addresses: the letter proper starts
            texts[current].append(table_text(block))
    return {key: flat("\n".join(value)) for key, value in texts.items()}


# --------------------------------------------------------------------------- facts of a case


PERSON_REFERENCES = ("person", "recipient", "holder", "holders")


def _text_values(
    value: object, request: LetterOfRequest | None = None, fmt: LetterFormat = FMT
) -> Iterator[str]:
    """Every fact a value holds, as the letter writes it (dates in full, States and persons by
    name)."""
    if value is None or isinstance(value, bool | Enum):
        return
    if isinstance(value, dt.datetime):
        yield fmt.datetime(value)
    elif isinstance(value, dt.date):
        yield fmt.date(value)
    elif isinstance(value, CaseDate):
        yield date_text(value, fmt, LetterTranslator(fmt.language))
    elif isinstance(value, str):
        if value != "none":
            yield from (part for part in re.split(r"\n\s*\n", value) if part.strip())
    elif isinstance(value, Decimal):
        return  # amounts are checked with their currency
    elif isinstance(value, list):
        for entry in value:
            yield from _text_values(entry, request, fmt)
    elif isinstance(value, BaseModel):
        if {"amount", "currency"} <= set(type(value).model_fields):
            yield fmt.money(value.amount, value.currency)  # type: ignore[attr-defined]
            return
        for name in type(value).model_fields:
            if name in ("id", "type", "code", "schema_version"):
                continue
            field_value = getattr(value, name)
            if name in PERSON_REFERENCES and request is not None:
                refs = field_value if isinstance(field_value, list) else [field_value]
                for ref in refs:
                    person = request.person(ref) if ref else None
                    if ref:
                        yield person.display_name() if person else ref
            elif name in ("nationality", "issuing_state"):
                codes = field_value if isinstance(field_value, list) else [field_value]
                yield from (fmt.state(code) for code in codes if code)
            elif name == "languages" or (name == "language" and isinstance(field_value, str)):
                codes = field_value if isinstance(field_value, list) else [field_value]
                yield from (fmt.language_name(code) for code in codes)
            else:
                yield from _text_values(field_value, request, fmt)


def expected_facts(request: LetterOfRequest) -> dict[str, list[str]]:
    """Where each fact of the case file belongs in the letter (part -> facts, in order)."""
    ident = request.identification
    assert ident is not None
    legal_basis = request.legal_basis
    assert legal_basis is not None
    facts: dict[str, list[str]] = {
        "heading": [
            *_text_values(request.addressee),
            request.reference or "",
            *_text_values(request.requested_reference),
            request.place or "",
            FMT.date(request.date) if request.date else "",
            request.title or "",
            *(
                KNOWN_INSTRUMENTS[i.code].title if i.code else i.title or ""
                for i in legal_basis.instruments
            ),
            *(i.articles or "" for i in legal_basis.instruments),
        ],
        # The authorities: the addresses at the head, the proceedings, the contacts.
        "identification": list(_text_values(ident)),
        "notices": [*_text_values(request.urgency), *_text_values(request.confidentiality)],
        PROCEEDINGS: [
            *_text_values(request.prior_contact),
            *_text_values(request.other_channels),
        ],
        FACTS: list(_text_values(request.facts)),
        PERSONS: list(_text_values(request.persons)),
        OFFENCES: list(_text_values(request.offences)),
        ASSISTANCE: [],
        OFFICIALS: list(_text_values(request.presence_of_officials)),
        LANGUAGE: list(_text_values(request.language.translation)),
        UNDERTAKINGS: [
            *request.additional_undertakings,
            *_text_values(request.signatory),
        ],
        ANNEXES: list(_text_values(request.annexes)),
    }
    for item in request.assistance:
        facts[ASSISTANCE] += list(_text_values(item, request))
    return facts


def test_fact_collector_sees_the_trafficking_case() -> None:
    """The test below is only as good as its list of facts: spot-check that list."""
    facts = expected_facts(load("trafficking"))
    assert "Elena Vârtosu" in facts["identification"]
    assert "12 April 1981" in facts[PERSONS]
    assert "Türkiye" in facts[PERSONS]
    assert any("debt bondage" in fact for fact in facts[ASSISTANCE])
    assert sum(len(v) for v in facts.values()) > 120


@pytest.mark.parametrize("name", COMPLETE)
def test_every_fact_of_a_complete_example_is_in_its_section(name: str) -> None:
    request = load(name)
    text = sections(build(request))
    text["identification"] = " ".join(
        text.get(part, "") for part in ("heading", PROCEEDINGS, EVIDENCE)
    )
    text["notices"] = " ".join(
        text.get(part, "") for part in (CONFIDENTIALITY, URGENCY, TIME_LIMIT)
    )
    for section, facts in expected_facts(request).items():
        for fact in facts:
            # A description starting a sentence of ours loses its capital ("sworn translator").
            # Addresses are written on one line in prose, their lines joined by commas.
            fact, written = flat(fact).replace(",", ""), text.get(section, "").replace(",", "")
            assert fact in written or fact[:1].lower() + fact[1:] in written, (
                f"{fact!r} missing from {section!r}"
            )


@pytest.mark.parametrize("name", COMPLETE)
def test_sections_come_in_the_order_a_central_authority_expects(name: str) -> None:
    document = build(load(name))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [title for title in SECTION_TITLES if title in headings]
    assert set(ALWAYS) <= set(headings)


@pytest.mark.parametrize("name", COMPLETE)
def test_facts_paragraphs_persons_and_items_keep_the_case_file_order(name: str) -> None:
    request = load(name)
    document = build(request)
    text = sections(document)
    summary = request.facts.summary if request.facts else ""
    paragraphs = re.split(r"\n\s*\n", summary or "")
    positions = [text[FACTS].index(flat(p)) for p in paragraphs]
    assert positions == sorted(positions)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    shown = [row.cells[0].paragraphs[0].text for row in table.rows[1:]]
    assert shown == [p.name or p.name_latin for p in request.persons]
    items = text[ASSISTANCE]
    item_positions = [items.index(f"Item {n} –") for n in range(1, len(request.assistance) + 1)]
    assert item_positions == sorted(item_positions)
    # Each item's relevance sits under its own heading, before the next item's.
    for number, item in enumerate(request.assistance, start=1):
        start = item_positions[number - 1]
        end = item_positions[number] if number < len(item_positions) else len(items)
        assert flat(re.split(r"\n\s*\n", item.relevance or "")[0]) in items[start:end]


# --------------------------------------------------------------------------- parts of the letter


def test_the_acknowledgement_form_is_short_and_the_letter_follows_on_its_page(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    first = document.paragraphs[0]
    assert first.style.name == "Title"
    assert first.text == "Acknowledgement of receipt"
    cover = sections(document)["cover"]
    for label in (
        "Date of receipt",
        "Reference of the requested State",
        "Authority executing the request, contact person (telephone, e-mail)",
        "Place, date, signature and seal",
    ):
        assert label in cover
    assert "mla.requests@example.md" in cover  # where to return it
    assert "PG-2026/0417/MLA-3" in cover
    assert "26 Banulescu-Bodoni Street" not in cover  # the address is given once, at the head
    form = document.tables[0]
    assert len(form.rows) == 4
    assert not any(br.get(qn("w:type")) == "page" for br in document.element.body.iter(qn("w:br")))


def test_urgent_and_confidential_are_one_line_flags_after_the_addresses_pointing_to_paragraphs(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    texts = [b.text if isinstance(b, Paragraph) else table_text(b) for b in blocks(document)]
    flags = [
        b.text for b in blocks(document) if isinstance(b, Paragraph) and b.style.name == "Flag Line"
    ]
    first_under = {}  # a heading's first numbered paragraph, which the flag points to
    heading = ""
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            heading = paragraph.text
        elif paragraph.style.name == "Numbered Paragraph" and heading not in first_under:
            first_under[heading] = paragraph.text.split(".", 1)[0]
    urgency, confidentiality = first_under["Urgency"], first_under["Confidentiality"]
    assert flags == [
        f"Urgent – see paragraph {urgency}",
        f"Confidential – see paragraph {confidentiality}",
    ]
    addressee = next(i for i, t in enumerate(texts) if t.startswith("To:"))
    assert texts.index(flags[0]) == addressee + 1
    numbered = {
        p.text.split(".\t")[0]: p.text
        for p in document.paragraphs
        if p.style.name == "Numbered Paragraph"
    }
    assert "by 15\u00a0February 2027 at the latest" in numbered[urgency]
    assert "be kept confidential" in numbered[confidentiality]


def test_a_routine_request_has_no_notices_and_no_markings(trafficking: LetterOfRequest) -> None:
    routine = trafficking.model_copy(
        update={
            "urgency": trafficking.urgency.model_copy(  # type: ignore[union-attr]
                update={"urgent": False, "deadline": None, "reason": None}
            ),
            "confidentiality": trafficking.confidentiality.model_copy(  # type: ignore[union-attr]
                update={"required": False, "reason": None}
            ),
        }
    )
    document = build(routine)
    styles = {p.style.name for p in document.paragraphs}
    assert "Flag Line" not in styles
    assert "Urgency" not in sections(document)
    header = document.sections[0].header
    assert "CONFIDENTIAL" not in header._element.xml.upper()
    assert "Our reference: PG-2026/0417/MLA-3" in header.paragraphs[0].text


def test_header_and_footer_carry_reference_marking_and_page_x_of_y_fields(
    trafficking: LetterOfRequest,
) -> None:
    section = build(trafficking).sections[0]
    header = section.header.paragraphs[-1]
    assert header.text.startswith("Our reference: PG-2026/0417/MLA-3")
    assert "Urgent · Confidential" in header.text
    marking = [r for r in header.runs if r.style is not None and r.style.name == "Marking"]
    assert marking, "the marking uses the Marking style"
    footer = section.footer._element
    instructions = [flat(i.text) for i in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert flat("".join(t.text for t in footer.iter(qn("w:t")))) == "Page 1 of 1"


def test_persons_concerned_are_a_table_one_row_each(trafficking: LetterOfRequest) -> None:
    document = build(trafficking)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert [c.text for c in table.rows[0].cells] == ["Name", "Role", "Identification details"]
    assert len(table.rows) == len(trafficking.persons) + 1
    row = table.rows[3].cells  # Вадим Прокопенко, original script and transliteration
    assert row[0].text == "Вадим Прокопенко\nVadim Prokopenko"
    assert row[1].text == "Suspect"
    assert "born on 22\u00a0January 1988" in row[2].text
    assert "Moldovan national" in row[2].text  # the adjective (issue 16)
    assert table._tbl.tblPr.find(qn("w:tblStyle")).get(qn("w:val")) == "LetterTable"


def test_law_text_is_quoted_and_a_long_one_goes_to_an_appendix(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quotes[0].startswith("(1) The recruitment, transportation")
    long_text = "(1) " + " ".join(["word"] * 500)
    offence = trafficking.offences[0].model_copy(update={"law_text": long_text})
    longer = trafficking.model_copy(update={"offences": [offence, *trafficking.offences[1:]]})
    document = build(longer)
    text = sections(document)
    assert "reproduced in the appendix" in text[OFFENCES]
    assert "Appendix – Text of the law" in text
    assert "word word word" in text["Appendix – Text of the law"]


def test_undertakings_follow_the_legal_basis(trafficking: LetterOfRequest) -> None:
    text = sections(build(trafficking))[UNDERTAKINGS]
    assert "without the prior consent of the requested State" in text  # UNTOC: use limitation
    assert "returned as soon as possible" in text  # ECMA 1959: return of originals
    # In the requesting authority's own name, in the future: it cannot commit two States.
    assert "the requesting authority will consult the requested State" in text
    assert "the two States" not in text


def test_every_run_is_in_the_letter_language_and_properties_are_set(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    parts = [document.element, document.sections[0].header._element]
    parts.append(document.sections[0].footer._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            lang = run.find(qn("w:rPr") + "/" + qn("w:lang"))
            if run.find(qn("w:t")) is not None:
                assert lang is not None and lang.get(qn("w:val")) == "en-GB"
    properties = document.core_properties
    assert properties.language == "en-GB"
    assert properties.title == trafficking.title
    assert properties.subject.startswith("Trafficking in human beings")
    assert properties.author == "Elena Vârtosu"


def test_state_names_read_naturally_in_sentences(trafficking: LetterOfRequest) -> None:
    to_us = trafficking.model_copy(update={"requested_state": "US"})
    text = sections(build(to_us))
    assert "the competent authorities of the United States" in text["heading"]
    assert "So far as compatible with the law of the United States" in text[ASSISTANCE]


def test_every_style_the_letter_uses_is_defined_by_the_base_template(
    trafficking: LetterOfRequest,
) -> None:
    from mla_writer.templates.make_base import LETTER_STYLES

    document = build(trafficking, draft=True)
    defined = {style.name for style in document.styles}
    assert defined >= LETTER_STYLES
    used = {p.style.name for p in document.paragraphs}
    used |= {r.style.name for p in document.paragraphs for r in p.runs if r.style is not None}
    assert used <= LETTER_STYLES


def test_base_template_is_what_make_base_generates() -> None:
    from mla_writer.templates.make_base import BASE_TEMPLATE, build_base, styles_xml

    with zipfile.ZipFile(BASE_TEMPLATE) as stored:
        assert flat(stored.read("word/styles.xml").decode()) == flat(styles_xml().decode())
    assert build_base()[:2] == b"PK"


# --------------------------------------------------------------------------- refusal and drafts


@pytest.mark.parametrize("name", INCOMPLETE)
def test_incomplete_request_is_refused_and_nothing_written(name: str, tmp_path: Path) -> None:
    output = tmp_path / "letter.docx"
    with pytest.raises(IncompleteRequestError) as refused:
        render_letter(load(name), output, context=CONTEXT)
    assert refused.value.exit_code is ExitCode.GAPS
    assert not refused.value.report.complete
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", INCOMPLETE)
def test_draft_is_marked_on_every_page_with_a_placeholder_per_missing_item(name: str) -> None:
    request = load(name)
    document = build(request, draft=True)
    header = document.sections[0].header
    assert header.paragraphs[0].text == "Draft – not for signature"
    assert header.paragraphs[0].style.name == "Draft Mark"
    placeholders = [
        run.text
        for block in document.element.body.iter(qn("w:r"))
        for run in [docx.text.run.Run(block, document)]  # type: ignore[attr-defined]
        if run.style is not None and run.style.name == "Placeholder"
    ]
    errors = check(request, CONTEXT).errors()
    assert len(placeholders) == len(errors)
    for finding in errors:
        # Issue 16: the message as the letter's reader reads it, no field path, no Markdown.
        said = re.sub(r"`([^`]*)`", r"“\1”", finding.message)
        said = re.sub(r" ?\((?:[a-z_]+: [\w/]+|[a-z]+_[a-z_]+)\)", "", said)  # "(certified: true)"
        assert f"[MISSING: {said}]" in placeholders
    assert not any("`" in text or "[1]." in text for text in placeholders)


def _placeholders(document: Document) -> list[str]:
    return [
        run.text
        for block in document.element.body.iter(qn("w:r"))
        for run in [docx.text.run.Run(block, document)]  # type: ignore[attr-defined]
        if run.style is not None and run.style.name == "Placeholder"
    ]


def test_french_draft_says_what_is_missing_in_french_whatever_the_interface_language() -> None:
    """Issue 13: a draft's placeholders are in the letter's language, not the interface's."""
    request = load("incomplete-drugs")

    placeholders = _placeholders(build(request, draft=True, language="fr"))

    assert (
        "[MANQUANT\u00a0: Indiquez si une copie est transmise par "
        "d'autres voies (INTERPOL, voie diplomatique...), ou répondez «\u00a0none\u00a0».]"
    ) in placeholders
    assert not any("Say whether a copy is sent" in text for text in placeholders)


def test_english_draft_stays_english_under_a_french_interface() -> None:
    set_ui_language("fr")
    try:
        placeholders = _placeholders(build(load("incomplete-drugs"), draft=True))
    finally:
        set_ui_language("en")

    assert any(
        "[MISSING: Say whether a copy is sent through other channels" in text
        for text in placeholders
    )


def test_draft_placeholder_for_a_missing_relevance_sits_under_its_item(
    trafficking: LetterOfRequest,
) -> None:
    item = trafficking.assistance[1].model_copy(update={"relevance": None})
    gap = trafficking.model_copy(
        update={"assistance": [trafficking.assistance[0], item, *trafficking.assistance[2:]]}
    )
    items = sections(build(gap, draft=True))[ASSISTANCE]
    placeholder = items.index("[MISSING: Explain how this item")
    assert items.index("Item 2 –") < placeholder < items.index("Item 3 –")


def test_complete_letter_has_no_draft_mark(trafficking: LetterOfRequest) -> None:
    document = build(trafficking)
    assert "Draft" not in document.sections[0].header._element.xml


# --------------------------------------------------------------------------- safety


def test_user_text_is_printed_as_typed_never_interpreted(trafficking: LetterOfRequest) -> None:
    typed = "He wrote {{ request.reference }} and {% if x %}yes{% endif %} & <b>bold</b> %(state)s."
    facts = trafficking.facts.model_copy(update={"summary": typed})  # type: ignore[union-attr]
    document = build(trafficking.model_copy(update={"facts": facts}))
    assert typed in sections(document)[FACTS]


def test_control_characters_are_rejected_at_validation_naming_the_field() -> None:
    text = example_text("trafficking").replace(
        "in a textile workshop in Istanbul", "in a textile\x0b workshop in Istanbul"
    )
    with pytest.raises(CaseFileError) as error:
        parse_case(text, "case.yaml")
    assert "facts.summary" in error.value.message
    assert "U+000B" in error.value.message


def test_existing_file_is_never_overwritten_without_force(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    output = tmp_path / "letter.docx"
    output.write_bytes(b"the prosecutor's own edits")
    with pytest.raises(OutputExistsError):
        render_letter(trafficking, output, context=CONTEXT)
    assert output.read_bytes() == b"the prosecutor's own edits"
    render_letter(trafficking, output, force=True, context=CONTEXT)
    assert docx.Document(str(output)).paragraphs[0].text == "Acknowledgement of receipt"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]  # no temporary file left
    assert output.stat().st_mode & 0o077 == 0  # personal data: owner only


def test_unknown_letter_language_is_a_clear_error(trafficking: LetterOfRequest) -> None:
    with pytest.raises(UnknownLetterLanguageError) as error:
        build(trafficking, language="xx")
    assert "“xx”" in error.value.message


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("name", COMPLETE)
def test_letter_carries_its_case_data_for_check_and_render(name: str, tmp_path: Path) -> None:
    request = load(name)
    letter = render_letter(request, tmp_path / "letter.docx", context=CONTEXT)
    embedded = read_embedded_case(letter)
    assert embedded == request
    with zipfile.ZipFile(letter) as archive:
        props = [n for n in archive.namelist() if n.startswith("customXml/itemProps")]
        assert props, "Word keeps a custom XML part that has its properties part"


def test_letter_without_a_date_embeds_the_date_it_carries(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    undated = trafficking.model_copy(update={"date": None})
    letter = render_letter(undated, tmp_path / "letter.docx", context=CONTEXT)
    embedded = read_embedded_case(letter)
    assert embedded is not None and embedded.date == TODAY


def test_check_on_a_letter_reports_kind_mla_letter_and_the_case_file_result(
    tmp_path: Path,
) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    rendered = run_mla("render", case)
    assert rendered.returncode == 0, rendered.stderr
    assert "Letter written to" in rendered.stdout
    letter = tmp_path / "case.docx"
    on_case = json.loads(run_mla("check", case, "--format", "json").stdout)
    on_letter = json.loads(run_mla("check", letter, "--format", "json").stdout)
    assert on_letter["kind"] == "mla-letter"
    assert on_case["kind"] == "case-file"
    assert on_letter["points"] == on_case["points"]
    assert on_letter["complete"] == on_case["complete"]


def test_render_from_a_letter_reproduces_it(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("email-fraud"), encoding="utf-8")
    assert run_mla("render", case, "-o", tmp_path / "first.docx").returncode == 0
    again = run_mla("render", tmp_path / "first.docx", "-o", tmp_path / "second.docx")
    assert again.returncode == 0, again.stderr
    first = docx.Document(str(tmp_path / "first.docx"))
    second = docx.Document(str(tmp_path / "second.docx"))
    assert [p.text for p in first.paragraphs] == [p.text for p in second.paragraphs]
    assert [table_text(t) for t in first.tables] == [table_text(t) for t in second.tables]


def test_other_word_documents_are_not_taken_for_our_letters(tmp_path: Path) -> None:
    from mla_writer.app import load_request

    other = tmp_path / "someone-elses.docx"
    docx.Document().save(str(other))
    assert read_embedded_case(other) is None
    with pytest.raises(CaseFileError):
        load_request(other)  # reading letters written by others is the letter reader's job
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"not a zip")
    with pytest.raises(CaseFileError) as error:
        read_embedded_case(damaged)
    assert "not a readable Word document" in error.value.message


# --------------------------------------------------------------------------- the command


def test_render_refuses_an_incomplete_case_prints_the_report_exit_1(tmp_path: Path) -> None:
    case = tmp_path / "drugs.yaml"
    case.write_text(example_text(INCOMPLETE[0]), encoding="utf-8")
    result = run_mla("render", case)
    assert result.returncode == ExitCode.GAPS
    assert "Checklist for" in result.stdout and "Not ready to send" in result.stdout
    assert "No letter was written" in result.stderr and "--draft" in result.stderr
    assert not (tmp_path / "drugs.docx").exists()
    drafted = run_mla("render", case, "--draft")
    assert drafted.returncode == 0, drafted.stderr
    assert "Draft written to" in drafted.stdout
    assert (tmp_path / "drugs.docx").exists()
    again = run_mla("render", case, "--draft")
    assert again.returncode == ExitCode.INVALID
    assert "--force" in again.stderr


def test_office_letterhead_keeps_its_header_and_gets_our_styles(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "PROSECUTOR GENERAL'S OFFICE – LETTERHEAD"
    letterhead.add_paragraph("Sample text that must not appear in letters.")
    path = tmp_path / "letterhead.docx"
    letterhead.save(str(path))
    document = build(trafficking, template=path)
    header = document.sections[0].header
    assert header.paragraphs[0].text == "PROSECUTOR GENERAL'S OFFICE – LETTERHEAD"
    assert header.paragraphs[-1].text.startswith("Our reference:")
    texts = [p.text for p in document.paragraphs]
    assert "Sample text that must not appear in letters." not in texts
    assert texts[0] == "Acknowledgement of receipt"
    assert document.styles["Notice Title"] is not None
    page = document.sections[0]  # Letter size, 1.25" margins: tables fit its text width
    text_width = Length(page.page_width - page.left_margin - page.right_margin).twips
    for table in document.tables:
        grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
        assert sum(int(c.get(qn("w:w"))) for c in grid) == text_width
    assert not (tmp_path / "missing.docx").exists()
    result = run_mla(
        "render", "-o", tmp_path / "x.docx", "--template", tmp_path / "missing.docx", _example()
    )
    assert result.returncode == ExitCode.INVALID
    assert "does not exist" in result.stderr


def _example() -> Path:
    from importlib import resources

    return Path(str(resources.files("mla_writer.examples") / "trafficking.yaml"))


# --------------------------------------------------------------------------- every kind of assistance

SAMPLE_VALUES: dict[str, object] = {
    "person": "yildizoglu",
    "recipient": "yildizoglu",
    "status": "witness",
    "questions": ["Sample question one?", "Sample question two?"],
    "proposed_dates": ["2027-01-11", "2027-01-12"],
    "dates": ["2027-01-13"],
    "appearance_date": "2027-02-15",
    "technical_contact": {"name": "Sample Technician", "phone": "+1 202 555 0100"},
    "documents": ["Sample summons", "Sample indictment"],
    "items_sought": ["Sample ledger", "Sample phone"],
    "record_kind": "telecom",
    "consent": "to_be_obtained",
    "holders": ["bosfor", "Sample Holder Ltd"],
    "record_types": ["sample call records"],
    "period_from": "2025-01-01",
    "period_to": "2025-12-31",
    "property": [
        {
            "description": "Sample account balance",
            "location": "Sample Bank, Istanbul",
            "holder": "bosfor",
            "estimated_value": {"amount": "125000.50", "currency": "EUR"},
        }
    ],
    "domestic_order": {
        "authority": "Sample Court",
        "date": "2026-10-01",
        "reference": "Sample order 1",
        "final": True,
        "annex": "Annex 9",
    },
    "order": {"authority": "Sample Court", "date": "2026-10-02", "reference": "Sample order 2"},
    "data_categories": ["sample subscriber information"],
    "procedures": [{"requirement": "Sample requirement", "reason": "Sample reason"}],
}
DATA_IDENTIFIERS = [
    {"kind": "IP address", "value": "192.0.2.17", "observed_at": "2026-03-04T10:22:00+02:00"},
    {"kind": "e-mail account", "value": "sample@example.org"},
]
RECORD_IDENTIFIERS = ["Sample IBAN TR00 0000"]
PERSONS_HEARD = ["bosfor", {"person": "yildizoglu", "questions": ["Sample own question?"]}]


def sample_item(kind: str) -> dict[str, object]:
    """An item of `kind` with every field filled in with recognisable sample values."""
    item: dict[str, object] = {"type": kind}
    for name, info in ASSISTANCE_TYPES[kind].model_fields.items():
        if name in ("type", "id"):
            continue
        if name == "identifiers":
            data = "DataIdentifier" in str(info.annotation)
            item[name] = DATA_IDENTIFIERS if data else RECORD_IDENTIFIERS
        elif kind == "witness_statement" and name == "persons":
            item[name] = PERSONS_HEARD
        elif name in SAMPLE_VALUES:
            item[name] = SAMPLE_VALUES[name]
        elif "bool" in str(info.annotation):
            item[name] = True
        else:
            item[name] = _sample_by_type(
                str(info.annotation), f"Sample {name.replace('_', ' ')} of {kind}"
            )
    return item


def _sample_by_type(annotation: str, sample: str) -> object:
    """A sample value for a field no table above names, so that a new kind is tested as it comes."""
    value: object = f"{sample}."
    if "datetime.date" in annotation:
        value = "2027-01-14"
    elif "Contact" in annotation:
        value = {"name": sample, "phone": "+1 202 555 0101"}
    return [value] if annotation.startswith("list[") else value


@pytest.mark.parametrize("kind", sorted(ASSISTANCE_TYPES))
def test_every_field_of_every_kind_of_assistance_is_in_the_letter(
    kind: str, trafficking: LetterOfRequest
) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["assistance"] = [sample_item(kind)]
    request = LetterOfRequest.model_validate(data)
    document = build(request, draft=True)
    text = sections(document)[ASSISTANCE]
    for fact in _text_values(request.assistance[0], request):
        # The drafter's noun phrase set in one of the letter's sentences: "provided as sample …".
        assert flat(fact) in text or in_sentence(flat(fact)) in text, f"{fact!r} missing for {kind}"
    assert (
        "The requesting authority respectfully asks the competent authorities of the Republic of "
        "Türkiye" in text
    )


def test_a_nearly_empty_request_still_drafts_with_every_gap_marked() -> None:
    request = LetterOfRequest(assistance=[{"type": kind} for kind in ("other", "freezing")])
    document = build(request, draft=True)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [title for title in SECTION_TITLES if title in headings]
    assert set(ALWAYS) <= set(headings)
    placeholders = [p.text for p in document.paragraphs if p.text.startswith("[MISSING")]
    assert len(placeholders) == len(check(request, CONTEXT).errors())
