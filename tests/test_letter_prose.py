"""Issue 16: letters a prosecutor signs as they are. Each test is a defect the review of
2026-12-06 found in the rendered examples, asserted on the .docx as python-docx reads it."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from docx.document import Document
from docx.oxml.ns import qn

from mla_writer.model import LetterOfRequest
from mla_writer.render.formatting import LetterFormat
from tests.test_render import (
    ASSISTANCE,
    COMPLETE,
    CONFIDENTIALITY,
    EVIDENCE,
    OFFICIALS,
    PERSONS,
    PROCEEDINGS,
    TIME_LIMIT,
    UNDERTAKINGS,
    URGENCY,
    build,
    load,
    sections,
)


def _with(request: LetterOfRequest, **changes: Any) -> LetterOfRequest:
    data = request.model_dump(mode="json", exclude_defaults=True)
    data.update(changes)
    return LetterOfRequest.model_validate(data)


def numbered(document: Document) -> dict[int, str]:
    """The letter's numbered paragraphs, by number."""
    found = {}
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Numbered Paragraph" and re.match(r"\d+\.\t", paragraph.text):
            number, text = paragraph.text.split(".\t", 1)
            found[int(number)] = text
    return found


def whole_text(document: Document) -> str:
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", " ", "\n".join(paragraphs + cells))


@pytest.fixture(scope="module", params=COMPLETE)
def example(request: pytest.FixtureRequest) -> tuple[LetterOfRequest, Document]:
    case = load(request.param)
    return case, build(case)


# --------------------------------------------------------------------------- structure


def test_the_paragraphs_are_numbered_one_after_another(
    example: tuple[LetterOfRequest, Document],
) -> None:
    paragraphs = numbered(example[1])
    assert len(paragraphs) > 20
    assert list(paragraphs) == list(range(1, len(paragraphs) + 1))


def test_the_opening_paragraph_says_who_asks_in_what_capacity_under_what_and_for_what(
    example: tuple[LetterOfRequest, Document],
) -> None:
    case, document = example
    first, second = numbered(document)[1], numbered(document)[2]
    signatory = case.signatory
    assert signatory is not None and signatory.name and signatory.function
    assert first.startswith(f"I, {signatory.name}, {signatory.function}")
    assert "have the honour to request the assistance of the competent authorities of" in first
    assert first.endswith("The request is made under the following instruments:")
    texts = [p.text for p in document.paragraphs]
    after = texts[texts.index(f"1.\t{first}") + 1]
    assert after.startswith("–\t") and "Articles" in after  # the first instrument cited
    summary = re.fullmatch(
        r"In summary, the requesting authority respectfully asks for the following assistance, "
        r"set out in paragraphs (\d+) to (\d+): (.+)\.",
        second,
    )
    assert summary, second
    first_item, last_item = int(summary.group(1)), int(summary.group(2))
    assert "asks the competent authorities" in numbered(document)[first_item]
    assert last_item > first_item
    assert "production of" in summary.group(3)  # each example asks for records or data


def test_flags_point_to_the_paragraphs_with_the_reasons(trafficking: LetterOfRequest) -> None:
    document = build(trafficking)
    flags = [p.text for p in document.paragraphs if p.style.name == "Flag Line"]
    urgent, confidential = (int(flag.rsplit(" ", 1)[1]) for flag in flags)
    paragraphs = numbered(document)
    assert "his period of detention ends on 27\u00a0March 2027" in paragraphs[urgent]
    assert "remains at large" in paragraphs[confidential]
    texts = [p.text for p in document.paragraphs]
    assert texts.index(flags[0]) < texts.index("Dear Sir or Madam,")  # at the top, one line each


def test_the_letter_asks_where_and_how_to_send_the_evidence(
    example: tuple[LetterOfRequest, Document],
) -> None:
    text = sections(example[1])[EVIDENCE]
    assert (
        "asks that the evidence gathered, with the records of its execution, be sent to it at "
        "the address given at the head of this letter" in text
    )
    assert "an advance copy may be sent by e-mail to" in text


