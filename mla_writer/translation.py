"""The case's free text in other languages: which fields to translate, exchange with translators
(XLIFF 1.2, or gettext PO), and the case as it reads in another language.

A case's free text (facts, reasons, descriptions, law text...) is typed in one language,
`language.original`. The fixed phrases of a letter come in every letter language from the
catalogs, but the free text only from a translator: `translations` in the case file holds it per
language and field. A letter is never written with free text in another language than its own,
unless it is a draft, where each such text is marked.

Which fields are free text is said once, in the model (`Prose`, `ShortProse` in
`mla_writer/model/common.py`). Names of persons and companies, identifiers, postal addresses,
codes and dates are kept as typed in every language.

Every translation records a fingerprint of the original text it was made from, so that a
translation made before the original changed is caught as outdated instead of being used.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mla_writer.errors import CaseFileError, ExitCode, MlaError, Problem
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import L_, N_, _, ngettext
from mla_writer.inputs import InputProblem, TooLarge, read_limited
from mla_writer.model import LetterOfRequest
from mla_writer.model.common import prose_fields

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
MLA_NAMESPACE = "urn:mla-writer:translation"
"""Our own attributes in an XLIFF file (XLIFF 1.2 allows attributes in other namespaces)."""
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
MAX_TRANSLATION_FILE_BYTES = 8 * 1024 * 1024

UNTRANSLATED_MARK = L_("[NOT TRANSLATED] %(text)s")
"""How a draft shows a free text that has no translation into the letter's language."""
OUTDATED_MARK = L_("[TRANSLATION OUTDATED] %(text)s")
"""How a draft shows a translation made from an earlier version of the original text."""

_PREVIOUS_COMMENT = "mla-writer previous translation: "

# Characters neither a Word document nor a YAML case file can hold (carriage returns are turned
# into line breaks instead): C0 and C1 controls but tab and line feed, DEL, non-characters,
# surrogates.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


class TranslationFormat(StrEnum):
    xliff = "xliff"
    po = "po"


# =========================================================================== what to translate


def fingerprint(text: str) -> str:
    """A short fingerprint of an original text, stored with its translation."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def translatable_fields(request: LetterOfRequest) -> list[tuple[str, str]]:
    """Every free-text field that holds text, as (field path, original text), in file order."""
    return prose_fields(request)


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def _needs_translation(request: LetterOfRequest, language: str) -> bool:
    return _base(language) != _base(request.language.source_language())


def missing_translations(request: LetterOfRequest, language: str) -> list[str]:
    """Free-text fields with no translation into `language` (none if it is the original)."""
    if not _needs_translation(request, language):
        return []
    have = request.translations.get(_base(language), {})
    return [path for path, _text in translatable_fields(request) if path not in have]


def outdated_translations(request: LetterOfRequest, language: str) -> list[str]:
    """Fields whose translation into `language` was made from another version of the text."""
    if not _needs_translation(request, language):
        return []
    have = request.translations.get(_base(language), {})
    return [
        path
        for path, text in translatable_fields(request)
        if path in have and have[path].source is not None and have[path].source != fingerprint(text)
    ]


def orphan_translations(request: LetterOfRequest) -> list[tuple[str, str]]:
    """(language, path) of translations for fields that are now empty or no longer exist."""
    current = {path for path, _text in translatable_fields(request)}
    return [
        (language, path)
        for language, texts in request.translations.items()
        for path in texts
        if path not in current
    ]


def _name(code: str) -> str:
    """A language's name in the interface language (its code if unknown)."""
    from mla_writer.i18n import ui_language
    from mla_writer.places import language_name

    return str(language_name(code, ui_language()))


class UntranslatedTextError(MlaError):
    """A letter was asked for in a language into which the free text is not (fully) translated."""

    exit_code = ExitCode.GAPS

    def __init__(self, language: str, original: str, missing: list[str], outdated: list[str]):
        self.language, self.missing, self.outdated = language, missing, outdated
        lines = [
            _(
                "No letter was written: the free text of this case is written in %(original)s "
                "and the letter is to be in %(language)s, but some of it is not translated."
            )
            % {"original": _name(original), "language": _name(language)}
        ]
        if missing:
            lines.append(_("Not translated into %(language)s:") % {"language": _name(language)})
            lines.extend(f"  {path}" for path in missing)
        if outdated:
            lines.append(
                _("Translated from an earlier version of the text (translate them again):")
            )
            lines.extend(f"  {path}" for path in outdated)
        lines.append(
            _(
                "Send these fields to a translator with `mla translate export CASE_FILE --lang "
                "%(language)s -o translation.%(language)s.xlf` and bring the translation back "
                "with `mla translate import translation.%(language)s.xlf CASE_FILE`; or use "
                "--draft to write a draft where each untranslated text is marked."
            )
            % {"language": language}
        )
        super().__init__("\n".join(lines))


