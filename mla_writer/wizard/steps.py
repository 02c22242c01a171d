"""What the wizard asks for each of the 14 checklist points, in the checklist's order.

Each step is a function of the interview. Questions follow the answers (the reason for urgency is
asked only when the request is urgent; the fields of an item of assistance depend on its type),
and every question is identified by its path in the case file, so a step can be run again to
re-ask only the fields a finding points at. Titles and guidance are not here: they come from
`mla_writer.checklist.POINTS`.
"""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from mla_writer.errors import MlaError
from mla_writer.i18n import LETTER_DOMAIN, N_, _, shipped_languages, ui_language
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.model.assistance import DataIdentifier, Property
from mla_writer.model.common import Contact, Money
from mla_writer.model.dates import DateForm, parse_date
from mla_writer.model.kinds import KINDS
from mla_writer.model.kinds import enum_choices as kind_enum_choices
from mla_writer.model.parties import ChannelKind, ProceedingsNature
from mla_writer.model.persons import Role
from mla_writer.model.request import LanguagePoint
from mla_writer.places import language_name, state_name
from mla_writer.states import (
    addressee_for,
    get_profile,
    propose_legal_basis,
    proposed_letter_language,
)
from mla_writer.states.proposals import confirmed_instead, instrument_title
from mla_writer.wizard.interview import Interview, Path_, enum_choices
from mla_writer.wizard.terminal import Style

Step = Callable[[Interview], None]

YES_NO = ((True, N_("Yes")), (False, N_("No")))

ROLE_LABELS = {
    "suspect": N_("Suspect"),
    "accused": N_("Accused (charged)"),
    "witness": N_("Witness"),
    "victim": N_("Victim"),
    "expert": N_("Expert"),
    "company": N_("Company or other legal person"),
    "other": N_("Other person concerned"),
}
NATURE_LABELS = {
    "investigation": N_("A criminal investigation"),
    "prosecution": N_("A prosecution"),
    "judicial_proceedings": N_("Proceedings before a court"),
}
CHANNEL_LABELS = {
    "interpol": N_("INTERPOL"),
    "diplomatic": N_("The diplomatic channel"),
    "eurojust": N_("Eurojust"),
    "ejn": N_("The European Judicial Network"),
    "direct": N_("Directly to an authority of the requested State"),
    "police_cooperation": N_("Police cooperation channels"),
    "other": N_("Another channel"),
}
ENUM_LABELS: dict[type[StrEnum], dict[str, str]] = {
    Role: ROLE_LABELS,
    ProceedingsNature: NATURE_LABELS,
    ChannelKind: CHANNEL_LABELS,
}
"""Labels of the enums outside the kinds of assistance (each kind's spec labels its own)."""

# The question for each field of the groups inside an item of assistance; the item's own fields
# are asked as its kind's spec says.
FIELD_QUESTIONS = {
    "description": N_("Description"),
    "location": N_("Where is it?"),
    "holder": N_("Who holds it?"),
    "estimated_value": N_("Estimated value"),
    "amount": N_("Amount (a number, e.g. 125000.50)"),
    "currency": N_("Currency (three letters, e.g. EUR)"),
    "authority": N_("Issued by (court or authority)"),
    "date": N_("Date"),
    "reference": N_("Reference"),
    "final": N_("Is the order final (no further appeal)?"),
    "annex": N_("Annex holding the certified copy"),
    "kind": N_("Kind of identifier (e-mail account, IP address, telephone number, user name...)"),
    "value": N_("The identifier itself"),
    "observed_at": N_("When was it used? Date, time and time zone, e.g. 2026-03-04 10:22+02:00"),
    "name": N_("Name"),
    "function": N_("Function"),
    "phone": N_("Telephone"),
    "email": N_("E-mail"),
}

# ---------------------------------------------------------------------- shared pieces


def _authority(ui: Interview, path: Path_, name_question: str, *, required: bool = True) -> None:
    ui.text((*path, "name"), name_question, required=required, help="")
    ui.text(
        (*path, "address"),
        _("Postal address"),
        help=_("Street, postcode, city and country; the address goes into the letter as typed."),
    )
    ui.text((*path, "phone"), _("Telephone"))
    ui.text((*path, "email"), _("E-mail"))


def _contact(ui: Interview, path: Path_, *, function_hint: str = "") -> None:
    ui.text((*path, "name"), _("Name"))
    ui.text((*path, "function"), _("Function"), help=function_hint)
    ui.text((*path, "phone"), _("Telephone"))
    ui.text((*path, "email"), _("E-mail"))


def _describe_contact(item: dict[str, Any], index: int) -> str:
    return _("Contact person %(number)d: %(name)s") % {
        "number": index + 1,
        "name": item.get("name") or "?",
    }


def _none_or_list(
    ui: Interview,
    key: str,
    question: str,
    none_label: str,
    some_label: str,
    ask_item: Callable[[Path_], None],
    describe: Callable[[dict[str, Any], int], str],
    add_another: str,
) -> None:
    """Points answered either by an explicit `none` or by a list (contacts, channels, officials)."""
    current = ui.get((key,))
    default = "none" if current == "none" else ("some" if current else None)
    answer = ui.control(
        (key,),
        question,
        [("none", none_label), ("some", some_label)],
        default=default,
    )
    if answer == "none":
        ui.put((key,), "none")
        return
    if not isinstance(ui.get((key,)), list):
        ui.data[key] = []
    ui.group((key,), ask_item, describe=describe, add_first=None, add_another=add_another)


# ---------------------------------------------------------------------- what the State profiles propose


def _state_profile(code: Any) -> Any:
    """mla-writer's profile of a State (treaties, languages, central authority), if it has one."""
    if not code:
        return None
    try:
        return get_profile(str(code))
    except (MlaError, ValueError):
        return None  # a broken profile folder must not stop a draft; `mla check` reports it


