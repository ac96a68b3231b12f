"""The README tells the truth: its Python example and its error example are real (on the frozen rules).

Its sample output of `make run` depends on what rules/ says: tests/test_rule_content.py checks it is current.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, RULES
from netadvisor import RuleError, load_rules

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str, language: str = "") -> str:
    start = README.index(marker)
    match = re.compile(rf"```{language}\n(.*?)```", re.S).search(README, start)
    assert match, marker
    return match.group(1)


def test_the_python_example_runs_and_says_what_its_comments_say(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as written; its "packaged rules" are the frozen ones here, so that an edit of rules/ cannot fail it."""
    from netadvisor import advisor as advisor_module

    monkeypatch.setattr(advisor_module, "packaged_rules_path", lambda: RULES)
    code = _block_after("## Python", "python")
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    advice = namespace["advice"]
    assert advice.conclusion("governance_mode") == "network_administrative_organisation"  # type: ignore[attr-defined]


def test_the_dutch_case_example_is_a_case_and_gets_the_advice_the_text_says(tmp_path: Path) -> None:
    """The case a policy officer copies from the README's Dutch section: valid as written (Dutch answers,
    "weet niet"), and advised as the section says: the stuck-network advice, the form open on the rationale, the
    list not taken for the whole network. On the frozen rules, so that an edit of rules/ cannot fail it."""
    from netadvisor import Advisor, load_case_file

    case_file = tmp_path / "casus.yaml"
    case_file.write_text(_block_after("## Voor beleidsmedewerkers", "yaml"), encoding="utf-8")
    case = load_case_file(case_file)
    advice = Advisor.from_path(RULES).advise(case)
    assert advice.conclusions["collaboration_form"].certainty == "open"
    assert "challenge.rationale" in advice.conclusions["collaboration_form"].unknown
    given = {finding.rule_id for finding in advice.conditional_findings}
    assert "STRAT-stuck-is-progress" in given
    assert "governance.partner_count" in [question.fact for question in advice.questions]


def test_the_check_example_is_what_a_real_typo_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(RULES, tmp_path / "rules")
    governance = tmp_path / "rules" / "governance.yaml"
    text = governance.read_text(encoding="utf-8")
    governance.write_text(
        text.replace("{fact: governance.trust, is: high}", "{fact: governance.trsut, is: high}", 1), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleError) as raised:
        load_rules("rules/")
    shown = _block_after("reports every mistake at once")
    assert raised.value.format("nl").split("\n", 1)[1] + "\n" == shown


def _embedding_block(name: str) -> str:
    return _block_after(f"<!-- {name} -->", "python")


@pytest.fixture
def frozen_packaged_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from netadvisor import advisor as advisor_module

    monkeypatch.setattr(advisor_module, "packaged_rules_path", lambda: RULES)


@pytest.mark.usefixtures("frozen_packaged_rules")
def test_the_typed_consumer_runs_and_its_assertion_holds() -> None:
    namespace: dict[str, object] = {}
    exec(compile(_embedding_block("consumer"), "README.md", "exec"), namespace)  # noqa: S102 - our own README
    from netadvisor import GovernanceMode

    assert namespace["mode"] is GovernanceMode.SELF_GOVERNING


