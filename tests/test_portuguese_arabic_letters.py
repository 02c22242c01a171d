"""Letters of request in Portuguese and Arabic are read point by point, with the letter's own words
quoted; a letter in a language `mla check` does not read is still refused plainly; and a check
loads the cues of its letter's language only.

The two letters of tests/letters_pt_ar/ were written for these tests (persons, accounts and
numbers invented), each complete but for a bare confidentiality request without a reason and no
acknowledgement form, and each with explicit negatives written the way the language writes them
(a split "não ... qualquer contacto", "لا يتسم ... بطابع الاستعجال")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mla_writer.foreign import check_letter, cues
from mla_writer.foreign.language import detect_language
from tests.conftest import ROOT, run_mla

LETTERS = ROOT / "tests" / "letters_pt_ar"
EXPECTED_GAPS = {"acknowledgement": "missing", "confidentiality": "partial"}


def _report(letter: Path) -> dict[str, object]:
    result = run_mla("check", letter, "--format", "json")
    assert result.returncode == 1, result.stderr  # two gaps
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize(
    ("name", "language", "requested", "instrument"),
    [
        ("pt_pedido_complete_but_two.txt", "pt", "ES", "EU2000"),
        ("ar_talab_complete_but_two.txt", "ar", "AE", "UNCAC"),
    ],
)
def test_a_portuguese_or_arabic_letter_is_read_point_by_point(
    name: str, language: str, requested: str, instrument: str
) -> None:
    report = _report(LETTERS / name)
    letter = report["letter"]
    assert isinstance(letter, dict)
    assert letter["language"] == language
    assert letter["requested_state"] == requested
    assert instrument in letter["instruments"]
    points = report["points"]
    assert isinstance(points, list)
    statuses = {point["key"]: point["status"] for point in points}
    assert {key: s for key, s in statuses.items() if s != "ok"} == EXPECTED_GAPS


def test_the_evidence_is_the_letters_own_words_with_accents_and_vowel_marks() -> None:
    portuguese = _report(LETTERS / "pt_pedido_complete_but_two.txt")
    arabic = _report(LETTERS / "ar_talab_complete_but_two.txt")

    def evidence(report: dict[str, object], key: str) -> str:
        points = report["points"]
        assert isinstance(points, list)
        point = next(p for p in points if p["key"] == key)
        return " ".join(e["text"] for e in point["evidence"])

    assert "Não houve, até à presente data, qualquer contacto" in evidence(
        portuguese, "prior_contact"
    )
    assert "Não se pretende que magistrados" in evidence(portuguese, "presence_of_officials")
    assert "لا يتسم هذا الطلب بطابع الاستعجال" in evidence(arabic, "urgency")
    # Quoted as written: vowel marks kept, ta marbuta not turned into ha.
    assert "يُقدَّم هذا الطلب استناداً إلى اتفاقية الرياض" in evidence(arabic, "legal_basis")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("النيابة العامة للمحكمة: لم يتم أي اتصال سابق.", "prior_contact.none"),
        ("وللنيابه العامه لدى المحكمه", "identification.authority"),
        ("نرجو عدم إبلاغ صاحب الحساب", "confidentiality.required"),
        ("Nao houve contactos previos com as autoridades.", "prior_contact.none"),
        ("pedido urgente: o arguido esta em prisao preventiva", "urgency.reason"),
    ],
)
def test_cues_match_word_families_prefixes_and_missing_accents(text: str, found: str) -> None:
    language = detect_language(text).code or ("ar" if "ا" in text else "pt")
    point, group = found.split(".")
    pattern = cues.cues_for(language).group(point, group)
    assert pattern is not None and pattern.search(text), (language, found)


def test_an_arabic_cue_does_not_match_inside_another_word() -> None:
    required = cues.cues_for("ar").group("confidentiality", "required")
    assert required is not None
    assert required.search("بسرية تامة")
    assert not required.search("بصورة سريعة")  # "fast", not "secret"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Procura della Repubblica presso il Tribunale di Torino. Il Pubblico Ministero chiede "
            "l'assistenza delle autorità spagnole nel procedimento a carico di Marco Rossi, nato "
            "a Torino il 3 marzo 1980, indagato per truffa aggravata ai sensi dell'art. 640 del "
            "codice penale. Si chiede di acquisire gli estratti del conto e di sentire come "
            "testimone il direttore della filiale della banca.",
            "Italian",
        ),
        (
            "Die Staatsanwaltschaft Köln ersucht die zuständigen Behörden des Königreichs Spanien "
            "um Rechtshilfe in dem Ermittlungsverfahren gegen Klaus Berger, geboren am 4. Mai "
            "1977 in Bonn, wegen Betrugs nach § 263 des Strafgesetzbuches. Es wird gebeten, die "
            "Kontoauszüge des bei der Bank in Madrid geführten Kontos für den Zeitraum vom 1. "
            "Januar bis zum 30. Juni 2025 zu erheben und den Filialleiter als Zeugen zu vernehmen.",
            "German",
        ),
    ],
)
def test_a_letter_in_a_language_not_read_is_refused_naming_the_languages_read(
    text: str, name: str, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(text, encoding="utf-8")
    result = run_mla("check", letter)
    assert result.returncode == 2
    assert result.stdout == ""
    message = " ".join(result.stderr.split())
    assert f"this letter is in {name}, which `mla check` cannot read yet" in message
    assert "English, French, Spanish, Russian, Portuguese and Arabic" in message


def test_checking_an_english_letter_loads_no_other_languages_cues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded: list[str] = []
    load = cues._load

    def recording(name: str) -> dict[str, object]:
        loaded.append(name)
        return load(name)

    monkeypatch.setattr(cues, "_load", recording)
    cues.cues_for.cache_clear()
    cues._common.cache_clear()
    try:
        letter = ROOT / "tests" / "foreign_letters" / "en01_numbered_complete.txt"
        check_letter(letter)
        check_letter(letter)  # compiled once, then kept
    finally:
        cues.cues_for.cache_clear()
        cues._common.cache_clear()
    assert sorted(loaded) == ["common", "en"]
