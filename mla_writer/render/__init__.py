"""The Word letter of request: the only package that imports python-docx.

Public API (the application layer, `mla_writer.app`, calls these):
- `render_letter(request, output, ...)`: build and write a signature-ready .docx atomically;
- `build_document(request, ...)`: the letter as an in-memory python-docx Document;
- `letter_bytes(request, ...)`: the .docx bytes (for the batch and tests);
- `read_embedded_case(path)`: the case data embedded in a letter made by mla-writer.

python-docx is imported only when a letter is built, so `mla check letter.docx` stays fast.

The renderer only writes: it receives the checklist's `report` (to refuse an incomplete request
and to mark a draft's gaps) and its `context` (today's date) from the caller. Without a report,
the checklist is run here on `context` (default: no State profile), for tests and scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mla_writer.checklist import CheckContext, Report, check
from mla_writer.errors import ExitCode, MlaError, OutputExistsError
from mla_writer.i18n import SOURCE_LANGUAGE, LetterTranslator, _, base_language, shipped_languages
from mla_writer.model import LetterOfRequest
from mla_writer.outputs import atomic_write
from mla_writer.render.embedded import read_embedded_case
from mla_writer.translation.localize import localized, translated_texts

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "EmptyLetterCatalogError",
    "IncompleteRequestError",
    "UnknownLetterLanguageError",
    "build_document",
    "letter_bytes",
    "letter_language",
    "read_embedded_case",
    "render_letter",
]


class IncompleteRequestError(MlaError):
    """The checklist found errors, so no letter was written (use draft=True to write a draft)."""

    exit_code = ExitCode.GAPS

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = len(report.errors())
        super().__init__(
            _(
                "No letter was written: the request has %(count)s error(s) listed above. "
                "Complete the case file and render again, or use --draft to write a draft "
                "marked DRAFT with a placeholder for each missing item."
            )
            % {"count": errors}
        )


class UnknownLetterLanguageError(MlaError):
    def __init__(self, language: str) -> None:
        super().__init__(
            _(
                "Letters cannot be written in “%(language)s” yet. Available letter languages: "
                "%(languages)s."
            )
            % {"language": language, "languages": ", ".join(shipped_languages())}
        )


class EmptyLetterCatalogError(MlaError):
    """A letter language is offered but its catalog holds no translation: a broken installation."""

    def __init__(self, language: str) -> None:
        super().__init__(
            _(
                "The letter catalog for “%(language)s” is installed but holds no translations, so "
                "the letter would come out in English. Reinstall mla-writer (pip install "
                "--force-reinstall mla-writer), or choose another language: %(languages)s."
            )
            % {"language": language, "languages": ", ".join(shipped_languages())}
        )


def letter_language(language: str | None) -> str:
    """The letter language code for `language` ("fr", "fr_FR", "FR-ca" -> "fr"), checked.

    Raises UnknownLetterLanguageError without a catalog, EmptyLetterCatalogError for a catalog
    that translates nothing (a letter would silently come out in English)."""
    wanted = base_language(language or SOURCE_LANGUAGE)
    try:
        translator = LetterTranslator(wanted)
    except LookupError:
        raise UnknownLetterLanguageError(wanted) from None
    if wanted != SOURCE_LANGUAGE and not translated_messages(translator.catalog):
        raise EmptyLetterCatalogError(wanted)
    return wanted


def translated_messages(catalog: object) -> int:
    """How many messages a compiled gettext catalog translates (its header excluded)."""
    messages = getattr(catalog, "_catalog", {})
    return sum(1 for key, value in messages.items() if key and value)


def _letter_language(request: LetterOfRequest, language: str | None) -> str:
    return letter_language(language or request.language.letter)


def build_document(
    request: LetterOfRequest,
    *,
    language: str | None = None,
    draft: bool = False,
    template: Path | None = None,
    context: CheckContext | None = None,
    report: Report | None = None,
) -> Document:
    """The letter as a python-docx Document in memory; refuses an incomplete request unless draft.

    `report` is the checklist's report on `request` in `context` (computed here if not given)."""
    from mla_writer.render.letter import LetterBuilder
    from mla_writer.render.template import load_template

    context = context or CheckContext()
    report = report or check(request, context)
    if not draft and not report.complete:
        raise IncompleteRequestError(report)
    written_in = _letter_language(request, language)
    # The free text in the letter's language too: refused where untranslated (marked in a draft).
    shown = localized(request, written_in, draft=draft)
    builder = LetterBuilder(
        shown,
        load_template(template),
        language=written_in,
        draft=draft,
        report=report,
        today=context.today,
        translated=translated_texts(request, shown) if draft else None,
    )
    return builder.build()


def letter_bytes(
    request: LetterOfRequest,
    *,
    language: str | None = None,
    draft: bool = False,
    template: Path | None = None,
    context: CheckContext | None = None,
    report: Report | None = None,
) -> bytes:
    """The .docx file's bytes (identical for identical content)."""
    from mla_writer.render.ooxml import document_bytes

    document = build_document(
        request, language=language, draft=draft, template=template, context=context, report=report
    )
    return document_bytes(document)


def render_letter(
    request: LetterOfRequest,
    output: Path,
    *,
    language: str | None = None,
    draft: bool = False,
    template: Path | None = None,
    force: bool = False,
    context: CheckContext | None = None,
    report: Report | None = None,
) -> Path:
    """Write the request's letter to `output` atomically; return the path written.

    Raises IncompleteRequestError (nothing written) when the checklist finds an error and
    `draft` is false; OutputExistsError when `output` exists and `force` is false.
    """
    output = Path(output)
    if output.exists() and not force:
        raise OutputExistsError(output)
    content = letter_bytes(
        request, language=language, draft=draft, template=template, context=context, report=report
    )
    # The letter holds personal data: readable by its owner only, like case files.
    atomic_write(output, content, force=force, mode=0o600)
    return output
