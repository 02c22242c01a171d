"""`mla profile`: edit the defaults every new request starts from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mla_writer.i18n import _
from mla_writer.profile import UserProfile, load_profile, profile_path, save_profile
from mla_writer.wizard.interview import Interview
from mla_writer.wizard.steps import writable_letter_language
from mla_writer.wizard.terminal import Style, Terminal


def edit_profile(terminal: Terminal, path: Path | None = None) -> Path:
    """Ask for the profile's fields (current values as defaults) and save it; return its path."""
    path = path or profile_path()
    profile = load_profile(path)
    data: dict[str, Any] = profile.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    ui = Interview(terminal, data, root=UserProfile)
    say = terminal.say
    say(_("Your profile"), Style.TITLE)
    say(
        _(
            "Every new request starts from these answers, so you never type your office twice. "
            "Press Enter to keep an answer; clear it to remove it. Saved in %(path)s."
        )
        % {"path": path}
    )
    ui.text(
        ("requesting_state",),
        _("Your State"),
        help=_(
            "Its name, in English or in the language of these questions, or its two-letter code, e.g. Moldova or MD."
        ),
    )
    authority = ("requesting_authority",)
    ui.text((*authority, "name"), _("Name of your office (the authority presenting requests)"))
    ui.text((*authority, "address"), _("Postal address"))
    ui.text((*authority, "phone"), _("Telephone (with the country code)"))
    ui.text((*authority, "email"), _("E-mail"))
    ui.text((*authority, "contact", "name"), _("Usual contact person in your office: name"))
    if ui.get((*authority, "contact", "name")):
        ui.text((*authority, "contact", "function"), _("Their function"))
        ui.text((*authority, "contact", "phone"), _("Their telephone"))
        ui.text((*authority, "contact", "email"), _("Their e-mail"))
    ui.text(("signatory", "name"), _("Who usually signs your requests? Name"))
    ui.text(("signatory", "function"), _("Signatory's function"))
    ui.text(("signatory", "authority"), _("Signatory's authority"))
    ui.text(("place",), _("Place of signature (your city)"))
    ui.text(
        ("letter_language",),
        _("Language you usually write requests in"),
        help=_("Its English name or code, e.g. English or en."),
        check=writable_letter_language,
    )
    ui.text(
        ("ui_language",),
        _("Language of mla-writer's questions (leave empty to follow the system)"),
    )
    try:
        saved = save_profile(UserProfile.model_validate(data), path)
    except ValidationError as error:  # every field was checked as typed; this is a safety net
        raise AssertionError(str(error)) from None
    say(_("Profile saved in %(path)s.") % {"path": saved}, Style.GOOD)
    return saved
