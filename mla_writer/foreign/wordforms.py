"""How a cue written once matches the forms a word takes in a letter, for the languages whose
words change at their edges: Arabic (attached prefixes, optional vowel marks, spelling variants of
alef, ta marbuta and ya) and Portuguese (accents dropped in e-mails, articles contracted with
prepositions between the words of a phrase).

The letter's text is never changed, only the cue's pattern, so that the evidence quoted is the
letter's own words and offsets stay true. English, French, Spanish and Russian cues are used as
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# ---------------------------------------------------------------------------- Arabic

# Vowel marks (tashkeel), the dagger alef and the tatweel that stretches a word: optional anywhere.
_ARABIC_MARKS = "[\u064b-\u065f\u0670\u0640]*"
# Letters written in several ways in the same word: alef with or without hamza or madda, ta
# marbuta written as ha, alef maqsura as ya, hamza on its seat.
_ARABIC_VARIANTS = {
    **dict.fromkeys("اأإآٱ", "اأإآٱ"),
    **dict.fromkeys("ةه", "ةه"),
    **dict.fromkeys("يىئ", "يىئ"),
    **dict.fromkeys("وؤ", "وؤ"),
}
# Attached to the front of a word: a conjunction (wa, fa), a preposition (bi, li, ka), the
# article (al, or l after li: "للمحكمة"). A cue names the word without them.
_ARABIC_PROCLITICS = "(?:[وف]?[بكل]?(?:ال|ل)?)"
_ARABIC_WORD_START = "(?<![\\w\u064b-\u065f\u0670\u0640])"


def _is_arabic_letter(char: str) -> bool:
    return len(char) == 1 and ("\u0621" <= char <= "\u064a" or char == "ٱ")


def arabic_cue(pattern: str) -> str:
    """An Arabic cue as a pattern that matches its words with attached prefixes, vowel marks and
    the usual spelling variants: "محكمة" finds "المحكمة", "بالمحكمة", "للمحكمه", "مَحْكَمَة".

    A word starts at the start of the cue, after white space or "^", at the start of a group or
    alternative that itself stands where a word starts, and after a group one of whose
    alternatives ends with a space."""
    out: list[str] = []
    word_start = True
    groups = [[True, False]]  # each open group: began a word, an alternative ended before one
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escape = pattern[index : index + 2]
            out.append(escape)
            word_start = escape == "\\s"
            index += 2
            continue
        if char == "[":
            end = pattern.index("]", index + 1)
            out.append("".join(_ARABIC_VARIANTS.get(c, c) for c in pattern[index : end + 1]))
            word_start, index = False, end + 1
            continue
        if char == "(":
            groups.append([word_start, False])
            flags = re.match(r"\(\?(?:[:=!]|<[=!])?", pattern[index:])
            out.append(flags.group() if flags else char)
            index += len(flags.group()) if flags else 1
            continue
        if char == "|":
            groups[-1][1] |= word_start
            word_start = groups[-1][0]
        elif char == ")" and len(groups) > 1:
            word_start = groups.pop()[1] or word_start
        elif _is_arabic_letter(char):
            if word_start:
                out.append(_ARABIC_WORD_START + _ARABIC_PROCLITICS)
                if pattern.startswith("ال", index) and _is_arabic_letter(
                    pattern[index + 2 : index + 3]
                ):
                    index += 2  # the article is among the prefixes
                    char = pattern[index]
            out.append(f"(?:[{_ARABIC_VARIANTS.get(char, char)}]{_ARABIC_MARKS})")
            word_start = False
            index += 1
            continue
        elif char not in " ^*+?{},0123456789":
            word_start = False
        elif char in " ^":
            word_start = True
        out.append(char)
        index += 1
    return "".join(out)


# ---------------------------------------------------------------------------- Portuguese

_PORTUGUESE_ACCENTS = {
    **dict.fromkeys("aáàâã", "aáàâã"),
    **dict.fromkeys("eéê", "eéê"),
    **dict.fromkeys("ií", "ií"),
    **dict.fromkeys("oóôõ", "oóôõ"),
    **dict.fromkeys("uúü", "uúü"),
    **dict.fromkeys("cç", "cç"),
}
# Between two words of a phrase, an article or a preposition contracted with one may stand:
# "pedido auxílio" finds "pedido de auxílio", "pedido do auxílio"; "pelo", "à", "num"...
_PORTUGUESE_LINK = (
    r"\s+(?:(?:d[aeo]s?|n[ao]s?|a[os]?|o|às?|pel[ao]s?|num|numa|em|um|uma|para (?:[ao]s?))\s+)?"
)


def portuguese_cue(pattern: str) -> str:
    """A Portuguese cue as a pattern that matches with or without accents and cedilla, and with
    an article or contracted preposition between its words, from the start of a word (character
    classes as written)."""
    out: list[str] = []
    in_class = escaped = False
    group_flags = False  # the letters of "(?i:" are flags, not text
    for index, char in enumerate(pattern):
        if escaped or char == "\\":
            escaped = not escaped and char == "\\"
            out.append(char)
            continue
        if group_flags and not char.isalpha():
            group_flags = False
        if char == "?" and pattern[index - 1 : index] == "(":
            group_flags = True
            out.append(char)
        elif in_class:  # a class is written as meant ("[a-z]", "[º°o]")
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == " ":
            out.append(_PORTUGUESE_LINK)
        elif char.lower() in _PORTUGUESE_ACCENTS and not group_flags:
            out.append(f"[{_PORTUGUESE_ACCENTS[char.lower()]}]")
        else:
            out.append(char)
    return "(?<!\\w)" + "".join(out)  # a cue starts a word: "gravado" is not in "agravado"


WORD_FORMS: dict[str, Callable[[str], str]] = {"ar": arabic_cue, "pt": portuguese_cue}
"""The languages whose cues are widened before they are compiled (the others: as written)."""
