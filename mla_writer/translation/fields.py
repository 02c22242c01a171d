"""Which fields of a case are free text to translate, and which lack a current translation."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel

from mla_writer.errors import MlaError
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import UserText, _, base_language, ui_language
from mla_writer.model import LetterOfRequest
from mla_writer.places import language_code, language_name
from mla_writer.translation.kept import translatable_texts


def fingerprint(text: str) -> str:
    """A short fingerprint of an original text, stored with its translation."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def import_mark(previous: str | None, text: str) -> str:
    """What an import writes with a translation: `text`, imported from an export made when the
    case held the translation whose fingerprint is `previous` (None: none)."""
    return fingerprint(f"{previous or ''}\n{text}")


def translatable_fields(request: LetterOfRequest) -> list[tuple[str, str]]:
    """Every field whose text is translated (all but those `kept.KEPT_AS_TYPED` lists), as
    (field path, original text), in file order."""
    translated = frozenset(str(path) for texts in request.translations.values() for path in texts)
    return translatable_texts(request, translated=translated)


def needs_translation(request: LetterOfRequest, language: str) -> bool:
    return base_language(language) != base_language(request.language.source_language())


def missing_translations(request: LetterOfRequest, language: str) -> list[str]:
    """Free-text fields with no translation into `language` (none if it is the original)."""
    if not needs_translation(request, language):
        return []
    have = request.translations.get(base_language(language), {})
    return [path for path, _text in translatable_fields(request) if path not in have]


def outdated_translations(request: LetterOfRequest, language: str) -> list[str]:
    """Fields whose translation into `language` was made from another version of the text."""
    if not needs_translation(request, language):
        return []
    have = request.translations.get(base_language(language), {})
    return [
        path
        for path, text in translatable_fields(request)
        if path in have and have[path].source is not None and have[path].source != fingerprint(text)
    ]


def orphan_translations(request: LetterOfRequest) -> list[tuple[str, str]]:
    """(language, path) of translations for fields that are now empty or no longer exist."""
    if not request.translations:  # most cases: no need to list the fields
        return []
    current = {path for path, _text in translatable_fields(request)}
    return [
        (language, path)
        for language, texts in request.translations.items()
        for path in texts
        if path not in current
    ]


def language_shown(code: str) -> str:
    """A language's name in the interface language (its code if unknown)."""
    return str(language_name(code, ui_language()))


def target_language(request: LetterOfRequest, language: str) -> str:
    try:
        code = base_language(language_code(language))
    except UserText as error:
        raise MlaError(_("--lang: %(problem)s") % {"problem": error}) from None
    if not needs_translation(request, code):
        raise MlaError(
            _(
                "The free text of this case is already written in %(language)s "
                "(language.original): there is nothing to translate into it. Choose another "
                "language, or set language.original to the language the text is typed in."
            )
            % {"language": language_shown(code)}
        )
    return code


def field_description(request: LetterOfRequest, path: str) -> str:
    """What a field holds, from the model's documentation (a note for the translator)."""
    current: Any = request
    description = ""
    for step in FieldPath.parse(path).steps:
        if isinstance(step, int):
            current = current[step] if isinstance(current, list) and step < len(current) else None
            continue
        fields = type(current).model_fields if isinstance(current, BaseModel) else {}
        info = fields.get(step)
        if info is None:
            return ""
        description = " ".join((info.description or "").split())
        current = getattr(current, step)
    return description


# --------------------------------------------------------------------------- field paths


def set_text(data: Any, path: str, value: str) -> None:
    *head, last = FieldPath.parse(path).steps
    for step in head:
        data = data[step]
    data[last] = value


def get_text(data: Any, path: str) -> str | None:
    """The text at `path` in a case's data (as `model_dump` gives it), or None."""
    for step in FieldPath.parse(path).steps:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data if isinstance(data, str) else None


def holds_text_kept_as_typed(request: LetterOfRequest, path: str) -> bool:
    """Whether `path` is a field of the case that holds text, of a kind never translated."""
    written = FieldPath.parse_or_none(path)
    if written is None:
        return False
    current: Any = request
    for step in written.steps:
        if isinstance(step, int):
            if not isinstance(current, list) or not 0 <= step < len(current):
                return False
            current = current[step]
        elif isinstance(current, BaseModel) and step in type(current).model_fields:
            current = getattr(current, step)
        else:
            return False
    return isinstance(current, str) and bool(current)
