"""State profiles as text to read and JSON for other programs (`mla states list|show`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from mla_writer.clock import check_date
from mla_writer.errors import CaseFileError
from mla_writer.i18n import N_, _, ngettext, ui_language
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.places import language_name
from mla_writer.states.model import Fact, PartyStatus, StateProfile
from mla_writer.states.relations import TreatyStatus, data_version, relations

_TREATY_STATUS = {
    TreatyStatus.IN_FORCE: N_("in force (date of entry into force not recorded)"),
    TreatyStatus.SIGNED: N_("signed, not in force: no basis for a request yet"),
    TreatyStatus.TERMINATED: N_("terminated"),
}

_STATUS = {
    PartyStatus.PARTY: N_("party"),
    PartyStatus.SIGNATORY: N_("signatory (not bound)"),
    PartyStatus.NOT_PARTY: N_("not a party"),
    PartyStatus.DENOUNCED: N_("denounced"),
}


def _origin(profile: StateProfile) -> str:
    origin = profile.origin
    return _("bundled") if origin.startswith("mla_writer/") else origin


def profile_as_dict(profile: StateProfile) -> dict[str, Any]:
    data = profile.model_dump(mode="json")
    return {
        **data,
        "origin": profile.origin,
        "accepted_languages": profile.accepted_languages,
        "data_version": data_version().isoformat(),
    }


def profiles_as_json(profiles: dict[str, StateProfile]) -> str:
    rows = [
        {
            "code": p.code,
            "name": p.name("en"),
            "native_names": p.native_names(),
            "accepted_languages": p.accepted_languages,
            "central_authorities": [a.name for a in p.central_authorities],
            "instruments": [i.code for i in p.instruments if i.status is PartyStatus.PARTY],
            "as_of": p.oldest_check().isoformat(),
            "origin": p.origin,
        }
        for p in profiles.values()
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def profile_as_json(profile: StateProfile) -> str:
    return json.dumps(profile_as_dict(profile), ensure_ascii=False, indent=2)


def profiles_as_text(profiles: dict[str, StateProfile]) -> str:
    lines = [
        _("%(count)d State profiles (show one with `mla states show CODE`):")
        % {"count": len(profiles)}
    ]
    for p in profiles.values():
        languages = ", ".join(p.accepted_languages) or "?"
        origin = _origin(p)
        marker = "" if origin == _("bundled") else f"  [{origin}]"
        label = _("languages")  # outside the f-string, so that extraction sees it
        lines.append(f"  {p.code}  {p.name():<24} {label}: {languages}{marker}")
    lines.append(
        _("Facts carry their source and date: verify with the central authority before sending.")
    )
    lines.append(
        _("State data version %(version)s; what changed: mla_writer/states/profiles/CHANGELOG.md.")
        % {"version": data_version().isoformat()}
    )
    return "\n".join(lines)


STALE_AFTER_DAYS = 730
"""A profile fact older than two years is flagged where a letter relies on it."""


def fact_age(as_of: dt.date, today: dt.date | None = None) -> str:
    """ "3 years old", "5 months old", "checked this month": how old a fact is, in words."""
    today = today or check_date()
    months = (today.year - as_of.year) * 12 + today.month - as_of.month
    if months >= 24:
        return ngettext("%(n)d year old", "%(n)d years old", months // 12) % {"n": months // 12}
    if months >= 1:
        return ngettext("%(n)d month old", "%(n)d months old", months) % {"n": months}
    return _("checked this month")


def _sourced(fact: Fact) -> list[str]:
    line = _("source: %(source)s; as of %(date)s (%(age)s)") % {
        "source": fact.source,
        "date": fact.as_of.isoformat(),
        "age": fact_age(fact.as_of),
    }
    lines = [f"      {line}"]
    if not fact.confirmed:
        lines.append("      " + _("UNCONFIRMED: verify before relying on it."))
    if fact.note:
        lines.append("      " + _("note: %(note)s") % {"note": fact.note.strip()})
    return lines


def profile_as_text(profile: StateProfile) -> str:
    """A State's profile as `mla states show` prints it, every fact with its source and age."""
    sections = (
        _title,
        _authorities,
        _accepted_languages,
        _instruments,
        _requirements,
        _bilateral_treaties,
        _reservations,
        _channels,
        _unconfirmed_and_dates,
    )
    return "\n".join(line for section in sections for line in section(profile))


