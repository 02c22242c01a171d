"""How serious a finding is: `error` means the request cannot go out; `warning` that it probably
should not. A leaf module, so that the request kinds' specs can name severities without importing
the checklist."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
