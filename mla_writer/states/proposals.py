"""What the profiles let mla-writer propose: the legal basis, the letter's language, the addressee.

Proposals are suggestions with reasons, never silent decisions: each carries an explanation in
plain words, and says when a fact it rests on is unconfirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from mla_writer.clock import check_date
from mla_writer.i18n import N_, LetterTranslator, _, base_language, ui_language
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model.common import Authority
from mla_writer.model.parties import ProceedingsNature
from mla_writer.model.request import Instrument, LegalBasis
from mla_writer.places import language_name, state_name
from mla_writer.states.loader import get_profile
from mla_writer.states.model import PartyStatus, RequirementKind, StateProfile
from mla_writer.states.relations import (
    BILATERAL,
    BilateralTreaty,
    PrecedenceRule,
    RuleKind,
    bilateral_between,
    bilateral_treaty,
    relations,
)

# Most specific first: EU instruments between Member States, then conventions made for mutual
# assistance in a region, then regional conventions on particular crimes, then the universal
# conventions, which apply only to the offences within their scope.
SPECIFICITY: dict[str, int] = {
    "EIO": 10,
    "EPOC2023": 12,
    "EU2000": 20,
    "TCA2020": 25,
    "ECMA1959": 30,
    "ECMA_AP1": 31,
    "ECMA_AP2": 32,
    "CHISINAU2002": 35,
    "MINSK1993": 36,
    "BUDAPEST": 45,
    "WARSAW2005": 50,
    "STRASBOURG1990": 51,
    "CETS197": 55,
    "BSEC1998": 60,
    "UNTOC": 70,
    "UNTOC_TIP": 71,
    "UNCAC": 72,
    "VIENNA1988": 73,
}

BILATERAL_SPECIFICITY = 34

# Instruments that apply only to some offences: the drafter must check the case is within scope.
SCOPE: dict[str, str] = {
    "UNTOC": N_(
        "applies to serious crime that is transnational and involves an organized criminal group "
        "(art. 3), and to the offences of its protocols"
    ),
    "UNTOC_TIP": N_("applies, with UNTOC, to trafficking in persons"),
    "UNCAC": N_("applies to the corruption offences established under it"),
    "VIENNA1988": N_("applies to the drug-trafficking offences of its article 3(1)"),
    "BUDAPEST": N_(
        "applies to offences involving computer systems and to electronic evidence of any offence"
    ),
    "WARSAW2005": N_("applies to laundering, proceeds of crime and the financing of terrorism"),
    "STRASBOURG1990": N_("applies to laundering and the proceeds of crime"),
    "CETS197": N_("applies to trafficking in human beings"),
}


@dataclass(frozen=True)
class ProposedInstrument:
    code: str
    title: str
    """English title (a letter msgid; for a bilateral treaty its English title): translate with
    `instrument_title(code, language)`."""
    scope: str | None
    """Interface msgid saying which offences it covers, for subject-specific conventions."""
    superseded_by: str | None
    confirmed: bool
    """False if either State's status under it is marked unconfirmed in its profile."""
    as_of: dt.date
    supplementary: bool = False
    """Cited beside the main basis, not as the basis itself (a precedence rule says so)."""
    rules: tuple[str, ...] = ()
    """Ids of the precedence rules (states/relations.yaml) applied to it."""


@dataclass(frozen=True)
class LegalBasisProposal:
    requesting: str
    requested: str
    instruments: tuple[ProposedInstrument, ...]
    reciprocity: bool
    """True when no instrument in the profiles links the two States: ask on reciprocity."""
    profiles_known: bool = True
    """False when either State has no profile: nothing can be proposed."""
    explanation: tuple[str, ...] = field(default=())
    """Sentences in the interface language of the moment the proposal was made."""

    def codes(self) -> list[str]:
        """The codes to cite, most specific first (without superseded instruments); what is
        cited as a supplementary basis is flagged on its `ProposedInstrument`."""
        return [i.code for i in self.instruments if i.superseded_by is None]

    @property
    def primary(self) -> str | None:
        codes = self.codes()
        return codes[0] if codes else None

    def to_legal_basis(self) -> LegalBasis:
        """The proposal as the request's point 7, for the wizard to offer."""
        return LegalBasis(
            instruments=[Instrument(code=code) for code in self.codes()],
            reciprocity=True if self.reciprocity else None,
        )


