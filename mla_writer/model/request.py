"""The whole request: one case file, one letter of request."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator, model_validator

from mla_writer.i18n import N_, UserText
from mla_writer.model.common import (
    Authority,
    CaseModel,
    LanguageCode,
    NoneAnswer,
    NoneWithReason,
    NoneWord,
    Prose,
    ShortProse,
    ShortText,
    StateCode,
    Text,
)
from mla_writer.model.contact_details import localise_phones, phone_region
from mla_writer.model.kinds import AssistanceItem
from mla_writer.model.offences import Offence
from mla_writer.model.parties import (
    Acknowledgement,
    Annex,
    Confidentiality,
    Identification,
    Officials,
    OtherChannels,
    PriorContacts,
    Signatory,
    Urgency,
)
from mla_writer.model.persons import Person

SCHEMA_VERSION = 1


class Instrument(CaseModel):
    """A treaty, convention or scheme the request is based on."""

    code: ShortText | None = None
    """A known instrument's short code (`mla instruments` lists them), or leave empty."""
    title: ShortProse | None = None
    """The full title, for an instrument without a code (e.g. a bilateral treaty); given with a
    code, it is the title the letter uses (say, with its date and place of signature)."""
    articles: ShortProse | None = None
    """The articles relied on, e.g. "Article 18"."""


class LegalBasis(CaseModel):
    """Point 7."""

    instruments: list[Instrument] = []
    reciprocity: bool | None = None
    """True to rely on reciprocity and undertake to reciprocate in a similar case."""


class Facts(CaseModel):
    """Point 8."""

    summary: Prose | None = None
    """What happened, who did it, when and where; enough to show an offence and why the evidence
    is in the requested State. Plain narrative, one idea per paragraph (blank line between)."""


class Translation(CaseModel):
    language: LanguageCode
    certified: bool | None = None
    translator: ShortText | None = None


class LanguagePoint(CaseModel):
    """Point 14."""

    letter: LanguageCode = "en"
    """The language the letter is written in."""
    drafted_in: LanguageCode | None = None
    """The language the request itself is drafted in, when this letter is a version in another
    language kept for the file; the letter then says so."""
    original: LanguageCode | None = None
    """The language the case's free text (facts, reasons, descriptions...) is typed in; left
    empty, the letter's language. `translations` holds the free text in other languages."""
    accepted_by_requested_state: list[LanguageCode] = []
    """Languages the requested State accepts for incoming requests, if known."""
    translation: Annotated[Translation | NoneWithReason | NoneAnswer | None, NoneWord] = None
    """A certified translation accompanying the request, or `none` (with its reason:
    `{answer: none, reason: ...}`)."""

    def source_language(self) -> str:
        """The language the free text of the case is written in."""
        return self.original or self.letter


FieldPath = Annotated[
    str, Field(pattern=r"^[a-z_]+(\[[1-9][0-9]*\])?(\.[a-z_]+(\[[1-9][0-9]*\])?)*$")
]
"""A field of the case written like the findings' fields: `assistance[2].relevance`."""


def _plain_translation(value: Any) -> Any:
    """Let users write a translation as plain text; `mla translate import` adds the source."""
    return {"text": value} if isinstance(value, str) else value


class TranslatedText(CaseModel):
    """One free-text field in another language."""

    text: Text
    source: Annotated[str, Field(pattern=r"^[0-9a-f]{12}$")] | None = None
    """A fingerprint of the original text this translates (set by `mla translate import`), so
    that a translation made before the original was changed is caught as outdated."""
    imported: Annotated[str, Field(pattern=r"^[0-9a-f]{12}$")] | None = None
    """A fingerprint of the text as `mla translate import` wrote it and of the exported file it
    came from, so that a corrected version of the same file replaces it without `--force`, while
    a translation edited by hand since is not replaced unasked."""


FieldTranslations = dict[FieldPath, Annotated[TranslatedText, BeforeValidator(_plain_translation)]]


class LetterOfRequest(CaseModel):
    """A request for mutual legal assistance in a criminal matter: the content of one case file."""

    schema_version: int = SCHEMA_VERSION
    """The case-file format's version; this version of mla-writer reads version 1."""
    reference: ShortText | None = None
    """The requesting authority's reference for this request."""
    requested_reference: ShortText | None = None
    """The requested State's reference, if it already has one."""
    requesting_state: StateCode | None = None
    requested_state: StateCode | None = None
    date: dt.date | None = None
    """Date of the letter; left empty, the day it is rendered."""
    place: ShortText | None = None
    addressee: Authority | None = None
    """The requested State's central authority (or other competent authority)."""
    title: ShortProse | None = None
    """Subject line, e.g. "Request for mutual legal assistance in criminal case no. 2026/0417"."""

    identification: Identification | None = None
    prior_contact: PriorContacts = None
    other_channels: OtherChannels = None
    acknowledgement: Acknowledgement = Field(default_factory=Acknowledgement)
    urgency: Urgency | None = None
    confidentiality: Confidentiality | None = None
    legal_basis: LegalBasis | None = None
    facts: Facts | None = None
    persons: list[Person] = []
    offences: list[Offence] = []
    assistance: list[AssistanceItem] = []
    presence_of_officials: Officials = None
    language: LanguagePoint = Field(default_factory=LanguagePoint)
    signatory: Signatory | None = None
    annexes: list[Annex] = []
    additional_undertakings: list[Prose] = []
    """Undertakings beyond those the legal basis calls for."""
    translations: dict[LanguageCode, FieldTranslations] = {}
    """The free text in other languages: language -> {field path -> translation}. Written by
    `mla translate import`; a letter in a language other than `language.original` uses them."""

    @model_validator(mode="before")
    @classmethod
    def _national_numbers(cls, data: Any) -> Any:
        """Telephone numbers typed without their country code are read as numbers of the
        authority's State: the requested State for the addressee, the requesting State for every
        other authority and contact. A number that cannot be read so is reported where it is."""
        if not isinstance(data, dict):
            return data
        requesting = phone_region(data.get("requesting_state"))
        requested = phone_region(data.get("requested_state"))
        return {
            key: localise_phones(value, requested if key == "addressee" else requesting)
            for key, value in data.items()
        }

    @field_validator("schema_version")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise UserText(
                N_(
                    "this case file was written for schema version %(value)s; this version of "
                    "mla-writer reads version %(known)s. Update mla-writer, or ask the sender "
                    "for a version-%(known)s file."
                ),
                value=value,
                known=SCHEMA_VERSION,
            )
        return value

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)
