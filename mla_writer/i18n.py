"""Two translators, kept apart on purpose: the user's interface language and the letter's language.

Catalogs are gettext `.po` files under `locales/<lang>/LC_MESSAGES/` in two domains:
`mla_writer` (everything the user reads on screen) and `letter` (the fixed phrases of a letter).
An installed wheel carries compiled `.mo` files; a source checkout compiles the `.po` in memory.
English is the source language and needs no catalog.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

UI_DOMAIN = "mla_writer"
LETTER_DOMAIN = "letter"
SOURCE_LANGUAGE = "en"

_PACKAGE_LOCALES = Path(__file__).parent / "locales"
_SOURCE_LOCALES = Path(__file__).parent.parent / "locales"


def locales_dir() -> Path:
    """Where the catalogs are: inside the installed package, else the source checkout."""
    return _PACKAGE_LOCALES if _PACKAGE_LOCALES.is_dir() else _SOURCE_LOCALES


def N_(message: str) -> str:
    """Mark an interface string for extraction (domain `mla_writer`); translate it where shown."""
    return message


def L_(message: str) -> str:
    """Mark a letter phrase for extraction (domain `letter`); the letter's translator shows it.

    Extraction keywords: interface domain `_`, `N_`, `ngettext`, `pgettext`; letter domain `L_`
    and a LetterTranslator called `t`: `t("...")`, `t.n(singular, plural, n)`, `t.p(context, "...")`.
    """
    return message


def shipped_languages(domain: str = LETTER_DOMAIN) -> list[str]:
    """Languages with a catalog for the domain, English first."""
    found = {
        p.parent.parent.name
        for p in locales_dir().glob(f"*/LC_MESSAGES/{domain}.*")
        if p.suffix in (".po", ".mo")
    }
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def base_language(language: str) -> str:
    """The language of a code or locale, without region or script: "pt_BR", "pt-BR", "PT" -> "pt".

    The one place language codes are normalised; babel's `parse_locale` reads the identifier.
    """
    text = language.strip().replace("-", "_")
    if text.isalpha():  # a bare language code ("fr", "PT"): what parse_locale would return
        return text.lower()
    from babel.core import parse_locale  # not loaded by `mla --help` and plain language codes

    try:
        return parse_locale(text)[0].lower()
    except ValueError:  # not a locale identifier (a name typed by the user, "C.UTF-8"...)
        return text.split("_")[0].lower()


@cache
def translations(language: str, domain: str) -> gettext.NullTranslations:
    """The catalog for a language and domain; English (the source) is the identity."""
    base = base_language(language)
    if base == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    directory = locales_dir() / base / "LC_MESSAGES"
    mo_path = directory / f"{domain}.mo"
    if mo_path.is_file():
        with mo_path.open("rb") as mo_file:
            return gettext.GNUTranslations(mo_file)
    po_path = directory / f"{domain}.po"
    if po_path.is_file():
        return _compile_po(po_path, base)
    raise LookupError(base)


def _compile_po(po_path: Path, language: str) -> gettext.GNUTranslations:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class _Interface:
    """The interface language, chosen once per run (option, profile, then the system locale)."""

    language: str = SOURCE_LANGUAGE
    catalog: gettext.NullTranslations = gettext.NullTranslations()


def system_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return base_language(value.split(":")[0].split(".")[0])
    return SOURCE_LANGUAGE


def set_ui_language(language: str | None) -> str:
    """Use `language` for everything shown on screen; fall back to English without a catalog."""
    wanted = (language or system_language()).lower()
    try:
        _Interface.catalog = translations(wanted, UI_DOMAIN)
        _Interface.language = base_language(wanted)
    except LookupError:
        _Interface.catalog = gettext.NullTranslations()
        _Interface.language = SOURCE_LANGUAGE
    return _Interface.language


def ui_language() -> str:
    return _Interface.language


def _(message: str) -> str:
    """Translate an interface message."""
    return _Interface.catalog.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _Interface.catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return _Interface.catalog.pgettext(context, message)


class LetterTranslator:
    """The fixed phrases of a letter in the letter's language (never the interface language)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.catalog = translations(language, LETTER_DOMAIN)

    def __call__(self, message: str) -> str:
        return self.catalog.gettext(message)

    def n(self, singular: str, plural: str, count: int) -> str:
        return self.catalog.ngettext(singular, plural, count)

    def p(self, context: str, message: str) -> str:
        return self.catalog.pgettext(context, message)


class UserText(ValueError):
    """A validation message kept as msgid + parameters, translated only when it is shown.

    Raised inside pydantic validators: pydantic keeps the exception in the error's `ctx`, and the
    error formatter shows `str(exc)` in the interface language of the moment.
    """

    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params

    def __str__(self) -> str:
        text = _(self.msgid)
        return text % {k: str(v) for k, v in self.params.items()} if self.params else text
