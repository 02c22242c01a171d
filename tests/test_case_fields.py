"""Every fact of a real case has a place (issue 15): contacts checked as a central authority
would, negatives with their reasons, the missing places, several persons heard on the same terms,
the instruments a user can look up, and messages that say how to fix a file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mla_writer.checklist import CheckContext, check
from mla_writer.errors import ExitCode
from mla_writer.examples import example_text
from mla_writer.i18n import UserText
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model import LetterOfRequest
from mla_writer.model.contact_details import e164, email_address, phone_number, real_name
from mla_writer.render import build_document
from mla_writer.schema import case_file_schema
from tests.conftest import TODAY, run_mla
from tests.test_render import (
    ASSISTANCE,
    CONFIDENTIALITY,
    EVIDENCE,
    LANGUAGE,
    OFFICIALS,
    PERSONS,
    PROCEEDINGS,
    sections,
)

CONTEXT = CheckContext(today=TODAY)


def _with(trafficking: LetterOfRequest, **changes: Any) -> LetterOfRequest:
    """The trafficking example with top-level fields replaced as a user would type them."""
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data.update(changes)
    return LetterOfRequest.model_validate(data)


def _letter(request: LetterOfRequest, language: str | None = None) -> dict[str, str]:
    return sections(build_document(request, context=CONTEXT, language=language, draft=True))


# --------------------------------------------------------------------------- contact details


def test_a_national_number_is_read_in_the_authoritys_state_and_written_internationally() -> None:
    request = LetterOfRequest.model_validate(
        {
            "requesting_state": "Moldova",
            "requested_state": "TR",
            "addressee": {"name": "Ministry of Justice", "phone": "0312 414 70 00"},
            "identification": {
                "requesting_authority": {
                    "name": "Prosecutor General's Office",
                    "phone": "022 000 417",
                    "contact": {"name": "Elena Vartosu", "second_phone": "069 123 456"},
                }
            },
        }
    )
    assert request.addressee is not None and request.identification is not None
    assert request.addressee.phone == "+90 312 414 70 00"
    authority = request.identification.requesting_authority
    assert authority is not None and authority.contact is not None
    assert authority.phone == "+373 22 000 417"
    assert authority.contact.second_phone == "+373 691 23 456"
    assert e164(authority.phone) == "+37322000417"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("+373 69 114 582", "+373 69 114 582"),  # not regrouped as "+373 691 14 582"
        ("+7 727 250 41 93", "+7 727 250 41 93"),  # not "+7 7272 50 41 93"
        ("00 380 44 200 71 36", "+380 44 200 71 36"),
        ("+37322000417", "+373 22 000 417"),  # typed without groups: grouped for reading
    ],
)
def test_a_number_with_its_country_code_is_written_back_as_the_user_grouped_it(
    typed: str, kept: str
) -> None:
    """The briefs' user found their own numbers regrouped by the numbering plan's data, some
    in groups nobody in that State writes: a number typed whole is kept as typed."""
    assert phone_number(typed) == kept


def test_contact_checks_are_functions_the_wizard_can_call_at_the_prompt() -> None:
    assert phone_number("0040 21 000 0417") == "+40 21 000 0417"
    assert phone_number("022 000 417", "MD") == "+373 22 000 417"
    with pytest.raises(UserText, match="cannot be dialled from abroad"):
        phone_number("022 000 417")
    with pytest.raises(UserText, match="not a valid telephone number"):
        phone_number("+1 000 0000")
    assert email_address("m.grosu@example.md") == "m.grosu@example.md"
    for wrong in ("m.grosu.example.md", "m.grosu@", "two words@example.md"):
        with pytest.raises(UserText, match="not an e-mail address"):
            email_address(wrong)
    assert real_name("Mihai Grosu") == "Mihai Grosu"
    for stand_in in ("?", "-", "TBD", "xxx", "N/A", "…"):
        with pytest.raises(UserText, match="stands in for a name"):
            real_name(stand_in)


BAD_CONTACTS = """\
schema_version: 1
requesting_state: MD
identification:
  requesting_authority:
    name: "?"
    phone: +1 000 0000
    email: mla.requests.example.md
    contact:
      name: Elena Vartosu
      phone: 12