def draft_translation_note(request: LetterOfRequest, language: str, case: Path | str) -> str:
    """For a draft in `language`: how many free texts it shows marked as untranslated or
    outdated, and how to have them translated; empty when there are none."""
    language = _base(language)
    count = len(missing_translations(request, language)) + len(
        outdated_translations(request, language)
    )
    if not count:
        return ""
    return ngettext(
        "%(count)d free-text field is not translated into %(language)s (or its translation is "
        "outdated): it is marked in the draft. Prepare it for a translator with `mla translate "
        "export %(case)s --lang %(code)s`.",
        "%(count)d free-text fields are not translated into %(language)s (or their translation "
        "is outdated): they are marked in the draft. Prepare them for a translator with `mla "
        "translate export %(case)s --lang %(code)s`.",
        count,
    ) % {"count": count, "language": _name(language), "case": case, "code": language}


# =========================================================================== the case in a language


def _set(data: Any, path: str, value: str) -> None:
    *head, last = FieldPath.parse(path).steps
    for step in head:
        data = data[step]
    data[last] = value


def localized(request: LetterOfRequest, language: str, *, draft: bool = False) -> LetterOfRequest:
    """The same case with its free text in `language`.

    The result is lossless: its `language.original` is `language`, and the texts it replaced
    become its translations into the former original language, so the letter's embedded case can
    be rendered again in either. Raises UntranslatedTextError when a text has no current
    translation, unless `draft`, where such texts are kept in the original language and marked.
    """
    language = _base(language)
    if not _needs_translation(request, language):
        return request
    original = _base(request.language.source_language())
    missing = missing_translations(request, language)
    outdated = outdated_translations(request, language)
    if (missing or outdated) and not draft:
        raise UntranslatedTextError(language, original, missing, outdated)
    mark = _marker(language)
    have = request.translations.get(language, {})
    data = request.model_dump(mode="json")
    back: dict[str, dict[str, str]] = {}
    for path, text in translatable_fields(request):
        if path in missing:
            shown = mark(UNTRANSLATED_MARK, text)
        elif path in outdated:
            shown = mark(OUTDATED_MARK, have[path].text)
        else:
            shown = have[path].text
        _set(data, path, shown)
        back[path] = {"text": text, "source": fingerprint(shown)}
    translations = {
        code: {path: entry.model_dump(exclude_none=True) for path, entry in texts.items()}
        for code, texts in request.translations.items()
        if code != language
    }
    translations[original] = back
    data["translations"] = translations
    data["language"]["original"] = language
    try:
        return LetterOfRequest.model_validate(data)
    except ValidationError as error:  # a translation typed into the case file by hand
        from mla_writer.casefile import validation_problems

        lines = [
            _(
                "No letter was written: some translations into %(language)s in the case file do "
                "not fit their field. Correct them under translations: %(code)s:"
            )
            % {"language": _name(language), "code": language}
        ]
        lines.extend(
            f"  translations.{language}.{problem.field}: {problem.message}"
            for problem in validation_problems(error, data)
        )
        raise MlaError("\n".join(lines)) from None


def _marker(language: str) -> Any:
    from mla_writer.i18n import LetterTranslator

    try:
        translator: Any = LetterTranslator(language)
    except LookupError:
        translator = lambda message: message  # noqa: E731 - English phrases for unknown languages

    def mark(template: str, text: str) -> str:
        return translator(template) % {"text": text}

    return mark


# =========================================================================== translation files


class TranslationFileError(CaseFileError):
    """A translation file that cannot be read, or does not fit the case it is imported into."""


@dataclass
class Unit:
    """One field in a translation file."""

    id: str
    source: str
    target: str | None
    ready: bool = True
    """False where the translator marked the text as not final (XLIFF state, PO fuzzy)."""
    previous: str | None = None
    """The fingerprint of the translation the case held when the file was exported."""
    line: int | None = None


@dataclass
class TranslationFile:
    source_language: str | None
    target_language: str
    units: list[Unit]


def field_description(request: LetterOfRequest, path: str) -> str:
    """What a field holds, from the model's documentation (a note for the translator)."""
    current: Any = request
    description = ""
    for step in FieldPath.parse(path).steps:
        if isinstance(step, int):
            current = current[step] if isinstance(current, list) and step < len(current) else None
            continue
        fields = type(current).model_fields if isinstance(current, BaseModel) else {}
        info = fields.get(step)
        if info is None:
            return ""
        description = " ".join((info.description or "").split())
        current = getattr(current, step)
    return description


def _units_for_export(
    request: LetterOfRequest, language: str
) -> Iterable[tuple[str, str, str | None, bool, str | None]]:
    """(path, original, existing translation, outdated, fingerprint of existing) per field."""
    have = request.translations.get(language, {})
    outdated = set(outdated_translations(request, language))
    for path, text in translatable_fields(request):
        entry = have.get(path)
        if entry is None:
            yield path, text, None, False, None
        else:
            yield path, text, entry.text, path in outdated, fingerprint(entry.text)


def target_language(request: LetterOfRequest, language: str) -> str:
    from mla_writer.i18n import UserText
    from mla_writer.places import language_code

    try:
        code = _base(language_code(language))
    except UserText as error:
        raise MlaError(_("--lang: %(problem)s") % {"problem": error}) from None
    if not _needs_translation(request, code):
        raise MlaError(
            _(
                "The free text of this case is already written in %(language)s "
                "(language.original): there is nothing to translate into it. Choose another "
                "language, or set language.original to the language the text is typed in."
            )
            % {"language": _name(code)}
        )
    return code


