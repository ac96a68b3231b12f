"""netadvisor: advice on regional collaboration between Flemish local governments.

The rules of the guide "Regionaal samenwerken" (VVSG, Labo Regiovorming) as YAML,
evaluated by durable_rules against the facts of a case. The public API is
everything in ``__all__``; the rest is internal and may change in any release.

Names are imported when first used, so that ``import netadvisor`` (and the command line's ``--help``) start
fast; ``from netadvisor import Advisor`` works as usual.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Every public name and the module it lives in: the one list of the public API.
_EXPORTS: dict[str, str] = {
    # the advisor and its advice
    **dict.fromkeys(("Advisor", "DurableUnavailableWarning", "packaged_rules_path"), "advisor"),
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
    "advise_many": "batch",
    **dict.fromkeys(("FACTS", "PARTNER_FACTS", "Bounds", "FactSpec", "fact_values"), "facts"),
    **dict.fromkeys(("AnswerSpec", "parse_answer", "value_label"), "answers"),
    **dict.fromkeys(("LANGUAGES", "Language", "Text"), "text"),
    # the rules
    "rule_file_schema": "ruleschema",
    **dict.fromkeys(("ENGINE_CHOICES", "FIXED_CONCLUSIONS", "ChallengeType", "CollaborationForm", "EngineChoice",
                     "FixedConclusion", "GovernanceMode"), "vocabulary"),
    **dict.fromkeys(("load_rule_base_of", "load_rules"), "loader"),
    **dict.fromkeys(("Rule", "RuleBase"), "rulebase"),
    "facts_text": "factsheet",
    # the impact of an edit of the rules (netadvisor diff)
    **dict.fromkeys(("CaseImpact", "Corpus", "CorpusCase", "CorpusSummary", "OutcomeChange", "PolicyEdit",
                     "RevisionError", "RuleBaseDiff", "RuleEdit", "build_corpus", "compare_rulebases",
                     "rulebase_at_revision"), "rulediff"),
    **dict.fromkeys(("diff_json", "diff_markdown", "diff_text"), "diffreport"),
    # errors
    **dict.fromkeys(("CaseError", "CaseProblem", "EngineError", "NetadvisorError", "RuleError", "RuleProblem"),
                    "errors"),
    # asking, one question at a time
    **dict.fromkeys(("AnswerError", "Consultation", "ConsultationInterrupted", "answers_of", "consult"),
                    "consultation"),
    # many cases at once, on worker processes
    **dict.fromkeys(("CaseStream", "advise_stream"), "batch"),
    "durable_available": "engine",
    # reports for people, and rules, facts and what-ifs in words
    **dict.fromkeys(("NoSuchSubject", "advice_html", "advice_json", "advice_markdown", "advice_text", "describe",
                     "description_text", "single_changes_text", "what_if_text"), "render"),
    # the tools of the rules' owners: check --analyse, test, and the words of the command line
    **dict.fromkeys(("Analysis", "AnalysisFinding", "ScenarioResultsError", "analyse", "rules_fired_in_scenarios"),
                    "analysis"),
    **dict.fromkeys(("RuleTestReport", "default_place", "run_rule_tests", "shown_path"), "ruletests"),
    **dict.fromkeys(("COMMAND_WORDS", "both_languages", "command_says"), "messages"),
}

__all__ = sorted([*_EXPORTS, "__version__"])


def _package_version() -> str:
    # importlib.metadata takes longer to import than the command line's --help takes in all: read it when asked
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("netadvisor")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _package_version()
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'netadvisor' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # what type checkers and editors see: the same names, imported at once
    # ("X as X" marks each as re-exported, as mypy --strict asks of a typed package)
    from .advice import (
        ADVICE_SCHEMA_VERSION as ADVICE_SCHEMA_VERSION,
        Advice as Advice,
        Alternative as Alternative,
        Answer as Answer,
        AnswerType as AnswerType,
        AssumedValue as AssumedValue,
        Assumption as Assumption,
        Change as Change,
        Choice as Choice,
        Conclusion as Conclusion,
        ConclusionChange as ConclusionChange,
        ConditionCheck as ConditionCheck,
        Deciding as Deciding,
        FactUsed as FactUsed,
        Finding as Finding,
        Outcome as Outcome,
        Question as Question,
        RuleExplanation as RuleExplanation,
        SingleChange as SingleChange,
        TraceStep as TraceStep,
        WhatIf as WhatIf,
        WhyNot as WhyNot,
        advice_schema as advice_schema,
    )
    from .advisor import (
        Advisor as Advisor,
        DurableUnavailableWarning as DurableUnavailableWarning,
        packaged_rules_path as packaged_rules_path,
    )
    from .analysis import (
        Analysis as Analysis,
        AnalysisFinding as AnalysisFinding,
        ScenarioResultsError as ScenarioResultsError,
        analyse as analyse,
        rules_fired_in_scenarios as rules_fired_in_scenarios,
    )
    from .answers import (
        AnswerSpec as AnswerSpec,
        parse_answer as parse_answer,
        value_label as value_label,
    )
    from .batch import (
        CaseStream as CaseStream,
        advise_many as advise_many,
        advise_stream as advise_stream,
    )
    from .case import (
        Case as Case,
        Challenge as Challenge,
        Composition as Composition,
        Criteria as Criteria,
        Goal as Goal,
        Governance as Governance,
        Management as Management,
        NetworkState as NetworkState,
        Partner as Partner,
        Region as Region,
        RegionalCharacteristics as RegionalCharacteristics,
        Roles as Roles,
        parse_case as parse_case,
    )
    from .casefile import (
        load_case_file as load_case_file,
    )
    from .caseschema import (
        case_schema as case_schema,
    )
    from .consultation import (
        AnswerError as AnswerError,
        Consultation as Consultation,
        ConsultationInterrupted as ConsultationInterrupted,
        answers_of as answers_of,
        consult as consult,
    )
    from .diffreport import (
        diff_json as diff_json,
        diff_markdown as diff_markdown,
        diff_text as diff_text,
    )
    from .engine import (
        durable_available as durable_available,
    )
    from .errors import (
        CaseError as CaseError,
        CaseProblem as CaseProblem,
        EngineError as EngineError,
        NetadvisorError as NetadvisorError,
        RuleError as RuleError,
        RuleProblem as RuleProblem,
    )
    from .facts import (
        FACTS as FACTS,
        PARTNER_FACTS as PARTNER_FACTS,
        Bounds as Bounds,
        FactSpec as FactSpec,
        fact_values as fact_values,
    )
    from .factsheet import (
        facts_text as facts_text,
    )
    from .loader import (
        load_rule_base_of as load_rule_base_of,
        load_rules as load_rules,
    )
    from .messages import (
        COMMAND_WORDS as COMMAND_WORDS,
        both_languages as both_languages,
        command_says as command_says,
    )
    from .render import (
        NoSuchSubject as NoSuchSubject,
        advice_html as advice_html,
        advice_json as advice_json,
        advice_markdown as advice_markdown,
        advice_text as advice_text,
        describe as describe,
        description_text as description_text,
        single_changes_text as single_changes_text,
        what_if_text as what_if_text,
    )
    from .rulebase import (
        Rule as Rule,
        RuleBase as RuleBase,
    )
    from .rulediff import (
        CaseImpact as CaseImpact,
        Corpus as Corpus,
        CorpusCase as CorpusCase,
        CorpusSummary as CorpusSummary,
        OutcomeChange as OutcomeChange,
        PolicyEdit as PolicyEdit,
        RevisionError as RevisionError,
        RuleBaseDiff as RuleBaseDiff,
        RuleEdit as RuleEdit,
        build_corpus as build_corpus,
        compare_rulebases as compare_rulebases,
        rulebase_at_revision as rulebase_at_revision,
    )
    from .ruleschema import (
        rule_file_schema as rule_file_schema,
    )
    from .ruletests import (
        RuleTestReport as RuleTestReport,
        default_place as default_place,
        run_rule_tests as run_rule_tests,
        shown_path as shown_path,
    )
    from .text import (
        LANGUAGES as LANGUAGES,
        Language as Language,
        Text as Text,
    )
    from .vocabulary import (
        ENGINE_CHOICES as ENGINE_CHOICES,
        FIXED_CONCLUSIONS as FIXED_CONCLUSIONS,
        ChallengeType as ChallengeType,
        CollaborationForm as CollaborationForm,
        EngineChoice as EngineChoice,
        FixedConclusion as FixedConclusion,
        GovernanceMode as GovernanceMode,
    )
