"""Values as a letter writes them: dates, amounts, State and language names, lists (babel, for
the letter's locale), and the letter language's punctuation around them (labels, separators)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from babel.units import format_unit

from mla_writer.i18n import LetterTranslator, base_language
from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.places import language_name, state_name
from mla_writer.states.names import StateForm, state_form

# The region a letter language is written for when the case file names only the language.
# International cooperation in English follows British usage ("20 November 2026").
_LETTER_REGIONS = {
    "en": "GB",
    "fr": "FR",
    "es": "ES",
    "pt": "PT",
    "ru": "RU",
    "ar": "SA",
    "zh": "CN",
    "de": "DE",
    "it": "IT",
    "ro": "RO",
    "tr": "TR",
}


# English short names that take "the" in running text ("the competent authorities of the United
# States", "of the Netherlands"): names built on a common noun, and names plural in form.
_ENGLISH_COMMON_NOUNS = re.compile(
    r"\b(Republic|Kingdom|Union|Federation|States|Islands|Emirates|Territory|Territories|See)\b"
)
_ENGLISH_PLURAL_NAMES = frozenset(
    {"Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia"}
)


GENITIVE_DATE_LANGUAGES = frozenset({"ru"})
"""Letter languages whose month or year alone takes another form after "from", "until", "no
later than" (the genitive); a day's date is already written in it («31 октября 2026 г.»)."""

_CURRENCY_LETTER_BEFORE_DIGIT = re.compile(r"(?<=[A-Z]{3})(?=[\d\u2212-])|(?<=\d)(?=[A-Z]{3}\b)")
"""Where an ISO currency code touches its figure, on either side."""


def english_takes_article(name: str) -> bool:
    """Whether an English State name reads with "the" inside a sentence."""
    if name.startswith("Isle of"):
        return False
    return bool(_ENGLISH_COMMON_NOUNS.search(name)) or name in _ENGLISH_PLURAL_NAMES


@cache
def letter_locale(language: str) -> Locale:
    base = base_language(language)
    region = _LETTER_REGIONS.get(base)
    try:
        # parse() completes the script where CLDR needs one (zh_CN -> zh_Hans_CN).
        return Locale.parse(f"{base}_{region}") if region else Locale.parse(base)
    except (ValueError, LookupError, UnknownLocaleError):
        return Locale("en", "GB")