def export_xliff(request: LetterOfRequest, language: str, *, original: str = "case.yaml") -> bytes:
    """An XLIFF 1.2 file of the case's free text for a translator into `language`; existing
    translations are included as targets to revise (outdated ones marked for review)."""
    from lxml import etree

    language = target_language(request, language)
    source_language = _base(request.language.source_language())
    nsmap: dict[str | None, str] = {None: XLIFF_NAMESPACE, "mla": MLA_NAMESPACE}
    root = etree.Element(f"{{{XLIFF_NAMESPACE}}}xliff", nsmap=nsmap, version="1.2")
    file = etree.SubElement(
        root,
        f"{{{XLIFF_NAMESPACE}}}file",
        original=original,
        datatype="plaintext",
        attrib={"source-language": source_language, "target-language": language},
    )
    header = etree.SubElement(file, f"{{{XLIFF_NAMESPACE}}}header")
    from mla_writer import __version__

    etree.SubElement(
        header,
        f"{{{XLIFF_NAMESPACE}}}tool",
        attrib={"tool-id": "mla-writer", "tool-name": "mla-writer", "tool-version": __version__},
    )
    note = etree.SubElement(header, f"{{{XLIFF_NAMESPACE}}}note")
    note.text = (
        "Free text of a request for mutual legal assistance in criminal matters. Each unit's id "
        "is the field of the case file it comes from. Confidential: it holds personal data."
    )
    body = etree.SubElement(file, f"{{{XLIFF_NAMESPACE}}}body")
    for path, text, existing, outdated, previous in _units_for_export(request, language):
        unit = etree.SubElement(
            body,
            f"{{{XLIFF_NAMESPACE}}}trans-unit",
            id=path,
            resname=path,
            attrib={f"{{{XML_NAMESPACE}}}space": "preserve"},
        )
        if previous:
            unit.set(f"{{{MLA_NAMESPACE}}}previous", previous)
        source = etree.SubElement(unit, f"{{{XLIFF_NAMESPACE}}}source")
        source.set(f"{{{XML_NAMESPACE}}}lang", source_language)
        source.text = text
        if existing is not None:
            target = etree.SubElement(unit, f"{{{XLIFF_NAMESPACE}}}target")
            target.set(f"{{{XML_NAMESPACE}}}lang", language)
            target.set("state", "needs-review-translation" if outdated else "translated")
            target.text = existing
        described = field_description(request, path)
        if described:
            note = etree.SubElement(
                unit, f"{{{XLIFF_NAMESPACE}}}note", attrib={"from": "mla-writer"}
            )
            note.text = described
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def export_po(request: LetterOfRequest, language: str) -> bytes:
    """The same as export_xliff as a gettext PO file: msgctxt is the field, msgid the original."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    from mla_writer import __version__

    language = target_language(request, language)
    source_language = _base(request.language.source_language())
    catalog = Catalog(
        locale=language,
        project=f"mla-writer case ({source_language} -> {language})",
        version=__version__,
        header_comment=(
            "# Free text of a request for mutual legal assistance in criminal matters.\n"
            "# msgctxt is the field of the case file. Confidential: it holds personal data.\n"
            f"# Source language: {source_language}"
        ),
        fuzzy=False,
    )
    for path, text, existing, outdated, previous in _units_for_export(request, language):
        catalog.add(
            text,
            existing or "",
            context=path,
            auto_comments=[
                *([field_description(request, path)] if field_description(request, path) else []),
                *([_PREVIOUS_COMMENT + previous] if previous else []),
            ],
            flags=("fuzzy",) if outdated else (),
        )
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=False)
    return buffer.getvalue()


def export_translation(
    request: LetterOfRequest,
    language: str,
    output: Path,
    *,
    format: TranslationFormat | None = None,
    original: str = "case.yaml",
    force: bool = False,
) -> tuple[int, int, int]:
    """Write the translation file; return (fields, already translated, outdated)."""
    from mla_writer.casefile import atomic_write

    output = Path(output)
    code = target_language(request, language)
    chosen = format or (TranslationFormat.po if output.suffix.lower() == ".po" else None)
    if chosen is TranslationFormat.po:
        content = export_po(request, code)
    else:
        content = export_xliff(request, code, original=original)
    # The file holds the case's personal data: readable by its owner only, like case files.
    atomic_write(output, content, force=force, mode=0o600)
    fields = translatable_fields(request)
    have = request.translations.get(code, {})
    translated = sum(1 for path, _text in fields if path in have)
    return len(fields), translated, len(outdated_translations(request, code))


# --------------------------------------------------------------------------- reading them back


def read_translation_file(path: Path) -> TranslationFile:
    """Read an XLIFF 1.2 or PO file; raise TranslationFileError for anything malformed."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_TRANSLATION_FILE_BYTES)
    except TooLarge:
        raise TranslationFileError(
            path, [Problem(_("is too large to be the translation of a case file."))]
        ) from None
    except InputProblem as error:  # missing, a folder, a pipe or device, unreadable
        raise TranslationFileError(path, [Problem(error.message)]) from None
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise TranslationFileError(
            path,
            [
                Problem(
                    _(
                        "is empty: the translation was not saved into it. Ask the translator to "
                        "send the file again."
                    )
                )
            ],
        )
    if _is_xml(path, data):
        return parse_xliff(data, path)
    return parse_po(data, path)


