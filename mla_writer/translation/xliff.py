"""XLIFF 1.2 files for translators: written, and read back without trusting them."""

from __future__ import annotations

import codecs
from pathlib import Path

from lxml import etree

from mla_writer import __version__
from mla_writer.errors import Problem
from mla_writer.i18n import _, base_language
from mla_writer.model import LetterOfRequest
from mla_writer.translation.fields import field_description, target_language
from mla_writer.translation.units import (
    TranslationFile,
    TranslationFileError,
    Unit,
    units_for_export,
)

XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"


MLA_NAMESPACE = "urn:mla-writer:translation"
"""Our own attributes in an XLIFF file (XLIFF 1.2 allows attributes in other namespaces)."""


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


def export_xliff(request: LetterOfRequest, language: str, *, original: str = "case.yaml") -> bytes:
    """An XLIFF 1.2 file of the case's free text for a translator into `language`; existing
    translations are included as targets to revise (outdated ones marked for review)."""
    language = target_language(request, language)
    source_language = base_language(request.language.source_language())
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
    for path, text, existing, outdated, previous in units_for_export(request, language):
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


def parse_xliff(data: bytes, source: Path | str = "<translation>") -> TranslationFile:
    """Parse an XLIFF 1.2 file without resolving entities, loading DTDs or using the network."""
    root = _root(data, source)
    file = _single_file(root, source)
    target_language = file.get("target-language")
    if not target_language:
        raise _refused(
            source,
            _(
                "does not say which language it translates into (target-language is "
                "missing). Export it again with `mla translate export`."
            ),
            file.sourceline,
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
    units = [_unit(element, problems) for element in file.iter(f"{_X}trans-unit")]
    if problems:
        raise TranslationFileError(source, problems)
    return TranslationFile(file.get("source-language"), target_language, units)


_X = f"{{{XLIFF_NAMESPACE}}}"


def _refused(source: Path | str, message: str, line: int | None) -> TranslationFileError:
    return TranslationFileError(source, [Problem(message, line=line)])


def _root(data: bytes, source: Path | str) -> etree._Element:
    """The file's root element, parsed safely; refused if binary, malformed or with a DOCTYPE."""
    if _holds_binary_data(data):
        raise _refused(
            source,
            _(
                "is not a text file (it holds binary data): it is not a translation, or "
                "it was damaged. Ask the translator to send the file again."
            ),
            None,
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise _refused(
            source,
            _(
                "is not a well-formed XLIFF file (%(error)s). It may have been damaged; "
                "export it again from the translation tool."
            )
            % {"error": error.msg},
            error.lineno if error.lineno else None,
        ) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise _refused(
            source,
            _(
                "declares a DOCTYPE, which XLIFF files do not have and which can be used "
                "to read other files on this computer: it was not read."
            ),
            _line_of(data, b"<!DOCTYPE"),
        )
    return root


def _single_file(root: etree._Element, source: Path | str) -> etree._Element:
    """The one <file> of an XLIFF 1.2 document."""
    if root.tag != f"{_X}xliff" or root.get("version") != "1.2":
        raise _refused(
            source,
            _(
                "is not an XLIFF 1.2 file (found “%(tag)s”, version %(version)s). Save "
                "the translation as XLIFF 1.2, the format it was sent in."
            )
            % {"tag": etree.QName(root).localname, "version": root.get("version", "?")},
            root.sourceline,
        )
    files = root.findall(f"{_X}file")
    if len(files) != 1:
        raise _refused(
            source,
            _("holds %(count)s <file> sections; a translation of one case has exactly one.")
            % {"count": len(files)},
            root.sourceline,
        )
    return files[0]


def _unit(element: etree._Element, problems: list[Problem]) -> Unit:
    """One trans-unit; what is wrong with it is added to `problems`."""
    source_element = element.find(f"{_X}source")
    target_element = element.find(f"{_X}target")
    targets = len(element.findall(f"{_X}target"))
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
    return Unit(
        id=element.get("id", ""),
        source="".join(source_element.itertext()) if source_element is not None else "",
        target="".join(target_element.itertext()) if target_element is not None else None,
        # XLIFF 1.2 states: new and needs-* are not final; translated, final, signed-off are.
        ready=not (state == "new" or state.startswith("needs-")),
        previous=element.get(f"{{{MLA_NAMESPACE}}}previous"),
        line=element.sourceline,
    )


def _holds_binary_data(data: bytes) -> bool:
    """Whether a file that should be XML holds NUL bytes, other than as UTF-16 or UTF-32 text."""
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
