"""The user profile: what a user would otherwise type into every request (their office, contacts,
signatory, usual languages), kept in the platform's user configuration folder.

`MLA_CONFIG_DIR` overrides the folder, so that tests and shared machines never touch the real home.
The file holds personal data (names, telephone numbers): it is written readable by its owner only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from mla_writer.casefile import read_case_text
from mla_writer.errors import CaseFileError, MlaError, Problem
from mla_writer.i18n import N_, UserText, _
from mla_writer.model.common import (
    Authority,
    CaseModel,
    Contact,
    LanguageCode,
    ShortText,
    StateCode,
)
from mla_writer.model.contact_details import localise_phones, phone_region
from mla_writer.model.parties import Signatory
from mla_writer.outputs import atomic_write
from mla_writer.yamlfile import parse_yaml

PROFILE_VERSION = 1
PROFILE_FILE = "profile.yaml"
APP_NAME = "mla-writer"


class UserProfile(CaseModel):
    """Defaults for every new request, so nobody types their office twice."""

    profile_version: int = PROFILE_VERSION
    requesting_state: StateCode | None = None
    """The State you work for."""
    requesting_authority: Authority | None = None
    """Your office: the authority that presents requests."""
    contacts: list[Contact] = []
    """Further people the requested State may contact (case officer, investigator)."""
    signatory: Signatory | None = None
    """Who usually signs your requests."""
    place: ShortText | None = None
    """The place written before the date of a letter, e.g. your city."""
    letter_language: LanguageCode | None = None
    """The language you usually write requests in."""
    ui_language: LanguageCode | None = None
    """The language of mla-writer's questions and messages."""
    register_retention_days: int | None = Field(default=None, ge=1)
    """How many days after a request is closed `mla register purge --expired` deletes it."""
    profiles_dirs: list[ShortText] = []
    """Folders of State profiles your office maintains; they add to or replace the bundled
    ones (`mla states validate FOLDER` checks one)."""

    @model_validator(mode="before")
    @classmethod
    def _national_numbers(cls, data: Any) -> Any:
        """Numbers typed without their country code are read as numbers of `requesting_state`."""
        if not isinstance(data, dict):
            return data
        return localise_phones(data, phone_region(data.get("requesting_state")))

    @field_validator("profile_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != PROFILE_VERSION:
            raise UserText(
                N_(
                    "this profile was written for version %(value)s; this version of mla-writer "
                    "reads version %(known)s."
                ),
                value=value,
                known=PROFILE_VERSION,
            )
        return value


def config_dir() -> Path:
    """The folder holding the profile: `MLA_CONFIG_DIR`, else the platform's user config folder."""
    override = os.environ.get("MLA_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def profile_path() -> Path:
    return config_dir() / PROFILE_FILE


def check_profile_writable() -> None:
    """Before any question is asked: the profile's folder can hold the profile (so that no
    answer is lost at the end because the folder is a file, or cannot be created)."""
    folder = config_dir()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise MlaError(
            _(
                "%(path)s should be the folder of your mla-writer profile, but it is a file: "
                "move or rename that file (or set MLA_CONFIG_DIR to another folder), then run "
                "the command again. Nothing was asked or saved."
            )
            % {"path": existing}
        )
    if not os.access(existing, os.W_OK):
        raise MlaError(
            _(
                "%(path)s cannot be written to, so your profile could not be saved: ask for "
                "access, or set MLA_CONFIG_DIR to a folder you may write to. Nothing was asked."
            )
            % {"path": existing}
        )


def load_profile(path: Path | None = None) -> UserProfile:
    """The saved profile, or an empty one if none was saved yet."""
    path = path or profile_path()
    if not path.is_file():
        return UserProfile()
    text = read_case_text(path)  # a regular UTF-8 file within the size limit, or a clear error
    data, located = parse_yaml(text)  # the case files' parser: no aliases, nesting bounded
    if located.problems:
        raise CaseFileError(path, located.problems)
    try:
        return UserProfile.model_validate(data or {})
    except ValidationError as error:
        problems = [
            Problem(
                _("%(message)s Fix it with `mla profile`, or delete the file to start again.")
                % {"message": item["msg"]},
                ".".join(str(part) for part in item["loc"]),
            )
            for item in error.errors(include_url=False)
        ]
        raise CaseFileError(path, problems) from None


def save_profile(profile: UserProfile, path: Path | None = None) -> Path:
    """Write the profile atomically, readable by its owner only; return where it went."""
    path = path or profile_path()
    data = profile.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"profile_version": PROFILE_VERSION, **data}
    header = _(
        "# mla-writer user profile: the defaults for every new request. Edit with `mla profile`.\n"
    )
    text = header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    atomic_write(path, text.encode("utf-8"), force=True, mode=0o600)
    return path
