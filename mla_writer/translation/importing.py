"""A translator's file brought back into the case: checked against the case, merged, written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from mla_writer.casefile import parse_case, read_case_text
from mla_writer.errors import MlaError, Problem
from mla_writer.fieldpath import FieldPath
from mla_writer.i18n import UserText, _, base_language, ngettext
from mla_writer.model import LetterOfRequest
from mla_writer.model.request import TranslatedText
from mla_writer.outputs import atomic_write
from mla_writer.places import language_code
from mla_writer.suggestions import close_matches
from mla_writer.translation.exchange import read_translation_file
from mla_writer.translation.fields import (
    fingerprint,
    holds_text_kept_as_typed,
    import_mark,
    language_shown,
    set_text,
    translatable_fields,
)
from mla_writer.translation.splice import rewritten_case_text, spliced_case_text
from mla_writer.translation.units import TranslationFile, TranslationFileError, Unit
from mla_writer.validation import validation_problems

# Characters neither a Word document nor a YAML case file can hold (carriage returns are turned
# into line breaks instead): C0 and C1 controls but tab and line feed, DEL, non-characters,
# surrogates.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


@dataclass
class ImportResult:
    """What an import changed, for the user to read."""

    language: str
    added: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)
    """Imported, but translated from an earlier version of the original text."""
    not_translated: list[str] = field(default_factory=list)
    """Units without a target, or marked not final: nothing imported for them."""
    replaced_edits: list[str] = field(default_factory=list)
    """Translations edited in the case file since export, replaced with --force."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.revised)


def plan_import(
    request: LetterOfRequest,
    translation: TranslationFile,
    *,
    source: Path | str = "<translation>",
    force: bool = False,
) -> tuple[dict[str, dict[str, str]], ImportResult]:
    """Check a translation file against the case and work out the new translations of its
    language: {path: {"text", "source"}}. Raises TranslationFileError listing every problem
    (nothing is imported then)."""
    try:
        language = base_language(language_code(translation.target_language))
    except UserText as error:
        raise TranslationFileError(
            source, [Problem(_("target language: %(problem)s") % {"problem": error})]
        ) from None
    current = dict(translatable_fields(request))
    problems = _language_problems(request, translation, language)
    if current and not translation.units:
        problems.append(
            Problem(
                _(
                    "holds no text at all (no field of the case): it is not a file exported from "
                    "this case, or its content was lost. Ask the translator to send the file "
                    "again."
                )
            )
        )
    seen: set[str] = set()
    for unit in translation.units:
        problems.extend(_unit_problems(request, unit, current, seen))
        seen.add(unit.id)
    if problems:
        raise TranslationFileError(source, problems)
    planned, result, conflicts = _merged(request, translation, language, current, force)
    if conflicts:
        raise TranslationFileError(source, conflicts)
    misfits = _fit_problems(request, planned, translation.units)
    if misfits:
        raise TranslationFileError(source, misfits)
    return planned, result


def _language_problems(
    request: LetterOfRequest, translation: TranslationFile, language: str
) -> list[Problem]:
    """A file that translates into the case's own language, or from another language."""
    problems: list[Problem] = []
    original = base_language(request.language.source_language())
    if language == original:
        problems.append(
            Problem(
                _(
                    "translates into %(language)s, the language the case's free text is already "
                    "written in (language.original): it cannot be imported into this case."
                )
                % {"language": language_shown(language)}
            )
        )
    if translation.source_language:
        try:
            from_language = base_language(language_code(translation.source_language))
        except UserText:
            from_language = translation.source_language
        if from_language != original:
            problems.append(
                Problem(
                    _(
                        "translates from %(found)s, but the free text of this case is written in "
                        "%(original)s: it was not exported from this case."
                    )
                    % {"found": language_shown(from_language), "original": language_shown(original)}
                )
            )
    return problems


def _unit_problems(
    request: LetterOfRequest, unit: Unit, current: dict[str, str], seen: set[str]
) -> list[Problem]:
    """What is wrong with one unit: its field (unknown, repeated, not free text), its text."""
    problems = []
    if not unit.id:
        problems.append(
            Problem(_("a unit has no id: the field it belongs to is unknown."), line=unit.line)
        )
    elif field_problem := _field_problem(request, unit, current, seen):
        problems.append(Problem(field_problem, field=unit.id, line=unit.line))
    bad = _UNWRITABLE.search(unit.target or "")
    if bad:
        problems.append(
            Problem(
                _(
                    "the translation contains an invisible control character (%(code)s) that "
                    "a case file cannot hold; delete it in the translation tool and export "
                    "the translation again."
                )
                % {"code": f"U+{ord(bad.group()):04X}"},
                field=unit.id,
                line=unit.line,
            )
        )
    return problems


