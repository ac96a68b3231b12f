"""The public API is what __init__ exports, sorted, and nothing drifts in or out unnoticed."""

from __future__ import annotations

import netadvisor

EXPECTED = [
    "FACTS", "FIXED_CONCLUSIONS", "Advice", "Advisor", "Alternative", "Answer", "AnswerType", "AssumedValue",
    "Assumption", "Case", "CaseError", "CaseProblem", "Change", "Choice", "Conclusion", "ConditionCheck", "Deciding",
    "DurableUnavailableWarning", "EngineError", "FactSpec", "FactUsed", "Finding", "NetadvisorError", "Outcome",
    "Question", "RuleBase", "RuleError", "RuleExplanation", "RuleProblem", "TraceStep", "__version__",
    "load_case_file", "load_rules", "packaged_rules_path", "rule_file_schema",
]


def test_all_is_sorted_and_complete() -> None:
    assert netadvisor.__all__ == sorted(netadvisor.__all__)
    assert netadvisor.__all__ == sorted(EXPECTED)
    for name in netadvisor.__all__:
        assert hasattr(netadvisor, name), name


def test_version_comes_from_package_metadata() -> None:
    from importlib.metadata import version

    assert netadvisor.__version__ == version("netadvisor")


def test_errors_share_one_root() -> None:
    for error in (netadvisor.RuleError, netadvisor.CaseError, netadvisor.EngineError):
        assert issubclass(error, netadvisor.NetadvisorError)


def test_fixed_conclusions_never_change() -> None:
    """Other tools rely on these names and values."""
    assert netadvisor.FIXED_CONCLUSIONS == {
        "challenge_type": ("simple", "complicated", "complex"),
        "collaboration_form": ("learning_network", "shared_service_centre", "organisation_network"),
        "governance_mode": ("self_governing", "lead_organisation", "network_administrative_organisation"),
    }


def test_only_the_engine_module_imports_durable_rules() -> None:
    """Everything else sees the engine through its interface."""
    from pathlib import Path

    package = Path(netadvisor.__file__).parent
    importers = sorted(path.name for path in package.glob("*.py")
                       if "import durable" in path.read_text() or "from durable" in path.read_text())
    assert importers == ["engine.py"]
