"""Build the table the letters use (mla_writer/states/names.yaml) from the reviewed table.

state_names.yaml stays as its author wrote it and the independent reader reviewed it; this script
applies the reader's corrections (corrections.yaml, every line judged right: see README.md),
normalises the keys the reader found inconsistent (G9) and writes the shipped file. Run it again
after a change to either input: `python tests/state_facts/names/ship_state_names.py`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
SHIPPED = HERE.parents[2] / "mla_writer" / "states" / "names.yaml"

# Entries whose `unsure` note says to name the nationality by the State's name, not by the
# adjective given (ambiguous between citizenship and ethnicity, or not settled in the language).
NATIONALITY_BY_PHRASE = {
    ("kz", "es"),
    ("kz", "pt"),
    ("us", "pt"),
    ("my", "pt"),
    ("ba", "ar"),
    ("kr", "ar"),
    ("vn", "ar"),
    ("me", "ar"),
    ("cv", "ar"),
}
# Unsure notes the corrections settle: the note is kept as `resolved` for the record.
RESOLVED = {("md", "pt"), ("ae", "pt"), ("mk", "fr"), ("mk", "es"), ("mk", "pt"), ("mk", "ar")}

HEADER = """\
# names.yaml - names of States as letters of request write them (issue 16), shipped with the tool.
# Built by tests/state_facts/names/ship_state_names.py from the reviewed table
# tests/state_facts/names/state_names.yaml and its independent review (corrections.yaml applied).
# Do not edit by hand: edit the reviewed table or the corrections, then run the script.
#
# <code> (ISO 3166-1 alpha-2, lower case):
#   _meta: {note}                   about the State's names in every language (optional)
#   <language> (en fr es pt ru ar zh):
#     short, formal                 the names, bare (no article), usable in running text
#     en: short_the, formal_the     with "the" where English reads one
#     fr es pt: short_forms, formal_forms  {the, of, to, in, gender m|f, number sg|pl}: the name
#                                   with the article and the preposition contracted with it
#     ru: short_cases, formal_cases {nom gen dat acc ins pre}; short_in, formal_in: в/во/на + pre
#     ar: short_li, formal_li       with the preposition لـ
#     nationality                   adjective (en, zh: one string; fr es pt ar: {m, f})
#     national_of (en es pt: string; fr: {m, f}), citizenship (ru: {m, f}),
#     nationality_phrase (ar: {m, f})   the nationality said with the State's formal name
#     nationality_by_phrase: true   the adjective is doubtful (see unsure): say the nationality
#                                   with the State's name
#     later, later_forms, later_cases   after the first mention (gb, us)
#     plain, plain_forms, plain_cases   the name without its descriptor (nl: the Netherlands)
#     note                          why a form was chosen; unsure: what a reviewer must still
#                                   check (the letter relies on the form, the reply of issue 16
#                                   lists them); resolved: an unsure note a correction settled
"""


def _set(entry: dict[str, Any], key: str, value: str) -> None:
    *parents, last = key.split(".")
    for parent in parents:
        entry = entry[parent]
    entry[last] = value


def apply_corrections(table: dict[str, Any], corrections: list[dict[str, Any]]) -> None:
    for fix in corrections:
        state, language, key = fix["state"], fix["lang"], fix["key"]
        if state == "*" or language == "*" or key == "short_cases_note" or key == "later_forms":
            continue  # structural (G9): done by normalise()
        entry = table[state][language]
        current = entry
        for part in key.split("."):
            current = current[part]
        assert current == fix["current"], (state, language, key, current)
        _set(entry, key, fix["proposed"])


def normalise(table: dict[str, Any]) -> dict[str, Any]:
    shipped: dict[str, Any] = {}
    for code, state in table.items():
        state = copy.deepcopy(state)
        out: dict[str, Any] = {}
        if "note" in state:
            out["_meta"] = {"note": state.pop("note")}
        for language, entry in state.items():
            if "short_forms_plain" in entry:
                entry["plain_forms"] = entry.pop("short_forms_plain")
            if "short_cases_note" in entry:
                entry.pop("short_cases_note")
            if (code, language) in NATIONALITY_BY_PHRASE:
                entry["nationality_by_phrase"] = True
            if (code, language) in RESOLVED and "unsure" in entry:
                entry["resolved"] = entry.pop("unsure")
            out[language] = entry
        if "later_forms" in out["fr"] and "later_forms" not in out["pt"]:
            out["pt"]["later_forms"] = dict(out["pt"]["short_forms"])
        shipped[code] = out
    return shipped


def main() -> None:
    table = yaml.safe_load((HERE / "state_names.yaml").read_text("utf-8"))
    original_nl_ru = dict(table["nl"]["ru"]["short_cases"])
    apply_corrections(table, yaml.safe_load((HERE / "corrections.yaml").read_text("utf-8")))
    shipped = normalise(table)
    # G9: the plain Russian cases kept under their own key, as plain / plain_forms elsewhere.
    shipped["nl"]["ru"]["plain_cases"] = original_nl_ru
    text = yaml.safe_dump(shipped, allow_unicode=True, sort_keys=False, width=120)
    SHIPPED.write_text(HEADER + text, "utf-8")
    print(f"wrote {SHIPPED}: {len(shipped)} States")


if __name__ == "__main__":
    main()
