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
        use_attribute_docstrings=True,
    )


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


def _state_code(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    from mla_writer.places import state_code

    return state_code(value)


StateCode = Annotated[str, BeforeValidator(_state_code)]
"""A State, stored as its ISO 3166-1 alpha-2 code; its English name or code may be typed."""


def _language_code(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    from mla_writer.places import language_code

    return language_code(value)


LanguageCode = Annotated[str, BeforeValidator(_language_code)]
"""A language, stored as its ISO 639 code; its English name or code may be typed."""


class Contact(CaseModel):
    """A person to contact about the request."""

    name: ShortText | None = None
    function: ShortText | None = None
    """Their title or function, e.g. "Senior Prosecutor"."""
    phone: ShortText | None = None
    email: ShortText | None = None
    languages: list[LanguageCode] = []
    """Languages in which they can be contacted."""

    def reachable(self) -> bool:
        return bool(self.phone or self.email)


class Authority(CaseModel):
    """An office or authority with its postal address and contacts."""

    name: ShortText | None = None
    address: Text | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    contact: Contact | None = None
    """The officer, prosecutor or judge in charge, unless it is inappropriate to name them."""

    def reachable(self) -> bool:
        return bool(self.phone or self.email or (self.contact and self.contact.reachable()))


class Money(CaseModel):
    amount: Decimal | None = Field(default=None, ge=0)
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    """ISO 4217 code, e.g. EUR, USD, MDL."""
