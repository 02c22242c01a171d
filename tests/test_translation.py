"""`mla translate`: the case's free text goes to a translator and comes back, and a letter in
another language than the free text's never mixes the two.

The story: a Moldovan prosecutor types the case in English; Türkiye's central authority is
happy with English but the French-speaking liaison magistrate wants a French letter. The
fixed phrases come from the catalogs; the facts, reasons and law text from a translator.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from babel.messages.pofile import read_po, write_po
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from mla_writer.casefile import load_case
from mla_writer.checklist import CheckContext, check
from mla_writer.errors import ExitCode
from mla_writer.examples import example_text
from mla_writer.i18n import LetterTranslator
from mla_writer.model import LetterOfRequest
from mla_writer.render import build_document
from mla_writer.translation.exchange import export_translation
from mla_writer.translation.fields import (
    missing_translations,
    outdated_translations,
    translatable_fields,
)
from mla_writer.translation.importing import import_translation
from mla_writer.translation.localize import (
    OUTDATED_MARK,
    UNTRANSLATED_MARK,
    UntranslatedTextError,
    localized,
)
from mla_writer.translation.units import TranslationFileError
from mla_writer.translation.xliff import XLIFF_NAMESPACE
from tests.conftest import TODAY, run_mla

X = f"{{{XLIFF_NAMESPACE}}}"
FACTS_FR = (
    "Entre mars 2025 et juin 2026, un groupe criminel organisé a recruté en Moldova au moins "
    "quatorze personnes pour travailler dans un atelier textile à Istanbul."
)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the complete trafficking example, free text in English."""
    path = tmp_path / "case.yaml"
    path.write_text(example_text("trafficking"), encoding="utf-8")
    return path


def french(path: str, source: str) -> str:
    """What our simulated translator writes: recognisable, and sharing no words with the source."""
    return FACTS_FR if path == "facts.summary" else f"[fr:{path}] Texte traduit."


def fill_xliff(
    path: Path, translate: Callable[[str, str], str | None] = french, state: str = "translated"
) -> None:
    """Act as a translation tool: write a target for each unit, as `translate` says."""
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{X}trans-unit"):
        text = translate(unit.get("id"), unit.find(f"{X}source").text)
        if text is None:
            continue
        target = unit.find(f"{X}target")
        if target is None:
            target = etree.SubElement(unit, f"{X}target")
        target.set("state", state)
        target.text = text
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def exported(case: Path, tmp_path: Path, name: str = "case.fr.xlf") -> Path:
    output = tmp_path / name
    export_translation(load_case(case), "fr", output, original=case.name, force=True)
    return output


def translated_into_french(case: Path, tmp_path: Path) -> LetterOfRequest:
    xliff = exported(case, tmp_path)
    fill_xliff(xliff)
    import_translation(xliff, case)
    return load_case(case)


def letter_text(request: LetterOfRequest, **options: object) -> str:
    document = build_document(request, context=CheckContext(today=TODAY), **options)
    return "\n".join(document.element.body.itertext())


# --------------------------------------------------------------------------- which fields


def test_prose_and_addresses_are_translated_but_names_and_identifiers_are_kept(
    case: Path,
) -> None:
    paths = dict(translatable_fields(load_case(case)))
    for prose in (
        "facts.summary",
        "urgency.reason",
        "offences[1].law_text",
        "offences[1].max_penalty",
        "assistance[1].relevance",
        "assistance[1].procedures[2].reason",
        "assistance[2].questions[3]",
        "identification.proceedings.subject",
        "annexes[2].title",
        "addressee.address",
        "persons[1].addresses[1]",
    ):
        assert prose in paths
    kept = [
        path
        for path in paths
        if path.endswith((".email", ".phone", ".name_latin"))
        or ".aliases" in path
        or (path.startswith("persons[") and path.endswith(".name"))
        or (path.startswith("identification.contacts[") and path.endswith(".name"))
    ]
    # A contact's name is kept, but for the title that opens it ("Inspector Mihai Grosu").
    assert kept == ["identification.contacts[1].name"]
    assert paths["identification.contacts[1].name"] == "Inspector Mihai Grosu"
    assert paths["facts.summary"].startswith("Between March 2025")


