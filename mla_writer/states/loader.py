"""Finding and reading State profiles: bundled ones, an office's own folders, and `--profiles`.

Precedence, lowest first: the profiles bundled with mla-writer; the folders of the user's
configuration (`MLA_PROFILES`, a list of folders separated like PATH, the `profiles_dirs` setting
of the user profile, and the `states/` folder next to it); the folders given with `--profiles`.
A later profile for the same State replaces the earlier one as a whole, so that an office always
knows which file a fact comes from (`mla states show CODE` names it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from mla_writer import profile as user_profile
from mla_writer.casefile import read_case_text
from mla_writer.errors import CaseFileError, MlaError, Problem
from mla_writer.i18n import _
from mla_writer.places import state_code
from mla_writer.states.model import StateProfile
from mla_writer.validation import validation_problems
from mla_writer.yamlfile import parse_yaml

PROFILES_ENV = "MLA_PROFILES"
PROFILE_SUFFIXES = (".yaml", ".yml")
_BUNDLED_PACKAGE = "mla_writer.states.profiles"


class UnknownStateError(MlaError):
    def __init__(self, code: str, known: Iterable[str]) -> None:
        super().__init__(
            _(
                "There is no profile for “%(code)s”. Profiles exist for: %(known)s. Add one "
                "with --profiles DIR (see `mla states validate`)."
            )
            % {"code": code, "known": ", ".join(sorted(known))}
        )


def parse_profile(text: str, source: Path | str = "<profile>") -> StateProfile:
    """Validate a profile's YAML text; raise CaseFileError listing every problem with its line."""
    data, located = parse_yaml(text)
    if located.problems:
        raise CaseFileError(source, located.problems)
    if not isinstance(data, dict):
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "a State profile is a list of “field: value” lines (code:, names:, "
                        "central_authorities:, ...); this file holds something else. Start from "
                        "a copy of a bundled profile (`mla states show CODE` names its file)."
                    ),
                    line=1,
                )
            ],
        )
    try:
        profile = StateProfile.model_validate(data)
    except ValidationError as error:
        raise CaseFileError(
            source, validation_problems(error, data, located, StateProfile)
        ) from None
    profile._origin = str(source)
    stem = Path(str(source)).stem
    if len(stem) == 2 and stem.upper() != profile.code:
        line, column = located.where(("code",))
        raise CaseFileError(
            source,
            [
                Problem(
                    _(
                        "the file is named %(stem)s but describes %(code)s: rename the file "
                        "%(expected)s, or correct the code."
                    )
                    % {"stem": stem, "code": profile.code, "expected": profile.code.lower()},
                    "code",
                    line,
                    column,
                )
            ],
        )
    return profile


def load_profile_file(path: Path) -> StateProfile:
    return parse_profile(read_case_text(path), path)


def _profile_files(folder: Path) -> list[Path]:
    if not folder.exists():
        raise CaseFileError(
            folder, [Problem(_("this profiles folder does not exist; check the name."))]
        )
    if not folder.is_dir():
        raise CaseFileError(
            folder,
            [Problem(_("is a file; give the folder holding the profiles (one .yaml per State)."))],
        )
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in PROFILE_SUFFIXES)


def read_folder(folder: Path) -> tuple[dict[str, StateProfile], list[CaseFileError]]:
    """Every valid profile in a folder by State code, and the errors of the invalid ones."""
    profiles: dict[str, StateProfile] = {}
    errors: list[CaseFileError] = []
    for path in _profile_files(Path(folder)):
        try:
            profile = load_profile_file(path)
        except CaseFileError as error:
            errors.append(error)
            continue
        if profile.code in profiles:
            errors.append(
                CaseFileError(
                    path,
                    [
                        Problem(
                            _(
                                "describes %(code)s, like %(other)s in the same folder: keep one "
                                "file per State."
                            )
                            % {"code": profile.code, "other": profiles[profile.code].origin},
                            "code",
                        )
                    ],
                )
            )
            continue
        profiles[profile.code] = profile
    return profiles, errors


def _load_folder(folder: Path) -> dict[str, StateProfile]:
    profiles, errors = read_folder(folder)
    if errors:
        raise (
            errors[0]
            if len(errors) == 1
            else CaseFileError(
                folder, [problem for error in errors for problem in _prefixed(error)]
            )
        )
    return profiles


