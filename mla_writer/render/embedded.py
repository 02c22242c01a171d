"""The case data embedded in a letter (a custom XML part), so that a letter can be checked and
rendered again exactly.

Reading needs no python-docx: `mla check letter.docx` opens the zip, finds our part by its
namespace and validates the JSON it holds with the request model.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import uuid
import zipfile
from pathlib import Path

from lxml import etree
from pydantic import ValidationError

from mla_writer.errors import CaseFileError, Problem
from mla_writer.i18n import UserText, _
from mla_writer.model import LetterOfRequest
from mla_writer.wordfile import (
    UnsafeWordFile,
    load_word_file,
    open_word_archive,
    read_part,
    refuse_document_type,
)
from mla_writer.yamlfile import field_path

CASE_NAMESPACE = "urn:mla-writer:case"
"""The namespace of our custom XML part; the schemaRef of its properties part."""

MAX_EMBEDDED_BYTES = 8 * 1024 * 1024  # a case file is at most 2 MB (casefile.MAX_CASE_FILE_BYTES)
MAX_ITEM_PROPS_BYTES = 64 * 1024  # a custom XML item's properties: a few hundred bytes
MAX_NESTING = 32  # a case's JSON is about 6 levels deep
MAX_NUMBER_DIGITS = 30  # a case holds small numbers (years, counts, amounts)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _escaped(text: str) -> str:
    """&, < and > as XML entities (what xml.sax.saxutils.escape does, without importing urllib
    with it: ~20 ms of every `mla check`)."""
    return html.escape(text, quote=False)


def case_xml(request: LetterOfRequest, generator: str) -> bytes:
    """The custom XML part holding the whole case as JSON."""
    data = request.model_dump_json(exclude_defaults=True)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<case xmlns="{CASE_NAMESPACE}" schema-version="{request.schema_version}" '
        f'generator="{_escaped(generator)}" encoding="json">{_escaped(data)}</case>'
    ).encode()


def item_id(xml: bytes) -> str:
    """The data store item id of a case part: derived from its content, so that rendering one
    case twice with the same options gives the same letter."""
    digest = hashlib.sha256(xml).hexdigest()
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{CASE_NAMESPACE}:{digest}")).upper() + "}"


class EmbeddedCaseError(CaseFileError):
    """The case data embedded in a letter made by mla-writer is damaged, unsafe or ambiguous."""

    def __init__(self, path: Path | str, what: str) -> None:
        advice = _(
            "Render the letter again from its case file. To check the letter's text instead, "
            "save it as PDF in Word and check the PDF: it is then read like a letter written "
            "by others."
        )
        super().__init__(path, [Problem(f"{what} {advice}")])


_ITEM = re.compile(r"customXml/item(\d+)\.xml")


def read_embedded_case(path: Path) -> LetterOfRequest | None:
    """The request embedded in a letter made by mla-writer; None for any other Word document.

    Raises CaseFileError when the file is not a readable .docx, and EmbeddedCaseError when its
    embedded data is damaged, unsafe or holds more than one case; invalid data gives the
    model's problems.
    """
    path = Path(path)
    try:
        archive = open_word_archive(load_word_file(path))
    except UnsafeWordFile as refusal:
        raise CaseFileError(path, [Problem(refusal.reason)]) from None
    with archive:
        texts = [
            text
            for info in archive.infolist()
            if (match := _ITEM.fullmatch(info.filename))
            and (text := _case_text(path, archive, info, match.group(1))) is not None
        ]
    if len(texts) > 1:
        raise EmbeddedCaseError(
            path,
            _(
                "this letter carries the case data of %(count)d requests (an earlier version of "
                "mla-writer copied it from a letter used as template), so which request it holds "
                "is not certain."
            )
            % {"count": len(texts)},
        )
    return _validate(path, texts[0]) if texts else None


def _case_text(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, number: str
) -> str | None:
    """The JSON text of our case part `info`; None when the part is someone else's."""
    ours = _declared_ours(archive, number)
    try:
        data = read_part(archive, info, MAX_EMBEDDED_BYTES)
    except UnsafeWordFile as refusal:
        if not ours:  # another program's custom data, damaged: the file is damaged all the same
            raise CaseFileError(path, [Problem(refusal.reason)]) from None
        raise EmbeddedCaseError(path, _unreadable(info)) from None
    if not (ours or CASE_NAMESPACE.encode() in data or CASE_NAMESPACE.encode("utf-16-le") in data):
        return None
    try:
        refuse_document_type(info.filename, data)
        root = etree.fromstring(data, _PARSER)
    except UnsafeWordFile:
        raise EmbeddedCaseError(
            path,
            _(
                "the case data embedded in this letter contains a document type declaration "
                "(<!DOCTYPE>), which mla-writer never writes and refuses for safety."
            ),
        ) from None
    except etree.XMLSyntaxError:  # also what nesting deeper than the parser allows gives
        raise EmbeddedCaseError(path, _damaged_xml()) from None
    if root.tag != f"{{{CASE_NAMESPACE}}}case":
        if ours:
            raise EmbeddedCaseError(path, _damaged_xml())
        return None
    if len(root):  # we write the JSON as the element's only content
        raise EmbeddedCaseError(path, _damaged_xml())
    return root.text or ""