# --------------------------------------------------------------------------- tone


IMPERATIVES = (
    "Please execute",
    "must be kept confidential",
    "please consult the requesting authority",
    "Please inform the requesting authority",
    "are requested to provide",
)


def test_the_letter_asks_and_never_orders(example: tuple[LetterOfRequest, Document]) -> None:
    text = whole_text(example[1])
    for imperative in IMPERATIVES:
        assert imperative not in text
    assert "The requesting authority respectfully asks the competent authorities of" in text
    procedures = [p.text for p in example[1].paragraphs if re.match(r"\([a-z]\)\t", p.text)]
    assert procedures
    for procedure in procedures:  # the examples' own procedures are requests too
        assert not re.match(r"\([a-z]\)\t(Ask|Execute|Send|Inform|Please)\b", procedure)


def test_procedures_are_asked_so_far_as_the_requested_states_law_allows(
    example: tuple[LetterOfRequest, Document],
) -> None:
    case, document = example
    text = sections(document)[ASSISTANCE]
    with_procedures = [item for item in case.assistance if isinstance(item.procedures, list)]
    clause = "So far as compatible with the law of "
    assert text.count(clause) == len(with_procedures) > 0
    # Each procedure's reason follows it as the drafter wrote it, under no label.
    assert "This is asked for the following reason:" not in text
    assert "Reason:" not in text


def test_undertakings_are_the_requesting_authoritys_own_in_the_future_tense(
    example: tuple[LetterOfRequest, Document],
) -> None:
    text = sections(example[1])[UNDERTAKINGS]
    assert "the requesting authority will consult the requested State" in text
    assert "the two States" not in text
    assert "consult on the terms" not in text


# --------------------------------------------------------------------------- prose, not fields


LABEL_CHAINS = (
    "location: ",
    "holder: ",
    "estimated value: ",
    "date of the order: ",
    "certified copy attached: ",
    "Domestic order: ",
    "Discussed or agreed: ",
    "Participants: ",
    "This matter has also been the subject of the following",
    "Nature of the proceedings",
    "Stage of the proceedings: ",
    "Nationality: ",
    "Date of birth: ",
    "Role: ",
    "Costs borne by: ",
)


def test_no_label_value_chains(example: tuple[LetterOfRequest, Document]) -> None:
    text = whole_text(example[1])
    for chain in LABEL_CHAINS:
        assert chain not in text, chain


def test_an_order_and_property_are_sentences() -> None:
    document = build(load("asset-freezing"))
    text = sections(document)[ASSISTANCE]
    assert (
        "Ruling no. 10a/4172-26, the domestic order on which this request rests, was made by the "
        "Tbilisi City Court, Investigative Panel on 28 October 2026. The order is final. A "
        "certified copy is attached (Annex 1 –" in text
    )
    assert "located at Pafos Mercantile Bank Ltd, 25 Example Avenue, 3030 Limassol, Cyprus" in text
    assert "3030 Limassol, Cyprus, of an estimated value of €298,700.00" in text
    # The holder is named in the description: not "held by" twice in one entry.
    assert "held by Alazani Holdings Ltd, of an estimated value" not in text


def test_no_empty_dash_cells_and_no_empty_reference(
    example: tuple[LetterOfRequest, Document],
) -> None:
    document = example[1]
    cells = [
        cell.text.strip() for table in document.tables for row in table.rows for cell in row.cells
    ]
    assert "–" not in cells
    assert "Your reference" not in whole_text(document)  # the examples have none yet


def test_a_person_is_a_national_of_a_state_born_on_a_day_in_a_place(
    trafficking: LetterOfRequest,
) -> None:
    text = sections(build(trafficking))[PERSONS]
    assert "born on 12 April 1981 in Cahul, Republic of Moldova" in text
    assert "Turkish national" in text  # the adjective (issue 16's grammar data)
    assert "Nationality" not in text