class LetterFormat:
    """Formats values the way a letter in `language` writes them."""

    def __init__(self, language: str) -> None:
        self.language = base_language(language)
        self.locale = letter_locale(language)
        self.tag = (
            f"{self.locale.language}-{self.locale.territory}"
            if self.locale.territory
            else self.locale.language
        )
        self.right_to_left = self.locale.text_direction == "rtl"

    def date(self, value: dt.date) -> str:
        """A date written out in full, with its year: "20 November 2026", « 1er janvier 2027 »."""
        text = format_date(value, "long", locale=self.locale)
        return _first_of_month(text) if value.day == 1 and self.language == "fr" else text

    def datetime(self, value: dt.datetime) -> str:
        """A date and time in the time zone it was recorded in, with its UTC offset."""
        offset = value.utcoffset()
        if offset is None:
            zone = ""
        else:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "−"
            zone = f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
        when = format_time(value.replace(tzinfo=None), "HH:mm:ss", locale=self.locale)
        return f"{self.date(value.date())}, {when}{zone}"

    def month(self, value: dt.date, *, genitive: bool = False) -> str:
        """A month and its year: "March 1975", "mars 1975"; `genitive` where the sentence puts
        it after a preposition that governs that case («до марта 2027 года», not «до март
        2027 г.»)."""
        if genitive and self.language in GENITIVE_DATE_LANGUAGES:
            return format_date(value, "MMMM y", locale=self.locale) + " года"
        return format_skeleton("yMMMM", value, locale=self.locale)

    def year(self, value: dt.date, *, genitive: bool = False) -> str:
        """A year as the language writes it alone: "1975", "1975 г." («до 2027 года» in the
        genitive)."""
        if genitive and self.language in GENITIVE_DATE_LANGUAGES:
            return format_date(value, "y", locale=self.locale) + " года"
        return format_skeleton("y", value, locale=self.locale)

    def days(self, start: dt.date, end: dt.date) -> str:
        """A range of days written once: "14–18 July 2027", "14 June – 18 July 2027"."""
        if start == end:
            return self.date(start)
        greatest = "y" if start.year != end.year else "M" if start.month != end.month else "d"
        patterns = self.locale.interval_formats.get("yMMMd", {}).get(greatest)
        if not patterns:
            return f"{self.date(start)} – {self.date(end)}"
        # CLDR's range patterns abbreviate the month; a letter writes it in full where the
        # language's long date does ("July", not "Jul"; Chinese writes "7月" either way).
        if "MMMM" in str(self.locale.date_formats["long"].pattern):
            patterns = [re.sub(r"(?<!M)MMM(?!M)", "MMMM", part) for part in patterns]
        first, second = patterns
        opening = format_date(start, first, locale=self.locale)
        closing = format_date(end, second, locale=self.locale)
        if self.language == "fr":
            opening = _first_of_month(opening) if start.day == 1 else opening
            closing = _first_of_month(closing) if end.day == 1 else closing
        return opening + closing

    def moment(self, day: dt.date, time: dt.time) -> str:
        """A date and a time of day, with its UTC offset if one was given: "10 June 2027, 10:00"."""
        offset = time.utcoffset()
        zone = ""
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "−"
            zone = f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
        pattern = "HH:mm:ss" if time.second else "HH:mm"
        when = format_time(time.replace(tzinfo=None), pattern, locale=self.locale)
        return f"{self.date(day)}, {when}{zone}"

    def duration(self, amount: int, unit: str) -> str:
        """ "60 days", "3 mois", "60 дней": the unit agreed with the number by CLDR."""
        return format_unit(amount, f"duration-{unit}", length="long", locale=self.locale)

    def money(self, amount: Decimal | None, currency: str | None) -> str:
        if amount is None:
            return currency or ""
        if currency:
            # CLDR's currency spacing, which babel leaves out: "GEL 1,150,000.00", not
            # "GEL1,150,000.00" (a symbol like "€" or "US$" stays against the figure).
            text = format_currency(amount, currency, locale=self.locale)
            return _CURRENCY_LETTER_BEFORE_DIGIT.sub("\u00a0", text)
        return format_decimal(amount, locale=self.locale)

    def number(self, value: int | Decimal) -> str:
        if isinstance(value, int):  # paragraph numbers, page counts: the same few, many times
            return _whole_number(value, self.locale)
        return format_decimal(value, locale=self.locale)

    def state(self, code: str | None) -> str:
        """The State's short name, bare, as a label's value: "Türkiye", « République de Moldova »."""
        if not code:
            return ""
        # The letter's full locale: CLDR's bare "pt" names are Brazilian ("Romênia", "Irã").
        return state_form(code, self.language, StateForm.NAME) or state_name(code, str(self.locale))

    def formal_state(self, code: str, form: StateForm) -> str | None:
        """The State's formal name in `form` ("de la République de Türkiye"), None where the
        table of names lacks it."""
        return state_form(code, self.language, form)

    def state_in_text(self, code: str | None) -> str:
        """The State's CLDR name as it reads inside a sentence: "the United States", "Cyprus"
        (for a State the table of names lacks)."""
        name = state_name(code, str(self.locale)) if code else ""
        if self.locale.language == "en" and english_takes_article(name):
            return f"the {name}"
        return name

    def language_name(self, code: str) -> str:
        return language_name(code, str(self.locale))

    def join(self, items: Iterable[str]) -> str:
        """ "a, b and c" in the letter's language."""
        values = [item for item in items if item]
        return format_list(values, locale=self.locale) if values else ""


_FIRST_DAY = re.compile(r"(?<!\d)1(?!\d)")


def _first_of_month(text: str) -> str:
    """French writes the first day of a month as an ordinal: « le 1er janvier », « 1er–3 mars »."""
    return _FIRST_DAY.sub("1er", text, count=1)


@cache
def _whole_number(value: int, locale: Locale) -> str:
    return format_decimal(value, locale=locale)


