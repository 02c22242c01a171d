"""States' names as a letter of request writes them: the UN formal name in the letter's language,
with the article, contraction or case the sentence needs, and nationalities.

The table (`names.yaml` beside this file) was written and reviewed by readers of each language (see
tests/state_facts/names/); CLDR, which names everything else, has no formal names ("Moldavie",
"Turquie") and no cases. Public API:

- `has_names(code)`: whether the table holds the State.
- `state_form(code, language, form)`: "de la République de Türkiye" (`StateForm.OF`, French),
  "Турецкой Республики" (`OF`, Russian), "the Republic of Türkiye" (`THE`, English); None where the
  table lacks the State or the language, so that the caller falls back to CLDR's short name.
- `nationality_adjectives(codes, language, sex)`: "Turkish", « turque », "تركي", "土耳其国籍",
  where the letter's language says a nationality with an adjective (the sentence around it is
  the letter catalog's: « de nationalité %(adjectives)s », "%(adjectives)s الجنسية").
- `unsure_entries()`: the forms a reader still has to confirm, with the reason.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from mla_writer.yamlfile import parse_yaml

TABLE_LANGUAGES = ("en", "fr", "es", "pt", "ru", "ar", "zh")


class StateForm(StrEnum):
    """The forms a sentence asks for; what each holds in each language is in `_FORMS`."""

    NAME = "name"
    """The bare short name, as a label's value: "Türkiye", « République de Moldova »."""
    THE = "the"
    """The formal name as a subject or object: "the Republic of Türkiye", « la République de
    Türkiye », Russian nominative, Arabic and Chinese as written."""
    OF = "of"
    """The formal name completing a noun ("the authorities of …"): en "of the Republic of
    Türkiye", fr « de la République de Türkiye », es « de la … », pt « da … », ru genitive;
    Arabic (construct state, after في) and Chinese write the bare formal name."""


_ROMANCE_FORMS = {StateForm.THE: "the", StateForm.OF: "of"}
_RUSSIAN_CASES = {StateForm.THE: "nom", StateForm.OF: "gen"}


@cache
def _table() -> dict[str, dict[str, Any]]:
    text = resources.files("mla_writer.states").joinpath("names.yaml").read_text("utf-8")
    data, _located = parse_yaml(text)
    return {str(code).upper(): entry for code, entry in data.items()}


def has_names(code: str) -> bool:
    return code.upper() in _table()


def _entry(code: str, language: str) -> dict[str, Any] | None:
    state = _table().get(code.upper())
    entry = state.get(language) if state else None
    return entry if isinstance(entry, dict) else None


def state_form(code: str, language: str, form: StateForm) -> str | None:
    """The State's name in `form` for a letter in `language`, or None where the table lacks it."""
    entry = _entry(code, language)
    if entry is None:
        return None
    if form is StateForm.NAME:
        return str(entry["short"])
    match language:
        case "en":
            the = str(entry["formal_the"])
            return the if form is StateForm.THE else f"of {the}"
        case "fr" | "es" | "pt":
            return str(entry["formal_forms"][_ROMANCE_FORMS[form]])
        case "ru":
            return str(entry["formal_cases"][_RUSSIAN_CASES[form]])
    return str(entry["formal"])  # ar, zh: no article or case to add


def nationality_adjectives(codes: list[str], language: str, sex: str | None) -> list[str] | None:
    """The adjectives a letter in `language` writes a person's nationalities with ("Turkish",
    « turque » after « de nationalité »), or None where it names the States instead: Russian
    always ("гражданин Турецкой Республики"), Arabic without the person's sex or with several
    nationalities, and wherever the table lacks a State, gives a phrase ("of Bosnia and
    Herzegovina") or doubts the adjective (`nationality_by_phrase`)."""
    entries = [_entry(code, language) for code in codes]
    if not codes or language == "ru" or any(entry is None for entry in entries):
        return None
    if language == "ar" and (len(codes) > 1 or sex not in ("male", "female")):
        return None
    adjectives = []
    for entry in entries:
        assert entry is not None
        value = entry["nationality"]
        if isinstance(value, dict):
            # fr nationalité, es nacionalidad, pt nacionalidade are feminine; Arabic agrees
            # with the person.
            value = value["f" if language != "ar" or sex == "female" else "m"]
        adjective = str(value)
        phrase = adjective.startswith(("of ", "de ", "d'", "da ", "do ", "dos ", "das ", "من "))
        if phrase or "/" in adjective or entry.get("nationality_by_phrase"):
            return None
        adjectives.append(adjective)
    return adjectives


def unsure_entries() -> list[tuple[str, str, str]]:
    """(State, language, what to check) for every form a reader has still to confirm."""
    return [
        (code, language, str(entry["unsure"]))
        for code, state in _table().items()
        for language, entry in state.items()
        if isinstance(entry, dict) and "unsure" in entry
    ]
