"""Batches: a folder or a JSON Lines file in, one JSON record per case out, in order; bad cases don't stop it."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from conftest import EXAMPLES, ROOT, RULES
from netadvisor import Advisor, load_case_file
from netadvisor.cli import EXIT_CASE, EXIT_OK, main


def run(*args: str) -> tuple[int, list[dict], str]:  # type: ignore[type-arg]
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_a_folder_gives_one_record_per_case_in_order_and_an_error_record_for_a_bad_one(tmp_path: Path) -> None:
    for name in ("it-medewerker.yaml", "governance-nao.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    shutil.copy(ROOT / "tests" / "golden" / "cases" / "wrong-types.yaml", tmp_path / "kapot.yaml")
    code, records, err = run("advise", str(tmp_path), "--jobs", "2", "--rules", str(RULES))
    assert code == EXIT_CASE and err == ""  # not a terminal: no progress line
    assert [record["source"] for record in records] == ["governance-nao.yaml", "it-medewerker.yaml", "kapot.yaml"]
    assert records[2]["error"]["kind"] == "case"
    assert {p["path"] for p in records[2]["error"]["problems"]} >= {"challenge.rationale", "governance.trust"}
    expected = Advisor.from_path(RULES).advise(load_case_file(EXAMPLES / "governance-nao.yaml")).model_dump(mode="json")
    assert records[0]["advice"] == expected


def test_json_lines_with_a_broken_line_and_an_invalid_case(tmp_path: Path) -> None:
    lines = tmp_path / "cases.jsonl"
    lines.write_text('{"challenge": {"rationale": "knowledge"}}\n{not json\n\n{"governance": {"trust": "enorm"}}\n'
                     '{"challenge": {"rationale": "efficiency"}}\n', encoding="utf-8")
    code, records, _ = run("advise", str(lines), "--lang", "en")
    assert code == EXIT_CASE
    assert [record["source"] for record in records] == ["cases.jsonl:1", "cases.jsonl:2", "cases.jsonl:4",
                                                        "cases.jsonl:5"]
    assert records[0]["advice"]["conclusions"]["collaboration_form"]["value"] == "learning_network"
    assert records[1]["error"]["kind"] == "input" and records[2]["error"]["kind"] == "case"
    assert records[3]["advice"]["language"] == "en"


def test_an_all_good_batch_exits_0(tmp_path: Path) -> None:
    lines = tmp_path / "good.jsonl"
    lines.write_text("\n".join(json.dumps({"governance": {"partner_count": n}}) for n in range(20)) + "\n")
    code, records, _ = run("advise", str(lines))
    assert code == EXIT_OK and len(records) == 20 and all("advice" in record for record in records)


def test_a_missing_batch_file_is_a_case_error() -> None:
    code, records, err = run("advise", "/nonexistent/cases.jsonl")
    assert code == EXIT_CASE and records == [] and "no such" in err