@pytest.mark.usefixtures("frozen_packaged_rules")
def test_the_endpoint_answers_advice_and_invalid_cases_over_http() -> None:
    import json
    import threading
    import urllib.error
    import urllib.request

    namespace: dict[str, object] = {"__name__": "readme_endpoint"}
    exec(compile(_embedding_block("endpoint"), "README.md", "exec"), namespace)  # noqa: S102 - our own README
    server = namespace["serve"](0)  # type: ignore[operator]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"

    def post(case: object) -> tuple[int, object]:
        data = case if isinstance(case, bytes) else json.dumps(case).encode()
        request = urllib.request.Request(url, data=data, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - our own local server
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    try:
        status, advice = post({"governance": {"partner_count": 30, "trust": "low"}})
        assert status == 200
        assert advice["schema_version"] == "1"  # type: ignore[index]
        status, problems = post({"governance": {"trust": "enorm"}})
        assert status == 422
        assert [problem["path"] for problem in problems] == ["governance.trust"]  # type: ignore[union-attr,index]
        # a partner's problem names the partner as people count them, beside the path that counts from 0
        status, problems = post({"partners": [{"name": "Geel"}, {"name": "Mol", "kind": "gemeentee"}]})
        assert status == 422
        assert [(p["path"], p["partner"]) for p in problems] == [  # type: ignore[union-attr,index]
            ("partners[1].kind", "partner 2, Mol")
        ]
        # a body that is no JSON is answered 400, not a dropped connection (a tool builder's trial)
        status, problems = post(b"{not json")
        assert status == 400
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
@pytest.mark.usefixtures("frozen_packaged_rules")
def test_the_pool_example_advises_in_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    # A real module, as in a consumer's code: spawned workers import what they unpickle by name.
    # (each worker builds its advisor: on the frozen rules, as the test's process has them, so that a policy edit
    # of rules/ does not fail it)
    frozen = (
        f"\n\ndef _start_worker() -> None:\n    global _advisor\n    _advisor = Advisor.from_path({str(RULES)!r})\n"
    )
    (tmp_path / "readme_pool_example.py").write_text(_embedding_block("pool") + frozen, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    example = importlib.import_module("readme_pool_example")
    cases: list[dict[str, object]] = [{"governance": {"partner_count": 30, "trust": "low"}}, {}]
    advices = example.advise_all(cases)
    from netadvisor import Advisor

    expected = [Advisor().advise(case) for case in cases]
    assert [advice.model_dump() for advice in advices] == [advice.model_dump() for advice in expected]


@pytest.mark.slow
def test_the_embedding_examples_pass_mypy_strict(tmp_path: Path) -> None:
    from mypy import api as mypy_api

    for name in ("consumer", "endpoint", "pool"):
        (tmp_path / f"readme_{name}.py").write_text(_embedding_block(name), encoding="utf-8")
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".cache"),
            *sorted(str(path) for path in tmp_path.glob("readme_*.py")),
        ]
    )
    assert status == 0, stdout + stderr


@pytest.mark.slow
def test_mypy_strict_catches_a_misspelt_public_name_in_a_consumer(tmp_path: Path) -> None:
    """The lazy imports must not type every name of the package as Any: a typo is an error, not a pass."""
    from mypy import api as mypy_api

    consumer = tmp_path / "consumer.py"
    consumer.write_text(
        "import netadvisor\nfrom netadvisor import Advisor, advice_txt\n\n"
        "version: str = netadvisor.__version__\nnetadvisor.advise_txt(Advisor())\n",
        encoding="utf-8",
    )
    stdout, _stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache"), str(consumer)]
    )
    assert status == 1, stdout
    assert 'Module "netadvisor" has no attribute "advice_txt"' in stdout
    assert 'Module has no attribute "advise_txt"' in stdout
    assert "__version__" not in stdout


@pytest.mark.slow
def test_mypy_strict_sees_the_public_names_of_a_star_import(tmp_path: Path) -> None:
    """``from netadvisor import *`` gave a type checker nothing: ``__all__`` is built at run time, which mypy cannot
    read, so every name was "not defined" (a tool builder). It must see exactly the public names, typed."""
    from mypy import api as mypy_api

    consumer = tmp_path / "consumer.py"
    consumer.write_text(
        "from netadvisor import *\n\n"
        "advice: Advice = Advisor().advise({})\nreveal_type(advice.conclusions)\n"
        "kind: GovernanceMode | None = None\nimport_module('json')\n",
        encoding="utf-8",
    )
    stdout, _stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache"), str(consumer)]
    )
    assert status == 1, stdout  # (the one error wanted: a name the package imports for itself is not public)
    assert 'Name "import_module" is not defined' in stdout
    assert 'Revealed type is "dict[str, netadvisor.advice.Conclusion]"' in stdout
    assert stdout.count("error:") == 1, stdout
