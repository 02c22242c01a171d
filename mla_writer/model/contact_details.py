"""Contact particulars checked as a central authority would: a telephone number that can be
dialled from abroad, an e-mail address that is one, a name that is not a stand-in.

The three checks are plain functions (`phone_number`, `email_address`, `real_name`) so that the
wizard can run them on an answer at the prompt; the case-file model runs the same functions at
load time (the `PhoneNumber`, `EmailAddress` and `Name` types), where a problem is reported with
its line. Nothing here uses the network: e-mail domains are not looked up.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from mla_writer.i18n import N_, UserText
from mla_writer.places import state_code

PLACEHOLDER_NAMES = frozenset(
    {
        "?",
        "??",
        "???",
        "-",
        "--",
        "–",
        "—",
        "...",
        "…",
        ".",
        "x",
        "xx",
        "xxx",
        "xxxx",
        "n/a",
        "na",
        "n.a.",
        "tbd",
        "tba",
        "tbc",
        "todo",
        "to do",
        "to be confirmed",
        "to be determined",
        "unknown",
        "name",
        "none",
        "null",
        "nil",
        "test",
    }
)
"""Stand-ins typed while a case file is drafted, never the name of an authority or a person."""

_DIALLING_PREFIX = re.compile(r"^\s*00\s*")


def phone_number(text: str, region: str | None = None) -> str:
    """A telephone number checked and normalised: its country code, then the number as the user
    grouped it, or, written without groups or without its country code, grouped as its numbering
    plan groups it ("+373 22 000 417", the E.164 number in international notation).

    A number written without its country code is read as a number of `region` (an ISO State
    code: the authority's State); without a region it is refused, since the requested State
    cannot dial it."""
    import phonenumbers  # ~10 ms of regular expressions: only a case's contacts need it

    written = _DIALLING_PREFIX.sub("+", text.strip())
    try:
        number = phonenumbers.parse(written, None if written.startswith("+") else region)
    except phonenumbers.NumberParseException:
        if not written.startswith("+") and region is None:
            raise UserText(
                N_(
                    "“%(value)s” cannot be dialled from abroad: write the number with its "
                    "country code, e.g. “+373 22 000 417”."
                ),
                value=text,
            ) from None
        raise _not_a_number(text) from None
    # "Possible" (the right length for its country), not "valid" (inside a range the numbering
    # plan has allocated): the plan data lags behind new ranges, and a case file that loaded
    # before this check was added must still load.
    possible = phonenumbers.is_possible_number_with_reason(number)
    if (
        possible != phonenumbers.ValidationResult.IS_POSSIBLE
    ):  # a local-only number: not from abroad
        raise _not_a_number(text)
    if written.startswith("+") and re.search(r"\d[\s.\-/()]+\d", written):
        # Written with its country code and grouped by the user: kept as they know it (the
        # numbering-plan grouping differs from the local habit for many numbers).
        return " ".join(written.split())
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def e164(phone: str) -> str:
    """The E.164 form of a number `phone_number` accepted ("+37322000417"), for programs."""
    import phonenumbers

    number = phonenumbers.parse(phone, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _not_a_number(text: str) -> UserText:
    return UserText(
        N_(
            "“%(value)s” is not a valid telephone number: check the digits, and write the "
            "country code first, e.g. “+373 22 000 417”."
        ),
        value=text,
    )


def has_country_code(text: str) -> bool:
    """Whether a typed number starts with its country code (`+` or `00`)."""
    return text.strip().startswith(("+", "00"))


def email_address(text: str) -> str:
    """An e-mail address checked for its syntax (no look-up of the domain), as written."""
    import email_validator  # ~20 ms of regular expressions: only a case's contacts need it

    try:
        email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError:
        raise UserText(
            N_(
                "“%(value)s” is not an e-mail address: write it whole, e.g. "
                "“mla.requests@example.md”."
            ),
            value=text,
        ) from None
    return text


def real_name(text: str) -> str:
    """A name that is not a stand-in such as "?", "TBD" or "N/A"."""
    if text.strip().lower() in PLACEHOLDER_NAMES:
        raise UserText(
            N_(
                "“%(value)s” stands in for a name: write the real name, or leave the field "
                "out until you know it (`mla check` then says it is missing)."
            ),
            value=text,
        )
    return text


def _phone_without_region(value: str) -> str:
    return phone_number(value, None)


PhoneNumber = Annotated[str, Field(max_length=100), AfterValidator(_phone_without_region)]
"""A telephone number with its country code. A number without one is read as a number of the
authority's State before this check (see `LetterOfRequest`), so that a file says it once."""

EmailAddress = Annotated[str, Field(max_length=320), AfterValidator(email_address)]
"""An e-mail address, its syntax checked."""


def localise_phone(value: Any, region: str | None) -> Any:
    """A number typed without its country code, read as a number of `region`; anything else (and
    a number that cannot be read so) unchanged, for the field's own check to report."""
    if not isinstance(value, str) or has_country_code(value) or region is None:
        return value
    try:
        return phone_number(value, region)
    except UserText:
        return value


PHONE_FIELDS = ("phone", "second_phone", "fax")


def localise_phones(data: Any, region: str | None) -> Any:
    """`data` (a case file's mappings and lists) with every telephone number typed without its
    country code read as a number of `region`; the input is left as it is."""
    if isinstance(data, dict):
        return {
            key: (
                localise_phone(value, region)
                if key in PHONE_FIELDS
                else localise_phones(value, region)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [localise_phones(value, region) for value in data]
    return data


def phone_region(state: Any) -> str | None:
    """The region to read national numbers in: a State as typed in a case file ("Moldova", "MD"),
    or None for anything that is not one (which the State's own field reports)."""
    try:
        return state_code(state) if isinstance(state, str) else None
    except ValueError:
        return None
