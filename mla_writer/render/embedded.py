"""The case data embedded in a letter (a custom XML part), so that a letter can be checked and
rendered again exactly.

Reading needs no python-docx: `mla check letter.docx` opens the zip, finds our part by its
namespace and validates the JSON it holds with the request model.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pydantic import ValidationError

from mla_writer.casefile import field_path
from mla_writer.errors import CaseFileError, Problem
from mla_writer.i18n import UserText, _
from mla_writer.model import LetterOfRequest

CASE_NAMESPACE = "urn:mla-writer:case"
"""The namespace of our custom XML part; the schemaRef of its properties part."""

MAX_EMBEDDED_BYTES = 8 * 1024 * 1024  # a case file is at most 2 MB (casefile.MAX_CASE_FILE_BYTES)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def case_xml(request: LetterOfRequest, generator: str) -> bytes:
    """The custom XML part holding the whole case as JSON."""
    data = request.model_dump_json(exclude_defaults=True)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<case xmlns="{CASE_NAMESPACE}" schema-version="{request.schema_version}" '
        f'generator="{escape(generator)}" encoding="json">{escape(data)}</case>'
    ).encode()


def new_item_id() -> str:
    return "{" + str(uuid.uuid4()).upper() + "}"


def read_embedded_case(path: Path) -> LetterOfRequest | None:
    """The request embedded in a letter made by mla-writer; None for any other Word document.

    Raises CaseFileError when the file is not a readable .docx, or its embedded data is invalid.
    """
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise CaseFileError(
            path, [Problem(_("the file does not exist; check the name and folder."))]
        ) from None
    except (zipfile.BadZipFile, OSError):
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "is not a readable Word document (.docx): it may be damaged or "
                        "saved in another format. Save it again as a Word document."
                    )
                )
            ],
        ) from None
    with archive:
        for info in archive.infolist():
            name = info.filename
            if not (name.startswith("customXml/item") and name.endswith(".xml")):
                continue
            if "/" in name.removeprefix("customXml/") or info.file_size > MAX_EMBEDDED_BYTES:
                continue
            try:
                root = etree.fromstring(archive.read(info), _PARSER)
            except etree.XMLSyntaxError:
                continue
            if root.tag != f"{{{CASE_NAMESPACE}}}case":
                continue
            return _validate(path, root.text or "")
    return None


def _validate(path: Path, text: str) -> LetterOfRequest:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise CaseFileError(
            path,
            [
                Problem(
                    _(
                        "the case data embedded in this letter is damaged. Render the letter "
                        "again from its case file."
                    )
                )
            ],
        ) from None
    try:
        return LetterOfRequest.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            cause = (item.get("ctx") or {}).get("error")
            message = str(cause) if isinstance(cause, UserText) else item["msg"]
            problems.append(Problem(message, field_path(tuple(item["loc"]))))
        raise CaseFileError(path, problems) from None
