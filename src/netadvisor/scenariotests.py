"""The Dutch scenarios of ``netadvisor test``: every step without a definition at once, then a pytest-bdd
run in a separate process whose failures come back as Dutch sentences, never as a traceback.

The step definitions are the project's (``tests/steps_nl.py``); this module reads their sentences, checks
every step of every scenario against them before anything runs, and lists the closest existing sentences
for each step that matches none. The run itself happens in a child ``python -m pytest`` with a small
recorder plugin (:class:`~netadvisor.recorder.Recorder`), against the rule files given, not the packaged ones.

Needs pytest and pytest-bdd (the ``test`` extra); without them the scenarios are reported as not run.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .messages import RULETEST_WORDS, ruletest_says
from .rulebase import RuleBase
from .ruletests import Mismatch, Section, shown_path
from .text import Text, check_language, json_text, stated_numbers

STEP_KEYWORDS: dict[str | None, Text] = {
    "given": Text("Gegeven", "Given"),
    "when": Text("Als", "When"),
    "then": Text("Dan", "Then"),
    None: Text("*", "*"),
}

# The names of the steps' parameters, in the words a policy officer reads in the list of step sentences.
PARAMETER_WORDS = {
    "count": "aantal",
    "title": "titel",
    "kind": "soort",
    "criterion": "criterium",
    "rationale": "ratio",
    "level": "niveau",
    "person": "persoon",
    "role": "rol",
    "question": "vraag",
    "answer": "antwoord",
    "label": "waarde",
    "rule_id": "regel-id",
    "severity": "ernst",
    "section": "hoofdstuk",
    "text": "tekst",
    "first": "eerste regel-id",
    "second": "tweede regel-id",
    # (a rule owner read "<words>" and "<outcomes>" in the Dutch list of sentences: what to write there?)
    "words": "besluit",
    "outcomes": "uitkomsten",
    "basis": "basis",
    "partner": "partner",
}
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)?(?::[^{}]*)?\}")


class ScenariosUnavailable(Exception):
    """pytest-bdd is not installed here, or the step file cannot be read."""


class PytestBddMissing(ScenariosUnavailable):
    """pytest-bdd is not installed here: the scenarios are not tested (no failure of the rules or scenarios)."""


class StepFailed(AssertionError):
    """A scenario step whose check does not hold, said in Dutch and English, so that ``netadvisor test --lang en``
    shows it in English. ``str()`` is the Dutch, the language of the scenarios (the living documentation shows it).
    A step that raises a plain AssertionError is shown in its own words in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.nl)
        self.text = text


@dataclass(frozen=True, slots=True)
class StepSentence:
    """One step definition: its kind (given, when, then), its sentence as written, and where it is defined."""

    kind: str | None
    pattern: str
    function: str
    line: int
    parser: Any

    def sentence(self, lang: str = "nl") -> str:
        """The sentence as a person writes it in a scenario: ``Gegeven het netwerk telt <aantal> partners``."""
        words = _FIELD.sub(
            lambda match: f"<{PARAMETER_WORDS.get(match.group(1) or '', match.group(1) or '…')}>", self.pattern
        )
        return f"{STEP_KEYWORDS[self.kind].pick(check_language(lang))} {words}"

    def matches(self, kind: str, text: str) -> bool:
        return (self.kind is None or self.kind == kind) and bool(self.parser.is_matching(text))


