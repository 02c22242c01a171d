"""Section 9, language and translation (point 13): the letter's language, the translation that
accompanies it, and the languages the requested State accepts."""

from __future__ import annotations

from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.model.request import Translation
from mla_writer.render.formatting import capitalised
from mla_writer.render.sections.shared import Letter


def write_language(letter: Letter) -> None:
    t, fmt, layout, point = letter.t, letter.fmt, letter.layout, letter.request.language
    letter.heading("language")
    if point.drafted_in and point.drafted_in != fmt.language:
        sentence = t(
            "This request is drafted in %(drafted)s; this version in %(language)s is for the file."
        ) % {
            "drafted": fmt.language_name(point.drafted_in),
            "language": fmt.language_name(fmt.language),
        }
    else:
        sentence = t("This request is written in %(language)s.") % {
            "language": fmt.language_name(fmt.language)
        }
    layout.para("Body Text", sentence)
    translation = point.translation
    if isinstance(translation, Translation):
        layout.para("Body Text", _translation_sentence(letter, translation))
    elif is_none_answer(translation):
        layout.para("Body Text", t("No translation is attached."))
        letter.reason_paragraphs(none_reason(translation))
    if point.accepted_by_requested_state:
        layout.para(
            "Body Text",
            capitalised(
                t("%(state)s accepts requests in %(languages)s.")
                % {
                    "state": letter.state_in_text(letter.request.requested_state),
                    "languages": fmt.join(
                        fmt.language_name(code) for code in point.accepted_by_requested_state
                    ),
                }
            ),
        )
    letter.placeholders(letter.missing.for_part("language"))


def _translation_sentence(letter: Letter, translation: Translation) -> str:
    t, fmt = letter.t, letter.fmt
    values = {
        "language": fmt.language_name(translation.language),
        "translator": translation.translator or "",
    }
    if translation.certified and translation.translator:
        sentence = t(
            "It is accompanied by a certified translation into %(language)s, made by "
            "%(translator)s."
        )
    elif translation.certified:
        sentence = t("It is accompanied by a certified translation into %(language)s.")
    elif translation.translator:
        sentence = t(
            "It is accompanied by a translation into %(language)s, made by %(translator)s."
        )
    else:
        sentence = t("It is accompanied by a translation into %(language)s.")
    return sentence % values
