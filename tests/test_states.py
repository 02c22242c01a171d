"""Requested-State profiles: bundled data, offices' own folders, proposals, and `mla states`."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import run_mla

from mla_writer.errors import CaseFileError
from mla_writer.examples import example_text
from mla_writer.states import (
    addressee_for,
    bundled_profiles,
    get_profile,
    instrument_title,
    load_profiles,
    parse_profile,
    propose_legal_basis,
    proposed_letter_language,
    verification_reminder,
)
from mla_writer.states.loader import PROFILES_ENV
from mla_writer.states.relations import data_version
from mla_writer.yamlfile import parse_yaml

BSEC = {"AL", "AM", "AZ", "BG", "GE", "GR", "MD", "RO", "RU", "RS", "TR", "UA"}
FREQUENT_PARTNERS = {"FR", "DE", "IT", "ES", "GB", "US", "AE", "CY", "PL", "KZ"}
BUNDLED_DIR = Path(__file__).resolve().parent.parent / "mla_writer" / "states" / "profiles"
FACT_GROUPS = ("central_authorities", "languages", "instruments", "requirements")

KOSOVO = """\
code: XK
names:
  en: Kosovo
official_languages: [sq, sr]
source: Invented test profile
as_of: 2026-11-01
central_authorities:
  - name: Ministry of Justice (test)
    source: Invented test profile
    as_of: 2026-11-01
languages:
  - code: sq
    source: Invented test profile
    as_of: 2026-11-01