def _state_name(code: Any) -> str:
    return state_name(str(code), ui_language()) if code else "?"


def _say_states(ui: Interview) -> None:
    requesting, requested = ui.get(("requesting_state",)), ui.get(("requested_state",))
    if requesting and requested:
        ui.terminal.say(
            _("From %(requesting)s (%(a)s) to %(requested)s (%(b)s).")
            % {
                "requesting": _state_name(requesting),
                "a": requesting,
                "requested": _state_name(requested),
                "b": requested,
            },
            Style.HELP,
        )


def _proposed_addressee(ui: Interview) -> Any:
    profile = _state_profile(ui.get(("requested_state",)))
    if profile is None:
        return None

    return addressee_for(profile, ui.get(("identification", "proceedings", "nature")))


def _legal_basis_proposal(ui: Interview) -> Any:
    requesting, requested = ui.get(("requesting_state",)), ui.get(("requested_state",))
    if not requesting or not requested:
        return None

    return propose_legal_basis(str(requesting), str(requested))


def _language_proposal(ui: Interview) -> Any:
    profile = _state_profile(ui.get(("requested_state",)))
    if profile is None:
        return None

    instruments = [
        i.get("code") for i in ui.get(("legal_basis", "instruments")) or [] if i.get("code")
    ]
    return proposed_letter_language(
        profile, _state_profile(ui.get(("requesting_state",))), instruments or None
    )


# ---------------------------------------------------------------------- 1. identification


def identification(ui: Interview) -> None:
    _states(ui)
    _requesting_office(ui)
    _proceeding_authority(ui)
    _proceedings(ui)
    _addressee(ui)
    _signatory(ui)


def _states(ui: Interview) -> None:
    ui.text(
        ("requesting_state",),
        _("Your State (the requesting State)"),
        help=_(
            "Its name, in English or in the language of these questions, or its two-letter code, e.g. Moldova or MD."
        ),
        required=True,
    )
    ui.text(
        ("requested_state",),
        _("The requested State (the State you ask for help)"),
        help=_(
            "Its name, in English or in the language of these questions, or its two-letter code, e.g. Türkiye or TR."
        ),
        required=True,
    )
    _say_states(ui)
    ui.text(
        ("language", "original"),
        _("The language you type your answers in"),
        help=_(
            "A name or a code, e.g. English or en. The letter's language is chosen at the end "
            "(point 14); answers typed in another language are translated with `mla translate`."
        ),
        required=True,
        default=ui.get(("language", "letter")) or ui_language(),
    )


def _requesting_office(ui: Interview) -> None:
    ident = ("identification",)
    _authority(
        ui,
        (*ident, "requesting_authority"),
        _("Name of your office (the authority presenting the request)"),
    )
    ui.text(
        (*ident, "requesting_authority", "contact", "name"),
        _("The prosecutor, judge or officer in charge: name"),
        help=_("The requested State needs someone to call when a question arises."),
    )
    if ui.get((*ident, "requesting_authority", "contact", "name")):
        ui.text((*ident, "requesting_authority", "contact", "function"), _("Their function"))
        ui.text((*ident, "requesting_authority", "contact", "phone"), _("Their telephone"))
        ui.text((*ident, "requesting_authority", "contact", "email"), _("Their e-mail"))
    else:
        ui.text(
            (*ident, "contact_inappropriate"),
            _("Why is nobody named? (leave empty to name a contact below)"),
        )


def _proceeding_authority(ui: Interview) -> None:
    ident = ("identification",)
    proceeding = (*ident, "proceeding_authority")
    same = ui.get(proceeding) is not None and ui.get(proceeding) == ui.get(
        (*ident, "requesting_authority")
    )
    answer = ui.control(
        proceeding,
        _("Does your office also conduct the investigation, prosecution or proceedings?"),
        [(True, _("Yes, the same authority")), (False, _("No, another authority conducts them"))],
        default=bool(same or ui.get(proceeding) is None),
    )
    if answer:
        requesting = ui.get((*ident, "requesting_authority"))
        if requesting:
            ui.put(proceeding, dict(requesting))
    else:
        if same:
            ui.put(proceeding, None)
        _authority(ui, proceeding, _("Name of the authority conducting the proceedings"))
        ui.text(
            (*proceeding, "contact", "name"),
            _("The prosecutor, judge or officer in charge there: name"),
        )
        if ui.get((*proceeding, "contact", "name")):
            ui.text((*proceeding, "contact", "function"), _("Their function"))
            ui.text((*proceeding, "contact", "phone"), _("Their telephone"))
            ui.text((*proceeding, "contact", "email"), _("Their e-mail"))


def _proceedings(ui: Interview) -> None:
    ident = ("identification",)
    proceedings = (*ident, "proceedings")
    ui.choice(
        (*proceedings, "nature"),
        _("What are the proceedings?"),
        enum_choices(ProceedingsNature, NATURE_LABELS),
    )
    ui.text((*proceedings, "reference"), _("Case number of the proceedings"))
    ui.text(
        (*proceedings, "subject"),
        _("What are the proceedings about, in one sentence?"),
        required=True,
        help=_("e.g. Trafficking in human beings for labour exploitation by an organised group"),
    )
    ui.text((*proceedings, "stage"), _("At what stage are they?"))
    ui.group(
        (*ident, "contacts"),
        lambda path: _contact(ui, path, function_hint=_("e.g. Investigating officer, Police")),
        describe=_describe_contact,
        add_first=_("Add another person to contact (e.g. the investigating officer)?"),
        add_another=_("Add another person to contact?"),
    )


