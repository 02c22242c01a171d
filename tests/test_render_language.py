"""`mla render --lang` in a language the requested State does not accept, with no translation into
one it does, says so plainly (found by a prosecutor reading the rendered letters: the French and
Russian letters to the United States and Cyprus were written without a word)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, run_mla

EXAMPLES = ROOT / "mla_writer" / "examples"


def test_a_letter_in_a_language_the_requested_state_does_not_accept_is_flagged(
    tmp_path: Path,
) -> None:
    case = tmp_path / "email-fraud.yaml"
    shutil.copy(EXAMPLES / "email-fraud.yaml", case)
    result = run_mla("render", case, "--lang", "fr", "--draft", "-o", tmp_path / "fr.docx")
    said = " ".join((result.stdout + result.stderr).split())
    assert "this letter is in French, which the requested State does not accept" in said
    assert "(it accepts English)" in said


def test_a_letter_with_a_translation_the_requested_state_accepts_is_not_flagged(
    tmp_path: Path,
) -> None:
    case = tmp_path / "trafficking.yaml"  # to Türkiye, with a Turkish translation
    shutil.copy(EXAMPLES / "trafficking.yaml", case)
    result = run_mla("render", case, "--lang", "fr", "--draft", "-o", tmp_path / "fr.docx")
    assert "does not accept" not in result.stdout + result.stderr
    english = run_mla("render", case, "--draft", "-o", tmp_path / "en.docx")
    assert "does not accept" not in english.stdout + english.stderr
