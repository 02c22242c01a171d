"""`mla check --reply`: the request for additional information a central authority sends back.
It quotes the incoming letter's reference, date and authority, cites the provision of the
instrument the letter rests on (or none), asks only for what is missing, quotes the passage found
insufficient, and is written in the interface language or the letter's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mla_writer.errors import ExitCode
from mla_writer.foreign import check_letter, draft_reply
from mla_writer.foreign.reply import PROVISIONS, cited_provision
from tests.conftest import run_mla

LETTERS = Path(__file__).parent / "reply_letters"
VALLETTA = LETTERS / "untoc_named_officials.txt"  # UNTOC; officials named, with their reason
LUSAKA = LETTERS / "uncac_officials_no_reason.txt"  # UNCAC; officials named, no reason
LIEGE = LETTERS / "ecma_commission.txt"  # the 1959 Convention alone; in French


def reply_to(path: Path, language: str | None = None) -> str:
    return draft_reply(check_letter(path), language)


def asked(reply: str) -> dict[int, str]:
    """Each item of the reply by its point number."""
    return {
        int(line.rsplit("point ", 1)[1].split()[0]): line
        for line in reply.splitlines()
        if " — point " in line
    }


def test_the_reply_quotes_the_letters_reference_date_and_authority() -> None:
    reply = reply_to(VALLETTA)
    assert reply.splitlines()[0] == (
        "Subject: Your request for mutual legal assistance of 3 November 2026 (your reference "
        "PPO/EC/2026/311) — additional information needed"
    )
    assert (
        "We acknowledge receipt of the request for mutual legal assistance sent by PUBLIC "
        "PROSECUTOR'S OFFICE OF VALLETTA, and thank you for it." in reply
    )


def test_the_letters_particulars_are_in_the_json_report() -> None:
    data = json.loads(run_mla("check", LUSAKA, "-f", "json").stdout)
    assert data["letter"]["reference"] == "ACC/MLA/2026/58"
    assert data["letter"]["date"] == "2026-09-20"
    assert data["letter"]["authority"] == "ANTI-CORRUPTION COMMISSION"


@pytest.mark.parametrize(
    ("letter", "provision"),
    [
        (
            VALLETTA,
            "in accordance with article 18(16) of the United Nations Convention against "
            "Transnational Organized Crime,",
        ),
        (
            LUSAKA,
            "in accordance with article 46(16) of the United Nations Convention against "
            "Corruption,",
        ),
    ],
)
def test_the_reply_cites_the_provision_of_the_instrument_the_letter_rests_on(
    letter: Path, provision: str
) -> None:
    reply = " ".join(reply_to(letter).split())
    assert provision in reply
    assert reply.count("in accordance with") == 1


def test_a_letter_resting_on_an_instrument_without_such_a_provision_gets_no_citation() -> None:
    reply = reply_to(LIEGE)
    assert "in accordance with" not in reply
    assert "18(16)" not in reply
    assert "So that it can be executed without delay, we would be grateful" in reply


def test_the_provision_table_prefers_the_specialised_convention_and_knows_who_has_none() -> None:
    assert cited_provision(["UNTOC", "VIENNA1988"]) is PROVISIONS["VIENNA1988"]
    assert cited_provision(["ECMA1959", "UNTOC"]) is PROVISIONS["UNTOC"]
    for code in ("ECMA1959", "EU2000", "MINSK1993", "CHISINAU2002"):
        assert code in PROVISIONS and cited_provision([code]) is None


def test_officials_named_with_a_reason_are_not_asked_about() -> None:
    items = asked(reply_to(VALLETTA))
    assert 13 not in items


def test_officials_named_without_a_reason_are_asked_only_why() -> None:
    item = asked(reply_to(LUSAKA))[13]
    assert "Why the presence of the officials named in the request is needed" in item
    assert "names" not in item.replace("named", "")


def test_the_passage_found_insufficient_is_quoted_under_its_item() -> None:
    lines = reply_to(VALLETTA).splitlines()
    urgency = next(i for i, line in enumerate(lines) if line.endswith("point 5 of the checklist."))
    assert lines[urgency].split(". ", 1)[1].startswith("The reason for the urgency")
    assert lines[urgency + 1] == "    Your request says: “3. Please execute this request urgently.”"
    missing = next(i for i, line in enumerate(lines) if line.endswith("point 2 of the checklist."))
    assert not lines[missing + 1].lstrip().startswith("Your request says")  # nothing to quote


def test_the_reply_in_the_letters_own_language() -> None:
    result = run_mla("check", LIEGE, "--reply-lang", "letter")
    assert result.returncode == ExitCode.GAPS
    # French typography puts a no-break space before the colon: compared as plain spaces
    reply = result.stdout.split("—" * 40, 1)[1].replace("\u00a0", " ").replace("\u202f", " ")
    assert (
        "Objet : Votre demande d'entraide judiciaire du 12 octobre 2026 (votre référence "
        "LI.26.4471)" in reply
    )
    assert (
        "Nous accusons réception de la demande d'entraide judiciaire adressée par PARQUET DU "
        "PROCUREUR DU ROI DE LIÈGE" in reply
    )
    assert (
        "Votre demande indique : « Des enquêteurs belges souhaitent assister à l'audition. »"
        in (reply)
    )
    assert "Dear colleagues" not in reply


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", "de conformidad con el artículo 18, párrafo 16, de la Convención"),
        ("ru", "в соответствии с пунктом 16 статьи 18 Конвенции"),
        ("en", "in accordance with article 18(16) of the United Nations Convention"),
    ],
)
def test_the_reply_in_another_interface_language(language: str, words: str) -> None:
    data = json.loads(run_mla("check", VALLETTA, "-f", "json", "--reply-lang", language).stdout)
    assert words in " ".join(data["reply"].split())


def test_a_reply_language_without_a_catalog_is_refused() -> None:
    result = run_mla("check", VALLETTA, "--reply-lang", "de")
    assert result.returncode == ExitCode.INVALID
    assert "choose one of: en, ar, es, fr, pt, ru, zh, letter" in result.stderr


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pt", "nos termos do n.º 16 do artigo 18.º da Convenção das Nações Unidas"),
        ("ar", "ووفقاً لأحكام الفقرة 16 من المادة 18 من اتفاقية الأمم المتحدة"),
    ],
)
def test_the_reply_in_portuguese_and_arabic_from_the_letter_catalogs(
    language: str, words: str
) -> None:
    reply = reply_to(VALLETTA, language)
    assert words in " ".join(reply.split())
    assert "Dear colleagues" not in reply
    # What it asks for is translated too, not left in English.
    assert "the checklist" not in reply
    assert "prior contact" not in reply


def test_every_question_the_analyser_can_put_goes_into_both_catalogs() -> None:
    """Each thing a reply can ask for is marked R_ (interface and letter catalogs), so that a
    reply in Portuguese or Arabic never carries an English sentence."""
    import ast

    from mla_writer.foreign import points

    tree = ast.parse(Path(points.__file__).read_text(encoding="utf-8"))
    asks = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "gap":
            ask = node.args[3] if len(node.args) > 3 else None
            while isinstance(ask, ast.BinOp | ast.IfExp):
                ask = ask.left if isinstance(ask, ast.BinOp) else ask.body
            if isinstance(ask, ast.Call):
                asks.append((node.lineno, getattr(ask.func, "id", "?")))
    assert asks
    assert [line for line, marker in asks if marker != "R_"] == []
