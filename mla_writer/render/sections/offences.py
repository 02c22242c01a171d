"""Offences and applicable penalties (point 8): each offence with its provision, maximum
penalty and the text of the law (long texts go to the appendix)."""

from __future__ import annotations

from mla_writer.model.offences import Offence
from mla_writer.render.formatting import in_sentence, provision_in_sentence, words
from mla_writer.render.sections.shared import Letter

LONG_LAW_TEXT_WORDS = 350
"""Law texts longer than this are reproduced in an appendix, not in the body of the letter."""


def write_offences(letter: Letter) -> None:
    t, layout = letter.t, letter.layout
    letter.heading("offences")
    for number, offence in enumerate(letter.request.offences, start=1):
        layout.para("Heading 2", offence.name or t("[offence not named]"), keep_with_next=True)
        sentences = []
        if offence.provision:
            sentences.append(_defined_by(letter, offence.provision))
        if offence.max_penalty:
            sentences.append(
                t("It is punishable by %(penalty)s.")
                % {"penalty": in_sentence(offence.max_penalty).rstrip("。")}
            )
        if offence.law_text and words(offence.law_text) <= LONG_LAW_TEXT_WORDS:
            sentences.append(t("The provision reads as follows:"))
        if sentences:
            letter.numbered(" ".join(sentences), keep_with_next=bool(offence.law_text))
        _write_law_text(letter, offence)
        if offence.law_text_annex:
            letter.numbered(
                t("The full text of the law is attached: %(annex)s.")
                % {"annex": offence.law_text_annex.rstrip(".")},
            )
        letter.placeholders(letter.missing.for_offence(number))
    letter.placeholders(letter.missing.for_part("offences"))


def _defined_by(letter: Letter, provision: str) -> str:
    """ "The offence is defined by Article 165 …", « prévue par l'article 165 … »."""
    t = letter.t
    phrase = provision_in_sentence(provision, letter.fmt.language)
    if phrase is None:
        return t("The offence is defined by %(provision)s.") % {"provision": provision}
    return t.p(
        "a provision that opens with the word for article, put in the form the sentence needs",
        "The offence is defined by %(provision)s.",
    ) % {"provision": phrase}


def _write_law_text(letter: Letter, offence: Offence) -> None:
    """The text of the law, quoted line by line, or a pointer to the appendix when long."""
    t, layout = letter.t, letter.layout
    if offence.law_text and words(offence.law_text) > LONG_LAW_TEXT_WORDS:
        title = offence.provision or offence.name or ""
        letter.appendix_texts.append((title, offence.law_text))
        letter.numbered(t("The text of the law is reproduced in the appendix to this letter."))
    elif offence.law_text:
        for text in offence.law_text.strip().splitlines():
            if text.strip():
                layout.para("Quote", text.strip())