# --------------------------------------------------------------------------- the round trip


def test_french_letter_after_translation_has_translated_facts_and_no_english_free_text(
    case: Path, tmp_path: Path
) -> None:
    original = load_case(case)
    result = run_mla("translate", "export", case, "--lang", "fr", "-o", tmp_path / "fr.xlf")
    assert result.returncode == 0, result.stderr
    fill_xliff(tmp_path / "fr.xlf")
    result = run_mla("translate", "import", tmp_path / "fr.xlf", case)
    assert result.returncode == 0, result.stderr
    assert "new and 0 revised translation(s) into fr" in result.stdout

    result = run_mla("render", case, "--lang", "fr", "-o", tmp_path / "fr.docx")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "fr.docx"))
    body = "\n".join(document.element.body.itertext())
    facts_heading = next(
        index
        for index, p in enumerate(document.paragraphs)
        if "Exposé des faits" in p.text
        or ("faits" in p.text.lower() and p.style.name.startswith("Heading"))
    )
    following = " ".join(p.text for p in document.paragraphs[facts_heading : facts_heading + 4])
    assert FACTS_FR in following
    assert "[fr:assistance[2].questions[1]] Texte traduit." in body
    english = [text for _path, text in translatable_fields(original) if len(text) > 12]
    leaked = [text for text in english if text in body]
    assert leaked == []


def test_export_then_import_of_the_same_translations_changes_nothing(
    case: Path, tmp_path: Path
) -> None:
    translated_into_french(case, tmp_path)
    before = case.read_bytes()
    again = exported(case, tmp_path, "again.xlf")  # carries the case's translations as targets
    result = import_translation(again, case)
    assert not result.changed
    assert len(result.unchanged) == len(translatable_fields(load_case(case)))
    assert case.read_bytes() == before


def test_import_keeps_the_case_files_comments_and_layout(case: Path, tmp_path: Path) -> None:
    text = case.read_text(encoding="utf-8")
    text = text.replace("facts:\n", "facts:  # told by the victims, March 2026\n", 1)
    case.write_text(text, encoding="utf-8")
    translated_into_french(case, tmp_path)
    updated = case.read_text(encoding="utf-8")
    removed = [
        line
        for line in difflib.ndiff(text.splitlines(), updated.splitlines())
        if line.startswith("- ")
    ]
    assert removed == []  # only additions: the translations and language.original
    assert "facts:  # told by the victims, March 2026" in updated
    assert (
        "# Every person, company, account and case number in this example is invented." in updated
    )


def test_the_french_case_turns_back_into_the_english_case_exactly(
    case: Path, tmp_path: Path
) -> None:
    request = translated_into_french(case, tmp_path)
    in_french = localized(request, "fr")
    assert in_french.facts is not None and in_french.facts.summary == FACTS_FR
    assert in_french.language.original == "fr"
    assert localized(in_french, "en") == request


def test_the_letter_carries_the_case_so_it_renders_again_in_either_language(
    case: Path, tmp_path: Path
) -> None:
    from mla_writer.render import read_embedded_case, render_letter

    request = translated_into_french(case, tmp_path)
    letter = render_letter(
        request, tmp_path / "fr.docx", language="fr", context=CheckContext(today=TODAY)
    )
    embedded = read_embedded_case(letter)
    assert embedded is not None
    assert localized(embedded, "en").facts == request.facts


