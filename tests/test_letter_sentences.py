"""Issue 16, the prosecutor's reading of 2026-12-06 (tests/letter_review/2026-12-06/review.md),
its "label: value" leads and repetitions that survived the first round: each test renders an
example, opens the .docx and asserts on the sentence a signatory would write."""

from __future__ import annotations

from typing import Any

import pytest

from mla_writer.model import LetterOfRequest
from mla_writer.render.formatting import english_clause
from tests.test_letter_prose import _with, numbered, whole_text
from tests.test_render import (
    ASSISTANCE,
    CONFIDENTIALITY,
    EVIDENCE,
    OFFICIALS,
    PROCEEDINGS,
    URGENCY,
    build,
    load,
    sections,
)


@pytest.fixture(scope="module")
def trafficking() -> LetterOfRequest:
    return load("trafficking")


# --------------------------------------------------------------------------- reasons


@pytest.mark.parametrize(
    ("reason", "clause"),
    [
        ("Two members of the group are at large.", "two members of the group are at large."),
        ("The suspect is in detention.", "the suspect is in detention."),
        ("Under Article 186 detention ends soon.", "under Article 186 detention ends soon."),
        ("Dorin Cărbunaru is in detention.", "Dorin Cărbunaru is in detention."),
        ("IBAN records are deleted after a year.", None),  # an acronym: not lowered
        ("Detention ends on 27 March 2027.", None),  # a noun: a name? kept after a colon
        ("Since the arrest, funds have moved.", None),  # "because since" would not read
    ],
)
def test_a_reason_follows_because_only_where_its_first_word_can_be_lowered(
    reason: str, clause: str | None
) -> None:
    assert english_clause(reason) == clause


