"""Messages kept as msgid + parameters, translated by whichever surface shows them."""

from __future__ import annotations

from functools import partial

from mla_writer.i18n import LetterTranslator, set_ui_language
from mla_writer.message import ENGLISH, F_, INTERFACE, Named
from mla_writer.places import language_name


def test_a_hint_inside_a_message_is_translated_with_it() -> None:
    hint = F_("did you mean %(code)s?") % {"code": "UNTOC"}
    message = F_("Unknown instrument code “%(code)s”: %(hint)s") % {"code": "UNTCO", "hint": hint}

    set_ui_language("fr")
    try:
        on_screen = message.shown(INTERFACE)
    finally:
        set_ui_language("en")

    assert message.shown(ENGLISH) == "Unknown instrument code “UNTCO”: did you mean UNTOC?"
    assert message.english_params() == {"code": "UNTCO", "hint": "did you mean UNTOC?"}
    assert "UNTCO" in on_screen and "UNTOC" in on_screen
    assert "did you mean" not in on_screen and "Unknown instrument" not in on_screen


def test_a_language_is_named_in_the_language_of_the_surface() -> None:
    french = Named("fr", partial(language_name, "fr"))
    message = F_("The translation should be certified (certified: true).")

    assert french.shown(ENGLISH) == "French"
    assert french.shown(LetterTranslator("es")) == "francés"
    assert (
        message.shown(LetterTranslator("pt"))
        == "A tradução deve ser certificada (certified: true)."
    )