"""


def _office_profile(folder: Path, code: str, english_name: str) -> Path:
    """A copy of a bundled profile with its English name changed, as an office would keep it."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (BUNDLED_DIR / f"{code.lower()}.yaml").read_text(encoding="utf-8")
    bundled_name = bundled_profiles()[code].names["en"]
    path = folder / f"{code.lower()}.yaml"
    path.write_text(text.replace(f"  en: {bundled_name}\n", f"  en: {english_name}\n", 1), "utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_user_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read the real user's configuration or profile folders."""
    monkeypatch.setenv("MLA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv(PROFILES_ENV, raising=False)


# --------------------------------------------------------------------------- bundled data


def test_bundled_profiles_cover_the_black_sea_states_and_their_usual_partners() -> None:
    assert set(bundled_profiles()) >= BSEC | FREQUENT_PARTNERS


def test_every_bundled_fact_has_a_source_and_a_date() -> None:
    """Read the YAML itself, so a default can never stand in for a missing source or date."""
    for path in sorted(BUNDLED_DIR.glob("*.yaml")):
        data, located = parse_yaml(path.read_text(encoding="utf-8"))
        assert not located.problems, path
        assert data["source"].strip() and data["as_of"], path
        for group in FACT_GROUPS:
            for index, fact in enumerate(data.get(group, [])):
                where = f"{path.name} {group}[{index + 1}]"
                assert len(str(fact.get("source", "")).strip()) > 10, where
                as_of = dt.date.fromisoformat(str(fact["as_of"]))
                assert dt.date(1959, 1, 1) < as_of <= data_version(), where
                if fact.get("confirmed") is False:
                    assert fact.get("note") or data.get("unconfirmed"), where


def test_every_bundled_profile_says_what_it_could_not_confirm() -> None:
    for profile in bundled_profiles().values():
        assert profile.unconfirmed, profile.code
        assert profile.central_authorities, profile.code
        assert profile.accepted_languages, profile.code
        assert profile.is_party("UNTOC"), profile.code


def test_russian_federation_council_of_europe_status_is_flagged_not_asserted() -> None:
    russia = bundled_profiles()["RU"]
    status = russia.instrument("ECMA1959")
    assert status is not None and status.confirmed is False
    assert "2022" in (status.note or "")


# --------------------------------------------------------------------------- override precedence


def test_office_folder_from_the_configuration_overrides_the_bundled_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office_profile(tmp_path / "office", "TR", "Türkiye (office copy)")
    assert load_profiles()["TR"].name() == "Türkiye"

    monkeypatch.setenv(PROFILES_ENV, str(tmp_path / "office"))
    profiles = load_profiles()

    assert profiles["TR"].name() == "Türkiye (office copy)"
    assert profiles["TR"].origin == str(tmp_path / "office" / "tr.yaml")
    assert profiles["GE"].origin.startswith("mla_writer/")  # the others stay bundled


def test_states_folder_in_the_user_configuration_is_read(tmp_path: Path) -> None:
    _office_profile(tmp_path / "config" / "states", "DE", "Germany (config folder)")
    assert load_profiles()["DE"].name() == "Germany (config folder)"


def test_profiles_dirs_setting_of_the_user_profile_is_read(tmp_path: Path) -> None:
    _office_profile(tmp_path / "office", "UA", "Ukraine (office copy)")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "profile.yaml").write_text(
        f"profiles_dirs:\n  - {tmp_path / 'office'}\n", encoding="utf-8"
    )
    assert load_profiles()["UA"].name() == "Ukraine (office copy)"
    _office_profile(tmp_path / "case", "UA", "Ukraine (this case)")
    assert load_profiles([tmp_path / "case"])["UA"].name() == "Ukraine (this case)"


def test_profiles_option_overrides_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office_profile(tmp_path / "office", "TR", "Türkiye (office copy)")
    _office_profile(tmp_path / "case", "TR", "Türkiye (this case)")
    monkeypatch.setenv(PROFILES_ENV, str(tmp_path / "office"))

    assert load_profiles([tmp_path / "case"])["TR"].name() == "Türkiye (this case)"
    assert get_profile("Turkey", [tmp_path / "case"]).name() == "Türkiye (this case)"


def test_office_folder_adds_a_state_without_a_bundled_profile(tmp_path: Path) -> None:
    (tmp_path / "office").mkdir()
    (tmp_path / "office" / "xk.yaml").write_text(KOSOVO, encoding="utf-8")
    assert "XK" not in load_profiles()
    assert load_profiles([tmp_path / "office"])["XK"].accepted_languages == ["sq"]


# --------------------------------------------------------------------------- legal basis


def test_moldova_to_turkiye_rests_on_the_1959_convention_first() -> None:
    proposal = propose_legal_basis("MD", "TR")
    assert proposal.codes()[0] == "ECMA1959"
    assert {"UNTOC", "UNTOC_TIP", "BUDAPEST"} <= set(proposal.codes())
    assert not proposal.reciprocity
    assert proposal.explanation[0].startswith(
        "Moldova and Türkiye are both parties to: \n  • European Convention on Mutual "
        "Assistance in Criminal Matters (Strasbourg, 1959, ETS No. 30)"
    ), "instruments named by their titles, not their codes (issue 17)"


def test_ukraine_to_germany_cites_the_convention_and_its_protocols_before_un_conventions() -> None:
    codes = propose_legal_basis("UA", "DE").codes()
    assert codes[:3] == ["ECMA1959", "ECMA_AP1", "ECMA_AP2"]
    assert codes.index("BUDAPEST") < codes.index("UNTOC")
    assert "EIO" not in codes


def test_georgia_to_uae_only_un_conventions_so_reciprocity_is_explained() -> None:
    proposal = propose_legal_basis("GE", "AE")
    assert proposal.codes() == ["UNTOC", "UNTOC_TIP", "UNCAC", "VIENNA1988"]
    text = " ".join(proposal.explanation)
    assert "Only conventions on particular crimes" in text
    assert "reciprocity" in text
    assert "organized criminal group" in text  # UNTOC's scope is spelled out


def test_no_common_instrument_means_reciprocity_with_an_explanation(tmp_path: Path) -> None:
    (tmp_path / "xk.yaml").write_text(KOSOVO, encoding="utf-8")
    kosovo = parse_profile(KOSOVO, tmp_path / "xk.yaml")

    proposal = propose_legal_basis(bundled_profiles()["DE"], kosovo)

    assert proposal.codes() == []
    assert proposal.reciprocity
    assert proposal.to_legal_basis().reciprocity is True
    assert "reciprocity" in proposal.explanation[0]
    assert "bilateral treaty" in proposal.explanation[0]


def test_between_eu_member_states_the_eio_comes_first_and_replaces_the_conventions() -> None:
    proposal = propose_legal_basis("DE", "FR")
    assert proposal.primary == "EIO"
    assert "ECMA1959" not in proposal.codes()
    assert any("European Investigation Order" in line for line in proposal.explanation)


def test_ukraine_no_longer_applies_the_minsk_convention_with_russia() -> None:
    assert "MINSK1993" not in propose_legal_basis("UA", "RU").codes()
    assert "MINSK1993" in propose_legal_basis("AM", "RU").codes() or (
        "CHISINAU2002" in propose_legal_basis("AM", "RU").codes()
    )


def test_unconfirmed_treaty_status_is_said_in_the_proposal() -> None:
    proposal = propose_legal_basis("MD", "RU")
    assert any(
        "Not confirmed" in line and "European Convention on Mutual Assistance" in line
        for line in proposal.explanation
    )


def test_state_without_a_profile_gets_no_proposal_but_a_reason() -> None:
    proposal = propose_legal_basis("MD", "BR")
    assert not proposal.profiles_known and proposal.codes() == []
    assert "no profile for BR" in proposal.explanation[0]


# --------------------------------------------------------------------------- language, addressee


def test_letter_to_turkiye_from_moldova_needs_a_turkish_translation() -> None:
    profiles = bundled_profiles()
    proposal = proposed_letter_language(profiles["TR"], profiles["MD"])
    assert (proposal.language, proposal.translation_into) == ("ro", "tr")
    assert "certified translation into Turkish" in proposal.explanation


def test_letter_to_georgia_from_ukraine_may_be_written_in_english() -> None:
    profiles = bundled_profiles()
    proposal = proposed_letter_language(profiles["GE"], profiles["UA"])
    assert proposal.language == "en" and proposal.translation_into is None


def test_english_under_the_strasbourg_convention_only() -> None:
    turkiye = bundled_profiles()["TR"]
    assert turkiye.accepted_languages == ["tr"]
    assert turkiye.bound_to(["STRASBOURG1990"]).accepted_languages == ["tr", "en"]


def test_addressee_depends_on_the_stage_of_proceedings() -> None:
    ukraine = bundled_profiles()["UA"]
    assert "Prosecutor General" in addressee_for(ukraine, "investigation").name
    assert "Ministry of Justice" in addressee_for(ukraine, "judicial_proceedings").name
    turkiye = addressee_for(bundled_profiles()["TR"])
    assert "Milli Müdafaa Caddesi" in turkiye.address


def test_reminder_names_the_profile_and_the_dates_of_its_sources() -> None:
    reminder = verification_reminder(bundled_profiles()["TR"])
    assert "Türkiye" in reminder and "bundled with mla-writer" in reminder
    assert "2007-04-12 to 2026-12-06" in reminder
    assert "Confirm it with the central authority of Türkiye before sending" in reminder


def test_instrument_titles_fall_back_to_english_without_a_letter_catalog() -> None:
    assert instrument_title("UNTOC", "xx").startswith("United Nations Convention against")


# --------------------------------------------------------------------------- invalid profiles


BROKEN = """\
code: TR
names:
  en: Türkiye
source: x
as_of: 2026-11-01
languages:
  - code: tr
    as_of: 2026-11-01
instruments:
  - code: ECMA1995
    source: Council of Europe Treaty Office
    as_of: 2026-11-01
    stauts: party
"""


def test_invalid_profile_lists_every_problem_with_its_line() -> None:
    with pytest.raises(CaseFileError) as caught:
        parse_profile(BROKEN, "tr.yaml")
    text = caught.value.render()
    assert "tr.yaml:4" in text and "say where this fact comes from" in text  # source: x
    assert "tr.yaml:7" in text and "[languages[1].source]" in text  # missing source
    assert "tr.yaml:10" in text and "did you mean ECMA1959?" in text
    assert "tr.yaml:13" in text and "did you mean “status”?" in text


def test_profile_file_named_after_another_state_is_refused() -> None:
    text = (BUNDLED_DIR / "tr.yaml").read_text(encoding="utf-8")
    with pytest.raises(CaseFileError) as caught:
        parse_profile(text, "gr.yaml")
    assert "describes TR" in caught.value.render()


def test_states_validate_reports_invalid_files_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "tr.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "de.yaml").write_text("code: DE\nnames: [Germany\n", encoding="utf-8")
    _office_profile(tmp_path, "GE", "Georgia")

    result = run_mla("states", "validate", tmp_path)

    assert result.returncode == 2
    assert f"{tmp_path / 'tr.yaml'}:10" in result.stdout
    assert f"{tmp_path / 'de.yaml'}:" in result.stdout and "not valid YAML" in result.stdout
    assert "valid    ge.yaml: Georgia (GE)" in result.stdout
    assert "1 valid, 2 invalid." in result.stdout


def test_states_validate_accepts_a_copy_of_a_bundled_profile(tmp_path: Path) -> None:
    _office_profile(tmp_path, "TR", "Türkiye")
    result = run_mla("states", "validate", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 valid, 0 invalid." in result.stdout


def test_invalid_office_profile_stops_check_with_exit_2(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "tr.yaml").write_text(BROKEN, encoding="utf-8")
    case = tmp_path / "case.yaml"
    case.write_text(example_text("trafficking"), encoding="utf-8")
    result = run_mla("check", case, "--profiles", tmp_path / "profiles")
    assert result.returncode == 2
    assert "tr.yaml:10" in result.stderr


# --------------------------------------------------------------------------- the command


def test_states_list_shows_at_least_22_states() -> None:
    result = run_mla("states", "list")
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("  ") and "  " in line]
    assert len(rows) >= 22
    assert any(line.split()[0] == "TR" and "Türkiye" in line for line in rows)


def test_states_list_json_names_languages_and_origin() -> None:
    result = run_mla("states", "list", "--format", "json")
    rows = {row["code"]: row for row in json.loads(result.stdout)}
    assert len(rows) >= 22
    assert rows["GE"]["accepted_languages"] == ["ka", "en", "ru"]
    assert rows["TR"]["origin"] == "mla_writer/states/profiles/tr.yaml"


def test_states_show_prints_authority_languages_instruments_and_sources() -> None:
    result = run_mla("states", "show", "TR")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Türkiye (TR) — Türkiye Cumhuriyeti")
    assert "Directorate General for Foreign Relations" in out
    assert "Turkish (tr)" in out and "only for requests under STRASBOURG1990" in out
    assert "ECMA1959: party" in out and "source:" in out and "as of" in out
    assert "verify with the central authority" in out


def test_states_show_json_carries_every_fact_with_source(tmp_path: Path) -> None:
    result = run_mla("states", "show", "md", "--format", "json")
    data = json.loads(result.stdout)
    assert data["code"] == "MD"
    assert all(item["source"] and item["as_of"] for item in data["instruments"])
    assert data["central_authorities"][0]["address"].startswith("26 Bănulescu-Bodoni")


def test_states_show_unknown_state_exits_2() -> None:
    result = run_mla("states", "show", "BR")
    assert result.returncode == 2
    assert "There is no profile for “BR”" in result.stderr


def test_states_show_uses_the_profiles_option(tmp_path: Path) -> None:
    _office_profile(tmp_path, "TR", "Türkiye (office copy)")
    result = run_mla("states", "show", "TR", "--profiles", tmp_path)
    assert result.stdout.startswith("Türkiye (office copy) (TR)")
    assert str(tmp_path / "tr.yaml") in result.stdout


# --------------------------------------------------------------------------- `mla check`


def _english_letter_without_translation(tmp_path: Path) -> Path:
    text = example_text("trafficking")
    start, end = text.index("language:\n"), text.index("signatory:")
    case = tmp_path / "case.yaml"
    case.write_text(text[:start] + "language:\n  letter: en\n\n" + text[end:], encoding="utf-8")
    return case


def test_check_says_turkiye_does_not_accept_an_english_letter(tmp_path: Path) -> None:
    result = run_mla("check", _english_letter_without_translation(tmp_path))
    assert result.returncode == 1
    report = " ".join(result.stdout.split())  # the report wraps long lines
    assert "The letter is in English, which the requested State does not accept" in report
    assert "(it accepts Turkish)" in report


def test_office_profile_accepting_english_clears_the_language_finding(tmp_path: Path) -> None:
    case = _english_letter_without_translation(tmp_path)
    office = _office_profile(tmp_path / "office", "TR", "Türkiye")
    office.write_text(
        office.read_text("utf-8").replace(
            "\nlanguages:\n",
            "\nlanguages:\n- code: en\n  source: Office test\n  as_of: 2026-11-01\n",
            1,
        ),
        "utf-8",
    )
    result = run_mla("check", case, "--profiles", tmp_path / "office")
    assert result.returncode == 0, result.stdout
    assert "does not accept" not in result.stdout


def test_check_of_the_complete_example_with_profiles_stays_clean() -> None:
    case = Path(__file__).resolve().parent.parent / "mla_writer" / "examples" / "trafficking.yaml"
    result = run_mla("check", case)
    assert result.returncode == 0, result.stdout
    assert not re.search(r"^\s+[!?] ", result.stdout, re.MULTILINE)  # no finding at all


def test_a_state_s_profile_read_alone_is_the_one_read_with_all_the_others() -> None:
    """A check of someone else's letter reads only the two States' bundled profiles, each from
    the file named by its code: the file of every bundled profile is so named, and the profile
    read alone is the one read with all the others (unknown codes have none)."""
    from mla_writer.states import bundled_profiles, load_profiles, profile_finder

    everything = load_profiles(include_config=False)
    find = profile_finder(include_config=False)
    for code, profile in bundled_profiles().items():
        assert profile.origin.endswith(f"/{code.lower()}.yaml"), profile.origin
        assert find(code) == everything[code]
    assert find("XX") is None
