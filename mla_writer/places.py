"""States and languages: codes, names in any locale, and forgiving input ("Turkey", "tr", "TR").

Names come from babel's copy of the Unicode CLDR, so a State or language is named correctly in
every letter language without a table of our own.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from mla_writer.i18n import N_, UserText, ui_language
from mla_writer.suggestions import close_matches

# Common English names that CLDR spells differently.
_STATE_ALIASES = {
    "turkey": "TR",
    "russia": "RU",
    "moldova": "MD",
    "republic of moldova": "MD",
    "russian federation": "RU",
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "usa": "US",
    "united states of america": "US",
    "uae": "AE",
    "czech republic": "CZ",
    "macedonia": "MK",
    "north macedonia": "MK",
}


# Nationality adjectives that do not follow from the State's English name (those that do,
# "Moldovan", "Italian", "Israeli", "Japanese", are found by `_demonyms`).
_IRREGULAR_DEMONYMS = {
    "american": "US",
    "argentine": "AR",
    "belarusian": "BY",
    "belgian": "BE",
    "british": "GB",
    "czech": "CZ",
    "cypriot": "CY",
    "danish": "DK",
    "dutch": "NL",
    "emirati": "AE",
    "english": "GB",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "german": "DE",
    "greek": "GR",
    "icelandic": "IS",
    "irish": "IE",
    "kazakh": "KZ",
    "kyrgyz": "KG",
    "luxembourgish": "LU",
    "maltese": "MT",
    "moroccan": "MA",
    "nigerian": "NG",
    "monegasque": "MC",
    "montenegrin": "ME",
    "norwegian": "NO",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "russian": "RU",
    "saudi": "SA",
    "scottish": "GB",
    "slovak": "SK",
    "spanish": "ES",
    "swedish": "SE",
    "swiss": "CH",
    "tajik": "TJ",
    "thai": "TH",
    "turkish": "TR",
    "turkmen": "TM",
    "uzbek": "UZ",
    "welsh": "GB",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _states() -> dict[str, str]:
    from babel import Locale

    return {
        code: name
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}
    }


@cache
def _state_names() -> dict[str, str]:
    names = {_fold(name): code for code, name in _states().items()}
    names.update(_STATE_ALIASES)
    return names


@cache
def _state_names_in(language: str) -> dict[str, str]:
    """The States' short names in another language (CLDR's), for a State typed in the
    interface language: "Roumanie", "Rumania", "Румыния"."""
    from babel import Locale

    try:
        territories = Locale.parse(language).territories
    except (ValueError, LookupError):
        return {}
    return {_fold(territories[code]): code for code in _states() if code in territories}


@cache
def _demonyms() -> dict[str, str]:
    """Nationality adjectives made from the States' English names as English makes most of
    them: Moldova → Moldovan, Italy → Italian, Brazil → Brazilian, Israel → Israeli, Japan →
    Japanese, China → Chinese; then the irregular ones."""
    found: dict[str, str] = {}
    for code, name in _states().items():
        folded = _fold(name)
        if " " in folded or "-" in folded:
            continue
        stem = folded[:-1]
        for adjective in (
            folded + "n",
            folded + "ian",
            folded + "i",
            folded + "ese",
            stem + "ian",
            stem + "ese",
        ):
            found.setdefault(adjective, code)
    found.update(_IRREGULAR_DEMONYMS)
    return found


def state_code(value: str) -> str:
    """The ISO 3166-1 alpha-2 code for a code, an English name or a name in the interface
    language; ValueError with a suggestion."""
    text = value.strip()
    if len(text) == 2 and text.upper() in _states():
        return text.upper()
    by_name = _state_names()
    folded = _fold(text)
    if folded in by_name:
        return by_name[folded]
    language = ui_language()
    if language != "en" and folded in (local := _state_names_in(language)):
        return local[folded]
    if folded in _demonyms():  # a nationality as a lawyer writes it: "Moldovan"
        return _demonyms()[folded]
    close = close_matches(folded, by_name)
    hint = (
        UserText(
            N_("did you mean %(name)s (%(code)s)?"),
            name=_states()[by_name[close[0]]],
            code=by_name[close[0]],
        )
        if close
        else UserText(N_("write the State's two-letter ISO code, e.g. TR for Türkiye."))
    )
    raise UserText(N_("“%(value)s” is not a State I know: %(hint)s"), value=value, hint=hint)


def state_name(code: str, language: str = "en") -> str:
    """The State's short name in the given language, e.g. ("TR", "fr") -> "Turquie"."""
    from babel import Locale

    return Locale.parse(language).territories.get(code, code)


@cache
def _languages() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").languages.items())


@cache
def _language_names_in(language: str) -> dict[str, str]:
    """The languages' names in the interface language (CLDR's), for a language typed in it."""
    from babel import Locale

    if language == "en":
        return {}
    try:
        names = Locale.parse(language).languages
    except (ValueError, LookupError):
        return {}
    return {_fold(name): code for code, name in names.items() if code in _languages()}


def language_code(value: str) -> str:
    """The ISO 639 code for a code or English name ("French", "fr", "FR" -> "fr")."""
    text = value.strip().replace("-", "_")
    languages = _languages()
    if text.lower() in languages:
        return text.lower()
    if text.split("_")[0].lower() in languages and "_" in text:
        return text.split("_")[0].lower()
    by_name = {_fold(name): code for code, name in languages.items()}
    if _fold(text) in by_name:
        return by_name[_fold(text)]
    local = _language_names_in(ui_language())  # "anglais", "inglés", "английский"
    if _fold(text) in local:
        return local[_fold(text)]
    close = close_matches(_fold(text), by_name)
    hint = (
        UserText(
            N_("did you mean %(name)s (%(code)s)?"),
            name=languages[by_name[close[0]]],
            code=by_name[close[0]],
        )
        if close
        else UserText(N_("write the language's ISO code, e.g. en, fr, ru, tr."))
    )
    raise UserText(N_("“%(value)s” is not a language I know: %(hint)s"), value=value, hint=hint)


def language_name(code: str, language: str = "en") -> str:
    from babel import Locale

    return Locale.parse(language).languages.get(code, code)
