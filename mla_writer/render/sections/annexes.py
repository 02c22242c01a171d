"""After the signature: the list of annexes, and the appendix reproducing long law texts."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.render.sections.shared import Letter

ANNEXES_TITLE = L_("Annexes")


def write_annexes(letter: Letter) -> None:
    t, layout, annexes = letter.t, letter.layout, letter.request.annexes
    if not annexes:
        return  # a letter without annexes does not say so
    layout.para("Heading 1", t(ANNEXES_TITLE), keep_with_next=True)
    for index, annex in enumerate(annexes, start=1):
        last = index == len(annexes) and not annex.description
        title = annex.title
        if annex.pages:
            title = t.n(
                "%(title)s (%(count)s page)", "%(title)s (%(count)s pages)", annex.pages
            ) % {"title": annex.title, "count": letter.fmt.number(annex.pages)}
        layout.para("Annex Item", "–\t", title, keep_with_next=not last)  # the list in one piece
        if annex.description:
            layout.para("Annex Item", "\t", (annex.description, "Emphasis"))


def write_appendix(letter: Letter) -> None:
    """The law texts too long for the body (collected by the offences section), if any."""
    if not letter.appendix_texts:
        return
    layout = letter.layout
    layout.para("Heading 1", letter.t("Appendix – Text of the law"), page_break_before=True)
    for title, text in letter.appendix_texts:
        layout.para("Heading 2", title)
        for line in text.strip().splitlines():
            if line.strip():
                layout.para("Quote", line.strip())
