"""Maintain the gettext catalogs of mla-writer.

    python tools/catalogs.py extract   # rewrite locales/letter.pot and locales/mla_writer.pot from the code
    python tools/catalogs.py update    # merge the templates into every locales/<lang>/LC_MESSAGES/*.po
    python tools/catalogs.py check     # exit 1 if a template is stale or a catalog incomplete
    python tools/catalogs.py stats     # how complete each catalog is

Two domains, never mixed: `letter` (the fixed phrases of a letter: `L_`, `t`, `t.n`, `t.p`) and
`mla_writer` (the interface: `_`, `N_`, `ngettext`, `pgettext`). New languages:
`pybabel init -D letter -i locales/letter.pot -d locales -l xx`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mla_writer.catalogs import DOMAINS, KEYWORDS, all_stats, catalog_paths  # noqa: E402

LOCALES = ROOT / "locales"


def _pybabel(*arguments: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *arguments])


def extract(domain: str, output: Path) -> None:
    keywords = [item for keyword in KEYWORDS[domain] for item in ("-k", keyword)]
    _pybabel(
        "extract",
        "--no-default-keywords",
        *keywords,
        "--sort-by-file",
        "--project",
        "mla-writer",
        "--version",
        "0.1.0",
        "-o",
        str(output),
        "mla_writer",  # relative, so that the templates' "#:" references are portable
    )


def message_keys(path: Path) -> set[tuple[str | None, str]]:
    with path.open("rb") as file:
        return {
            (m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(file) if m.id
        }


def stale_templates() -> list[str]:
    """One line per domain whose template differs from what the code holds now."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for domain in DOMAINS:
            fresh = Path(folder) / f"{domain}.pot"
            extract(domain, fresh)
            current = LOCALES / f"{domain}.pot"
            if not current.is_file():
                problems.append(f"{current}: missing; run: python tools/catalogs.py extract")
                continue
            missing = message_keys(fresh) - message_keys(current)
            obsolete = message_keys(current) - message_keys(fresh)
            if missing or obsolete:
                problems.append(
                    f"{current}: {len(missing)} phrase(s) of the code missing, {len(obsolete)} "
                    "no longer used; run: python tools/catalogs.py extract"
                )
    return problems


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    command = argv[0] if argv else "stats"
    if command == "extract":
        for domain in DOMAINS:
            extract(domain, LOCALES / f"{domain}.pot")
            print(f"wrote {LOCALES / f'{domain}.pot'}")
        return 0
    if command == "update":
        for domain in DOMAINS:
            for language in catalog_paths(domain, LOCALES):
                _pybabel(
                    "update",
                    "-D",
                    domain,
                    "-i",
                    str(LOCALES / f"{domain}.pot"),
                    "-d",
                    str(LOCALES),
                    "-l",
                    language,
                    "--no-fuzzy-matching",
                    "--ignore-obsolete",
                )
                print(f"updated {language}/{domain}.po")
        return 0
    if command in ("check", "stats"):
        problems = stale_templates() if command == "check" else []
        for entry in all_stats(LOCALES):
            print(
                f"{entry.domain:<11} {entry.language:<3} {entry.percent:5.1f}%  "
                f"{entry.translated}/{entry.total} translated, {entry.untranslated} untranslated, "
                f"{entry.fuzzy} fuzzy"
            )
            if command == "check" and not entry.complete:
                problems.append(f"{entry.domain} {entry.language}: incomplete")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
