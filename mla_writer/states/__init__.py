"""Requested-State profiles: central authorities, accepted languages, treaties, requirements.

Public API for the wizard, the checker and the renderer:
`load_profiles(extra_dirs=())`, `get_profile(code)`, `propose_legal_basis(a, b)`,
`proposed_letter_language(profile, requesting_profile)`, `addressee_for(profile)`.
Profiles are YAML files in `mla_writer/states/profiles/`; an office adds or overrides them with
its own folders (see `loader`).
"""

from mla_writer.states.loader import (
    bundled_profiles,
    get_profile,
    load_profiles,
    parse_profile,
    profile_finder,
    read_folder,
    require_profile,
)
from mla_writer.states.model import (
    AcceptedLanguage,
    CentralAuthority,
    Fact,
    InstrumentStatus,
    PartyStatus,
    Requirement,
    RequirementKind,
    StateProfile,
)
from mla_writer.states.proposals import (
    LanguageProposal,
    LegalBasisProposal,
    ProposedInstrument,
    addressee_for,
    common_instruments,
    instrument_title,
    propose_legal_basis,
    proposed_letter_language,
    verification_reminder,
)

__all__ = [
    "AcceptedLanguage",
    "CentralAuthority",
    "Fact",
    "InstrumentStatus",
    "LanguageProposal",
    "LegalBasisProposal",
    "PartyStatus",
    "ProposedInstrument",
    "Requirement",
    "RequirementKind",
    "StateProfile",
    "addressee_for",
    "bundled_profiles",
    "common_instruments",
    "get_profile",
    "instrument_title",
    "load_profiles",
    "parse_profile",
    "profile_finder",
    "propose_legal_basis",
    "proposed_letter_language",
    "read_folder",
    "require_profile",
    "verification_reminder",
]
