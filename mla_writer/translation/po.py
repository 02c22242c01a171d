"""gettext PO files for translators: msgctxt is the field, msgid the original text."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from mla_writer import __version__
from mla_writer.errors import Problem
from mla_writer.i18n import UserText, _, base_language
from mla_writer.model import LetterOfRequest
from mla_writer.places import language_code
from mla_writer.pofile import PoEntry, PoFile, PoReadError, read_po
from mla_writer.translation.fields import field_description, target_language
from mla_writer.translation.units import (
    TranslationFile,
    TranslationFileError,
    Unit,
    units_for_export,
)

_PREVIOUS_COMMENT = "mla-writer previous translation: "


def export_po(request: LetterOfRequest, language: str) -> bytes:
    """The same as export_xliff as a gettext PO file: msgctxt is the field, msgid the original."""
    language = target_language(request, language)
    source_language = base_language(request.language.source_language())
    catalog = Catalog(
        locale=language,
        project=f"mla-writer case ({source_language} -> {language})",
        version=__version__,
        header_comment=(
            "# Free text of a request for mutual legal assistance in criminal matters.\n"
            "# msgctxt is the field of the case file. Confidential: it holds personal data.\n"
            f"# Source language: {source_language}"
        ),
        fuzzy=False,
    )
    for path, text, existing, outdated, previous in units_for_export(request, language):
        catalog.add(
            text,
            existing or "",
            context=path,
            auto_comments=[
                *([field_description(request, path)] if field_description(request, path) else []),
                *([_PREVIOUS_COMMENT + previous] if previous else []),
            ],
            flags=("fuzzy",) if outdated else (),
        )
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=False)
    return buffer.getvalue()


def parse_po(data: bytes, source: Path | str = "<translation>") -> TranslationFile:
    """Parse a gettext PO file written by `mla translate export --format po`, strictly: a
    malformed line or a wrong character set is an error, never a silently altered text."""
    try:
        catalog = read_po(data)
    except PoReadError as error:
        raise TranslationFileError(source, [error.problem]) from None
    language = _target_language(catalog, source)
    source_language = next(
        (
            comment.removeprefix("Source language:").strip()
            for comment in catalog.header_comments
            if comment.startswith("Source language:")
        ),
        None,
    )
    units = [_unit(message) for message in catalog.entries]
    return TranslationFile(source_language or None, language, units)


def _target_language(catalog: PoFile, source: Path | str) -> str:
    """The file's “Language:” header, which must be a language code."""
    language = catalog.headers.get("Language", "")
    if not language:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "does not say which language it translates into (the “Language:” "
                        "header is missing). Export it again with `mla translate export`."
                    ),
                    line=catalog.header_line,
                )
            ],
        )
    try:
        language_code(language)
    except UserText:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "its “Language:” header says “%(value)s”, which is not a language code. "
                        "It must be the code of the language the file translates into, such as "
                        "fr, es or pt_BR: correct the header in the translation tool, or export "
                        "the file again with `mla translate export`."
                    )
                    % {"value": language},
                    line=catalog.header_lines.get("Language", catalog.header_line),
                )
            ],
        ) from None
    return language


def _unit(message: PoEntry) -> Unit:
    previous = next(
        (
            comment.removeprefix(_PREVIOUS_COMMENT).strip()
            for comment in message.extracted_comments
            if comment.startswith(_PREVIOUS_COMMENT)
        ),
        None,
    )
    return Unit(
        id=message.context or "",
        source=message.id,
        target=message.string or None,
        ready="fuzzy" not in message.flags,
        previous=previous,
        line=message.line,
    )