def _addressee(ui: Interview) -> None:
    ui.text(
        ("reference",),
        _("Your reference for this request"),
        help=_("The requested State quotes it in every reply."),
    )
    proposed = _proposed_addressee(ui)
    ui.text(
        ("addressee", "name"),
        _("Addressee: the requested State's central authority"),
        help=_(
            "Proposed from mla-writer's profile of %(state)s: check it, then press Enter to keep it."
        )
        % {"state": _state_name(ui.get(("requested_state",)))}
        if proposed and proposed.name
        else _(
            "Usually its Ministry of Justice or Prosecutor General's Office; check its "
            "declaration under UNTOC article 18(13)."
        ),
        default=proposed.name if proposed else None,
    )
    ui.text(
        ("addressee", "address"),
        _("The addressee's postal address"),
        default=proposed.address
        if proposed and proposed.name == ui.get(("addressee", "name"))
        else None,
    )


def _signatory(ui: Interview) -> None:
    ident = ("identification",)
    ui.text(("place",), _("Place of signature (your city)"))
    contact = (*ident, "requesting_authority", "contact")
    ui.text(
        ("signatory", "name"),
        _("Who signs the request? Name"),
        required=True,
        help="",
        default=ui.get((*contact, "name")),
    )
    ui.text(
        ("signatory", "function"),
        _("Signatory's function"),
        required=True,
        default=ui.get((*contact, "function"))
        if ui.get((*contact, "name")) == ui.get(("signatory", "name"))
        else None,
    )
    ui.text(
        ("signatory", "authority"),
        _("Signatory's authority"),
        default=ui.get((*ident, "requesting_authority", "name")),
    )


# ---------------------------------------------------------------------- 2-4


def prior_contact(ui: Interview) -> None:
    def ask(path: Path_) -> None:
        ui.text((*path, "date"), _("When?"))
        ui.text((*path, "between"), _("Between whom (on both sides)?"))
        ui.text((*path, "means"), _("How? (telephone, e-mail, meeting, liaison magistrate...)"))
        ui.text((*path, "summary"), _("What was discussed or agreed?"))

    _none_or_list(
        ui,
        "prior_contact",
        _("Has anyone of your State been in contact with the requested State about this case?"),
        _("No, there was no prior contact"),
        _("Yes, there was"),
        ask,
        lambda item, index: (
            _("Contact %(number)d of %(date)s")
            % {"number": index + 1, "date": item.get("date") or "?"}
        ),
        _("Add another contact?"),
    )


def other_channels(ui: Interview) -> None:
    def ask(path: Path_) -> None:
        ui.choice(
            (*path, "channel"),
            _("Through which channel?"),
            enum_choices(ChannelKind, CHANNEL_LABELS),
        )
        ui.text((*path, "date"), _("When?"))
        ui.text((*path, "reference"), _("Its reference there"))
        ui.text((*path, "details"), _("Details"))

    _none_or_list(
        ui,
        "other_channels",
        _("Has a copy of this request been sent, or will it be sent, through another channel?"),
        _("No, only through this letter"),
        _("Yes"),
        ask,
        lambda item, index: (
            _("Copy %(number)d: %(channel)s")
            % {
                "number": index + 1,
                "channel": _(CHANNEL_LABELS.get(item.get("channel") or "", "?")),
            }
        ),
        _("Add another channel?"),
    )


def acknowledgement(ui: Interview) -> None:
    """One menu: the form or not, and where it goes back to."""
    form, return_to = ("acknowledgement", "include_form"), ("acknowledgement", "return_to")
    included = ui.get(form) is not False
    current = "elsewhere" if included and ui.get(return_to) else ("office" if included else "no")
    answer = ui.choice(
        form,
        _("Include the acknowledgement-of-receipt form (recommended)?"),
        [
            ("office", _("Yes, to be returned to your office (the address given above)")),
            ("elsewhere", _("Yes, to be returned elsewhere")),
            ("no", _("No")),
        ],
        default=current,
        store=lambda answer: answer != "no",
    )
    if answer == "elsewhere":
        ui.text((*return_to, "name"), _("Return it to (office)"), required=True)
        ui.text((*return_to, "address"), _("Postal address"), required=True)
        ui.text((*return_to, "email"), _("E-mail"))
    else:
        ui.put(return_to, None)


# ---------------------------------------------------------------------- 5-7


def urgency(ui: Interview) -> None:
    urgent = ui.yesno(("urgency", "urgent"), _("Is the request urgent, or needed by a date?"))
    if urgent:
        ui.text(("urgency", "deadline"), _("Needed by"))
        ui.text(
            ("urgency", "reason"),
            _("Why is it urgent?"),
            required=True,
            help=_(
                "Custody time limit, trial date, risk that evidence is lost, data retention "
                "period, victims at risk. Without a reason an urgency is usually ignored."
            ),
        )
    else:
        ui.put(("urgency", "deadline"), None)
        ui.put(("urgency", "reason"), None)


def confidentiality(ui: Interview) -> None:
    required = ui.yesno(
        ("confidentiality", "required"),
        _("Must the request and its content be kept confidential?"),
    )
    if required:
        ui.text(
            ("confidentiality", "reason"),
            _("Why must it be kept confidential?"),
            required=True,
            help=_("For instance: the suspects must not learn of the investigation."),
        )
        ui.yesno(
            ("confidentiality", "consult_before_execution"),
            _("If it cannot be kept confidential, must the requested State consult you first?"),
            default=True,
        )
    else:
        ui.put(("confidentiality", "reason"), None)


OTHER_TREATY = "__title__"


