"""The closing formula and the signature block."""

from __future__ import annotations

from mla_writer.render.sections.shared import Letter


def write_closing(letter: Letter) -> None:
    t, layout, request = letter.t, letter.layout, letter.request
    layout.para(
        "Closing",
        t(
            "I thank the competent authorities %(of_state)s in advance for their assistance "
            "and remain at their disposal for any further information they may need. Please "
            "accept the assurances of my highest consideration."
        )
        % {"of_state": letter.of_state(request.requested_state)},
    )
    signatory = request.signatory
    layout.para("Signature Line", "_" * 32)
    if signatory:
        if signatory.name:
            layout.para("Signature", (signatory.name, "Strong"))
        if signatory.function:
            layout.para("Signature", signatory.function)
        if signatory.authority:
            layout.para("Signature", signatory.authority)
    layout.para("Signature", (t("(signature and official seal)"), "Emphasis"))
    letter.placeholders(letter.missing.for_part("signature"))