def _is_xml(path: Path, data: bytes) -> bool:
    """Whether a translation file is XLIFF: by its extension, else by its first character
    (in UTF-8, or in UTF-16 or UTF-32, which an XML file may be saved in and declares)."""
    suffix = path.suffix.lower()
    if suffix in (".xlf", ".xliff", ".xml", ".sdlxliff", ".mqxliff"):
        return True
    if suffix in (".po", ".pot"):
        return False
    import codecs

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    start = data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")
    return start.startswith(b"<") or start.replace(b"\x00", b"").startswith(b"<")


def parse_xliff(data: bytes, source: Path | str = "<translation>") -> TranslationFile:
    """Parse an XLIFF 1.2 file without resolving entities, loading DTDs or using the network."""
    from lxml import etree

    if _holds_binary_data(data):
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "is not a text file (it holds binary data): it is not a translation, or "
                        "it was damaged. Ask the translator to send the file again."
                    ),
                )
            ],
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "is not a well-formed XLIFF file (%(error)s). It may have been damaged; "
                        "export it again from the translation tool."
                    )
                    % {"error": error.msg},
                    line=line,
                )
            ],
        ) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "declares a DOCTYPE, which XLIFF files do not have and which can be used "
                        "to read other files on this computer: it was not read."
                    ),
                    line=_line_of(data, b"<!DOCTYPE"),
                )
            ],
        )
    x = f"{{{XLIFF_NAMESPACE}}}"
    if root.tag != f"{x}xliff" or root.get("version") != "1.2":
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "is not an XLIFF 1.2 file (found “%(tag)s”, version %(version)s). Save "
                        "the translation as XLIFF 1.2, the format it was sent in."
                    )
                    % {"tag": etree.QName(root).localname, "version": root.get("version", "?")},
                    line=root.sourceline,
                )
            ],
        )
    files = root.findall(f"{x}file")
    if len(files) != 1:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _("holds %(count)s <file> sections; a translation of one case has exactly one.")
                    % {"count": len(files)},
                    line=root.sourceline,
                )
            ],
        )
    file = files[0]
    target_language = file.get("target-language")
    if not target_language:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "does not say which language it translates into (target-language is "
                        "missing). Export it again with `mla translate export`."
                    ),
                    line=file.sourceline,
                )
            ],
        )
    problems = [
        Problem(
            _(
                "this unit is not in the XLIFF 1.2 namespace, so its translation cannot be read "
                "(the translation tool changed the file's structure). Export the file again from "
                "the translation tool as XLIFF 1.2."
            ),
            field=element.get("id", ""),
            line=element.sourceline,
        )
        for element in root.iter()
        if isinstance(element.tag, str)
        and etree.QName(element).localname == "trans-unit"
        and etree.QName(element).namespace != XLIFF_NAMESPACE
    ]
    units = []
    for element in file.iter(f"{x}trans-unit"):
        source_element = element.find(f"{x}source")
        target_element = element.find(f"{x}target")
        targets = len(element.findall(f"{x}target"))
        if source_element is None:
            problems.append(
                Problem(
                    _(
                        "this unit has no <source>: the original text it translates is "
                        "unknown. Export the file again from the translation tool."
                    ),
                    field=element.get("id", ""),
                    line=element.sourceline,
                )
            )
        if targets > 1:
            problems.append(
                Problem(
                    _(
                        "this unit holds %(count)s translations (<target>); it must hold one. "
                        "Keep the right one in the translation tool and export the file again."
                    )
                    % {"count": targets},
                    field=element.get("id", ""),
                    line=element.sourceline,
                )
            )
        state = target_element.get("state", "") if target_element is not None else ""
        units.append(
            Unit(
                id=element.get("id", ""),
                source="".join(source_element.itertext()) if source_element is not None else "",
                target="".join(target_element.itertext()) if target_element is not None else None,
                # XLIFF 1.2 states: new and needs-* are not final; translated, final, signed-off are.
                ready=not (state == "new" or state.startswith("needs-")),
                previous=element.get(f"{{{MLA_NAMESPACE}}}previous"),
                line=element.sourceline,
            )
        )
    if problems:
        raise TranslationFileError(source, problems)
    return TranslationFile(file.get("source-language"), target_language, units)


def _holds_binary_data(data: bytes) -> bool:
    """Whether a file that should be XML holds NUL bytes, other than as UTF-16 or UTF-32 text."""
    import codecs

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data[:2] in (
        b"<\x00",
        b"\x00<",
    ):
        return False
    return b"\x00" in data


