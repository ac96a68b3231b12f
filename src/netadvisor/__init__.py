"""netadvisor: advice on regional collaboration between Flemish local governments.

The rules of the guide "Regionaal samenwerken" (VVSG, Labo Regiovorming) as YAML,
evaluated by durable_rules against the facts of a case. The public API is
everything in ``__all__``; the rest is internal and may change in any release.

Names are imported when first used, so that ``import netadvisor`` (and the command line's ``--help``) start
fast; ``from netadvisor import Advisor`` works as usual.
"""

from __future__ import annotations

from importlib import import_module
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

# Every public name and the module it lives in: the one list of the public API.
_EXPORTS: dict[str, str] = {
    # the advisor and its advice
    **dict.fromkeys(("Advisor", "packaged_rules_path"), "advisor"),
    **dict.fromkeys(
        (
            "ADVICE_SCHEMA_VERSION",
            "Advice",
            "Alternative",
            "Answer",
            "AnswerType",
            "AssumedValue",
            "Assumption",
            "Certainty",
            "Change",
            "Choice",
            "Conclusion",
            "ConclusionChange",
            "ConditionCheck",
            "Deciding",
            "FactUsed",
            "Finding",
            "HeldQuestion",
            "LookAlikeNames",
            "Outcome",
            "Question",
            "RuleExplanation",
            "Severity",
            "SingleChange",
            "TraceStep",
            "UnusedAnswers",
            "AnswersSetAside",
            "WaitingAnswers",
            "WhatIf",
            "WhyNot",
            "advice_schema",
        ),
        "advice",
    ),
    # the case
    **dict.fromkeys(
        (
            "Case",
            "Challenge",
            "Composition",
            "Criteria",
            "Goal",
            "Governance",
            "Management",
            "NetworkState",
            "Partner",
            "Region",
            "RegionalCharacteristics",
            "Roles",
            "parse_case",
        ),
        "case",
    ),
    "case_schema": "caseschema",
    **dict.fromkeys(("CaseFile", "load_case_file", "read_case_file", "read_case_file_as_written"), "casefile"),
    "advise_many": "batch",
    **dict.fromkeys(
        (
            "FACTS",
            "PARTNER_FACTS",
            "Bounds",
            "FactSpec",
            "fact_values",
            "fact_meant",
            "facts_mentioning",
            "partner_answer",
            "partner_list_meant",
            "spec_of",
        ),
        "facts",
    ),
    **dict.fromkeys(("AnswerSpec", "NotAnAnswer", "parse_answer", "value_label", "closest_choice"), "answers"),
    **dict.fromkeys(("LANGUAGES", "Language", "Text"), "text"),
    # the rules
    "rule_file_schema": "ruleschema",
    **dict.fromkeys(
        (
            "ENGINE_CHOICES",
            "FIXED_CONCLUSIONS",
            "ChallengeType",
            "CollaborationForm",
            "EngineChoice",
            "FixedConclusion",
            "GovernanceMode",
        ),
        "vocabulary",
    ),
    **dict.fromkeys(("load_rule_base_of", "load_rules"), "loader"),
    **dict.fromkeys(("Rule", "RuleBase"), "rulebase"),
    "facts_text": "factsheet",
    # the impact of an edit of the rules (netadvisor diff)
    **dict.fromkeys(
        (
            "CaseImpact",
            "CombinationChange",
            "Corpus",
            "CorpusCase",
            "CorpusSummary",
            "GivenValue",
            "OutcomeChange",
            "PolicyEdit",
            "RevisionError",
            "RuleBaseDiff",
            "RuleEdit",
            "SentenceChange",
            "SeverityChange",
            "TableChange",
            "build_corpus",
            "compare_rulebases",
            "rulebase_at_revision",
        ),
        "rulediff",
    ),
    **dict.fromkeys(("diff_json", "diff_markdown", "diff_text"), "diffreport"),
    # errors
    **dict.fromkeys(
        (
            "CaseError",
            "CaseProblem",
            "DurableUnavailableWarning",
            "EngineError",
            "NetadvisorError",
            "PartnerNotListedError",
            "RuleError",
            "RuleProblem",
            "UnknownFactError",
        ),
        "errors",
    ),
    # asking, one question at a time
    **dict.fromkeys(
        (
            "AnswerError",
            "Consultation",
            "ConsultationInterrupted",
            "MorePartnersThanCounted",
            "StateError",
            "answers_of",
            "case_file_answers",
            "consult",
        ),
        "consultation",
    ),
    # many cases at once, on worker processes
    **dict.fromkeys(("CaseStream", "advise_stream"), "batch"),
    "durable_available": "engine",
    # reports for people, and rules, facts and what-ifs in words
    **dict.fromkeys(
        (
            "NoSuchSubject",
            "advice_html",
            "advice_json",
            "advice_markdown",
            "advice_text",
            "describe",
            "description_text",
            "fact_description",
            "rule_description",
            "single_changes_text",
            "what_if_text",
        ),
        "render",
    ),
    # the tools of the rules' owners: check --analyse, test, and the words of the command line
    **dict.fromkeys(
        (
            "Analysis",
            "AnalysisFinding",
            "ScenarioResultsError",
            "analyse",
            "rules_fired_in_scenarios",
            "rules_without_examples",
            "unsatisfiable_rules",
        ),
        "analysis",
    ),
    **dict.fromkeys(("RuleTestReport", "default_place", "run_rule_tests", "shown_path"), "ruletests"),
    **dict.fromkeys(
        (
            "COMMAND_WORDS",
            "both_languages",
            "command_says",
            "conclusion_in_words",
            "conclusion_meant",
            "conclusion_name_near",
            "os_reason",
        ),
        "messages",
    ),
}