def _import_steps(steps_file: Path) -> Any:
    """The module of step definitions, imported once per process (pytest-bdd registers steps on import)."""
    name = steps_file.stem
    loaded = sys.modules.get(name)
    if loaded is not None and Path(getattr(loaded, "__file__", "") or "").resolve() == steps_file.resolve():
        return loaded
    folder = str(steps_file.parent.resolve())
    if folder not in sys.path:
        sys.path.insert(0, folder)  # the steps may import their neighbours
    spec = importlib.util.spec_from_file_location(name, steps_file)
    if spec is None or spec.loader is None:
        raise ScenariosUnavailable(f"kan {steps_file} niet lezen / cannot read {steps_file}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - a mistake in the step file: say which, never a traceback
        del sys.modules[name]
        raise ScenariosUnavailable(f"{shown_path(steps_file)}: {type(error).__name__}: {error}") from None
    return module


def step_sentences(steps_file: Path) -> list[StepSentence]:
    """Every step definition in ``steps_file``, in the order of the file."""
    try:
        from pytest_bdd.steps import step_function_context_registry
    except ImportError:
        raise PytestBddMissing(ruletest_says("pytest-bdd-missing").nl) from None
    module = _import_steps(steps_file)
    found = [
        StepSentence(
            context.type,
            str(context.parser.name),
            context.step_func.__name__,
            context.step_func.__code__.co_firstlineno,
            context.parser,
        )
        for context in list(step_function_context_registry.values())
        if getattr(context.step_func, "__module__", None) == module.__name__
    ]
    return sorted(found, key=lambda sentence: sentence.line)


def step_list_markdown(sentences: Sequence[StepSentence]) -> str:
    """The step sentences as a Markdown list, grouped by Gegeven / Als / Dan (for rules/README.md)."""
    lines = []
    for kind in ("given", "when", "then", None):
        chosen = [sentence for sentence in sentences if sentence.kind == kind]
        if chosen:
            lines += [f"- `{sentence.sentence('nl')}`" for sentence in chosen]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- reading the scenarios


@dataclass(frozen=True, slots=True)
class _Step:
    file: Path
    line: int
    kind: str
    keyword: str
    text: str


def _feature_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.feature") if path.is_file())


def _steps_of(folder: Path, failures: list[Mismatch], files: Sequence[Path] | None = None) -> tuple[int, list[_Step]]:
    """(how many scenarios and example rows, every step as pytest-bdd will run it) of the features (those of
    ``files`` only, where given)."""
    from pytest_bdd.exceptions import GherkinParseError
    from pytest_bdd.parser import FeatureParser

    count = 0
    steps: list[_Step] = []
    for path in _feature_files(folder) if files is None else files:
        misspelt = _misspelt_keywords(path) + _misspelt_step_words(path)
        failures += misspelt
        try:
            feature = FeatureParser(str(path.parent), path.name).parse()
        except GherkinParseError as error:
            if misspelt:
                continue  # (what the misspelt keyword did to the file: said once, as that; a tester was told twice)
            if error.message.startswith("First step in a scenario"):
                # a misspelt keyword ("Gegeeven") makes its line part of the text above: the next step, an "En",
                # is then the first one, and pytest-bdd says only that
                problem = ruletest_says("feature-first-step", line=error.line_content.strip())
            else:
                said = _gherkin_problem(error.message, path)
                problem = ruletest_says("feature-unparsable", problem=said, line=error.line_content.strip())
            failures.append(Mismatch(shown_path(path), error.line, problem))
            continue
        except (OSError, UnicodeDecodeError) as error:
            failures.append(Mismatch(shown_path(path), 0, ruletest_says("feature-unreadable", error=error)))
            continue
        for template in feature.scenarios.values():
            contexts = [context for examples in template.examples for context in examples.as_contexts()] or [{}]
            count += len(contexts)
            for context in contexts:
                for step in template.render(context).steps:
                    steps.append(_Step(path, step.line_number, step.type, step.keyword.strip(), step.name))
    return count, steps


@functools.lru_cache(maxsize=1)
def _dutch_gherkin() -> tuple[tuple[str, ...], frozenset[str]]:
    """Gherkin's Dutch keywords (Functionaliteit, Scenario, …) and its step words (Gegeven, Als, Dan, En, …).

    Raises:
        PytestBddMissing: when gherkin, which comes with pytest-bdd, is not installed.
    """
    try:
        from gherkin.dialect import Dialect
    except ImportError:
        raise PytestBddMissing(ruletest_says("pytest-bdd-missing").nl) from None

    dialect = Dialect.for_name("nl")
    assert dialect is not None  # (the Dutch dialect ships with gherkin)
    keywords = (
        *dialect.feature_keywords,
        *dialect.background_keywords,
        *dialect.scenario_keywords,
        *dialect.scenario_outline_keywords,
        *dialect.examples_keywords,
        *dialect.rule_keywords,
    )
    steps = (
        *dialect.given_keywords,
        *dialect.when_keywords,
        *dialect.then_keywords,
        *dialect.and_keywords,
        *dialect.but_keywords,
    )
    return keywords, frozenset(word.strip() for word in steps)


_KEYWORD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{2,30}):")


