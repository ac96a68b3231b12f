"""netadvisor: advice on regional collaboration between Flemish local governments.

The rules of the guide "Regionaal samenwerken" (VVSG, Labo Regiovorming) as YAML,
evaluated by durable_rules against the facts of a case. The public API is
everything in ``__all__``; the rest is internal and may change in any release.

Names are imported when first used, so that ``import netadvisor`` (and the command line's ``--help``) start
fast; ``from netadvisor import Advisor`` works as usual.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("netadvisor")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
    __version__ = "0+unknown"

# Every public name and the module it lives in: the one list of the public API.
_EXPORTS: dict[str, str] = {
    # the advisor and its advice
    **dict.fromkeys(("Advisor", "DurableUnavailableWarning", "ENGINE_CHOICES", "EngineChoice",
                     "packaged_rules_path"), "advisor"),
    **dict.fromkeys(("ADVICE_SCHEMA_VERSION", "Advice", "Alternative", "Answer", "AnswerType", "AssumedValue",
                     "Assumption", "Change", "Choice", "Conclusion", "ConclusionChange", "ConditionCheck",
                     "Deciding", "FactUsed", "Finding", "Outcome", "Question", "RuleExplanation", "SingleChange",
                     "TraceStep", "WhatIf", "WhyNot", "advice_schema"), "advice"),
    # the case
    **dict.fromkeys(("Case", "Challenge", "Composition", "Criteria", "Goal", "Governance", "Management",
                     "NetworkState", "Partner", "Region", "RegionalCharacteristics", "Roles", "parse_case"),
                    "case"),
    "case_schema": "caseschema",
    "load_case_file": "casefile",
    **dict.fromkeys(("FACTS", "PARTNER_FACTS", "Bounds", "FactSpec", "fact_values"), "facts"),
    **dict.fromkeys(("AnswerSpec", "parse_answer", "value_label"), "answers"),
    **dict.fromkeys(("LANGUAGES", "Language"), "text"),
    # the rules
    **dict.fromkeys(("FIXED_CONCLUSIONS", "ChallengeType", "CollaborationForm", "FixedConclusion", "GovernanceMode",
                     "rule_file_schema"), "ruleschema"),
    "load_rules": "loader",
    **dict.fromkeys(("Rule", "RuleBase"), "rulebase"),
    # errors
    **dict.fromkeys(("CaseError", "CaseProblem", "EngineError", "NetadvisorError", "RuleError", "RuleProblem"),
                    "errors"),
    # asking, one question at a time
    **dict.fromkeys(("AnswerError", "Consultation", "consult"), "consult"),
    # reports for people
    **dict.fromkeys(("advice_html", "advice_json", "advice_markdown", "advice_text"), "render"),
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'netadvisor' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # what type checkers and editors see: the same names, imported at once
    from .advice import (
        ADVICE_SCHEMA_VERSION,
        Advice,
        Alternative,
        Answer,
        AnswerType,
        AssumedValue,
        Assumption,
        Change,
        Choice,
        Conclusion,
        ConclusionChange,
        ConditionCheck,
        Deciding,
        FactUsed,
        Finding,
        Outcome,
        Question,
        RuleExplanation,
        SingleChange,
        TraceStep,
        WhatIf,
        WhyNot,
        advice_schema,
    )
    from .advisor import ENGINE_CHOICES, Advisor, DurableUnavailableWarning, EngineChoice, packaged_rules_path
    from .answers import AnswerSpec, parse_answer, value_label
    from .case import (
        Case,
        Challenge,
        Composition,
        Criteria,
        Goal,
        Governance,
        Management,
        NetworkState,
        Partner,
        Region,
        RegionalCharacteristics,
        Roles,
        parse_case,
    )
    from .caseschema import case_schema
    from .casefile import load_case_file
    from .consult import AnswerError, Consultation, consult
    from .errors import CaseError, CaseProblem, EngineError, NetadvisorError, RuleError, RuleProblem
    from .facts import FACTS, PARTNER_FACTS, Bounds, FactSpec, fact_values
    from .loader import load_rules
    from .render import advice_html, advice_json, advice_markdown, advice_text
    from .rulebase import Rule, RuleBase
    from .ruleschema import (
        FIXED_CONCLUSIONS,
        ChallengeType,
        CollaborationForm,
        FixedConclusion,
        GovernanceMode,
        rule_file_schema,
    )
    from .text import LANGUAGES, Language