def test_the_translator_is_described_inside_the_sentence(trafficking: LetterOfRequest) -> None:
    text = whole_text(build(trafficking))
    assert "made by sworn translator Aurelia Lungu" in text
    assert "made by Sworn translator" not in text


def test_an_amount_in_a_currency_without_a_symbol_has_a_space() -> None:
    assert LetterFormat("en").money(Decimal("1150000"), "GEL") == "GEL\u00a01,150,000.00"
    assert LetterFormat("en").money(Decimal("640000"), "EUR") == "€640,000.00"
    assert LetterFormat("fr").money(Decimal("1150000"), "GEL").endswith("\u00a0GEL")
    freezing = load("asset-freezing")
    data = freezing.model_dump(mode="json", exclude_defaults=True)
    data["assistance"][0]["property"][0]["estimated_value"] = {
        "amount": "1150000",
        "currency": "GEL",
    }
    text = whole_text(build(LetterOfRequest.model_validate(data)))
    assert "GEL 1,150,000.00" in text.replace("\u00a0", " ")
    assert "GEL1" not in text


# --------------------------------------------------------------------------- no boilerplate


BOILERPLATE = (
    "No annexes.",
    "No translation is attached.",
    "No particular procedure is requested for this item.",
    "accepts requests in",
    "wishes to be present",
    "point by point",
)


def test_no_boilerplate_negatives(example: tuple[LetterOfRequest, Document]) -> None:
    text = whole_text(example[1])
    for sentence in BOILERPLATE:
        assert sentence not in text, sentence


def test_no_officials_is_said_as_a_drafter_would(trafficking: LetterOfRequest) -> None:
    assert trafficking.presence_of_officials == "none"
    text = sections(build(trafficking))[OFFICIALS]
    assert re.fullmatch(
        r"\d+\. The requesting authority does not ask that any of its officials be present at "
        r"the execution of this request\.",
        text,
    )


def test_a_letter_without_annexes_has_no_annexes_heading(trafficking: LetterOfRequest) -> None:
    text = sections(build(_with(trafficking, annexes=[])))
    assert "Annexes" not in text
    assert "No annexes" not in " ".join(text.values())


# --------------------------------------------------------------------------- said once


def test_the_requesting_authoritys_address_and_the_stage_are_said_once(
    example: tuple[LetterOfRequest, Document],
) -> None:
    case, document = example
    text = whole_text(document)
    ident = case.identification
    assert ident is not None and ident.requesting_authority is not None
    street = (ident.requesting_authority.address or "").splitlines()[0]
    assert text.count(street) == 1
    proceedings = ident.proceedings
    assert proceedings is not None and proceedings.stage
    stage = proceedings.stage[1:]  # said inside a sentence, its first letter lowered
    assert text.count(stage) == 1
    assert sections(document)[PROCEEDINGS].count("They are now at the following stage") == 1


def test_no_absence_of_treaty_after_a_treaty_is_cited(trafficking: LetterOfRequest) -> None:
    basis = trafficking.model_dump(mode="json", exclude_defaults=True)["legal_basis"]
    text = whole_text(build(_with(trafficking, legal_basis={**basis, "reciprocity": True})))
    assert "In the absence of an applicable treaty" not in text
    assert "This request is also made on the basis of reciprocity (see paragraph" in text
    alone = whole_text(build(_with(trafficking, legal_basis={"reciprocity": True})))
    assert "In the absence of an applicable treaty, this request is made on the basis of" in alone


# --------------------------------------------------------------------------- negatives answered


def test_a_deadline_without_urgency_is_a_time_limit_not_urgent(
    trafficking: LetterOfRequest,
) -> None:
    urgency = trafficking.model_dump(mode="json", exclude_defaults=True)["urgency"]
    document = build(_with(trafficking, urgency={**urgency, "urgent": False}))
    text = sections(document)
    assert URGENCY not in text
    assert (
        "would be grateful if this request could be executed by 15 February 2027"
        in (text[TIME_LIMIT])
    )
    flags = [p.text for p in document.paragraphs if p.style.name == "Flag Line"]
    assert not any(flag.startswith("Urgent") for flag in flags)


