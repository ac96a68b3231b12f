"""tools/build_durable.py and its patch: durable_rules built from the verified sdist, and CI running on it."""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from helpers import DURABLE_REQUIRED
from netadvisor import Advisor
from netadvisor.engine import IMPORT_ERROR, durable_available

sys.path.insert(0, str(ROOT / "tools"))
import build_durable
from build_durable import BuildError

PATCH = build_durable.read_patch(build_durable.PATCH)


@pytest.mark.skipif(not DURABLE_REQUIRED, reason="only where NETADVISOR_REQUIRE_DURABLE is set (.ci/run sets it)")
def test_where_ci_requires_durable_rules_it_is_the_engine_and_the_patched_build(advisor: Advisor) -> None:
    """CI cannot pass by quietly falling back: durable_rules imports, advises, and is the build make installs."""
    assert durable_available(), IMPORT_ERROR
    assert advisor.engine_name == "durable_rules"
    assert importlib.metadata.version("durable_rules") == PATCH.fields["Patched-Version"]


def test_the_patch_names_its_source_its_licence_and_the_version_it_installs_as() -> None:
    """The header says where the code comes from; the diff fixes every call Python 3.13 removed."""
    fields = PATCH.fields
    assert fields["Upstream-Name"] == "durable_rules"
    assert fields["Upstream-Version"] == "2.0.28"
    assert re.fullmatch(r"[0-9a-f]{64}", fields["Sdist-SHA256"])
    assert fields["Sdist-File"] == f"durable_rules-{fields['Upstream-Version']}.tar.gz"
    header = build_durable.PATCH.read_text(encoding="utf-8").split("\n--- a/", 1)[0]
    assert "The MIT License (MIT)" in header
    assert "Copyright (c) 2013 Jesus Ruiz" in header
    assert "Permission is hereby granted, free of charge" in header
    setup = next(file for file in PATCH.files if file.path == "setup.py")
    added = [line for hunk in setup.hunks for line in hunk.new if line not in hunk.old]
    assert any(f"version = '{fields['Patched-Version']}'" in line for line in added)
    assert fields["Patched-Version"].startswith(fields["Upstream-Version"] + "+")  # still meets ==2.0.28
    rules_c = next(file for file in PATCH.files if file.path == "src/rulespy/rules.c")
    removed = [line for hunk in rules_c.hunks for line in hunk.old if line not in hunk.new]
    assert removed
    assert all("PyEval_CallObject(" in line for line in removed)
    assert [line.replace("PyEval_CallObject(", "PyObject_CallObject(") for line in removed] == [
        line for hunk in rules_c.hunks for line in hunk.new if line not in hunk.old
    ]


def test_the_patch_changes_of_durable_rules_own_workings_only_the_bucket_counts_it_names() -> None:
    """Change 4 of the header: two hash indexes per join node get 16 buckets instead of 512 (their chains find
    the same frames); nothing else of the engine's C code changes but the calls Python 3.13 removed."""
    state_h = next(file for file in PATCH.files if file.path == "src/rules/state.h")
    removed = [line for hunk in state_h.hunks for line in hunk.old if line not in hunk.new]
    added = [line for hunk in state_h.hunks for line in hunk.new if line not in hunk.old]
    assert removed == ["#define MAX_LEFT_FRAME_INDEX_LENGTH 512", "#define MAX_RIGHT_FRAME_INDEX_LENGTH 512"]
    assert [line for line in added if not line.startswith("//")] == [
        "#define MAX_LEFT_FRAME_INDEX_LENGTH 16",
        "#define MAX_RIGHT_FRAME_INDEX_LENGTH 16",
    ]
    assert {file.path for file in PATCH.files} == {"setup.py", "src/rulespy/rules.c", "src/rules/state.h"}
    header = build_durable.PATCH.read_text(encoding="utf-8").split("\n--- a/", 1)[0]
    assert "MAX_LEFT_FRAME_INDEX_LENGTH and MAX_RIGHT_FRAME_INDEX_LENGTH go from 512\n   to 16" in header


DIFF = """\
--- a/src/call.c
+++ b/src/call.c
@@ -2,3 +2,3 @@
 static int call(void) {
-    result = PyEval_CallObject(callback, arglist);
+    result = PyObject_CallObject(callback, arglist);
     return 0;
"""


def test_a_hunk_applies_exactly_where_it_says_or_not_at_all(tmp_path: Path) -> None:
    """No fuzz: text that drifted from the sdist the patch was made for stops the build, naming the line."""
    source = tmp_path / "src" / "call.c"
    source.parent.mkdir()
    original = (
        "#include <Python.h>\nstatic int call(void) {\n    result = PyEval_CallObject(callback, arglist);\n"
        "    return 0;\n}\n"
    )
    source.write_text(original, encoding="utf-8")
    files = build_durable.parse_diff(DIFF)
    build_durable.apply_patch(files, tmp_path)
    assert source.read_text(encoding="utf-8") == original.replace("PyEval_CallObject", "PyObject_CallObject")

    source.write_text(original.replace("return 0;", "return 1;"), encoding="utf-8")
    with pytest.raises(BuildError, match=r"src/call.c:4: the patch does not fit this source"):
        build_durable.apply_patch(files, tmp_path)
    assert "PyEval_CallObject" in source.read_text(encoding="utf-8")  # nothing half applied


def test_a_diff_that_reaches_outside_the_source_tree_is_refused() -> None:
    with pytest.raises(BuildError, match="not a path inside the source tree"):
        build_durable.parse_diff(DIFF.replace("src/call.c", "../call.c"))


def test_an_sdist_with_another_hash_is_refused(tmp_path: Path) -> None:
    """Only the file PyPI published for 2.0.28 is patched and compiled."""
    forged = tmp_path / PATCH.fields["Sdist-File"]
    forged.write_bytes(b"not the sdist")
    with pytest.raises(BuildError, match="refusing to build it") as refused:
        build_durable.verified_sdist(PATCH.fields, forged, tmp_path / "cache")
    assert hashlib.sha256(b"not the sdist").hexdigest() in str(refused.value)
    assert PATCH.fields["Sdist-SHA256"] in str(refused.value)


def test_without_a_c_compiler_the_build_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """make stops with a sentence that names the missing compiler and the way on without it."""
    monkeypatch.setenv("CC", "no-such-c-compiler --version")
    with pytest.raises(BuildError) as missing:
        build_durable.check_compiler()
    assert "no C compiler was found ('no-such-c-compiler'" in str(missing.value)
    assert "evaluator" in str(missing.value)
