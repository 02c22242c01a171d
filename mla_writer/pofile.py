"""A strict reader of gettext PO files, for translations that come back from a translator.

Babel's reader is lenient where a legal text cannot afford it: it cuts the last character of a
text whose closing quotation mark is missing, decodes the file in whatever character set its
header declares (turning "é" into "Ã©"), and merges entries that appear twice. Here each of these
is a problem the user sees, with its line, and nothing is imported.

Only what `mla translate export --format po` and translation tools write is accepted: comments,
msgctxt, msgid, msgstr and their continuation lines; obsolete (`#~`) entries are skipped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from mla_writer.errors import Problem
from mla_writer.i18n import _


class PoReadError(Exception):
    """A PO file that cannot be read exactly; `problem` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class PoEntry:
    """One message of a PO file."""

    context: str | None
    id: str
    string: str
    line: int
    """The line of the entry's first keyword (msgctxt, else msgid)."""
    flags: set[str] = field(default_factory=set)
    extracted_comments: list[str] = field(default_factory=list)


@dataclass
class PoFile:
    entries: list[PoEntry]
    """Every entry but the header, in file order (repeated entries are kept, for the caller to
    report)."""
    headers: dict[str, str]
    header_line: int | None
    header_lines: dict[str, int]
    """The line of each header field (`Language` -> 12), for messages."""
    header_comments: list[str]
    """The translator comments above the header (`# ...`), without the `# `."""


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b"}
_ESCAPES |= {"f": "\f", "v": "\v"}
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)(?=[ \t\"]|$)(.*)$")
_CHARSET = re.compile(rb"charset=([^\\\"\s;]*)", re.IGNORECASE)
_BLANK = " \t\r\f"


def _unreadable(message: str, line: int | None) -> PoReadError:
    return PoReadError(Problem(message, line=line))


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


# --------------------------------------------------------------------------- bytes to text


def decode_po(data: bytes) -> str:
    """The file's text, decoded in the character set its header declares (UTF-8 if none);
    raises PoReadError for a file that is not text, or not in the charset it declares."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise _unreadable(_saved_as("UTF-32"), None)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or data[:2] in (
        b"#\x00",
        b"m\x00",
        b"\x00#",
        b"\x00m",
    ):
        raise _unreadable(_saved_as("UTF-16"), None)
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in data:
        raise _unreadable(
            _(
                "is not a text file (it holds binary data): it is not a translation, or it was "
                "damaged. Ask the translator to send the file again."
            ),
            _line_of(data, data.index(b"\x00")),
        )
    declared, declared_line = _declared_charset(data)
    codec = _codec(data, declared, declared_line)
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as error:
        raise _unreadable(
            _(
                "is not written in the character set its header declares (%(charset)s): this line "
                "holds bytes that are not %(charset)s text. Save the file as UTF-8 with "
                "“charset=UTF-8” in its header, or correct the header."
            )
            % {"charset": declared or "UTF-8"},
            _line_of(data, error.start),
        ) from None


def _codec(data: bytes, declared: str | None, declared_line: int | None) -> codecs.CodecInfo:
    """The codec of the declared character set, if it can be trusted for this file."""
    try:
        codec = codecs.lookup(declared or "utf-8")
        ascii_compatible = "msgid".encode(codec.name) == b"msgid"
    except LookupError:
        ascii_compatible = False
    if not ascii_compatible:
        raise _unreadable(
            _(
                "declares a character set that cannot be read (“%(charset)s” in its Content-Type "
                "header). Change the header to “Content-Type: text/plain; charset=UTF-8” and save "
                "the file as UTF-8."
            )
            % {"charset": declared},
            declared_line,
        )
    if codec.name != "utf-8" and not data.isascii() and _is_utf8(data):
        # Every byte is a Latin-1 (or Windows-1252...) character, so the file would "decode";
        # but valid UTF-8 with accents is never meant as Latin-1: it would import as "Ã©".
        raise _unreadable(
            _(
                "declares the character set %(charset)s but is written in UTF-8, so its accented "
                "letters would be read wrongly. Change the header to “Content-Type: text/plain; "
                "charset=UTF-8”."
            )
            % {"charset": declared},
            declared_line,
        )
    return codec


def _saved_as(encoding: str) -> str:
    return _(
        "is saved as %(encoding)s; a PO file must be saved as UTF-8. Save it again as UTF-8 in "
        "the translation tool."
    ) % {"encoding": encoding}


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared_charset(data: bytes) -> tuple[str | None, int | None]:
    """The charset in the header's Content-Type and its line; (None, None) if there is none.

    Read from the raw bytes, before the file can be decoded: the header is ASCII."""
    lines = data.split(b"\n")
    index = 0
    while index < len(lines) and (
        not lines[index].strip() or lines[index].lstrip().startswith(b"#")
    ):
        index += 1
    if index + 1 >= len(lines) or lines[index].split() != [b"msgid", b'""']:
        return None, None
    if not lines[index + 1].lstrip().startswith(b"msgstr"):
        return None, None
    for number in range(index + 1, len(lines)):
        line = lines[number]
        if number > index + 1 and not line.lstrip().startswith(b'"'):
            break
        match = _CHARSET.search(line)
        if match:
            charset = match.group(1).decode("ascii", "replace")
            if charset.upper() in ("", "CHARSET"):  # an untouched template: UTF-8 by default
                return None, None
            return charset, number + 1
    return None, None


# --------------------------------------------------------------------------- text to entries


def _quoted(text: str, line: int) -> str:
    """The value of one quoted PO string (`"..."`, escapes resolved)."""
    if not text.startswith('"'):
        raise _unreadable(
            _(
                "is not a readable PO file: a keyword on this line is not followed by a text in "
                "quotes. Correct the line or export the file again from the translation tool."
            ),
            line,
        )
    value: list[str] = []
    position = 1
    while position < len(text):
        character = text[position]
        if character == "\\":
            escape = text[position + 1 : position + 2]
            if escape not in _ESCAPES:
                if not escape:
                    break  # a backslash at the end of the line: the quote is missing
                raise _unreadable(
                    _(
                        "is not a readable PO file: “%(escape)s” on this line is not an escape a "
                        'PO file can hold (\\n, \\t, \\" and \\\\ are). Correct the line or '
                        "export the file again from the translation tool."
                    )
                    % {"escape": "\\" + escape},
                    line,
                )
            value.append(_ESCAPES[escape])
            position += 2
            continue
        if character == '"':
            if text[position + 1 :].strip(_BLANK):
                raise _unreadable(
                    _(
                        "is not a readable PO file: there is more text after the closing "
                        "quotation mark on this line; a quotation mark inside a text must be "
                        'written \\". Correct the line or export the file again from the '
                        "translation tool."
                    ),
                    line,
                )
            return "".join(value)
        value.append(character)
        position += 1
    raise _unreadable(
        _(
            "is not a readable PO file: the text in quotes on this line has no closing quotation "
            'mark, so its end may be missing. Add the closing quotation mark (") or export the '
            "file again from the translation tool."
        ),
        line,
    )


@dataclass
class _Draft:
    """An entry being read."""

    comments: list[tuple[str, str]] = field(default_factory=list)
    parts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    """Per keyword, its strings (the keyword's and its continuation lines') with their lines."""
    last: str = ""

    def started(self) -> bool:
        return bool(self.parts)


def parse_po_text(text: str) -> PoFile:
    """Read a decoded PO file strictly; raise PoReadError at the first malformed line."""
    reader = _Reader()
    # Lines end at line feeds only: NEXT LINE and the Unicode separators are text.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip(_BLANK)
        if not line:
            continue
        if line.startswith("#"):
            reader.comment(line, number)
        elif line.startswith('"'):
            reader.continuation(line, number)
        else:
            reader.keyword(line, number)
    reader.finish()
    return PoFile(
        reader.entries,
        reader.headers,
        reader.header_line,
        reader.header_lines,
        reader.header_comments,
    )


class _Reader:
    """The entries of a PO file, read line by line."""

    def __init__(self) -> None:
        self.entries: list[PoEntry] = []
        self.headers: dict[str, str] = {}
        self.header_line: int | None = None
        self.header_lines: dict[str, int] = {}
        self.header_comments: list[str] = []
        self.draft = _Draft()

    def comment(self, line: str, number: int) -> None:
        draft = self.draft
        if draft.started():
            if "msgstr" not in draft.parts:
                raise _unreadable(_out_of_place(), number)
            self.finish()
        if not line.startswith("#~"):  # an obsolete entry: not part of the translation
            kind = line[1:2] if line[1:2] in (",", ".", ":", "|") else " "
            self.draft.comments.append((kind, line[2:] if kind != " " else line[1:]))

    def continuation(self, line: str, number: int) -> None:
        if not self.draft.last:
            raise _unreadable(
                _(
                    "is not a readable PO file: the text in quotes on this line belongs to "
                    "no msgid or msgstr. Correct the line or export the file again from the "
                    "translation tool."
                ),
                number,
            )
        self.draft.parts[self.draft.last].append((_quoted(line, number), number))

    def keyword(self, line: str, number: int) -> None:
        match = _KEYWORD.match(line)
        if match is None:
            raise _unreadable(
                _(
                    "is not a readable PO file: this line is neither a comment, nor a keyword "
                    "(msgctxt, msgid, msgstr), nor a text in quotes. Correct the line or export "
                    "the file again from the translation tool."
                ),
                number,
            )
        keyword, rest = match.group(1), match.group(2).strip(_BLANK)
        if keyword == "msgid_plural" or keyword.startswith("msgstr["):
            raise _unreadable(
                _(
                    "holds a plural entry (%(keyword)s), which files written by `mla translate "
                    "export` never have: it is not the translation of a case file."
                )
                % {"keyword": keyword},
                number,
            )
        if "msgstr" in self.draft.parts and keyword in ("msgctxt", "msgid"):
            self.finish()
        parts = self.draft.parts
        allowed = {
            "msgctxt": not parts,
            "msgid": "msgid" not in parts,
            "msgstr": "msgid" in parts and "msgstr" not in parts,
        }
        if not allowed[keyword]:
            if keyword == "msgstr" and "msgid" not in parts:
                raise _unreadable(_no_msgid(), number)
            raise _unreadable(_out_of_place(), number)
        parts[keyword] = [(_quoted(rest, number), number)]
        self.draft.last = keyword

    def finish(self) -> None:
        """End the entry being read: keep it (or read it as the header), start the next."""
        draft, self.draft = self.draft, _Draft()
        if not draft.started():
            return
        first_line = min(parts[0][1] for parts in draft.parts.values())
        if "msgid" not in draft.parts:
            raise _unreadable(_no_msgid(), first_line)
        if "msgstr" not in draft.parts:
            raise _unreadable(
                _(
                    "is not a readable PO file: the entry that starts on this line has no "
                    "msgstr. Correct the entry or export the file again from the translation "
                    "tool."
                ),
                first_line,
            )
        values = {
            keyword: "".join(text for text, _line in parts)
            for keyword, parts in draft.parts.items()
        }
        if values["msgid"] == "" and "msgctxt" not in values:
            self._header(draft, values["msgstr"], first_line)
            return
        self.entries.append(
            PoEntry(
                context=values.get("msgctxt"),
                id=values["msgid"],
                string=values["msgstr"],
                line=first_line,
                flags={
                    flag.strip()
                    for kind, comment in draft.comments
                    if kind == ","
                    for flag in comment.split(",")
                    if flag.strip()
                },
                extracted_comments=[
                    comment.strip() for kind, comment in draft.comments if kind == "."
                ],
            )
        )

    def _header(self, draft: _Draft, text: str, first_line: int) -> None:
        if self.header_line is not None:
            raise _unreadable(
                _(
                    "holds a second header (an entry with an empty msgid and no msgctxt); "
                    "a PO file has one. Delete one of them."
                ),
                first_line,
            )
        self.header_line = first_line
        self.header_comments = [comment.strip() for kind, comment in draft.comments if kind == " "]
        # A header field may be split over several quoted strings: read the whole text,
        # and give each field the line its first string is on.
        starts, offset = [], 0
        for part, line in draft.parts["msgstr"]:
            starts.append((offset, line))
            offset += len(part)
        offset = 0
        for header in text.split("\n"):
            name, colon, value = header.partition(":")
            if colon:
                self.headers[name.strip()] = value.strip()
                self.header_lines[name.strip()] = max(
                    (line for start, line in starts if start <= offset), default=first_line
                )
            offset += len(header) + 1


def _no_msgid() -> str:
    return _(
        "is not a readable PO file: the entry on this line has no msgid. Correct the entry or "
        "export the file again from the translation tool."
    )


def _out_of_place() -> str:
    return _(
        "is not a readable PO file: this line is out of place (an entry is its comments, then "
        "msgctxt, msgid and msgstr, in that order, each once). Correct the entry or export the "
        "file again from the translation tool."
    )


def read_po(data: bytes) -> PoFile:
    """Decode and read a PO file strictly; raise PoReadError with the line of the problem."""
    return parse_po_text(decode_po(data))