def test_confidentiality_not_required_prints_the_drafters_reason(
    trafficking: LetterOfRequest,
) -> None:
    reason = "The suspects were arrested and know of the investigation."
    document = build(_with(trafficking, confidentiality={"required": False, "reason": reason}))
    assert (
        "does not ask that this request be kept confidential, because the suspects were arrested "
        "and know of the investigation." in sections(document)[CONFIDENTIALITY]
    )


def test_no_officials_with_a_reason_prints_it(trafficking: LetterOfRequest) -> None:
    reason = "The questions are attached; a written record is enough."
    document = build(_with(trafficking, presence_of_officials={"answer": "none", "reason": reason}))
    assert reason in sections(document)[OFFICIALS]


def test_officials_who_assist_without_taking_part_are_not_said_to_take_part() -> None:
    text = sections(build(load("asset-freezing")))[OFFICIALS]
    assert "be allowed to assist the executing authorities: to attend, if the Cypriot" in text
    assert "be allowed to be present at the execution" not in text


# --------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("language", "clause", "asking"),
    [
        (
            "fr",
            "Dans la mesure où cela est compatible avec la législation",
            "prie respectueusement",
        ),
        (
            "ru",
            "В той мере, в какой это не противоречит законодательству",
            "запрашивающий орган просит",
        ),
        ("es", "En la medida en que sea compatible con la legislación", "solicita respetuosamente"),
    ],
)
def test_the_translated_letter_keeps_the_conventions(
    trafficking: LetterOfRequest, language: str, clause: str, asking: str
) -> None:
    document = build(trafficking, language=language, draft=True)
    paragraphs = numbered(document)
    assert list(paragraphs) == list(range(1, len(paragraphs) + 1))
    text = whole_text(document)
    assert clause in text and asking in text
    flags = [p.text for p in document.paragraphs if p.style.name == "Flag Line"]
    assert len(flags) == 2 and all(re.search(r"\d+$", flag) for flag in flags)


def test_a_treatys_own_title_is_kept_when_its_code_is_given(trafficking: LetterOfRequest) -> None:
    title = "United Nations Convention against Transnational Organized Crime (Palermo, 12 December 2000)"
    basis = {"instruments": [{"code": "UNTOC", "title": title, "articles": "Art. 18"}]}
    request = _with(trafficking, legal_basis=basis)
    assert f"{title}, Art. 18." in sections(build(request))["heading"]
    french = whole_text(build(request, language="fr", draft=True))
    assert "(Palermo, 12 December 2000)" in french  # the drafter's title, marked untranslated
    assert "(New York, 2000)" not in french


def test_a_line_ended_with_a_single_enter_is_not_stretched_across_the_page() -> None:
    """Issue 17's trial: facts typed with one Enter between paragraphs came out as justified
    lines stretched from margin to margin ("sell ........ them."). The letter tells Word and
    LibreOffice not to expand a line that ends with a manual line break."""
    document = build(load("trafficking"))
    compat = document.settings.element.find(qn("w:compat"))
    assert compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is not None


def test_the_subject_of_the_proceedings_and_a_penalty_are_said_in_a_sentence(
    example: tuple[LetterOfRequest, Document],
) -> None:
    # The prosecutor's reading of 2026-12-06: "The proceedings concern the following: …" and
    # "The maximum penalty is as follows: …" are labels, not sentences.
    case, document = example
    text = whole_text(document)
    assert "concern the following" not in text
    assert "The maximum penalty is as follows" not in text
    proceedings = case.identification.proceedings if case.identification else None
    if proceedings is not None and proceedings.subject:
        subject = proceedings.subject.strip().rstrip(".")
        assert f"The proceedings concern {subject[0].lower()}{subject[1:]}." in text
    for offence in case.offences:
        if offence.max_penalty:
            # a range of penalties is no "maximum" (the second reading): "It is punishable by …"
            assert re.search(r"It is punishable by [a-z0-9]", text)
            assert "The maximum penalty is" not in text
