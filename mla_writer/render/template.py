"""Base and office templates: loaded once, copied per letter, completed with our named styles."""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle

from mla_writer.errors import MlaError
from mla_writer.i18n import _
from mla_writer.templates.make_base import BASE_TEMPLATE, LETTER_STYLES


class TemplateError(MlaError):
    """A --template file that cannot serve as a letter template."""


@dataclass(frozen=True)
class LoadedTemplate:
    blob: bytes
    style_ids: dict[str, str]
    """Style name (as python-docx names it) -> styleId in this template."""


@cache
def _base_blob() -> bytes:
    return BASE_TEMPLATE.read_bytes()


@cache
def _base_style_elements() -> dict[str, object]:
    document = docx.Document(io.BytesIO(_base_blob()))
    return {style.name: style.element for style in document.styles if style.name}


def _style_ids(document: Document) -> dict[str, str]:
    return {style.name: style.style_id for style in document.styles if style.name}


def _complete_styles(document: Document) -> None:
    """Copy from the base template every letter style the office template lacks."""
    present = {style.name for style in document.styles}
    styles_element = document.styles.element
    for name, element in _base_style_elements().items():
        if name in LETTER_STYLES and name not in present:
            styles_element.append(copy.deepcopy(element))


def _empty_body(document: Document) -> None:
    """Keep the template's page setup, headers and footers; drop any sample text."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


@cache
def _office_template(path: Path, mtime_ns: int) -> LoadedTemplate:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise TemplateError(
            _(
                "%(path)s cannot be used as a letter template (%(error)s). Give a Word document "
                "(.docx) or Word template saved as .docx."
            )
            % {"path": path, "error": type(error).__name__}
        ) from None
    _complete_styles(document)
    _empty_body(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return LoadedTemplate(buffer.getvalue(), _style_ids(document))


@cache
def _base_template() -> LoadedTemplate:
    blob = _base_blob()
    return LoadedTemplate(blob, _style_ids(docx.Document(io.BytesIO(blob))))


def load_template(path: Path | None) -> LoadedTemplate:
    """The template a letter starts from: the base one, or an office letterhead."""
    if path is None:
        return _base_template()
    path = Path(path)
    if not path.is_file():
        raise TemplateError(
            _("The template %(path)s does not exist; check the name and folder.") % {"path": path}
        )
    return _office_template(path.resolve(), path.stat().st_mtime_ns)


def new_document(template: LoadedTemplate) -> Document:
    """A fresh document from the template's bytes (parsing the lean template costs ~1 ms)."""
    return docx.Document(io.BytesIO(template.blob))


def style_of(document: Document, name: str) -> BaseStyle:
    return document.styles[name]
