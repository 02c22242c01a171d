"""Every instrument a request may cite, by code (`mla instruments`, and the schema's list of codes).

The multilateral instruments come from `mla_writer/instruments.py`, the bilateral treaties from
`states/relations.yaml`: one list, so that a code a user types is one they could have looked up.
"""

from __future__ import annotations

import json
from typing import Any

from mla_writer.i18n import _
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.places import state_name
from mla_writer.states.relations import TreatyStatus, relations


def instrument_rows() -> list[dict[str, Any]]:
    """Code, English title, place and date of signature, whether in force, and (for a bilateral
    treaty) its parties: the known instruments first, then the bilateral treaties by code."""
    rows: list[dict[str, Any]] = [
        {
            "code": known.code,
            "title": known.title,
            "place": known.place,
            "signed": known.signed,
            "in_force": known.in_force,
            "parties": [],
        }
        for known in KNOWN_INSTRUMENTS.values()
    ]
    for treaty in sorted(relations().bilateral, key=lambda treaty: treaty.code):
        rows.append(
            {
                "code": treaty.code,
                "title": treaty.title,
                "place": treaty.place or "",
                "signed": treaty.signed.isoformat(),
                "in_force": treaty.status is TreatyStatus.IN_FORCE,
                "parties": list(treaty.parties),
            }
        )
    return rows


def instruments_as_json() -> str:
    return json.dumps(instrument_rows(), ensure_ascii=False, indent=2)


def instruments_as_text() -> str:
    """One block per instrument: its code, then its title, and where and when it was signed."""
    blocks = []
    for row in instrument_rows():
        lines = [row["code"], f"  {row['title']}"]
        signed = (
            _("signed or adopted: %(place)s, %(date)s")
            % {"place": row["place"], "date": row["signed"]}
            if row["place"]
            else _("signed or adopted: %(date)s") % {"date": row["signed"]}
        )
        lines.append(f"  {signed}")
        if row["parties"]:
            names = ", ".join(state_name(code) for code in row["parties"])
            lines.append("  " + _("bilateral: %(parties)s") % {"parties": names})
        if not row["in_force"]:
            lines.append("  " + _("not in force: no basis for a request yet"))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