# (built here, which a type checker cannot read: it takes a star import's names from the TYPE_CHECKING imports
# below, each re-exported "X as X", and sees no __all__; with one it could not read, it saw none of them: a tool
# builder's "from netadvisor import *" was "Advisor is not defined")
_PUBLIC = sorted([*_EXPORTS, "__version__"])
if not TYPE_CHECKING:
    __all__ = _PUBLIC


def _package_version() -> str:
    # importlib.metadata takes longer to import than the command line's --help takes in all: read it when asked
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("netadvisor")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
        return "0+unknown"


__version__: str  # an annotation only: read from the installed package's metadata when first used (below)

# Only at run time: a module __getattr__ that type checkers see types every name, a misspelt one too, as Any; they
# see the names imported under TYPE_CHECKING below instead.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        return _lazy(name)


def _lazy(name: str) -> Any:
    """A public name, imported from its module the first time it is used."""
    if name == "__version__":
        globals()[name] = value = _package_version()
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'netadvisor' has no attribute {name!r}")
    found: Any = getattr(import_module(f".{module}", __name__), name)
    if isinstance(found, dict):
        # a catalogue read by every advice, as a read-only view: a tool builder's FIXED_CONCLUSIONS[...] = () or
        # FACTS.pop(...) changed, or broke, every advice after it in the process
        found = MappingProxyType(found)
    globals()[name] = found  # the next lookup is a plain one
    return found


def __dir__() -> list[str]:
    return list(_PUBLIC)


