"""Confidentiality and urgency (points 6 and 5), each in its own headed part after the
officials; the opening's one-line flags point to their paragraphs."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.model.parties import Confidentiality
from mla_writer.render.sections.shared import Letter


def write_confidentiality(letter: Letter) -> None:
    conf, t = letter.request.confidentiality, letter.t
    missing = letter.missing.for_part("confidentiality")
    if conf and conf.required:
        letter.heading("confidentiality")
        _write_required(letter, conf)
    elif conf and conf.required is False and conf.reason:
        # A negative with its reason: the requested State learns why no secrecy is asked.
        letter.heading("confidentiality")
        letter.prose(
            t(
                "The requesting authority does not ask that this request be kept confidential, "
                "for the following reason:"
            ),
            conf.reason,
            anchor="confidentiality",
        )
    elif missing:
        letter.heading("confidentiality")
    letter.placeholders(missing)


def _write_required(letter: Letter, conf: Confidentiality) -> None:
    t = letter.t
    lead = (
        t(
            "The requesting authority respectfully asks that this request, its contents and its "
            "execution be kept confidential, for the following reason:"
        )
        if conf.reason
        else t(
            "The requesting authority respectfully asks that this request, its contents and its "
            "execution be kept confidential."
        )
    )
    letter.prose(lead, conf.reason, anchor="confidentiality")
    if conf.consult_before_execution:
        letter.numbered(
            t(
                "If the request cannot be executed without its existence or contents being "
                "disclosed, the requesting authority asks to be consulted before it is "
                "executed, so that it can decide whether execution should proceed."
            )
        )


def write_urgency(letter: Letter) -> None:
    """The urgency, under "Urgency"; a deadline of a request not urgent, under "Time limit"."""
    urgency = letter.request.urgency
    missing = letter.missing.for_part("urgency")
    if urgency and (urgency.urgent or urgency.deadline):
        letter.heading("urgency" if urgency.urgent else "time_limit")
        sentence = _urgency_sentence(
            letter, urgency.deadline, bool(urgency.reason), urgent=bool(urgency.urgent)
        )
        letter.prose(sentence, urgency.reason, anchor="urgency")
    elif missing:
        letter.heading("urgency")
    letter.placeholders(missing)


def _urgency_sentence(
    letter: Letter, deadline: CaseDate | None, reason: bool, *, urgent: bool
) -> str:
    """What is asked, ending on the reason that follows, or on a full stop where none is given
    (a warning, no longer an error)."""
    t = letter.t
    if deadline:
        relative = deadline.form is DateForm.RELATIVE
        values = {"deadline": letter.date_text(deadline, genitive=True)}
        key = (relative, reason, urgent)
        return t(_DEADLINE_SENTENCES[key]) % values
    if reason:
        return t(
            "The requesting authority respectfully asks that this request be executed as a "
            "matter of urgency, for the following reason:"
        )
    return t(
        "The requesting authority respectfully asks that this request be executed as a matter "
        "of urgency."
    )


_DEADLINE_SENTENCES = {
    (False, True, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, by "
        "%(deadline)s at the latest, for the following reason:"
    ),
    (False, False, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, by "
        "%(deadline)s at the latest."
    ),
    (True, True, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, "
        "%(deadline)s, for the following reason:"
    ),
    (True, False, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, "
        "%(deadline)s."
    ),
    (False, True, False): L_(
        "The requesting authority would be grateful if this request could be executed by "
        "%(deadline)s, for the following reason:"
    ),
    (False, False, False): L_(
        "The requesting authority would be grateful if this request could be executed by "
        "%(deadline)s."
    ),
    (True, True, False): L_(
        "The requesting authority would be grateful if this request could be executed "
        "%(deadline)s, for the following reason:"
    ),
    (True, False, False): L_(
        "The requesting authority would be grateful if this request could be executed %(deadline)s."
    ),
}
"""The sentence on a deadline, by (counted from receipt, a reason follows, urgent)."""