def date_text(
    value: CaseDate, fmt: LetterFormat, t: LetterTranslator, *, genitive: bool = False
) -> str:
    """A date of the case as the letter writes it, whatever form the case file gave it in;
    `genitive` after "from", "until", "no later than" (`LetterFormat.month`)."""
    day = value.day or dt.date.min
    match value.form:
        case DateForm.DAY:
            return fmt.date(day)
        case DateForm.MONTH:
            return fmt.month(day, genitive=genitive)
        case DateForm.YEAR:
            return fmt.year(day, genitive=genitive)
        case DateForm.MOMENT:
            return fmt.moment(day, value.time or dt.time())
        case DateForm.APPROXIMATE:
            return t("about %(date)s") % {"date": date_text(value.parts[0], fmt, t)}
        case DateForm.RANGE:
            return _range_text(value, fmt, t)
        case DateForm.OPEN:
            start = date_text(value.parts[0], fmt, t, genitive=True)
            return t("from %(start)s to date") % {"start": start}
        case DateForm.TO_DATE:
            return t.p("the end of a period", "to date")
        case DateForm.EARLIEST:
            return t("from the earliest record held")
    duration = fmt.duration(value.amount, value.unit)
    if value.of_receipt:
        return t("within %(duration)s of receipt of this request") % {"duration": duration}
    return t("within %(duration)s") % {"duration": duration}


def _range_text(value: CaseDate, fmt: LetterFormat, t: LetterTranslator) -> str:
    start, end = value.parts
    if start.form is DateForm.DAY and end.form is DateForm.DAY and start.day and end.day:
        return fmt.days(start.day, end.day)
    return t("from %(start)s to %(end)s") % {
        "start": date_text(start, fmt, t, genitive=True),
        "end": date_text(end, fmt, t),
    }


class LetterWording:
    """The letter language's punctuation around values: labels, separators, two-part headings."""

    def __init__(self, t: LetterTranslator) -> None:
        self.t = t

    def label(self, label: str) -> str:
        """ "Label:" on a line (or in a cell) of its own."""
        return self.t("%(label)s:") % {"label": label}

    def label_before_value(self, label: str) -> str:
        """ "Label: " before a value on the same line, with the language's colon and spacing."""
        return self.t.p("a label followed by its value on the same line", "%(label)s: ") % {
            "label": label
        }

    def joined(self, parts: Iterable[str | None]) -> str:
        """Parts of one name or address ("name, function, authority") with the language's comma,
        each said once: a unit named in the function and again after the authority's name
        ("Senior Prosecutor, X Section" + "Y Office, X Section") is not repeated."""
        separator = self.t.p("separator between the parts of a name or address", ", ")
        said: list[str] = []
        for part in parts:
            for piece in (part or "").split(separator):
                if piece.strip() and piece.strip() not in said:
                    said.append(piece.strip())
        return separator.join(said)

    def details(self, parts: Iterable[str | None]) -> str:
        """Details of one entry ("place: …; holder: …") with the language's semicolon."""
        return self.t.p("separator between the details of one entry", "; ").join(
            part for part in parts if part
        )

    def dash(self, first: str | None, second: str | None) -> str:
        """Two parts of a heading ("12 May 2026 – videoconference"), either may be missing."""
        if first and second:
            return self.t.p("two parts of a heading", "%(first)s – %(second)s") % {
                "first": first,
                "second": second,
            }
        return first or second or ""


def paragraphs(text: str) -> list[str]:
    """User text split at blank lines: one idea per paragraph, as the user wrote it."""
    return [part.strip() for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]


def capitalised(sentence: str) -> str:
    """A sentence that starts with a State's name in running text ("the United States ...")."""
    return sentence[:1].upper() + sentence[1:]


def words(text: str) -> int:
    """How many words `text` holds."""
    return len(re.findall(r"\w+", text))


_PROVISION_AFTER_PREPOSITION: dict[str, dict[str, str]] = {
    "fr": {"article": "l'article", "articles": "les articles"},
    "es": {"artículo": "el artículo", "artículos": "los artículos"},
    "pt": {"artigo": "no artigo", "artigos": "nos artigos"},
    "ru": {
        "статья": "статьёй",
        "статьи": "статьями",
        "часть": "частью",
        "части": "частями",
        "пункт": "пунктом",
        "пункты": "пунктами",
    },
    "ar": {"مادة": "المادة", "مواد": "المواد"},
}
"""A provision's first word as the sentence "the offence is defined by …" needs it in the
letter's language: with its article (« par l'article 165 », "en el artículo", pt "no artigo" —
"em" + "o"), in the instrumental («предусмотрено статьёй 165»), made definite (ar "في المادة")."""