def legal_basis(ui: Interview) -> None:
    path = ("legal_basis",)
    proposal = _legal_basis_proposal(ui)
    proposed = [i.code for i in proposal.instruments] if proposal else []
    if proposal is not None:
        for line in proposal.explanation:
            ui.terminal.say(line, Style.HELP)
    no_treaty = bool(proposal and proposal.profiles_known and not proposed)
    unconfirmed = {i.code for i in proposal.instruments if not i.confirmed} if proposal else set()
    try:
        _instruments(ui, path, proposed, unconfirmed, no_treaty)
    except _OnReciprocity:
        ui.put((*path, "instruments"), None)
        ui.put((*path, "reciprocity"), True)
        ui.terminal.say(
            _("The letter will undertake to reciprocate in a similar case."), Style.HELP
        )
        return
    if ui.get((*path, "reciprocity")) is None:
        ui.put((*path, "reciprocity"), False)


class _OnReciprocity(Exception):
    """No treaty applies: picked in the menu of the first instrument."""


RECIPROCITY = "__reciprocity__"


def _instrument_label(code: str, proposed: list[str], unconfirmed: set[str]) -> str:
    title = instrument_title(code, ui_language())
    if code not in proposed:
        return title
    if code in unconfirmed:
        return _("%(title)s  (both States, by the profiles; not confirmed)") % {"title": title}
    return _("%(title)s  ✓ binds both States") % {"title": title}


def _instruments(
    ui: Interview, path: Path_, proposed: list[str], unconfirmed: set[str], no_treaty: bool
) -> None:
    """The treaties and conventions relied on, those binding both States offered first, named
    by their titles in the interface language (the codes are for case files)."""
    codes = proposed + [
        code
        for code, known in KNOWN_INSTRUMENTS.items()
        if code not in proposed and known.in_force  # one not in force is no basis yet
    ]

    choices = [(code, _instrument_label(code, proposed, unconfirmed)) for code in codes]
    choices.append((OTHER_TREATY, _("Another treaty (type its title)")))
    on_reciprocity = bool(ui.get((*path, "reciprocity"))) and not ui.get((*path, "instruments"))

    def chosen() -> list[str]:
        instruments = ui.get((*path, "instruments")) or []
        return [str(i.get("code")) for i in instruments if isinstance(i, dict)]

    def next_proposed() -> str | None:
        return next((code for code in proposed if code not in chosen()), None)

    def ask(item: Path_) -> None:
        code = ui.get((*item, "code"))
        first = item[-1] == 0  # the first instrument, or none: reciprocity
        default = code or (OTHER_TREATY if ui.get((*item, "title")) else next_proposed())
        if first and not code and (on_reciprocity or no_treaty):
            default = RECIPROCITY
        picked = ui.control(
            (*item, "code"),
            _("Which instrument?"),
            [*choices, (RECIPROCITY, _("No treaty applies: reciprocity"))] if first else choices,
            default=default or codes[0],
        )
        if picked == RECIPROCITY:
            raise _OnReciprocity
        if picked == OTHER_TREATY:
            ui.put((*item, "code"), None)
            ui.text((*item, "title"), _("Its full title"), required=True)
        else:
            ui.put((*item, "code"), picked)
            ui.put((*item, "title"), None)
        ui.text((*item, "articles"), _("Articles relied on"), help="")

    ui.group(
        (*path, "instruments"),
        ask,
        describe=lambda item, index: (
            _("Instrument %(number)d: %(name)s")
            % {
                "number": index + 1,
                "name": instrument_title(item["code"], ui_language())
                if item.get("code")
                else item.get("title") or "?",
            }
        ),
        add_first=None,
        add_another=_("Add another treaty or convention?"),
    )


# ---------------------------------------------------------------------- 8. facts and persons


def facts(ui: Interview) -> None:
    ui.text(
        ("facts", "summary"),
        _("Summary of the facts"),
        long=True,
        required=True,
        help=_(
            "What happened, when (with the year), where, who did it, and why the evidence or "
            "the person is in the requested State. One idea per paragraph."
        ),
    )
    ui.group(
        ("persons",),
        lambda path: person(ui, path),
        describe=lambda item, index: (
            _("Person %(number)d: %(name)s (%(role)s)")
            % {
                "number": index + 1,
                "name": item.get("name") or item.get("name_latin") or "?",
                "role": _(ROLE_LABELS.get(item.get("role") or "", "?")),
            }
        ),
        add_first=_("Add a person concerned (suspect, accused, witness, victim, company)?"),
        add_another=_("Add another person?"),
        # A request nearly always concerns someone: the first is proposed, the next ones not.
        more_default=lambda: not ui.get(("persons",)),
    )


def person(ui: Interview, path: Path_) -> None:
    role = ui.choice((*path, "role"), _("Role in the case"), enum_choices(Role, ROLE_LABELS))
    company = role == Role.COMPANY
    ui.put((*path, "legal_person"), True if company else None)
    ui.text(
        (*path, "name"),
        _("Name of the company") if company else _("Full name, as in official documents"),
        required=True,
        help="" if company else _("In the original script (e.g. Cyrillic) if it has one."),
    )
    name = ui.get((*path, "name")) or ""
    if not _is_latin(name):
        ui.text(
            (*path, "name_latin"),
            _("The name in Latin letters, as in the passport"),
            required=True,
        )
    if ui.get((*path, "id")) is None:
        ui.put((*path, "id"), _unique_id(ui, path))
    if company:
        ui.text((*path, "registration_number"), _("Registration number (commercial register)"))
    else:
        ui.text((*path, "date_of_birth"), _("Date of birth"))
        ui.text((*path, "place_of_birth"), _("Place of birth"))
        ui.listed(
            (*path, "nationality"),
            _("Nationality"),
            help=_("State names or codes, separated by commas."),
        )
        _identity_document(ui, path)
    ui.lines((*path, "addresses"), _("Address"), help=_("Known addresses, most recent first."))
    if not company:
        ui.text((*path, "whereabouts"), _("Last known whereabouts, if different"))
    ui.text((*path, "notes"), _("Anything else that identifies them"))


