"""Which language a letter is written in: script first, then the commonest short words.

Small and transparent on purpose, and cheap: a profile per language (its script, or the short
words it uses most) decides, and no cue file is read to decide it, so that checking a letter loads
the cues of its own language only. Arabic letters point to Arabic and Cyrillic ones to Russian;
among Latin-script letters, the language whose short words are most frequent wins. No model, no
network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mla_writer.foreign.cues import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# The short words of the languages `mla check` reads in the Latin and Cyrillic scripts: the
# commonest words of a letter of request, whatever its subject.
STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the and of to in is that for this with on by be are was as we which from has have "
        "at any it an or will please request our were been their",
        "fr": "le la les de des du et à en un une est que qui dans pour par sur au aux ce cette "
        "nous vous il elle sont a été ont avec ne pas leur son sa ses",
        "es": "el la los las de del y a no en un una es que se por para con al su sus lo como más "
        "o este esta ha han fue sido le les ser son nos",
        "pt": "o a os as de do da dos das e em no na nos nas um uma é que se por para com ao aos "
        "pelo pela pelos pelas não mais foi foram ser são como seu sua seus suas ou este esta "
        "já também nº",
        "ru": "и в во не на с со по о об от до из за к у что как это для при а но же или его ее "
        "её их был была были быть также просим является который которые",
    }.items()
}
_LATIN = ("en", "fr", "es", "pt")

# Letters of the Arabic script that Arabic does not use: Persian, Urdu, Pashto, Kurdish.
_NOT_ARABIC = re.compile(r"[پچژگکیےۀٹڈڑںھۆێ]")


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None  # None: none of the supported languages
    confidence: float  # 0..1: share of the winner among the stop words found
    scores: dict[str, int]


def _script(word: str) -> str:
    first = word[0]
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if first.isascii() or "\u00c0" <= first <= "\u024f":
        return "latin"
    return "other"


def detect_language(text: str) -> LanguageGuess:
    """The language of `text` among those `mla check` reads (LANGUAGES), with a confidence."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return LanguageGuess(None, 0.0, {})
    scripts = {"arabic": 0, "cyrillic": 0, "latin": 0, "other": 0}
    for word in words:
        scripts[_script(word)] += 1
    scores = {code: sum(1 for w in words if w in STOPWORDS[code]) for code in STOPWORDS}
    if scripts["arabic"] > max(scripts["latin"], scripts["cyrillic"]):
        if len(_NOT_ARABIC.findall(text)) > max(2, len(text) // 500):
            return LanguageGuess(None, 0.0, scores)
        return LanguageGuess("ar", 1.0, scores)
    if scripts["cyrillic"] > scripts["latin"]:
        # Letters Russian does not have point to Ukrainian, Belarusian, Serbian, Macedonian...
        foreign = len(re.findall(r"[іїєґўјљњћџѓќѕ]", text.lower()))
        if foreign > max(2, len(text) // 500):
            return LanguageGuess(None, 0.0, scores)
        return LanguageGuess("ru", 1.0, scores)
    candidates = {code: scores[code] for code in _LATIN}
    best = max(candidates, key=lambda code: candidates[code])
    # Short words make up a third of any text in these languages; far fewer means another one.
    if candidates[best] == 0 or candidates[best] < 0.1 * len(words):
        return LanguageGuess(None, 0.0, scores)
    return LanguageGuess(best, _confidence(words, best), scores)


def _confidence(words: list[str], best: str) -> float:
    """The share of the winner's words among the short words of any language found, each word
    counted once: Spanish and Portuguese share "de", "que", "para", which say nothing."""
    found = [w for w in words if any(w in STOPWORDS[code] for code in _LATIN)]
    return sum(1 for w in found if w in STOPWORDS[best]) / len(found)


# --------------------------------------------------------------------------- unsupported languages

# Words frequent in one language and rare in the others compared with it (hand-picked, small and
# reviewable). They only tell languages apart; STOPWORDS (above) choose among the
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

# Scripts, by the first code point of each range: Arabic is read, the others are not.
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


def _script_counts(words: list[str]) -> dict[str, int]:
    """How many words begin in each script other than Latin and Cyrillic, by language code."""
    return {code: sum(1 for w in words if low <= w[0] <= high) for code, low, high in _SCRIPTS}


def answer_language(text: str) -> str | None:
    """The language a typed answer is clearly written in, or None when it is too short or
    unclear to say (a name, a number, a mixture): for a word to the user, never a refusal."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 6:
        return None
    by_script = _script_counts(words)
    script, script_words = max(by_script.items(), key=lambda item: item[1])
    if script_words > 0.5 * len(words):
        return script
    if sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff") > 0.5 * len(words):
        return "uk" if re.search(r"[іїєґ]", text.lower()) else "ru"
    counts = sorted(
        (
            (sum(1 for w in words if w in vocabulary), code)
            for code, vocabulary in _DISTINCTIVE.items()
        ),
        reverse=True,
    )
    (best, code), (second, _other) = counts[0], counts[1]
    return code if best >= 2 and best >= 2 * second else None


def unsupported_language(text: str) -> str | None:
    """The code of the language `text` is written in when `mla check` cannot read it (Chinese,
    Italian, German, Ukrainian, Persian...), or None when it can, or cannot tell.

    A letter that carries a readable part of its own (an English translation beside a Chinese
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
    by_script = _script_counts(words)
    script, script_words = max(by_script.items(), key=lambda item: item[1])
    if script_words > 0.3 * len(words):
        if script not in SUPPORTED:
            return script
        if detect_language(text).code != script:  # Persian or Urdu in the Arabic script
            return "ur" if re.search(r"[ےٹڈڑں]", text) else "fa"
        return None
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
