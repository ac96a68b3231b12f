"""The disk cache (netadvisor.cache): what it keeps is what would be worked out, and it never gets in the way."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from conftest import RULES
from netadvisor import RuleError, load_rules
from netadvisor import cache as cache_module
from netadvisor.cache import CACHE_DIR_VARIABLE, KEPT_PER_KIND, cached
from netadvisor.outcomes import OutcomeModel


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    chosen = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(chosen))
    return chosen


def ANY(found: object) -> bool:
    return True


class Builder:
    """A build function that counts how often it is called."""

    def __init__(self, value: object):
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_a_value_is_worked_out_once_and_read_back_after(folder: Path) -> None:
    build = Builder({"rows": (1, 2, 3)})
    assert cached("tables", "abc", build, ANY) == {"rows": (1, 2, 3)}
    assert cached("tables", "abc", build, ANY) == {"rows": (1, 2, 3)}
    assert build.calls == 1
    assert len(list(folder.glob("tables-abc-*.pickle"))) == 1


def test_another_key_is_worked_out_again(folder: Path) -> None:
    first, second = Builder(1), Builder(2)
    cached("tables", "abc", first, ANY)
    assert cached("tables", "abd", second, ANY) == 2
    assert second.calls == 1


def test_an_empty_folder_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    monkeypatch.chdir(tmp_path)
    build = Builder(1)
    cached("tables", "abc", build, ANY)
    cached("tables", "abc", build, ANY)
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_without_a_setting_the_cache_is_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_module.cache_dir() == Path("/somewhere/cache/netadvisor")


def test_a_damaged_file_is_worked_out_again_and_replaced(folder: Path) -> None:
    cached("tables", "abc", Builder(1), ANY)
    [file] = folder.glob("tables-abc-*.pickle")
    file.write_bytes(b"not a pickle")
    build = Builder(1)
    assert cached("tables", "abc", build, ANY) == 1
    assert build.calls == 1
    assert cached("tables", "abc", Builder(99), ANY) == 1  # the replacement is read back


def test_a_file_changed_on_disk_is_worked_out_again(folder: Path) -> None:
    cached("tables", "abc", Builder("zelfregulerend netwerk past het best"), ANY)
    [file] = folder.glob("tables-abc-*.pickle")
    file.write_bytes(file.read_bytes().replace(b"past het best", b"past het NIET"))  # still a whole pickle
    build = Builder("zelfregulerend netwerk past het best")
    assert cached("tables", "abc", build, ANY) == "zelfregulerend netwerk past het best"
    assert build.calls == 1


def test_a_value_that_is_not_the_one_asked_for_is_worked_out_again_and_replaced(folder: Path) -> None:
    cached("tables", "abc", Builder(None), ANY)  # e.g. another kind's file under this name
    build = Builder({"rows": 1})
    assert cached("tables", "abc", build, lambda found: isinstance(found, dict)) == {"rows": 1}
    assert cached("tables", "abc", Builder({"rows": 2}), lambda found: isinstance(found, dict)) == {"rows": 1}
    assert build.calls == 1


def test_without_a_home_folder_there_is_no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "nonexistent"))
    assert cache_module.cache_dir() is None
    assert cached("tables", "abc", Builder(1), ANY) == 1
    assert not (tmp_path / "nonexistent").exists()


def test_a_folder_that_cannot_be_written_is_no_error(folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    build = Builder(1)
    assert cached("tables", "abc", build, ANY) == 1
    assert cached("tables", "abc", build, ANY) == 1
    assert build.calls == 2


def test_a_value_from_other_code_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached("tables", "abc", Builder(1), ANY)
    monkeypatch.setattr(cache_module, "_code_digest", "another-netadvisor")
    build = Builder(2)
    assert cached("tables", "abc", build, ANY) == 2
    assert build.calls == 1


def test_only_the_newest_files_of_a_kind_are_kept(folder: Path) -> None:
    for key in range(KEPT_PER_KIND + 3):
        cached("tables", f"key{key}", Builder(key), ANY)
    cached("other", "x", Builder(0), ANY)
    assert len(list(folder.glob("tables-*.pickle"))) == KEPT_PER_KIND
    assert len(list(folder.glob("other-*.pickle"))) == 1
    assert not list(folder.glob("*.partial"))


def test_a_rule_base_read_back_is_the_one_loaded(folder: Path) -> None:
    loaded = load_rules(RULES)
    assert list(folder.glob("rule-base-*.pickle"))
    assert load_rules(RULES) == loaded


def test_the_same_rule_files_in_another_folder_name_that_folder(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    shutil.copytree(RULES, elsewhere)
    here, there = load_rules(RULES), load_rules(elsewhere)
    assert there.version == here.version  # the same rules
    assert all(name.startswith(str(elsewhere)) for name in there.files)


def test_rule_files_with_mistakes_are_never_kept(folder: Path, tmp_path: Path) -> None:
    broken = tmp_path / "regels"
    broken.mkdir()
    (broken / "fout.yaml").write_text("regels:\n  - id: X\n    als: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError):
            load_rules(broken)
    assert not list(folder.glob("rule-base-*.pickle"))


def test_a_rule_base_changed_in_code_gets_its_own_tables(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rulebase = load_rules(RULES)
    full = OutcomeModel(rulebase).tables
    dropped = next(rule for rule in rulebase.rules if rule.supports)
    without = dataclasses.replace(rulebase, rules=tuple(rule for rule in rulebase.rules if rule is not dropped))
    assert without.version == rulebase.version  # the field is copied: it cannot tell them apart
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    worked_out = OutcomeModel(without).tables
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(folder))
    assert worked_out != full
    assert OutcomeModel(without).tables == worked_out
    assert OutcomeModel(rulebase).tables == full


def test_outcome_tables_read_back_are_those_worked_out(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rulebase = load_rules(RULES)
    stored = OutcomeModel(rulebase).tables
    assert list(folder.glob("outcome-tables-*.pickle"))
    read_back = OutcomeModel(rulebase)
    assert read_back.tables == stored
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")
    fresh = OutcomeModel(rulebase)
    assert fresh.tables == stored
    assert read_back.downstream == fresh.downstream
    assert read_back.answers == fresh.answers


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="owners and modes are POSIX")
def test_a_file_others_can_write_or_own_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickle runs code as it is read: in a cache folder several users share, a file another user could have
    written is worked out again, never read (a tool builder's review)."""
    build = Builder("mine")
    cached("tables", "abc", build, ANY)
    (file,) = folder.glob("tables-abc-*.pickle")
    assert file.stat().st_mode & 0o777 == 0o600  # (written so: others cannot change it)
    file.chmod(0o666)
    assert cached("tables", "abc", build, ANY) == "mine"
    assert build.calls == 2  # worked out again, and the file replaced by one only the user can write
    (file,) = folder.glob("tables-abc-*.pickle")
    assert file.stat().st_mode & 0o022 == 0
    monkeypatch.setattr(os, "getuid", lambda: file.stat().st_uid + 1)  # as if another user owned it
    assert cached("tables", "abc", build, ANY) == "mine"
    assert build.calls == 3