def provision_in_sentence(text: str, language: str) -> str | None:
    """`text` (a provision as the drafter typed it: "Article 165(1) …") after the preposition of
    "defined by", or None when its first word is not one the language's rule knows."""
    words_of_language = _PROVISION_AFTER_PREPOSITION.get(base_language(language))
    first, _, rest = text.strip().partition(" ")
    found = words_of_language.get(first.casefold()) if words_of_language else None
    if found is None or not rest:
        return None
    return f"{found} {rest}"


_OPENER_WORDS = """a an the this that these those there it its his her their our one two three four five
six seven eight nine ten several some any all both each every no neither either in on at under
during without such only most many"""
_ENGLISH_OPENERS = frozenset(_OPENER_WORDS.split())
"""Words that open an English sentence without being a name: lowered after "because"."""


def english_clause(text: str) -> str | None:
    """The drafter's English sentence after "because": "The suspect is at large." as "the
    suspect is at large."; a sentence that opens with a name ("Dorin Cărbunaru is …") as it is;
    None when its first word may be either (the letter then keeps the reason as a sentence of its
    own after a colon)."""
    text = text.strip()
    first = text.split(maxsplit=1)[0] if text else ""
    if first.lower() in _ENGLISH_OPENERS and (len(first) == 1 or first[1:].islower()):
        return text[0].lower() + text[1:]
    words = text.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        return text  # a name of two words or more: "Alazani Holdings Ltd has …"
    return None


def closed(text: str) -> str:
    """User text ending a sentence of ours: with its own full stop, or one added."""
    text = text.strip()
    return text if text[-1:] in ".!?。" else f"{text}."


def in_sentence(text: str) -> str:
    """The drafter's noun phrase inside one of our sentences: "Certified copies, with …." as
    "certified copies, with …" (an initial capital kept where the next letter is one too, as in
    "IBAN", and in scripts without capitals)."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        first_word = text.split(maxsplit=1)[0]
        if not any(character.isupper() for character in first_word[1:]):
            return text[0].lower() + text[1:]
    return text


_LIST_LETTERS = {
    "ru": "абвгдежзиклмнопрстуфхцчшщэюя",
    "ar": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
}
"""The letters that mark a list's entries where they are not the Latin alphabet («а) б) в)»,
and the abjad order of Arabic)."""


def list_letter(index: int, language: str) -> str:
    """The letter marking a list's entry `index` (from 0): "a", « а », "أ"."""
    letters = _LIST_LETTERS.get(base_language(language), "abcdefghijklmnopqrstuvwxyz")
    return letters[index % len(letters)]


NO_BREAK = "\u00a0"

_DOUBLE_FULL_STOP = re.compile(r"(?<=[^.\s])\.\.(?![.])")
"""A sentence's full stop after an abbreviation's («2026 г..», "Ltd.."), not an ellipsis."""
_BEFORE_NUMBER = re.compile(
    r"(?<!\w)(§§?|n°|N°|nº|n\.º|№|art\.|Art\.|arts\.|ст\.|no\.|No\.|nos\.|Nos\.) (?=[\dIVXLC(])"
)
"""Signs and abbreviations that stay on the line of the number they introduce."""
_GROUPED_NUMBER = re.compile(r"(?<![\w+.,/-])(\+?)\d{1,3}(?: \d{3})+(?![\w/-])")
"""A number written with spaces between its groups of thousands ("10 000", "1 512 000"); one
opening with "+" or following a "+373 " group is a telephone number, left as typed."""
_TELEPHONE_BEFORE = re.compile(r"\+\d{1,4}[ \u00a0]$")
_RUSSIAN_YEAR = re.compile(r"(?<=\d) (?=гг?\.)")
_FRENCH_BEFORE = re.compile(r"[ \u202f](?=[;:!?»])")
_FRENCH_AFTER = re.compile(r"(?<=«)[ \u202f]")


