"""The request model (pydantic v2): what a case file may contain."""

from mla_writer.model.kinds import ASSISTANCE_TYPES, AssistanceItem
from mla_writer.model.persons import Person, Role
from mla_writer.model.request import SCHEMA_VERSION, LetterOfRequest

__all__ = [
    "ASSISTANCE_TYPES",
    "SCHEMA_VERSION",
    "AssistanceItem",
    "LetterOfRequest",
    "Person",
    "Role",
]