"""


def test_bad_contact_details_are_refused_at_load_time_with_their_lines(
    write_case: Callable[[str], Path],
) -> None:
    result = run_mla("check", write_case(BAD_CONTACTS))
    assert result.returncode == ExitCode.INVALID
    assert ":5:11 [identification.requesting_authority.name]: “?” stands in for a name" in (
        result.stderr
    )
    assert ":6:12 [identification.requesting_authority.phone]: “+1 000 0000” is not a valid" in (
        result.stderr
    )
    assert (
        ":7:12 [identification.requesting_authority.email]: “mla.requests.example.md” is not"
        in (result.stderr)
    )
    assert "[identification.requesting_authority.contact.phone]: “12” cannot be dialled" in (
        result.stderr
    )


def test_a_contacts_own_authority_and_second_phone_are_in_the_letter(
    trafficking: LetterOfRequest,
) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["identification"]["contacts"] = [
        {
            "name": "Inspector Mihai Grosu",
            "authority": "National Police, Cahul",
            "phone": "+373 22 000 552",
            "second_phone": "+373 691 23 456",
        }
    ]
    text = _letter(LetterOfRequest.model_validate(data))[EVIDENCE]
    assert (
        "Inspector Mihai Grosu, National Police, Cahul; telephone +373 22 000 552, "
        "telephone +373 691 23 456" in text
    )


# --------------------------------------------------------------------------- negatives with reasons


def test_confidentiality_not_required_keeps_its_reason(trafficking: LetterOfRequest) -> None:
    reason = "The suspects already know of the investigation since their arrest."
    request = _with(trafficking, confidentiality={"required": False, "reason": reason})
    letter = _letter(request)
    assert (
        "The requesting authority does not ask that this request be kept confidential, because "
        "the suspects already know of the investigation since their arrest."
        in letter[CONFIDENTIALITY]
    )
    assert "Confidential" not in letter["heading"]  # no flag
    french = _letter(request, "fr")["Confidentialité"]
    assert "ne demande pas que la présente demande demeure confidentielle" in french


def test_no_officials_with_a_reason(trafficking: LetterOfRequest) -> None:
    reason = "The questions are attached; a written record is enough for the trial."
    request = _with(trafficking, presence_of_officials={"answer": "none", "reason": reason})
    text = _letter(request)[OFFICIALS]
    assert (
        "The requesting authority does not ask that any of its officials be present at the "
        "execution of this request." in text
    )
    assert reason in text
    assert check(request, CONTEXT).point("presence_of_officials").status.value == "ok"


NEGATIVES = {
    "prior_contact": (
        "There has been no prior contact between the authorities of the two States",
        "The matter was raised only within our own police.",
    ),
    "other_channels": (
        "No copy of this request has been or is being sent through any other channel.",
        "INTERPOL was not used: the suspects' names must not circulate before their arrest.",
    ),
    "translation": (
        "No translation is attached.",
        "The requested State accepts English, the language of this letter.",
    ),
}


@pytest.mark.parametrize("point", sorted(NEGATIVES))
def test_every_negative_answer_can_carry_its_reason(
    trafficking: LetterOfRequest, point: str
) -> None:
    """`{answer: none, reason: ...}` is accepted wherever `none` is, answers the point and puts
    the reason in the letter right after the sentence that says none."""
    sentence, reason = NEGATIVES[point]
    negative = {"answer": "none", "reason": reason}
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    if point == "translation":
        data["language"] = {**data["language"], "translation": negative}
    else:
        data[point] = negative
    request = LetterOfRequest.model_validate(data)
    text = " ".join(_letter(request).values())
    assert f"{sentence}" in text and reason in text
    assert text.index(reason) > text.index(sentence)
    if point != "translation":  # Türkiye needs Turkish: the language point stays a gap
        assert check(request, CONTEXT).point(point).status.value == "ok"


def test_no_procedure_for_an_item_with_its_reason(trafficking: LetterOfRequest) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    reason = "The records are produced as the bank keeps them; no formality is needed."
    data["assistance"][0]["procedures"] = {"answer": "none", "reason": reason}
    request = LetterOfRequest.model_validate(data)
    text = " ".join(_letter(request).values())
    assert f"No particular procedure is requested for this item. {reason}" in text
    assert check(request, CONTEXT).point("procedures").status.value == "ok"


def test_an_item_names_the_authority_the_drafter_understands_to_be_competent(
    trafficking: LetterOfRequest,
) -> None:
    """Six of the ten briefs suggest who should execute an item; it had no place."""
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["assistance"][1]["executing_authority"] = "the Public Prosecutor's Office of Istanbul"
    request = LetterOfRequest.model_validate(data)
    text = " ".join(_letter(request).values())
    assert (
        "The requesting authority understands that the Public Prosecutor's Office of Istanbul "
        "would be competent to execute this item." in text
    )
    french = " ".join(_letter(request, "fr").values())
    # the native French reviewer's wording (locales/reviews/2026-12-06/fr)
    assert "serait compétente pour exécuter cette mesure" in french


def test_officials_taking_part_by_video_link_with_their_costs(
    trafficking: LetterOfRequest,
) -> None:
    official = {
        "name": "Olena Kovalenko",
        "function": "Prosecutor",
        "role": "Put questions through the executing judge",
        "reason": "She leads the investigation",
        "remote": "by video link from the Prosecutor General's Office in Kyiv",
        "costs": "the requesting State",
    }
    text = _letter(_with(trafficking, presence_of_officials=[official]))[OFFICIALS]
    assert (
        "The official will take part from a distance: by video link from the Prosecutor "
        "General's Office in Kyiv" in text
    )
    assert "The costs of this participation will be borne by the requesting State." in text
    assert "so that the connection can be arranged" in text
    assert "travel" not in text


# --------------------------------------------------------------------------- missing places


def test_opening_date_sex_drafting_language_and_a_treatys_own_title(
    trafficking: LetterOfRequest,
) -> None:
    data = trafficking.model_dump(mode="json", exclude_defaults=True)
    data["identification"]["proceedings"]["opened"] = "2025-09-01"
    data["persons"][0]["sex"] = "female"
    data["language"]["drafted_in"] = "ro"
    title = "United Nations Convention against Transnational Organized Crime (Palermo, 12 December 2000)"
    data["legal_basis"] = {
        "instruments": [{"code": "UNTOC", "title": title, "articles": "Art. 18"}]
    }
    letter = _letter(LetterOfRequest.model_validate(data))
    assert "They were opened on 1 September 2025." in letter[PROCEEDINGS]
    assert "Sex: female" in letter[PERSONS]
    assert (
        "This request is drafted in Romanian; this version in English is for the file."
        in letter[LANGUAGE]
    )
    assert f"{title}, Art. 18." in letter["heading"]  # the opening paragraph cites it
    assert "(New York, 2000)" not in letter["heading"]


# --------------------------------------------------------------------------- several persons heard


def _witness_item(persons: list[Any]) -> dict[str, Any]:
    return {
        "type": "witness_statement",
        "persons": persons,
        "status": "victim",
        "questions": ["How were you recruited?"],
        "on_oath": False,
        "record_form": "written record signed by the person",
        "relevance": "The victims describe the recruitment.",
        "procedures": "none",
    }


def test_one_witness_item_for_several_persons_each_with_their_own_questions(
    trafficking: LetterOfRequest,
) -> None:
    ids = [person.id for person in trafficking.persons if person.role.value == "victim"]
    item = _witness_item([ids[0], {"person": ids[1], "questions": ["Who paid your ticket?"]}])
    request = _with(trafficking, assistance=[item])
    text = _letter(request)[ASSISTANCE]
    names = [person.display_name() for person in trafficking.persons if person.id in ids[:2]]
    # Issue 16: sentences, not "Persons to be heard:" and "Questions for … only:" labels.
    assert f"The requesting authority asks that {names[0]} and {names[1]} be heard." in text
    assert (
        f"The following questions should be put to {names[1]} only: 1. Who paid your ticket?"
        in text
    )
    assert "How were you recruited?" in text
    findings = [f for p in check(request, CONTEXT).points for f in p.findings]
    assert not [f for f in findings if str(f.field).startswith("assistance[1].person")]


def test_an_unknown_person_among_several_is_named_where_it_is(
    trafficking: LetterOfRequest,
) -> None:
    request = _with(trafficking, assistance=[_witness_item(["nobody-known"])])
    findings = [f for p in check(request, CONTEXT).points for f in p.findings]
    assert any(
        str(f.field) == "assistance[1].persons[1].person" and "nobody-known" in f.message
        for f in findings
    )


# --------------------------------------------------------------------------- messages


def test_a_server_address_needs_no_time_of_use(trafficking: LetterOfRequest) -> None:
    item = {
        "type": "stored_data_production",
        "provider": "Sample Hosting Ltd",
        "identifiers": [{"kind": "IP address", "value": "192.0.2.10", "fixed": True}],
        "data_categories": ["subscriber information"],
        "relevance": "The fraudulent website was hosted at this address.",
        "procedures": "none",
    }
    request = _with(trafficking, assistance=[item])
    findings = [f for p in check(request, CONTEXT).points for f in p.findings]
    assert not [f for f in findings if f.code == "assistance.ip_timestamps"]
    text = _letter(request)[ASSISTANCE]
    assert "192.0.2.10 (IP address), a fixed address" in text


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        ("IP address", "content of the mailbox"),
        ("IP-адрес входа в панель администратора", "содержание почтового ящика"),
        ("adresse IP de connexion", "contenu de la boîte aux lettres"),
        ("dirección IP", "contenido del buzón"),
        ("عنوان IP", "محتوى صندوق البريد"),
        (None, "内容"),  # the value itself is an IP address
    ],
)
def test_ip_addresses_and_content_are_seen_in_the_case_files_own_language(
    trafficking: LetterOfRequest, kind: str | None, category: str
) -> None:
    """The second user's Russian case file (brief 10) switched two checks off: they looked for
    English words in free text. An IP address without a time zone and content without the facts
    that justify it are errors whatever the language of the case file."""
    item = {
        "type": "stored_data_production",
        "provider": "Sample Mail Ltd",
        "identifiers": [
            {"kind": kind, "value": "198.51.100.23", "observed_at": "2026-03-14T22:17"}
        ],
        "data_categories": [category],
        "period_from": "2026-01-01",
        "period_to": "2026-04-30",
        "relevance": "The account was used to receive the victims' payments.",
        "procedures": "none",
    }
    findings = check(_with(trafficking, assistance=[item]), CONTEXT).errors()
    assert {f.field for f in findings} >= {
        "assistance[1].identifiers[1].observed_at",
        "assistance[1].content_justification",
    }


UNQUOTED_COLON = """\
schema_version: 1
identification:
  requesting_authority:
    name: Prosecutor's Office of Cahul
    address:
      Str. Independenței No: 7, Cahul
