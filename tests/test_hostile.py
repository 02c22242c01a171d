"""Hostile input and a hostile environment: a plain error, exit 2, and nothing lost or replaced.

Each case runs the real `mla` command and asserts its exit code, a fragment of its one-paragraph
message, that no traceback and no "internal error" appears, and that the files around it are
exactly as they were (nothing written, replaced or left behind). Exit 3 is for real bugs only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mla_writer.examples import example_text
from tests.conftest import ROOT, run_mla

LETTER = (ROOT / "tests" / "foreign_letters" / "en01_numbered_complete.txt").read_text("utf-8")


def _snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry below `folder`: bytes for files, the target for links, "dir" for folders."""
    entries: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            entries[key] = "-> " + os.readlink(path)
        elif path.is_dir():
            entries[key] = "dir"
        elif path.is_file():
            entries[key] = path.read_bytes()
        else:
            entries[key] = "special"
    return entries


@dataclass(frozen=True)
class Hostile:
    story: str
    setup: Callable[[Path], list[str]]  # makes the files, returns the command's arguments
    says: str  # a fragment of the message
    code: int = 2
    env: dict[str, str] = field(default_factory=dict)
    changes: bool = False  # the command is expected to write something (checked apart)


def _case(folder: Path, name: str = "case.yaml", text: str | None = None) -> Path:
    path = folder / name
    path.write_text(text if text is not None else example_text("trafficking"), encoding="utf-8")
    return path


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _letter(folder: Path, text: str, name: str = "letter.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


CASES = [
    # Inputs that are not regular files must never be opened (a FIFO blocks, a device never ends).
    Hostile(
        "check_a_fifo_named_like_a_case_file",
        lambda d: ["check", str(_fifo(d, "b.yaml"))],
        "not an ordinary file",
    ),
    Hostile(
        "check_a_link_to_dev_zero_named_like_a_case_file",
        lambda d: ["check", str(_link(d, "z.yaml", "/dev/zero"))],
        "not an ordinary file",
    ),
    Hostile(
        "check_a_link_to_dev_zero_named_like_a_letter",
        lambda d: ["check", str(_link(d, "z.txt", "/dev/zero"))],
        "not an ordinary file",
    ),
    Hostile(
        "check_a_fifo_named_like_a_letter",
        lambda d: ["check", str(_fifo(d, "letter.pdf"))],
        "not an ordinary file",
    ),
    Hostile(
        "check_a_folder_named_like_a_case_file",
        lambda d: ["check", str(_folder(d, "case.yaml"))],
        "is a folder",
    ),
    Hostile(
        "render_a_fifo",
        lambda d: ["render", str(_fifo(d, "case.yaml")), "-o", str(d / "out.docx")],
        "not an ordinary file",
    ),
    Hostile(
        "validate_a_profiles_folder_holding_a_fifo",
        lambda d: ["states", "validate", str(_with_fifo(d / "states", "tr.yaml"))],
        "not an ordinary file",
    ),
    Hostile(
        "check_with_a_profiles_folder_holding_a_fifo",
        lambda d: ["check", str(_case(d)), "--profiles", str(_with_fifo(d / "states", "tr.yaml"))],
        "not an ordinary file",
    ),
    # The environment says no.
    Hostile(
        "render_into_a_folder_the_user_may_not_write",
        lambda d: ["render", str(_case(d)), "-o", "/sys/mla-writer-test.docx"],
        "permission denied",
    ),
    Hostile(
        "batch_report_where_nothing_may_be_written",
        lambda d: ["batch", str(_case(d)), "-o", str(d / "out"), "--report", "/sys/report.csv"],
        "cannot be written",
    ),
    Hostile(
        "render_onto_an_existing_folder_even_with_force",
        lambda d: ["render", str(_case(d)), "-o", str(_folder(d, "letters.docx")), "--force"],
        "is a folder",
    ),
    Hostile(
        "render_onto_a_dangling_link_without_force",
        lambda d: ["render", str(_case(d)), "-o", str(_link(d, "out.docx", str(d / "gone.docx")))],
        "already exists",
    ),
    Hostile(
        "render_a_case_file_onto_itself_with_force",
        lambda d: ["render", str(_case(d)), "-o", str(d / "case.yaml"), "--force"],
        "is the file being rendered",
    ),
    Hostile(
        "render_where_a_path_component_is_a_file",
        lambda d: ["render", str(_case(d)), "-o", str(_case(d, "notes.txt", "x") / "out.docx")],
        "not a folder",
    ),
    Hostile(
        "today_set_to_a_word",
        lambda d: ["check", str(_case(d))],
        "MLA_TODAY",
        env={"MLA_TODAY": "yesterday"},
    ),
    Hostile(
        "today_set_to_an_impossible_date",
        lambda d: ["render", str(_case(d)), "-o", str(d / "out.docx")],
        "YYYY-MM-DD",
        env={"MLA_TODAY": "2026-13-45"},
    ),
    Hostile(
        "batch_with_today_set_to_a_word",
        lambda d: ["batch", str(_case(d)), "-o", str(d / "letters")],
        "MLA_TODAY",
        env={"MLA_TODAY": "yesterday"},
    ),
    Hostile(
        "a_user_profile_nested_thousands_deep",
        lambda d: ["profile"],
        "nested too deeply",
        env={"MLA_CONFIG_DIR": "{d}/deep"},
    ),
    Hostile(
        "profile_folder_is_a_file",
        lambda d: ["profile"],
        "it is a file",
        env={"MLA_CONFIG_DIR": "{d}/cfg"},
    ),
    Hostile(
        "profile_names_a_profiles_folder_that_does_not_exist",
        lambda d: ["check", str(_case(d))],
        "profiles_dirs names",
        env={"MLA_CONFIG_DIR": "{d}/config"},
    ),
    # Files that are not what they say.
    Hostile(
        "render_a_word_letter_someone_else_wrote",
        lambda d: ["render", str(_plain_docx(d / "theirs.docx"))],
        "not made by mla-writer",
    ),
    Hostile(
        "render_a_pdf",
        lambda d: ["render", str(_write(d / "theirs.pdf", b"%PDF-1.4\n%%EOF\n"))],
        "not made by mla-writer",
    ),
    Hostile(
        "check_an_aes_encrypted_pdf_with_a_password",
        lambda d: ["check", str(_locked(ROOT / "tests" / "hostile" / "aes-256-encrypted.pdf", d))],
        "this PDF is encrypted with a password",
    ),
    Hostile(
        "an_unclosed_quote_is_shown_where_it_opens",
        lambda d: ["check", str(_case(d, text='reference: "PG-2026/0417\nrequested_state: TR\n'))],
        "case.yaml:1:12: a quotation mark opened here is never closed",
    ),
    Hostile(
        "a_letter_of_two_hundred_thousand_paragraphs",
        lambda d: ["check", str(_many_paragraphs(d / "huge.docx"))],
        "too large to check",
    ),
    Hostile(
        "a_text_letter_of_a_hundred_thousand_lines",
        lambda d: ["check", str(_letter(d, "Line of text.\n\n" * 100_000))],
        "too large to check",
    ),
]


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    target.write_bytes(source.read_bytes())
    return target


def _locked(source: Path, folder: Path) -> Path:
    """A copy of an AES-encrypted PDF that needs a password to be read."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    target = folder / "locked.pdf"
    with target.open("wb") as file:
        writer.write(file)
    return target


def _link(folder: Path, name: str, target: str) -> Path:
    path = folder / name
    path.symlink_to(target)
    return path


def _folder(folder: Path, name: str) -> Path:
    path = folder / name
    path.mkdir()
    return path


def _with_fifo(folder: Path, name: str) -> Path:
    folder.mkdir()
    os.mkfifo(folder / name)
    return folder


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _plain_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for paragraph in LETTER.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _many_paragraphs(path: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    body = document.element.body
    for _ in range(200_000):
        paragraph, run, text = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "x"
        run.append(text)
        paragraph.append(run)
        body.append(paragraph)
    document.save(str(path))
    return path


def _prepare_environment(case: Hostile, folder: Path) -> dict[str, str]:
    env = {key: value.replace("{d}", str(folder)) for key, value in case.env.items()}
    if case.story == "a_user_profile_nested_thousands_deep":
        (folder / "deep").mkdir()
        (folder / "deep" / "profile.yaml").write_text(
            "profiles_dirs: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8"
        )
    if case.story == "profile_folder_is_a_file":
        (folder / "cfg").write_text("I am a file\n", encoding="utf-8")
    if case.story == "profile_names_a_profiles_folder_that_does_not_exist":
        (folder / "config").mkdir()
        (folder / "config" / "profile.yaml").write_text(
            f"profile_version: 1\nprofiles_dirs: ['{folder}/no-such-folder']\n", encoding="utf-8"
        )
    return env


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.story)
def test_hostile_input_gets_a_plain_error_and_changes_nothing(
    case: Hostile, tmp_path: Path
) -> None:
    arguments = case.setup(tmp_path)
    env = _prepare_environment(case, tmp_path)
    before = _snapshot(tmp_path)
    result = run_mla(*arguments, cwd=tmp_path, env=env)
    assert result.returncode == case.code, result.stdout + result.stderr
    message = " ".join((result.stderr + result.stdout).split())
    assert case.says in message, message
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert _snapshot(tmp_path) == before


def test_render_onto_a_link_with_force_replaces_its_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    target = tmp_path / "letters" / "old.docx"
    target.parent.mkdir()
    target.write_bytes(b"an older letter")
    link = tmp_path / "latest.docx"
    link.symlink_to(target)
    result = run_mla("render", _case(tmp_path), "-o", link, "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes().startswith(b"PK")  # the new letter, written through the link


def test_a_title_longer_than_word_allows_renders_and_check_agrees(tmp_path: Path) -> None:
    text = example_text("trafficking").replace(
        "reference: PG-2026/0417/MLA-3", "reference: PG-2026/0417/MLA-3-" + "X" * 300
    )
    case = _case(tmp_path, text=text)
    assert run_mla("check", case, cwd=tmp_path).returncode == 0
    result = run_mla("render", case, "-o", tmp_path / "out.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(tmp_path / "out.docx"))
    assert len(document.core_properties.identifier) == 255
    text = "".join(node.text or "" for node in document.element.iter(qn("w:t")))
    assert "X" * 300 in text  # the letter itself keeps the whole reference


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mRED\x1b[0m \u202egpj.exe\x01"


def test_escape_sequences_in_a_letter_are_shown_not_obeyed_through_a_pipe(tmp_path: Path) -> None:
    letter = _letter(
        tmp_path,
        LETTER.replace("Nothing else was agreed.", "Nothing else was agreed " + ESCAPES + ".", 1),
    )
    for arguments in (["check", letter], ["check", letter, "--reply"]):
        result = run_mla(*arguments, cwd=tmp_path)
        assert result.returncode in (0, 1), result.stderr
        for hidden in ("\x1b", "\x07", "\x00", "\x01", "\u202e"):
            assert hidden not in result.stdout + result.stderr
    assert "\\u202e" in run_mla("check", letter, cwd=tmp_path).stdout


def test_escape_sequences_are_shown_not_obeyed_in_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    letter = _letter(
        tmp_path,
        LETTER.replace("Nothing else was agreed.", "Nothing else was agreed " + ESCAPES + ".", 1),
    )
    child = pexpect.spawn(
        sys.executable,
        ["-m", "mla_writer", "check", str(letter)],
        cwd=str(ROOT),
        env={**os.environ, "LANG": "C.UTF-8", "TERM": "xterm"},
        encoding="utf-8",
        timeout=60,
    )
    output = child.read()
    child.close()
    for hidden in ("\x1b]0;owned", "\x1b[2J", "\u202e"):
        assert hidden not in output
    assert "\\u001b]0;owned" in output


def test_a_control_character_in_a_field_name_is_shown_escaped(tmp_path: Path) -> None:
    case = _case(tmp_path, text=example_text("trafficking") + "refer\x01ence_note: x\n")
    result = run_mla("check", case, cwd=tmp_path)
    assert result.returncode == 2
    assert "\x01" not in result.stderr


def test_sigint_and_sigterm_never_leave_a_half_written_letter(tmp_path: Path) -> None:
    """A killed render leaves the old letter or the new one, never a temporary file."""
    case = _case(tmp_path)
    output = tmp_path / "letter.docx"
    output.write_bytes(b"the letter of yesterday")
    for sig in (signal.SIGINT, signal.SIGTERM):
        process = subprocess.Popen(
            [sys.executable, "-m", "mla_writer", "render", str(case), "-o", str(output), "--force"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            process.wait(timeout=0.4)
        except subprocess.TimeoutExpired:
            process.send_signal(sig)
            process.wait(timeout=60)
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["case.yaml", "letter.docx"], names
        data = output.read_bytes()
        assert data == b"the letter of yesterday" or data.startswith(b"PK")


def test_a_full_disk_is_a_plain_error_and_the_old_letter_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ENOSPC while writing: exit 2, one sentence naming the file, the old letter untouched."""
    from mla_writer import cli

    case = _case(tmp_path)
    output = tmp_path / "letter.docx"
    output.write_bytes(b"the letter of yesterday")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    monkeypatch.setattr(sys, "argv", ["mla", "render", str(case), "-o", str(output), "--force"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    message = " ".join(capsys.readouterr().err.split())
    assert f"{output}: the disk is full" in message and "internal error" not in message
    assert output.read_bytes() == b"the letter of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml", "letter.docx"]


def test_batch_file_names_drop_bidi_overrides(tmp_path: Path) -> None:
    text = example_text("trafficking").replace(
        "reference: PG-2026/0417/MLA-3", "reference: INV\u202egpj.exe"
    )
    case = _case(tmp_path, text=text)
    result = run_mla("batch", case, "-o", tmp_path / "letters", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    names = [p.name for p in (tmp_path / "letters").glob("*.docx")]
    assert names == ["INVgpj.exe.docx"], names


@pytest.mark.parametrize(
    ("number", "says"),
    [
        (30, "is on a read-only disk"),  # EROFS
        (13, "permission denied"),  # EACCES
        (28, "the disk is full"),  # ENOSPC
        (36, "the name is too long"),  # ENAMETOOLONG
        (5, "the system refused the operation"),  # EIO: any other refusal
    ],
)
def test_every_refusal_of_the_system_is_a_plain_sentence_with_exit_2(
    number: int,
    says: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import tempfile

    from mla_writer import cli

    case = _case(tmp_path)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(number, os.strerror(number), str(tmp_path / "letter.docx"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(sys, "argv", ["mla", "render", str(case), "-o", str(tmp_path / "l.docx")])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    message = " ".join(capsys.readouterr().err.split())
    assert says in message and "internal error" not in message, message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml"]