def instrument_title(code: str, language: str = "en") -> str:
    """An instrument's full title in a letter language (English where there is no catalog).

    A bilateral treaty has no catalog entry: its English title in an English letter, else a
    translated description naming the parties, the place and the date of signature."""
    known = KNOWN_INSTRUMENTS.get(code)
    if known is not None and base_language(language) == "en":
        return known.title  # the source text: no catalog to load
    if known is not None:
        try:
            return LetterTranslator(language)(known.title)
        except LookupError:
            return known.title
    treaty = bilateral_treaty(code)
    if treaty is None:
        return code
    if language == "en":
        from mla_writer.render.formatting import LetterFormat

        fmt = LetterFormat("en")
        when = fmt.date(treaty.signed)
        return (
            f"{treaty.title} ({treaty.place}, {when})"
            if treaty.place
            else f"{treaty.title} ({when})"
        )
    return bilateral_description(treaty, language)


def bilateral_description(treaty: BilateralTreaty, language: str) -> str:
    """A bilateral treaty named in a letter language: its kind, the two States, the place and
    date of signature (no catalog holds each treaty's official title in every language)."""
    from mla_writer.render.formatting import LetterFormat

    try:
        t = LetterTranslator(language)
    except LookupError:
        return treaty.title
    fmt = LetterFormat(language)  # names as the letter's full locale writes them (pt_PT)
    a, b = (fmt.state(code) for code in treaty.parties)
    when = fmt.date(treaty.signed)
    where = f"{treaty.place}, {when}" if treaty.place else when
    return t("Bilateral treaty on legal assistance, %(a)s – %(b)s (%(where)s)") % {
        "a": a,
        "b": b,
        "where": where,
    }


def _profile(value: StateProfile | str) -> StateProfile | None:
    if isinstance(value, StateProfile):
        return value

    return get_profile(value)


def common_instruments(a: StateProfile, b: StateProfile) -> list[str]:
    """Codes of the instruments in force that both States are party to and apply to each other,
    bilateral treaties included."""
    codes = [
        status.code
        for status in a.instruments
        if KNOWN_INSTRUMENTS[status.code].in_force
        and _links(KNOWN_INSTRUMENTS[status.code].only_with, a.code, b.code)
        and a.is_party(status.code, b.code)
        and b.is_party(status.code, a.code)
    ]
    codes += [treaty.code for treaty in bilateral_between(a.code, b.code)]
    return sorted(codes, key=lambda code: (_specificity(code), code))


def _links(only_with: tuple[str, ...], a: str, b: str) -> bool:
    return not only_with or (a in only_with) != (b in only_with)


def _specificity(code: str) -> int:
    # A bilateral treaty comes right after the 1959 Convention and its protocols, which it
    # supplements between their parties (art. 26 ETS 30).
    return BILATERAL_SPECIFICITY if code.startswith("BIL_") else SPECIFICITY.get(code, 99)


def _matches(code: str, pattern: str) -> bool:
    return code == pattern or (pattern == BILATERAL and code.startswith("BIL_"))


def applicable_rules(codes: list[str], a: str, b: str) -> list[PrecedenceRule]:
    """The precedence rules that bear on instruments both States share."""
    rules = []
    for rule in relations().precedence:
        if rule.only_between and not {a, b} <= set(rule.only_between):
            continue
        later = [code for code in codes if _matches(code, rule.later)]
        earlier = [c for c in codes for pattern in rule.earlier if _matches(c, pattern)]
        if later and (earlier or (rule.kind is RuleKind.SUPPLEMENTS and not rule.earlier)):
            rules.append(rule)
    return rules


