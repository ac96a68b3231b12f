"""A catalogue of bad case files: each ends in a CaseError naming the field, the file, line and column.

Through the API and through the CLI (exit code 4, no traceback), and the loaded rules stay untouched.
The expected text of each is in tests/golden/cases/<name>.nl.txt and <name>.en.txt (NETADVISOR_UPDATE_GOLDEN=1
rewrites them).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from conftest import EXAMPLES
from netadvisor import Advice, Advisor, CaseError, load_case_file
from netadvisor.cli import EXIT_CASE, main

CATALOGUE = Path(__file__).parent / "golden" / "cases"
CASES = sorted(path.name for path in CATALOGUE.glob("*.yaml"))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_bad_case_file_gives_the_golden_error(name: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CATALOGUE)
    with pytest.raises(CaseError) as raised:
        load_case_file(name)
    text = raised.value.format(lang) + "\n"
    golden = CATALOGUE / f"{Path(name).stem}.{lang}.txt"
    if os.environ.get("NETADVISOR_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert all(problem.line > 0 for problem in raised.value.problems)
    if lang == "en":
        assert str(raised.value) == text.rstrip("\n")  # the exception's own text is the English one


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", CASES)
def test_the_cli_says_the_same_and_exits_4(name: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CATALOGUE)
    out, err = io.StringIO(), io.StringIO()
    assert main(["advise", name, "--lang", lang], stdout=out, stderr=err) == EXIT_CASE
    assert out.getvalue() == ""
    assert "Traceback" not in err.getvalue()
    assert err.getvalue() == (CATALOGUE / f"{Path(name).stem}.{lang}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_a_dutch_case_error_has_no_english_words_from_pydantic(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """pydantic's English ("Input should be", "Extra inputs", class names) never reaches a Dutch reader."""
    monkeypatch.chdir(CATALOGUE)
    with pytest.raises(CaseError) as raised:
        load_case_file(name)
    text = raised.value.format("nl")
    for english in ("Input should", "Extra inputs", "instance of", "valid", "expected", "got ", "Field required"):
        assert english not in text, f"{name}: {english!r} in {text}"


@pytest.mark.parametrize(
    "bad",
    [
        {"partners": [{"name": f"P{n}"} for n in range(10_001)]},  # more partners than a case may list
        {"title": "x" * 10_000},
        {"governance": {"partner_count": float("nan")}},
        {"governance": {"partner_count": 2**200}},
        {"governance": {"partner_count": 10**5000}},  # too long for Python to write as text
        {"goal": {"statement": ["not", "text"]}},
        {"management": {"roles": "everyone"}},
    ],
)
def test_bad_mappings_through_the_api(advisor: Advisor, bad: dict[str, object]) -> None:
    with pytest.raises(CaseError) as raised:
        advisor.advise(bad)
    assert raised.value.problems
    assert all(problem.path for problem in raised.value.problems)


def test_unicode_names_are_fine(advisor: Advisor) -> None:
    advice = advisor.advise(
        {
            "title": "Ŝtad – Zürich ✓ 東京",
            "partners": [{"name": f"Café Ñandú 🙂 {number}"} for number in range(3)],
            "challenge": {"rationale": "effectiveness"},
        }
    )
    assert advice.case_title == "Ŝtad – Zürich ✓ 東京"


def test_bad_cases_leave_the_loaded_rules_untouched(advisor: Advisor) -> None:
    good = load_case_file(EXAMPLES / "dak-en-thuisloosheid.yaml")
    before = advisor.advise(good).model_dump_json()
    for name in CASES:
        with pytest.raises(CaseError):
            load_case_file(CATALOGUE / name)
    for bad in ({"governance": {"trust": "x"}}, {"partners": "x"}, [1, 2]):
        with pytest.raises(CaseError):
            advisor.advise(bad)  # type: ignore[arg-type]
    assert advisor.advise(good).model_dump_json() == before


def test_a_device_or_a_pipe_is_refused_unread_as_not_a_regular_file(tmp_path: Path) -> None:
    """`netadvisor advise /dev/zero` once grew to 2.6 GB; a pipe would wait for a writer. Both: exit 4, unread."""
    import threading

    pipe = tmp_path / "casus.yaml"
    os.mkfifo(pipe)
    for path in ("/dev/zero", str(pipe)):
        out, err = io.StringIO(), io.StringIO()
        codes: list[int] = []
        worker = threading.Thread(
            target=lambda codes=codes, path=path, out=out, err=err: codes.append(
                main(["advise", path], stdout=out, stderr=err)
            ),
            daemon=True,
        )
        worker.start()
        worker.join(10)
        if worker.is_alive():
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            pytest.fail(f"advise {path} is still reading")
        assert codes == [EXIT_CASE]
        assert f"{path}: (casus): het bestand kan niet gelezen worden: geen gewoon bestand" in err.getvalue()


