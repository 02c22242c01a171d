"""Text shown on a terminal, made safe: what a hostile file holds cannot drive the terminal.

Control characters (C0 other than tab and newline, DEL, C1) start escape sequences that can set
the window title, move the cursor or hide text; the bidirectional override and isolate
characters (U+202A-U+202E, U+2066-U+2069) make text display in another order than it is stored
("INV\u202egpj.exe" shows as "INVexe.jpg"). Both are shown as visible escapes (`\\u202e`).
Arabic, Hebrew and every other script are printed as they are.
"""

from __future__ import annotations

import re

_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with control and bidi-override characters shown as escapes."""
    return _HIDDEN.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def without_hidden(text: str) -> str:
    """`text` with control and bidi-override characters removed (for file names)."""
    return _HIDDEN.sub("", text)
