"""What a translation file holds, whatever its format: one unit per field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mla_writer.errors import CaseFileError
from mla_writer.model import LetterOfRequest
from mla_writer.translation.fields import fingerprint, outdated_translations, translatable_fields


class TranslationFileError(CaseFileError):
    """A translation file that cannot be read, or does not fit the case it is imported into."""


@dataclass
class Unit:
    """One field in a translation file."""

    id: str
    source: str
    target: str | None
    ready: bool = True
    """False where the translator marked the text as not final (XLIFF state, PO fuzzy)."""
    previous: str | None = None
    """The fingerprint of the translation the case held when the file was exported."""
    line: int | None = None


@dataclass
class TranslationFile:
    source_language: str | None
    target_language: str
    units: list[Unit]


def units_for_export(
    request: LetterOfRequest, language: str
) -> Iterable[tuple[str, str, str | None, bool, str | None]]:
    """(path, original, existing translation, outdated, fingerprint of existing) per field."""
    have = request.translations.get(language, {})
    outdated = set(outdated_translations(request, language))
    for path, text in translatable_fields(request):
        entry = have.get(path)
        if entry is None:
            yield path, text, None, False, None
        else:
            yield path, text, entry.text, path in outdated, fingerprint(entry.text)