def _line_of(data: bytes, marker: bytes) -> int:
    """The line of `marker` in an ASCII-compatible file (1 if it is not found)."""
    offset = data.find(marker)
    return data.count(b"\n", 0, offset) + 1 if offset >= 0 else 1


def parse_po(data: bytes, source: Path | str = "<translation>") -> TranslationFile:
    """Parse a gettext PO file written by `mla translate export --format po`, strictly: a
    malformed line or a wrong character set is an error, never a silently altered text."""
    from mla_writer.i18n import UserText
    from mla_writer.places import language_code
    from mla_writer.pofile import PoReadError, read_po

    try:
        catalog = read_po(data)
    except PoReadError as error:
        raise TranslationFileError(source, [error.problem]) from None
    language = catalog.headers.get("Language", "")
    if not language:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "does not say which language it translates into (the “Language:” "
                        "header is missing). Export it again with `mla translate export`."
                    ),
                    line=catalog.header_line,
                )
            ],
        )
    try:
        language_code(language)
    except UserText:
        raise TranslationFileError(
            source,
            [
                Problem(
                    _(
                        "its “Language:” header says “%(value)s”, which is not a language code. "
                        "It must be the code of the language the file translates into, such as "
                        "fr, es or pt_BR: correct the header in the translation tool, or export "
                        "the file again with `mla translate export`."
                    )
                    % {"value": language},
                    line=catalog.header_lines.get("Language", catalog.header_line),
                )
            ],
        ) from None
    source_language = next(
        (
            comment.removeprefix("Source language:").strip()
            for comment in catalog.header_comments
            if comment.startswith("Source language:")
        ),
        None,
    )
    units = []
    for message in catalog.entries:
        previous = next(
            (
                comment.removeprefix(_PREVIOUS_COMMENT).strip()
                for comment in message.extracted_comments
                if comment.startswith(_PREVIOUS_COMMENT)
            ),
            None,
        )
        units.append(
            Unit(
                id=message.context or "",
                source=message.id,
                target=message.string or None,
                ready="fuzzy" not in message.flags,
                previous=previous,
                line=message.line,
            )
        )
    return TranslationFile(source_language or None, language, units)


# --------------------------------------------------------------------------- importing


