"""Dates as lawyers write them: a full date, or only as much as is known (1969, 1975-03, about
1975), a date with a time (2027-06-10 10:00 +03:00), a range (2027-07-14 to 2027-07-18), a period
open to the present (2023-03-01 to date), and time limits counted from receipt (within 60 days of
receipt, 3 months).

`CaseDate` is one parsed value with its normalised text (what a case file stores); each date field
of the model says which forms fit it (`BirthDate`, `Deadline`, `PeriodStart`...), and refuses the
others with a message listing the forms it accepts. Day-first dates (14.10.2026, 10/11/2026, as
written in most States that send requests) are read day first, and the reading is kept so that
`mla check` and the wizard can say how they were read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from babel.dates import format_date
from pydantic import BaseModel, PlainSerializer, PlainValidator, WithJsonSchema

from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import N_, UserText, _, ui_language


class DateForm(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"
    MOMENT = "moment"
    RANGE = "range"
    OPEN = "open"
    TO_DATE = "to_date"
    EARLIEST = "earliest"
    RELATIVE = "relative"


UNITS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class CaseDate:
    """One date as the case file gives it. `earliest`/`latest` bound the days it can mean (None
    where it has no bound: an open end, a time limit not yet running)."""

    form: DateForm
    day: dt.date | None = None
    """DAY, MOMENT: the day; MONTH: its first day; YEAR: 1 January."""
    time: dt.time | None = None
    """MOMENT: the time of day, with its zone if one was given."""
    parts: tuple[CaseDate, ...] = ()
    """APPROXIMATE: (the date); RANGE: (start, end); OPEN: (start,)."""
    amount: int = 0
    unit: str = ""
    """RELATIVE: how many of which unit (day, week, month, year)."""
    of_receipt: bool = False
    """RELATIVE: counted from the receipt of the request (said so in the letter)."""
    typed: str = field(default="", compare=False)
    """The text as typed, when it was read in a way worth echoing (day first)."""

    @property
    def earliest(self) -> dt.date | None:
        if self.form in (DateForm.DAY, DateForm.MONTH, DateForm.YEAR, DateForm.MOMENT):
            return self.day
        return self.parts[0].earliest if self.parts else None

    @property
    def latest(self) -> dt.date | None:
        day = self.day
        if self.form is DateForm.MONTH and day:
            return day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if self.form is DateForm.YEAR and day:
            return day.replace(month=12, day=31)
        if self.form in (DateForm.DAY, DateForm.MOMENT):
            return day
        if self.form in (DateForm.APPROXIMATE, DateForm.RANGE):
            return self.parts[-1].latest
        return None

    @property
    def text(self) -> str:
        """The normalised form a case file stores: `1975-03`, `about 1975`, `2023-03-01 to date`."""
        day = self.day or dt.date.min
        match self.form:
            case DateForm.DAY:
                return day.isoformat()
            case DateForm.MONTH:
                return f"{day.year:04d}-{day.month:02d}"
            case DateForm.YEAR:
                return f"{day.year:04d}"
            case DateForm.MOMENT:
                return f"{day.isoformat()} {_time_text(self.time)}"
            case DateForm.APPROXIMATE:
                return f"about {self.parts[0].text}"
            case DateForm.RANGE:
                return f"{self.parts[0].text} to {self.parts[1].text}"
            case DateForm.OPEN:
                return f"{self.parts[0].text} to date"
            case DateForm.TO_DATE:
                return "to date"
            case DateForm.EARLIEST:
                return "earliest"
        unit = self.unit if self.amount == 1 else f"{self.unit}s"
        return f"within {self.amount} {unit}" + (" of receipt" if self.of_receipt else "")

    def __str__(self) -> str:
        return self.text

    def readings(self) -> Iterator[CaseDate]:
        """This date and its parts that were read day first (to be echoed)."""
        if self.typed:
            yield self
        for part in self.parts:
            yield from part.readings()


def _time_text(time: dt.time | None) -> str:
    if time is None:
        return ""
    text = time.strftime("%H:%M:%S" if time.second else "%H:%M")
    offset = time.utcoffset()
    if offset is None:
        return text
    if offset == dt.timedelta(0):
        return f"{text} UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# The grammar ------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_APPROXIMATE = re.compile(
    r"(?:about|approximately|approx\.?|around|circa|ca\.|c\.|~)\s*(.+)", re.IGNORECASE
)
_MOMENT = re.compile(
    r"(.+?)[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?", re.IGNORECASE
)
# The start of records whose first date is what is asked ("from the mailbox's creation").
# In English, and in the interface languages (French, Spanish, Russian), so that a user of
# `mla new --ui-lang fr` may type "depuis l'ouverture du compte" or "01.03.2025 à ce jour"; stored
# in English ("earliest", "2025-03-01 to date"), as every other date is stored in one form.
_EARLIEST = re.compile(
    r"(?:from|since)?\s*(?:the\s+)?(?:earliest(?:\s+(?:available\s+)?records?)?|beginning|start|"
    r"(?:(?:account|mailbox|record)'?s?\s+)?(?:creation|opening))"
    r"|(?:depuis|dès)\s+(?:l[’']|le\s+|la\s+)?(?:origine|ouverture|création|début)"
    r"(?:\s+du\s+compte)?|(?:le\s+)?plus\s+ancien"
    r"|(?:desde\s+)?(?:la\s+|el\s+)?(?:apertura|creación|inicio|origen)(?:\s+de\s+la\s+cuenta)?"
    r"|(?:с\s+)?(?:момента\s+)?(?:открытия|создания)(?:\s+сч[её]та)?|с\s+самого\s+начала",
    re.I,
)
_TO_DATE_WORDS = (
    r"(?:(?:to|until|till)\s+)?(?:date|present|the present|now|today)"
    r"|(?:jusqu[’']\s?(?:à|au)\s+|à\s+)?(?:ce\s+jour|aujourd[’']hui|présent)"
    r"|(?:hasta\s+|a\s+)?(?:la\s+fecha|hoy|el\s+presente|la\s+actualidad)"
    r"|(?:по|до)?\s*(?:настоящее\s+время|настоящего\s+времени|сей\s+день|сегодняшний\s+день)"
)
_TO_DATE = re.compile(rf"\s*(?:{_TO_DATE_WORDS})", re.I)
_OPEN_TO_DATE = re.compile(
    rf"(?:from\s+|since\s+|depuis\s+(?:le\s+)?|du\s+|desde\s+(?:el\s+)?|с\s+)?(.+?)\s+"
    rf"(?:{_TO_DATE_WORDS})",
    re.I,
)
_RANGE = re.compile(
    r"(?:from\s+|du\s+|desde\s+(?:el\s+)?|с\s+)?(.+?)\s*"
    r"(?:\s(?:to|until|till|au|jusqu[’']au|hasta|al|по|до)\s|–|—|\s-\s|\.\.)\s*(.+)",
    re.I,
)
# A time limit in English, or in an interface language (French, Spanish, Russian), so that a
# user of `mla new --ui-lang fr` may type "dans les 60 jours suivant la réception"; stored in
# English ("within 60 days of receipt"), as every other date is stored in one form.
_RELATIVE = re.compile(
    r"(?:(?:within|dans(?:\s+les|\s+un\s+délai\s+de)?|sous|dentro\s+de(?:\s+los)?|"
    r"en\s+un\s+plazo\s+de|в\s+течение)\s+)?"
    r"(\d{1,4})\s*(?:(?P<day>days?|jours?|d[ií]as?|день|дня|дней)|"
    r"(?P<week>weeks?|semaines?|semanas?|недел[яиюь])|"
    r"(?P<month>months?|mois|mes(?:es)?|месяц(?:а|ев)?)|"
    r"(?P<year>years?|ans?|ann[ée]es?|años?|года?|лет))"
    r"(?:\s+(?:of|from|after|de|à\s+compter\s+de|suivant|après|desde|a\s+partir\s+de|tras|"
    r"siguientes\s+a|с\s+момента|со\s+дня|после)\s+(?:the\s+|la\s+|l')?"
    r"(?P<receipt>receipt|receiving|réception|recepción|recibo|получения)"
    r"(?:\s+(?:of\s+the\s+request|de\s+la\s+demande|de\s+la\s+solicitud|запроса))?)?",
    re.IGNORECASE,
)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _point(text: str) -> CaseDate | None:
    """A day, a month or a year (no range, no time)."""
    if match := _ISO_DAY.fullmatch(text):
        day = _day(*match.groups())
        return CaseDate(DateForm.DAY, day) if day else None
    if match := _DAY_FIRST.fullmatch(text):
        first, second, year = match.groups()
        day = _day(year, second, first)
        return CaseDate(DateForm.DAY, day, typed=text) if day else None
    if match := _MONTH.fullmatch(text):
        day = _day(match[1], match[2], "1")
        return CaseDate(DateForm.MONTH, day) if day else None
    if match := _YEAR.fullmatch(text):
        return CaseDate(DateForm.YEAR, dt.date(int(match[1]), 1, 1)) if int(match[1]) else None
    return None


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    digits = text[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt.timezone(-offset if text[0] == "-" else offset)


def _moment(text: str) -> CaseDate | None:
    match = _MOMENT.fullmatch(text)
    if not match:
        return None
    date = _point(match[1].strip())
    if date is None or date.form is not DateForm.DAY:
        return None
    try:
        time = dt.time(int(match[2]), int(match[3]), int(match[4] or 0), tzinfo=_zone(match[5]))
    except ValueError:
        return None
    return CaseDate(DateForm.MOMENT, date.day, time, typed=date.typed and text)


def _single(text: str) -> CaseDate | None:
    """A date that is not a period: a point, an approximate point, or a moment."""
    if match := _APPROXIMATE.fullmatch(text):
        inner = _point(match[1].strip())
        return CaseDate(DateForm.APPROXIMATE, parts=(inner,)) if inner else None
    return _point(text) or _moment(text)


def _period(text: str) -> CaseDate | None:
    if _TO_DATE.fullmatch(text):
        return CaseDate(DateForm.TO_DATE)
    if _EARLIEST.fullmatch(text):
        return CaseDate(DateForm.EARLIEST)
    if (open_ := _OPEN_TO_DATE.fullmatch(text)) and (start := _single(open_[1].strip())):
        return CaseDate(DateForm.OPEN, parts=(start,))
    match = _RANGE.fullmatch(text)
    if not match:
        return None
    start = _single(match[1].strip())
    if start is None:
        return None
    if _TO_DATE.fullmatch(match[2].strip()):
        return CaseDate(DateForm.OPEN, parts=(start,))
    end = _single(match[2].strip())
    return CaseDate(DateForm.RANGE, parts=(start, end)) if end else None


def _relative(text: str) -> CaseDate | None:
    match = _RELATIVE.fullmatch(text)
    if not match or not int(match[1]):
        return None
    unit = next(name for name in UNITS if match[name])
    return CaseDate(
        DateForm.RELATIVE, amount=int(match[1]), unit=unit, of_receipt=bool(match["receipt"])
    )


def parse_date(value: Any) -> CaseDate | None:
    """Any form of date a lawyer writes, or None if `value` is none of them."""
    if isinstance(value, CaseDate):
        return value
    if isinstance(value, dt.datetime):
        return CaseDate(DateForm.MOMENT, value.date(), value.timetz())
    if isinstance(value, dt.date):
        return CaseDate(DateForm.DAY, value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return _single(text) or _period(text) or _relative(text)


# Field types --------------------------------------------------------------------------------


def accepting(message: str, *forms: DateForm) -> PlainValidator:
    """The validator of a date field: the forms it accepts, and the message that lists them."""

    def validate(value: Any) -> CaseDate:
        parsed = parse_date(value)
        if parsed is None and isinstance(value, str) and (impossible := impossible_day(value)):
            raise impossible  # 2027-02-30 has the form of a day: say that it names none
        if parsed is None or parsed.form not in forms:
            raise UserText(message)
        if parsed.form is DateForm.RANGE:
            start, end = parsed.parts
            if (start.earliest or dt.date.min) > (end.latest or dt.date.max):
                raise UserText(N_("is a range that ends before it starts."))
        return parsed

    return PlainValidator(validate)


def examples(*texts: str) -> WithJsonSchema:
    """A date field in the schema: text, with examples of the forms it accepts."""
    return WithJsonSchema({"type": "string", "examples": list(texts)})


STORED = PlainSerializer(str, return_type=str)
"""A date is stored as its normalised text (`about 1975`, `2023-03-01 to date`)."""

_D, _M, _Y, _A = DateForm.DAY, DateForm.MONTH, DateForm.YEAR, DateForm.APPROXIMATE

BirthDate = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be a date of birth written year-month-day (1975-03-14), or as much of it as "
            "is known: 1975-03, 1975, about 1975."
        ),
        _D,
        _M,
        _Y,
        _A,
    ),
    STORED,
    examples("1975-03-14", "1975", "about 1975"),
]
"""A date of birth, or as much of it as is known."""

PastDate = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be a date written year-month-day (2026-03-14), or as much of it as is "
            "known: 2026-03, 2026, about 2026."
        ),
        _D,
        _M,
        _Y,
        _A,
    ),
    STORED,
    examples("2026-03-14", "2026-03"),
]
"""A date something happened (a contact, an order) or an expiry date, as precisely as known."""

Deadline = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be a date written year-month-day (2027-06-10), a date and time "
            "(2027-06-10 10:00, with +03:00 or UTC if the time zone matters), or a time limit: "
            "within 60 days of receipt, 3 months."
        ),
        _D,
        DateForm.MOMENT,
        DateForm.RELATIVE,
    ),
    STORED,
    examples("2027-06-10", "within 60 days of receipt"),
]
"""The date by which assistance is needed, or a time limit counted from receipt."""

PeriodStart = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be the first day of the period (2023-03-01, or 2023-03, 2023), “earliest” "
            "where the records are asked from the first one held (an account's opening), or the "
            "whole period: 2023-03-01 to 2023-12-31, 2023-03-01 to date."
        ),
        _D,
        _M,
        _Y,
        _A,
        DateForm.RANGE,
        DateForm.OPEN,
        DateForm.EARLIEST,
    ),
    STORED,
    examples("2023-03-01", "2023-03-01 to date"),
]
"""The start of a period, or the whole period (`2023-03-01 to date`)."""

PeriodEnd = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be the last day of the period (2023-12-31, or 2023-12, 2023), or "
            "“to date” if it runs to the present."
        ),
        _D,
        _M,
        _Y,
        DateForm.TO_DATE,
    ),
    STORED,
    examples("2023-12-31", "to date"),
]
"""The end of a period, or `to date`."""

Schedule = Annotated[
    CaseDate,
    accepting(
        N_(
            "should be a date written year-month-day (2027-07-14), a month (2027-07), a date and "
            "time (2027-07-14 10:00, with +03:00 or UTC if the time zone matters) or a range "
            "(2027-07-14 to 2027-07-18)."
        ),
        _D,
        _M,
        DateForm.MOMENT,
        DateForm.RANGE,
    ),
    STORED,
    examples("2027-07-14", "2027-07-14 10:00", "2027-07-14 to 2027-07-18"),
]
"""When something is to happen: a day, a month, a date and time, or a range of days."""


# Readings -----------------------------------------------------------------------------------


def typed_day(text: str) -> dt.date | None:
    """A day as people type it: 2027-02-15, or day first 15.02.2027 or 15/02/2027."""
    text = text.strip()
    if match := _ISO_DAY.fullmatch(text):
        return _day(*match.groups())
    if match := _DAY_FIRST.fullmatch(text):
        first, second, year = match.groups()
        return _day(year, second, first)
    return None


def impossible_day(text: str) -> UserText | None:
    """Why a text in the form of a day names none ("2027-02-30"), as a message shown in the
    interface language; None for a real day or another text."""
    text = text.strip()
    if match := _ISO_DAY.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        return None
    if not 1 <= month <= 12:
        return UserText(N_("“%(typed)s” is not a day: a year has 12 months."), typed=text)
    days = calendar.monthrange(year, month)[1] if year else 31
    if 1 <= day <= days:
        return None
    return UserText(
        N_("“%(typed)s” is not a day of the calendar: %(month)s has %(days)s days."),
        typed=text,
        month=_month_name(dt.date(max(year, 1), month, 1)),
        days=days,
    )


def _month_name(day: dt.date) -> str:
    language = ui_language()
    try:
        return format_date(day, "LLLL y", locale="en_GB" if language == "en" else language)
    except (ValueError, LookupError):
        return format_date(day, "LLLL y", locale="en_GB")


def spoken_date(day: dt.date) -> str:
    """A day written out in the interface language: "14 October 2026"."""
    language = ui_language()
    try:
        # International cooperation in English follows British usage (14 October 2026).
        return format_date(day, "long", locale="en_GB" if language == "en" else language)
    except (ValueError, LookupError):
        return format_date(day, "long", locale="en_GB")


def reading(date: CaseDate) -> str:
    """How a day-first date was read, in the interface language: “14.10.2026 → 14 October 2026”."""
    day = date.day or dt.date.min
    written = spoken_date(day)
    return _(
        "“%(typed)s” was read day first, as %(date)s (%(iso)s). If you meant another date, "
        "write it year-month-day."
    ) % {"typed": date.typed, "date": written, "iso": day.isoformat()}


def date_readings(model: BaseModel, prefix: FieldPath | None = None) -> list[tuple[str, str]]:
    """(field path, how it was read) for every date of `model` read day first."""
    found: list[tuple[str, str]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = (prefix or FieldPath()).child(name)
        values = value if isinstance(value, list) else [value]
        for number, element in enumerate(values, start=1):
            where = path.item(number) if isinstance(value, list) else path
            if isinstance(element, CaseDate):
                found.extend((str(where), reading(part)) for part in element.readings())
            elif isinstance(element, BaseModel):
                found.extend(date_readings(element, where))
    return found
