"""Dates as lawyers write them (issue 15): each form read, refused with the forms that fit, printed
in the letter's language, and compared only where a comparison means something; the letter's own
date; periods required only where records run over time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from conftest import TODAY, run_mla

from mla_writer.casefile import parse_case
from mla_writer.checklist import CheckContext, Severity, check
from mla_writer.errors import CaseFileError
from mla_writer.examples import example_text
from mla_writer.i18n import LetterTranslator
from mla_writer.model.dates import CaseDate, DateForm, parse_date
from mla_writer.render import build_document
from mla_writer.render.formatting import LetterFormat, date_text

E, W = Severity.ERROR, Severity.WARNING


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("typed", "form", "stored", "earliest", "latest"),
    [
        ("2026-03-14", DateForm.DAY, "2026-03-14", "2026-03-14", "2026-03-14"),
        ("1969", DateForm.YEAR, "1969", "1969-01-01", "1969-12-31"),
        ("1975-03", DateForm.MONTH, "1975-03", "1975-03-01", "1975-03-31"),
        ("about 1975", DateForm.APPROXIMATE, "about 1975", "1975-01-01", "1975-12-31"),
        ("c. 1975", DateForm.APPROXIMATE, "about 1975", "1975-01-01", "1975-12-31"),
        ("circa 1975-03", DateForm.APPROXIMATE, "about 1975-03", "1975-03-01", "1975-03-31"),
        ("2027-06-10 10:00", DateForm.MOMENT, "2027-06-10 10:00", "2027-06-10", "2027-06-10"),
        (
            "2027-06-10 10:00 +03:00",
            DateForm.MOMENT,
            "2027-06-10 10:00+03:00",
            "2027-06-10",
            "2027-06-10",
        ),
        (
            "2027-06-10T10:00 UTC",
            DateForm.MOMENT,
            "2027-06-10 10:00 UTC",
            "2027-06-10",
            "2027-06-10",
        ),
        (
            "2027-07-14 to 2027-07-18",
            DateForm.RANGE,
            "2027-07-14 to 2027-07-18",
            "2027-07-14",
            "2027-07-18",
        ),
        ("2023-03-01 to date", DateForm.OPEN, "2023-03-01 to date", "2023-03-01", None),
        ("to date", DateForm.TO_DATE, "to date", None, None),
        ("within 60 days of receipt", DateForm.RELATIVE, "within 60 days of receipt", None, None),
        ("3 months", DateForm.RELATIVE, "within 3 months", None, None),
        ("14.10.2026", DateForm.DAY, "2026-10-14", "2026-10-14", "2026-10-14"),
        ("10/11/2026", DateForm.DAY, "2026-11-10", "2026-11-10", "2026-11-10"),
    ],
)
def test_each_form_a_lawyer_writes_is_read_and_stored_normalised(
    typed: str, form: DateForm, stored: str, earliest: str | None, latest: str | None
) -> None:
    date = parse_date(typed)
    assert date is not None
    assert (date.form, date.text) == (form, stored)
    assert date.earliest == (dt.date.fromisoformat(earliest) if earliest else None)
    assert date.latest == (dt.date.fromisoformat(latest) if latest else None)
    assert parse_date(date.text) == date  # the stored form reads back as the same date


@pytest.mark.parametrize("typed", ["1975-13", "31.02.2026", "soon", "2026-03-14 25:00", ""])
def test_what_is_no_date_is_not_read(typed: str) -> None:
    assert parse_date(typed) is None


def _case_with(path: str, value: str) -> str:
    """The trafficking example with one date line replaced, as a user would edit it."""
    text = example_text("trafficking")
    pattern = {
        "date_of_birth": r"(?m)^(    date_of_birth: )1981-04-12$",
        "deadline": r"(?m)^(  deadline: ).*$",
        "period_to": r"(?m)^(    period_to: )2026-10-31$",
    }[path]
    edited, count = re.subn(pattern, lambda m: m.group(1) + value, text, count=1)
    assert count == 1
    return edited


def test_a_birth_year_alone_loads_and_prints_as_a_year() -> None:
    request = parse_case(_case_with("date_of_birth", "1969"), "case.yaml")
    assert str(request.persons[0].date_of_birth) == "1969"


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("deadline", "1969", "within 60 days of receipt"),
        ("date_of_birth", "soon", "about 1975"),
        ("period_to", "2026-01-01 to date", "“to date”"),
    ],
)
def test_a_date_of_the_wrong_form_is_refused_with_the_forms_that_fit(
    field: str, value: str, shown: str
) -> None:
    with pytest.raises(CaseFileError) as refused:
        parse_case(_case_with(field, value), "case.yaml")
    [problem] = refused.value.problems
    assert shown in problem.message
    assert "without a time" not in problem.message
    assert problem.line is not None and problem.field.endswith(field)


# --------------------------------------------------------------------------- printing

EXPECTED = {
    "en": [
        "1969",
        "March 1975",
        "about 1975",
        "10 June 2027, 10:00 (UTC+03:00)",
        "14 – 18 July 2027",
        "from 1 March 2023 to date",
        "within 60 days of receipt of this request",
        "within 3 months",
    ],
    "fr": [
        "1969",
        "mars 1975",
        "1975 (date approximative)",
        "10 juin 2027, 10:00 (UTC+03:00)",
        "14–18 juillet 2027",
        "du 1er mars 2023 à ce jour",
        "dans un délai de 60 jours à compter de la réception de la présente demande",
        "dans un délai de 3 mois",
    ],
    "ru": [
        "1969",
        "март 1975 г.",
        "приблизительно 1975",
        "10 июня 2027 г., 10:00 (UTC+03:00)",
        "14—18 июля 2027 г.",
        "с 1 марта 2023 г. по настоящее время",
        "в срок 60 дней с момента получения настоящего запроса",
        "в срок 3 месяца",
    ],
}
TYPED = [
    "1969",
    "1975-03",
    "about 1975",
    "2027-06-10 10:00 +03:00",
    "2027-07-14 to 2027-07-18",
    "2023-03-01 to date",
    "within 60 days of receipt",
    "3 months",
]


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_every_form_is_printed_naturally_in_the_letters_language(language: str) -> None:
    fmt, t = LetterFormat(language), LetterTranslator(language)
    printed = [
        date_text(parse_date(typed) or CaseDate(DateForm.TO_DATE), fmt, t) for typed in TYPED
    ]
    # CLDR puts thin and no-break spaces where a space belongs: compared as plain spaces.
    assert [re.sub(r"\s", " ", text) for text in printed] == EXPECTED[language]


@pytest.mark.parametrize("language", ["es", "pt", "ar", "zh"])
def test_no_date_phrase_is_left_in_english(language: str) -> None:
    fmt, t = LetterFormat(language), LetterTranslator(language)
    for typed in ("about 1975", "2023-03-01 to date", "within 60 days of receipt", "3 months"):
        text = date_text(parse_date(typed) or CaseDate(DateForm.TO_DATE), fmt, t)
        assert not re.search(r"\b(about|within|to date|receipt)\b", text), text


def test_the_letter_prints_the_dates_as_the_case_file_gives_them() -> None:
    text = _case_with("date_of_birth", "about 1981")
    text = re.sub(r"(?m)^(    period_to: )2026-10-31$", r"\1to date", text)
    text = re.sub(r"(?m)^(  deadline: ).*$", r"\1within 60 days of receipt", text)
    request = parse_case(text, "case.yaml")
    document = build_document(request, context=CheckContext(today=TODAY))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    letter = "\n".join(paragraphs + cells)
    assert "The request covers the period from 1\u00a0January 2025 to date." in letter
    assert "born in about 1981" in letter
    assert (
        "The requesting authority respectfully asks that this request be executed urgently, "
        "within 60 days of receipt of this request, because the suspect" in letter
    )


# --------------------------------------------------------------------------- reading echoed


def test_check_says_how_a_day_first_date_was_read(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(_case_with("date_of_birth", "12.04.1981"), encoding="utf-8")
    result = run_mla("check", case, env={"MLA_TODAY": TODAY.isoformat()})
    assert result.returncode == 0, result.stdout
    shown = " ".join(result.stdout.split())
    assert (
        "persons[1].date_of_birth: “12.04.1981” was read day first, as 12 April 1981 "
        "(1981-04-12)." in shown
    )


# --------------------------------------------------------------------------- the letter's date


def _trafficking(**changes: object) -> object:
    request = parse_case(example_text("trafficking"), "trafficking.yaml")
    for name, value in changes.items():
        setattr(request, name, value)
    return request


def test_a_time_limit_from_receipt_is_printed_not_compared() -> None:
    request = parse_case(_case_with("deadline", "within 60 days of receipt"), "case.yaml")
    assert check(request, CheckContext(today=dt.date(2040, 1, 1))).findings == []


def test_a_deadline_with_a_time_is_compared_by_its_day() -> None:
    request = parse_case(_case_with("deadline", "2027-02-15 10:00 +02:00"), "case.yaml")
    assert check(request, CheckContext(today=dt.date(2027, 2, 14))).findings == []
    [finding] = check(request, CheckContext(today=dt.date(2027, 2, 15))).findings
    assert (finding.rule, finding.severity) == ("urgency.deadline_passed_since", W)


def test_an_older_draft_still_renders_after_its_deadline_has_gone_by(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")  # dated 2026-11-20
    result = run_mla("render", case, "-o", tmp_path / "out.docx", env={"MLA_TODAY": "2027-03-01"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert docx.Document(str(tmp_path / "out.docx")).paragraphs


# --------------------------------------------------------------------------- periods


def _records(**fields: str) -> str:
    text = example_text("trafficking")
    text = text.replace("    period_from: 2025-01-01\n    period_to: 2026-10-31\n", "", 1)
    extra = "".join(f"    {name}: {value}\n" for name, value in fields.items())
    return text.replace("    record_kind: bank\n", f"    record_kind: bank\n{extra}", 1)


def _period_findings(text: str) -> list[tuple[str, Severity, str]]:
    report = check(parse_case(text, "case.yaml"), CheckContext(today=TODAY))
    return [
        (f.rule, f.severity, f.field)
        for f in report.findings
        if f.rule in ("assistance.period", "assistance.period_order")
    ]


def test_bank_records_need_a_period() -> None:
    assert _period_findings(_records()) == [("assistance.period", E, "assistance[1].period_from")]


def test_bank_records_need_the_period_to_end_or_run_to_date() -> None:
    assert _period_findings(_records(period_from="2025-01-01")) == [
        ("assistance.period", E, "assistance[1].period_to")
    ]
    assert _period_findings(_records(period_from="2025-01-01", period_to="to date")) == []
    assert _period_findings(_records(period_from="2025-01-01 to date")) == []


def test_a_registry_extract_needs_no_period() -> None:
    text = _records().replace("record_kind: bank", "record_kind: registry", 1)
    assert _period_findings(text) == []


def test_business_records_need_a_period_and_government_records_only_warn() -> None:
    """A company's transactions run over time like a bank's (brief 10's exchange records); a
    government record (a criminal record extract) usually does not."""
    text = _records().replace("record_kind: bank", "record_kind: business", 1)
    assert _period_findings(text) == [("assistance.period", E, "assistance[1].period_from")]
    text = _records().replace("record_kind: bank", "record_kind: government", 1)
    assert _period_findings(text) == [("assistance.period", W, "assistance[1].period_from")]


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "from the earliest record held to 31 October 2026"),
        ("fr", "depuis le premier enregistrement conservé jusqu'au 31 octobre 2026"),
    ],
)
def test_records_asked_from_the_first_one_held_are_a_period_and_print_so(
    language: str, shown: str
) -> None:
    """Brief 03: a mailbox's records "from creation to 31.10.2026" — the creation date is what
    the provider is asked for, so the start is the earliest record, not an invented date."""
    text = re.sub(
        r"(?m)^(    period_from: )2025-01-01$", r"\1from creation", example_text("trafficking")
    )
    request = parse_case(text, "case.yaml")
    assert str(request.assistance[0].period_from) == "earliest"
    report = check(request, CheckContext(today=TODAY))
    assert not [f for f in report.errors() if "period" in f.field]
    document = build_document(
        request, language=language, draft=True, context=CheckContext(today=TODAY)
    )
    letter = " ".join(p.text for p in document.paragraphs)
    assert shown in letter.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("01.03.2025 à ce jour", "2025-03-01 to date"),
        ("du 01.03.2025 au 30.09.2026", "2025-03-01 to 2026-09-30"),
        ("depuis l'ouverture du compte", "earliest"),
        ("01.03.2025 hasta la fecha", "2025-03-01 to date"),
        ("desde la apertura de la cuenta", "earliest"),
        ("с 01.03.2025 по настоящее время", "2025-03-01 to date"),
        ("01.03.2025 по 30.09.2026", "2025-03-01 to 2026-09-30"),
        ("с момента открытия счёта", "earliest"),
    ],
)
def test_a_period_typed_in_an_interface_language_is_stored_in_one_form(
    typed: str, stored: str
) -> None:
    """A user of `mla new --ui-lang fr|es|ru` types the period as the questions say it; the case
    file keeps the one English form every date is stored in."""
    parsed = parse_date(typed)
    assert parsed is not None and str(parsed) == stored
