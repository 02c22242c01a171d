"""Section 8, presence of officials at execution (point 12): who attends, in person or from a
distance, who bears the costs; or that no one will, and why."""

from __future__ import annotations

from mla_writer.model.common import is_none_answer, none_reason
from mla_writer.model.parties import Official
from mla_writer.render.sections.shared import Letter


def write_officials(letter: Letter) -> None:
    t, layout, request = letter.t, letter.layout, letter.request
    letter.heading("officials")
    officials = request.presence_of_officials
    if is_none_answer(officials):
        layout.para(
            "Body Text",
            t(
                "No official or other person of %(state)s wishes to be present at the "
                "execution of this request."
            )
            % {"state": letter.state_in_text(request.requesting_state)},
        )
        letter.reason_paragraphs(none_reason(officials))
    elif isinstance(officials, list):
        _write_officials(letter, officials)
    letter.placeholders(letter.missing.for_part("officials"))


def _write_officials(letter: Letter, officials: list[Official]) -> None:
    t, layout = letter.t, letter.layout
    layout.para(
        "Body Text",
        t(
            "The requesting authority asks that the following persons be allowed to be "
            "present at the execution of this request:"
        ),
    )
    for official in officials:
        name = letter.wording.joined((official.name, official.function, official.authority))
        layout.para("Heading 3", name)
        if official.role:
            layout.field(t("Role"), official.role)
        if official.reason:
            layout.field(t("Reason"), official.reason)
        if official.remote:
            layout.field(t("Taking part from a distance"), official.remote)
        if official.costs:
            layout.field(t("Costs borne by"), official.costs)
    if any(not official.remote for official in officials):
        layout.para(
            "Body Text Spaced",
            t(
                "Please inform the requesting authority of the date and place of execution "
                "in good time, so that their travel can be arranged."
            ),
        )
    else:
        layout.para(
            "Body Text Spaced",
            t(
                "Please inform the requesting authority of the date and time of execution "
                "in good time, so that the connection can be arranged."
            ),
        )
