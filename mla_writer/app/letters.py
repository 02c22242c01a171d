"""Use case: render a case into a Word letter — final, draft or bilingual — for `mla render`,
`mla batch` and `mla new`.

The request is loaded and assessed once (`assess`); the renderer receives the assessment's
context and report and only writes. A draft's gaps, the States' reminders and the note on
untranslated text come from the same assessment.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from mla_writer import render
from mla_writer.app.assessment import Assessment, ProfileDirs, assess, cited_codes, state_reminders
from mla_writer.app.pdf import PdfNotMadeError, check_pdf_target, write_pdf
from mla_writer.app.sources import SourceKind, line_in, load_request_located
from mla_writer.checklist import accepted_languages
from mla_writer.errors import MlaError
from mla_writer.i18n import _, ui_language
from mla_writer.model.request import Translation
from mla_writer.places import language_name
from mla_writer.translation.localize import draft_translation_note


@dataclass(frozen=True)
class LetterOptions:
    """How a letter is written."""

    language: str | None = None
    """The letter's language (default: language.letter in the case)."""
    draft: bool = False
    """Write it even if the request is incomplete, marked DRAFT, a placeholder per gap."""
    bilingual: bool = False
    """The original and the translation side by side."""
    template: Path | None = None
    force: bool = False
    """Replace the output file if it exists."""
    pdf: bool = False
    """Also write a PDF beside the Word letter (LibreOffice makes it)."""


@dataclass(frozen=True)
class RenderedLetter:
    """A letter written from a file, with what the user should be told about it."""

    path: Path
    source: Path
    kind: SourceKind
    assessment: Assessment
    options: LetterOptions
    profile_dirs: ProfileDirs = ()
    pdf: Path | None = None
    """The PDF written beside the letter (with --pdf)."""
    pdf_problem: str = ""
    """Why the PDF asked for was not made (the letter itself was written)."""

    @property
    def missing(self) -> int:
        """The gaps a draft shows where they belong (none in a final letter)."""
        return self.assessment.missing if self.options.draft else 0

    def notes(self) -> list[str]:
        """The requested State's reminders, then (for a draft) the note on untranslated text."""
        request = self.assessment.request
        reminders = state_reminders(
            request.requested_state, self.profile_dirs, cited_codes(request)
        )
        unaccepted = self._language_not_accepted()  # said first: the letter cannot go as it is
        reminders = [*([unaccepted] if unaccepted else []), *reminders]
        if not self.options.draft:
            return reminders
        language = self.options.language or request.language.letter
        note = draft_translation_note(request, language, self.source)
        return [*reminders, *([note] if note else [])]

    def _language_not_accepted(self) -> str:
        """A warning when `--lang` writes the letter in a language the requested State does not
        accept and the case gives no translation into one it does (the case file's own
        language is checked by the checklist)."""
        request, language = self.assessment.request, self.options.language
        if language is None or language == request.language.letter:
            return ""
        accepted = accepted_languages(request, self.assessment.context)
        translation = request.language.translation
        translated = translation.language if isinstance(translation, Translation) else None
        if not accepted or language in accepted or translated in accepted:
            return ""
        return _(
            "Warning: this letter is in %(language)s, which the requested State does not accept "
            "(it accepts %(accepted)s). Send it with a certified translation into one of them, "
            "or render it in one of them."
        ) % {
            "language": language_name(language, ui_language()),
            "accepted": ", ".join(language_name(code, ui_language()) for code in accepted),
        }


def write_letter(assessment: Assessment, output: Path, options: LetterOptions) -> Path:
    """Write the assessed request's letter to `output` atomically; return the path written.

    Raises IncompleteRequestError (nothing written) for an incomplete request unless it is a
    draft, and OutputExistsError when `output` exists and `force` is false.
    """
    request = assessment.request
    if options.bilingual:
        # Imported here: python-docx loads with it, and only a letter needs it.
        from mla_writer.render.bilingual import render_bilingual

        return render_bilingual(
            request,
            output,
            language=options.language or request.language.letter,
            draft=options.draft,
            template=options.template,
            force=options.force,
            context=assessment.context,
            report=assessment.report,
        )
    return render.render_letter(
        request,
        output,
        language=options.language,
        draft=options.draft,
        template=options.template,
        force=options.force,
        context=assessment.context,
        report=assessment.report,
    )


def render_file(
    path: Path,
    output: Path | None = None,
    options: LetterOptions | None = None,
    profile_dirs: ProfileDirs = (),
) -> RenderedLetter:
    """Load the request in `path` (a case file or a letter made by mla-writer), check it once and
    write its letter to `output` (default: beside it, with .docx)."""
    options = options or LetterOptions()
    request, kind, located = load_request_located(path)
    assessment = assess(request, profile_dirs)
    if located is not None:  # a refusal names the lines to fix, as `mla check` does
        report = assessment.report.with_lines(partial(line_in, located))
        assessment = dataclasses.replace(assessment, report=report)
    target = output if output is not None else path.with_suffix(".docx")
    if target.exists() and target.resolve() == path.resolve():
        raise MlaError(
            _(
                "%(path)s is the file being rendered: writing the letter there would replace it, "
                "even with --force. Choose another name with -o."
            )
            % {"path": target}
        )
    if options.pdf:  # refused before anything is written, as for the letter itself
        check_pdf_target(target, force=options.force)
    written = write_letter(assessment, target, options)
    rendered = RenderedLetter(written, path, kind, assessment, options, profile_dirs)
    if not options.pdf:
        return rendered
    try:
        return dataclasses.replace(rendered, pdf=write_pdf(written, force=options.force))
    except PdfNotMadeError as problem:
        return dataclasses.replace(rendered, pdf_problem=problem.message)
