"""The JSON Schema of case files, for editors (VS Code YAML, JetBrains) to validate and complete."""

from __future__ import annotations

import json

from mla_writer.model import LetterOfRequest


def case_file_schema() -> str:
    schema = LetterOfRequest.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "mla-writer-case-file-v1",
        **schema,
    }
    schema["title"] = "mla-writer case file (request for mutual legal assistance)"
    return json.dumps(schema, ensure_ascii=False, indent=2)
