"""The translations written into the case file's YAML, every other line kept as the user wrote it."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from mla_writer.i18n import N_, UserText, _, base_language
from mla_writer.model import LetterOfRequest
from mla_writer.places import language_code
from mla_writer.roundtrip import round_trip_yaml
from mla_writer.translation.fields import translatable_fields

_TRANSLATIONS_COMMENT = N_(
    "The free text in other languages, by field (mla translate import). `source` is a\n"
    "fingerprint of the original text a translation was made from; `imported`, of the text as\n"
    "imported and of the export it came from."
)


def rewritten_case_text(
    text: str, request: LetterOfRequest, language: str, planned: dict[str, dict[str, str]]
) -> str:
    """The case file's text with `translations.<language>` set to `planned` and
    `language.original` stated, everything else (comments, order, quoting) kept."""
    yaml, data = round_trip_yaml(text)
    if not isinstance(data.get("language"), dict):
        data["language"] = CommentedMap()
    # Pin the original language: if the letter's language is changed later, the free text's
    # language must not change with it.
    point = data["language"]
    if not point.get("original"):
        keys = list(point)
        after = keys.index("letter") + 1 if "letter" in keys else 0
        point.insert(after, "original", request.language.source_language())
    _update_translations(data, request, language, planned)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def _update_translations(
    data: Any,
    request: LetterOfRequest,
    language: str,
    planned: dict[str, dict[str, str]],
    *,
    comment: bool = True,
) -> None:
    """Set `translations.<language>` in ruamel round-trip data, in place, in field order."""
    if not isinstance(data.get("translations"), dict):
        data["translations"] = CommentedMap()
        if comment:
            data.yaml_set_comment_before_after_key(
                "translations", before="\n" + _(_TRANSLATIONS_COMMENT)
            )
    block = data["translations"]
    key = next((k for k in block if _same_language(str(k), language)), language)
    if not isinstance(block.get(key), dict):
        block[key] = CommentedMap()
    texts = block[key]
    order = {path: index for index, (path, _text) in enumerate(translatable_fields(request))}
    for path, entry in planned.items():
        value = CommentedMap()
        value["text"] = _yaml_text(entry["text"])
        if entry.get("source"):
            value["source"] = entry["source"]
        if entry.get("imported"):
            value["imported"] = entry["imported"]
        if path in texts:
            if _same_entry(texts[path], entry):
                continue
            texts[path] = value
            continue
        position = next(
            (
                index
                for index, key in enumerate(texts)
                if order.get(str(key), len(order)) > order.get(path, len(order))
            ),
            len(texts),
        )
        texts.insert(position, path, value)


def _yaml_text(text: str) -> Any:
    """Text as YAML should write it: line breaks as a block; NEXT LINE and the Unicode line and
    paragraph separators in double quotes, the only style in which a reader keeps them as typed."""
    if any(character in text for character in "\x85\u2028\u2029"):
        return DoubleQuotedScalarString(text)
    return LiteralScalarString(text) if "\n" in text else text


def spliced_case_text(
    text: str, request: LetterOfRequest, language: str, planned: dict[str, dict[str, str]]
) -> str | None:
    """The case file's text with only its `translations` block rewritten and a line for
    `language.original` added; every other line is left exactly as it was. None where the file's
    shape does not allow it (flow style); the caller then rewrites the whole file."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(text)
    if not isinstance(data, CommentedMap) or data.fa.flow_style():
        return None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    keys = list(data)
    original = _original_stated(data, request.language.source_language())
    if original is None:
        return None
    appended_language, insert_original = original
    if "translations" in data:
        translations = data["translations"]
        if not isinstance(translations, CommentedMap) or translations.fa.flow_style():
            return None
        start = data.lc.key("translations")[0]
        later = [data.lc.key(key)[0] for key in keys if data.lc.key(key)[0] > start]
        end = min(later) if later else len(lines)
        new_block = False
    else:
        start = end = len(lines)
        new_block = True
    document = CommentedMap()
    if not new_block:
        document["translations"] = data["translations"]
    _update_translations(document, request, language, planned, comment=False)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    rewritten = buffer.getvalue()
    if new_block:
        comment = "".join(f"# {line}\n" for line in _(_TRANSLATIONS_COMMENT).splitlines())
        blank = "" if not lines or lines[-1].strip() == "" else "\n"
        rewritten = appended_language + blank + comment + rewritten
    elif appended_language:
        rewritten = appended_language + rewritten
    lines[start:end] = [rewritten]
    if insert_original is not None:
        line, content = insert_original
        if line >= start and not new_block:  # pragma: no cover - language is never inside it
            return None
        lines.insert(line, content)
    return "".join(lines)


def _original_stated(data: CommentedMap, code: str) -> tuple[str, tuple[int, str] | None] | None:
    """How to state `language.original` in the file: a `language` block to add, or a line to
    insert (line index, text); ("", None) when it is stated, None when the file's shape does
    not allow a line to be inserted."""
    point = data.get("language")
    if "language" not in data:
        return f"language:\n  original: {code}\n", None
    if "original" not in (point or {}):
        if not isinstance(point, CommentedMap) or not point or point.fa.flow_style():
            return None
        first = next(iter(point))
        line, column = point.lc.key(first)
        return "", (line, " " * column + f"original: {code}\n")
    if not isinstance(point, dict) or not point.get("original"):
        return None
    return "", None


def _same_language(written: str, code: str) -> bool:
    """Whether a language as written in the case file (code or English name) is `code`."""
    try:
        return base_language(language_code(written)) == code
    except UserText:
        return False


def _same_entry(stored: Any, entry: dict[str, str]) -> bool:
    if isinstance(stored, str):
        return stored.strip() == entry["text"] and not entry.get("source")
    if isinstance(stored, dict):
        return (
            str(stored.get("text", "")).strip() == entry["text"]
            and stored.get("source") == entry.get("source")
            and stored.get("imported") == entry.get("imported")
        )
    return False
