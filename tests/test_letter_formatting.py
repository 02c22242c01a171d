"""Names in a letter follow the letter's own variety of the language."""

from __future__ import annotations

from mla_writer.render.formatting import LetterFormat


def test_portuguese_letters_name_states_as_portugal_does_not_brazil() -> None:
    letter = LetterFormat("pt")
    assert letter.state("RO") == "Roménia"  # Brazil: Romênia
    assert letter.state("IR") == "Irão"  # Brazil: Irã


def test_chinese_letters_use_simplified_names() -> None:
    assert LetterFormat("zh").state("RO") == "罗马尼亚"
