"""The summary of the facts (point 7), as the user wrote it, paragraph by paragraph."""

from __future__ import annotations

from mla_writer.model.kinds.service_of_documents import ServiceOfDocuments
from mla_writer.render.formatting import paragraphs
from mla_writer.render.sections.shared import Letter


def write_facts(letter: Letter) -> None:
    request = letter.request
    letter.heading("facts")
    summary = request.facts.summary if request.facts else None
    if summary:
        for text in paragraphs(summary):
            letter.numbered(text)
    elif request.assistance and all(
        isinstance(item, ServiceOfDocuments) for item in request.assistance
    ):
        letter.numbered(
            letter.t(
                "No summary of the facts is given: the request concerns the service of documents only."
            )
        )
    letter.placeholders(letter.missing.for_part("facts"))