def _title(p: StateProfile) -> list[str]:
    """The State's names, the profile's origin and the official languages."""
    native = "; ".join(p.native_names())
    title = f"{p.name()} ({p.code})" + (f" — {native}" if native else "")
    lines: list[str] = [title, "=" * len(title)]
    lines.append(_("Profile: %(origin)s") % {"origin": _origin(p) + f" ({p.origin})"})
    if p.official_languages:
        lines.append(
            _("Official languages: %(languages)s")
            % {
                "languages": ", ".join(
                    f"{language_name(c, ui_language())} ({c})" for c in p.official_languages
                )
            }
        )
    return lines


def _authorities(p: StateProfile) -> list[str]:
    """The central authorities."""
    lines: list[str] = []
    lines.append("")
    lines.append(_("Central authority for mutual legal assistance:"))
    if not p.central_authorities:
        lines.append("  " + _("(none recorded)"))
    for authority in p.central_authorities:
        lines.append(f"  - {authority.name}")
        if authority.name_native:
            lines.append(f"    {authority.name_native}")
        if authority.handles:
            lines.append("    " + _("for: %(stages)s") % {"stages": ", ".join(authority.handles)})
        for line in (authority.address or "").strip().splitlines():
            lines.append(f"    {line}")
        for label, value in ((_("e-mail"), authority.email), (_("web"), authority.website)):
            if value:
                lines.append(f"    {label}: {value}")
        lines.extend(_sourced(authority))
    return lines


def _accepted_languages(p: StateProfile) -> list[str]:
    """The languages accepted for incoming requests."""
    lines: list[str] = []
    lines.append("")
    lines.append(_("Languages accepted for incoming requests:"))
    if not p.languages:
        lines.append("  " + _("(none recorded)"))
    for language in p.languages:
        text = f"  - {language_name(language.code, ui_language())} ({language.code})"
        if language.instruments:
            text += " — " + _("only for requests under %(codes)s") % {
                "codes": ", ".join(language.instruments)
            }
        if language.condition:
            text += f" — {language.condition}"
        lines.append(text)
        lines.extend(_sourced(language))
    return lines


def _instruments(p: StateProfile) -> list[str]:
    """The instruments and the State's status in each."""
    lines: list[str] = []
    lines.append("")
    lines.append(_("Instruments relevant to mutual legal assistance:"))
    for status in sorted(p.instruments, key=lambda s: s.code):
        since = (
            ", " + _("in force since %(date)s") % {"date": status.in_force_since}
            if status.in_force_since
            else ""
        )
        lines.append(f"  - {status.code}: {_(_STATUS[status.status])}{since}")
        lines.append(f"      {KNOWN_INSTRUMENTS[status.code].title}")
        if status.ceased_on:
            lines.append("      " + _("ceased to apply on %(date)s") % {"date": status.ceased_on})
        if status.excluded_articles:
            lines.append(
                "      "
                + _("does not apply articles %(articles)s (reservation)")
                % {"articles": ", ".join(status.excluded_articles)}
            )
        if status.not_applicable_with:
            lines.append(
                "      "
                + _("not applied with: %(states)s")
                % {"states": ", ".join(status.not_applicable_with)}
            )
        lines.extend(_sourced(status))
    return lines


