"""The public API is what __init__ exports, sorted, and nothing drifts in or out unnoticed."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

import netadvisor


def _referenced(kind: object, seen: set[type]) -> None:
    """Every netadvisor class a type annotation names, and those their fields name, into ``seen``."""
    import enum
    import typing

    from pydantic import BaseModel

    for arg in typing.get_args(kind):
        _referenced(arg, seen)
    if isinstance(kind, type) and kind.__module__.startswith("netadvisor.") and kind not in seen:
        seen.add(kind)
        if issubclass(kind, BaseModel):
            for field in kind.model_fields.values():
                _referenced(field.annotation, seen)
        elif not issubclass(kind, enum.Enum | Exception):
            for name, member in vars(kind).items():
                if callable(member) and not name.startswith("_"):
                    for hint in typing.get_type_hints(member).values():
                        _referenced(hint, seen)


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert netadvisor.__all__ == sorted(netadvisor.__all__)
    for name in netadvisor.__all__:
        assert getattr(netadvisor, name) is not None, name


def test_type_checkers_see_exactly_the_lazy_exports_each_from_its_module() -> None:
    """The TYPE_CHECKING imports repeat _EXPORTS for mypy and editors; they must not drift, and each must be an
    explicit re-export ("X as X"), or a consumer's mypy --strict rejects ``from netadvisor import X``."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(netadvisor.__file__).read_text(encoding="utf-8"))
    guard = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    seen: dict[str, str] = {}
    for node in guard.body:
        assert isinstance(node, ast.ImportFrom), ast.unparse(node)
        assert node.level == 1, ast.unparse(node)
        assert node.module, ast.unparse(node)
        for alias in node.names:
            assert alias.asname == alias.name, f"{alias.name} is not re-exported as itself"
            seen[alias.name] = node.module
    assert seen == netadvisor._EXPORTS


def test_everything_the_public_api_takes_or_returns_is_public() -> None:
    """Derived, not listed: walk what the public functions, classes and models take and return; every netadvisor
    class found there must be exported, so a tool builder never reaches into a private module."""
    import typing

    seen: set[type] = set()
    for name in netadvisor.__all__:
        value = getattr(netadvisor, name)
        if isinstance(value, type):
            _referenced(value, seen)
        elif callable(value) and getattr(value, "__module__", "").startswith("netadvisor"):
            for hint in typing.get_type_hints(value).values():
                _referenced(hint, seen)
    exported = {id(getattr(netadvisor, name)) for name in netadvisor.__all__}
    missing = sorted(f"{kind.__module__}.{kind.__qualname__}" for kind in seen if id(kind) not in exported)
    assert missing == [], missing
    assert len(seen) > 30  # the walk found the advice models, the case models, the errors


def test_importing_the_package_imports_nothing_heavy() -> None:
    """`import netadvisor` is fast: the engine, pydantic models and YAML load only when first used."""
    import subprocess
    import sys

    probe = "import sys, netadvisor; print(sorted(m for m in sys.modules if m.startswith(('netadvisor.', 'durable', 'pydantic', 'yaml'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_version_comes_from_package_metadata() -> None:
    from importlib.metadata import version

    assert netadvisor.__version__ == version("netadvisor")


def test_errors_share_one_root() -> None:
    """Every public error class about what netadvisor is given is a NetadvisorError (a tool builder mapped that
    to one answer and missed every wrong consultation answer, an AnswerError); those that were a built-in error
    stay one."""
    public_errors = [
        getattr(netadvisor, name)
        for name in netadvisor.__all__
        if isinstance(getattr(netadvisor, name), type)
        and issubclass(getattr(netadvisor, name), Exception)
        and not issubclass(getattr(netadvisor, name), Warning)
    ]
    outside = {netadvisor.ConsultationInterrupted}  # a consultation cut short: no error in what was given
    assert len(public_errors) > 8
    for error in public_errors:
        assert issubclass(error, netadvisor.NetadvisorError) or error in outside, error
    assert issubclass(netadvisor.AnswerError, ValueError)
    assert issubclass(netadvisor.NoSuchSubject, LookupError)