def _misspelt_keywords(path: Path) -> list[Mismatch]:
    """A line that begins like a Gherkin keyword and is none ("Scenaro:"): the reader takes it and the steps under
    it as text, and runs nothing of it, saying nothing of it (a rule-editing trial's scenario was gone unnoticed
    but for "niet uitgevoerd")."""
    keywords, step_words = _dutch_gherkin()
    lines = _lines(path)
    found = []
    for number, line in enumerate(lines, start=1):
        match = _KEYWORD_LINE.match(line)
        if match is None or match.group(1).strip() in keywords:
            continue
        # (only where steps or a table follow, which it then swallows: a description may say "Regels: …")
        following = next(
            (later.strip() for later in lines[number:] if later.strip() and not later.strip().startswith("#")), ""
        )
        if not (following.startswith("|") or following.split(" ")[0] in step_words):
            continue
        meant = difflib.get_close_matches(match.group(1).strip(), list(keywords), n=1, cutoff=0.75)
        if meant:
            said = ruletest_says("feature-keyword-misspelt", written=match.group(1).strip(), meant=meant[0])
            found.append(Mismatch(shown_path(path), number, said))
    return found


@functools.lru_cache(maxsize=1)
def _dutch_for_english_steps() -> tuple[dict[str, str], frozenset[str]]:
    """Each of Gherkin's English step words (Given, When, …) with the Dutch one of its kind (Gegeven, Als, …), and
    the Dutch keywords that open a scenario's steps (Scenario, Achtergrond, Abstract Scenario, Voorbeeld)."""
    from gherkin.dialect import Dialect

    english, dutch = Dialect.for_name("en"), Dialect.for_name("nl")
    assert english is not None  # (both ship with gherkin)
    assert dutch is not None
    kinds = ("given_keywords", "when_keywords", "then_keywords", "and_keywords", "but_keywords")
    meant = {}
    for kind in kinds:
        first_dutch = next(word.strip() for word in getattr(dutch, kind) if word.strip() != "*")
        meant.update({word.strip(): first_dutch for word in getattr(english, kind) if word.strip() != "*"})
    opening = (*dutch.scenario_keywords, *dutch.background_keywords, *dutch.scenario_outline_keywords)
    return meant, frozenset(opening)


def _misspelt_step_words(path: Path) -> list[Mismatch]:
    """A line in a scenario's steps that begins with no step word ("And", "Enn"): the Gherkin reader refused the
    file in its own English ("Step definition outside of a Scenario or a Background", a rule-editing trial), or,
    before the first step, took the line as the scenario's description and ran the scenario without it. Said with
    the Dutch word meant: the English one's, or the closest."""
    keywords, step_words = _dutch_gherkin()
    english, opening = _dutch_for_english_steps()
    lines = _lines(path)
    found = []
    in_scenario, after_step, in_text = False, False, False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith(('"""', "```")):
            in_text = not in_text
            continue
        if in_text or not stripped or stripped.startswith(("#", "|", "@")):
            continue
        keyword = _KEYWORD_LINE.match(line)
        if keyword is not None and keyword.group(1).strip() in keywords:
            # (steps follow a scenario's keyword, or its background's; the examples' table closes them)
            in_scenario, after_step = keyword.group(1).strip() in opening, False
            continue
        first = stripped.split(" ")[0]
        if first in step_words or first == "*":
            after_step = in_scenario
            continue
        if not in_scenario or any(stripped.startswith(word) for word in keywords):
            continue  # (a keyword without its colon, "Scenario b": the reader's own message says to check that)
        close = english.get(first) or next(iter(difflib.get_close_matches(first, sorted(step_words), 1, 0.75)), None)
        following = next(
            (later.strip() for later in lines[number:] if later.strip() and not later.strip().startswith("#")), ""
        )
        # (before the first step, a description line may begin with any word: only one that reads as a step word,
        # with steps after it)
        if after_step or (close is not None and following.split(" ")[0] in step_words):
            said = (
                ruletest_says("feature-step-word-misspelt", written=first, meant=close)
                if close is not None
                else ruletest_says("feature-step-word-missing", written=first)
            )
            found.append(Mismatch(shown_path(path), number, said))
    return found


