"""Building blocks shared by every part of a request: free text, dates, States, languages, contacts.

Almost every field is optional here on purpose. The model says what *shape* a case file has;
whether the request is *complete* is the checklist's job (`mla_writer/checklist.py`), so that an
unfinished case file still loads and `mla check` can say what it lacks.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from mla_writer.i18n import N_, UserText
from mla_writer.model.contact_details import EmailAddress, PhoneNumber, real_name
from mla_writer.model.descriptions import DOCSTRINGS
from mla_writer.places import language_code, state_code

MAX_TEXT = 100_000  # characters in one field: a long statement of facts is ~20,000

# Characters an XML 1.0 document (and so a .docx) cannot hold: C0 controls but tab, LF and CR;
# U+FFFE and U+FFFF; lone surrogates.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class CaseModel(BaseModel):
    """Base of every case-file model: unknown fields are errors, text is trimmed."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_assignment=True,
        # Validators are built the first time a model validates, not on import: `mla check`
        # of someone else's letter validates State profiles only, never a case (~100 ms).
        defer_build=True,
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Give each field the docstring written under it as its description (the wizard's help,
        the translators' note, `mla schema`), unless `Field(description=...)` gives one.

        pydantic's `use_attribute_docstrings` does the same by parsing every class's source at
        each start (~55 ms of every command); `tools/model_descriptions.py` reads them once into
        `descriptions.DOCSTRINGS`, and a test fails until it is run after a docstring changes.
        """
        super().__pydantic_init_subclass__(**kwargs)
        own = DOCSTRINGS.get(f"{cls.__module__}:{cls.__qualname__}")
        if own:
            for name, info in cls.__pydantic_fields__.items():
                if info.description is None and name in own:
                    info.description = own[name]


def _check_text(value: str) -> str:
    bad = _XML_INVALID.search(value)
    if bad:
        raise UserText(
            N_(
                "contains an invisible control character (%(code)s at position %(position)s) "
                "that a Word document cannot hold. It usually comes from pasting text from "
                "another program: retype that part or delete the character."
            ),
            code=f"U+{ord(bad.group()):04X}",
            position=bad.start() + 1,
        )
    return value


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_check_text)]
"""Free text typed by a user: any script, any length up to MAX_TEXT, XML-safe."""

ShortText = Annotated[str, Field(max_length=2_000), AfterValidator(_check_text)]


Prose = Text
"""Free text that reads as prose in the letter (facts, reasons, descriptions, law text)."""

ShortProse = ShortText
"""A short label or phrase in the case's language (an offence's name, a function, a record type).

Which texts are translated for a letter in another language is said in one table,
`mla_writer/translation/kept.py`: every text, but for names, contacts, identifiers and codes."""


def _none_word(value: Any) -> Any:
    """Let users write `none` (or `no`, `None`) where a point does not apply."""
    if isinstance(value, str) and value.strip().lower() in {"none", "no", "n/a", "not applicable"}:
        return "none"
    if value is False:
        return "none"
    return value


NoneAnswer = Literal["none"]
"""An explicit answer that a point does not apply (no prior contact, no officials attending...)."""


NoneWord = BeforeValidator(_none_word)
"""Put on `list[X] | NoneAnswer | None` fields: absent means unanswered, `none` means none."""


class NoneWithReason(CaseModel):
    """A point that does not apply, and why: `{answer: none, reason: ...}`. The letter prints
    the reason after its sentence saying so."""

    answer: Annotated[NoneAnswer, NoneWord]
    reason: Prose
    """Why, e.g. "the matter was raised only within our own police"."""


def is_none_answer(value: object) -> bool:
    """Whether a point is answered with `none`, with or without a reason."""
    return value == "none" or isinstance(value, NoneWithReason)


def none_reason(value: object) -> str | None:
    """The reason given with a `none` answer, if any."""
    return value.reason if isinstance(value, NoneWithReason) else None


def _state_code(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return state_code(value)


StateCode = Annotated[str, BeforeValidator(_state_code)]
"""A State, stored as its ISO 3166-1 alpha-2 code; its English name or code may be typed."""


def _language_code(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return language_code(value)


LanguageCode = Annotated[str, BeforeValidator(_language_code)]
"""A language, stored as its ISO 639 code; its English name or code may be typed."""


Name = Annotated[ShortText, AfterValidator(real_name)]
"""The name of a person who signs or can be contacted: not a stand-in such as "?" or "TBD"."""


class Contact(CaseModel):
    """A person to contact about the request."""

    name: Name | None = None
    function: ShortProse | None = None
    """Their title or function, e.g. "Senior Prosecutor"."""
    authority: ShortProse | None = None
    """The authority they belong to, when it is not the one they are listed under (a police
    officer named among the prosecutor's contacts), e.g. "National Police, Cahul"."""
    phone: PhoneNumber | None = None
    """With its country code ("+373 22 000 417"); a number without one is read as a number of
    the authority's State. Written back grouped as the numbering plan groups it."""
    second_phone: PhoneNumber | None = None
    """Another number on which they can be reached, e.g. a mobile."""
    fax: PhoneNumber | None = None
    """A fax number, with its country code."""
    email: EmailAddress | None = None
    languages: list[LanguageCode] = []
    """Languages in which they can be contacted."""

    def reachable(self) -> bool:
        return bool(self.phone or self.second_phone or self.fax or self.email)


class Authority(CaseModel):
    """An office or authority with its postal address and contacts."""

    name: Annotated[ShortProse, AfterValidator(real_name)] | None = None
    """The authority's name. In a letter in another language it is translated (unlike the name of
    a company), so that the requested State's officials can tell what the authority is."""
    address: Text | None = None
    phone: PhoneNumber | None = None
    """With its country code; a number without one is read as a number of the authority's State."""
    second_phone: PhoneNumber | None = None
    """Another number of the authority, e.g. its duty line."""
    fax: PhoneNumber | None = None
    """The authority's fax number, with its country code."""
    email: EmailAddress | None = None
    contact: Contact | None = None
    """The officer, prosecutor or judge in charge, unless it is inappropriate to name them."""

    def reachable(self) -> bool:
        return bool(
            self.phone
            or self.second_phone
            or self.fax
            or self.email
            or (self.contact and self.contact.reachable())
        )


class Money(CaseModel):
    amount: Decimal | None = Field(default=None, ge=0)
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    """ISO 4217 code, e.g. EUR, USD, MDL."""
