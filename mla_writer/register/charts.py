"""The statistics as a chart: SVG written here, by hand, so that no plotting library (and its
native build) is needed. Two panels of horizontal bars: requests by State, and by status."""

from __future__ import annotations

import html
from collections import Counter

from mla_writer.i18n import _

BAR = 18
GAP = 6
LABEL = 230
WIDTH = 720
COLOURS = ("#2b6cb0", "#2f855a")


def stats_svg(by_state: Counter[str], by_status: Counter[str], title: str) -> str:
    """An SVG document: one bar per State and per status, longest first, with its count."""
    panels = [
        (_("Requests by State"), by_state.most_common(25), COLOURS[0]),
        (_("Requests by status"), by_status.most_common(), COLOURS[1]),
    ]
    parts: list[str] = []
    y = 40
    parts.append(f'<text x="16" y="26" font-size="18" font-weight="bold">{_text(title)}</text>')
    for heading, rows, colour in panels:
        y += 16
        parts.append(
            f'<text x="16" y="{y}" font-size="14" font-weight="bold">{_text(heading)}</text>'
        )
        y += 10
        largest = max((count for _name, count in rows), default=1) or 1
        span = WIDTH - LABEL - 70
        if not rows:
            y += BAR
            parts.append(f'<text x="16" y="{y}" font-size="12">{_text(_("none"))}</text>')
        for name, count in rows:
            length = max(1, round(span * count / largest))
            parts.append(
                f'<text x="{LABEL - 8}" y="{y + BAR - 5}" font-size="12" '
                f'text-anchor="end">{_text(name.replace("_", " "))}</text>'
                f'<rect x="{LABEL}" y="{y}" width="{length}" height="{BAR}" fill="{colour}"/>'
                f'<text x="{LABEL + length + 6}" y="{y + BAR - 5}" font-size="12">{count}</text>'
            )
            y += BAR + GAP
        y += 10
    height = y + 10
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif">\n'
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>\n'
        + "\n".join(parts)
        + "\n</svg>\n"
    )


def _text(value: str) -> str:
    """Text inside an SVG element (`html.escape`, not xml.sax.saxutils, which loads urllib)."""
    return html.escape(value, quote=False)
