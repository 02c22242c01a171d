"""A requested State's profile: who receives requests, in which languages, under which treaties.

Every fact carries its `source` and the date it was last checked (`as_of`); a fact the authors
could not confirm says so (`confirmed: false`) with a `note`. Profiles are plain YAML files that a
central authority can correct itself (`mla states validate DIR`, `--profiles DIR`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, PrivateAttr, field_validator

from mla_writer.i18n import N_, UserText, ui_language
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model import ASSISTANCE_TYPES
from mla_writer.model.common import CaseModel, LanguageCode, ShortText, StateCode, Text
from mla_writer.model.parties import ProceedingsNature
from mla_writer.places import state_name
from mla_writer.suggestions import close_matches

PROFILE_VERSION = 1


def instrument_code(value: object) -> object:
    if not isinstance(value, str):
        return value
    code = value.strip().upper()
    if code in KNOWN_INSTRUMENTS:
        return code
    close = close_matches(code, KNOWN_INSTRUMENTS)
    if close:
        raise UserText(
            N_("“%(value)s” is not an instrument code I know: did you mean %(code)s?"),
            value=value,
            code=close[0],
        )
    raise UserText(
        N_("“%(value)s” is not an instrument code I know; write one of: %(codes)s."),
        value=value,
        codes=", ".join(KNOWN_INSTRUMENTS),
    )


InstrumentCode = Annotated[str, BeforeValidator(instrument_code)]
"""A code from `mla_writer.instruments.KNOWN_INSTRUMENTS` (UNTOC, ECMA1959, ...)."""


def _assistance_type(value: str) -> str:
    if value not in ASSISTANCE_TYPES:
        close = close_matches(value, ASSISTANCE_TYPES)
        hint = close[0] if close else ", ".join(sorted(ASSISTANCE_TYPES))
        raise UserText(
            N_(
                "“%(value)s” is not a kind of assistance; write one of (or did you mean): %(hint)s."
            ),
            value=value,
            hint=hint,
        )
    return value


AssistanceType = Annotated[str, AfterValidator(_assistance_type)]


def _source_given(value: str) -> str:
    if len(value.strip()) < 3:
        raise UserText(
            N_(
                "say where this fact comes from: the publication or web page, e.g. “Council of "
                "Europe Treaty Office, declarations on Treaty 030”."
            )
        )
    return value


Source = Annotated[ShortText, AfterValidator(_source_given)]


class Fact(CaseModel):
    """What every fact in a profile carries: where it comes from and when it was checked."""

    source: Source
    """Where the fact comes from: publication, treaty database, web page (with its address)."""
    as_of: dt.date
    """The date at which the source showed the fact (its status date), e.g. 2024-06-01."""
    confirmed: bool = True
    """false when the authors are not sure of the fact or could not see its source: verify it."""
    note: Text | None = None
    """What is uncertain, or anything a drafter should know about this fact."""


class CentralAuthority(Fact):
    """An authority that receives incoming requests for mutual legal assistance."""

    name: ShortText
    """Its name in English."""
    name_native: ShortText | None = None
    """Its name in the State's own language."""
    handles: list[ProceedingsNature] = []
    """The stages it receives requests for (investigation, prosecution, judicial_proceedings);
    empty: all."""
    address: Text | None = None
    """Postal address, one line per line."""
    email: ShortText | None = None
    website: ShortText | None = None
    phone: ShortText | None = None
    """Only a published institutional number; never a person's."""


class AcceptedLanguage(Fact):
    """A language in which the State accepts incoming requests (UNTOC 18(14), ECMA art. 16)."""

    code: LanguageCode
    instruments: list[InstrumentCode] = []
    """Accepted only for requests made under these instruments (empty: for all requests)."""
    condition: ShortText | None = None
    """Accepted only under this condition, e.g. “on the basis of reciprocity”."""

    @property
    def unconditional(self) -> bool:
        return not self.instruments and not self.condition


