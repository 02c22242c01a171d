"""What the letter says about itself: its document properties (title, language, author, date),
its default language and fonts, and the whole case embedded for `mla check` and re-rendering."""

from __future__ import annotations

import datetime as dt

import mla_writer.render.ooxml as ooxml
from mla_writer import __version__
from mla_writer.render.embedded import CASE_NAMESPACE, case_xml, item_id
from mla_writer.render.sections.shared import Letter
from mla_writer.translation.localize import unmarked


def set_properties(letter: Letter) -> None:
    """Core properties, the document's default language and the script's fonts."""
    request, t = letter.request, letter.t
    document, script = letter.layout.document, letter.layout.script
    properties = document.core_properties
    properties.title = _property(letter.subject())
    ident = request.identification
    subject = ident.proceedings.subject if ident and ident.proceedings else None
    properties.subject = _property(subject or request.reference or "")
    properties.language = letter.fmt.tag
    properties.author = _property((request.signatory.name if request.signatory else None) or "")
    properties.last_modified_by = properties.author
    properties.keywords = t("mutual legal assistance; letter of request")
    properties.category = t("Request for mutual legal assistance")
    properties.comments = f"mla-writer {__version__}" + (" (draft)" if letter.draft else "")
    properties.identifier = _property(request.reference or "")
    moment = dt.datetime.combine(letter.date, dt.time(12, 0), tzinfo=dt.UTC)
    properties.created = properties.modified = moment
    properties.revision = 1
    ooxml.set_default_language(document, letter.fmt.tag, script.latin_tag)
    ooxml.set_script_defaults(document, script)


def embed_case(letter: Letter) -> None:
    """The whole case, with the letter's date and language, for `mla check` and re-rendering."""
    request = letter.request
    stored = request.model_copy(
        update={
            "date": letter.date,
            "language": request.language.model_copy(update={"letter": letter.fmt.language}),
        }
    )
    xml = unmarked(case_xml(stored, f"mla-writer {__version__}").decode("utf-8")).encode("utf-8")
    ooxml.add_custom_xml_part(letter.layout.document, xml, item_id(xml), CASE_NAMESPACE)


def _property(text: str) -> str:
    """A document property: Word (and python-docx) take at most 255 characters; the letter
    itself keeps the full text."""
    text = unmarked(text)
    return text if len(text) <= 255 else text[:254] + "…"