def _identity_document(ui: Interview, path: Path_) -> None:
    """One question for the document and its number ("Passport AB1234567"), as it is written
    on a file; the number asked alone only if it was not typed."""
    document = (*path, "identity_documents", 0)
    kind, number = (*document, "kind"), (*document, "number")
    typed = " ".join(str(ui.get(p)) for p in (kind, number) if ui.get(p))
    with ui.together():
        ui.text(
            kind,
            _("Identity document and its number, if known"),
            help=_("e.g. Passport AB1234567, or National identity card 0990411127733"),
            current=typed or None,
        )
        what, written = split_document(str(ui.get(kind) or ""))
        if written:
            ui.put(kind, what or None)
            ui.put(number, written)
    if not ui.get(kind) and not ui.get(number):
        ui.put((*path, "identity_documents"), None)
        return
    if not ui.get(kind):
        ui.text(kind, _("What kind of document is it (passport, identity card...)?"), required=True)
    if not ui.get(number):
        ui.text(number, _("Its number"))
    nationality = ui.get((*path, "nationality")) or []
    ui.text(
        (*document, "issuing_state"),
        _("Issued by (State)"),
        default=nationality[0] if len(nationality) == 1 else None,
    )


def split_document(text: str) -> tuple[str, str]:
    """("Passport", "AB 0417221") from "Passport AB 0417221": the number is the words at the
    end with digits in them (and a short series of capitals before them)."""
    words = text.split()
    start = len(words)
    while start > 0 and (
        any(c.isdigit() for c in words[start - 1])
        or (
            words[start - 1].isalpha() and words[start - 1].isupper() and len(words[start - 1]) <= 3
        )
    ):
        start -= 1
    number = " ".join(words[start:])
    if not any(c.isdigit() for c in number):
        return text.strip(), ""
    kind = " ".join(words[:start])
    kind = re.sub(r"\s*(?:no\.?|nr\.?|n°|№|number)$", "", kind, flags=re.IGNORECASE)
    return kind.strip(" ,:"), number


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _unique_id(ui: Interview, path: Path_) -> str:
    """A short key for cross-references, made from the surname, so nobody has to invent one."""
    name = ui.get((*path, "name_latin")) or ui.get((*path, "name")) or "person"
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", folded)
    base = words[-1] if words and ui.get((*path, "role")) != "company" else "-".join(words[:2])
    base = base or "person"
    taken = {p.get("id") for p in (ui.get(("persons",)) or []) if isinstance(p, dict)}
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# ---------------------------------------------------------------------- 9. offences


def offences(ui: Interview) -> None:
    def ask(path: Path_) -> None:
        ui.text(
            (*path, "name"),
            _("Name of the offence"),
            required=True,
        )
        ui.text(
            (*path, "provision"),
            _("Provision of the law (article and code)"),
            required=True,
        )
        ui.text((*path, "max_penalty"), _("Maximum penalty"), required=True)
        in_annex = ui.control(
            (*path, "law_text"),
            _("The text of the law:"),
            [(False, _("I will quote it here")), (True, _("It is in an annex to the letter"))],
            default=bool(ui.get((*path, "law_text_annex"))),
            help=_("The requested State checks dual criminality against the text of your law."),
        )
        if in_annex:
            ui.put((*path, "law_text"), None)
            ui.text((*path, "law_text_annex"), _("Title of the annex"), required=True)
            _list_annex(ui, ui.get((*path, "law_text_annex")))
        else:
            ui.put((*path, "law_text_annex"), None)
            ui.text(
                (*path, "law_text"),
                _("Text of the provision"),
                long=True,
                required=True,
                help=_("Quote the article as it stands in your code; you may paste it."),
            )

    ui.group(
        ("offences",),
        ask,
        describe=lambda item, index: (
            _("Offence %(number)d: %(name)s")
            % {"number": index + 1, "name": item.get("name") or "?"}
        ),
        add_first=None,
        add_another=_("Add another offence?"),
    )
    ui.lines(
        ("annexes",),
        _("Documents annexed to the letter (orders, statements): their titles"),
        help=_("The annex with the law's text is listed already.")
        if any(o.get("law_text_annex") for o in ui.get(("offences",)) or [] if isinstance(o, dict))
        else "",
        titled="title",
    )


def _list_annex(ui: Interview, title: str | None) -> None:
    if not title:
        return
    annexes = ui.get(("annexes",)) or []
    if not any(isinstance(a, dict) and a.get("title") == title for a in annexes):
        ui.put(("annexes", len(annexes), "title"), title)


# ---------------------------------------------------------------------- 10-12. assistance


def assistance(ui: Interview) -> None:
    ui.group(
        ("assistance",),
        lambda path: assistance_item(ui, path),
        describe=lambda item, index: (
            _("Item %(number)d: %(what)s") % {"number": index + 1, "what": describe_item(ui, item)}
        ),
        add_first=None,
        add_another=_("Ask for another measure?"),
    )


def describe_item(ui: Interview, item: dict[str, Any]) -> str:
    """A short name for an item of assistance, e.g. `statement of Vera Grădinaru`."""
    spec = KINDS.get(str(item.get("type") or "other"))
    if spec is None:
        return "?"
    if "%(person)s" in spec.item_name:
        ref = next(
            (item[name] for name in spec.person_fields if isinstance(item.get(name), str)), None
        )
        person = _person_name(ui, ref) if ref else _("a person")
        return _(spec.item_name) % {"person": person}
    if spec.item_name_detail and item.get(spec.item_name_detail[0]):
        name, message = spec.item_name_detail
        return _(message) % {name: item[name]}
    return _(spec.item_name)


