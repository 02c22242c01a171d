"""The gettext catalogs: every shipped one complete and safe to use, and all in step with the code."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mla_writer import i18n
from mla_writer.catalogs import all_stats, languages_report
from mla_writer.i18n import LETTER_DOMAIN, shipped_languages
from mla_writer.render import EmptyLetterCatalogError, UnknownLetterLanguageError, letter_language
from tests.conftest import ROOT, run_mla

LOCALES = ROOT / "locales"
CATALOGS = sorted(LOCALES.glob("*/LC_MESSAGES/*.po"))
LETTER_LANGUAGES = {"en", "fr", "es", "ru", "ar", "zh", "pt"}

# %(name)s, %s, %d, %%... (python-format) and {name}, {0}, {} (brace-format) placeholders; a brace
# holding words ("{field path -> translation}") is prose, not a placeholder.
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]|\{\w*(?:[:!][^{}\s]*)?\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _read(path: Path):
    with path.open("rb") as file:
        return read_po(file, locale=None if path.suffix == ".pot" else path.parent.parent.name)


def _catalog_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.stem}"


def test_the_seven_letter_languages_are_shipped() -> None:
    assert set(shipped_languages(LETTER_DOMAIN)) >= LETTER_LANGUAGES


@pytest.mark.parametrize("path", CATALOGS, ids=_catalog_id)
def test_catalog_is_complete_and_its_placeholders_match(path: Path) -> None:
    catalog = _read(path)
    untranslated, fuzzy, mismatched = [], [], []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(ids[0])
            continue
        if message.fuzzy:
            fuzzy.append(ids[0])
        wanted = _placeholders(ids[-1])
        for string in strings:
            # A plural form may drop the count only where the language says "one" in words;
            # every named placeholder must still be there, and nothing else may be added.
            found = _placeholders(string)
            if found != wanted and not (
                len(ids) > 1
                and set(found) <= set(wanted)
                and set(wanted) - set(found) <= {"%(count)s"}
            ):
                mismatched.append((ids[0], string))
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    assert not mismatched, mismatched[:5]
    problems = [
        (message.id, [str(error) for error in errors]) for message, errors in catalog.check()
    ]
    assert not problems, problems[:5]


@pytest.mark.parametrize("path", CATALOGS, ids=_catalog_id)
def test_catalog_holds_every_phrase_of_its_template(path: Path) -> None:
    """A catalog that lacks a template phrase would show it in English: run `pybabel update`."""
    template = _read(LOCALES / f"{path.stem}.pot")
    catalog = _read(path)
    wanted = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in template if m.id}
    present = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}
    missing = wanted - present
    assert not missing, f"{len(missing)} phrases missing, e.g. {sorted(missing, key=str)[:5]}"


def test_templates_hold_every_phrase_of_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI gate: `python tools/catalogs.py extract` must have been run after changing phrases."""
    spec = importlib.util.spec_from_file_location("catalogs_tool", ROOT / "tools" / "catalogs.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    monkeypatch.chdir(ROOT)
    assert tool.stale_templates() == []


def test_every_letter_catalog_translates_its_fixed_phrases() -> None:
    for language in sorted(LETTER_LANGUAGES - {"en"}):
        assert letter_language(language) == language
    assert letter_language("fr_FR") == letter_language("FR-ca") == "fr"


def test_mla_languages_lists_each_catalog_with_its_completeness() -> None:
    result = run_mla("languages")
    assert result.returncode == 0, result.stderr
    letter_part, interface_part = result.stdout.split("\n\n")
    assert letter_part.startswith("Letter languages")
    assert interface_part.startswith("Interface languages")
    for entry in all_stats():
        part = letter_part if entry.domain == LETTER_DOMAIN else interface_part
        line = next(line for line in part.splitlines() if line.split()[:1] == [entry.language])
        assert f"{entry.translated} of {entry.total} phrases" in line
    assert {line.split()[0] for line in letter_part.splitlines()[1:]} >= LETTER_LANGUAGES
    assert "en  English" in letter_part and "en  English" in interface_part


def test_languages_report_says_how_incomplete_a_catalog_is(tmp_path: Path) -> None:
    (tmp_path / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "letter.pot").write_text(
        'msgid ""\nmsgstr ""\n\nmsgid "Urgent"\nmsgstr ""\n\nmsgid "Annexes"\nmsgstr ""\n\n'
        'msgid "Remarks"\nmsgstr ""\n',
        encoding="utf-8",
    )
    (tmp_path / "fr" / "LC_MESSAGES" / "letter.po").write_text(
        'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Urgent"\nmsgstr "Urgent"\n\n'
        '#, fuzzy\nmsgid "Annexes"\nmsgstr "Annexes"\n',
        encoding="utf-8",
    )
    report = languages_report(tmp_path)
    assert "fr  French" in report
    assert "33% translated: 1 of 3 phrases, 1 untranslated, 1 to be reviewed (fuzzy)" in report


def test_an_advertised_language_with_an_empty_catalog_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installation that lost its translations must not write an English letter as French."""
    (tmp_path / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "fr" / "LC_MESSAGES" / "letter.po").write_text(
        'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Urgent"\nmsgstr ""\n', encoding="utf-8"
    )
    monkeypatch.setattr(i18n, "locales_dir", lambda: tmp_path)
    i18n.translations.cache_clear()
    try:
        with pytest.raises(EmptyLetterCatalogError) as error:
            letter_language("fr")
        assert "holds no translations" in error.value.message
        with pytest.raises(UnknownLetterLanguageError):
            letter_language("de")
    finally:
        monkeypatch.undo()
        i18n.translations.cache_clear()
