"""The gettext catalogs: extraction keywords per domain, and how complete each shipped catalog is.

Used by `mla languages` and by tools/catalogs.py (extract, update, check, stats). Catalogs are
`locales/<lang>/LC_MESSAGES/<domain>.po`, with the templates `locales/<domain>.pot`; an installed
wheel carries both next to the compiled `.mo` files, so completeness can be told there too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from mla_writer.i18n import LETTER_DOMAIN, SOURCE_LANGUAGE, UI_DOMAIN, _, locales_dir, ui_language
from mla_writer.places import language_name

DOMAINS = (LETTER_DOMAIN, UI_DOMAIN)

KEYWORDS: dict[str, tuple[str, ...]] = {
    LETTER_DOMAIN: ("L_", "t", "n:1,2", "p:1c,2", "F_", "R_"),
    UI_DOMAIN: ("_", "N_", "ngettext:1,2", "pgettext:1c,2", "M_", "F_", "R_"),
}
"""Extraction keywords of each domain (babel's `-k` syntax). Only `F_`, a checklist finding's
message, and `R_`, what a reply to someone else's letter asks for (mla_writer/message.py), are
in both: the terminal shows them in the interface language, and a draft letter or a reply in the
language it is written in."""


@dataclass(frozen=True)
class CatalogStats:
    """How much of a domain's template a language's catalog translates."""

    language: str
    domain: str
    total: int
    translated: int
    fuzzy: int

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        return self.translated == self.total


def _key(
    message_id: str | tuple[str, ...] | list[str], context: str | None
) -> tuple[str | None, str]:
    return context, message_id if isinstance(message_id, str) else message_id[0]


def _is_translated(string: str | tuple[str, ...] | list[str] | None) -> bool:
    if isinstance(string, tuple | list):
        return all(string)
    return bool(string)


def template_path(domain: str, directory: Path | None = None) -> Path:
    return (directory or locales_dir()) / f"{domain}.pot"


def catalog_paths(domain: str, directory: Path | None = None) -> dict[str, Path]:
    """The `.po` file of every language that has one for the domain, by language code."""
    root = directory or locales_dir()
    return {
        path.parent.parent.name: path for path in sorted(root.glob(f"*/LC_MESSAGES/{domain}.po"))
    }


def stats(language: str, domain: str, directory: Path | None = None) -> CatalogStats:
    """Counts for one catalog against its template (messages the template lacks don't count)."""
    from babel.messages.pofile import read_po

    root = directory or locales_dir()
    po_path = root / language / "LC_MESSAGES" / f"{domain}.po"
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    entries = {_key(m.id, m.context): m for m in catalog if m.id}
    pot_path = template_path(domain, root)
    if pot_path.is_file():
        with pot_path.open("rb") as pot_file:
            wanted = [_key(m.id, m.context) for m in read_po(pot_file) if m.id]
    else:
        wanted = list(entries)
    translated = fuzzy = 0
    for key in wanted:
        entry = entries.get(key)
        if entry is None or not _is_translated(entry.string):
            continue
        if entry.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return CatalogStats(language, domain, len(wanted), translated, fuzzy)


def all_stats(directory: Path | None = None) -> list[CatalogStats]:
    """Counts for every shipped catalog, letter domain first, languages in alphabetical order."""
    return [
        stats(language, domain, directory)
        for domain in DOMAINS
        for language in catalog_paths(domain, directory)
        if language != SOURCE_LANGUAGE
    ]


def languages_report(directory: Path | None = None) -> str:
    """What `mla languages` prints: the letter and interface languages with their completeness."""
    by_domain: dict[str, list[CatalogStats]] = {domain: [] for domain in DOMAINS}
    for entry in all_stats(directory):
        by_domain[entry.domain].append(entry)
    headings = {
        LETTER_DOMAIN: _("Letter languages (mla render --lang CODE):"),
        UI_DOMAIN: _("Interface languages (mla new --ui-lang CODE):"),
    }
    lines: list[str] = []
    for domain in DOMAINS:
        if lines:
            lines.append("")
        lines.append(headings[domain])
        rows = [(SOURCE_LANGUAGE, _("source language, always complete"))]
        for entry in by_domain[domain]:
            if entry.complete:
                state = _("complete: %(translated)s of %(total)s phrases") % {
                    "translated": entry.translated,
                    "total": entry.total,
                }
            else:
                state = _(
                    "%(percent)s%% translated: %(translated)s of %(total)s phrases, "
                    "%(untranslated)s untranslated, %(fuzzy)s to be reviewed (fuzzy)"
                ) % {
                    # Rounded down: an incomplete catalog never shows as 100%.
                    "percent": str(math.floor(entry.percent)),
                    "translated": entry.translated,
                    "total": entry.total,
                    "untranslated": entry.untranslated,
                    "fuzzy": entry.fuzzy,
                }
            rows.append((entry.language, state))
        names = {code: language_name(code, ui_language()) for code, _state in rows}
        width = max(len(name) for name in names.values())
        for code, state in rows:
            lines.append(f"  {code:<3} {names[code]:<{width}}  {state}")
    return "\n".join(lines)