if TYPE_CHECKING:  # what type checkers and editors see: the same names, imported at once
    # ("X as X" marks each as re-exported, as mypy --strict asks of a typed package)
    from .advice import (
        ADVICE_SCHEMA_VERSION as ADVICE_SCHEMA_VERSION,
    )
    from .advice import (
        Advice as Advice,
    )
    from .advice import (
        Alternative as Alternative,
    )
    from .advice import (
        Answer as Answer,
    )
    from .advice import (
        AnswersSetAside as AnswersSetAside,
    )
    from .advice import (
        AnswerType as AnswerType,
    )
    from .advice import (
        AssumedValue as AssumedValue,
    )
    from .advice import (
        Assumption as Assumption,
    )
    from .advice import (
        Certainty as Certainty,
    )
    from .advice import (
        Change as Change,
    )
    from .advice import (
        Choice as Choice,
    )
    from .advice import (
        Conclusion as Conclusion,
    )
    from .advice import (
        ConclusionChange as ConclusionChange,
    )
    from .advice import (
        ConditionCheck as ConditionCheck,
    )
    from .advice import (
        Deciding as Deciding,
    )
    from .advice import (
        FactUsed as FactUsed,
    )
    from .advice import (
        Finding as Finding,
    )
    from .advice import (
        HeldQuestion as HeldQuestion,
    )
    from .advice import (
        LookAlikeNames as LookAlikeNames,
    )
    from .advice import (
        Outcome as Outcome,
    )
    from .advice import (
        Question as Question,
    )
    from .advice import (
        RuleExplanation as RuleExplanation,
    )
    from .advice import (
        Severity as Severity,
    )
    from .advice import (
        SingleChange as SingleChange,
    )
    from .advice import (
        TraceStep as TraceStep,
    )
    from .advice import (
        UnusedAnswers as UnusedAnswers,
    )
    from .advice import (
        WaitingAnswers as WaitingAnswers,
    )
    from .advice import (
        WhatIf as WhatIf,
    )
    from .advice import (
        WhyNot as WhyNot,
    )
    from .advice import (
        advice_schema as advice_schema,
    )
    from .advisor import (
        Advisor as Advisor,
    )
    from .advisor import (
        packaged_rules_path as packaged_rules_path,
    )
    from .analysis import (
        Analysis as Analysis,
    )
    from .analysis import (
        AnalysisFinding as AnalysisFinding,
    )
    from .analysis import (
        ScenarioResultsError as ScenarioResultsError,
    )
    from .analysis import (
        analyse as analyse,
    )
    from .analysis import (
        rules_fired_in_scenarios as rules_fired_in_scenarios,
    )
    from .analysis import (
        rules_without_examples as rules_without_examples,
    )
    from .analysis import (
        unsatisfiable_rules as unsatisfiable_rules,
    )
    from .answers import (
        AnswerSpec as AnswerSpec,
    )
    from .answers import (
        NotAnAnswer as NotAnAnswer,
    )
    from .answers import (
        closest_choice as closest_choice,
    )
    from .answers import (
        parse_answer as parse_answer,
    )
    from .answers import (
        value_label as value_label,
    )
    from .batch import (
        CaseStream as CaseStream,
    )
    from .batch import (
        advise_many as advise_many,
    )
    from .batch import (
        advise_stream as advise_stream,
    )
    from .case import (
        Case as Case,
    )
    from .case import (
        Challenge as Challenge,
    )
    from .case import (
        Composition as Composition,
    )
    from .case import (
        Criteria as Criteria,
    )
    from .case import (
        Goal as Goal,
    )
    from .case import (
        Governance as Governance,
    )
    from .case import (
        Management as Management,
    )
    from .case import (
        NetworkState as NetworkState,
    )
    from .case import (
        Partner as Partner,
    )
    from .case import (
        Region as Region,
    )
    from .case import (
        RegionalCharacteristics as RegionalCharacteristics,
    )
    from .case import (
        Roles as Roles,
    )
    from .case import (
        parse_case as parse_case,
    )
    from .casefile import (
        CaseFile as CaseFile,
    )
    from .casefile import (
        load_case_file as load_case_file,
    )
    from .casefile import (
        read_case_file as read_case_file,
    )
    from .casefile import (
        read_case_file_as_written as read_case_file_as_written,
    )
    from .caseschema import (
        case_schema as case_schema,
    )
    from .consultation import (
        AnswerError as AnswerError,
    )
    from .consultation import (
        Consultation as Consultation,
    )
    from .consultation import (
        ConsultationInterrupted as ConsultationInterrupted,
    )
    from .consultation import (
        MorePartnersThanCounted as MorePartnersThanCounted,
    )
    from .consultation import (
        StateError as StateError,
    )
    from .consultation import (
        answers_of as answers_of,
    )
    from .consultation import (
        case_file_answers as case_file_answers,
    )
    from .consultation import (
        consult as consult,
    )
    from .diffreport import (
        diff_json as diff_json,
    )
    from .diffreport import (
        diff_markdown as diff_markdown,
    )
    from .diffreport import (
        diff_text as diff_text,
    )
    from .engine import (
        durable_available as durable_available,
    )
    from .errors import (
        CaseError as CaseError,
    )
    from .errors import (
        CaseProblem as CaseProblem,
    )
    from .errors import (
        DurableUnavailableWarning as DurableUnavailableWarning,
    )
    from .errors import (
        EngineError as EngineError,
    )
    from .errors import (
        NetadvisorError as NetadvisorError,
    )
    from .errors import (
        PartnerNotListedError as PartnerNotListedError,
    )
    from .errors import (
        RuleError as RuleError,
    )
    from .errors import (
        RuleProblem as RuleProblem,
    )
    from .errors import (
        UnknownFactError as UnknownFactError,
    )
    from .facts import (
        FACTS as FACTS,
    )
    from .facts import (
        PARTNER_FACTS as PARTNER_FACTS,
    )
    from .facts import (
        Bounds as Bounds,
    )
    from .facts import (
        FactSpec as FactSpec,
    )
    from .facts import (
        fact_meant as fact_meant,
    )
    from .facts import (
        fact_values as fact_values,
    )
    from .facts import (
        facts_mentioning as facts_mentioning,
    )
    from .facts import (
        partner_answer as partner_answer,
    )
    from .facts import (
        partner_list_meant as partner_list_meant,
    )
    from .facts import (
        spec_of as spec_of,
    )
    from .factsheet import (
        facts_text as facts_text,
    )
    from .loader import (
        load_rule_base_of as load_rule_base_of,
    )
    from .loader import (
        load_rules as load_rules,
    )
    from .messages import (
        COMMAND_WORDS as COMMAND_WORDS,
    )
    from .messages import (
        both_languages as both_languages,
    )
    from .messages import (
        command_says as command_says,
    )
    from .messages import (
        conclusion_in_words as conclusion_in_words,
    )
    from .messages import (
        conclusion_meant as conclusion_meant,
    )
    from .messages import (
        conclusion_name_near as conclusion_name_near,
    )
    from .messages import (
        os_reason as os_reason,
    )
    from .render import (
        NoSuchSubject as NoSuchSubject,
    )
    from .render import (
        advice_html as advice_html,
    )
    from .render import (
        advice_json as advice_json,
    )
    from .render import (
        advice_markdown as advice_markdown,
    )
    from .render import (
        advice_text as advice_text,
    )
    from .render import (
        describe as describe,
    )
    from .render import (
        description_text as description_text,
    )
    from .render import (
        fact_description as fact_description,
    )
    from .render import (
        rule_description as rule_description,
    )
    from .render import (
        single_changes_text as single_changes_text,
    )
    from .render import (
        what_if_text as what_if_text,
    )
    from .rulebase import (
        Rule as Rule,
    )
    from .rulebase import (
        RuleBase as RuleBase,
    )
    from .rulediff import (
        CaseImpact as CaseImpact,
    )
    from .rulediff import (
        CombinationChange as CombinationChange,
    )
    from .rulediff import (
        Corpus as Corpus,
    )
    from .rulediff import (
        CorpusCase as CorpusCase,
    )
    from .rulediff import (
        CorpusSummary as CorpusSummary,
    )
    from .rulediff import (
        GivenValue as GivenValue,
    )
    from .rulediff import (
        OutcomeChange as OutcomeChange,
    )
    from .rulediff import (
        PolicyEdit as PolicyEdit,
    )
    from .rulediff import (
        RevisionError as RevisionError,
    )
    from .rulediff import (
        RuleBaseDiff as RuleBaseDiff,
    )
    from .rulediff import (
        RuleEdit as RuleEdit,
    )
    from .rulediff import (
        SentenceChange as SentenceChange,
    )
    from .rulediff import (
        SeverityChange as SeverityChange,
    )
    from .rulediff import (
        TableChange as TableChange,
    )
    from .rulediff import (
        build_corpus as build_corpus,
    )
    from .rulediff import (
        compare_rulebases as compare_rulebases,
    )
    from .rulediff import (
        rulebase_at_revision as rulebase_at_revision,
    )
    from .ruleschema import (
        rule_file_schema as rule_file_schema,
    )
    from .ruletests import (
        RuleTestReport as RuleTestReport,
    )
    from .ruletests import (
        default_place as default_place,
    )
    from .ruletests import (
        run_rule_tests as run_rule_tests,
    )
    from .ruletests import (
        shown_path as shown_path,
    )
    from .text import (
        LANGUAGES as LANGUAGES,
    )
    from .text import (
        Language as Language,
    )
    from .text import (
        Text as Text,
    )
    from .vocabulary import (
        ENGINE_CHOICES as ENGINE_CHOICES,
    )
    from .vocabulary import (
        FIXED_CONCLUSIONS as FIXED_CONCLUSIONS,
    )
    from .vocabulary import (
        ChallengeType as ChallengeType,
    )
    from .vocabulary import (
        CollaborationForm as CollaborationForm,
    )
    from .vocabulary import (
        EngineChoice as EngineChoice,
    )
    from .vocabulary import (
        FixedConclusion as FixedConclusion,
    )
    from .vocabulary import (
        GovernanceMode as GovernanceMode,
    )
