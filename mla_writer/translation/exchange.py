"""Translation files exchanged with translators: written in the chosen format, read back in the
format they are in."""

from __future__ import annotations

import codecs
from enum import StrEnum
from pathlib import Path

from mla_writer.errors import Problem
from mla_writer.i18n import _
from mla_writer.inputs import InputProblem, TooLarge, read_limited
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.translation.fields import (
    outdated_translations,
    target_language,
    translatable_fields,
)
from mla_writer.translation.po import export_po, parse_po
from mla_writer.translation.units import TranslationFile, TranslationFileError
from mla_writer.translation.xliff import export_xliff, parse_xliff

MAX_TRANSLATION_FILE_BYTES = 8 * 1024 * 1024


class TranslationFormat(StrEnum):
    xliff = "xliff"
    po = "po"


def export_translation(
    request: LetterOfRequest,
    language: str,
    output: Path,
    *,
    format: TranslationFormat | None = None,
    original: str = "case.yaml",
    force: bool = False,
) -> tuple[int, int, int]:
    """Write the translation file; return (fields, already translated, outdated)."""
    output = Path(output)
    code = target_language(request, language)
    chosen = format or (TranslationFormat.po if output.suffix.lower() == ".po" else None)
    if chosen is TranslationFormat.po:
        content = export_po(request, code)
    else:
        content = export_xliff(request, code, original=original)
    # The file holds the case's personal data: readable by its owner only, like case files.
    atomic_write(output, content, force=force, mode=0o600)
    fields = translatable_fields(request)
    have = request.translations.get(code, {})
    translated = sum(1 for path, _text in fields if path in have)
    return len(fields), translated, len(outdated_translations(request, code))


def read_translation_file(path: Path) -> TranslationFile:
    """Read an XLIFF 1.2 or PO file; raise TranslationFileError for anything malformed."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_TRANSLATION_FILE_BYTES)
    except TooLarge:
        raise TranslationFileError(
            path, [Problem(_("is too large to be the translation of a case file."))]
        ) from None
    except InputProblem as error:  # missing, a folder, a pipe or device, unreadable
        raise TranslationFileError(path, [Problem(error.message)]) from None
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise TranslationFileError(
            path,
            [
                Problem(
                    _(
                        "is empty: the translation was not saved into it. Ask the translator to "
                        "send the file again."
                    )
                )
            ],
        )
    if _is_xml(path, data):
        return parse_xliff(data, path)
    return parse_po(data, path)


def _is_xml(path: Path, data: bytes) -> bool:
    """Whether a translation file is XLIFF: by its extension, else by its first character
    (in UTF-8, or in UTF-16 or UTF-32, which an XML file may be saved in and declares)."""
    suffix = path.suffix.lower()
    if suffix in (".xlf", ".xliff", ".xml", ".sdlxliff", ".mqxliff"):
        return True
    if suffix in (".po", ".pot"):
        return False

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    start = data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")
    return start.startswith(b"<") or start.replace(b"\x00", b"").startswith(b"<")
