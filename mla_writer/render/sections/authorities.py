"""The proceedings (point 1): what they concern, when they were opened, their stage, who
transmits the request; then what the two States' officers have already discussed and the other
channels used (points 3a and 3b). The contacts come with the transmission of the evidence."""

from __future__ import annotations

from mla_writer.model.parties import Identification
from mla_writer.render.formatting import closed, in_sentence
from mla_writer.render.sections.channels import write_other_channels, write_prior_contact
from mla_writer.render.sections.shared import Letter


def write_proceedings(letter: Letter) -> None:
    t, ident = letter.t, letter.request.identification
    letter.heading("proceedings")
    if ident is not None:
        _write_proceedings(letter, ident)
        if ident.transmitting_authority:
            transmitting = ident.transmitting_authority
            where = letter.wording.details(
                (letter.inline_address(transmitting), letter.means_of_contact(transmitting))
            )
            letter.numbered(
                t("This request is transmitted through the %(authority)s.") % {"authority": where}
            )
    write_prior_contact(letter)
    letter.placeholders(letter.missing.for_part("prior_contact"))
    write_other_channels(letter)
    letter.placeholders(letter.missing.for_part("other_channels"))


def _write_proceedings(letter: Letter, ident: Identification) -> None:
    """One paragraph: the subject of the proceedings, when they were opened, their stage."""
    t, proceedings = letter.t, ident.proceedings
    if proceedings is None:
        return
    sentences = []
    if proceedings.subject:
        sentences.append(
            t("The proceedings concern %(subject)s.")
            % {"subject": in_sentence(proceedings.subject).rstrip("。")}
        )
    if proceedings.opened:
        sentences.append(
            t("They were opened on %(date)s.") % {"date": letter.date_text(proceedings.opened)}
        )
    if proceedings.stage:
        sentences.append(
            t("They are now at the following stage: %(stage)s")
            % {"stage": closed(in_sentence(proceedings.stage))}
        )
    if sentences:
        letter.numbered(" ".join(sentences), anchor="proceedings")