def _person_name(ui: Interview, person_id: str) -> str:
    for entry in ui.get(("persons",)) or []:
        if isinstance(entry, dict) and entry.get("id") == person_id:
            return str(entry.get("name") or entry.get("name_latin") or person_id)
    return person_id


def assistance_item(ui: Interview, path: Path_) -> None:
    kind = ui.choice(
        (*path, "type"),
        _("What do you ask the requested State to do?"),
        [(key, _(spec.label)) for key, spec in KINDS.items()],
    )
    spec = KINDS[kind]
    whole_period = False
    for name in spec.fields:
        if name == "period_to" and whole_period:
            continue  # typed with its first day, as "01.03.2025 – 30.09.2026"
        annotation = spec.model.model_fields[name].annotation
        help_text = spec.wizard_help.get(name)
        with ui.together():
            _ask_field(
                ui,
                (*path, name),
                name,
                annotation,
                question=spec.questions[name],
                help=None if help_text is None else _(help_text) if help_text else "",
                person=name in spec.person_fields,
            )
            if name == "period_from":
                whole_period = _split_period(ui, path)
    ui.text(
        (*path, "description"),
        _("Describe precisely what is asked")
        if spec.description_required
        else _("Anything to add"),
        required=spec.description_required,
    )


def _split_period(ui: Interview, item: Path_) -> bool:
    """A whole period typed as the first day of one: its ends stored apart (as a case file
    writes them); True if so, and its last day is not asked."""
    typed = ui.get((*item, "period_from"))
    period = parse_date(typed) if isinstance(typed, str) else None
    if period is None or period.form not in (DateForm.RANGE, DateForm.OPEN):
        return False
    ui.put((*item, "period_from"), period.parts[0].text)
    ui.put(
        (*item, "period_to"), period.parts[1].text if period.form is DateForm.RANGE else "to date"
    )
    return True


def _applies(ui: Interview, path: Path_, name: str) -> bool:
    """Questions follow the answers: a field that cannot matter here is not asked."""
    item = ui.get(path[:-1]) or {}
    if name == "subject_matter":
        return not item.get("questions")
    if name == "persons":  # several persons on the same terms: a case-file shorthand
        return not item.get("person")
    if name == "fixed":
        return "ip" in str(item.get("kind") or "").lower().split()
    if name == "rights_warning":
        role = _person_role(ui, item.get("person"))
        return item.get("status") == "suspect" or role in ("suspect", "accused")
    if name == "content_justification":
        return any("content" in str(c).lower() for c in item.get("data_categories") or [])
    if name == "observed_at":
        return "ip" in str(item.get("kind") or "").lower().split()
    return True


def _person_role(ui: Interview, person_id: Any) -> str | None:
    for entry in ui.get(("persons",)) or []:
        if isinstance(entry, dict) and person_id and entry.get("id") == person_id:
            return entry.get("role")
    return None


# What an entry of a group is called, and how to offer another, by the entry's model.
GROUP_NOUNS: dict[type[BaseModel], str] = {DataIdentifier: N_("Identifier"), Property: N_("Asset")}
GROUP_MORE: dict[type[BaseModel], str] = {
    DataIdentifier: N_("Add another identifier (account, address, number)?"),
    Property: N_("Add another asset?"),
}

ROLE_TO_STATUS = {
    "witness": "witness",
    "victim": "victim",
    "suspect": "suspect",
    "accused": "suspect",
    "expert": "expert",
}


def _ask_field(
    ui: Interview,
    path: Path_,
    name: str,
    annotation: Any,
    question: str | None = None,
    help: str | None = None,
    person: bool = False,
) -> None:
    """Ask one field of an item of assistance (or of a group inside one), by its type in the model.

    `question` is its msgid (by default the group field's); `help` replaces the field's
    description; `person` asks for a person from the persons list."""
    if not _applies(ui, path, name):
        ui.put(path, None)
        return
    question = _(question or FIELD_QUESTIONS.get(name, name.replace("_", " ").capitalize()))
    inner = _strip_optional(annotation)
    if person and inner is not list and typing.get_origin(inner) is not list:
        _person_reference(ui, path, question)
    elif inner is bool:
        ui.yesno(path, question)
    elif isinstance(inner, type) and issubclass(inner, StrEnum):
        default = None
        if name == "status":  # heard as what the persons list says they are: not asked
            default = ROLE_TO_STATUS.get(_person_role(ui, ui.get((*path[:-1], "person"))) or "")
            live = ui.only is None and ui.surveyed is None
            if default and live and ui.get(path) in (None, default):
                ui.put(path, default)
                return
        ui.choice(path, question, enum_choices(inner, _enum_labels(inner)), default=default)
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        _sub_model(ui, path, question, inner)
    elif typing.get_origin(inner) is list:
        item = typing.get_args(inner)[0]
        if isinstance(item, type) and issubclass(item, BaseModel):
            ui.group(
                path,
                lambda sub: _model_fields(ui, sub, item),
                describe=lambda entry, index: (
                    _("%(what)s %(number)d: %(value)s")
                    % {
                        "what": _(GROUP_NOUNS.get(item, N_("Entry"))),
                        "number": index + 1,
                        "value": entry.get("description") or entry.get("value") or "?",
                    }
                ),
                add_first=None,
                add_another=_(GROUP_MORE.get(item, N_("Add another?"))),
            )
        else:
            ui.lines(path, question, help=help)
    else:
        ui.text(path, question, help=help)


def _enum_labels(enum: type[StrEnum]) -> dict[str, str]:
    """The interface's msgid for each value of an enum, from its kind's spec or the table above."""
    from_kind = {value: choice.interface for value, choice in kind_enum_choices(enum).items()}
    return from_kind or ENUM_LABELS.get(enum, {})