@cache
def _day_and_month(language: str) -> re.Pattern[str] | None:
    """A day's number and the month's name after it ("15 February", « 1er janvier », "15 de
    febrero"), in the letter language's month names."""
    locale = letter_locale(language)
    names = {
        str(name).lower()
        for width in ("format", "stand-alone")
        for name in locale.months.get(width, {}).get("wide", {}).values()
    }
    names = {name for name in names if name.isalpha()}
    if not names:
        return None
    alternatives = "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))
    return re.compile(
        rf"(?<!\d)(\d{{1,2}}(?:er)?) ((?:de )?)(?=(?:{alternatives})\b)", re.IGNORECASE
    )


def typeset(text: str, language: str) -> str:
    """`text` with the typography a careful letter has: no double full stop, and no-break
    spaces where a line must not break (a day and its month, "§ 2705", "n° 2026", "10 000", in
    French before « ; : ! ? » and inside « »). Each rule runs only where its sign is present:
    this passes over every text of a letter."""
    return typesetter(language)(text)


@cache
def typesetter(language: str) -> Callable[[str], str]:
    """`typeset` for one language, its rules chosen once (it runs on every text of a letter).

    It returns the very text it was given when there is nothing to set, and keeps what it set
    for the texts most often met again (a batch's letters share most of their sentences)."""
    base = base_language(language)
    french, russian, chinese = base == "fr", base == "ru", base == "zh"
    day = _day_and_month(language)

    def typeset_text(text: str) -> str:
        if (
            not _TYPESET_SIGNS.search(text)
            and not (french and _FRENCH_SIGNS.search(text))
            and not (chinese and " " in text)
        ):
            return text  # most texts of a letter: nothing to set
        if ".." in text:
            text = _DOUBLE_FULL_STOP.sub(".", text)
        digits = _DIGIT.search(text) is not None
        if digits or "§" in text or "№" in text:  # (an "art. IV" without any digit is left)
            text = _BEFORE_NUMBER.sub(rf"\1{NO_BREAK}", text)
        if digits:
            text = _typeset_numbers(text, day, russian)
            if "+" in text:  # a telephone number is read, and dialled, whole
                text = _TELEPHONE.sub(lambda match: match.group(0).replace(" ", NO_BREAK), text)
        if chinese and " " in text:
            text = _AFTER_FULL_WIDTH.sub("", text)
        if french and _FRENCH_SIGNS.search(text):
            text = _FRENCH_AFTER.sub(NO_BREAK, _FRENCH_BEFORE.sub(NO_BREAK, text))
        return text

    return lru_cache(maxsize=4096)(typeset_text)


_TYPESET_SIGNS = re.compile(r"[\d§№]|\.\.")
"""A text with none of these has nothing `typeset` would change (but French punctuation)."""
_DIGIT = re.compile(r"\d")
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")
_DIGIT_SPACE_WORD = re.compile(r"\d(?:er|º|-?го)?[ \u00a0](?:de )?[^\W\d_]")
_FRENCH_SIGNS = re.compile(r"[;:!?«»]")
_TELEPHONE = re.compile(r"(?<![\w+])\+\d{1,4}(?: \d{1,5})+(?![\w/-])")
"""An international telephone number as typed ("+373 22 000 417")."""
_AFTER_FULL_WIDTH = re.compile(r"(?<=[。；：，！？、）」』]) +(?=[^\x00-\x7f])")
"""Spaces after Chinese full-width punctuation (which carries its own space) and before Chinese
text: sentences joined with a space, as Latin text is, read "。 本"."""


def _typeset_numbers(text: str, day: re.Pattern[str] | None, russian: bool) -> str:
    """No-break spaces in the numbers of `text`: thousands, a day and its month, a Russian
    year and its «г.»."""
    if _DIGIT_SPACE_DIGIT.search(text):
        text = _GROUPED_NUMBER.sub(
            lambda match: (
                match.group(0)
                if match.group(1) or _TELEPHONE_BEFORE.search(match.string[: match.start()])
                else match.group(0).replace(" ", NO_BREAK)
            ),
            text,
        )
    if day is not None and _DIGIT_SPACE_WORD.search(text):
        text = day.sub(
            lambda match: (
                match.group(1)
                + NO_BREAK
                + (match.group(2).replace(" ", NO_BREAK) if match.group(2) else "")
            ),
            text,
        )
    if russian:
        text = _RUSSIAN_YEAR.sub(NO_BREAK, text)
    return text
