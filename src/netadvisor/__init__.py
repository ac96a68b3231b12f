"""netadvisor: advice on regional collaboration between Flemish local governments.

The rules of the guide "Regionaal samenwerken" (VVSG, Labo Regiovorming) as YAML,
evaluated by durable_rules against the facts of a case. The public API is
everything in ``__all__``; the rest is internal.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .advice import (
    Advice,
    Alternative,
    Answer,
    AnswerType,
    AssumedValue,
    Assumption,
    Change,
    Choice,
    Conclusion,
    ConditionCheck,
    Deciding,
    FactUsed,
    Finding,
    Outcome,
    Question,
    RuleExplanation,
    TraceStep,
)
from .advisor import Advisor, DurableUnavailableWarning, packaged_rules_path
from .case import Case
from .casefile import load_case_file
from .errors import CaseError, CaseProblem, EngineError, NetadvisorError, RuleError, RuleProblem
from .facts import FACTS, FactSpec
from .loader import load_rules
from .rulebase import RuleBase
from .ruleschema import FIXED_CONCLUSIONS, rule_file_schema

try:
    __version__ = version("netadvisor")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
    __version__ = "0+unknown"

__all__ = [
    "Advice",
    "Advisor",
    "Alternative",
    "Answer",
    "AnswerType",
    "AssumedValue",
    "Assumption",
    "Case",
    "CaseError",
    "CaseProblem",
    "Change",
    "Choice",
    "Conclusion",
    "ConditionCheck",
    "Deciding",
    "DurableUnavailableWarning",
    "EngineError",
    "FACTS",
    "FIXED_CONCLUSIONS",
    "FactSpec",
    "FactUsed",
    "Finding",
    "NetadvisorError",
    "Outcome",
    "Question",
    "RuleBase",
    "RuleError",
    "RuleExplanation",
    "RuleProblem",
    "TraceStep",
    "__version__",
    "load_case_file",
    "load_rules",
    "packaged_rules_path",
    "rule_file_schema",
]