def test_an_invalid_case_is_a_value_error() -> None:
    """A case of wrong values is a ValueError, as pydantic's validation error and an answer's error are: a tool
    builder's ``except ValueError`` around ``advise`` let a CaseError through."""
    advisor = netadvisor.Advisor.from_path(Path(__file__).parent / "rules")
    with pytest.raises(ValueError, match="partner_count") as raised:
        advisor.advise({"name": "x", "governance": {"partner_count": "veel"}})
    assert isinstance(raised.value, netadvisor.CaseError)


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
    importers = sorted(
        path.name
        for path in package.glob("*.py")
        if "import durable" in path.read_text() or "from durable" in path.read_text()
    )
    assert importers == ["engine.py"]


def test_no_public_name_is_also_a_module_of_the_package() -> None:
    """Importing netadvisor.X sets the package's attribute X to the module: a public function of the same name
    (once: ``consult`` in consult.py) would then turn into a module, depending on what was imported first."""
    import pkgutil

    modules = {info.name for info in pkgutil.iter_modules(netadvisor.__path__)}
    assert modules, "no modules found: the check would pass on nothing"
    assert not modules & set(netadvisor.__all__)


def test_the_command_line_uses_only_the_public_names() -> None:
    """The command line is a tool like any other: it imports from ``netadvisor`` (its __all__) and the standard
    library or PyYAML, never from the package's internal modules, so the public surface is enough to build it."""
    import ast
    from pathlib import Path

    import netadvisor.cli

    tree = ast.parse(Path(netadvisor.cli.__file__).read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1]
    assert imports, "no relative imports found: the check would pass on nothing"
    internal = [f".{node.module} (line {node.lineno})" for node in imports if node.module is not None]
    assert internal == []
    names = {alias.name for node in imports for alias in node.names}
    assert names - {"__version__"} <= set(netadvisor.__all__), names - set(netadvisor.__all__)


def test_every_public_error_crosses_to_another_process_whole() -> None:
    """The README promises every netadvisor error crosses to a worker process whole: a tool builder's explain of an
    unknown subject in a process pool ended in BrokenProcessPool (NoSuchSubject could not be unpickled, nor
    RevisionError and ScenarioResultsError). One instance of each public error class, each one listed here."""
    import pickle

    from netadvisor import CaseProblem, RuleProblem, Text

    said = Text("waarom", "why")
    made = [
        netadvisor.AnswerError(said, "governance.trust"),
        netadvisor.CaseError([CaseProblem.of("unknown-field", {"field": "x"}, path="x")]),
        netadvisor.ConsultationInterrupted(),
        netadvisor.EngineError("stuck"),
        netadvisor.MorePartnersThanCounted(said, 2, 3),
        netadvisor.NetadvisorError("any"),
        netadvisor.NoSuchSubject("xyzzy", "governance.trust"),
        netadvisor.NotAnAnswer(said),
        netadvisor.PartnerNotListedError("partners[3].kind", 1),
        netadvisor.RevisionError("geen git", "no git"),
        netadvisor.RuleError([RuleProblem("a.yaml", 1, 1, "unknown-key", said)]),
        netadvisor.ScenarioResultsError(said),
        netadvisor.StateError("answers", "no valid case", (CaseProblem.of("unknown-field", {"field": "x"}, path="x"),)),
        netadvisor.UnknownFactError("governance.trsut", "governance.trust"),
    ]
    public = {
        getattr(netadvisor, name)
        for name in netadvisor.__all__
        if isinstance(getattr(netadvisor, name), type)
        and issubclass(getattr(netadvisor, name), Exception)
        and not issubclass(getattr(netadvisor, name), Warning)
    }
    assert {type(error) for error in made} == public  # (a new error class is added here, with its pickling)
    for error in made:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert vars(again) == vars(error), type(error)