def _gherkin_problem(message: str, path: Path) -> Text:
    """What the Gherkin reader found, in Dutch where we know what it means; its own English otherwise."""
    first = next((line.strip() for line in _lines(path) if line.strip()), "")
    if first.replace(" ", "").lower() != "#language:nl":
        return ruletest_says("feature-no-language")
    if "inconsistent cell count" in message:
        return ruletest_says("feature-table-cells")
    if "Unexpected token" in message or "Misplaced or incorrect" in message:
        return ruletest_says("feature-keyword")
    return Text(message, message)


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def undefined_steps(
    folder: Path, sentences: Sequence[StepSentence], files: Sequence[Path] | None = None
) -> tuple[int, list[Mismatch]]:
    """(how many scenarios and rows, one failure per step line that no definition matches, all at once), of the
    features (those of ``files`` only, where given)."""
    failures: list[Mismatch] = []
    count, steps = _steps_of(folder, failures, files)
    seen: set[tuple[Path, int]] = set()
    for step in steps:
        if (step.file, step.line) in seen or any(sentence.matches(step.kind, step.text) for sentence in sentences):
            continue
        seen.add((step.file, step.line))
        failures.append(_undefined(step, sentences))
    return count, failures


_NEGATIONS = frozenset({"niet", "geen", "not", "no"})
_QUOTED = re.compile(r'"[^"]*"')


def _undefined(step: _Step, sentences: Sequence[StepSentence]) -> Mismatch:
    written = f"{step.keyword} {step.text}"
    details: list[Text] = []
    other_kind = [sentence for sentence in sentences if sentence.parser.is_matching(step.text)]
    if other_kind:
        keyword = STEP_KEYWORDS[other_kind[0].kind]
        details.append(ruletest_says("step-other-kind", keyword=keyword, dutch_keyword=keyword.nl))
    by_sentence = {sentence.sentence("nl"): sentence for sentence in sentences}
    plain = {_FIELD.sub("", sentence.pattern): text for text, sentence in by_sentence.items()}
    # (compared with what is quoted left empty, as the sentences' own fields are: a long rule id between the
    # quotation marks outweighed the words, and "… niet de bevinding" was the one sentence offered)
    close = difflib.get_close_matches(_QUOTED.sub('""', step.text), list(plain), n=6, cutoff=0.5)
    # a sentence that says the opposite ("niet", "geen" where the step has none) after those that do not: a
    # rule-editing trial was offered "Dan geeft de adviseur niet de bevinding" first for "… het advies"
    written_words = set(step.text.lower().split())
    close = sorted(close, key=lambda match: bool(_NEGATIONS & set(match.lower().split()) - written_words))[:3]
    for match in close:
        details.append(ruletest_says("step-close", sentence=plain[match]))
    if not details:
        details.append(ruletest_says("step-nothing-close"))
    return Mismatch(shown_path(step.file), step.line, ruletest_says("step-undefined", step=written), tuple(details))


# --------------------------------------------------------------------------- running them


_TEST_MODULE = '''"""Generated by netadvisor test: the scenarios in {features!r}, with the steps of {steps!r}."""
import sys

sys.path.insert(0, {steps_folder!r})
from {steps_module} import *  # noqa: F403 - the step definitions must be in this module's namespace

import pytest
from pytest_bdd import scenarios

from netadvisor import Advisor

scenarios(*{features!r})


@pytest.fixture(scope="session")
def adviseur():  # the rules under test, not the packaged ones (the recorder checks every advice's version)
    return Advisor.from_path({rules!r})
'''