def _sub_model(ui: Interview, path: Path_, question: str, model: type[BaseModel]) -> None:
    if model is Contact:
        ui.terminal.say(question, Style.HELP)
        for name in ("name", "phone", "email"):
            ui.text((*path, name), _(FIELD_QUESTIONS[name]))
        return
    if model is Money:
        # The names go through a loop, never `_(TABLE["literal"])`: babel 2.18 wrongly extracted
        # such a subscript string as a phrase of its own, babel 2.19 does not.
        for name in ("amount", "currency"):
            if name == "currency" and not ui.get((*path, "amount")):
                break
            ui.text((*path, name), _(FIELD_QUESTIONS[name]))
        return
    given = ui.control(
        path,
        _("%(question)s: is there one?") % {"question": question},
        [(True, _("Yes")), (False, _("No"))],
        default=ui.get(path) is not None,
    )
    if given:
        _model_fields(ui, path, model)
    else:
        ui.put(path, None)


def _model_fields(ui: Interview, path: Path_, model: type[BaseModel]) -> None:
    for name, info in model.model_fields.items():
        _ask_field(ui, (*path, name), name, info.annotation)


def _strip_optional(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, type(int | None)) and len(args) == 1:
        return _strip_optional(args[0])
    if typing.get_origin(annotation) is typing.Annotated:
        return _strip_optional(typing.get_args(annotation)[0])
    return annotation


NEW_PERSON = "__new__"


def _person_reference(ui: Interview, path: Path_, question: str) -> None:
    """Pick a person from the persons list, or add one on the spot."""
    people = [p for p in ui.get(("persons",)) or [] if isinstance(p, dict) and p.get("id")]
    if not ui.wanted(path):
        return
    choices = []
    for someone in people:
        name = someone.get("name") or someone.get("name_latin")
        role = _(ROLE_LABELS.get(someone.get("role") or "", ""))
        choices.append((someone["id"], f"{name} – {role}"))
    choices.append((NEW_PERSON, _("Someone not yet listed: add the person now")))
    picked = ui.control(
        path, question, choices, default=ui.get(path) or _proposed_person(ui, path, people)
    )
    if picked == NEW_PERSON:
        new = ("persons", len(people))
        person(ui, new)
        picked = ui.get((*new, "id"))
    ui.put(path, picked)


HEARD = ("witness", "victim", "expert")
HEARINGS = ("witness_statement", "videoconference_hearing", "voluntary_appearance")


def _proposed_person(ui: Interview, path: Path_, people: list[dict[str, Any]]) -> str:
    """The person an item is most likely about: one no other item is about yet and, for a
    hearing, a witness, victim or expert first; else the first listed."""
    named = {
        str(item.get(field))
        for item in ui.get(("assistance",)) or []
        if isinstance(item, dict)
        for field in ("person", "recipient")
    }
    waiting = [p for p in people if p["id"] not in named] or people
    hearing = (ui.get(path[:-1]) or {}).get("type") in HEARINGS
    heard = [p for p in waiting if p.get("role") in HEARD] if hearing else []
    return str((heard or waiting)[0]["id"]) if waiting else NEW_PERSON


def relevance(ui: Interview) -> None:
    for index, item in enumerate(ui.get(("assistance",)) or []):
        ui.text(
            ("assistance", index, "relevance"),
            _("Item %(number)d (%(what)s): how is it connected to the investigation?")
            % {"number": index + 1, "what": describe_item(ui, item)},
            required=True,
            help=_("What do you expect it to show, and why does that matter to the case?"),
        )


def procedures(ui: Interview) -> None:
    for index, item in enumerate(ui.get(("assistance",)) or []):
        path = ("assistance", index, "procedures")
        current = ui.get(path)
        answer = ui.control(
            path,
            _("Item %(number)d (%(what)s): must the requested State follow particular procedures?")
            % {"number": index + 1, "what": describe_item(ui, item)},
            [
                ("none", _("No particular procedure")),
                ("some", _("Yes (oath, certification, chain of custody, form of record...)")),
            ],
            default="some" if isinstance(current, list) and current else "none",
        )
        if answer == "none":
            ui.put(path, "none")
            continue
        if not isinstance(current, list):
            ui.data["assistance"][index]["procedures"] = []

        def ask(sub: Path_) -> None:
            ui.text((*sub, "requirement"), _("Procedure to follow"), required=True)
            ui.text(
                (*sub, "reason"),
                _("Why? (the rule of your law that requires it)"),
                required=True,
            )

        ui.group(
            path,
            ask,
            describe=lambda entry, number: (
                _("Procedure %(number)d: %(what)s")
                % {"number": number + 1, "what": entry.get("requirement") or "?"}
            ),
            add_first=None,
            add_another=_("Add another procedure for this item?"),
        )


# ---------------------------------------------------------------------- 13-14


def presence_of_officials(ui: Interview) -> None:
    def ask(path: Path_) -> None:
        ui.text((*path, "name"), _("Name"))
        ui.text((*path, "function"), _("Function"))
        ui.text((*path, "authority"), _("Authority"))
        ui.text((*path, "role"), _("What do they wish to do (observe, suggest questions...)?"))
        ui.text((*path, "reason"), _("Why is their presence needed?"), required=True)

    _none_or_list(
        ui,
        "presence_of_officials",
        _("Do officials or other persons of your State wish to attend the execution?"),
        _("No"),
        _("Yes"),
        ask,
        lambda item, index: (
            _("Official %(number)d: %(name)s")
            % {"number": index + 1, "name": item.get("name") or "?"}
        ),
        _("Add another person?"),
    )


