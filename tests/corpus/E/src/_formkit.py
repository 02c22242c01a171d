# -*- coding: utf-8 -*-
"""Helpers for form-like letters (EIO Annex A/B, PC-OC model form, national forms)."""


def band(b, text, size=10.5):
    """Section band: a one-cell shaded table row with the section title."""
    b.table([[[("b", text)]]], widths_cm=[16.5], shade_rows=(0,), font_size=size)


def kv(b, rows, widths=(6.0, 10.5), size=9.5):
    """Two-column label -> value table. A row given as ("span", text) spans both."""
    out = []
    for r in rows:
        if isinstance(r, tuple) and r[0] == "span":
            out.append([("span", 2, r[1])])
        else:
            out.append([r[0], r[1]])
    return b.table(out, widths_cm=list(widths), shade_first_col=True, font_size=size)


def boxes(items, sep=("br",)):
    """items: list of (checked, label) -> segments with check-box content controls."""
    segs = []
    for i, (checked, label) in enumerate(items):
        if i:
            segs.append(sep)
        segs += [("chk", checked), " " + label]
    return segs


def inline_boxes(items):
    segs = []
    for i, (checked, label) in enumerate(items):
        if i:
            segs.append("    ")
        segs += [("chk", checked), " " + label]
    return segs