"""


def test_an_unquoted_colon_in_an_address_gets_a_hint_about_quotes(
    write_case: Callable[[str], Path],
) -> None:
    result = run_mla("check", write_case(UNQUOTED_COLON))
    assert result.returncode == ExitCode.INVALID
    assert (
        ":6:7 [identification.requesting_authority.address]: should be text, but the “: ” in it "
        "made it read as a field and its value. Put the whole text in quotes: "
        '"Str. Independenței No: 7, Cahul"'
    ) in result.stderr


@pytest.mark.parametrize(
    ("written", "line_and_message"),
    [
        (
            "prior_contact:\n  - date: sometime in autumn\n    means: telephone\n",
            ":2:11 [prior_contact[1].date]: should be a date written year-month-day",
        ),
        (
            "presence_of_officials:\n  answer: none\n",
            ":2:3 [presence_of_officials.reason]: this field is required here.",
        ),
        (
            "language:\n  letter: en\n  translation:\n    language: tr\n    certified: maybe\n",
            ":5:16 [language.translation.certified]: should be true or false.",
        ),
    ],
)
def test_a_field_that_takes_several_shapes_gets_one_message_about_the_shape_written(
    write_case: Callable[[str], Path], written: str, line_and_message: str
) -> None:
    """The briefs' user got three messages for one bad date in a prior contact, two of them
    about shapes never written (`[prior_contact.literal['none']]: “None” is not allowed here`)."""
    result = run_mla("check", write_case(written))
    assert result.returncode == ExitCode.INVALID
    assert line_and_message in result.stderr
    assert "1 problem:" in result.stderr
    assert "literal[" not in result.stderr and "NoneWithReason" not in result.stderr


# --------------------------------------------------------------------------- instruments


def test_mla_instruments_lists_every_code_with_title_place_and_date() -> None:
    text = run_mla("instruments")
    assert text.returncode == 0
    assert "CETS197\n  Council of Europe Convention on Action against Trafficking" in text.stdout
    assert "signed or adopted: Warsaw, 2005-05-16" in text.stdout
    listed = json.loads(run_mla("instruments", "--format", "json").stdout)
    codes = [row["code"] for row in listed]
    assert codes[: len(KNOWN_INSTRUMENTS)] == list(KNOWN_INSTRUMENTS)
    assert "BIL_MD_TR_1996" in codes
    minsk = next(row for row in listed if row["code"] == "MINSK1993")
    assert (minsk["place"], minsk["signed"], minsk["in_force"]) == ("Minsk", "1993-01-22", True)


def test_the_schema_offers_the_instrument_codes_with_their_titles() -> None:
    schema = json.loads(case_file_schema())
    codes = schema["$defs"]["Instrument"]["properties"]["code"]["anyOf"][0]
    assert "WARSAW2005" in codes["enum"] and "BIL_MD_TR_1996" in codes["enum"]
    described = {entry["const"]: entry["description"] for entry in codes["oneOf"]}
    assert "CETS No. 198" in described["WARSAW2005"]
    assert "CETS No. 197" in described["CETS197"]


def test_a_case_file_that_loaded_before_numbers_were_checked_still_loads() -> None:
    """The number the incomplete-drugs example carried until issue 15: the right length for
    Albania, outside any range the numbering plan allocates. A number of that shape is taken
    (grouped as written); only one that cannot be dialled from abroad is refused."""
    assert phone_number("+355 4 000 0417").replace(" ", "") == "+35540000417"
    with pytest.raises(UserText, match="not a valid telephone number"):
        phone_number("+355 12")


def test_a_requested_state_without_a_profile_is_said_to_be_unchecked(
    write_case: Callable[[str], Path],
) -> None:
    """The second user's brief 06 (Romania → Switzerland) came back "Ready to send" with no word
    that nothing Swiss had been checked: no profile, no treaties, languages or reservations."""
    text = example_text("trafficking").replace("requested_state: TR", "requested_state: CH", 1)
    assert "requested_state: CH" in text
    result = run_mla("check", write_case(text))
    shown = " ".join(result.stdout.split())
    assert "mla-writer has no profile of Switzerland" in shown
    assert "were not checked" in shown
