"""The models of an advice built without validation (``_Value.trusted``, the hot path of advise()): each is the
model validation would give, for whole advices on generated cases, and ``trusted`` refuses what validation
would refuse of its names."""

from __future__ import annotations

import random
import warnings

import pytest

from casegen import random_case
from conftest import RULES
from netadvisor import Advisor, load_rules
from netadvisor.advice import Advice, Alternative, Finding, Question, TraceStep
from netadvisor.case import parse_case


def _models(value: object) -> list[object]:
    """Every model inside ``value``, itself included, depth first."""
    from pydantic import BaseModel

    found: list[object] = []
    if isinstance(value, BaseModel):
        found.append(value)
        for name in type(value).model_fields:
            found += _models(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            found += _models(item)
    elif isinstance(value, dict):
        for item in value.values():
            found += _models(item)
    return found


def test_advices_built_without_validation_validate_to_themselves() -> None:
    advisor = Advisor(load_rules(RULES))
    rng = random.Random(11)
    checked = 0
    for index in range(150):
        case = parse_case(random_case(rng))
        advice = advisor.advise(case, lang="en" if index % 3 == 0 else "nl")
        with warnings.catch_warnings():
            # a value of another type than its field's makes pydantic warn as it serializes
            warnings.simplefilter("error")
            dumped = advice.model_dump()
            advice.model_dump_json()
        validated = Advice.model_validate(dumped)
        assert validated == advice  # (a tuple where a list belongs, None for a text, ... differ)
        assert validated.model_dump_json() == advice.model_dump_json()
        models = list({id(model): model for model in _models(advice)}.values())
        checked += len(models)
        # each list and dict of one model is its own: no two models of an advice share one (a value model the
        # advice holds twice, the same check of a condition in two rules, is one model)
        containers = [
            id(getattr(model, name))
            for model in models
            for name in type(model).model_fields
            if isinstance(getattr(model, name), list | dict)
        ]
        assert len(containers) == len(set(containers))
    assert checked > 150 * 20  # the advices had models of every kind in them, not a handful


def test_two_advices_share_no_list_of_a_model_built_for_them() -> None:
    """A model built per advice owns its lists: a caller that changes one changes no other advice. (The value
    models kept per rule base, a condition's check or a question's answer type, are shared whole, lists and
    all: not built per advice, and not what this is about.)"""
    advisor = Advisor(load_rules(RULES))
    case = parse_case(random_case(random.Random(3)))
    first, second = advisor.advise(case), advisor.advise(case)
    assert first == second
    pairs = list(zip(_models(first), _models(second), strict=True))
    assert sum(1 for one, other in pairs if one is not other) > 20
    for one, other in pairs:
        if one is other:
            continue
        for name in type(one).model_fields:
            if isinstance(getattr(one, name), list | dict) and getattr(one, name):
                assert getattr(one, name) is not getattr(other, name), (type(one).__name__, name)


def test_trusted_is_the_validated_model() -> None:
    step = TraceStep.trusted(round=1, rule_id="R1", concluded={"challenge_type": "complex"})
    assert step == TraceStep(round=1, rule_id="R1", concluded={"challenge_type": "complex"})
    assert step.model_fields_set == {"round", "rule_id", "concluded"}
    assert step.supported == {}
    # a default made by a factory is made anew for each model
    assert Alternative.trusted(value="a", label="A", support=0, not_supported_by=[]).waiting_for is not (
        Alternative.trusted(value="b", label="B", support=0, not_supported_by=[]).waiting_for
    )
    assert repr(step) == repr(TraceStep(round=1, rule_id="R1", concluded={"challenge_type": "complex"}))


def test_trusted_refuses_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError, match="no such field \\['colour'\\]"):
        TraceStep.trusted(round=1, rule_id="R1", colour="red")
    with pytest.raises(TypeError, match="required and missing \\['rule_id'\\]"):
        TraceStep.trusted(round=1)
    with pytest.raises(TypeError, match="required and missing"):
        Question.trusted(fact="x")
    with pytest.raises(TypeError):
        Finding.trusted()


def test_a_trusted_model_is_frozen() -> None:
    step = TraceStep.trusted(round=1, rule_id="R1")
    with pytest.raises(Exception, match="frozen"):
        step.round = 2  # type: ignore[misc]


def _containers(model: object, found: dict[int, str], path: str = "advice") -> None:
    """Every list and dict in an advice, by identity, with where it stands."""
    from pydantic import BaseModel

    if isinstance(model, BaseModel):
        for name, value in model.__dict__.items():
            _containers(value, found, f"{path}.{name}")
    elif isinstance(model, list | dict):
        found.setdefault(id(model), path)
        for key, value in model.items() if isinstance(model, dict) else enumerate(model):
            _containers(value, found, f"{path}[{key}]")


def test_no_two_advices_share_a_list_a_caller_could_change() -> None:
    """A tool builder appended a form's option to one advice's `answer.choices`, and every later advice in the
    process had it: lists netadvisor keeps (a question's choices, a condition's values) were handed to each advice.
    What it keeps is a tuple now; each advice's own lists are its own."""
    advisor = Advisor.from_path(RULES)
    rng = random.Random(3)
    advices = [advisor.advise(random_case(rng)) for _ in range(20)] + [advisor.advise({})]
    owner: dict[int, tuple[int, str]] = {}
    shared = set()
    for number, advice in enumerate(advices):
        found: dict[int, str] = {}
        _containers(advice, found)
        for identity, where in found.items():
            if identity in owner and owner[identity][0] != number:
                shared.add(where)
            owner.setdefault(identity, (number, where))
    assert not shared, sorted(shared)[:5]
    question = next(q for q in advices[-1].questions if q.answer.choices)
    with pytest.raises(AttributeError):
        question.answer.choices.append(question.answer.choices[0])  # type: ignore[attr-defined]


def test_every_field_of_the_advice_models_says_what_it_holds() -> None:
    """A tool builder's editor showed no help for Advice.conclusions, Question.changes or Finding.severity, and the
    JSON Schema left them undescribed: every field of the advice's models has a description."""
    import inspect

    from pydantic import BaseModel

    from netadvisor import advice

    models = [
        model
        for name, model in vars(advice).items()
        if inspect.isclass(model)
        and issubclass(model, BaseModel)
        and model.__module__ == advice.__name__
        and not name.startswith("_")
    ]
    assert len(models) > 20
    undescribed = [
        f"{model.__name__}.{name}"
        for model in models
        for name, field in model.model_fields.items()
        if not field.description
    ]
    assert undescribed == []
