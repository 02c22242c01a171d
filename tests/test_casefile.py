"""Case files a prosecutor might send or receive broken, or that someone built to do harm.

Each must be refused with a `CaseFileError`: a short message in plain words that says where
(file, line, field) and how to fix it, never a traceback, and exit code 2 from `mla check`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import run_mla

from mla_writer.casefile import MAX_CASE_FILE_BYTES, load_case, parse_case, save_case
from mla_writer.errors import CaseFileError, EnvironmentProblem, OutputExistsError
from mla_writer.examples import example_text
from mla_writer.model import LetterOfRequest

# A "billion laughs": nine levels of nine aliases, 9**9 values if expanded.
BILLION_LAUGHS = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * 9)}]\n" for level in range(1, 9)
)


@dataclass(frozen=True)
class Broken:
    story: str
    content: bytes | str
    says: tuple[str, ...]  # fragments the message must contain
    line: int | None = None  # the line of the first problem
    field: str = ""  # the field of the first problem


BROKEN: list[Broken] = [
    Broken(
        "list_left_open",
        "reference: PG-2026/0417\nrequested_state: [TR\nplace: Chișinău\n",
        ("not valid YAML", "spaces, not tabs"),
        line=3,
    ),
    Broken(
        "text_with_a_colon_not_quoted",
        "reference: PG-2026/0417\ntitle: Request: urgent\n",
        ("not valid YAML", "put in quotes"),
        line=2,
    ),
    Broken(
        "indented_with_tabs",
        "reference: PG-2026/0417\nurgency:\n\turgent: true\n",
        ("not valid YAML", "spaces, not tabs"),
        line=3,
    ),
    Broken(
        "saved_in_a_windows_code_page",
        "reference: PG-2026/0417\nplace: İstanbul, Örnek Sokak\n".encode("cp1254"),
        ("not saved as UTF-8", "line 2"),
        line=2,
    ),
    Broken(
        "saved_as_utf_16",
        "reference: PG-2026/0417\n".encode("utf-16"),
        ("not saved as UTF-8",),
        line=1,
    ),
    Broken(
        "word_document_given_instead",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00",
        ("not saved as UTF-8",),
        line=1,
    ),
    Broken(
        "binary_data",
        b"\x00\x01\x02\x03reference: x\n",
        ("not a text file", "binary data"),
    ),
    Broken(
        "billion_laughs",
        BILLION_LAUGHS,
        ("alias", "write the value out in full"),
        line=2,
        field="lol1[1]",
    ),
    Broken(
        "anchor_and_alias",
        "reference: &ref PG-2026/0417\ntitle: *ref\n",
        ("alias", "write the value out in full"),
        line=2,
        field="title",
    ),
    Broken(
        "python_object_tag",
        "reference: !!python/object/apply:os.system ['touch pwned']\n",
        ("!!python/object/apply:os.system", "plain values only"),
        line=1,
        field="reference",
    ),
    Broken(
        "custom_tag",
        "reference: !vault PG-2026/0417\n",
        ("“!vault”", "plain values only"),
        line=1,
        field="reference",
    ),
    Broken(
        "merge_key",
        "reference: PG-2026/0417\n<<: {place: Chișinău}\n",
        ("field names must be plain words",),
        line=2,
    ),
    Broken(
        "a_lone_equals_sign_read_by_yaml_as_a_value_tag",
        "reference: PG-2026/0417\nplace: =\n",
        ("“!!value”", "plain values only"),
        line=2,
        field="place",
    ),
    Broken(
        "duplicate_key",
        "reference: PG-2026/0417\nplace: Chișinău\nreference: PG-2026/0418\n",
        ("“reference” appears twice (first at line 1)",),
        line=3,
        field="reference",
    ),
    Broken(
        "lists_nested_a_hundred_thousand_deep",
        "annexes: " + "[" * 100_000 + "]" * 100_000 + "\n",
        ("nested too deeply",),
        line=1,
    ),
    Broken(
        "lists_nested_fifty_deep",
        "annexes:\n" + "".join("  " * level + "-\n" for level in range(1, 50)),
        ("nested too deeply",),
        line=42,
        field="annexes" + "[1]" * 40,
    ),
    Broken(
        "list_instead_of_fields",
        "- reference: PG-2026/0417\n- requested_state: TR\n",
        ("“field: value” lines", "mla example trafficking"),
        line=1,
    ),
    Broken(
        "plain_text_instead_of_fields",
        "Dear colleagues, please find attached our request.\n",
        ("“field: value” lines",),
        line=1,
    ),
    Broken("empty_file", "", ("is empty", "mla example trafficking")),
    Broken("only_comments", "# to do: write the request\n\n", ("is empty",)),
    Broken(
        "written_for_a_newer_version",
        "schema_version: 2\nreference: PG-2026/0417\n",
        ("schema version 2", "reads version 1"),
        line=1,
        field="schema_version",
    ),
    Broken(
        "word_line_break_pasted_into_the_facts",
        "reference: PG-2026/0417\nfacts:\n  summary: |\n    Paid in cash\x0bto the recruiter.\n",
        ("U+000B", "invisible control character", "retype"),
        line=4,
        field="facts.summary",
    ),
    Broken(
        "escaped_control_character",
        'facts:\n  summary: "Paid in cash\\x07 to the recruiter."\n',
        ("U+0007", "invisible control character"),
        line=2,
        field="facts.summary",
    ),
    Broken(
        "wrong_type_for_a_list",
        "persons: Dorin Cărbunaru\n",
        ("should be a list",),
        line=1,
        field="persons",
    ),
    Broken(
        "misspelt_field",
        "reference: PG-2026/0417\nrequested_stat: TR\n",
        ("unknown field “requested_stat”", "did you mean “requested_state”?"),
        line=2,
        field="requested_stat",
    ),
]


def _write(path: Path, content: bytes | str) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize("case", BROKEN, ids=lambda case: case.story)
def test_broken_case_file_is_refused_with_a_located_message(case: Broken, tmp_path: Path) -> None:
    path = _write(tmp_path / "case.yaml", case.content)

    with pytest.raises(CaseFileError) as caught:
        load_case(path)

    error = caught.value
    first = error.problems[0]
    for fragment in case.says:
        assert fragment in error.message
    assert first.line == case.line
    assert first.field == case.field
    assert error.message.startswith(f"{path}: ")
    location = f"{path}:{case.line}" if case.line else str(path)
    assert f"  {location}" in error.message
    assert not (tmp_path / "pwned").exists()


THROUGH_THE_COMMAND = {
    "list_left_open",
    "saved_in_a_windows_code_page",
    "binary_data",
    "billion_laughs",
    "python_object_tag",
    "lists_nested_a_hundred_thousand_deep",
    "empty_file",
    "word_line_break_pasted_into_the_facts",
    "misspelt_field",
}


@pytest.mark.parametrize(
    "case", [c for c in BROKEN if c.story in THROUGH_THE_COMMAND], ids=lambda case: case.story
)
def test_mla_check_exits_2_with_one_short_paragraph_and_no_traceback(
    case: Broken, tmp_path: Path
) -> None:
    path = _write(tmp_path / "case.yaml", case.content)

    result = run_mla("check", path, cwd=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "\n\n" not in result.stderr.strip()  # one paragraph
    assert result.stderr.startswith(f"{path}: ")
    for fragment in case.says:
        assert fragment in result.stderr
    assert not (tmp_path / "pwned").exists()


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    with path.open("wb") as stream:
        stream.write(b"facts:\n  summary: |\n")
        stream.write(b"    " + b"x" * (MAX_CASE_FILE_BYTES) + b"\n")

    with pytest.raises(CaseFileError) as caught:
        load_case(path)
    assert "case files are limited to 2 MB" in caught.value.message
    assert "annexes" in caught.value.message

    result = run_mla("check", path)
    assert result.returncode == 2
    assert "limited to 2 MB" in result.stderr


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as caught:
        load_case(tmp_path / "cse.yaml")
    assert "does not exist" in caught.value.message
    assert "cse.yaml" in caught.value.message


def test_folder_given_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "case.yaml"
    folder.mkdir()
    with pytest.raises(CaseFileError, match="is a folder"):
        load_case(folder)


def test_billion_laughs_is_not_expanded() -> None:
    with pytest.raises(CaseFileError) as caught:
        parse_case(BILLION_LAUGHS, "bomb.yaml")
    # one problem per alias written in the file, not one per expanded value
    assert len(caught.value.problems) == 8 * 9


def test_norway_version_numbers_and_leading_zeros_stay_as_typed() -> None:
    request = parse_case(
        "requested_state: NO\n"
        "reference: 0417\n"
        "title: 1.10\n"
        "place: yes\n"
        "requested_reference: 0x1F\n"
        "persons:\n"
        "  - id: '007'\n"
        "    role: witness\n"
        "    name: Off\n"
        "    registration_number: 1e3\n"
        "    identity_documents:\n"
        "      - number: 0417221\n"
    )
    assert request.requested_state == "NO"
    assert request.reference == "0417"
    assert request.title == "1.10"
    assert request.place == "yes"
    assert request.requested_reference == "0x1F"
    [person] = request.persons
    assert (person.id, person.name, person.registration_number) == ("007", "Off", "1e3")
    assert person.identity_documents[0].number == "0417221"


def test_dates_and_booleans_are_still_understood() -> None:
    request = parse_case("date: 2026-11-20\nurgency:\n  urgent: true\n  deadline: 2027-02-15\n")
    assert request.date is not None and request.date.isoformat() == "2026-11-20"
    assert request.urgency is not None and request.urgency.urgent is True


def test_every_problem_is_reported_at_once_sorted_by_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "case.yaml",
        "reference: PG-2026/0417\n"
        "persons:\n"
        "  - id: dorin carbunaru\n"
        "    role: suspectt\n"
        "    date_of_birth: 31.04.1981\n"  # day first is read (issue 15); 31 April is no date
        "urgency:\n"
        "  urgent: maybe\n"
        "requested_stat: TR\n",
    )

    with pytest.raises(CaseFileError) as caught:
        load_case(path)

    problems = caught.value.problems
    assert [(p.line, p.field) for p in problems] == [
        (3, "persons[1].id"),
        (4, "persons[1].role"),
        (5, "persons[1].date_of_birth"),
        (7, "urgency.urgent"),
        (8, "requested_stat"),
    ]
    assert "Did you mean “suspect”?" in problems[1].message
    # issue 17: a day that does not exist is said as such, not as a wrong format
    assert (
        problems[2].message == "“31.04.1981” is not a day of the calendar: April 1981 has 30 days."
    )
    assert "5 problems" in caught.value.message

    result = run_mla("check", path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6
    assert [line.split(": ")[0].split(":")[1] for line in lines[1:]] == ["3", "4", "5", "7", "8"]


def test_several_control_characters_are_each_reported() -> None:
    text = "title: Request\x0c for assistance\nfacts:\n  summary: |\n    One\x0b\n    Two\x01\n"
    with pytest.raises(CaseFileError) as caught:
        parse_case(text, "case.yaml")
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (1, "title"),
        (4, "facts.summary"),
        (5, "facts.summary"),
    ]


# --------------------------------------------------------------------------- saving


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_saved_case_file_is_private_to_its_owner(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    path = tmp_path / "case.yaml"
    save_case(trafficking, path)

    assert _mode(path) == 0o600
    assert load_case(path) == trafficking
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]  # no temporary file left


def test_saving_never_overwrites_without_force(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("reference: my own draft\n", encoding="utf-8")

    with pytest.raises(OutputExistsError) as caught:
        save_case(trafficking, path)
    assert "--force" in caught.value.message
    assert path.read_text(encoding="utf-8") == "reference: my own draft\n"

    save_case(trafficking, path, force=True)
    assert load_case(path) == trafficking
    assert _mode(path) == 0o600


def test_failed_save_leaves_the_old_file_untouched(
    trafficking: LetterOfRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("reference: my own draft\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(EnvironmentProblem, match="the disk is full"):
        save_case(trafficking, path, force=True)

    assert path.read_text(encoding="utf-8") == "reference: my own draft\n"
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]


def test_saved_file_starts_with_a_header_and_the_schema_version(
    trafficking: LetterOfRequest, tmp_path: Path
) -> None:
    path = tmp_path / "case.yaml"
    save_case(trafficking, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# mla-writer case file")
    assert "\nschema_version: 1\n" in text
    assert "Vadim Prokopenko" in text and "Вадим Прокопенко" in text  # not \u-escaped


def test_bundled_examples_load(write_case: Callable[[str, str], Path]) -> None:
    for name in ("trafficking", "email-fraud", "asset-freezing"):
        assert isinstance(
            load_case(write_case(example_text(name), f"{name}.yaml")), LetterOfRequest
        )
