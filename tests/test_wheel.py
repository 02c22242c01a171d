"""A wheel built from the repository (what `pip install .` installs) carries working translations."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

_PROBE = """
import sys
from pathlib import Path
import mla_writer
from mla_writer.i18n import LetterTranslator, shipped_languages
from mla_writer.catalogs import languages_report
from mla_writer.casefile import parse_case
from mla_writer.examples import example_text
from mla_writer.render import build_document

package = Path(mla_writer.__file__).parent
assert package.is_relative_to(Path(sys.argv[1])), package
print("languages", " ".join(shipped_languages()))
for language in ("fr", "ar", "zh"):
    catalog = LetterTranslator(language).catalog
    print("catalog", language, type(catalog).__name__, len(catalog._catalog))
request = parse_case(example_text("trafficking"), "trafficking.yaml")
document = build_document(request, language="fr", draft=True)
print("text", "|".join(p.text for p in document.paragraphs[:3]))
print(languages_report().splitlines()[0])
"""


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to copy the repository")
def test_wheel_installs_compiled_catalogs_that_translate_letters(tmp_path: Path) -> None:
    # Build from a copy of the committed and working files, as a fresh clone would (no .mo there).
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.mo", "out", ".*cache"),
    )
    wheels = tmp_path / "wheels"
    # Where the build backend is at hand (a developer's editable install), build with it; else
    # let pip fetch hatchling and babel from the registry as `pip install .` does.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            *isolation,
            "-w",
            str(wheels),
            "-q",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("mla_writer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("fr", "es", "pt", "ru", "ar", "zh"):
        assert f"mla_writer/locales/{language}/LC_MESSAGES/letter.mo" in names
        assert f"mla_writer/locales/{language}/LC_MESSAGES/letter.po" in names
    assert not list(source.glob("locales/*/LC_MESSAGES/*.mo")), "the build left .mo files behind"

    target = tmp_path / "installed"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    # The installed package first on the path, the dependencies from this environment after it;
    # run from an empty folder so that the source checkout is not importable.
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
        "MLA_TODAY": "2026-11-22",
    }
    work = tmp_path / "work"
    work.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, str(target)],
        capture_output=True,
        text=True,
        cwd=work,
        env=environment,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    lines = probe.stdout.splitlines()
    assert lines[0].split()[1:] == ["en", "ar", "es", "fr", "pt", "ru", "zh"]
    for line in lines[1:4]:
        _, language, kind, count = line.split()
        assert kind == "GNUTranslations" and int(count) > 250, line  # compiled .mo, not empty
    assert "Accusé de réception" in lines[4]
    assert lines[5].startswith("Letter languages")