def test_a_huge_case_file_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    """Only the size limit plus one byte is read (allocation counted by tracemalloc, exactly)."""
    import tracemalloc

    from netadvisor.yamlsource import MAX_BYTES

    huge = tmp_path / "casus.yaml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(CaseError, match="too large"):
            load_case_file(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_BYTES


@pytest.mark.parametrize("text", ["", "\n\n", "# een sjabloon, nog niet ingevuld\n"])
def test_a_case_file_with_no_case_in_it_is_refused_not_advised_as_an_empty_case(text: str, tmp_path: Path) -> None:
    """An empty file (an upload cut off) was advised as "casus zonder titel" with exit 0, while advise(None) is
    refused (a tool builder's dashboard of uploads); a folder's batch gives it an error record, the others advice."""
    empty = tmp_path / "leeg.yaml"
    empty.write_text(text, encoding="utf-8")
    with pytest.raises(CaseError) as refused:
        load_case_file(empty)
    assert [problem.code for problem in refused.value.problems] == ["case-file-empty"]
    out, err = io.StringIO(), io.StringIO()
    assert main(["advise", str(empty)], stdout=out, stderr=err) == EXIT_CASE
    assert "het bestand bevat geen casus" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    (tmp_path / "goed.yaml").write_text("title: Kinderopvang\n", encoding="utf-8")
    out = io.StringIO()
    main(["advise", str(tmp_path), "--format", "json", "--jobs", "1"], stdout=out, stderr=io.StringIO())
    records = {Path(record["source"]).name: record for record in map(json.loads, out.getvalue().splitlines())}
    assert "advice" in records["goed.yaml"]
    assert records["leeg.yaml"]["error"]["problems"][0]["code"] == "case-file-empty"


@pytest.mark.parametrize("count", ["12²", "²", "١٢", "9" * 5000])
def test_a_count_in_digits_int_refuses_is_a_problem_of_its_own_beside_the_others(advisor: Advisor, count: str) -> None:
    """A tool builder's "12²" as the number of organisations raised a bare ValueError (``str.isdigit`` takes "²",
    ``int`` does not): the other problems of the case were lost, the CLI printed a traceback and a batch stopped.
    Each is now a problem of the case, named at its field, beside the others."""
    with pytest.raises(CaseError) as raised:
        advisor.advise({"title": 5, "challenge": {"rationale": "geld"}, "governance": {"partner_count": count}})
    assert {problem.path for problem in raised.value.problems} == {
        "title",
        "challenge.rationale",
        "governance.partner_count",
    }


def test_a_partner_place_in_digits_int_refuses_is_an_unknown_fact_not_a_crash(advisor: Advisor) -> None:
    """ "partners[²].kindd" (a helper's probe of the "did you mean" for a partner's answer) raised ValueError."""
    from netadvisor import Consultation, UnknownFactError
    from netadvisor.errors import parse_path
    from netadvisor.text import list_index

    with pytest.raises(UnknownFactError):
        Consultation(advisor).answer("partners[²].kindd", "gemeente")
    assert parse_path("governance.²") == ("governance", "²")
    assert parse_path("partners[12].name") == ("partners", 12, "name")
    assert [list_index(text) for text in ("12", "12²", "١٢", "", "-3", "9" * 19)] == [12, None, None, None, None, None]


def test_a_batch_goes_on_past_a_count_in_digits_int_refuses(advisor: Advisor) -> None:
    """The same "12²" stopped ``advise_many``: the valid case after it was never returned."""
    from netadvisor import advise_many

    results = list(
        advise_many([{"governance": {"partner_count": "12²"}}, {"challenge": {"rationale": "kennis"}}], jobs=1)
    )
    assert isinstance(results[0], CaseError)
    assert isinstance(results[1], Advice)


@pytest.mark.parametrize("written", ["minstens 14", "14 of meer", "at least 14", "14+", "meer dan 14"])
def test_a_number_of_organisations_given_as_a_lower_bound_is_told_how_to_say_it(advisor: Advisor, written: str) -> None:
    """A policy officer who knew of at least 14 organisations typed "minstens 14" and was told only which answers
    are possible: the hint says a lower bound is no number, and how the partners named give one."""
    from netadvisor.answers import NotAnAnswer, parse_answer
    from netadvisor.facts import spec_of
    from netadvisor.messages import LOWER_BOUND_HINT

    hint = LOWER_BOUND_HINT.format(answer=written)
    with pytest.raises(NotAnAnswer) as refused:
        parse_answer(spec_of("governance.partner_count"), written)
    assert hint.nl in refused.value.text.nl
    with pytest.raises(CaseError) as raised:
        advisor.advise({"governance": {"partner_count": written}})
    assert any(hint.nl in problem.format("nl") for problem in raised.value.problems)


@pytest.mark.parametrize("written", ["minstens 14", "12 gemeenten", "ongeveer 10", "14+"])
def test_how_many_partners_there_are_is_no_partner_s_name(advisor: Advisor, written: str) -> None:
    """A consultation saved partners called "minstens 14" and "12 gemeenten" (the answer to "Wie zijn alle
    partners?" from someone who knew how many, not who), and told "ongeveer 10" to write '10' as a name."""
    from netadvisor import AnswerError, Consultation

    consultation = Consultation(advisor)
    with pytest.raises(AnswerError):
        consultation.answer("partners", f"Gemeente Geel, {written}")
    assert "partners" not in consultation.answers  # (nothing kept of a refused answer)
    with pytest.raises(CaseError) as raised:
        advisor.advise({"partners": [{"name": written}]})
    (problem,) = raised.value.problems
    assert problem.path == "partners[0].name"
    assert problem.code == "partner-not-a-name"