def _shared_status(a: StateProfile, b: StateProfile, code: str) -> tuple[bool, dt.date]:
    """Whether both States' status is confirmed, and the older of the two dates."""
    if code.startswith("BIL_"):
        treaty = bilateral_treaty(code)
        assert treaty is not None
        return treaty.confirmed, treaty.as_of
    status_a, status_b = a.instrument(code), b.instrument(code)
    assert status_a is not None and status_b is not None
    return status_a.confirmed and status_b.confirmed, min(status_a.as_of, status_b.as_of)


def propose_legal_basis(
    requesting: StateProfile | str, requested: StateProfile | str
) -> LegalBasisProposal:
    """The instruments linking the two States, main bases first, or reciprocity, explained.

    The precedence rules of states/relations.yaml decide what is displaced and what is cited
    as a supplementary basis; each applied rule is explained."""
    a, b = _profile(requesting), _profile(requested)
    if a is None or b is None:
        return _without_profile(requesting, requested, a, b)
    codes = common_instruments(a, b)
    rules = applicable_rules(codes, a.code, b.code)
    superseded, supplementary, applied = _precedence(codes, rules)
    proposed = []
    for code in codes:
        confirmed, as_of = _shared_status(a, b, code)
        treaty = bilateral_treaty(code)
        proposed.append(
            ProposedInstrument(
                code=code,
                title=treaty.title if treaty else KNOWN_INSTRUMENTS[code].title,
                scope=SCOPE.get(code),
                superseded_by=superseded.get(code),
                confirmed=confirmed,
                as_of=as_of,
                supplementary=code in supplementary and code not in superseded,
                rules=tuple(applied.get(code, ())),
            )
        )
    reciprocity = not proposed
    names = {"requesting": a.name(), "requested": b.name()}
    explanation = _explain(tuple(proposed), names, b, rules, not_in_force(a, b))
    return LegalBasisProposal(a.code, b.code, tuple(proposed), reciprocity, True, explanation)


def _without_profile(
    requesting: StateProfile | str,
    requested: StateProfile | str,
    a: StateProfile | None,
    b: StateProfile | None,
) -> LegalBasisProposal:
    missing = requesting if a is None else requested
    code = missing.code if isinstance(missing, StateProfile) else str(missing)
    return LegalBasisProposal(
        str(getattr(a, "code", requesting)),
        str(getattr(b, "code", requested)),
        (),
        reciprocity=False,
        profiles_known=False,
        explanation=(
            _(
                "mla-writer has no profile for %(code)s, so it cannot tell which treaties "
                "apply. Ask your central authority, or add a profile with --profiles DIR."
            )
            % {"code": code},
        ),
    )


def _precedence(
    codes: list[str], rules: list[PrecedenceRule]
) -> tuple[dict[str, str], set[str], dict[str, list[str]]]:
    """What the precedence rules make of the shared instruments: each superseded one with the
    instrument that displaces it, the supplementary ones, and the rules applied to each."""
    superseded: dict[str, str] = {}
    supplementary: set[str] = set()
    applied: dict[str, list[str]] = {}
    for rule in rules:
        later = [code for code in codes if _matches(code, rule.later)]
        for code in later:
            applied.setdefault(code, []).append(rule.id)
        if rule.kind is RuleKind.SUPPLEMENTS:
            supplementary.update(later)
            continue
        for code in codes:
            if any(_matches(code, pattern) for pattern in rule.earlier):
                superseded.setdefault(code, later[0])
                applied.setdefault(code, []).append(rule.id)
    # An instrument cited only beside others is the main basis when nothing else is.
    if all(code in supplementary or code in superseded for code in codes):
        supplementary.clear()
    return superseded, supplementary, applied


