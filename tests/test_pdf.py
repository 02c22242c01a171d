"""Issue 16: `mla render --pdf` and `mla batch --pdf` also write a PDF beside the Word letter
when LibreOffice is installed, say how to install it when it is not, never leave a half-written
PDF and never replace a file without --force."""

from __future__ import annotations

import shutil
import stat
import sys
import time
from pathlib import Path

import pytest

from mla_writer.app.pdf import PdfNotMadeError, write_pdf
from tests.conftest import run_mla

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed: the PDF cannot be made here "
    "(.ci/run installs it, so CI runs this test)",
)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "trafficking.yaml"
    assert run_mla("example", "trafficking", "-o", path).returncode == 0
    return path


def _without_libreoffice(tmp_path: Path) -> dict[str, str]:
    """A PATH on which only Python is found (a folder of its own, with a link to it)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    return {"PATH": str(bin_dir)}


def _fake_converter(tmp_path: Path, script: str) -> str:
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    soffice = bin_dir / "soffice"
    soffice.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    soffice.chmod(soffice.stat().st_mode | stat.S_IXUSR)
    return str(bin_dir)


@needs_libreoffice
def test_render_pdf_writes_a_pdf_beside_the_letter_with_the_letters_text(
    case: Path, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.docx"
    result = run_mla("render", case, "-o", letter, "--pdf")
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "letter.pdf"
    assert f"PDF written to {pdf}." in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600  # personal data: readable by the user only
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
    text = _pdf_text(pdf)
    assert "Vera Grădinaru" in text


def _pdf_text(pdf: Path) -> str:
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_render_pdf_without_libreoffice_writes_the_letter_and_says_how_to_install_it(
    case: Path, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.docx"
    result = run_mla("render", case, "-o", letter, "--pdf", env=_without_libreoffice(tmp_path))
    assert result.returncode == 2
    assert letter.exists()  # the Word letter, the primary output, is written all the same
    assert "Letter written to" in result.stdout
    assert not (tmp_path / "letter.pdf").exists()
    assert "No PDF was made: LibreOffice, which makes it, is not installed." in result.stderr
    assert "To install it:" in result.stderr
    assert "Traceback" not in result.stderr


def test_render_pdf_never_replaces_a_pdf_without_force(case: Path, tmp_path: Path) -> None:
    letter, pdf = tmp_path / "letter.docx", tmp_path / "letter.pdf"
    pdf.write_bytes(b"the signed copy")
    result = run_mla("render", case, "-o", letter, "--pdf")
    assert result.returncode == 2
    assert "letter.pdf already exists and was left untouched" in result.stderr
    assert pdf.read_bytes() == b"the signed copy"
    assert not letter.exists()  # refused before anything was written


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for LibreOffice")
def test_a_converter_that_hangs_is_stopped_and_leaves_no_pdf(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK not really a letter")
    monkeypatch.setenv("PATH", _fake_converter(tmp_path, f"exec {shutil.which('sleep')} 30\n"))
    started = time.monotonic()
    with pytest.raises(PdfNotMadeError, match="took longer than 1 seconds"):
        write_pdf(letter, timeout=1)
    assert time.monotonic() - started < 10
    assert not (tmp_path / "letter.pdf").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for LibreOffice")
def test_a_half_written_pdf_is_never_put_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK not really a letter")
    # Writes the start of a PDF into --outdir (the argument before the last) and fails.
    script = (
        'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
    )
    script += '/bin/mkdir -p "$out" && printf "%%PDF-1.7 trunc" > "$out/letter.pdf"; exit 1\n'
    monkeypatch.setenv("PATH", _fake_converter(tmp_path, script))
    with pytest.raises(PdfNotMadeError, match="did not produce a complete PDF"):
        write_pdf(letter)
    assert not (tmp_path / "letter.pdf").exists()


@needs_libreoffice
def test_batch_pdf_writes_a_pdf_per_letter(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    result = run_mla("batch", case, "-o", out, "--pdf")
    assert result.returncode == 0, result.stdout + result.stderr
    letters = sorted(out.glob("*.docx"))
    assert letters and all(p.with_suffix(".pdf").read_bytes().startswith(b"%PDF") for p in letters)


def test_batch_pdf_without_libreoffice_says_it_once_and_renders_the_letters(
    case: Path, tmp_path: Path
) -> None:
    out = tmp_path / "letters"
    result = run_mla("batch", case, "-o", out, "--pdf", env=_without_libreoffice(tmp_path))
    assert result.returncode == 1
    assert result.stderr.count("No PDF was made: LibreOffice") == 1
    assert list(out.glob("*.docx")) and not list(out.glob("*.pdf"))
