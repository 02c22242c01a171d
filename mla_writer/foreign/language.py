"""Which language a letter is written in: script first, then the commonest short words.

Small and transparent on purpose: Cyrillic letters point to Russian; among Latin-script letters,
the language whose stop words (listed in its cue file) are most frequent wins. No model, no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mla_writer.foreign.cues import LANGUAGES, cues_for

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None  # None: none of the supported languages
    confidence: float  # 0..1: share of the winner among the stop words found
    scores: dict[str, int]


def detect_language(text: str) -> LanguageGuess:
    """The language of `text` among the supported ones (en, fr, es, ru), with a confidence."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return LanguageGuess(None, 0.0, {})
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    latin = sum(1 for w in words if w[0].isascii() or "\u00c0" <= w[0] <= "\u024f")
    scores = {code: sum(1 for w in words if w in cues_for(code).stopwords) for code in LANGUAGES}
    if cyrillic > latin:
        # Letters Russian does not have point to Ukrainian, Belarusian, Serbian, Macedonian...
        foreign = len(re.findall(r"[іїєґўјљњћџѓќѕ]", text.lower()))
        if foreign > max(2, len(text) // 500):
            return LanguageGuess(None, 0.0, scores)
        return LanguageGuess("ru", 1.0, scores)
    candidates = {code: score for code, score in scores.items() if code != "ru"}
    best = max(candidates, key=lambda code: candidates[code])
    total = sum(candidates.values()) or 1
    # Short words make up a third of any text in these languages; far fewer means another one.
    if candidates[best] == 0 or candidates[best] < 0.1 * len(words):
        return LanguageGuess(None, 0.0, scores)
    return LanguageGuess(best, candidates[best] / total, scores)


# --------------------------------------------------------------------------- unsupported languages

# Words frequent in one language and rare in the others compared with it (hand-picked, small and
# reviewable). They only tell languages apart; the cue files' stop words choose among the
# languages the analyser reads.
_DISTINCTIVE: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "was",
            "which",
            "with",
            "this",
            "that",
            "by",
            "be",
            "are",
            "has",
            "have",
            "from",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "est",
            "une",
            "pour",
            "dans",
            "qui",
            "sur",
            "au",
            "aux",
            "par",
            "pas",
            "ne",
            "ce",
            "cette",
            "été",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "una",
            "por",
            "y",
            "con",
            "en",
            "su",
            "sus",
            "es",
            "al",
            "lo",
            "fue",
            "han",
            "ha",
            "hay",
            "muy",
            "según",
        ]
    ),
    "pt": frozenset(
        [
            "não",
            "uma",
            "ao",
            "aos",
            "à",
            "às",
            "pelo",
            "pela",
            "pelos",
            "pelas",
            "são",
            "também",
            "é",
            "foi",
            "com",
            "em",
            "nas",
            "num",
            "numa",
            "das",
            "já",
            "foram",
            "após",
            "através",
            "seja",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "gli",
            "della",
            "delle",
            "dei",
            "degli",
            "nel",
            "nella",
            "alla",
            "sul",
            "questo",
            "anche",
            "sono",
            "di",
            "è",
            "che",
        ]
    ),
    "ro": frozenset(
        ["și", "în", "pentru", "care", "din", "sunt", "această", "acest", "privind", "fost", "că"]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "für",
            "von",
            "zu",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "auf",
            "im",
            "bei",
            "wird",
        ]
    ),
    "nl": frozenset(
        ["het", "een", "van", "niet", "voor", "zijn", "wordt", "werd", "door", "ook", "naar", "bij"]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "ile", "için", "olarak", "olan", "hakkında", "edilen", "gibi", "ancak"]
    ),
    "pl": frozenset(["się", "nie", "jest", "że", "oraz", "dla", "przez", "od", "po", "na", "do"]),
}
SUPPORTED = frozenset(LANGUAGES)

# Scripts no supported language is written in, by the first code point of each range.
_SCRIPTS = (
    ("ar", "\u0600", "\u06ff"),
    ("zh", "\u4e00", "\u9fff"),
    ("el", "\u0370", "\u03ff"),
    ("ka", "\u10a0", "\u10ff"),
    ("hy", "\u0530", "\u058f"),
    ("he", "\u0590", "\u05ff"),
    ("ja", "\u3040", "\u30ff"),
    ("ko", "\uac00", "\ud7af"),
)
READABLE_MIN_WORDS = 150
"""A letter with at least this many words in a language the analyser reads (a translation set
beside the original, for instance) is read in that language."""


def unsupported_language(text: str) -> str | None:
    """The code of the language `text` is written in when `mla check` cannot read it (Arabic,
    Chinese, Portuguese, Italian, Ukrainian...), or None when it can, or cannot tell.

    A letter that carries a readable part of its own (an English translation beside an Arabic
    original) is read: None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    counts = {
        code: sum(1 for w in words if w in vocabulary) for code, vocabulary in _DISTINCTIVE.items()
    }
    readable = max(counts[code] for code in SUPPORTED if code in counts)
    if readable >= 0.1 * READABLE_MIN_WORDS and readable >= 0.04 * len(words):
        best = max(counts, key=lambda code: counts[code])
        if best in SUPPORTED or counts[best] < 1.5 * readable:
            return None  # a readable language is used throughout, or enough of it
    by_script = {code: sum(1 for w in words if low <= w[0] <= high) for code, low, high in _SCRIPTS}
    script, script_words = max(by_script.items(), key=lambda item: item[1])
    if script_words > 0.3 * len(words):
        return script
    guess = detect_language(text)
    if guess.code is None and sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff") > 0.5 * len(
        words
    ):
        return "uk" if re.search(r"[іїєґ]", text.lower()) else "bg"
    latin = {code: count for code, count in counts.items() if code not in SUPPORTED}
    other = max(latin, key=lambda code: latin[code])
    if latin[other] >= 0.04 * len(words) and latin[other] >= 1.5 * max(readable, 1):
        return other
    return None
