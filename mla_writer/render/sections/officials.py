"""Section 8, presence of officials at execution (point 12)."""

from __future__ import annotations

from mla_writer.render.sections.shared import Letter


def write_officials(letter: Letter) -> None:
    t, layout, request = letter.t, letter.layout, letter.request
    letter.heading("officials")
    officials = request.presence_of_officials
    if officials == "none":
        layout.para(
            "Body Text",
            t(
                "No official or other person of %(state)s wishes to be present at the "
                "execution of this request."
            )
            % {"state": letter.state_in_text(request.requesting_state)},
        )
    elif officials:
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
        layout.para(
            "Body Text Spaced",
            t(
                "Please inform the requesting authority of the date and place of execution "
                "in good time, so that their travel can be arranged."
            ),
        )
    letter.placeholders(letter.missing.for_part("officials"))
