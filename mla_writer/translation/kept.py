"""Which texts of a case are translated: all of them, but for the ones listed here.

Every field of a case that holds text is human language to translate for a letter in another
language (facts, reasons, addresses, places, institutions, the translator's description...),
unless `KEPT_AS_TYPED` lists it: names of persons and companies, e-mail addresses, telephone
numbers, account and document numbers, keys of the case file, and the codes the tool itself
writes out in the letter's language (States, languages, currencies, instruments). A reference
or a registry number is kept as typed while it is a code ("13/04-0417/26-MLA") and translated
once it holds words ("Criminal case no. 0741", "HE 417223 (Registrar of Companies, Cyprus)").

This table is the one place that says so: the export to translators, the letter's localisation,
the case file's JSON schema (`x-translatable`) and the tests read it. A new text field is
therefore translated unless it is added here.
"""

from __future__ import annotations

import functools
import re
import types
import typing
from enum import StrEnum
from typing import Annotated, Any, Union

from pydantic import BaseModel

from mla_writer.fieldpath import FieldPath


class Kept(StrEnum):
    """Why a field's text is the same in every language."""

    NAME = "name"
    """A person's or company's name, or the id of a person of the case standing for it."""
    CONTACT = "contact"
    """An e-mail address or a telephone or fax number."""
    IDENTIFIER = "identifier"
    """A number or identifier: passport number, e-mail account, IP address, user name."""
    KEY = "key"
    """A key other parts of the case file use (`ivanov`), not printed as text."""
    CODE = "code"
    """A State, language, currency or instrument code: the tool names it in the letter's
    language itself."""
    CODE_UNLESS_WORDED = "code unless worded"
    """A reference or a registry number: kept while it is a code, translated once it holds
    words."""
    NAME_UNLESS_TITLED = "name unless titled"
    """The name of an official (a contact, the signatory, an official attending): kept while it
    is a name, translated when it opens with a title or rank ("Inspector Mihai Grosu" → « M.
    Mihai Grosu, inspecteur »)."""


KEPT_AS_TYPED: dict[str, Kept] = {
    # the request
    "LetterOfRequest.reference": Kept.CODE_UNLESS_WORDED,
    "LetterOfRequest.requested_reference": Kept.CODE_UNLESS_WORDED,
    "LetterOfRequest.requesting_state": Kept.CODE,
    "LetterOfRequest.requested_state": Kept.CODE,
    "Proceedings.reference": Kept.CODE_UNLESS_WORDED,
    "OtherChannel.reference": Kept.CODE_UNLESS_WORDED,
    "Instrument.code": Kept.CODE,
    "LanguagePoint.letter": Kept.CODE,
    "LanguagePoint.drafted_in": Kept.CODE,
    "LanguagePoint.original": Kept.CODE,
    "LanguagePoint.accepted_by_requested_state": Kept.CODE,
    "Translation.language": Kept.CODE,
    # authorities and the people who act for them
    "Authority.phone": Kept.CONTACT,
    "Authority.second_phone": Kept.CONTACT,
    "Authority.fax": Kept.CONTACT,
    "Authority.email": Kept.CONTACT,
    "Contact.name": Kept.NAME_UNLESS_TITLED,
    "Contact.phone": Kept.CONTACT,
    "Contact.second_phone": Kept.CONTACT,
    "Contact.fax": Kept.CONTACT,
    "Contact.email": Kept.CONTACT,
    "Contact.languages": Kept.CODE,
    "Official.name": Kept.NAME_UNLESS_TITLED,
    "Signatory.name": Kept.NAME_UNLESS_TITLED,
    # persons
    "Person.id": Kept.KEY,
    "Person.name": Kept.NAME,
    "Person.name_latin": Kept.NAME,
    "Person.aliases": Kept.NAME,
    "Person.nationality": Kept.CODE,
    "Person.registration_number": Kept.CODE_UNLESS_WORDED,
    "IdentityDocument.number": Kept.IDENTIFIER,
    "IdentityDocument.issuing_state": Kept.CODE,
    # items of assistance
    "AssistanceBase.id": Kept.KEY,
    "PersonHeard.person": Kept.NAME,
    "WitnessStatement.person": Kept.NAME,
    "VideoconferenceHearing.person": Kept.NAME,
    "VoluntaryAppearance.person": Kept.NAME,
    "TemporaryTransfer.person": Kept.NAME,
    "LocatePerson.person": Kept.NAME,
    "ServiceOfDocuments.recipient": Kept.NAME,
    "ControlledDelivery.persons": Kept.NAME,
    "Property.holder": Kept.NAME,
    "RecordsProduction.holders": Kept.NAME,
    "RecordsProduction.identifiers": Kept.CODE_UNLESS_WORDED,
    "DataIdentifier.value": Kept.IDENTIFIER,
    "StoredDataProduction.preservation_reference": Kept.CODE_UNLESS_WORDED,
    "Order.reference": Kept.CODE_UNLESS_WORDED,
    "Money.currency": Kept.CODE,
}
"""Fields kept as typed in every language, as `Model.field` (a field declared by a base class,
such as every item's `id`, is listed under the base)."""

