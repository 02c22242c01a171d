"""Persons concerned by the request: suspects, accused, witnesses, victims, experts, companies."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from mla_writer.model.common import CaseModel, Prose, ShortProse, ShortText, StateCode, Text
from mla_writer.model.dates import BirthDate, PastDate


class Role(StrEnum):
    SUSPECT = "suspect"
    ACCUSED = "accused"
    WITNESS = "witness"
    VICTIM = "victim"
    EXPERT = "expert"
    COMPANY = "company"
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class IdentityDocument(CaseModel):
    kind: ShortProse | None = None
    """e.g. passport, national identity card, residence permit."""
    number: ShortText | None = None
    issuing_state: StateCode | None = None
    expiry: PastDate | None = None


class Person(CaseModel):
    """A natural or legal person concerned, named consistently throughout the letter."""

    id: ShortText = Field(pattern=r"^[\w.-]+$")
    """A short key other parts of the case file use to refer to this person, e.g. `ivanov`."""
    role: Role
    legal_person: bool = False
    """True for a company or other legal person."""
    name: ShortText | None = None
    """The name in its original script, exactly as in official documents."""
    name_latin: ShortText | None = None
    """Transliteration into Latin script, as in the passport where there is one."""
    aliases: list[ShortText] = []
    sex: Sex | None = None
    """For a natural person, as in their identity documents: `female` or `male`."""
    date_of_birth: BirthDate | None = None
    place_of_birth: ShortText | None = None
    nationality: list[StateCode] = []
    identity_documents: list[IdentityDocument] = []
    addresses: list[Text] = []
    registration_number: ShortText | None = None
    """For a company: its registration number in the commercial register."""
    whereabouts: Prose | None = None
    """Where the person can be found, if not at the addresses: last known location, workplace or
    employer, place of detention."""
    notes: Prose | None = None

    def display_name(self) -> str:
        if self.name and self.name_latin and self.name_latin != self.name:
            return f"{self.name} ({self.name_latin})"
        return self.name or self.name_latin or self.id

    def identifying_details(self) -> list[str]:
        """Which identifying details beyond the name are given."""
        details = {
            "date_of_birth": self.date_of_birth,
            "identity_documents": self.identity_documents,
            "addresses": self.addresses,
            "registration_number": self.registration_number,
            "whereabouts": self.whereabouts,
            "place_of_birth": self.place_of_birth,
        }
        return [key for key, value in details.items() if value]
