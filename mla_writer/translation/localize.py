"""The case as it reads in another language: its free text replaced by the translations."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mla_writer.errors import ExitCode, MlaError
from mla_writer.i18n import L_, LetterTranslator, _, base_language, ngettext
from mla_writer.model import LetterOfRequest
from mla_writer.translation.fields import (
    fingerprint,
    get_text,
    language_shown,
    missing_translations,
    needs_translation,
    outdated_translations,
    set_text,
    translatable_fields,
)
from mla_writer.validation import validation_problems

UNTRANSLATED_MARK = L_("[NOT TRANSLATED] %(text)s")
"""How a draft shows a free text that has no translation into the letter's language."""


OUTDATED_MARK = L_("[TRANSLATION OUTDATED] %(text)s")
"""How a draft shows a translation made from an earlier version of the original text."""

MARK_START, MARK_END = "\ue100", "\ue101"
"""Around the words of a mark in a draft's text (private-use characters, never typed by a user),
so that the letter shows them as it shows a missing item (red, bold): `marked_pieces`."""

_MARKED = re.compile(f"{MARK_START}([^{MARK_END}]*){MARK_END}")


class UntranslatedTextError(MlaError):
    """A letter was asked for in a language into which the free text is not (fully) translated."""

    exit_code = ExitCode.GAPS

    def __init__(self, language: str, original: str, missing: list[str], outdated: list[str]):
        self.language, self.missing, self.outdated = language, missing, outdated
        lines = [
            _(
                "No letter was written: the free text of this case is written in %(original)s "
                "and the letter is to be in %(language)s, but some of it is not translated."
            )
            % {"original": language_shown(original), "language": language_shown(language)}
        ]
        if missing:
            lines.append(
                _("Not translated into %(language)s:") % {"language": language_shown(language)}
            )
            lines.extend(f"  {path}" for path in missing)
        if outdated:
            lines.append(
                _("Translated from an earlier version of the text (translate them again):")
            )
            lines.extend(f"  {path}" for path in outdated)
        lines.append(
            _(
                "Send these fields to a translator with `mla translate export CASE_FILE --lang "
                "%(language)s -o translation.%(language)s.xlf` and bring the translation back "
                "with `mla translate import translation.%(language)s.xlf CASE_FILE`; or use "
                "--draft to write a draft where each untranslated text is marked."
            )
            % {"language": language}
        )
        super().__init__("\n".join(lines))


def draft_translation_note(request: LetterOfRequest, language: str, case: Path | str) -> str:
    """For a draft in `language`: how many free texts it shows marked as untranslated or
    outdated, and how to have them translated; empty when there are none."""
    language = base_language(language)
    count = len(missing_translations(request, language)) + len(
        outdated_translations(request, language)
    )
    if not count:
        return ""
    return ngettext(
        "%(count)d free-text field is not translated into %(language)s (or its translation is "
        "outdated): it is marked in the draft. Prepare it for a translator with `mla translate "
        "export %(case)s --lang %(code)s`.",
        "%(count)d free-text fields are not translated into %(language)s (or their translation "
        "is outdated): they are marked in the draft. Prepare them for a translator with `mla "
        "translate export %(case)s --lang %(code)s`.",
        count,
    ) % {"count": count, "language": language_shown(language), "case": case, "code": language}


def localized(request: LetterOfRequest, language: str, *, draft: bool = False) -> LetterOfRequest:
    """The same case with its free text in `language`.

    The result is lossless: its `language.original` is `language`, and the texts it replaced
    become its translations into the former original language, so the letter's embedded case can
    be rendered again in either. Raises UntranslatedTextError when a text has no current
    translation, unless `draft`, where such texts are kept in the original language and marked.
    """
    language = base_language(language)
    if not needs_translation(request, language):
        return request
    original = base_language(request.language.source_language())
    missing = missing_translations(request, language)
    outdated = outdated_translations(request, language)
    if (missing or outdated) and not draft:
        raise UntranslatedTextError(language, original, missing, outdated)
    mark = _marker(language)
    have = request.translations.get(language, {})
    data = request.model_dump(mode="json")
    back: dict[str, dict[str, str]] = {}
    for path, text in translatable_fields(request):
        if path in missing:
            shown = mark(UNTRANSLATED_MARK, text)
        elif path in outdated:
            shown = mark(OUTDATED_MARK, have[path].text)
        else:
            shown = have[path].text
        set_text(data, path, shown)
        back[path] = {"text": text, "source": fingerprint(shown)}
        imported = have[path].imported if path in have else None
        if imported:  # kept across the swap, so that turning back gives the same case
            back[path]["imported"] = imported
    translations = {
        code: {path: entry.model_dump(exclude_none=True) for path, entry in texts.items()}
        for code, texts in request.translations.items()
        if code != language
    }
    translations[original] = back
    data["translations"] = translations
    data["language"]["original"] = language
    try:
        return LetterOfRequest.model_validate(data)
    except ValidationError as error:  # a translation typed into the case file by hand
        lines = [
            _(
                "No letter was written: some translations into %(language)s in the case file do "
                "not fit their field. Correct them under translations: %(code)s:"
            )
            % {"language": language_shown(language), "code": language}
        ]
        lines.extend(
            f"  translations.{language}.{problem.field}: {problem.message}"
            for problem in validation_problems(error, data)
        )
        raise MlaError("\n".join(lines)) from None


def translated_texts(original: LetterOfRequest, shown: LetterOfRequest) -> dict[str, str]:
    """Each text of `original` that `shown` (the same case localized) writes otherwise, and how:
    so that a draft's finding quoting the case ("the penalty for …") quotes it as printed."""
    if shown is original:
        return {}
    data = shown.model_dump(mode="json")
    return {
        text: now
        for path, text in translatable_fields(original)
        if (now := get_text(data, path)) is not None and now != text
    }


def _marker(language: str) -> Any:
    try:
        translator: Any = LetterTranslator(language)
    except LookupError:
        translator = lambda message: message  # noqa: E731 - English phrases for unknown languages

    def mark(template: str, text: str) -> str:
        words = translator(template).replace("%(text)s", f"{MARK_END}%(text)s{MARK_START}")
        return f"{MARK_START}{words}{MARK_END}".replace(f"{MARK_START}{MARK_END}", "") % {
            "text": text
        }

    return mark


def marked_pieces(text: str) -> list[tuple[str, bool]]:
    """A text cut where a draft marks words (`MARK_START`…`MARK_END`): (piece, marked)."""
    if MARK_START not in text:
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    for number, piece in enumerate(_MARKED.split(text)):
        if piece:
            pieces.append((piece.replace(MARK_START, "").replace(MARK_END, ""), number % 2 == 1))
    return pieces


def unmarked(text: str) -> str:
    """A text without the characters that delimit a draft's marks."""
    return text.replace(MARK_START, "").replace(MARK_END, "")
