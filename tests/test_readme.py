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


def test_the_check_example_is_what_a_real_typo_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(RULES, tmp_path / "rules")
    governance = tmp_path / "rules" / "governance.yaml"
    text = governance.read_text(encoding="utf-8")
    governance.write_text(text.replace("{fact: governance.trust, is: high}", "{fact: governance.trsut, is: high}", 1),
                          encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleError) as raised:
        load_rules("rules/")
    shown = _block_after("reports every mistake at once")
    assert raised.value.format("nl").split("\n", 1)[1] + "\n" == shown