@dataclass
class ImportResult:
    """What an import changed, for the user to read."""

    language: str
    added: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)
    """Imported, but translated from an earlier version of the original text."""
    not_translated: list[str] = field(default_factory=list)
    """Units without a target, or marked not final: nothing imported for them."""
    replaced_edits: list[str] = field(default_factory=list)
    """Translations edited in the case file since export, replaced with --force."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.revised)


def plan_import(
    request: LetterOfRequest,
    translation: TranslationFile,
    *,
    source: Path | str = "<translation>",
    force: bool = False,
) -> tuple[dict[str, dict[str, str]], ImportResult]:
    """Check a translation file against the case and work out the new translations of its
    language: {path: {"text", "source"}}. Raises TranslationFileError listing every problem
    (nothing is imported then)."""
    from mla_writer.i18n import UserText
    from mla_writer.places import language_code

    problems: list[Problem] = []
    original = _base(request.language.source_language())
    try:
        language = _base(language_code(translation.target_language))
    except UserText as error:
        raise TranslationFileError(
            source, [Problem(_("target language: %(problem)s") % {"problem": error})]
        ) from None
    if language == original:
        problems.append(
            Problem(
                _(
                    "translates into %(language)s, the language the case's free text is already "
                    "written in (language.original): it cannot be imported into this case."
                )
                % {"language": _name(language)}
            )
        )
    if translation.source_language:
        try:
            from_language = _base(language_code(translation.source_language))
        except UserText:
            from_language = translation.source_language
        if from_language != original:
            problems.append(
                Problem(
                    _(
                        "translates from %(found)s, but the free text of this case is written in "
                        "%(original)s: it was not exported from this case."
                    )
                    % {"found": _name(from_language), "original": _name(original)}
                )
            )
    current = dict(translatable_fields(request))
    if current and not translation.units:
        problems.append(
            Problem(
                _(
                    "holds no text at all (no field of the case): it is not a file exported from "
                    "this case, or its content was lost. Ask the translator to send the file "
                    "again."
                )
            )
        )
    seen: set[str] = set()
    for unit in translation.units:
        if not unit.id:
            problems.append(
                Problem(_("a unit has no id: the field it belongs to is unknown."), line=unit.line)
            )
        elif unit.id in seen:
            problems.append(
                Problem(_("the field appears twice; keep one."), field=unit.id, line=unit.line)
            )
        elif unit.id not in current and _holds_text_kept_as_typed(request, unit.id):
            problems.append(
                Problem(
                    _(
                        "this field is not free text: names, identifiers, addresses, codes and "
                        "dates are kept as typed in every language, so it has no translation. "
                        "Delete this entry, or export the case again."
                    ),
                    field=unit.id,
                    line=unit.line,
                )
            )
        elif unit.id not in current and _closest(unit.id, current):
            problems.append(
                Problem(
                    _("this case has no field “%(id)s”: did you mean “%(suggestion)s”?")
                    % {"id": unit.id, "suggestion": _closest(unit.id, current)},
                    field=unit.id,
                    line=unit.line,
                )
            )
        elif unit.id not in current:
            problems.append(
                Problem(
                    _(
                        "this case has no free text in this field (it is empty, was removed, or "
                        "the items were renumbered since the export). Export the case again and "
                        "carry the translation over."
                    ),
                    field=unit.id,
                    line=unit.line,
                )
            )
        seen.add(unit.id)
        bad = _UNWRITABLE.search(unit.target or "")
        if bad:
            problems.append(
                Problem(
                    _(
                        "the translation contains an invisible control character (%(code)s) that "
                        "a case file cannot hold; delete it in the translation tool and export "
                        "the translation again."
                    )
                    % {"code": f"U+{ord(bad.group()):04X}"},
                    field=unit.id,
                    line=unit.line,
                )
            )
    if problems:
        raise TranslationFileError(source, problems)

    result = ImportResult(language)
    have = request.translations.get(language, {})
    planned = {
        path: {"text": entry.text, **({"source": entry.source} if entry.source else {})}
        for path, entry in have.items()
    }
    conflicts: list[Problem] = []
    for unit in translation.units:
        # Line breaks as a case file holds them (a YAML file cannot keep a carriage return).
        target = (unit.target or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        if not target or not unit.ready:
            result.not_translated.append(unit.id)
            continue
        existing = have.get(unit.id)
        entry = {"text": target, "source": fingerprint(unit.source)}
        if unit.source != current[unit.id]:
            result.outdated.append(unit.id)
        if existing is not None and existing.text == target:
            if existing.source != entry["source"]:
                planned[unit.id] = entry
                result.revised.append(unit.id)
            else:
                result.unchanged.append(unit.id)
            continue
        if existing is not None and unit.previous != fingerprint(existing.text):
            # The case's translation changed since the export: someone edited it by hand.
            if not force:
                conflicts.append(
                    Problem(
                        _(
                            "the case file's translation of this field was changed after the "
                            "export and differs from the file's; use --force to replace it with "
                            "the file's."
                        ),
                        field=unit.id,
                        line=unit.line,
                    )
                )
                continue
            result.replaced_edits.append(unit.id)
        planned[unit.id] = entry
        (result.revised if existing is not None else result.added).append(unit.id)
    if conflicts:
        raise TranslationFileError(source, conflicts)
    misfits = _fit_problems(request, planned, translation.units)
    if misfits:
        raise TranslationFileError(source, misfits)
    return planned, result


def _fit_problems(
    request: LetterOfRequest, planned: dict[str, dict[str, str]], units: list[Unit]
) -> list[Problem]:
    """Translations that the field they translate could not hold (a label's length limit...):
    found now, so that a letter in that language never fails to build later."""
    from pydantic import ValidationError

    from mla_writer.casefile import validation_problems

    data = request.model_dump(mode="json")
    current = {path for path, _text in translatable_fields(request)}
    for path, entry in planned.items():
        if path in current:
            _set(data, path, entry["text"])
    try:
        LetterOfRequest.model_validate(data)
    except ValidationError as error:
        lines = {unit.id: unit.line for unit in units}
        return [
            Problem(
                _("the translation does not fit this field: %(problem)s")
                % {"problem": problem.message},
                field=problem.field,
                line=lines.get(problem.field),
            )
            for problem in validation_problems(error, data)
        ]
    return []


def _holds_text_kept_as_typed(request: LetterOfRequest, path: str) -> bool:
    """Whether `path` is a field of the case that holds text, of a kind never translated."""
    written = FieldPath.parse_or_none(path)
    if written is None:
        return False
    current: Any = request
    for step in written.steps:
        if isinstance(step, int):
            if not isinstance(current, list) or not 0 <= step < len(current):
                return False
            current = current[step]
        elif isinstance(current, BaseModel) and step in type(current).model_fields:
            current = getattr(current, step)
        else:
            return False
    return isinstance(current, str) and bool(current)


def _closest(path: str, paths: Iterable[str]) -> str:
    """A field path that differs from `path` by a typo only (not by an item's number)."""
    import difflib

    def shape(written: str) -> str:
        parsed = FieldPath.parse_or_none(written)
        return parsed.shape() if parsed is not None else written

    for candidate in difflib.get_close_matches(path, list(paths), n=3, cutoff=0.85):
        if shape(candidate) != shape(path):
            return candidate
    return ""


def import_translation(
    translation_path: Path, case_path: Path, *, force: bool = False
) -> ImportResult:
    """Put a translator's file back into the case file, keeping its comments and layout.

    The case file is written atomically, and only if something changed; it is re-read and
    validated before it replaces the old one.
    """
    from mla_writer.casefile import parse_case, read_case_text

    translation_path, case_path = Path(translation_path), Path(case_path)
    translation = read_translation_file(translation_path)
    text = read_case_text(case_path)
    request = parse_case(text, case_path)
    planned, result = plan_import(request, translation, source=translation_path, force=force)
    if not result.changed:
        return result
    updated = next(
        (
            candidate
            for candidate in (
                _spliced_case_text(text, request, result.language, planned),
                _updated_case_text(text, request, result.language, planned),
            )
            if candidate is not None
            and _holds_exactly(parse_case(candidate, case_path), request, result.language, planned)
        ),
        None,
    )
    if updated is None:  # pragma: no cover - a bug in the YAML update: never write it
        raise RuntimeError("the updated case file would not hold exactly the planned change")
    from mla_writer.casefile import atomic_write

    if read_case_text(case_path) != text:
        raise MlaError(
            _(
                "%(path)s changed while the translation was being imported; nothing was written. "
                "Run the import again."
            )
            % {"path": case_path}
        )
    # A case file reached through a symbolic link is the link's target: update that file (the
    # link stays a link), with the permissions it has.
    real_path = case_path.resolve()
    mode = real_path.stat().st_mode & 0o777
    try:
        atomic_write(real_path, updated.encode("utf-8"), force=True, mode=mode)
    except OSError as error:
        raise MlaError(
            _(
                "%(path)s could not be updated (%(error)s); it was left as it was. Check that "
                "you may write in its folder, and that the disk is not full."
            )
            % {"path": case_path, "error": error.strerror or error}
        ) from None
    return result


def _holds_exactly(
    updated: LetterOfRequest,
    request: LetterOfRequest,
    language: str,
    planned: dict[str, dict[str, str]],
) -> bool:
    """Whether the updated case holds the planned translations and nothing else changed."""
    written = {
        path: {"text": entry.text, "source": entry.source}
        for path, entry in updated.translations.get(language, {}).items()
    }
    expected = {path: {"text": e["text"], "source": e.get("source")} for path, e in planned.items()}
    before = request.model_dump(exclude={"translations"})
    before["language"]["original"] = request.language.source_language()
    others = {code: texts for code, texts in request.translations.items() if code != language}
    after = {code: texts for code, texts in updated.translations.items() if code != language}
    return (
        written == expected
        and updated.model_dump(exclude={"translations"}) == before
        and others == after
    )


# Indentation styles to try, in order: the examples' (sequences indented under their key) and
# `mla`'s own saved files (sequences at the key's level).
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (3, 5, 2))


def _round_trip_yaml(text: str) -> tuple[Any, Any]:
    """A ruamel.yaml round-trip loader/dumper that reproduces `text` as it is, where possible."""
    from ruamel.yaml import YAML

    best: tuple[int, Any, Any] | None = None
    for mapping, sequence, offset in _INDENTS:
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True
        yaml.width = 4096  # never re-wrap the user's long lines
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        data = yaml.load(text)
        buffer = io.StringIO()
        yaml.dump(data, buffer)
        if buffer.getvalue() == text:
            return yaml, yaml.load(text)
        differing = sum(
            1
            for a, b in zip(buffer.getvalue().splitlines(), text.splitlines(), strict=False)
            if a != b
        )
        if best is None or differing < best[0]:
            best = (differing, yaml, yaml.load(text))
    assert best is not None
    return best[1], best[2]


_TRANSLATIONS_COMMENT = N_(
    "The free text in other languages, by field (mla translate import). `source` is a\n"
    "fingerprint of the original text a translation was made from."
)


def _updated_case_text(
    text: str, request: LetterOfRequest, language: str, planned: dict[str, dict[str, str]]
) -> str:
    """The case file's text with `translations.<language>` set to `planned` and
    `language.original` stated, everything else (comments, order, quoting) kept."""
    from ruamel.yaml.comments import CommentedMap

    yaml, data = _round_trip_yaml(text)
    if not isinstance(data.get("language"), dict):
        data["language"] = CommentedMap()
    # Pin the original language: if the letter's language is changed later, the free text's
    # language must not change with it.
    point = data["language"]
    if not point.get("original"):
        keys = list(point)
        after = keys.index("letter") + 1 if "letter" in keys else 0
        point.insert(after, "original", request.language.source_language())
    _update_translations(data, request, language, planned)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def _update_translations(
    data: Any,
    request: LetterOfRequest,
    language: str,
    planned: dict[str, dict[str, str]],
    *,
    comment: bool = True,
) -> None:
    """Set `translations.<language>` in ruamel round-trip data, in place, in field order."""
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(data.get("translations"), dict):
        data["translations"] = CommentedMap()
        if comment:
            data.yaml_set_comment_before_after_key(
                "translations", before="\n" + _(_TRANSLATIONS_COMMENT)
            )
    block = data["translations"]
    key = next((k for k in block if _same_language(str(k), language)), language)
    if not isinstance(block.get(key), dict):
        block[key] = CommentedMap()
    texts = block[key]
    order = {path: index for index, (path, _text) in enumerate(translatable_fields(request))}
    for path, entry in planned.items():
        value = CommentedMap()
        value["text"] = _yaml_text(entry["text"])
        if entry.get("source"):
            value["source"] = entry["source"]
        if path in texts:
            if _same_entry(texts[path], entry):
                continue
            texts[path] = value
            continue
        position = next(
            (
                index
                for index, key in enumerate(texts)
                if order.get(str(key), len(order)) > order.get(path, len(order))
            ),
            len(texts),
        )
        texts.insert(position, path, value)


def _yaml_text(text: str) -> Any:
    """Text as YAML should write it: line breaks as a block; NEXT LINE and the Unicode line and
    paragraph separators in double quotes, the only style in which a reader keeps them as typed."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

    if any(character in text for character in "\x85\u2028\u2029"):
        return DoubleQuotedScalarString(text)
    return LiteralScalarString(text) if "\n" in text else text


def _spliced_case_text(
    text: str, request: LetterOfRequest, language: str, planned: dict[str, dict[str, str]]
) -> str | None:
    """The case file's text with only its `translations` block rewritten and a line for
    `language.original` added; every other line is left exactly as it was. None where the file's
    shape does not allow it (flow style); the caller then rewrites the whole file."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(text)
    if not isinstance(data, CommentedMap) or data.fa.flow_style():
        return None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    keys = list(data)
    insert_original: tuple[int, str] | None = None
    appended_language = ""
    point = data.get("language")
    code = request.language.source_language()
    if "language" not in data:
        appended_language = f"language:\n  original: {code}\n"
    elif "original" not in (point or {}):
        if not isinstance(point, CommentedMap) or not point or point.fa.flow_style():
            return None
        first = next(iter(point))
        line, column = point.lc.key(first)
        insert_original = (line, " " * column + f"original: {code}\n")
    elif not isinstance(point, dict) or not point.get("original"):
        return None
    if "translations" in data:
        translations = data["translations"]
        if not isinstance(translations, CommentedMap) or translations.fa.flow_style():
            return None
        start = data.lc.key("translations")[0]
        later = [data.lc.key(key)[0] for key in keys if data.lc.key(key)[0] > start]
        end = min(later) if later else len(lines)
        new_block = False
    else:
        start = end = len(lines)
        new_block = True
    document = CommentedMap()
    if not new_block:
        document["translations"] = data["translations"]
    _update_translations(document, request, language, planned, comment=False)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    rewritten = buffer.getvalue()
    if new_block:
        comment = "".join(f"# {line}\n" for line in _(_TRANSLATIONS_COMMENT).splitlines())
        blank = "" if not lines or lines[-1].strip() == "" else "\n"
        rewritten = appended_language + blank + comment + rewritten
    elif appended_language:
        rewritten = appended_language + rewritten
    lines[start:end] = [rewritten]
    if insert_original is not None:
        line, content = insert_original
        if line >= start and not new_block:  # pragma: no cover - language is never inside it
            return None
        lines.insert(line, content)
    return "".join(lines)


def _same_language(written: str, code: str) -> bool:
    """Whether a language as written in the case file (code or English name) is `code`."""
    from mla_writer.i18n import UserText
    from mla_writer.places import language_code

    try:
        return _base(language_code(written)) == code
    except UserText:
        return False


def _same_entry(stored: Any, entry: dict[str, str]) -> bool:
    if isinstance(stored, str):
        return stored.strip() == entry["text"] and not entry.get("source")
    if isinstance(stored, dict):
        return str(stored.get("text", "")).strip() == entry["text"] and stored.get(
            "source"
        ) == entry.get("source")
    return False


def import_summary(result: ImportResult, case_path: Path | str) -> str:
    """What an import did, in plain words."""
    lines = []
    if result.changed:
        lines.append(
            _(
                "%(path)s updated: %(added)s new and %(revised)s revised translation(s) into "
                "%(language)s."
            )
            % {
                "path": case_path,
                "added": len(result.added),
                "revised": len(result.revised),
                "language": result.language,
            }
        )
    elif result.not_translated and not result.unchanged:
        lines.append(
            _(
                "Nothing was imported: none of the file's %(count)s fields has a translation "
                "marked final. Is this the file the translator sent back? %(path)s was not "
                "changed."
            )
            % {"count": len(result.not_translated), "path": case_path}
        )
        return "\n".join(lines)
    else:
        lines.append(
            _("Nothing to change in %(path)s: it already holds these translations.")
            % {"path": case_path}
        )
    if result.outdated:
        lines.append(
            ngettext(
                "%(count)d translation was made from an earlier version of its original text; "
                "it is kept but marked outdated until translated again:",
                "%(count)d translations were made from an earlier version of their original "
                "text; they are kept but marked outdated until translated again:",
                len(result.outdated),
            )
            % {"count": len(result.outdated)}
        )
        lines.extend(f"  {path}" for path in result.outdated)
    if result.not_translated:
        lines.append(
            ngettext(
                "%(count)d field is not translated (or not marked final) in the file; nothing "
                "was imported for it:",
                "%(count)d fields are not translated (or not marked final) in the file; nothing "
                "was imported for them:",
                len(result.not_translated),
            )
            % {"count": len(result.not_translated)}
        )
        lines.extend(f"  {path}" for path in result.not_translated)
    if result.replaced_edits:
        lines.append(_("Translations edited in the case file and replaced (--force):"))
        lines.extend(f"  {path}" for path in result.replaced_edits)
    return "\n".join(lines)
