"""Rewrite the README's table of the checklist's rules from mla_writer/checklist.py.

    python tools/readme_rules.py

The table sits between `<!-- rules -->` and `<!-- /rules -->`: one row per rule (point, rule id,
severity, why), then one row per requirement of each kind of assistance (the rule
`assistance.type_fields`). tests/test_checklist_rules.py fails while it and the checklist differ.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

README = ROOT / "README.md"
_BLOCK = re.compile(r"(<!-- rules -->\n)(.*?)(<!-- /rules -->)", re.DOTALL)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def rules_table() -> str:
    """The README's tables: the rules in point order, then the kinds' requirements."""
    from mla_writer.checklist import POINTS
    from mla_writer.model.kinds import KINDS

    lines = ["| # | point | rule | severity | why |", "|---|---|---|---|---|"]
    for point in POINTS:
        for rule in point.rules:
            severity = " / ".join(severity.value for severity in rule.severities)
            lines.append(
                f"| {point.number} | `{point.key}` | `{rule.id}` | {severity} | {_cell(rule.why)} |"
            )
    lines += [
        "",
        "What each kind of assistance needs (`assistance.type_fields`; fields joined by `|` "
        "answer the requirement when any one is given):",
        "",
        "| kind | field | severity | what the check asks |",
        "|---|---|---|---|",
    ]
    for key, spec in KINDS.items():
        for requirement in spec.requirements:
            fields = " \\| ".join(f"`{name}`" for name in requirement.fields)
            lines.append(
                f"| `{key}` | {fields} | {requirement.severity.value} | "
                f"{_cell(requirement.message.msgid)} |"
            )
    return "\n".join(lines) + "\n"


def rewritten(readme: str) -> str:
    """The README with its rule table as checklist.py has it."""
    if not _BLOCK.search(readme):
        raise SystemExit("README.md has no <!-- rules --> ... <!-- /rules --> block")
    return _BLOCK.sub(lambda match: match[1] + rules_table() + match[3], readme)


if __name__ == "__main__":
    README.write_text(rewritten(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the rule table in {README.relative_to(ROOT)}")