def _prefixed(error: CaseFileError) -> list[Problem]:
    name = Path(error.path).name
    return [
        Problem(f"{name}: {problem.message}", problem.field, problem.line, problem.column)
        for problem in error.problems
    ]


@cache
def bundled_profiles() -> dict[str, StateProfile]:
    """The profiles shipped with mla-writer, by State code."""
    folder = resources.files(_BUNDLED_PACKAGE)
    profiles: dict[str, StateProfile] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(PROFILE_SUFFIXES):
            profile = _bundled_file(entry.name)
            profiles[profile.code] = profile
    return profiles


@cache
def _bundled_file(name: str) -> StateProfile:
    """A bundled profile file, parsed once whether it is read alone or with all the others."""
    entry = resources.files(_BUNDLED_PACKAGE).joinpath(name)
    return parse_profile(entry.read_text(encoding="utf-8"), f"mla_writer/states/profiles/{name}")


def config_profile_dirs() -> list[Path]:
    """The user's own profile folders: `MLA_PROFILES`, the user profile's setting, `states/`."""
    folders = [Path(p) for p in os.environ.get(PROFILES_ENV, "").split(os.pathsep) if p.strip()]
    try:
        configured = getattr(user_profile.load_profile(), "profiles_dirs", None) or []
    except MlaError:
        configured = []  # a broken user profile is reported by the commands that use it
    folders.extend(Path(p).expanduser() for p in configured)
    states_folder = user_profile.config_dir() / "states"
    if states_folder.is_dir():
        folders.append(states_folder)
    return folders


def bundled_profile(code: str) -> StateProfile | None:
    """One bundled profile, read alone: its file is named by the State's code (a test holds
    this), so a check that needs two States' profiles reads two files, not all of them."""
    name = f"{code.lower()}.yaml"
    if not resources.files(_BUNDLED_PACKAGE).joinpath(name).is_file():
        return None
    return _bundled_file(name)


def profile_finder(
    extra_dirs: Sequence[Path | str] = (), *, include_config: bool = True
) -> Callable[[str], StateProfile | None]:
    """A State's profile by its code, the one `load_profiles` would give, with the bundled
    profiles read only as they are asked for."""
    own = load_profiles(extra_dirs, include_config=include_config, bundled=False)
    return lambda code: own.get(code) or bundled_profile(code)


def load_profiles(
    extra_dirs: Sequence[Path | str] = (), *, include_config: bool = True, bundled: bool = True
) -> dict[str, StateProfile]:
    """All profiles by State code: bundled < user configuration < `extra_dirs` (--profiles);
    without the bundled ones if `bundled` is false."""
    merged = dict(bundled_profiles()) if bundled else {}
    folders = [*(config_profile_dirs() if include_config else []), *map(Path, extra_dirs)]
    named_in_profile = _profile_setting_dirs() if include_config else set()
    for folder in folders:
        try:
            merged.update(_load_folder(folder))
        except CaseFileError as error:
            if folder not in named_in_profile:
                raise
            raise _traced_to_user_profile(folder, error) from None
    return dict(sorted(merged.items()))


def _profile_setting_dirs() -> set[Path]:
    """The folders the user profile's `profiles_dirs` names (to say where a bad one comes from)."""
    try:
        configured = user_profile.load_profile().profiles_dirs
    except MlaError:
        return set()
    return {Path(p).expanduser() for p in configured}


def _traced_to_user_profile(folder: Path, error: CaseFileError) -> CaseFileError:
    problem = error.problems[0].message if error.problems else ""
    return CaseFileError(
        user_profile.profile_path(),
        [
            Problem(
                _(
                    "the setting profiles_dirs names %(folder)s, which cannot be used: "
                    "%(problem)s Correct or remove it in this file (or with `mla profile`)."
                )
                % {"folder": folder, "problem": problem},
                "profiles_dirs",
            )
        ],
    )


def get_profile(code: str, extra_dirs: Sequence[Path | str] = ()) -> StateProfile | None:
    """The profile of one State (ISO code or English name), or None if there is none."""
    try:
        iso = state_code(code)
    except ValueError:
        return None
    return load_profiles(extra_dirs).get(iso)


def require_profile(code: str, extra_dirs: Sequence[Path | str] = ()) -> StateProfile:
    """Like get_profile, but a missing profile is a user error naming the known States."""
    profile = get_profile(code, extra_dirs)
    if profile is None:
        raise UnknownStateError(code, load_profiles(extra_dirs))
    return profile
