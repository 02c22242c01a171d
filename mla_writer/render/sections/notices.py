"""The URGENT and CONFIDENTIAL notices before the letter (points 5 and 6)."""

from __future__ import annotations

from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.model.parties import Confidentiality
from mla_writer.render.formatting import paragraphs
from mla_writer.render.sections.shared import Letter


def write_notices(letter: Letter) -> None:
    shown = _write_urgency(letter)
    conf = letter.request.confidentiality
    if conf and conf.required:
        if shown:
            letter.layout.para("Notice Spacer")
        _write_confidentiality(letter, conf)
        shown = True
    elif conf and conf.required is False and conf.reason:
        # A negative with its reason: the requested State learns why no secrecy is asked.
        letter.layout.para(
            "Notice Text",
            letter.t(
                "The requesting authority does not ask that this request be kept confidential, "
                "for the following reason:"
            ),
        )
        for text in paragraphs(conf.reason):
            letter.layout.para("Notice Text", text)
        shown = True
    letter.placeholders(letter.missing.for_part("urgency"))
    letter.placeholders(letter.missing.for_part("confidentiality"))
    if shown:
        letter.layout.para("Notice Spacer")


def _write_urgency(letter: Letter) -> bool:
    """The urgency notice, if the request is urgent or has a deadline; whether it was written."""
    t, layout, urgency = letter.t, letter.layout, letter.request.urgency
    if not (urgency and (urgency.urgent or urgency.deadline)):
        return False
    layout.para("Notice Title", t("Urgent"))
    layout.para("Notice Text", _urgency_sentence(letter, urgency.deadline, bool(urgency.reason)))
    for text in paragraphs(urgency.reason or ""):
        layout.para("Notice Text", text)
    letter.placeholders(letter.missing.for_part("urgency"), style="Notice Text")
    return True


def _urgency_sentence(letter: Letter, deadline: CaseDate | None, reason: bool) -> str:
    """What is asked, ending on the reason that follows, or on a full stop where none is given
    (a warning, no longer an error)."""
    t = letter.t
    if deadline and deadline.form is DateForm.RELATIVE:
        values = {"time_limit": letter.date_text(deadline)}
        if reason:
            return (
                t("Please execute this request %(time_limit)s, for the following reason:") % values
            )
        return t("Please execute this request %(time_limit)s.") % values
    if deadline:
        values = {"deadline": letter.date_text(deadline)}
        if reason:
            return (
                t(
                    "Please execute this request by %(deadline)s at the latest, for the following "
                    "reason:"
                )
                % values
            )
        return t("Please execute this request by %(deadline)s at the latest.") % values
    if reason:
        return t("Please execute this request urgently, for the following reason:")
    return t("Please execute this request urgently.")


def _write_confidentiality(letter: Letter, conf: Confidentiality) -> None:
    t, layout = letter.t, letter.layout
    layout.para("Notice Title", t("Confidential"))
    layout.para(
        "Notice Text",
        t("This request and its contents must be kept confidential, for the following reason:")
        if conf.reason
        else t("This request and its contents must be kept confidential."),
    )
    for text in paragraphs(conf.reason or ""):
        layout.para("Notice Text", text)
    letter.placeholders(letter.missing.for_part("confidentiality"), style="Notice Text")
    if conf.consult_before_execution:
        layout.para(
            "Notice Text",
            t(
                "If the request cannot be executed without its existence or contents "
                "being disclosed, please consult the requesting authority before "
                "executing it, so that it can decide whether execution should proceed."
            ),
        )
