"""The application layer: each door into mla-writer (the CLI, the batch, the wizard) takes the
same one-way path through it:

    file or answers -> request model -> context and findings (once) -> localized request -> letter

One function per use case; none of them prints (the callers show the results):
- `check_file(path, profile_dirs)` -> `CheckedFile(report, kind)`: `mla check` on a case file,
  a letter made by mla-writer or someone else's letter;
- `check_many(paths, profile_dirs)` -> `CheckedInputs` (one `InputCheck` per file, folders
  expanded, an unreadable file recorded with its message): `mla check` on several files;
- `assess(request, profile_dirs)` -> `Assessment(request, context, report)`: the checklist, once;
- `render_file(path, output, LetterOptions(...), profile_dirs)` -> `RenderedLetter`: `mla render`
  and each case of `mla batch` (final, draft or bilingual);
- `write_letter(assessment, output, options)`: the letter of an assessed request (`mla new`);
- `export_case_text` / `import_case_translation`: `mla translate export` / `import`.

The use cases that write (letters, translations) are imported the first time one is asked for
(`__getattr__`): `mla check` needs neither the renderer's nor the translation files' modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from mla_writer.app.assessment import (
    Assessment,
    ProfileDirs,
    assess,
    cited_codes,
    context_for,
    state_reminders,
    with_reminders,
)
from mla_writer.app.check import CheckedFile, check_file
from mla_writer.app.check_many import CheckedInputs, InputCheck, check_many, several
from mla_writer.app.sources import SourceKind, load_request, written_by_others

if TYPE_CHECKING:
    from mla_writer.app.letters import LetterOptions, RenderedLetter, render_file, write_letter
    from mla_writer.app.translations import (
        ExportedTranslation,
        export_case_text,
        import_case_translation,
    )

_ON_DEMAND = {
    "LetterOptions": "mla_writer.app.letters",
    "RenderedLetter": "mla_writer.app.letters",
    "render_file": "mla_writer.app.letters",
    "write_letter": "mla_writer.app.letters",
    "ExportedTranslation": "mla_writer.app.translations",
    "export_case_text": "mla_writer.app.translations",
    "import_case_translation": "mla_writer.app.translations",
}


def __getattr__(name: str) -> Any:
    """A use case that writes, imported when first asked for."""
    if name not in _ON_DEMAND:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_ON_DEMAND[name]), name)


__all__ = [
    "Assessment",
    "CheckedFile",
    "CheckedInputs",
    "ExportedTranslation",
    "InputCheck",
    "LetterOptions",
    "ProfileDirs",
    "RenderedLetter",
    "SourceKind",
    "assess",
    "check_file",
    "check_many",
    "cited_codes",
    "context_for",
    "export_case_text",
    "import_case_translation",
    "load_request",
    "render_file",
    "several",
    "state_reminders",
    "with_reminders",
    "write_letter",
    "written_by_others",
]
