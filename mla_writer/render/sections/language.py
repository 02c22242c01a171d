"""Language and translation (point 13): the letter's language and the translation that
accompanies it (the requested State knows which languages it accepts)."""

from __future__ import annotations

from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.model.request import Translation
from mla_writer.render.sections.shared import Letter


def write_language(letter: Letter) -> None:
    t, fmt, point = letter.t, letter.fmt, letter.request.language
    letter.heading("language")
    if point.drafted_in and point.drafted_in != fmt.language:
        sentences = [
            t(
                "This request is drafted in %(drafted)s; this version in %(language)s is for the "
                "file."
            )
            % {
                "drafted": fmt.language_name(point.drafted_in),
                "language": fmt.language_name(fmt.language),
            }
        ]
    else:
        sentences = [
            t("This request is written in %(language)s.")
            % {"language": fmt.language_name(fmt.language)}
        ]
    translation = point.translation
    reason = none_reason(translation)
    if isinstance(translation, Translation):
        sentences.append(_translation_sentence(letter, translation))
    elif is_none_answer(translation) and reason:
        # Said only with the drafter's reason: the requested State knows its own rules.
        sentences.append(t("No translation is attached."))
    letter.prose(" ".join(sentences), reason)
    letter.placeholders(letter.missing.for_part("language"))


def _translation_sentence(letter: Letter, translation: Translation) -> str:
    t, fmt = letter.t, letter.fmt
    values = {
        "language": fmt.language_name(translation.language),
        "translator": lower_initial(translation.translator or ""),
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


def lower_initial(description: str) -> str:
    """ "sworn translator Aurelia Lungu" for "Sworn translator Aurelia Lungu", inside a sentence;
    a name ("Aurelia Lungu", two capitalised words) stays as it is."""
    words = description.split(maxsplit=2)
    if len(words) > 1 and words[0][1:].islower() and words[1][:1].islower():
        return description[:1].lower() + description[1:]
    return description
