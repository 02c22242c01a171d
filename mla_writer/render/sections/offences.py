"""Section 6, offences and applicable penalties (point 8): each offence with its provision,
maximum penalty and the text of the law (long texts go to the appendix)."""

from __future__ import annotations

from mla_writer.model.offences import Offence
from mla_writer.render.formatting import words
from mla_writer.render.sections.shared import Letter

LONG_LAW_TEXT_WORDS = 350
"""Law texts longer than this are reproduced in an appendix, not in the body of the letter."""


def write_offences(letter: Letter) -> None:
    t, layout = letter.t, letter.layout
    letter.heading("offences")
    for offence in letter.request.offences:
        layout.para("Heading 2", offence.name or t("[offence not named]"))
        if offence.provision:
            layout.field(t("Legal provision"), offence.provision)
        if offence.max_penalty:
            layout.field(t("Maximum penalty"), offence.max_penalty)
        _write_law_text(letter, offence)
        if offence.law_text_annex:
            layout.para(
                "Field Line",
                t("The full text of the law is attached: %(annex)s.")
                % {"annex": offence.law_text_annex.rstrip(".")},
            )
    letter.placeholders(letter.missing.for_part("offences"))


def _write_law_text(letter: Letter, offence: Offence) -> None:
    """The text of the law, quoted line by line, or a pointer to the appendix when long."""
    t, layout = letter.t, letter.layout
    if offence.law_text and words(offence.law_text) > LONG_LAW_TEXT_WORDS:
        title = offence.provision or offence.name or ""
        letter.appendix_texts.append((title, offence.law_text))
        layout.para(
            "Body Text",
            t("The text of the law is reproduced in the appendix to this letter."),
        )
    elif offence.law_text:
        layout.para("Field Line", (t("Text of the law:"), "Strong"), keep_with_next=True)
        for text in offence.law_text.strip().splitlines():
            if text.strip():
                layout.para("Quote", text.strip())