def _requirements(p: StateProfile) -> list[str]:
    """Requirements worth knowing."""
    lines: list[str] = []
    if p.requirements:
        lines.append("")
        lines.append(_("Requirements worth knowing:"))
        for requirement in p.requirements:
            lines.append(f"  - [{requirement.kind}] {requirement.text.strip()}")
            if requirement.applies_to:
                lines.append(
                    "      " + _("for: %(kinds)s") % {"kinds": ", ".join(requirement.applies_to)}
                )
            lines.extend(_sourced(requirement))
    return lines


def _bilateral_treaties(p: StateProfile) -> list[str]:
    """The bilateral treaties recorded for the State."""
    lines: list[str] = []
    treaties = [t for t in relations().bilateral if p.code in t.parties]
    if treaties:
        lines.append("")
        lines.append(_("Bilateral treaties recorded:"))
        for treaty in treaties:
            partner = next(code for code in treaty.parties if code != p.code)
            lines.append(f"  - {treaty.code} ({partner}): {treaty.title}")
            lines.append(
                "      "
                + _("signed %(date)s%(place)s; %(status)s")
                % {
                    "date": treaty.signed.isoformat(),
                    "place": f", {treaty.place}" if treaty.place else "",
                    "status": _("in force since %(date)s") % {"date": treaty.in_force_since}
                    if treaty.in_force_since
                    else _(_TREATY_STATUS[treaty.status]),
                }
            )
            lines.extend(_sourced(treaty))
    return lines


def _reservations(p: StateProfile) -> list[str]:
    """Reservations that can lead to refusal."""
    lines: list[str] = []
    if p.reservations:
        lines.append("")
        lines.append(_("Reservations that can lead to refusal:"))
        for reservation in p.reservations:
            lines.append(
                "  - "
                + _("%(instrument)s, art. %(article)s: %(text)s")
                % {
                    "instrument": reservation.instrument,
                    "article": reservation.article,
                    "text": reservation.text.strip(),
                }
            )
            lines.extend(_sourced(reservation))
    return lines


def _channels(p: StateProfile) -> list[str]:
    """How requests are transmitted."""
    lines: list[str] = []
    if p.channels:
        lines.append("")
        lines.append(_("How requests are transmitted:"))
        for channel in p.channels:
            under = ", ".join(channel.instruments) or _("any other basis")
            lines.append(f"  - [{under}] {channel.text.strip()}")
            lines.extend(_sourced(channel))
    return lines


def _unconfirmed_and_dates(p: StateProfile) -> list[str]:
    """What the authors did not confirm, and how old the facts are."""
    lines: list[str] = []
    if p.unconfirmed:
        lines.append("")
        lines.append(_("Not confirmed by the authors of this profile:"))
        lines.extend(f"  - {item.strip()}" for item in p.unconfirmed)
    lines.append("")
    lines.append(
        _(
            "Facts dated between %(oldest)s and %(latest)s. Treaty status, addresses and "
            "language rules change: verify with the central authority before sending a request."
        )
        % {"oldest": p.oldest_check().isoformat(), "latest": p.latest_check().isoformat()}
    )
    return lines


def validation_summary(
    folder: Path, valid: dict[str, StateProfile], errors: list[CaseFileError]
) -> str:
    """The report of `mla states validate`: one line per valid profile, every problem located."""
    lines: list[str] = []
    for profile in valid.values():
        unconfirmed = sum(1 for _path, fact in profile.facts() if not fact.confirmed)
        lines.append(
            _(
                "valid    %(file)s: %(name)s (%(code)s), %(facts)d facts, %(unconfirmed)d unconfirmed"
            )
            % {
                "file": Path(profile.origin).name,
                "name": profile.name(),
                "code": profile.code,
                "facts": sum(1 for _fact in profile.facts()),
                "unconfirmed": unconfirmed,
            }
        )
    for error in errors:
        lines.append(error.render())
    if not valid and not errors:
        lines.append(
            _("%(folder)s holds no profiles (.yaml files, one per State).") % {"folder": folder}
        )
    lines.append(
        _("%(valid)d valid, %(invalid)d invalid.") % {"valid": len(valid), "invalid": len(errors)}
    )
    return "\n".join(lines)
