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