def test_urgency_and_confidentiality_give_their_reason_in_the_sentence_that_asks(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    confidentiality = sections(document)[CONFIDENTIALITY]
    assert (
        "be kept confidential, because two members of the group have not yet been identified"
        in confidentiality
    )
    assert "for the following reason" not in confidentiality
    assert (
        "by 15 February 2027 at the latest, because the suspect Dorin Cărbunaru is in"
        in (sections(document)[URGENCY])
    )


def test_a_reason_that_may_open_with_a_name_stays_a_sentence_of_its_own(
    trafficking: LetterOfRequest,
) -> None:
    urgency = {"urgent": True, "deadline": "2027-02-15", "reason": "Detention ends in March."}
    text = sections(build(_with(trafficking, urgency=urgency)))[URGENCY]
    assert "at the latest, for the following reason: Detention ends in March." in text


def test_a_french_letter_keeps_its_own_reason_sentence(trafficking: LetterOfRequest) -> None:
    text = sections(build(trafficking, language="fr", draft=True))["Confidentialité"]
    assert "pour la raison suivante" in text
    assert " car " not in text


def test_an_official_assists_and_is_asked_for_because(trafficking: LetterOfRequest) -> None:
    text = sections(build(load("asset-freezing")))[OFFICIALS]
    assert "be allowed to assist the executing authorities: to attend, if the Cypriot" in text
    assert "This is asked because the money flows between the nine contracts" in text
    assert "as follows:" not in text and "following reason" not in text


# --------------------------------------------------------------------------- leads


def test_the_case_reference_and_the_stage_are_said_in_sentences(
    trafficking: LetterOfRequest,
) -> None:
    document = build(trafficking)
    # "no." kept with its number by a no-break space (typography, issue 16)
    assert "The case is registered as criminal case no.\u00a02026/0417." in numbered(document)[1]
    proceedings = sections(document)[PROCEEDINGS]
    assert (
        "They are now at the following stage: pre-trial investigation; Dorin Cărbunaru has been "
        "charged" in proceedings
    )
    assert "is as follows" not in proceedings


def test_a_reference_of_digits_is_not_registered_as_a_word(trafficking: LetterOfRequest) -> None:
    data: dict[str, Any] = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["identification"]["proceedings"]["reference"] = "2026/0417"
    first = numbered(build(LetterOfRequest.model_validate(data)))[1]
    assert "The case reference is 2026/0417." in first


def test_the_means_of_a_prior_contact_is_lowered_inside_the_sentence(
    trafficking: LetterOfRequest,
) -> None:
    text = sections(build(trafficking))[PROCEEDINGS]
    assert "On 15 September 2026 (meeting in Chișinău), this matter was discussed between" in text


def test_an_order_is_named_by_its_reference_and_made_by_the_court() -> None:
    text = sections(build(load("asset-freezing")))[ASSISTANCE]
    assert (
        "Ruling no. 10a/4172-26, the domestic order on which this request rests, was made by "
        "the Tbilisi City Court" in text
    )
    assert "Its reference is" not in text


# --------------------------------------------------------------------------- lists and repetitions


def test_one_procedure_is_asked_for_without_an_a(trafficking: LetterOfRequest) -> None:
    document = build(trafficking)
    texts = [paragraph.text for paragraph in document.paragraphs]
    single = texts.index(
        next(text for text in texts if text.startswith("\tThe same as for item 2"))
    )
    assert texts[single - 1].endswith("the following procedure be followed:")
    several = [text for text in texts if text.endswith("the following procedures be followed:")]
    assert several  # item 2 asks for two, marked (a) and (b)
    assert not any(text.startswith("(a)\tThe same as for item 2") for text in texts)


def test_the_summary_says_which_items_ask_for_the_same_kind(trafficking: LetterOfRequest) -> None:
    second = numbered(build(trafficking))[2]
    assert second.endswith(
        ": production of bank records and statement of a victim (items 2 and 3)."
    )


def test_a_contact_names_each_unit_once(trafficking: LetterOfRequest) -> None:
    text = sections(build(trafficking))[EVIDENCE]
    assert (
        "Elena Vârtosu, Senior Prosecutor, International Legal Cooperation Section, Prosecutor "
        "General's Office of the Republic of Moldova; telephone" in text
    )
    assert whole_text(build(trafficking)).count("Section, International Legal Cooperation") == 0


def test_the_probable_cause_facts_have_a_lead_and_a_letter_per_account() -> None:
    document = build(load("email-fraud"))
    texts = [paragraph.text for paragraph in document.paragraphs]
    lead = next(
        index for index, text in enumerate(texts) if text.endswith("evidence of the offences:")
    )
    assert texts[lead + 1].startswith("(a)\tAccount support.aurumcm@clearpost.example: 147")
    assert texts[lead + 2].startswith("(b)\tAccount a.voicu.admin@clearpost.example: the account")


def test_the_email_fraud_example_asks_for_the_us_compulsory_process_by_name() -> None:
    text = sections(build(load("email-fraud")))[ASSISTANCE]
    assert "a search warrant be sought under 18 U.S.C. § 2703(a) and (b)" in text
    assert "an order under 18 U.S.C. § 2703(d)" in text


def test_the_asset_freezing_example_adds_up() -> None:
    """1,512,000 paid in; 640,000 for the apartment, about 560,000 sent on, about 13,000
    converted: what the letter asks to freeze is what remains, and no more is said to be moved."""
    text = whole_text(build(load("asset-freezing")))
    assert "€298,700.00" in text and "US$14,200.00" in text
    assert 1_512_000 - 640_000 - 560_000 - 13_000 == 299_000
    assert "transfer 250,000 euros" in text


def test_the_second_readings_edits_to_the_examples() -> None:
    """The prosecutor's second reading (tests/letter_review/2026-12-06-evening): the
    asset-freezing letter's reason for secrecy no longer says the accused do not know what their
    company appealed, its item opens with a sentence, not the bare word "Investigation.", and a
    range of penalties is not called a maximum."""
    document = build(load("asset-freezing"))
    confidentiality = sections(document)[CONFIDENTIALITY]
    assert "which their company appealed, but not of this request" in confidentiality
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert not any(text.split("\t")[-1].startswith("Investigation.") for text in texts)
    assert "It is punishable by imprisonment for 9 to 12 years" in whole_text(document)