def test_an_advisor_of_no_rule_base_and_what_if_of_no_fact_name_say_what_to_pass() -> None:
    """A tool builder's trial of the compiled wheel: ``Advisor(42)`` said "'int' object has no attribute 'rules'",
    ``what_if(case, {None: "hoog"})`` "expected string or bytes-like object" (compiled: "tuple[str, object] object
    expected"), and ``not_known=None`` "'NoneType' object is not iterable"."""
    with pytest.raises(TypeError, match=r"Advisor takes a rule base.*not str.*Advisor\.from_path\(path\)"):
        netadvisor.Advisor("rules/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Advisor takes a rule base.*not int"):
        netadvisor.Advisor(42)  # type: ignore[arg-type]
    advisor = netadvisor.Advisor.from_path(Path(__file__).parent / "rules")
    for named in (None, 5):
        with pytest.raises(TypeError, match="a fact is named by its path"):
            advisor.what_if({}, {named: "hoog"})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match=r"not_known takes a collection of fact paths \(or leave it out for none\)"):
        advisor.advise({}, not_known=None)  # type: ignore[arg-type]


def test_a_fact_named_by_no_text_is_a_type_error_and_single_changes_names_an_unknown_fact() -> None:
    """``not_known=[None]``, ``Consultation.answer(None, …)`` and ``what_if`` given a list raised AttributeError from
    deep inside; ``single_changes(given=…)`` of a misspelt fact was a CaseError "unknown field", where its docstring
    and what_if say UnknownFactError (a tool builder). A folder given as a case file is said to be one."""
    import tempfile

    advisor = netadvisor.Advisor.from_path(Path(__file__).parent / "rules")
    with pytest.raises(TypeError, match="a fact is named by its path"):
        advisor.advise({}, not_known=[None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="a fact is named by its path"):
        netadvisor.Consultation(advisor).answer(None, "ja")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="changes is a mapping"):
        advisor.what_if({}, ["governance.trust"])  # type: ignore[arg-type]
    with pytest.raises(netadvisor.UnknownFactError) as unknown:
        advisor.single_changes({}, "governance_mode", given={"governance.trsut": "high"})
    assert unknown.value.meant == "governance.trust"
    with tempfile.TemporaryDirectory() as folder, pytest.raises(netadvisor.CaseError) as refused:
        netadvisor.read_case_file(folder)
    assert "een map, geen bestand" in refused.value.format("nl")
    assert netadvisor.AnswerError(netadvisor.Text("nl", "en")).format() == "en"  # (as CaseError.format)


