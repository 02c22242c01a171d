"""The JSON Schema of case files, for editors (VS Code YAML, JetBrains) to validate and complete."""

from __future__ import annotations

import json
from typing import Any

from mla_writer.model import LetterOfRequest
from mla_writer.states.catalogue import instrument_rows
from mla_writer.translation.kept import model_classes, text_fields


def case_file_schema() -> str:
    schema = LetterOfRequest.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "mla-writer-case-file-v1",
        **schema,
    }
    schema["title"] = "mla-writer case file (request for mutual legal assistance)"
    schema["$defs"]["Instrument"]["properties"]["code"]["anyOf"][0] = _instrument_codes()
    _mark_translated(schema)
    return json.dumps(schema, ensure_ascii=False, indent=2)


def _instrument_codes() -> dict[str, Any]:
    """The codes an instrument may have, each with its title, place and date of signature (as an
    editor shows them while completing), so that no code has to be guessed."""
    rows = instrument_rows()
    descriptions = [
        ", ".join(part for part in (row["title"], row["place"], row["signed"]) if part)
        for row in rows
    ]
    return {
        "type": "string",
        "enum": [row["code"] for row in rows],
        "enumDescriptions": descriptions,
        "oneOf": [
            {"const": row["code"], "description": description}
            for row, description in zip(rows, descriptions, strict=True)
        ],
    }


def _mark_translated(schema: dict[str, Any]) -> None:
    """Mark `x-translatable` each field whose text `mla translate` sends to translators."""
    for model_class in model_classes(LetterOfRequest):
        definition = (
            schema if model_class is LetterOfRequest else schema["$defs"].get(model_class.__name__)
        )
        if definition is None:
            continue
        for name, kept in text_fields(model_class):
            if kept is None:
                definition["properties"][name]["x-translatable"] = True
