"""State facts a prosecutor relies on: the corrections of 2026-12-06, the rules applied as data,
the reservations tested against requests, and a walk over every profile and rule.

Each test here failed on the data of 2026-11-22 (Ukraine still under the Minsk Convention, Russia
not a party to ETS 182, no bilateral treaty, no CETS 197, no reservation) and passes after.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import run_mla

from mla_writer.app import context_for
from mla_writer.casefile import parse_case
from mla_writer.checklist import check
from mla_writer.examples import example_text
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model import LetterOfRequest
from mla_writer.states import bundled_profiles, propose_legal_basis
from mla_writer.states.model import PartyStatus
from mla_writer.states.proposals import stale_facts_reminder
from mla_writer.states.relations import BILATERAL, data_version, relations


def test_ukraine_is_no_longer_offered_the_minsk_convention() -> None:
    ukraine = bundled_profiles()["UA"]
    status = ukraine.instrument("MINSK1993")
    assert status is not None and status.status is PartyStatus.DENOUNCED
    assert status.ceased_on == dt.date(2023, 12, 29)
    for partner in ("MD", "KZ", "AM", "AZ", "RU"):
        assert "MINSK1993" not in propose_legal_basis("UA", partner).codes(), partner
    shown = run_mla("states", "show", "UA")
    assert shown.returncode == 0
    assert "MINSK1993: denounced" in shown.stdout
    assert "ceased to apply on 2023-12-29" in shown.stdout


def test_russia_signed_but_never_ratified_the_chisinau_convention() -> None:
    """A prosecutor's brief (tests/briefs, brief 07) corrected the profile: Russia is not bound by
    the Chișinău Convention of 2002, so between Armenia and Russia the Minsk Convention applies
    and the tool must not advise replacing it."""
    for partner in ("AM", "KZ", "AZ"):
        codes = propose_legal_basis(partner, "RU").codes()
        assert "CHISINAU2002" not in codes and "MINSK1993" in codes, partner
    assert "CHISINAU2002" in propose_legal_basis("AM", "KZ").codes()  # both ratified it


def test_russia_is_party_to_the_second_additional_protocol_with_its_exclusions() -> None:
    russia = bundled_profiles()["RU"]
    assert russia.is_party("ECMA_AP2")
    status = russia.instrument("ECMA_AP2")
    assert status is not None and status.excluded_articles == ["16", "17", "19"]
    assert "120-FZ" in status.source
    assert "does not apply articles 16, 17, 19" in run_mla("states", "show", "RU").stdout


def test_money_laundering_between_parties_to_both_proposes_cets_198_and_says_why() -> None:
    profiles = bundled_profiles()
    both = [
        code
        for code, p in profiles.items()
        if p.is_party("STRASBOURG1990") and p.is_party("WARSAW2005")
    ]
    assert len(both) >= 2, both
    for a, b in itertools.combinations(both, 2):
        proposal = propose_legal_basis(a, b)
        by_code = {i.code: i for i in proposal.instruments}
        assert by_code["STRASBOURG1990"].superseded_by == "WARSAW2005", (a, b)
        assert "STRASBOURG1990" not in proposal.codes()
        assert "WARSAW2005" in proposal.codes()
        assert any("49(6)" in line for line in proposal.explanation), proposal.explanation


def test_moldova_to_romania_proposes_the_1996_treaty_beside_the_1959_convention() -> None:
    proposal = propose_legal_basis("MD", "RO")
    codes = proposal.codes()
    assert codes[0] == "ECMA1959"
    assert "BIL_MD_RO_1996" in codes
    treaty = next(i for i in proposal.instruments if i.code == "BIL_MD_RO_1996")
    assert treaty.supplementary
    shown = run_mla("states", "show", "MD").stdout
    assert "BIL_MD_RO_1996 (RO): Treaty between Romania and the Republic of Moldova" in shown
    assert "signed 1996-07-06, Chișinău" in shown
    assert any(
        "26(1)" in line and "Treaty between Romania and the Republic of Moldova" in line
        for line in proposal.explanation
    )


def test_trafficking_between_parties_to_cets_197_proposes_it_as_a_supplementary_basis() -> None:
    proposal = propose_legal_basis("MD", "TR")
    cets = next(i for i in proposal.instruments if i.code == "CETS197")
    assert cets.supplementary and cets.superseded_by is None
    assert any(
        "supplementary basis" in line and "Action against Trafficking in Human Beings" in line
        for line in proposal.explanation
    )
    assert any(
        line.startswith("Council of Europe Convention on Action against Trafficking")
        and "art. 32" in line
        for line in proposal.explanation
    )
    # Not where a State is not a party (the Russian Federation).
    assert "CETS197" not in propose_legal_basis("MD", "RU").codes()


def _request(requested: str, **item: object) -> LetterOfRequest:
    request = parse_case(example_text("trafficking"), "trafficking.yaml")
    data = request.model_dump(mode="json", exclude_none=True)
    data["requested_state"] = requested
    data["assistance"] = [*data["assistance"], item]
    return LetterOfRequest.model_validate(data)


def _findings(request: LetterOfRequest, rule: str, today: dt.date) -> list[str]:
    context = context_for(request)
    context = type(context)(
        today=today,
        requested_profile=context.requested_profile,
        requesting_profile=context.requesting_profile,
    )
    report = check(request, context)
    return [f.field for result in report.points for f in result.findings if f.rule == rule]


SEARCH = {
    "type": "search_and_seizure",
    "premises": "Office 4, 12 Invented Street, Moscow",
    "items_sought": ["the ledgers of the recruitment agency for 2025"],
    "grounds": "The agency's manager kept the ledgers there (witness statement of 3 May 2026).",
    "relevance": "The ledgers list the victims recruited.",
}


def test_a_search_asked_of_russia_without_the_article_5_conditions_is_warned_about() -> None:
    today = dt.date(2026, 12, 6)
    request = _request("RU", **SEARCH)
    fields = _findings(request, "assistance.search_conditions", today)
    assert fields == [f"assistance[{len(request.assistance)}].conditions"]
    met = _request(
        "RU",
        **SEARCH,
        conditions="Trafficking is punishable under art. 127.1 of the Russian Criminal Code "
        "and is an extraditable offence.",
    )
    assert _findings(met, "assistance.search_conditions", today) == []
    # Türkiye made no such reservation.
    assert _findings(_request("TR", **SEARCH), "assistance.search_conditions", today) == []


@pytest.mark.parametrize(("days_ahead", "flagged"), [(20, True), (70, False)])
def test_a_summons_to_an_accused_with_less_notice_than_russia_demands_is_an_error(
    days_ahead: int, flagged: bool
) -> None:
    today = dt.date(2026, 12, 6)
    summons = {
        "type": "service_of_documents",
        "recipient": "carbunaru",  # the accused of the example
        "documents": ["Summons to appear before the Chișinău District Court"],
        "appearance_date": (today + dt.timedelta(days=days_ahead)).isoformat(),
        "relevance": "The accused must be summoned to the trial.",
    }
    request = _request("RU", **summons)
    fields = _findings(request, "assistance.summons_notice", today)
    assert fields == ([f"assistance[{len(request.assistance)}].appearance_date"] if flagged else [])


def test_every_profile_fact_and_rule_has_a_source_a_valid_date_and_known_codes() -> None:
    version = data_version()
    for profile in bundled_profiles().values():
        for where, fact in profile.facts():
            assert len(fact.source.strip()) >= 10, (profile.code, where)
            assert fact.as_of <= version, (profile.code, where, fact.as_of)
        for status in profile.instruments:
            assert status.code in KNOWN_INSTRUMENTS
            if status.status is PartyStatus.DENOUNCED:
                assert status.ceased_on is not None, (profile.code, status.code)
    data = relations()
    for rule in data.precedence:
        assert rule.as_of <= version and rule.provision and rule.explanation
        for code in (rule.later, *rule.earlier):
            assert code == BILATERAL or code in KNOWN_INSTRUMENTS, (rule.id, code)
    for treaty in data.bilateral:
        assert treaty.as_of <= version and len(treaty.parties) == 2
        assert treaty.code == f"BIL_{'_'.join(sorted(treaty.parties))}_{treaty.signed.year}"


# Instruments that each govern mutual assistance in general between their parties: two of them
# between the same States need a rule saying which applies (or that one supplements the other).
GENERAL = {"ECMA1959", "EU2000", "EIO", "MINSK1993", "CHISINAU2002", "TCA2020"}


def test_no_two_states_share_two_general_instruments_without_a_rule_between_them() -> None:
    profiles = bundled_profiles()
    for a, b in itertools.permutations(profiles, 2):
        proposal = propose_legal_basis(a, b)
        main = [
            i.code
            for i in proposal.instruments
            if (i.code in GENERAL or i.code.startswith("BIL_"))
            and i.superseded_by is None
            and not i.supplementary
        ]
        assert len(main) <= 1, (a, b, main)


def test_instruments_not_in_force_are_never_proposed_but_are_mentioned() -> None:
    pending = {code for code, known in KNOWN_INSTRUMENTS.items() if not known.in_force}
    assert {"BUDAPEST_AP2", "ECMA_AP3", "UNCYBER2024"} <= pending
    for a, b in itertools.permutations(bundled_profiles(), 2):
        assert not pending & set(propose_legal_basis(a, b).codes()), (a, b)
    proposal = propose_legal_basis("GE", "RO")  # both signed the Third Additional Protocol
    assert any(
        "Third Additional Protocol" in line and "not in force" in line
        for line in proposal.explanation
    )


def test_states_list_shows_the_data_version_and_show_the_age_of_each_fact() -> None:
    listed = run_mla("states", "list")
    assert f"State data version {data_version().isoformat()}" in listed.stdout
    shown = run_mla("states", "show", "GB")
    assert "years old)" in shown.stdout or "months old)" in shown.stdout
    assert "Submit a mutual legal assistance request" in shown.stdout
    assert "25 Chambers Street" in shown.stdout


def test_facts_a_letter_relies_on_older_than_two_years_are_named() -> None:
    turkiye = bundled_profiles()["TR"]
    note = stale_facts_reminder(turkiye, ("ECMA1959",), today=dt.date(2026, 12, 6))
    assert note is not None and "ECMA1959 (2024-06-01)" in note
    assert "more than two years old" in note
    assert stale_facts_reminder(turkiye, ("ECMA1959",), today=dt.date(2025, 1, 1)) is None