class PartyStatus(StrEnum):
    PARTY = "party"
    SIGNATORY = "signatory"  # signed, not ratified: not bound
    NOT_PARTY = "not_party"
    DENOUNCED = "denounced"


class InstrumentStatus(Fact):
    """The State's status under one instrument relevant to mutual legal assistance."""

    code: InstrumentCode
    status: PartyStatus = PartyStatus.PARTY
    in_force_since: dt.date | None = None
    """When the instrument entered into force for this State, if known."""
    not_applicable_with: list[StateCode] = []
    """States with which the State does not apply the instrument (e.g. after a suspension)."""
    ceased_on: dt.date | None = None
    """For a denounced instrument (or one the State withdrew from): when it ceased to apply."""
    excluded_articles: list[ShortText] = []
    """Articles the State does not apply, by reservation (e.g. 16, 17 and 19)."""


class RequirementKind(StrEnum):
    DUAL_CRIMINALITY_COERCIVE = "dual_criminality_coercive"
    CERTIFIED_TRANSLATION = "certified_translation"
    STATEMENT_FORM = "statement_form"
    CERTIFICATION = "certification"
    RECIPROCITY = "reciprocity"
    SIGNATURE_SEAL = "signature_seal"
    OTHER = "other"


class Requirement(Fact):
    """Something the State usually requires of incoming requests."""

    kind: RequirementKind
    text: Text
    """The requirement in plain English, as a drafter should read it."""
    applies_to: list[AssistanceType] = []
    """The kinds of assistance it concerns (empty: all requests)."""
    instruments: list[InstrumentCode] = []
    """The instruments under which it was declared or reserved, if any."""


class ReservationKind(StrEnum):
    SEARCH_SEIZURE_CONDITIONS = "search_seizure_conditions"
    """ETS 30 art. 5(1): letters rogatory for search or seizure only under conditions a-c."""
    SUMMONS_NOTICE = "summons_notice"
    """ETS 30 art. 7(3): a summons to an accused person served a set time before appearance."""
    REFUSAL_GROUNDS = "refusal_grounds"
    """Grounds for refusal beyond the instrument's own (ETS 30 art. 2 and 23)."""
    DUAL_CRIMINALITY = "dual_criminality"
    NOT_ACCEPTED = "not_accepted"
    """A chapter or provision the State does not accept."""
    OTHER = "other"


class SearchCondition(StrEnum):
    """The conditions of art. 5(1) ETS 30 a State may attach to search and seizure."""

    DUAL_CRIMINALITY = "a"  # punishable under the law of both Parties
    EXTRADITABLE = "b"  # an extraditable offence in the requested Party
    CONSISTENT_WITH_LAW = "c"  # execution consistent with the requested Party's law


class Reservation(Fact):
    """A reservation or declaration of the State under an instrument, that can lead to refusal."""

    instrument: InstrumentCode
    article: ShortText
    """The article it is made under, e.g. 5(1)."""
    kind: ReservationKind
    text: Text
    """What it means for a request, in plain English."""
    conditions: list[SearchCondition] = []
    """For search_seizure_conditions: which of a, b, c the State applies."""
    days: int | None = None
    """For summons_notice: how many days before the appearance the summons must be served."""
    applies_to: list[AssistanceType] = []
    """The kinds of assistance it concerns (empty: all)."""


class Route(StrEnum):
    CENTRAL_AUTHORITY = "central_authority"
    DIRECT_JUDICIAL = "direct_judicial"
    DIPLOMATIC = "diplomatic"
    ONLINE_SERVICE = "online_service"


class Channel(Fact):
    """How requests reach the State, which can depend on the instrument they rest on."""

    instruments: list[InstrumentCode] = []
    """Requests under these instruments (empty: requests under any other, or none)."""
    route: Route
    text: Text
    """The channel in plain English: who sends to whom, and exceptions (urgency)."""


