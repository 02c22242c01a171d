"""Use cases: export a case's free text for a translator, and import the translation back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mla_writer.casefile import load_case
from mla_writer.translation.exchange import TranslationFormat, export_translation
from mla_writer.translation.fields import target_language
from mla_writer.translation.importing import ImportResult, import_translation


@dataclass(frozen=True)
class ExportedTranslation:
    """The file written for the translator and what it holds."""

    path: Path
    fields: int
    translated: int
    outdated: int


def export_case_text(
    case: Path,
    language: str,
    output: Path | None = None,
    *,
    format: TranslationFormat | None = None,
    force: bool = False,
) -> ExportedTranslation:
    """Write the case's free text to a file for a translator (default: CASE.LANG.xlf or .po)."""
    request = load_case(case)
    if output is None:
        extension = ".po" if format is TranslationFormat.po else ".xlf"
        output = case.with_name(f"{case.stem}.{target_language(request, language)}{extension}")
    fields, translated, outdated = export_translation(
        request, language, output, format=format, original=case.name, force=force
    )
    return ExportedTranslation(output, fields, translated, outdated)


def import_case_translation(translation: Path, case: Path, *, force: bool = False) -> ImportResult:
    """Put a translator's file back into the case file, keeping its comments and layout."""
    return import_translation(translation, case, force=force)