_LETTERS = re.compile(r"[^\W\d_]+")

TITLES = frozenset(
    {
        # English
        *("mr", "mrs", "ms", "dr", "judge", "justice", "prosecutor", "inspector", "chief"),
        *("detective", "officer", "sergeant", "constable", "superintendent", "commissioner"),
        *("captain", "major", "colonel", "lieutenant", "agent", "special", "senior", "deputy"),
        # French, Spanish, Portuguese, Italian, Romanian, German
        *("m", "mme", "me", "juge", "procureur", "procureure", "inspecteur", "inspectrice"),
        *("commissaire", "capitaine", "commandant", "lieutenant", "sr", "sra", "juez", "jueza"),
        *("fiscal", "inspectora", "comisario", "comisaria", "sr.ª", "juiz", "juíza"),
        *("procurador", "procuradora", "inspetor", "inspetora", "comissário", "dott", "giudice"),
        *("procuratore", "ispettore", "domnul", "doamna", "procuror", "judecător", "comisar"),
        *("herr", "frau", "richter", "richterin", "staatsanwalt", "staatsanwältin", "kommissar"),
        # Russian, Ukrainian
        *("г-н", "г-жа", "господин", "госпожа", "судья", "прокурор", "следователь", "инспектор"),
        *("майор", "капитан", "полковник", "подполковник", "лейтенант", "старший", "слідчий"),
    }
)
"""Words that open a name with a title or rank rather than a given name, in the languages
cases are written in (an abbreviation without its full stop)."""


def opens_with_title(name: str) -> bool:
    """Whether an official's name opens with a title or rank to translate ("Inspector …")."""
    first = name.strip().split(maxsplit=1)[0] if name.strip() else ""
    return first.rstrip(".").casefold() in TITLES


def holds_words(text: str) -> bool:
    """Whether a reference holds words to translate ("case no."), not only a code ("HE 4172",
    "13/04-MLA"): a run of two letters or more that is not all capitals."""
    return any(len(run) > 1 and not run.isupper() for run in _LETTERS.findall(text))


def _holds_text(annotation: Any) -> bool:
    """Whether a field's type is text (through Optional, unions, lists and Annotated); a Literal,
    an enumeration or a mapping is not."""
    if annotation is str:
        return True
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _holds_text(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType, list):
        return any(_holds_text(argument) for argument in typing.get_args(annotation))
    return False


def kept_as_typed(model_class: type[BaseModel], field: str) -> Kept | None:
    """Why a field of a model is kept as typed, or None if its text is translated."""
    for klass in model_class.__mro__:
        kept = KEPT_AS_TYPED.get(f"{klass.__name__}.{field}")
        if kept is not None:
            return kept
    return None


@functools.cache
def text_fields(model_class: type[BaseModel]) -> tuple[tuple[str, Kept | None], ...]:
    """The fields of a model class that hold text, each with why it is kept as typed (None: it
    is translated)."""
    return tuple(
        (name, kept_as_typed(model_class, name))
        for name, info in model_class.model_fields.items()
        if _holds_text(info.annotation)
    )


def _offered(text: str, kept: Kept | None, translated: bool) -> bool:
    """Whether a text is sent to the translator: always, unless kept; a reference with words,
    an official's name with a title; and one of those two already translated, whatever it
    holds now (so that turning a case into its translation's language and back is lossless)."""
    if not text:
        return False
    if kept in (Kept.CODE_UNLESS_WORDED, Kept.NAME_UNLESS_TITLED) and translated:
        return True
    return (
        kept is None
        or (kept is Kept.CODE_UNLESS_WORDED and holds_words(text))
        or (kept is Kept.NAME_UNLESS_TITLED and opens_with_title(text))
    )


def translatable_texts(
    model: BaseModel,
    prefix: FieldPath | None = None,
    translated: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """Every non-empty text of a model to translate, as (field path, text) in the order of the
    case file; paths are written like the findings' fields (`assistance[2].relevance`) and are
    the ids of the translation units. `translated`: the paths the case holds a translation of."""
    found: list[tuple[str, str]] = []
    texts = dict(text_fields(type(model)))
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = (prefix or FieldPath()).child(name)
        if isinstance(value, BaseModel):
            found.extend(translatable_texts(value, path, translated))
        elif isinstance(value, list):
            for number, element in enumerate(value, start=1):
                if isinstance(element, BaseModel):
                    found.extend(translatable_texts(element, path.item(number), translated))
                elif name in texts and isinstance(element, str):
                    item = path.item(number).xliff_id
                    if _offered(element, texts[name], item in translated):
                        found.append((item, element))
        elif (
            name in texts
            and isinstance(value, str)
            and _offered(value, texts[name], path.xliff_id in translated)
        ):
            found.append((path.xliff_id, value))
    return found


def model_classes(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model class a case can hold below `root` (itself included), each once."""
    found: list[type[BaseModel]] = []

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in found:
                found.append(annotation)
                for info in annotation.model_fields.values():
                    visit(info.annotation)
            return
        for argument in typing.get_args(annotation):
            visit(argument)

    visit(root)
    return found