def not_in_force(a: StateProfile, b: StateProfile) -> list[str]:
    """Instruments both States have signed or ratified that are not in force yet."""
    return [
        status.code
        for status in a.instruments
        if not KNOWN_INSTRUMENTS[status.code].in_force
        and (other := b.instrument(status.code)) is not None
        and status.status in (PartyStatus.PARTY, PartyStatus.SIGNATORY)
        and other.status in (PartyStatus.PARTY, PartyStatus.SIGNATORY)
    ]


def _explain(
    proposed: tuple[ProposedInstrument, ...],
    names: dict[str, str],
    requested: StateProfile,
    rules: list[PrecedenceRule],
    pending: list[str],
) -> tuple[str, ...]:
    lines: list[str] = []
    reciprocity_rules = [
        r.text.strip() for r in requested.requirements_of(RequirementKind.RECIPROCITY)
    ]
    if not proposed:
        lines.append(
            _(
                "No treaty or convention recorded in the profiles links %(requesting)s and "
                "%(requested)s. You can still ask on the basis of reciprocity (international "
                "comity): %(requested)s decides under its own law whether to assist, and your "
                "letter undertakes that %(requesting)s would assist %(requested)s in a similar "
                "case. Ask your central authority whether a bilateral treaty exists that the "
                "profiles do not record."
            )
            % names
        )
        lines.extend(reciprocity_rules)
        lines.extend(_pending_lines(pending))
        return tuple(lines)
    cited = [p for p in proposed if p.superseded_by is None]
    main = [p.code for p in cited if not p.supplementary]
    lines.append(
        _(
            "%(requesting)s and %(requested)s are both parties to: %(codes)s. The most specific "
            "comes first; cite it, and the others as far as they apply to the case."
        )
        % {**names, "codes": _titles(main)}
    )
    extra = [p.code for p in cited if p.supplementary]
    if extra:
        lines.append(
            _("Cite as a supplementary basis, beside the main one: %(codes)s.")
            % {"codes": _titles(extra)}
        )
    lines.extend(_rule_lines(cited, rules))
    scoped = [p for p in cited if p.scope]
    for item in scoped:
        scope = _(item.scope) if item.scope else ""  # scope texts are N_-marked where defined
        lines.append(_("%(code)s %(scope)s.") % {"code": _titles([item.code]), "scope": scope})
    if len(scoped) == len(cited):
        lines.append(
            _(
                "Only conventions on particular crimes link the two States: if the offence falls "
                "outside their scope, ask on the basis of reciprocity instead and undertake to "
                "reciprocate."
            )
        )
        lines.extend(reciprocity_rules)
    lines.extend(_pending_lines(pending))
    lines.extend(_status_caveats(proposed))
    return tuple(lines)


def _rule_lines(cited: list[ProposedInstrument], rules: list[PrecedenceRule]) -> list[str]:
    """One line per precedence rule that bears on a cited instrument."""
    cited_codes = [p.code for p in cited]
    lines = []
    for rule in rules:
        later = [code for code in cited_codes if _matches(code, rule.later)]
        if not later:
            continue  # the rule bears on an instrument another rule set aside
        lines.append(
            _("%(code)s — %(rule)s (%(provision)s).")
            % {
                "code": _titles(later),
                "rule": rule.explanation.strip().rstrip("."),
                "provision": rule.provision,
            }
        )
    return lines


def _status_caveats(proposed: tuple[ProposedInstrument, ...]) -> list[str]:
    """What to verify before relying on the profiles' treaty status."""
    lines = []
    unconfirmed = [p.code for p in proposed if not p.confirmed]
    if unconfirmed:
        lines.append(
            _(
                "Not confirmed in the profiles: the status of %(codes)s. Verify it with the "
                "central authority before relying on it."
            )
            % {"codes": _titles(unconfirmed)}
        )
    lines.append(
        _(
            "Treaty status as the profiles record it (sources dated from %(date)s): verify with "
            "the central authority before sending."
        )
        % {"date": min(p.as_of for p in proposed).isoformat()}
    )
    return lines


