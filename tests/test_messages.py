"""The message catalogue (messages.py) is the one place that holds the words a person reads: no module of the
package chooses a word by comparing a language inline, indexes a (Dutch, English) tuple, or builds a bilingual text
from two f-strings of its own. A scan of the source keeps it so."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "netadvisor"
LANGUAGE_NAMES = frozenset({"lang", "language"})
LANGUAGE_CODES = frozenset({"nl", "en"})
BILINGUAL_BUILDERS = frozenset({"_text", "_msg", "Text", "Words"})
"""Names under which a module builds a text from a Dutch and an English string (the catalogue's own type included:
``Text(f"...", f"...")`` outside the catalogue is a word chosen inline)."""

ALLOWED: dict[tuple[str, str], str] = {
    ("text.py", "Text.pick"): "the one place a Text is picked by language",
    ("facts.py", "FactSpec.label"): "reads the fact catalogue itself (the words of each fact, kept with the fact)",
    ("facts.py", "FactSpec.short"): "reads the fact catalogue itself",
    ("facts.py", "FactSpec.question"): "reads the fact catalogue itself",
    ("facts.py", "case_in_words.spoken"): (
        "chooses how a case file is written (Dutch answers, or the codes as they are), not which words are shown"
    ),
}
"""Places that may compare a language, each with the reason; (file, the enclosing class or function)."""

NOT_YET_MOVED: dict[str, int] = {}
"""Texts still built from two f-strings, per module (issue 14): none are left, and the count may only go down. A
new one fails the test; a module whose count went down has its number lowered here (and leaves the list at zero)."""


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    place: str
    what: str
    built: bool = False  # a text built from f-strings (rather than words chosen by comparing a language)

    def __str__(self) -> str:
        return f"src/netadvisor/{self.file}:{self.line} ({self.place or 'module'}): {self.what}"


def _is_language(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in LANGUAGE_NAMES) or (
        isinstance(node, ast.Attribute) and node.attr in LANGUAGE_NAMES
    )


def _is_code(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in LANGUAGE_CODES


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else ""


class _Scan(ast.NodeVisitor):
    """Every inline choice of words in one module, with the class or function it stands in."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.scope: list[str] = []
        self.findings: list[Finding] = []

    def _add(self, node: ast.AST, what: str, *, built: bool = False) -> None:
        self.findings.append(Finding(self.file, getattr(node, "lineno", 0), ".".join(self.scope), what, built))

    def _enter(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _enter  # noqa: N815 (ast.NodeVisitor's names)

    def visit_Compare(self, node: ast.Compare) -> None:
        sides = [node.left, *node.comparators]
        if any(_is_language(side) for side in sides) and any(_is_code(side) for side in sides):
            self._add(node, "compares a language with 'nl' or 'en': take the words from the catalogue")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        value = node.value
        if (
            isinstance(value, ast.Tuple)
            and len(value.elts) == 2
            and all(isinstance(item, ast.Constant) and isinstance(item.value, str) for item in value.elts)
        ):
            self._add(node, "indexes a (Dutch, English) tuple: make it a catalogue entry")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if _callee(node) in BILINGUAL_BUILDERS and any(isinstance(arg, ast.JoinedStr) for arg in node.args):
            what = f"{_callee(node)}(f'...', f'...') builds words inline: a catalogue entry with placeholders"
            self._add(node, what, built=True)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
        if LANGUAGE_CODES <= keys and any(isinstance(value, ast.JoinedStr) for value in node.values):
            what = "{'nl': f'...', 'en': f'...'} builds words inline: a catalogue entry with placeholders"
            self._add(node, what, built=True)
        self.generic_visit(node)


def inline_words(file: str, source: str) -> list[Finding]:
    """Every inline choice of words in ``source`` (the module ``file``) outside the allowed places."""
    scan = _Scan(file)
    scan.visit(ast.parse(source))
    return [finding for finding in scan.findings if (file, finding.place) not in ALLOWED]


def _modules() -> list[Path]:
    modules = sorted(SOURCE.glob("*.py"))
    assert modules, f"no modules found under {SOURCE}"
    return modules


def _findings() -> list[Finding]:
    return [finding for path in _modules() for finding in inline_words(path.name, path.read_text(encoding="utf-8"))]


def test_no_module_chooses_words_by_language() -> None:
    """No module picks a word by comparing a language or indexing a (Dutch, English) pair: the catalogue's
    Text.pick does, and only it."""
    found = [str(finding) for finding in _findings() if not finding.built]
    assert found == [], "words chosen outside messages.py:\n" + "\n".join(found)


def test_no_module_builds_more_texts_from_f_strings() -> None:
    """A text built from a Dutch and an English f-string of its own is a catalogue entry with placeholders; the
    modules not yet moved (issue 14) keep at most what they had, and a lowered count is written down."""
    counts: dict[str, int] = {}
    for finding in _findings():
        if finding.built:
            counts[finding.file] = counts.get(finding.file, 0) + 1
    found = "\n".join(str(finding) for finding in _findings() if finding.built)
    assert counts == NOT_YET_MOVED, f"texts built inline, per module (NOT_YET_MOVED says {NOT_YET_MOVED}):\n{found}"


def test_every_allowed_place_still_compares_a_language() -> None:
    """An exception that is no longer needed is taken off the list, so that the list cannot hide a new choice."""
    used = set()
    for path in _modules():
        scan = _Scan(path.name)
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        used |= {(path.name, finding.place) for finding in scan.findings}
    assert sorted(set(ALLOWED) - used) == []


@pytest.mark.parametrize(
    "source",
    [
        'def f(lang):\n    return "ja" if lang == "nl" else "yes"\n',
        'def f(self):\n    return "tip" if self.language != "en" else "hint"\n',
        'def f(lang):\n    return ("regel", "line")[0 if lang == "nl" else 1]\n',
        'def f(index):\n    return ("bevindingen", "findings")[index]\n',
        'def f(n):\n    return _text(f"{n} regels", f"{n} rules")\n',
        'def f(n):\n    return {"nl": f"{n} regels", "en": f"{n} rules"}\n',
    ],
)
def test_the_scan_finds_each_kind_of_inline_choice(source: str) -> None:
    """The scan is no test that cannot fail: each shape it forbids, written in a module, is found."""
    assert len(inline_words("example.py", source)) >= 1


def test_the_scan_lets_the_catalogue_be_used() -> None:
    """Words taken from the catalogue, picked and filled, are what a module should write: not found."""
    source = (
        "from .messages import RULETEST_WORDS\n"
        "def f(lang, n):\n"
        '    return RULETEST_WORDS["rules"].format(count=n).pick(lang)\n'
    )
    assert inline_words("example.py", source) == []


@pytest.mark.parametrize(
    "text",
    ["", '{"a" 1}', '{"a": 1,}', "{a: 1}", '{"a": 1} x', '"\t"', '"abc', '"\\x"', '"\\u12"', "\ufeff{}", "[1,]"],
)
def test_what_python_s_json_reader_says_is_in_the_catalogue(text: str) -> None:
    """A batch line that is not JSON is said in words of the catalogue, not in the reader's English (which
    changes between Pythons: 3.13 says "Illegal trailing comma" where 3.11 expects a value)."""
    import json

    from netadvisor.messages import json_problem

    with pytest.raises(json.JSONDecodeError) as raised:
        json.loads(text)
    words = json_problem(raised.value.msg)
    assert words.en != raised.value.msg
    assert words.nl != raised.value.msg


def test_numbers_in_messages_are_written_as_each_language_writes_them_and_long_ones_by_their_length() -> None:
    """ "2097152" beside "4.300" read as two styles in one batch; a 4,100-digit count was echoed whole."""
    from netadvisor.messages import fill, found_words
    from netadvisor.text import Text

    limit = fill(Text("hoogstens {limit}", "at most {limit}"), {"limit": 2_097_152})
    assert (limit.nl, limit.en) == ("hoogstens 2.097.152", "at most 2,097,152")
    small = fill(Text("kolom {column}", "column {column}"), {"column": 4300})
    assert (small.nl, small.en) == ("kolom 4300", "column 4300")  # four digits stay as they are
    assert found_words(10**40 - 1).nl == "het getal " + "9" * 40
    assert found_words(int("9" * 4100)).nl == "een getal van 4.100 cijfers"
    assert found_words(-int("9" * 4100)).en == "a number of 4,100 digits"
    assert found_words(True).nl != found_words(1).nl  # a yes/no is no number