def test_po_round_trip(case: Path, tmp_path: Path) -> None:
    result = run_mla("translate", "export", case, "--lang", "fr", "--format", "po")
    assert result.returncode == 0, result.stderr
    po = case.with_name("case.fr.po")
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id:
            message.string = french(message.context, message.id)
    with po.open("wb") as stream:
        write_po(stream, catalog, width=0)
    result = run_mla("translate", "import", po, case)
    assert result.returncode == 0, result.stderr
    request = load_case(case)
    assert missing_translations(request, "fr") == []
    assert request.translations["fr"]["facts.summary"].text == FACTS_FR


# --------------------------------------------------------------------------- never mixed


def test_a_letter_in_an_untranslated_language_is_refused_with_the_fields(
    case: Path, tmp_path: Path
) -> None:
    result = run_mla("render", case, "--lang", "fr", "-o", tmp_path / "fr.docx")
    assert result.returncode == ExitCode.GAPS
    assert "facts.summary" in result.stderr
    assert "assistance[2].questions[1]" in result.stderr
    assert "mla translate export" in result.stderr
    assert not (tmp_path / "fr.docx").exists()


def test_a_draft_marks_each_untranslated_text(case: Path, tmp_path: Path) -> None:
    xliff = exported(case, tmp_path)
    fill_xliff(xliff, lambda path, source: FACTS_FR if path == "facts.summary" else None)
    import_translation(xliff, case)
    request = load_case(case)
    assert "facts.summary" not in missing_translations(request, "fr")

    text = letter_text(request, language="fr", draft=True)
    assert FACTS_FR in text
    mark = LetterTranslator("fr")(UNTRANSLATED_MARK)
    urgency = request.urgency.reason if request.urgency else ""
    assert mark % {"text": urgency} in text
    with pytest.raises(UntranslatedTextError) as refused:
        letter_text(request, language="fr")
    assert "facts.summary" not in refused.value.missing
    assert "urgency.reason" in refused.value.missing


def test_a_translation_made_before_the_facts_were_changed_is_outdated(
    case: Path, tmp_path: Path
) -> None:
    translated_into_french(case, tmp_path)
    text = case.read_text(encoding="utf-8")
    case.write_text(
        text.replace("an organised criminal group recruited", "an organised group recruited", 1),
        encoding="utf-8",
    )
    request = load_case(case)
    assert outdated_translations(request, "fr") == ["facts.summary"]
    with pytest.raises(UntranslatedTextError) as refused:
        letter_text(request, language="fr")
    assert refused.value.outdated == ["facts.summary"]
    draft = letter_text(request, language="fr", draft=True)
    assert LetterTranslator("fr")(OUTDATED_MARK) % {"text": FACTS_FR} in draft

    # mla check says so under point 14 when the case's letter language is French.
    french_letter = request.model_copy(
        update={"language": request.language.model_copy(update={"letter": "fr"})}
    )
    findings = check(french_letter, CheckContext(today=TODAY)).point("language").findings
    assert any(f.field == "translations.fr" and "facts.summary" in f.message for f in findings)


def test_a_file_exported_before_the_facts_changed_imports_as_outdated(
    case: Path, tmp_path: Path
) -> None:
    xliff = exported(case, tmp_path)
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("recruited", "enlisted", 1), encoding="utf-8")
    fill_xliff(xliff)
    result = import_translation(xliff, case)
    assert result.outdated == ["facts.summary"]
    assert outdated_translations(load_case(case), "fr") == ["facts.summary"]


def test_a_translation_edited_in_the_case_file_is_not_overwritten_without_force(
    case: Path, tmp_path: Path
) -> None:
    translated_into_french(case, tmp_path)
    stale_file = exported(case, tmp_path, "old.xlf")
    fill_xliff(
        stale_file,
        lambda path, source: "Version du traducteur." if path == "urgency.reason" else None,
    )
    text = case.read_text(encoding="utf-8")
    case.write_text(
        text.replace("text: '[fr:urgency.reason] Texte traduit.'", "text: Corrigé à la main.", 1),
        encoding="utf-8",
    )
    assert load_case(case).translations["fr"]["urgency.reason"].text == "Corrigé à la main."
    before = case.read_bytes()

    result = run_mla("translate", "import", stale_file, case)
    assert result.returncode == ExitCode.INVALID
    assert "urgency.reason" in result.stderr and "--force" in result.stderr
    assert case.read_bytes() == before

    result = run_mla("translate", "import", stale_file, case, "--force")
    assert result.returncode == 0, result.stderr
    assert load_case(case).translations["fr"]["urgency.reason"].text == "Version du traducteur."


