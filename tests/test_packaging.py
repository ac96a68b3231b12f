"""The built package ships the repository's rules/ folder (the one copy) and its schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from netadvisor.ruleschema import rule_file_schema_json

RULES = ROOT / "rules"


def test_the_shipped_schema_is_the_generated_one() -> None:
    """rules/schema/rule-file.schema.json is generated from the rule models and must not drift."""
    committed = (RULES / "schema" / "rule-file.schema.json").read_text(encoding="utf-8")
    assert committed == rule_file_schema_json(), "regenerate: python tools/regenerate.py"
    assert json.loads(committed)["title"] == "netadvisor rule file"


def test_the_shipped_advice_schema_is_the_generated_one() -> None:
    """netadvisor/schemas/advice.schema.json is generated from the advice models, and versioned."""
    from netadvisor import ADVICE_SCHEMA_VERSION
    from netadvisor.advice import advice_schema_json

    committed = (ROOT / "src" / "netadvisor" / "schemas" / "advice.schema.json").read_text(encoding="utf-8")
    assert committed == advice_schema_json(), "regenerate: make regenereer"
    assert json.loads(committed)["properties"]["schema_version"]["const"] == ADVICE_SCHEMA_VERSION


def test_every_advice_validates_against_the_advice_schema() -> None:
    """What a tool reads is what the schema says, for advice with conditional findings, bounds and questions."""
    import jsonschema

    from conftest import EXAMPLES, RULES
    from netadvisor import Advisor, advice_schema, load_case_file

    validator = jsonschema.Draft202012Validator(advice_schema())
    advisor = Advisor.from_path(RULES)
    cases = [load_case_file(path) for path in sorted(EXAMPLES.glob("*.yaml"))]
    assert cases
    for case in [*cases, {}, {"state": {"stuck": True}}]:
        data = json.loads(advisor.advise(case).model_dump_json())
        assert not list(validator.iter_errors(data)), case


def test_the_advice_schema_requires_every_field_an_advice_always_writes() -> None:
    """A client generated from the schema reads a field it does not require as optional (a tool builder found
    certainty, outcomes and schema_version so). Every field of version 1 is written in every advice."""
    from netadvisor import advice_schema
    from netadvisor.advice import ADDED_LATER

    schema = advice_schema()
    for name, part in [("Advice", schema), *schema["$defs"].items()]:
        if "properties" in part:
            later = ADDED_LATER.get(name, ())
            assert sorted(part.get("required", [])) == sorted(set(part["properties"]) - set(later)), name
            assert set(later) <= set(part["properties"]), name  # (a field added later exists)
    assert {"certainty", "outcomes", "deciding"} <= set(schema["$defs"]["Conclusion"]["required"])


@pytest.mark.slow
def test_the_wheel_ships_the_rules_and_uses_them(tmp_path: Path) -> None:
    """Build the wheel, install it apart from the source tree, and load the packaged rules from it."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("netadvisor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(name for name in names if name.startswith("netadvisor/_packaged_rules/"))
    expected = sorted(
        f"netadvisor/_packaged_rules/{path.relative_to(RULES).as_posix()}"
        for path in RULES.rglob("*")
        if path.is_file()
    )
    assert shipped == expected
    assert "netadvisor/schemas/advice.schema.json" in names
    assert "netadvisor/py.typed" in names
    licences = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
    assert licences, "the wheel carries the MIT licence its metadata names"
    assert "MIT License" in zipfile.ZipFile(wheel).read(licences[0]).decode()
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import netadvisor; p = netadvisor.packaged_rules_path(); "
        "print(p); print(len(netadvisor.Advisor().rulebase.rules))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}

    def installed(*arguments: str) -> str:
        """What Python prints, run apart from the source tree with the installed wheel."""
        return subprocess.run(
            [sys.executable, *arguments], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
        ).stdout

    def probed(code: str) -> list[str]:
        return installed("-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}").split()

    path, count = probed(probe)
    assert path.startswith(str(target))
    assert int(count) > 0

    # the patched durable_rules can be built from the wheel alone (a tool builder could not follow the README
    # without a checkout): the script and its patch are in it, and it finds the patch beside itself
    assert "netadvisor/build_durable.py" in names
    assert "netadvisor/durable_rules-2.0.28-netadvisor.patch" in names
    probe = (
        "import netadvisor.build_durable as b; print(b.IN_WHEEL, b.PATCH.is_file(), b.PATCH.parent == "
        "b.HERE, 'netadvisor' in b.CACHE.parts)"
    )
    assert probed(probe) == ["True", "True", "True", "True"]
    assert "--sdist" in installed("-m", "netadvisor.build_durable", "--help")


def test_the_changelog_keeps_the_format_it_promises_and_knows_this_version() -> None:
    """Keep a Changelog: an Unreleased section, then released versions newest first, each with a date and only
    the standard kinds of change; the package's own version is among them."""
    import re
    import tomllib

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert versions[0] == ("Unreleased", "")
    released = versions[1:]
    assert released, "no release found: the check would pass on nothing"
    assert all(date for _, date in released), "every release has a date"
    numbers = [tuple(int(part) for part in number.split(".")) for number, _ in released]
    assert numbers == sorted(numbers, reverse=True)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] in {number for number, _ in released}
    kinds = set(re.findall(r"^### (.+)$", text, re.M))
    assert kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, kinds


def test_no_built_package_is_kept_in_the_repository() -> None:
    """Six wheels of build tools once landed in the root with an unrelated commit and went into every sdist."""
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    files = listed.stdout.splitlines()
    assert files, "git lists no files: the check would pass on nothing"
    assert [name for name in files if name.endswith((".whl", ".tar.gz", ".zip"))] == []