def _letter_languages() -> list[str]:
    return shipped_languages(LETTER_DOMAIN)


def writable_letter_language(code: str) -> str | None:
    """None if mla-writer can write letters in the language, else why not and what it offers."""
    available = _letter_languages()
    if code in available:
        return None

    # one short line: it is shown in the prompt's bottom bar
    return _("mla-writer cannot write letters in %(language)s yet: choose %(available)s.") % {
        "language": language_name(code, ui_language()),
        "available": ", ".join(available),
    }


def language(ui: Interview) -> None:
    proposal = _language_proposal(ui)
    available = _letter_languages()
    _say_language_proposal(ui, proposal, available)
    proposed = proposal.language if proposal and proposal.language in available else None
    ui.text(
        ("language", "letter"),
        _("Language of the letter"),
        help=_("mla-writer writes letters in: %(available)s.")
        % {"available": ", ".join(language_name(code, ui_language()) for code in available)},
        required=True,
        default=proposed or LanguagePoint.model_fields["letter"].default,
        check=writable_letter_language,
    )
    if not (proposal and proposal.accepted) or ui.get(("language", "accepted_by_requested_state")):
        # asked only where mla-writer's profile of the State does not say it (said above)
        ui.listed(
            ("language", "accepted_by_requested_state"),
            _("Languages the requested State accepts"),
            help=_(
                "See its declaration under UNTOC article 18(14), or ask its central authority; "
                "leave empty if unknown."
            ),
            default=list(proposal.accepted) if proposal else (),
        )
    # as `mla check` sees it: the case's list, else the requested State's profile
    accepted = ui.get(("language", "accepted_by_requested_state")) or (
        list(proposal.accepted) if proposal else []
    )
    _translation(ui, accepted, _unconfirmed_letter_language(ui, accepted))


def _say_language_proposal(ui: Interview, proposal: Any, available: list[str]) -> None:
    """What the requested State's profile says about languages, or what mla-writer cannot do."""
    if proposal is not None and proposal.language and proposal.language not in available:
        ui.terminal.say(
            _(
                "%(state)s accepts requests in %(accepted)s. Write the letter in a language "
                "mla-writer writes (%(available)s) and attach a certified translation."
            )
            % {
                "state": _state_name(ui.get(("requested_state",))),
                "accepted": ", ".join(language_name(c, ui_language()) for c in proposal.accepted),
                "available": ", ".join(available),
            },
            Style.HELP,
        )
    elif proposal is not None:
        ui.terminal.say(proposal.explanation, Style.HELP)


def _unconfirmed_letter_language(ui: Interview, accepted: list[str]) -> str | None:
    """Where the requested State's acceptance of the letter's language is not confirmed in its
    profile (English for Romania): say so, and return a confirmed language to translate into."""
    profile = _state_profile(ui.get(("requested_state",)))
    letter = ui.get(("language", "letter"))
    target = confirmed_instead(str(letter), profile, accepted) if profile else None
    if target is None:
        return None
    ui.terminal.say(
        _(
            "%(state)s's acceptance of %(language)s is not confirmed in its profile: unless its "
            "central authority confirms it, attach a certified translation into %(target)s."
        )
        % {
            "state": _state_name(ui.get(("requested_state",))),
            "language": language_name(str(letter), ui_language()),
            "target": language_name(target, ui_language()),
        },
        Style.WARNING,
    )
    return target


def _translation(ui: Interview, accepted: list[str], unsure_into: str | None = None) -> None:
    """The certified translation to attach when the State does not accept the letter's
    language, or, where its acceptance is not confirmed (`unsure_into`), unless the user
    knows better: the suggestion stays."""
    letter = ui.get(("language", "letter"))
    translation = ("language", "translation")
    if unsure_into and accepted and letter in accepted:
        wanted = ui.control(
            ("language", "translation_suggested"),
            _("Attach a certified translation into %(language)s all the same (recommended)?")
            % {"language": language_name(unsure_into, ui_language())},
            [
                (True, _("Yes")),
                (False, _("No, its central authority confirmed the letter's language")),
            ],
            default=isinstance(ui.get(translation), dict) or ui.get(translation) is None,
        )
        if wanted:  # into the language the question named, certified as it said
            if not isinstance(ui.get(translation), dict):
                ui.put(translation, None)
            ui.put((*translation, "language"), unsure_into)
            ui.put((*translation, "certified"), True)
            ui.text((*translation, "translator"), _("Translator"))
        else:
            ui.put(translation, "none")
        return
    if accepted and letter not in accepted:
        if ui.get(translation) == "none":
            ui.put(translation, None)
        ui.terminal.say(
            _(
                "The requested State does not accept the letter's language: attach a certified translation."
            ),
            Style.HELP,
        )
        _translation_details(ui, translation, accepted[0])
    else:
        ui.put(translation, "none" if accepted else None)


def _translation_details(ui: Interview, translation: Path_, into: str) -> None:
    if not isinstance(ui.get(translation), dict):
        ui.put(translation, None)
    ui.text(
        (*translation, "language"), _("Language of the translation"), required=True, default=into
    )
    ui.yesno((*translation, "certified"), _("Will the translation be certified?"), default=True)
    ui.text((*translation, "translator"), _("Translator"))


STEPS: dict[str, Step] = {
    "identification": identification,
    "prior_contact": prior_contact,
    "other_channels": other_channels,
    "acknowledgement": acknowledgement,
    "urgency": urgency,
    "confidentiality": confidentiality,
    "legal_basis": legal_basis,
    "facts": facts,
    "offences": offences,
    "assistance": assistance,
    "relevance": relevance,
    "procedures": procedures,
    "presence_of_officials": presence_of_officials,
    "language": language,
}
