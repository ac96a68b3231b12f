"""The operators of the rule language, one row each: the word in a rule file, the words in a sentence, the fact
types it fits, how it is checked on a value, and how it is checked on a count that is known only within bounds.

The loader, the evaluator, the compiler (through :func:`Operator.bounds_test`'s twin in :mod:`compiler`), the
analysis and the messages all read this table; a new operator is one row here, one case in the compiler, and
its tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from .text import Text

OperatorName = Literal["eq", "neq", "in", "not_in", "ge", "le", "gt", "lt", "known", "unknown"]
Operand = Literal["one", "list", "bool", "none"]


def _same(value: Any, operand: Any) -> bool:
    # type-strict: True is not 1 here (the loader already makes types match)
    return type(value) is type(operand) and value == operand


@dataclass(frozen=True, slots=True)
class Operator:
    """One operator of the rule language.

    Attributes:
        name: the internal name.
        word: the key in a rule file (``at_least``), or None for ``unknown``, which is written ``known: false``.
        words: how a condition reads in a sentence ("is minstens").
        negated: how it reads when it does not hold ("is niet minstens").
        meaning: what it means, for the rule-file schema and the documentation ("minstens").
        operand: what it compares with: one value, a list, true/false (``known``), nothing.
        fits: the fact types it may be used on ("conclusion" for conditions on conclusions).
        check: whether it holds for a known value (``known`` and ``unknown`` are decided before).
        check_bounds: for a count known only as ``low..high``: True or False when every count in the bounds
            agrees, None when some would make it hold and some not.
    """

    name: OperatorName
    word: str | None
    words: Text
    negated: Text
    meaning: Text
    operand: Operand
    fits: frozenset[str]
    check: Callable[[Any, Any], bool]
    check_bounds: Callable[[int, int, Any], bool | None]

    @property
    def reads_value(self) -> bool:
        """Whether it reads what a fact is, not only whether it is known (``known``, ``unknown``: a free text is
        then read for that alone)."""
        return self.operand in ("one", "list")


def _agree(always: bool, never: bool) -> bool | None:
    return True if always else False if never else None


_CHOICES = frozenset({"bool", "enum", "int", "conclusion"})
_NUMBERS = frozenset({"int"})

_FACT_TYPES = frozenset({"bool", "enum", "int", "text"})

OPERATORS: tuple[Operator, ...] = (
    Operator(
        "eq",
        "is",
        Text("is", "is"),
        Text("is niet", "is not"),
        Text("is gelijk aan", "equals"),
        "one",
        _CHOICES,
        check=_same,
        check_bounds=lambda low, high, c: _agree(False, not low <= c <= high),
    ),
    Operator(
        "neq",
        "is_not",
        Text("is niet", "is not"),
        Text("is wel", "is"),
        Text("is niet", "is not"),
        "one",
        _CHOICES,
        check=lambda v, c: not _same(v, c),
        check_bounds=lambda low, high, c: _agree(not low <= c <= high, False),
    ),
    Operator(
        "in",
        "one_of",
        Text("is een van", "is one of"),
        Text("is geen van", "is none of"),
        Text("is een van", "is one of"),
        "list",
        _CHOICES,
        check=lambda v, c: any(_same(v, item) for item in c),
        check_bounds=lambda low, high, c: _agree(False, not any(low <= item <= high for item in c)),
    ),
    Operator(
        "not_in",
        "not_one_of",
        Text("is geen van", "is none of"),
        Text("is een van", "is one of"),
        Text("is geen van", "is none of"),
        "list",
        _CHOICES,
        check=lambda v, c: not any(_same(v, item) for item in c),
        check_bounds=lambda low, high, c: _agree(not any(low <= item <= high for item in c), False),
    ),
    Operator(
        "ge",
        "at_least",
        Text("is minstens", "is at least"),
        Text("is niet minstens", "is not at least"),
        Text("minstens", "at least"),
        "one",
        _NUMBERS,
        check=lambda v, c: bool(v >= c),
        check_bounds=lambda low, high, c: _agree(low >= c, high < c),
    ),
    Operator(
        "le",
        "at_most",
        Text("is hoogstens", "is at most"),
        Text("is niet hoogstens", "is not at most"),
        Text("hoogstens", "at most"),
        "one",
        _NUMBERS,
        check=lambda v, c: bool(v <= c),
        check_bounds=lambda low, high, c: _agree(high <= c, low > c),
    ),
    Operator(
        "gt",
        "more_than",
        Text("is meer dan", "is more than"),
        Text("is niet meer dan", "is not more than"),
        Text("meer dan", "more than"),
        "one",
        _NUMBERS,
        check=lambda v, c: bool(v > c),
        check_bounds=lambda low, high, c: _agree(low > c, high <= c),
    ),
    Operator(
        "lt",
        "less_than",
        Text("is minder dan", "is less than"),
        Text("is niet minder dan", "is not less than"),
        Text("minder dan", "less than"),
        "one",
        _NUMBERS,
        check=lambda v, c: bool(v < c),
        check_bounds=lambda low, high, c: _agree(high < c, low >= c),
    ),
    Operator(
        "known",
        "known",
        Text("is gekend", "is known"),
        Text("is niet gekend (weet niet)", "is not known"),
        Text("true: het feit is gekend; false: weet niet", "true: the fact is known; false: not known"),
        "bool",
        _FACT_TYPES,
        check=lambda v, c: True,
        check_bounds=lambda low, high, c: False,
    ),
    Operator(
        "unknown",
        None,
        Text("is niet gekend (weet niet)", "is not known"),
        Text("is wel gekend", "is known"),
        Text("weet niet (geschreven als known: false)", "not known (written known: false)"),
        "none",
        _FACT_TYPES,
        check=lambda v, c: False,
        check_bounds=lambda low, high, c: True,
    ),
)
"""Every operator, in the order a rule file lists them."""

BY_NAME: dict[str, Operator] = {operator.name: operator for operator in OPERATORS}
BY_WORD: dict[str, Operator] = {operator.word: operator for operator in OPERATORS if operator.word is not None}
