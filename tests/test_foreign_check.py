"""`mla check` on letters of request written by others: statuses, evidence, States, --reply."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mla_writer.checklist import POINTS, Status
from mla_writer.errors import ExitCode
from mla_writer.examples import list_examples
from mla_writer.foreign import analyse_passages, check_letter, draft_reply
from mla_writer.foreign.analyse import profiles_from
from mla_writer.foreign.extract import split_paragraphs
from mla_writer.foreign.language import detect_language
from tests.conftest import run_mla

LETTERS = Path(__file__).parent / "foreign_letters"


def analyse(text: str):
    return analyse_passages(split_paragraphs(text), profiles_from())


def status(text: str, key: str) -> Status:
    return analyse(text).point(key).status


# --------------------------------------------------------------------------- point by point


def test_urgent_request_without_reason_is_partial_and_quotes_the_passage() -> None:
    report = analyse(
        "Ministry of Justice, tel. +44 20 7946 0000.\n\n"
        "Please execute this request urgently.\n\n"
        "We request the bank statements of account 1234-5678 for 2025."
    )
    urgency = report.point("urgency")
    assert urgency.status is Status.PARTIAL
    assert [f.field for f in urgency.findings] == ["urgency.reason"]
    assert urgency.evidence[0].text == "Please execute this request urgently."
    assert urgency.evidence[0].location == "paragraph 2"


def test_urgency_with_its_reason_and_date_or_explicitly_not_urgent_is_ok() -> None:
    with_reason = (
        "Urgent: the suspect is in custody and the custody time limit expires on 3 May 2027."
    )
    assert status(with_reason, "urgency") is Status.OK
    no_date = "Urgent: the suspect is in custody and the custody time limit expires soon."
    assert status(no_date, "urgency") is Status.PARTIAL
    assert status("This request is not urgent.", "urgency") is Status.OK
    assert status("Urgencia: No urgente. La solicitud se refiere a la cuenta.", "urgency") is (
        Status.OK
    )
    assert status("Срочность. Не является срочным.", "urgency") is Status.OK


def test_a_point_the_letter_never_mentions_is_missing_with_what_to_ask() -> None:
    report = analyse("We request the statements of account 1234-5678 for 2025.")
    prior = report.point("prior_contact")
    assert prior.status is Status.MISSING
    assert prior.evidence == ()
    assert "prior contact" in prior.findings[0].ask


def test_offence_without_penalty_is_partial() -> None:
    text = (
        "The suspect is charged with fraud contrary to section 1 of the Fraud Act 2006. "
        "The text of the section is annexed."
    )
    offences = analyse(text).point("offences")
    assert offences.status is Status.PARTIAL
    assert [f.field for f in offences.findings] == ["offences.penalty"]


def test_answers_under_headings_count_in_forms() -> None:
    form = "Prior contact: None.\n\nOther channels: None.\n\nConfidentiality: Yes."
    report = analyse(form)
    assert report.point("prior_contact").status is Status.OK
    assert report.point("other_channels").status is Status.OK
    # "Yes" without a reason: confidentiality asked for, not explained.
    assert report.point("confidentiality").status is Status.PARTIAL


def test_vague_assistance_is_partial() -> None:
    assert status(
        "Je vous saurais gré de nous communiquer tout renseignement utile.", "assistance"
    ) is (Status.PARTIAL)
    assert status(
        "Просим предоставить любые имеющиеся сведения о его имуществе.", "assistance"
    ) is (Status.PARTIAL)


def test_reciprocity_needs_an_undertaking() -> None:
    assert status("Cette demande est faite sur la base de la réciprocité.", "legal_basis") is (
        Status.PARTIAL
    )
    assert (
        status(
            "This request is made on the basis of reciprocity; we undertake to reciprocate in a "
            "similar case.",
            "legal_basis",
        )
        is Status.OK
    )


# --------------------------------------------------------------------------- States and profiles


def test_letter_in_an_accepted_language_needs_no_translation() -> None:
    report = check_letter(LETTERS / "fr02_complete.md")
    assert (report.letter.requesting_state, report.letter.requested_state) == ("CH", "FR")
    assert report.point("language").status is Status.OK


def test_letter_in_a_language_the_requested_state_does_not_accept_is_missing_a_translation() -> (
    None
):
    report = check_letter(LETTERS / "es06_alemania.md")
    assert report.letter.requested_state == "DE"
    language = report.point("language")
    assert language.status is Status.MISSING
    assert "translation" in language.findings[0].ask


def test_a_mentioned_translation_into_an_accepted_language_satisfies_point_14() -> None:
    report = check_letter(LETTERS / "en05_numbered_translation.txt")
    language = report.point("language")
    assert language.status is Status.OK
    assert "certified translation into German" in language.evidence[0].text


def test_instrument_a_state_is_not_party_to_is_a_finding() -> None:
    letter = (
        "Crown Prosecution Service, London, United Kingdom. Tel. +44 20 7946 0000.\n\n"
        "To: Office of International Affairs, Department of Justice, Washington, "
        "United States of America\n\n"
        "This request is made under the European Convention on Mutual Assistance in Criminal "
        "Matters (Strasbourg, 1959)."
    )
    report = analyse(letter)
    assert (report.letter.requesting_state, report.letter.requested_state) == ("GB", "US")
    basis = report.point("legal_basis")
    assert basis.status is Status.PARTIAL
    assert any("ECMA1959" in f.message and "United States" in f.message for f in basis.findings)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The suspect transferred the money to an account held in the requested State.", "en"),
        ("Le suspect a transféré les fonds sur un compte ouvert dans l'État requis.", "fr"),
        ("El investigado transfirió los fondos a una cuenta abierta en el Estado requerido.", "es"),
        (
            "Подозреваемый перевёл денежные средства на счёт, открытый в запрашиваемом государстве.",
            "ru",
        ),
    ],
)
def test_language_of_the_letter_is_recognised(text: str, language: str) -> None:
    assert detect_language(text).code == language


@pytest.mark.parametrize(
    "text",
    [
        "Der Verdächtige hat das Geld auf ein Konto bei einer Bank in Berlin überwiesen.",
        "Підозрюваний переказав кошти на рахунок, відкритий у запитуваній державі, і виїхав.",
    ],
)
def test_a_language_not_supported_is_said_honestly(text: str) -> None:
    assert detect_language(text).code is None
    language = analyse(text).point("language")
    assert language.status is Status.PARTIAL
    assert "could not be recognised" in language.findings[0].message


# --------------------------------------------------------------------------- the command


def test_json_report_keeps_the_contract_and_adds_evidence() -> None:
    result = run_mla("check", LETTERS / "ru02_armenia.txt", "--format", "json")
    assert result.returncode == ExitCode.GAPS, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "foreign-letter"
    assert data["complete"] is False
    assert [p["number"] for p in data["points"]] == list(range(1, 15))
    assert [p["key"] for p in data["points"]] == [p.key for p in POINTS]
    assert [p["title"] for p in data["points"]] == [p.title for p in POINTS]
    for point in data["points"]:
        assert set(point) == {"number", "key", "title", "status", "findings", "evidence"}
        assert point["status"] in ("ok", "partial", "missing")
        for evidence in point["evidence"]:
            assert set(evidence) == {"text", "location"}
            assert evidence["text"]
    statuses = {p["key"]: p["status"] for p in data["points"]}
    assert statuses["urgency"] == "partial"
    assert statuses["acknowledgement"] == "missing"
    assert data["letter"]["language"] == "ru"
    assert data["letter"]["requested_state"] == "RU"


def test_a_complete_letter_exits_0_and_every_point_quotes_its_evidence() -> None:
    result = run_mla("check", LETTERS / "en01_numbered_complete.txt")
    assert result.returncode == ExitCode.OK, result.stdout
    assert "Every point of the checklist appears to be answered" in result.stdout
    data = json.loads(run_mla("check", LETTERS / "en01_numbered_complete.txt", "-f", "json").stdout)
    assert all(point["evidence"] for point in data["points"])


def test_reply_lists_exactly_what_is_lacking() -> None:
    report = check_letter(LETTERS / "es03_correo.txt")
    reply = draft_reply(report)
    gaps = [r.point.number for r in report.points if r.status is not Status.OK]
    asked = [
        int(line.rsplit("point ", 1)[1].split()[0])
        for line in reply.splitlines()
        if "— point " in line
    ]
    assert sorted(set(asked)) == gaps
    # The letter rests on the Mexico-Spain treaty, not UNTOC: its article 18(16) is not cited.
    assert "18(16)" not in reply
    assert reply.startswith("Subject: ")


def test_reply_from_the_command_line_and_in_json() -> None:
    result = run_mla("check", LETTERS / "fr03_courriel.txt", "--reply")
    assert result.returncode == ExitCode.GAPS
    assert "Dear colleagues," in result.stdout
    assert "undertaking to reciprocate" in result.stdout
    data = json.loads(
        run_mla("check", LETTERS / "fr03_courriel.txt", "--reply", "-f", "json").stdout
    )
    assert "Dear colleagues," in data["reply"]


def test_markdown_report_has_an_evidence_column() -> None:
    result = run_mla("check", LETTERS / "es02_completa.md", "--format", "markdown")
    assert result.returncode == ExitCode.OK, result.stdout
    assert "| Evidence |" in result.stdout
    assert "Fiscalía General de la Nación de Colombia" in result.stdout


@pytest.mark.parametrize("example", [e.name for e in list_examples() if e.complete])
def test_a_letter_made_by_mla_writer_is_checked_from_its_embedded_case(
    tmp_path: Path, example: str
) -> None:
    case = tmp_path / "case.yaml"
    assert run_mla("example", example, "-o", case).returncode == 0
    letter = tmp_path / "letter.docx"
    assert run_mla("render", case, "-o", letter).returncode == 0, "render failed"
    data = json.loads(run_mla("check", letter, "-f", "json").stdout)
    assert data["kind"] == "mla-letter"

    # The same letter without its embedded data is read as text, like anyone else's: our own
    # complete letters must read as complete, or the analyser misreads good letters.
    plain = tmp_path / "plain.docx"
    with zipfile.ZipFile(letter) as source, zipfile.ZipFile(plain, "w") as target:
        for info in source.infolist():
            if not info.filename.startswith("customXml/"):
                target.writestr(info, source.read(info))
    result = run_mla("check", plain, "-f", "json")
    data = json.loads(result.stdout)
    assert data["kind"] == "foreign-letter"
    assert {p["key"]: p["status"] for p in data["points"] if p["status"] != "ok"} == {}
    assert result.returncode == ExitCode.OK


TEXT_LETTERS = sorted(p.name for p in LETTERS.glob("*.txt") if ".pdf-source" not in p.name)


@pytest.mark.parametrize("name", TEXT_LETTERS)
def test_the_same_letter_hard_wrapped_like_ocr_output_reads_the_same(name: str) -> None:
    """Scanned-then-OCRed letters come as lines of ~70 characters, often without blank lines."""
    import textwrap

    text = (LETTERS / name).read_text(encoding="utf-8")
    ocr = "\n".join(
        textwrap.fill(block.replace("\n", " "), 70) if len(block) > 70 else block
        for block in text.split("\n\n")
    )
    original = analyse(text)
    wrapped = analyse(ocr)
    assert [r.status for r in wrapped.points] == [r.status for r in original.points]


def test_untoc_article_18_15_contents_are_summarised() -> None:
    data = json.loads(run_mla("check", LETTERS / "en02_email_terse.txt", "-f", "json").stdout)
    assert data["letter"]["untoc_18_15"] == {
        "a": "ok",  # the AFP with a telephone number
        "b": "ok",
        "c": "ok",
        "d": "missing",  # no procedure asked for
        "e": "partial",  # "a man called Rodel Santos"
        "f": "missing",  # no purpose given
    }
    text = run_mla("check", LETTERS / "en02_email_terse.txt").stdout
    assert "UNTOC art. 18(15): (a) ok, (b) ok, (c) ok, (d) missing, (e) partial, (f) missing." in (
        " ".join(text.split())
    )


def test_a_table_of_measures_with_an_empty_relevance_cell_is_partial() -> None:
    form = (
        "| No. | Measure | Relevance |\n|---|---|---|\n"
        "| 1 | Statements of account 1234-5678 for 2025 | Shows where the ransom went |\n"
        "| 2 | Interview of the account manager | |\n"
    )
    passages = split_paragraphs(form, markdown=True)
    # Cell by cell, as in Word; a row's first passage carries the row's cells.
    assert [p.cells for p in passages if p.cells][2] == (
        "2",
        "Interview of the account manager",
        "",
    )
    relevance = analyse_passages(passages).point("relevance")
    assert relevance.status is Status.PARTIAL
    assert relevance.evidence[0].text.startswith("2: Interview of the account manager")


def test_reply_quotes_the_requesting_authoritys_reference() -> None:
    report = check_letter(LETTERS / "ru01_zapros_polny.txt")
    assert report.letter.reference == "2-15/4471"
    report = check_letter(LETTERS / "fr06_bresil.md")
    assert report.letter.reference == "PNF 26/118"
    assert draft_reply(report).splitlines()[0] == (
        "Subject: Your request for mutual legal assistance (your reference PNF 26/118) — "
        "additional information needed"
    )


WORDS = [
    "Urgency:",
    "urgent",
    "Confidentiality",
    "Yes",
    "None.",
    "no",
    "because",
    "1.",
    "(a)",
    "Convention",
    "treaty",
    "reciprocity",
    "born",
    "passport",
    "fraud",
    "section 12",
    "imprisonment",
    "annex",
    "we request",
    "records",
    "relevance",
    "oath",
    "present",
    "translation into German",
    "Ireland",
    "To:",
    "Россия",
    "срочно",
    "né le",
    "|",
    ":",
    "\n",
    "\n\n",
    "—",
    "## ",
    "**",
    "Réunion",
    "España",
    "ref: 12/3",
]


@given(st.lists(st.sampled_from(WORDS), max_size=120))
@settings(max_examples=150, deadline=None)
def test_any_text_gets_fourteen_points_in_order_and_never_a_crash(words: list[str]) -> None:
    text = " ".join(words)
    for markdown in (False, True):
        report = (
            analyse(text)
            if not markdown
            else analyse_passages(split_paragraphs(text, markdown=True), profiles_from())
        )
        assert [r.point.number for r in report.points] == list(range(1, 15))
        for result in report.points:
            is_gap = result.status is not Status.OK
            assert is_gap == any(f.severity.value == "error" for f in result.findings)