def _pending_lines(pending: list[str]) -> list[str]:
    if not pending:
        return []
    return [
        _(
            "Both States have signed or ratified %(codes)s, which is not in force yet: it "
            "cannot serve as a basis until it is."
        )
        % {"codes": _titles(pending)}
    ]


def _titles(codes: list[str]) -> str:
    """Instruments named in plain words, in the interface language ("the European Convention
    on Mutual Assistance in Criminal Matters (Strasbourg, 1959)"), not by their codes; several
    as a list, one per line."""
    titles = [instrument_title(code, ui_language()) for code in codes]
    return titles[0] if len(titles) == 1 else "".join(f"\n  • {title}" for title in titles)


# --------------------------------------------------------------------------- letter language


@dataclass(frozen=True)
class LanguageProposal:
    language: str | None
    """The proposed language of the letter, or None when nothing is known."""
    translation_into: str | None
    """The language of the certified translation to attach, if the letter's is not accepted."""
    accepted: tuple[str, ...]
    explanation: str


def proposed_letter_language(
    profile: StateProfile,
    requesting_profile: StateProfile | None = None,
    instruments: tuple[str, ...] | list[str] | None = None,
) -> LanguageProposal:
    """The letter language to propose for a request to `profile`'s State, with the reason.

    `instruments` are the request's legal basis; left out, the most specific instrument linking
    the two States is assumed (some languages are accepted only under one instrument).
    """
    if instruments is None and requesting_profile is not None:
        primary = propose_legal_basis(requesting_profile, profile).primary
        instruments = [primary] if primary else []
    accepted = tuple(profile.bound_to(instruments or []).accepted_languages)
    state = profile.name()
    if not accepted:
        return LanguageProposal(
            None,
            None,
            (),
            _(
                "The profile of %(state)s records no accepted language: ask its central "
                "authority, and attach a certified translation into its official language."
            )
            % {"state": state},
        )
    own = list(requesting_profile.official_languages) if requesting_profile else []
    shared = next((code for code in own if code in accepted), None)
    names = ", ".join(f"{language_name(c, ui_language())} ({c})" for c in accepted)
    if shared:
        return LanguageProposal(
            shared,
            None,
            accepted,
            _(
                "%(state)s accepts requests in %(names)s: write in %(language)s; no translation "
                "is needed."
            )
            % {"state": state, "names": names, "language": language_name(shared, ui_language())},
        )
    unsure = _english_unconfirmed(profile, accepted, names)
    if unsure is not None:
        return unsure
    if "en" in accepted:
        return LanguageProposal(
            "en",
            None,
            accepted,
            _(
                "%(state)s accepts requests in %(names)s: write in English, or write in your "
                "own language and attach a certified translation into one of these."
            )
            % {"state": state, "names": names},
        )
    return _with_translation(profile, requesting_profile, accepted, own, names)


def _english_unconfirmed(
    profile: StateProfile, accepted: tuple[str, ...], names: str
) -> LanguageProposal | None:
    """English accepted by the profile but not confirmed: keep proposing a translation into a
    confirmed language."""
    target = confirmed_instead("en", profile, accepted)
    if target is None:
        return None
    return LanguageProposal(
        "en",
        target,
        accepted,
        _(
            "%(state)s accepts requests in %(names)s, but English is not confirmed in its "
            "profile: write in English and attach a certified translation into %(target)s, "
            "unless its central authority confirms that English is enough."
        )
        % {
            "state": profile.name(),
            "names": names,
            "target": language_name(target, ui_language()),
        },
    )


def confirmed_instead(language: str, profile: StateProfile, accepted: Sequence[str]) -> str | None:
    """Where `profile` accepts `language` without its being confirmed (English for Romania),
    the first accepted language that is confirmed, to translate into; else None."""
    unconfirmed = {known.code for known in profile.languages if not known.confirmed}
    if language not in accepted or language not in unconfirmed:
        return None
    return next((code for code in accepted if code not in unconfirmed), None)


