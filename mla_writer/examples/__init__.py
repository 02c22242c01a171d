"""The bundled example cases (invented persons, accounts and case numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from mla_writer.errors import MlaError
from mla_writer.i18n import _

_PACKAGE = "mla_writer.examples"


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    complete: bool


def _files() -> dict[str, str]:
    folder = resources.files(_PACKAGE)
    return {
        entry.name.removesuffix(".yaml"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    }


def _header(text: str, key: str) -> str:
    """Example files start with comment lines `# example-summary: ...`, `# example-complete: ...`."""
    prefix = f"# example-{key}:"
    for line in text.splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    return ""


def list_examples() -> list[Example]:
    return sorted(
        (
            Example(name, _header(text, "summary"), _header(text, "complete") == "yes")
            for name, text in _files().items()
        ),
        key=lambda e: (not e.complete, e.name),
    )


def example_text(name: str) -> str:
    files = _files()
    if name not in files:
        raise MlaError(
            _("There is no example called “%(name)s”. The examples are: %(names)s.")
            % {"name": name, "names": ", ".join(sorted(files))}
        )
    return files[name]