def _field_problem(
    request: LetterOfRequest, unit: Unit, current: dict[str, str], seen: set[str]
) -> str:
    """Why a unit's field cannot take a translation ("" if it can)."""
    if unit.id in seen:
        return _("the field appears twice; keep one.")
    if unit.id in current:
        return ""
    if holds_text_kept_as_typed(request, unit.id):
        return _(
            "this field is not free text: names, identifiers, addresses, codes and "
            "dates are kept as typed in every language, so it has no translation. "
            "Delete this entry, or export the case again."
        )
    suggestion = _closest(unit.id, current)
    if suggestion:
        return _("this case has no field “%(id)s”: did you mean “%(suggestion)s”?") % {
            "id": unit.id,
            "suggestion": suggestion,
        }
    return _(
        "this case has no free text in this field (it is empty, was removed, or "
        "the items were renumbered since the export). Export the case again and "
        "carry the translation over."
    )


def _merged(
    request: LetterOfRequest,
    translation: TranslationFile,
    language: str,
    current: dict[str, str],
    force: bool,
) -> tuple[dict[str, dict[str, str]], ImportResult, list[Problem]]:
    """The case's translations with the file's merged in, what changed, and the conflicts with
    translations edited in the case file since the export (replaced only with `force`)."""
    result = ImportResult(language)
    have = request.translations.get(language, {})
    planned = {
        path: {
            "text": entry.text,
            **({"source": entry.source} if entry.source else {}),
            **({"imported": entry.imported} if entry.imported else {}),
        }
        for path, entry in have.items()
    }
    conflicts: list[Problem] = []
    for unit in translation.units:
        # Line breaks as a case file holds them (a YAML file cannot keep a carriage return).
        target = (unit.target or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        if not target or not unit.ready:
            result.not_translated.append(unit.id)
            continue
        existing = have.get(unit.id)
        entry = {
            "text": target,
            "source": fingerprint(unit.source),
            "imported": import_mark(unit.previous, target),
        }
        if unit.source != current[unit.id]:
            result.outdated.append(unit.id)
        if existing is not None and existing.text == target:
            if existing.source != entry["source"]:
                planned[unit.id] = entry
                result.revised.append(unit.id)
            else:
                result.unchanged.append(unit.id)
            continue
        if _edited_since_export(existing, unit):
            if not force:
                conflicts.append(_edit_kept(unit))
                continue
            result.replaced_edits.append(unit.id)
        planned[unit.id] = entry
        (result.revised if existing is not None else result.added).append(unit.id)
    return planned, result, conflicts


def _edited_since_export(existing: TranslatedText | None, unit: Unit) -> bool:
    """Whether the case's translation changed since the export other than by an import of that
    same export (a corrected version of the file imported again replaces what the first wrote)."""
    if existing is None or unit.previous == fingerprint(existing.text):
        return False
    return existing.imported != import_mark(unit.previous, existing.text)


def _edit_kept(unit: Unit) -> Problem:
    return Problem(
        _(
            "the case file's translation of this field was edited after this file was exported "
            "(it is neither the translation the case held then nor one imported from this "
            "export), and the file's differs from it; use --force to replace it with the "
            "file's, or export the case again so that the translator starts from it."
        ),
        field=unit.id,
        line=unit.line,
    )


def _fit_problems(
    request: LetterOfRequest, planned: dict[str, dict[str, str]], units: list[Unit]
) -> list[Problem]:
    """Translations that the field they translate could not hold (a label's length limit...):
    found now, so that a letter in that language never fails to build later."""
    data = request.model_dump(mode="json")
    current = {path for path, _text in translatable_fields(request)}
    for path, entry in planned.items():
        if path in current:
            set_text(data, path, entry["text"])
    try:
        LetterOfRequest.model_validate(data)
    except ValidationError as error:
        lines = {unit.id: unit.line for unit in units}
        return [
            Problem(
                _("the translation does not fit this field: %(problem)s")
                % {"problem": problem.message},
                field=problem.field,
                line=lines.get(problem.field),
            )
            for problem in validation_problems(error, data)
        ]
    return []


def _closest(path: str, paths: Iterable[str]) -> str:
    """A field path that differs from `path` by a typo only (not by an item's number)."""

    def shape(written: str) -> str:
        parsed = FieldPath.parse_or_none(written)
        return parsed.shape() if parsed is not None else written

    for candidate in close_matches(path, paths, count=3):
        if shape(candidate) != shape(path):
            return candidate
    return ""


def import_translation(
    translation_path: Path, case_path: Path, *, force: bool = False
) -> ImportResult:
    """Put a translator's file back into the case file, keeping its comments and layout.

    The case file is written atomically, and only if something changed; it is re-read and
    validated before it replaces the old one.
    """
    translation_path, case_path = Path(translation_path), Path(case_path)
    translation = read_translation_file(translation_path)
    text = read_case_text(case_path)
    request = parse_case(text, case_path)
    planned, result = plan_import(request, translation, source=translation_path, force=force)
    if not result.changed:
        return result
    updated = next(
        (
            candidate
            for candidate in (
                spliced_case_text(text, request, result.language, planned),
                rewritten_case_text(text, request, result.language, planned),
            )
            if candidate is not None
            and _holds_exactly(parse_case(candidate, case_path), request, result.language, planned)
        ),
        None,
    )
    if updated is None:  # pragma: no cover - a bug in the YAML update: never write it
        raise RuntimeError("the updated case file would not hold exactly the planned change")

    if read_case_text(case_path) != text:
        raise MlaError(
            _(
                "%(path)s changed while the translation was being imported; nothing was written. "
                "Run the import again."
            )
            % {"path": case_path}
        )
    # A case file reached through a symbolic link is the link's target: update that file (the
    # link stays a link), with the permissions it has.
    real_path = case_path.resolve()
    mode = real_path.stat().st_mode & 0o777
    try:
        atomic_write(real_path, updated.encode("utf-8"), force=True, mode=mode)
    except OSError as error:
        raise MlaError(
            _(
                "%(path)s could not be updated (%(error)s); it was left as it was. Check that "
                "you may write in its folder, and that the disk is not full."
            )
            % {"path": case_path, "error": error.strerror or error}
        ) from None
    return result


def _holds_exactly(
    updated: LetterOfRequest,
    request: LetterOfRequest,
    language: str,
    planned: dict[str, dict[str, str]],
) -> bool:
    """Whether the updated case holds the planned translations and nothing else changed."""
    written = {
        path: {"text": entry.text, "source": entry.source}
        for path, entry in updated.translations.get(language, {}).items()
    }
    expected = {path: {"text": e["text"], "source": e.get("source")} for path, e in planned.items()}
    before = request.model_dump(exclude={"translations"})
    before["language"]["original"] = request.language.source_language()
    others = {code: texts for code, texts in request.translations.items() if code != language}
    after = {code: texts for code, texts in updated.translations.items() if code != language}
    return (
        written == expected
        and updated.model_dump(exclude={"translations"}) == before
        and others == after
    )


def import_summary(result: ImportResult, case_path: Path | str) -> str:
    """What an import did, in plain words."""
    lines = []
    if result.changed:
        lines.append(
            _(
                "%(path)s updated: %(added)s new and %(revised)s revised translation(s) into "
                "%(language)s."
            )
            % {
                "path": case_path,
                "added": len(result.added),
                "revised": len(result.revised),
                "language": result.language,
            }
        )
    elif result.not_translated and not result.unchanged:
        lines.append(
            _(
                "Nothing was imported: none of the file's %(count)s fields has a translation "
                "marked final. Is this the file the translator sent back? %(path)s was not "
                "changed."
            )
            % {"count": len(result.not_translated), "path": case_path}
        )
        return "\n".join(lines)
    else:
        lines.append(
            _("Nothing to change in %(path)s: it already holds these translations.")
            % {"path": case_path}
        )
    if result.outdated:
        lines.append(
            ngettext(
                "%(count)d translation was made from an earlier version of its original text; "
                "it is kept but marked outdated until translated again:",
                "%(count)d translations were made from an earlier version of their original "
                "text; they are kept but marked outdated until translated again:",
                len(result.outdated),
            )
            % {"count": len(result.outdated)}
        )
        lines.extend(f"  {path}" for path in result.outdated)
    if result.not_translated:
        lines.append(
            ngettext(
                "%(count)d field is not translated (or not marked final) in the file; nothing "
                "was imported for it:",
                "%(count)d fields are not translated (or not marked final) in the file; nothing "
                "was imported for them:",
                len(result.not_translated),
            )
            % {"count": len(result.not_translated)}
        )
        lines.extend(f"  {path}" for path in result.not_translated)
    if result.replaced_edits:
        lines.append(_("Translations edited in the case file and replaced (--force):"))
        lines.extend(f"  {path}" for path in result.replaced_edits)
    return "\n".join(lines)