def test_a_revised_translation_replaces_the_old_one(case: Path, tmp_path: Path) -> None:
    translated_into_french(case, tmp_path)
    revision = exported(case, tmp_path, "revision.xlf")
    fill_xliff(
        revision, lambda path, source: FACTS_FR + " Révisé." if path == "facts.summary" else None
    )
    result = import_translation(revision, case)
    assert result.revised == ["facts.summary"]
    assert load_case(case).translations["fr"]["facts.summary"].text == FACTS_FR + " Révisé."


# --------------------------------------------------------------------------- bad files


def _xliff(units: str, source: str = "en", target: str = "fr") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<xliff version="1.2" xmlns="{XLIFF_NAMESPACE}">'
        f'<file original="case.yaml" datatype="plaintext" source-language="{source}" '
        f'target-language="{target}"><body>{units}</body></file></xliff>'
    ).encode()


SUMMARY_UNIT = (
    '<trans-unit id="urgency.reason"><source>x</source><target>Urgent.</target></trans-unit>'
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<xliff version='1.2'><file>", "not a well-formed XLIFF file"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
            + _xliff(
                '<trans-unit id="urgency.reason"><source>x</source><target>&secret;</target>'
                "</trans-unit>"
            ).split(b"\n", 1)[1],
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<xliff version="1.2">&lol2;</xliff>',
            "DOCTYPE",
        ),
        (b"<html><body>not a translation</body></html>", "not an XLIFF 1.2 file"),
        (_xliff(SUMMARY_UNIT, source="de"), "translates from German"),
        (_xliff(SUMMARY_UNIT, target="en"), "free text is already written in"),
        (_xliff(SUMMARY_UNIT, target="xx-notalanguage"), "target language"),
        (
            _xliff(
                '<trans-unit id="facts.sumary"><source>x</source><target>y</target></trans-unit>'
            ),
            "[facts.sumary]",
        ),
        (
            _xliff(
                '<trans-unit id="assistance[9].relevance"><source>x</source>'
                "<target>y</target></trans-unit>"
            ),
            "no free text in this field",
        ),
        (_xliff(SUMMARY_UNIT + SUMMARY_UNIT), "appears twice"),
    ],
    ids=[
        "truncated",
        "external_entity",
        "entity_expansion",
        "not_xliff",
        "other_source_language",
        "into_the_original_language",
        "unknown_language",
        "misspelt_field",
        "removed_item",
        "duplicate_unit",
    ],
)
def test_a_bad_translation_file_is_refused_and_the_case_is_unchanged(
    case: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(content)
    before = case.read_bytes()
    with pytest.raises(TranslationFileError) as refused:
        import_translation(bad, case)
    assert expected in refused.value.message
    assert "root:" not in refused.value.message  # the secret file's content never shows
    assert case.read_bytes() == before


def test_bad_translation_files_exit_2_with_the_place_of_the_problem(
    case: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(
        _xliff(
            "\n" + SUMMARY_UNIT + '\n<trans-unit id="facts.sumary"><source>x</source>'
            "<target>y</target></trans-unit>"
        )
    )
    result = run_mla("translate", "import", bad, case)
    assert result.returncode == ExitCode.INVALID
    assert f"{bad}:4 [facts.sumary]" in result.stderr
    assert "did you mean “facts.summary”?" in result.stderr
    assert "Traceback" not in result.stderr

    broken_po = tmp_path / "bad.po"
    broken_po.write_text(
        'msgid ""\nmsgstr "Language: fr\\n"\n\nthe translator typed here\nmsgid "x"\nmsgstr "y"\n',
        encoding="utf-8",
    )
    result = run_mla("translate", "import", broken_po, case)
    assert result.returncode == ExitCode.INVALID
    assert "not a readable PO file" in result.stderr
    assert "line 4" in result.stderr or ":4" in result.stderr


def test_export_refuses_the_original_language_and_an_existing_file(
    case: Path, tmp_path: Path
) -> None:
    result = run_mla("translate", "export", case, "--lang", "en")
    assert result.returncode == ExitCode.INVALID
    assert "already written in English" in result.stderr

    output = tmp_path / "fr.xlf"
    output.write_text("the translator's work", encoding="utf-8")
    result = run_mla("translate", "export", case, "--lang", "fr", "-o", output)
    assert result.returncode == ExitCode.INVALID
    assert output.read_text(encoding="utf-8") == "the translator's work"


def test_an_empty_returned_file_imports_nothing_and_says_so(case: Path, tmp_path: Path) -> None:
    xliff = exported(case, tmp_path)
    before = case.read_bytes()
    result = run_mla("translate", "import", xliff, case)
    assert result.returncode == 0
    assert "Nothing was imported" in result.stdout
    assert case.read_bytes() == before


TRICKY = 'Cash & cards <b>not markup</b> "quoted" ‘curly’ ]]> {{ x }} %(name)s\n\nSecond paragraph.'
ARABIC = "نقدًا وبطاقات <b>ليست علامات</b> & «مقتبس»\n\nالفقرة الثانية."


@pytest.mark.parametrize("suffix", [".xlf", ".po"])
def test_markup_like_and_right_to_left_text_survive_the_round_trip(
    case: Path, tmp_path: Path, suffix: str
) -> None:
    from mla_writer.casefile import parse_case, save_case

    request = load_case(case)
    assert request.facts is not None
    request.facts.summary = TRICKY
    save_case(request, case, force=True)  # as `mla` itself saves: another YAML layout
    translation = tmp_path / f"case.ar{suffix}"
    export_translation(load_case(case), "ar", translation)
    if suffix == ".xlf":
        fill_xliff(translation, lambda path, source: ARABIC if source == TRICKY else "ترجمة.")
    else:
        with translation.open("rb") as stream:
            catalog = read_po(stream)
        for message in catalog:
            if message.id:
                message.string = ARABIC if message.id == TRICKY else "ترجمة."
        with translation.open("wb") as stream:
            write_po(stream, catalog, width=0)
    before = case.read_text(encoding="utf-8")
    import_translation(translation, case)
    after = case.read_text(encoding="utf-8")
    imported = parse_case(after)
    assert imported.translations["ar"]["facts.summary"].text == ARABIC
    assert imported.facts is not None and imported.facts.summary == TRICKY
    assert [
        line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[0] == "-"
    ] == []


def test_translations_filed_under_the_languages_name_are_updated_in_place(
    case: Path, tmp_path: Path
) -> None:
    text = case.read_text(encoding="utf-8")
    case.write_text(
        text + "translations:\n  French:\n    urgency.reason: Demande urgente.\n", encoding="utf-8"
    )
    assert load_case(case).translations["fr"]["urgency.reason"].text == "Demande urgente."
    xliff = exported(case, tmp_path)
    fill_xliff(xliff)
    import_translation(xliff, case, force=True)
    request = load_case(case)
    assert missing_translations(request, "fr") == []
    assert case.read_text(encoding="utf-8").count("urgency.reason:") == 1


def test_mla_render_draft_says_how_many_texts_are_marked_untranslated(
    case: Path, tmp_path: Path
) -> None:
    result = run_mla("render", case, "--lang", "fr", "--draft", "-o", tmp_path / "fr.docx")
    assert result.returncode == 0, result.stderr
    count = len(translatable_fields(load_case(case)))
    assert f"{count} free-text fields are not translated into French" in result.stdout
    assert f"mla translate export {case} --lang fr" in result.stdout
    body = "\n".join(docx.Document(str(tmp_path / "fr.docx")).element.body.itertext())
    assert LetterTranslator("fr")(UNTRANSLATED_MARK).split("%(text)s")[0] in body


# --------------------------------------------------------------------------- bilingual letter


def test_a_bilingual_letter_sets_each_part_beside_its_translation(
    case: Path, tmp_path: Path
) -> None:
    from mla_writer.render import read_embedded_case

    request = translated_into_french(case, tmp_path)
    output = tmp_path / "bilingual.docx"
    result = run_mla("render", case, "--lang", "fr", "--bilingual", "-o", output)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(output))
    body = document.element.body
    # The acknowledgement form, once, in the letter's language; then the two letters.
    assert [child.tag.rsplit("}", 1)[1] for child in body][-2:] == ["tbl", "sectPr"]
    table = document.tables[-1]
    rows = [(row.cells[0].text, row.cells[1].text) for row in table.rows]
    assert request.facts is not None
    facts = next(i for i, row in enumerate(rows) if request.facts.summary.splitlines()[0] in row[0])
    assert FACTS_FR in rows[facts][1]
    # One row per paragraph; a part whose paragraphs differ in number is one row.
    assert "Summary of the facts" in rows[facts][0] + rows[facts - 1][0]
    item_two = next(row for row in rows if "[fr:assistance[2].questions[1]]" in row[1])
    assert request.assistance[1].questions[0] in item_two[0]
    assert read_embedded_case(output) is not None


def test_a_bilingual_letter_needs_translated_text(case: Path, tmp_path: Path) -> None:
    result = run_mla("render", case, "--lang", "fr", "--bilingual", "-o", tmp_path / "b.docx")
    assert result.returncode == ExitCode.GAPS
    assert "facts.summary" in result.stderr
    result = run_mla("render", case, "--lang", "en", "--bilingual", "-o", tmp_path / "b.docx")
    assert result.returncode == ExitCode.INVALID
    assert "already in English" in result.stderr


def test_in_an_arabic_bilingual_letter_the_english_side_stays_left_to_right(
    case: Path, tmp_path: Path
) -> None:
    from docx.oxml.ns import qn

    from mla_writer.render.bilingual import build_bilingual

    xliff = tmp_path / "case.ar.xlf"
    export_translation(load_case(case), "ar", xliff)
    fill_xliff(xliff, lambda path, source: f"نص مترجم ({path})")
    import_translation(xliff, case)
    document = build_bilingual(load_case(case), language="ar", context=CheckContext(today=TODAY))
    table = document.tables[-1]
    english, arabic = table.rows[5].cells
    assert "Legal basis" in english.text or english.text  # an English part of the letter
    bidi = [p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") for p in english._tc.iter(qn("w:p"))]
    assert bidi and all(b is not None and b.get(qn("w:val")) == "0" for b in bidi)
    arabic_bidi = [p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") for p in arabic._tc.iter(qn("w:p"))]
    assert all(b is None or b.get(qn("w:val")) != "0" for b in arabic_bidi)
    assert "نص مترجم" in "".join(cell.text for row in table.rows for cell in row.cells[1:])


# --------------------------------------------------------------------------- any text


TRAFFICKING_TEXT = example_text("trafficking")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80))
def test_any_translated_text_a_case_file_can_hold_is_written_back_exactly(text: str) -> None:
    from mla_writer.casefile import parse_case
    from mla_writer.translation.fields import fingerprint
    from mla_writer.translation.importing import _UNWRITABLE, _holds_exactly
    from mla_writer.translation.splice import spliced_case_text

    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    assume(text and not _UNWRITABLE.search(text))
    request = parse_case(TRAFFICKING_TEXT)
    assert request.facts is not None and request.facts.summary is not None
    planned = {"facts.summary": {"text": text, "source": fingerprint(request.facts.summary)}}
    updated = spliced_case_text(TRAFFICKING_TEXT, request, "fr", planned)
    assert updated is not None
    assert _holds_exactly(parse_case(updated), request, "fr", planned)


def test_a_translation_with_a_control_character_is_refused_where_it_is(
    case: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(
        _xliff(
            '<trans-unit id="urgency.reason"><source>x</source>'
            "<target>Urgent&#x7f;.</target></trans-unit>"
        )
    )
    before = case.read_bytes()
    with pytest.raises(TranslationFileError) as refused:
        import_translation(bad, case)
    assert "[urgency.reason]" in refused.value.message
    assert "U+007F" in refused.value.message
    assert case.read_bytes() == before


def test_a_translation_too_long_for_its_field_is_refused_at_import(
    case: Path, tmp_path: Path
) -> None:
    xliff = exported(case, tmp_path)
    fill_xliff(xliff, lambda path, source: "Traite " * 400 if path == "offences[1].name" else None)
    before = case.read_bytes()
    with pytest.raises(TranslationFileError) as refused:
        import_translation(xliff, case)
    assert "[offences[1].name]" in refused.value.message
    assert "too long" in refused.value.message
    assert case.read_bytes() == before


def test_a_hand_typed_translation_too_long_for_its_field_stops_the_letter_plainly(
    case: Path, tmp_path: Path
) -> None:
    text = case.read_text(encoding="utf-8")
    case.write_text(
        text + f"translations:\n  fr:\n    offences[1].name: {'Traite ' * 400}\n", encoding="utf-8"
    )
    result = run_mla("render", case, "--lang", "fr", "--draft", "-o", tmp_path / "fr.docx")
    assert result.returncode == ExitCode.INVALID
    assert "translations.fr.offences[1].name" in result.stderr
    assert "internal error" not in result.stderr


def _po_exported(case: Path) -> Path:
    result = run_mla("translate", "export", case, "--lang", "fr", "--format", "po")
    assert result.returncode == 0, result.stderr
    return case.with_name("case.fr.po")


def _po_translated(po: Path, output: Path, translate: Callable[[str, str], str]) -> Path:
    """A copy of the exported PO with every entry translated as `translate` says."""
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id:
            message.string = translate(message.context, message.id)
    with output.open("wb") as stream:
        write_po(stream, catalog, width=0)
    return output


def test_a_corrected_po_of_the_same_export_imports_again_without_force(
    case: Path, tmp_path: Path
) -> None:
    """The reviewer's story: import the PO, correct a translation in the PO, import it again."""
    po = _po_exported(case)
    first = _po_translated(po, tmp_path / "first.po", french)
    assert run_mla("translate", "import", first, case).returncode == 0

    def corrected(path: str, source: str) -> str:
        return FACTS_FR + " Corrigé." if path == "facts.summary" else french(path, source)

    second = _po_translated(po, tmp_path / "second.po", corrected)
    result = run_mla("translate", "import", second, case)
    assert result.returncode == 0, result.stderr
    assert load_case(case).translations["fr"]["facts.summary"].text == FACTS_FR + " Corrigé."


def test_a_corrected_po_does_not_replace_a_translation_edited_by_hand_since(
    case: Path, tmp_path: Path
) -> None:
    po = _po_exported(case)
    first = _po_translated(po, tmp_path / "a.po", french)
    assert run_mla("translate", "import", first, case).returncode == 0
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace(FACTS_FR, "Corrigé à la main.", 1), encoding="utf-8")
    before = case.read_bytes()

    def corrected(path: str, source: str) -> str:
        return FACTS_FR + " Corrigé." if path == "facts.summary" else french(path, source)

    result = run_mla("translate", "import", _po_translated(po, tmp_path / "b.po", corrected), case)
    assert result.returncode == ExitCode.INVALID
    assert "facts.summary" in result.stderr
    assert "edited after this file was exported" in " ".join(result.stderr.split())
    assert case.read_bytes() == before