def test_the_helpers_a_tool_builder_calls_say_what_they_take() -> None:
    """``fact_values("governance.trust")``, ``parse_answer("governance.trust", "hoog")`` and ``spec_of(5)`` raised
    AttributeError from inside, and ``value_label(object())`` gave a Python repr for a report (a tool builder)."""
    with pytest.raises(TypeError, match="fact_values takes a Case"):
        netadvisor.fact_values("governance.trust")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"parse_answer\(spec_of\('governance.trust'\), answer\)"):
        netadvisor.parse_answer("governance.trust", "hoog")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="answer as a person types it"):
        netadvisor.parse_answer(netadvisor.spec_of("governance.trust"), 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a fact is named by its path"):
        netadvisor.spec_of(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="value_label takes a fact's value"):
        netadvisor.value_label(object(), "nl")
    assert netadvisor.value_label(12, "nl") == "12"
    # (a second trial: a list, a dict or a model was written as Python writes it, another language read as English;
    # a question's answer type taken for the spec, a minimum that is no number, a list for a path)
    for no_value in (["a"], {"a": 1}, b"x", netadvisor.Choice(value="high", label="hoog")):
        with pytest.raises(TypeError, match="value_label takes a fact's value"):
            netadvisor.value_label(no_value, "nl")
    with pytest.raises(ValueError, match="choose one of nl, en"):
        netadvisor.value_label("high", "fr")  # type: ignore[arg-type]
    answer_type = netadvisor.Advisor.from_path(Path(__file__).parent / "rules").advise({}).questions[0].answer
    with pytest.raises(TypeError, match=r"spec_of\(question.fact\)"):
        netadvisor.parse_answer(answer_type, "kennis")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="minimum is a whole number"):
        netadvisor.parse_answer(netadvisor.spec_of("governance.partner_count"), "3", minimum=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a fact is named by its path"):
        netadvisor.spec_of(["governance.trust"])  # type: ignore[arg-type]


def test_every_error_a_public_docstring_says_is_raised_is_public() -> None:
    """``parse_answer`` says it raises NotAnAnswer, which a tool builder could catch by name only from a private
    module (helper-124): each exception named under "Raises:" of a public function, class or method is exported,
    or Python's own."""
    import builtins
    import inspect
    import re

    named: dict[str, str] = {}
    for name in netadvisor.__all__:
        value = getattr(netadvisor, name)
        members = [value, *vars(value).values()] if isinstance(value, type) else [value]
        for member in members:
            doc = inspect.getdoc(member) if callable(member) or isinstance(member, property) else None
            raises = (doc or "").partition("Raises:")[2]
            for line in raises.splitlines()[1:]:
                if line and not line.startswith(" "):
                    break  # the next section
                if found := re.match(r"^ {4}([A-Za-z_.]+):", line):
                    named[found.group(1)] = name
    assert named, "no Raises: section read"
    not_public = {
        error: where
        for error, where in named.items()
        if error not in netadvisor.__all__ and not isinstance(getattr(builtins, error, None), type)
    }
    assert not not_public, not_public


def test_spec_of_a_path_that_is_no_fact_names_the_fact_meant() -> None:
    """``spec_of("nope")`` was a bare KeyError('nope'), and ``spec_of("partners[x].kind")`` gave a partner's kind for
    a place that is none: both are the library's UnknownFactError (a KeyError), with the fact most likely meant."""
    for no_fact in ("nope", "partners[x].kind", "partners[-1].kind", "partners[0]", "governance"):
        with pytest.raises(netadvisor.UnknownFactError) as refused:
            netadvisor.spec_of(no_fact)
        assert isinstance(refused.value, KeyError)
        assert refused.value.name == no_fact
    with pytest.raises(netadvisor.UnknownFactError) as misspelt:
        netadvisor.spec_of("partners[2].kindd")
    assert misspelt.value.meant == "partners[2].kind"
    # every fact of the catalogue, a computed one too, each partner's answer by place and for all, and the list
    assert all(netadvisor.spec_of(path).type for path in netadvisor.FACTS)
    assert netadvisor.spec_of("partners[12].kind") is netadvisor.spec_of("partners[].kind")
    assert netadvisor.spec_of("partners").type == "partners"


def test_a_fact_both_answered_and_given_as_not_known_is_refused() -> None:
    """A form that joined its "weet niet" boxes with its fields sent both, and the answer won without a word (a tool
    builder): each such fact is a case problem, a partner's answer too. The number of organisations a list gives is
    no answer: "weet niet" to it says the list may be incomplete."""
    advisor = netadvisor.Advisor.from_path(Path(__file__).parent / "rules")
    case = {"governance": {"trust": "high"}, "partners": [{"name": "Geel", "kind": "gemeente"}, {"name": "Mol"}]}
    with pytest.raises(netadvisor.CaseError) as refused:
        advisor.advise(case, not_known=["governance.trust", "partners[0].kind", "partners[1].kind"])
    assert [(problem.path, problem.code) for problem in refused.value.problems] == [
        ("governance.trust", "answered-and-not-known"),
        ("partners[0].kind", "answered-and-not-known"),
    ]
    assert refused.value.problems[0].message_in("nl") == "beantwoord ('hoog') en ook als 'weet niet' opgegeven"
    # a number written beside a list of as many is an answer too; a fact named twice is one problem
    eight = {"partners": [{"name": f"G{number}"} for number in range(8)], "governance": {"partner_count": 8}}
    with pytest.raises(netadvisor.CaseError) as refused:
        advisor.advise(eight, not_known=["governance.partner_count", "governance.partner_count"])
    assert [problem.path for problem in refused.value.problems] == ["governance.partner_count"]
    with pytest.raises(netadvisor.CaseError):
        advisor.what_if(case, {"governance.goal_consensus": "low"}, not_known=["governance.trust"])
    advised = advisor.advise(case, not_known=["governance.partner_count", "partners[1].kind"])
    assert advised.questions  # (accepted)


def test_the_catalogues_netadvisor_exports_are_read_only() -> None:
    """A tool builder's `FIXED_CONCLUSIONS["governance_mode"] = ()` changed every later advice in the process, and
    `FACTS.pop(...)` made advise raise a KeyError: the public catalogues are read-only views."""
    catalogues = [name for name in netadvisor.__all__ if isinstance(getattr(netadvisor, name), Mapping)]
    assert {"FACTS", "FIXED_CONCLUSIONS", "PARTNER_FACTS"} <= set(catalogues)
    for name in catalogues:
        catalogue = getattr(netadvisor, name)
        key = next(iter(catalogue))
        with pytest.raises(TypeError):
            catalogue[key] = None
        with pytest.raises(AttributeError):
            catalogue.pop(key)
        assert key in catalogue


def test_a_partner_answer_by_the_catalogue_s_key_is_an_unknown_fact_naming_the_first_partner() -> None:
    """A tool builder's form keyed its fields by PARTNER_FACTS ("partners[].kind"): answer(), advise's not_known,
    what_if and the Consultation's answers raised int()'s ValueError, in English, past a handler of
    NetadvisorError; one call kept the answer for no partner at all."""
    from netadvisor import Advisor, Consultation, UnknownFactError

    advisor = Advisor(engine="evaluator")
    case = {"partners": [{"name": "A"}, {"name": "B"}]}
    calls = [
        lambda: Consultation(advisor, answers={"partners": ["A", "B"]}).answer("partners[].kind", "ocmw"),
        lambda: advisor.advise(case, not_known=["partners[].kind"]),
        lambda: advisor.what_if(case, {"partners[].kind": "ocmw"}),
        lambda: Consultation(advisor, answers={"partners[].kind": "ocmw"}),
    ]
    for call in calls:
        with pytest.raises(UnknownFactError) as raised:
            call()
        assert (raised.value.name, raised.value.meant) == ("partners[].kind", "partners[0].kind")
    with pytest.raises(UnknownFactError):  # (a place that is no number: no partner either)
        advisor.advise(case, not_known=["partners[x].kind"])
    assert "bedoelde je 'partners[0].kind'?" in UnknownFactError("partners[].kind", "partners[0].kind").format("nl")


def test_every_error_about_one_field_names_it_as_path() -> None:
    """A tool builder's form mapped errors to its fields with six branches: fact, name, path, where. Each error
    about one field also names it ``path``, as a CaseProblem does."""
    from netadvisor import (
        Advisor,
        AnswerError,
        Consultation,
        PartnerNotListedError,
        StateError,
        Text,
        UnknownFactError,
    )

    advisor = Advisor(engine="evaluator")
    consultation = Consultation(advisor)
    with pytest.raises(AnswerError) as answered:
        consultation.answer("governance.trust", "blauw")
    with pytest.raises(UnknownFactError) as unknown:
        consultation.answer("governance.trsut", "hoog")
    with pytest.raises(PartnerNotListedError) as not_listed:
        advisor.advise({"partners": [{"name": "A"}]}, not_known=["partners[3].kind"])
    with pytest.raises(StateError) as state:
        Consultation.from_state(advisor, {**consultation.state(), "version": 99})
    assert [error.value.path for error in (answered, unknown, not_listed, state)] == [
        "governance.trust",
        "governance.trsut",
        "partners[3].kind",
        "version",
    ]
    assert AnswerError(Text("x", "x"), "goal.statement").path == "goal.statement"


def test_the_types_of_a_finding_s_severity_and_a_conclusion_s_certainty_are_public() -> None:
    """A tool builder counting findings by severity under mypy --strict had to write the Literal out again: the
    fields' own types are public names, the ones the models use."""
    from typing import get_args

    import netadvisor

    assert get_args(netadvisor.Severity) == ("info", "advice", "warning")
    assert get_args(netadvisor.Certainty) == ("settled", "provisional", "open", "not_analysed")
    assert netadvisor.Finding.model_fields["severity"].annotation == netadvisor.Severity
    assert netadvisor.Conclusion.model_fields["certainty"].annotation == netadvisor.Certainty
