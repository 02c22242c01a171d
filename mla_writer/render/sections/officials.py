"""Presence of officials at execution (point 12): who asks to assist, in person or from a
distance, why, and who bears the costs; or that none is asked to be, with the drafter's reason."""

from __future__ import annotations

from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.model.parties import Official
from mla_writer.render.formatting import closed, english_clause, in_sentence
from mla_writer.render.sections.shared import Letter


def write_officials(letter: Letter) -> None:
    t, request = letter.t, letter.request
    officials = request.presence_of_officials
    missing = letter.missing.for_part("officials")
    if not (missing or is_none_answer(officials) or (isinstance(officials, list) and officials)):
        return
    letter.heading("officials")
    if is_none_answer(officials):
        # Point 12 answered as a drafter would, not "No official … wishes to be present".
        letter.prose(
            t(
                "The requesting authority does not ask that any of its officials be present at "
                "the execution of this request."
            ),
            none_reason(officials),
        )
    elif isinstance(officials, list):
        for official in officials:
            _write_official(letter, official)
        remote = all(official.remote for official in officials)
        letter.numbered(
            t(
                "The requesting authority respectfully asks to be informed of the date and time "
                "of execution in good time, so that the connection can be arranged."
            )
            if remote
            else t(
                "The requesting authority respectfully asks to be informed of the date and "
                "place of execution in good time, so that the travel can be arranged."
            )
        )
    letter.placeholders(missing)


def _write_official(letter: Letter, official: Official) -> None:
    """One official: who, as what, why, from where, at whose cost."""
    t = letter.t
    who = letter.wording.joined((official.name, official.function, official.authority))
    if official.role:
        lead = t(
            "The requesting authority asks that %(official)s be allowed to assist the executing "
            "authorities: %(role)s"
        ) % {"official": who, "role": closed(in_sentence(official.role))}
    else:
        lead = t(
            "The requesting authority asks that %(official)s be allowed to be present at the "
            "execution of this request."
        ) % {"official": who}
    sentences = [lead]
    if official.reason:
        clause = english_clause(official.reason) if letter.fmt.language == "en" else None
        sentences.append(
            t("This is asked because %(reason)s") % {"reason": closed(clause)}
            if clause
            else t("This is asked for the following reason: %(reason)s")
            % {"reason": official.reason.strip()}
        )
    if official.remote:
        sentences.append(
            t("The official will take part from a distance: %(remote)s")
            % {"remote": official.remote.strip()}
        )
    if official.costs:
        sentences.append(
            t("The costs of this participation will be borne by %(costs)s.")
            % {"costs": official.costs.strip().rstrip(".")}
        )
    letter.numbered(" ".join(sentences))