_CONFTEST = """from netadvisor.recorder import Recorder


def pytest_configure(config):
    config.pluginmanager.register(Recorder({results!r}), "netadvisor-recorder")
"""


def run_pytest(arguments: Sequence[str], folder: Path) -> subprocess.CompletedProcess[str]:
    """This Python running ``pytest -q`` (without its cache) on ``arguments`` in ``folder``, its output captured:
    how ``netadvisor test`` runs the scenarios, and how the project's tests run the living documentation's."""
    return subprocess.run(  # noqa: S603 - this Python running pytest on files the caller names
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def run_scenarios(
    features: Path, steps_file: Path, rules: Path, files: Sequence[Path] | None = None
) -> list[dict[str, Any]]:
    """Run every scenario under ``features`` (those of ``files`` only, where given) against the rule files
    ``rules`` in a child pytest.

    Raises:
        ScenariosUnavailable: when the child run could not start or crashed (with its last words).
    """
    with tempfile.TemporaryDirectory(prefix="netadvisor-test-") as folder:
        place = Path(folder)
        results = place / "results.json"
        (place / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        (place / "conftest.py").write_text(_CONFTEST.format(results=str(results)), encoding="utf-8")
        (place / "test_scenarios.py").write_text(
            _TEST_MODULE.format(
                features=[str(features.resolve())] if files is None else [str(path.resolve()) for path in files],
                steps=str(steps_file),
                steps_folder=str(steps_file.parent.resolve()),
                steps_module=steps_file.stem,
                rules=str(rules.resolve()),
            ),
            encoding="utf-8",
        )
        run = run_pytest(
            [
                "-c",
                str(place / "pytest.ini"),
                "--rootdir",
                str(place),
                "-W",
                "ignore::pytest.PytestUnknownMarkWarning",
                str(place / "test_scenarios.py"),
            ],
            place,
        )
        if run.returncode not in (0, 1) or not results.is_file():
            last = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
            errors = [line for line in last if line.startswith("E ")] or last[-1:]
            raise ScenariosUnavailable(errors[-1].removeprefix("E ").strip() if errors else f"exit {run.returncode}")
        return list(json.loads(results.read_text(encoding="utf-8")))


def _row_lines(path: Path) -> dict[tuple[int, tuple[str, ...]], int]:
    """(scenario line, the row's cells) → the row's line, for every example row of a feature file."""
    from pytest_bdd.gherkin_parser import get_gherkin_document

    lines: dict[tuple[int, tuple[str, ...]], int] = {}

    def scenarios(children: Any) -> Iterator[Any]:
        for child in children:
            if child.rule is not None:
                yield from scenarios(child.rule.children)
            elif child.scenario is not None:
                yield child.scenario

    try:
        document = get_gherkin_document(str(path))
    except Exception:  # noqa: BLE001 - already reported by the step check
        return lines
    for scenario in scenarios(document.feature.children if document.feature else []):
        for examples in scenario.examples:
            for row in examples.table_body or []:
                lines.setdefault((scenario.location.line, tuple(cell.value for cell in row.cells)), row.location.line)
    return lines


def row_line(record: Mapping[str, Any], known: dict[str, dict[tuple[int, tuple[str, ...]], int]]) -> int | None:
    """The line of the example row a scenario's record ran, where it ran one (``known``: the rows of each file read
    so far): what ``test`` and ``diff`` both name (``diff`` named the outline's line: a rule-editing trial)."""
    row = record.get("row")
    if not row or "file" not in record:
        return None
    cells = tuple(str(value) for value in row.values())
    file = str(record["file"])
    return known.setdefault(file, _row_lines(Path(file))).get((record["line"], cells))


def scenario_failures(records: Sequence[dict[str, Any]], version: str) -> tuple[int, int, list[Mismatch]]:
    """(how many scenarios and rows ran, how many of them failed, each failure) from the child run's records."""
    failures: list[Mismatch] = []
    failed = 0
    row_lines: dict[str, dict[tuple[int, tuple[str, ...]], int]] = {}
    for record in records:
        if "file" not in record:
            continue
        file = shown_path(Path(record["file"]))
        row = record.get("row")
        name = RULETEST_WORDS["scenario"].format(title=record["scenario"])
        at_row = row_line(record, row_lines)
        if row:
            shown_row = ", ".join(f"{key}={value}" for key, value in row.items())
            name = RULETEST_WORDS["scenario-row"].format(scenario=name, row=shown_row)
        line = at_row or record["line"]
        status = record["status"]
        before = len(failures)
        failed += status == "undefined"  # its steps are listed once, with suggestions, before the run
        wrong = [v for v in record.get("versions", []) if v != version]
        if wrong:
            failures.append(
                Mismatch(
                    file, line, ruletest_says("scenario-other-rules", scenario=name, used=wrong[0], version=version)
                )
            )
        elif status == "failed":
            failures.append(_failed(record, file, at_row, name))
        elif status == "passed" and record["steps"] > 0 and record.get("checks") == 0:
            failures.append(Mismatch(file, record["line"], ruletest_says("scenario-no-then", scenario=name)))
        elif status == "passed" and (record["steps"] == 0 or record["done"] < record["steps"]):
            failures.append(
                Mismatch(
                    file,
                    record["line"],
                    ruletest_says("scenario-steps-skipped", scenario=name, done=record["done"], steps=record["steps"]),
                )
            )
        failed += len(failures) > before
    return sum(1 for record in records if "file" in record), failed, failures


def _failed(record: dict[str, Any], file: str, row_line: int | None, name: Text) -> Mismatch:
    """A failed scenario at the failing step's line, or at the example row's line (naming the step's line)."""
    step = record.get("step")
    message = json_text(record["message"]) if record.get("message") else Text("", "")
    if step is None:
        return Mismatch(
            file, row_line or record["line"], ruletest_says("scenario-failed", scenario=name, message=message)
        )
    written: str | Text = f"{step['keyword']} {step['text']}"
    if row_line:  # the failure stands at the example row: name the step's own line too
        written = ruletest_says("step-on-line", step=written, line=step["line"])
    details: list[Text] = []
    explanation = [json_text(text) for text in record.get("explanation") or []]
    if step["type"] == "then":
        if record.get("summary"):
            details.append(ruletest_says("scenario-came-out", summary=json_text(record["summary"])))
        if message.nl and not message.nl.startswith(("[", "assert ")) and message not in explanation:
            details.append(message)  # the step's own words: why it does not hold, or a word it does not know
        details += explanation
        text = ruletest_says("scenario-then-fails", scenario=name, step=written)
    else:
        text = ruletest_says("scenario-step-fails", scenario=name, step=written, message=message)
    return Mismatch(file, row_line or step["line"], text, tuple(details))


# a line that starts a part of a feature file; the text between two of them (a description) is read as one
_HEADING = re.compile(
    r"^\s*(#|@|\||\"\"\"|(Functionaliteit|Achtergrond|Regel|Scenario|Abstract Scenario|Voorbeelden|"
    r"Gegeven|Als|Dan|En|Maar)\b)"
)


def _heading_texts(path: Path) -> list[tuple[int, str]]:
    """(line, sentence) of each heading of a feature file (Functionaliteit, Regel, Scenario, Voorbeelden: the
    words after the colon) and each sentence of a description under one, a sentence over two lines whole (a
    threshold and its number may stand on two lines), at the line where it starts. Steps, tables and comments
    are left out: their numbers are a case's."""
    texts: list[tuple[int, str]] = []
    description: list[tuple[int, str]] = []

    def sentences() -> None:
        if not description:
            return
        joined, starts = "", []
        for number, text in description:
            starts.append((len(joined), number))
            joined += text + " "
        offset = 0
        for sentence in _SENTENCE_END.split(joined.strip()):
            offset = joined.index(sentence, offset)
            texts.append((max(number for start, number in starts if start <= offset), sentence))
            offset += len(sentence)
        description.clear()

    for number, line in enumerate(_lines(path), start=1):
        match = _HEADING.match(line)
        if match is None and line.strip():
            description.append((number, line.strip()))
            continue
        sentences()
        if match is not None and match.group(2) and ":" in line and match.group(2) not in _dutch_gherkin()[1]:
            texts.append((number, line.split(":", 1)[1].strip()))
    sentences()
    return texts


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
"""Where a sentence of a description ends: its numbers are read with the policy values it names."""


def check_scenario_headings(features: Path, rulebase: RuleBase) -> Section | None:
    """Each heading or description of a scenario file that names a policy value and states numbers states its
    value too: after weinig_partners_max went from 7 to 5, "weinig partners houdt op bij 7
    (weinig_partners_max)" stood above rows for 5, and nothing said so (rule-editing trial). None when no
    heading names a policy value with a number, or where pytest-bdd, whose gherkin tells a step from a heading, is
    not installed (the scenarios section says it: not tested; the installed wheel gave a traceback, a trial)."""
    try:
        _dutch_gherkin()
    except PytestBddMissing:
        return None
    policies = {
        name: policy.value
        for name, policy in rulebase.policies.items()
        if isinstance(policy.value, int) and not isinstance(policy.value, bool)
    }
    total = 0
    failures: list[Mismatch] = []
    for path in _feature_files(features) if policies and features.is_dir() else []:
        for line, text in _heading_texts(path):
            named = {name: value for name, value in policies.items() if re.search(rf"(?<!\w){name}(?!\w)", text)}
            stated = stated_numbers(text)
            for name, value in named.items():
                # a number that is another named policy's value is that one's ("uitgaan van 7 en 16" of two)
                others = {other for key, other in named.items() if key != name}
                own = [number for number in stated if number not in others]
                if not own and value not in stated:
                    continue
                total += 1
                if value not in stated:
                    said = ruletest_says(
                        "scenario-heading-stale", policy=name, stated=", ".join(map(str, own)), value=value
                    )
                    failures.append(Mismatch(shown_path(path), line, said))
    if not total:
        return None
    return Section(ruletest_says("scenario-headings", folder=shown_path(features)), total, tuple(failures))


def check_scenarios(features: Path, steps_file: Path, rules: Path, version: str) -> Section:
    """The scenarios section of ``netadvisor test``: undefined steps first, all at once, then the run."""
    title = ruletest_says("scenarios", folder=shown_path(features))
    if not features.is_dir():
        return Section(title, 0, (Mismatch(shown_path(features), 0, ruletest_says("no-folder")),))
    try:
        sentences = step_sentences(steps_file)
        unreadable: list[Mismatch] = []
        _steps_of(features, unreadable)
        # pytest-bdd collects every feature file in one run: one it cannot read stops them all, and its own message
        # names neither line nor cause. Each such file is said with its line, and the others run without it (one
        # file's slip hid every other scenario's outcome: a rule-editing trial)
        left_out = {mismatch.file for mismatch in unreadable}
        files = [path for path in _feature_files(features) if shown_path(path) not in left_out]
        said = [
            replace(mismatch, details=(*mismatch.details, ruletest_says("file-not-run" if files else "none-ran")))
            if number == len(unreadable) - 1 or unreadable[number + 1].file != mismatch.file
            else mismatch
            for number, mismatch in enumerate(unreadable)
        ]
        count, undefined = undefined_steps(features, sentences, files) if files else (0, [])
        records = run_scenarios(features, steps_file, rules, files) if count else []
    except PytestBddMissing:
        # like a missing features/ folder: not tested, said why; "Niet in orde … pas de regel aan" would send policy
        # staff to their rules for a program that is not installed
        return Section(title, 0, not_run=ruletest_says("pytest-bdd-missing"))
    except ScenariosUnavailable as error:
        return Section(
            title,
            0,
            (Mismatch(shown_path(steps_file), 0, ruletest_says("scenarios-not-run", error=error)),),
        )
    ran, failed, failures = scenario_failures(records, version)
    # (the count is of the scenarios that ran: "170 van 170 in orde" beside a file left out says so)
    left = (
        (ruletest_says("file-left-out") if len(left_out) == 1 else ruletest_says("files-left-out", count=len(left_out)))
        if left_out and files
        else None
    )
    return Section(title, max(count, ran), tuple(said + undefined + failures), failed, counted=left)