class StateProfile(CaseModel):
    """Everything mla-writer knows about one State as a requested (or requesting) State."""

    profile_version: int = PROFILE_VERSION
    code: StateCode
    """ISO 3166-1 alpha-2 code, e.g. TR."""
    names: dict[str, ShortText]
    """The State's name by language code: `en` (English) and the State's own languages."""
    official_languages: list[LanguageCode] = []
    source: Source
    """Where the names and official languages come from."""
    as_of: dt.date
    central_authorities: list[CentralAuthority] = []
    languages: list[AcceptedLanguage] = []
    """Languages accepted for incoming requests."""
    instruments: list[InstrumentStatus] = []
    """Instruments relevant to mutual legal assistance, with the State's status."""
    requirements: list[Requirement] = []
    reservations: list[Reservation] = []
    """Reservations and declarations that can lead to refusal; the checklist tests requests
    against them."""
    channels: list[Channel] = []
    """How requests are transmitted, by instrument."""
    unconfirmed: list[Text] = []
    """What the authors of the profile could not confirm, in plain words."""

    _origin: str = PrivateAttr(default="")
    _bound: frozenset[str] | None = PrivateAttr(default=None)

    @field_validator("profile_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != PROFILE_VERSION:
            raise UserText(
                N_("this profile is written for version %(value)s; mla-writer reads %(known)s."),
                value=value,
                known=PROFILE_VERSION,
            )
        return value

    @field_validator("names")
    @classmethod
    def _english_name(cls, value: dict[str, str]) -> dict[str, str]:
        if not value.get("en"):
            raise UserText(N_("give at least the English name, as “en: Türkiye”."))
        return value

    # ----------------------------------------------------------------- reading the profile

    @property
    def origin(self) -> str:
        """The file the profile was read from (empty when built in memory)."""
        return self._origin

    def name(self, language: str | None = None) -> str:
        """The State's name in a language (by default the interface's): the profile's own, else
        CLDR's, else English."""
        if language is None:
            language = ui_language()
        if language in self.names:
            return self.names[language]

        cldr = state_name(self.code, language) if language != "en" else ""
        return cldr if cldr and cldr != self.code else self.names["en"]

    def native_names(self) -> list[str]:
        return [name for language, name in self.names.items() if language != "en"]

    def instrument(self, code: str) -> InstrumentStatus | None:
        return next((i for i in self.instruments if i.code == code), None)

    def is_party(self, code: str, partner: str | None = None) -> bool:
        """Bound by the instrument (and applying it with `partner`, if given)."""
        status = self.instrument(code)
        if status is None or status.status is not PartyStatus.PARTY:
            return False
        if status.ceased_on is not None:
            return False
        return partner is None or partner not in status.not_applicable_with

    def bound_to(self, instruments: Iterable[str]) -> StateProfile:
        """This profile as seen by a request made under `instruments` (for language rules)."""
        copy = self.model_copy()
        copy._origin = self._origin
        copy._bound = frozenset(instruments)
        return copy

    @property
    def accepted_languages(self) -> list[str]:
        """Codes of the languages accepted for requests (under the bound instruments, if any)."""
        codes: list[str] = []
        for language in self.languages:
            if language.condition:
                continue
            if language.instruments and not (self._bound or set()) & set(language.instruments):
                continue
            if language.code not in codes:
                codes.append(language.code)
        return codes

    def requirements_of(self, kind: RequirementKind) -> list[Requirement]:
        return [r for r in self.requirements if r.kind is kind]

    def reservations_of(self, kind: ReservationKind) -> list[Reservation]:
        return [r for r in self.reservations if r.kind is kind]

    def facts(self) -> Iterator[tuple[str, Fact]]:
        """Every sourced fact, with where it stands in the profile (for checks and display)."""
        groups = (
            "central_authorities",
            "languages",
            "instruments",
            "requirements",
            "reservations",
            "channels",
        )
        for group in groups:
            for index, fact in enumerate(getattr(self, group)):
                yield f"{group}[{index + 1}]", fact

    def latest_check(self) -> dt.date:
        return max([self.as_of, *(fact.as_of for _, fact in self.facts())])

    def oldest_check(self) -> dt.date:
        return min([self.as_of, *(fact.as_of for _, fact in self.facts())])
