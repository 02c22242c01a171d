"""Confidentiality and urgency (points 6 and 5), each in its own headed part after the
officials; the opening's one-line flags point to their paragraphs."""

from __future__ import annotations

from mla_writer.i18n import L_
from mla_writer.model.dates import CaseDate, DateForm
from mla_writer.model.parties import Confidentiality
from mla_writer.render.sections.shared import Letter


def write_confidentiality(letter: Letter) -> None:
    conf = letter.request.confidentiality
    missing = letter.missing.for_part("confidentiality")
    if conf and conf.required:
        letter.heading("confidentiality")
        _write_required(letter, conf)
    elif conf and conf.required is False and conf.reason:
        # A negative with its reason: the requested State learns why no secrecy is asked.
        letter.heading("confidentiality")
        letter.reasoned(_NOT_CONFIDENTIAL, conf.reason, anchor="confidentiality")
    elif missing:
        letter.heading("confidentiality")
    letter.placeholders(missing)


def _write_required(letter: Letter, conf: Confidentiality) -> None:
    t = letter.t
    if conf.reason:
        letter.reasoned(_CONFIDENTIAL, conf.reason, anchor="confidentiality")
    else:
        letter.numbered(
            t(
                "The requesting authority respectfully asks that this request, its contents and "
                "its execution be kept confidential."
            ),
            anchor="confidentiality",
        )
    if conf.consult_before_execution:
        letter.numbered(
            t(
                "If the request cannot be executed without its existence or contents being "
                "disclosed, the requesting authority asks to be consulted before it is "
                "executed, so that it can decide whether execution should proceed."
            )
        )


_NOT_CONFIDENTIAL = (
    L_(
        "The requesting authority does not ask that this request be kept confidential, "
        "for the following reason:"
    ),
    L_(
        "The requesting authority does not ask that this request be kept confidential, "
        "because %(reason)s"
    ),
)
_CONFIDENTIAL = (
    L_(
        "The requesting authority respectfully asks that this request, its contents and its "
        "execution be kept confidential, for the following reason:"
    ),
    L_(
        "The requesting authority respectfully asks that this request, its contents and its "
        "execution be kept confidential, because %(reason)s"
    ),
)
"""A confidentiality answer and its reason: (before the reason as a sentence of its own, with
the reason as a clause) — see Letter.reasoned."""


def write_urgency(letter: Letter) -> None:
    """The urgency, under "Urgency"; a deadline of a request not urgent, under "Time limit"."""
    urgency = letter.request.urgency
    missing = letter.missing.for_part("urgency")
    if urgency and (urgency.urgent or urgency.deadline):
        letter.heading("urgency" if urgency.urgent else "time_limit")
        if urgency.reason:
            leads, values = _urgency_leads(letter, urgency.deadline, urgent=bool(urgency.urgent))
            letter.reasoned(leads, urgency.reason, values, anchor="urgency")
        else:
            sentence = _urgency_sentence(letter, urgency.deadline, urgent=bool(urgency.urgent))
            letter.numbered(sentence, anchor="urgency")
    elif missing:
        letter.heading("urgency")
    letter.placeholders(missing)


def _urgency_sentence(letter: Letter, deadline: CaseDate | None, *, urgent: bool) -> str:
    """What is asked where no reason is given (a warning, no longer an error)."""
    t = letter.t
    if deadline:
        relative = deadline.form is DateForm.RELATIVE
        values = {"deadline": letter.date_text(deadline, genitive=True)}
        return t(_DEADLINE_SENTENCES[(relative, urgent)]) % values
    return t(
        "The requesting authority respectfully asks that this request be executed as a matter "
        "of urgency."
    )


def _urgency_leads(
    letter: Letter, deadline: CaseDate | None, *, urgent: bool
) -> tuple[tuple[str, str], dict[str, str]]:
    """What is asked where a reason follows: the two leads of Letter.reasoned, and the values."""
    if deadline:
        relative = deadline.form is DateForm.RELATIVE
        return _DEADLINE_REASONED[(relative, urgent)], {
            "deadline": letter.date_text(deadline, genitive=True)
        }
    return _URGENT_REASONED, {}


_URGENT_REASONED = (
    L_(
        "The requesting authority respectfully asks that this request be executed as a "
        "matter of urgency, for the following reason:"
    ),
    L_(
        "The requesting authority respectfully asks that this request be executed as a "
        "matter of urgency, because %(reason)s"
    ),
)

_DEADLINE_SENTENCES = {
    (False, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, by "
        "%(deadline)s at the latest."
    ),
    (True, True): L_(
        "The requesting authority respectfully asks that this request be executed urgently, "
        "%(deadline)s."
    ),
    (False, False): L_(
        "The requesting authority would be grateful if this request could be executed by "
        "%(deadline)s."
    ),
    (True, False): L_(
        "The requesting authority would be grateful if this request could be executed %(deadline)s."
    ),
}
"""The sentence on a deadline with no reason, by (counted from receipt, urgent)."""

_DEADLINE_REASONED = {
    (False, True): (
        L_(
            "The requesting authority respectfully asks that this request be executed urgently, "
            "by %(deadline)s at the latest, for the following reason:"
        ),
        L_(
            "The requesting authority respectfully asks that this request be executed urgently, "
            "by %(deadline)s at the latest, because %(reason)s"
        ),
    ),
    (True, True): (
        L_(
            "The requesting authority respectfully asks that this request be executed urgently, "
            "%(deadline)s, for the following reason:"
        ),
        L_(
            "The requesting authority respectfully asks that this request be executed urgently, "
            "%(deadline)s, because %(reason)s"
        ),
    ),
    (False, False): (
        L_(
            "The requesting authority would be grateful if this request could be executed by "
            "%(deadline)s, for the following reason:"
        ),
        L_(
            "The requesting authority would be grateful if this request could be executed by "
            "%(deadline)s, because %(reason)s"
        ),
    ),
    (True, False): (
        L_(
            "The requesting authority would be grateful if this request could be executed "
            "%(deadline)s, for the following reason:"
        ),
        L_(
            "The requesting authority would be grateful if this request could be executed "
            "%(deadline)s, because %(reason)s"
        ),
    ),
}
"""The leads of Letter.reasoned for a deadline with its reason, by (counted from receipt,
urgent)."""
