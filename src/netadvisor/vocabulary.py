"""The closed vocabularies other code names: the fixed conclusions and their values, the engines.

Light to import (no pydantic), so that the command line can offer them as choices before it loads anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Literal, get_args


class ChallengeType(StrEnum):
    """The type of challenge (§2)."""

    SIMPLE = "simple"
    COMPLICATED = "complicated"
    COMPLEX = "complex"


class CollaborationForm(StrEnum):
    """The form of collaboration (§3, §5)."""

    LEARNING_NETWORK = "learning_network"
    SHARED_SERVICE_CENTRE = "shared_service_centre"
    ORGANISATION_NETWORK = "organisation_network"


class GovernanceMode(StrEnum):
    """The governance mode of an organisation network (§4.3)."""

    SELF_GOVERNING = "self_governing"
    LEAD_ORGANISATION = "lead_organisation"
    NETWORK_ADMINISTRATIVE_ORGANISATION = "network_administrative_organisation"


class FixedConclusion(StrEnum):
    """The conclusions other tools rely on: their names and values never change."""

    CHALLENGE_TYPE = "challenge_type"
    COLLABORATION_FORM = "collaboration_form"
    GOVERNANCE_MODE = "governance_mode"


FIXED_VALUES: dict[FixedConclusion, type[StrEnum]] = {
    FixedConclusion.CHALLENGE_TYPE: ChallengeType,
    FixedConclusion.COLLABORATION_FORM: CollaborationForm,
    FixedConclusion.GOVERNANCE_MODE: GovernanceMode,
}

FIXED_CONCLUSIONS: Mapping[str, tuple[str, ...]] = {
    str(name): tuple(str(value) for value in values) for name, values in FIXED_VALUES.items()
}
"""Conclusions other tools rely on: their names and values never change (from the enumerations above)."""


EngineChoice = Literal["auto", "durable", "evaluator"]
"""Which engine fires the rules: durable_rules where it can be imported (auto), durable_rules, or the evaluator."""
ENGINE_CHOICES: tuple[EngineChoice, ...] = get_args(EngineChoice)