def _declared_ours(archive: zipfile.ZipFile, number: str) -> bool:
    """Whether the properties of custom XML item `number` name our namespace (they stay
    readable when the item itself is damaged)."""
    try:
        info = archive.getinfo(f"customXml/itemProps{number}.xml")
        return CASE_NAMESPACE.encode() in read_part(archive, info, MAX_ITEM_PROPS_BYTES)
    except (KeyError, UnsafeWordFile):
        return False


def _unreadable(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x1:
        return _(
            "the case data embedded in this letter (part %(part)s) is encrypted, which "
            "mla-writer never does: the letter was altered."
        ) % {"part": info.filename}
    return _(
        "the case data embedded in this letter (part %(part)s) cannot be unpacked: the file is "
        "damaged, or the part is far larger than any case."
    ) % {"part": info.filename}


def _damaged_xml() -> str:
    return _(
        "the case data embedded in this letter is damaged: its XML cannot be read (it is cut "
        "short, altered, or nested far deeper than mla-writer writes it)."
    )


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_LONG_NUMBER = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")


def _decode(path: Path, text: str) -> object:
    """The JSON of a case, refused when damaged or beyond what any case holds: numbers too
    long to convert safely, nesting deep enough to exhaust the parser's stack."""
    outside_strings = _JSON_STRING.sub('""', text)
    if _LONG_NUMBER.search(outside_strings):
        raise EmbeddedCaseError(
            path,
            _(
                "the case data embedded in this letter is damaged: it holds a number more "
                "than %(limit)d digits long, which no case has."
            )
            % {"limit": MAX_NUMBER_DIGITS},
        )
    depth = deepest = 0
    for bracket in re.sub(r"[^\[\]{}]", "", outside_strings):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise EmbeddedCaseError(
            path,
            _(
                "the case data embedded in this letter is damaged: it is nested %(depth)d "
                "levels deep, far deeper than any case (at most %(limit)d)."
            )
            % {"depth": deepest, "limit": MAX_NESTING},
        )
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise EmbeddedCaseError(
            path, _("the case data embedded in this letter is damaged: it is not valid JSON.")
        ) from None


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN and Infinity are not JSON, and no case holds them


def _validate(path: Path, text: str) -> LetterOfRequest:
    data = _decode(path, text)
    try:
        return LetterOfRequest.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            cause = (item.get("ctx") or {}).get("error")
            message = str(cause) if isinstance(cause, UserText) else item["msg"]
            problems.append(Problem(message, field_path(tuple(item["loc"]))))
        raise CaseFileError(path, problems) from None