def _with_translation(
    profile: StateProfile,
    requesting_profile: StateProfile | None,
    accepted: tuple[str, ...],
    own: list[str],
    names: str,
) -> LanguageProposal:
    """Write in the requesting State's language and attach a certified translation."""
    state = profile.name()
    letter = own[0] if own else "en"
    # Translate into a language the requesting State also works with, if there is one.
    known = (
        {language.code for language in requesting_profile.languages}
        if requesting_profile
        else set()
    )
    target = next((code for code in accepted if code in known), accepted[0])
    return LanguageProposal(
        letter,
        target,
        accepted,
        _(
            "%(state)s accepts requests only in %(names)s: write in %(language)s and attach a "
            "certified translation into %(target)s."
        )
        % {
            "state": state,
            "names": names,
            "language": language_name(letter, ui_language()),
            "target": language_name(target, ui_language()),
        },
    )


# --------------------------------------------------------------------------- addressee


def addressee_for(
    profile: StateProfile, nature: ProceedingsNature | str | None = None
) -> Authority | None:
    """The central authority to address, for the stage of the proceedings if it matters."""
    if not profile.central_authorities:
        return None
    wanted = ProceedingsNature(nature) if nature else None
    chosen = next(
        (a for a in profile.central_authorities if wanted and wanted in a.handles),
        None,
    ) or next(
        (a for a in profile.central_authorities if not a.handles),
        profile.central_authorities[0],
    )
    return Authority(name=chosen.name, address=chosen.address, email=chosen.email)


# --------------------------------------------------------------------------- reminder


def verification_reminder(profile: StateProfile) -> str:
    """One sentence for the letter's covering note and the check report: the data may be old."""
    bundled = profile.origin.startswith("mla_writer/") or "/mla_writer/states/profiles/" in (
        profile.origin
    )
    return _(
        "What this tool knows of %(state)s (its central authority, the languages it accepts, the "
        "treaties in force) comes from a State profile (%(origin)s; sources dated %(oldest)s to "
        "%(latest)s). Confirm it with the central authority of %(state)s before sending."
    ) % {
        "state": profile.name(),
        "origin": _("bundled with mla-writer")
        if bundled
        else (profile.origin or _("built in memory")),
        "oldest": profile.oldest_check().isoformat(),
        "latest": profile.latest_check().isoformat(),
    }


def no_profile_reminder(state: str) -> str:
    """For a requested State the tool has no profile of: nothing State-specific was checked."""
    return _(
        "mla-writer has no profile of %(state)s: its treaties in force, the languages it "
        "accepts and its reservations were not checked. Confirm them with its central "
        "authority before sending (`mla states list` lists the States it knows; a profile of "
        "your own is read with --profiles)."
    ) % {"state": state_name(state, ui_language())}


STALE_AFTER = dt.timedelta(days=730)


def stale_facts_reminder(
    profile: StateProfile, codes: list[str] | tuple[str, ...] = (), today: dt.date | None = None
) -> str | None:
    """One sentence naming the profile facts a letter relies on (its central authority, accepted
    languages, the instruments cited) that are older than two years, or None."""
    today = today or check_date()
    relied: list[tuple[str, dt.date]] = []
    relied += [(authority.name, authority.as_of) for authority in profile.central_authorities]
    relied += [
        (_("accepted language %(code)s") % {"code": lang.code}, lang.as_of)
        for lang in profile.languages
    ]
    relied += [
        (status.code, status.as_of) for status in profile.instruments if status.code in codes
    ]
    old = [f"{what} ({as_of.isoformat()})" for what, as_of in relied if today - as_of > STALE_AFTER]
    if not old:
        return None
    return _(
        "Some facts of the profile of %(state)s that this letter relies on are more than two years "
        "old: %(facts)s. Confirm them with its central authority before sending."
    ) % {"state": profile.name(), "facts": "; ".join(old)}
