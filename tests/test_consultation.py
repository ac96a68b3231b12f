"""The consultation: only the questions that can change the advice, the most useful first, 'weet niet' accepted,
wrong answers asked again, and the answers saved as a case file that advise reads back the same."""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import RULES as FROZEN_RULES
from helpers import rules_from_text
from netadvisor import Advisor, CaseError, NetadvisorError, StateError, case_file_answers, load_case_file
from netadvisor.case import parse_case
from netadvisor.cli import EXIT_INTERRUPTED, EXIT_NOT_SAVED, EXIT_OK, EXIT_USAGE, main
from netadvisor.consultation import (
    AnswerError,
    Consultation,
    ConsultationInterrupted,
    MorePartnersThanCounted,
    answers_of,
    consult,
)
from netadvisor.facts import FACTS, PARTNER_FACTS
from netadvisor.messages import word
from netadvisor.text import Language

RULES = """
rules:
  - id: FORM-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: GOV-trust
    title: {nl: vertrouwen, en: trust}
    section: ["4.3"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.trust, is: high}]
    then: {finding: {severity: info, message: {nl: "Veel vertrouwen", en: "Much trust"}}}
  - id: GOV-stuck
    title: {nl: vast, en: stuck}
    section: ["4.4.1"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: state.stuck, is: true}]
    then: {finding: {severity: info, message: {nl: "Vast", en: "Stuck"}}}
"""

# the partner list is asked (a rule reads whether every partner is willing), and so are the partners' answers
PARTNER_RULES = """
rules:
  - id: COMP-unwilling
    title: {nl: onwillig, en: unwilling}
    section: ["4.1"]
    when: [{fact: partner_summary.all_willing_to_adapt, is: false}]
    then: {finding: {severity: warning, message: {nl: "Niet iedereen", en: "Not everyone"}}}
"""


def test_a_consultation_through_the_api_reads_back_to_the_same_advice(tmp_path: Path) -> None:
    advisor = Advisor.from_path(FROZEN_RULES)
    by_question = {spec.question_nl: path for path, spec in [*FACTS.items(), *PARTNER_FACTS.items()]}
    # asked after "weet niet" to whether there is a common goal, in words that do not take one for granted
    asked_unknown = f"{word('goal-consensus-common-goal-unknown').nl} {word('common-goal-not-known-yet').nl}"
    by_question[asked_unknown] = "governance.goal_consensus"
    by_question[word("form-beside-rationale").nl] = "state.form"  # (the rationale known)
    answers = {
        "challenge.rationale": "effectiviteit",
        "governance.partner_count": "18",
        "governance.trust": "gemiddeld",
        "governance.goal_consensus": "gemiddeld",
        "governance.network_competency_need": "hoog",
    }
    asked: list[str] = []

    def ask(prompt: str) -> str:
        path = by_question[prompt.split(" [")[0]]
        asked.append(path)
        return answers.get(path, "weet niet")

    consultation, advice = consult(advisor, ask, lambda text: None)
    assert advice.conclusion("governance_mode") == "network_administrative_organisation"
    assert len(asked) == len(set(asked))  # nothing is asked twice
    assert asked.index("challenge.rationale") < asked.index("governance.trust")  # the guide's order
    saved = tmp_path / "casus.yaml"
    saved.write_text(yaml.safe_dump(consultation.case_file_data(), allow_unicode=True), encoding="utf-8")
    # read back as `netadvisor advise` reads a case file: its "weet niet" answers as answered so
    not_known = [path for path, value in case_file_answers(saved).items() if value is None]
    assert not_known
    assert advisor.advise(load_case_file(saved), not_known=not_known).model_dump_json() == advice.model_dump_json()


def test_piped_answers_with_a_wrong_one_asked_again(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    saved = tmp_path / "casus.yaml"
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consult", "--rules", str(rules), "--save", str(saved)],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("Jeugdhulp Zuid\neffectiviteit\nenorm\nhoog\nweet niet\n"),
    )
    transcript = out.getvalue()
    assert code == EXIT_OK, err.getvalue()
    assert transcript.count("Hoeveel onderling vertrouwen") == 2
    # piped as typed: the title first (a transcript replayed from a file once had every answer shifted by one)
    assert transcript.index("Hoe heet de casus?") < transcript.index("Wat is de ratio")
    assert "'enorm' is geen mogelijk antwoord (mogelijk: laag, gemiddeld, hoog, weet niet)" in transcript
    assert "Zit het netwerk vast?" in transcript
    assert "Ter informatie: vertrouwen (§4.3)." in transcript  # the finding of GOV-trust, in the advice
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert data == {  # as the officer answered: Dutch names, ja/nee; the title asked first, as at a terminal
        "title": "Jeugdhulp Zuid",
        "challenge": {"rationale": "effectiviteit"},
        "governance": {"trust": "hoog"},
        "state": {"stuck": "weet niet"},
    }
    assert Advisor.from_path(rules).advise(load_case_file(saved)).finding("GOV-trust") is not None


def test_answers_that_run_out_end_the_consultation_with_the_advice_so_far(tmp_path: Path) -> None:
    """Piped answers that end before the questions do (or Ctrl-D): as after 'klaar', the advice on the answers
    given, and those saved."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    saved = tmp_path / "casus.yaml"
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consult", "--rules", str(rules), "--save", str(saved)],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("\neffectiviteit\n"),  # (no title)
    )
    assert code == EXIT_OK, err.getvalue()
    assert "Advies voor" in out.getvalue()
    assert "(geen antwoorden meer: het advies op de antwoorden tot nu)" in out.getvalue()
    assert "onderbroken" not in err.getvalue()
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {"challenge": {"rationale": "effectiviteit"}}


def _keyboard_stopped_after(*lines: str) -> io.StringIO:
    """A terminal on which a person types ``lines``, then Ctrl-C."""
    answers = iter(lines)

    class Keyboard(io.StringIO):
        def readline(self, size: int | None = -1) -> str:
            line = next(answers, None)
            if line is None:
                raise KeyboardInterrupt
            return line

    return Keyboard()


def test_an_interrupted_consultation_keeps_the_answers_so_far(tmp_path: Path) -> None:
    """Ctrl-C: no advice, the answers so far saved, and the exit code of an interrupt."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    saved = tmp_path / "casus.yaml"
    keyboard = _keyboard_stopped_after("\n", "effectiviteit\n")  # (no title)

    out, err = io.StringIO(), io.StringIO()
    code = main(["consult", "--rules", str(rules), "--save", str(saved)], stdout=out, stderr=err, stdin=keyboard)
    assert code == EXIT_INTERRUPTED
    assert "onderbroken" in err.getvalue()
    assert "Advies voor" not in out.getvalue()
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {"challenge": {"rationale": "effectiviteit"}}


@pytest.mark.parametrize(
    ("lang", "said", "not_said"), [("nl", "onderbroken", "interrupted"), ("en", "interrupted", "onderbroken")]
)
def test_an_interrupted_consultation_says_so_in_its_language_alone(
    tmp_path: Path, lang: str, said: str, not_said: str
) -> None:
    """The consultation knows its reader's language: the line that says where the answers are is in it, not in
    Dutch and English joined (a policy officer read "… / the answers so far are in …")."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    saved = tmp_path / "casus.yaml"
    keyboard = _keyboard_stopped_after("\n", "effectiviteit\n")

    err = io.StringIO()
    arguments = ["consult", "--rules", str(rules), "--save", str(saved), "--lang", lang]
    assert main(arguments, stdout=io.StringIO(), stderr=err, stdin=keyboard) == EXIT_INTERRUPTED
    told = err.getvalue()
    assert str(saved) in told
    assert said in told.replace(str(saved), "")
    assert not_said not in told.replace(str(saved), "")


def test_questions_made_irrelevant_are_not_asked(tmp_path: Path) -> None:
    """With a knowledge rationale there is no organisation network, so trust is never asked."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    asked: list[str] = []
    consult(Advisor.from_path(rules), lambda prompt: asked.append(prompt) or "kennis", lambda text: None)
    assert len(asked) == 1
    assert asked[0].startswith("Wat is de ratio van de samenwerking")


COUNT_RULES = """
rules:
  - id: FORM-network
    title: {nl: netwerk, en: network}
    section: ["3"]
    when: [{fact: challenge.rationale, is: effectiveness}]
    then: {conclude: {collaboration_form: organisation_network}}
  - id: FORM-few
    title: {nl: weinig, en: few}
    section: ["4.4"]
    when: [{conclusion: collaboration_form, is: organisation_network}, {fact: governance.partner_count, less_than: 3}]
    then: {finding: {severity: warning, message: {nl: "Te weinig partners", en: "Too few partners"}}}
"""


def _consult_cli(tmp_path: Path, answers: str, *extra: str, save: str | None = None) -> tuple[int, str, str, Path]:
    """``netadvisor consult`` of COUNT_RULES with ``answers`` typed, saving to ``save`` (casus.yaml there)."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(COUNT_RULES, encoding="utf-8")
    saved = Path(save) if save is not None else tmp_path / "casus.yaml"
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consult", "--rules", str(rules), "--save", save if save is not None else str(saved), *extra],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("\n" + answers),  # (an empty line first: no title)
    )
    return code, out.getvalue(), err.getvalue(), saved


def test_an_answer_the_case_refuses_is_explained_and_asked_again_and_nothing_is_lost(tmp_path: Path) -> None:
    """100001 partners is more than a case allows: said at once, asked again; the earlier answer stays."""
    code, out, err, saved = _consult_cli(tmp_path, "effectiviteit\n100001\n2\n")
    assert code == EXIT_OK, err
    assert out.count("Hoeveel organisaties telt het netwerk?") == 2
    assert "Dat antwoord kan niet" in out
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {
        "challenge": {"rationale": "effectiviteit"},
        "governance": {"partner_count": 2},
    }
    assert "Te weinig partners" in out


def test_answers_saved_by_notepad_with_a_byte_order_mark_are_read_without_it(tmp_path: Path) -> None:
    """Answers saved by Windows Notepad as UTF-8 begin with a byte-order mark: the title saved was
    "\\uFEFFJeugd via Kladblok" (a policy officer's trial). A case file gone on with may begin with one too."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(COUNT_RULES, encoding="utf-8")
    saved = tmp_path / "casus.yaml"
    answers = io.StringIO("\ufeffJeugd via Kladblok\r\neffectiviteit\r\n2\r\n")
    out, err = io.StringIO(), io.StringIO()
    code = main(["consult", "--rules", str(rules), "--save", str(saved)], stdout=out, stderr=err, stdin=answers)
    assert code == EXIT_OK, err.getvalue()
    assert "\ufeff" not in out.getvalue()
    assert saved.read_text(encoding="utf-8").startswith("title: Jeugd via Kladblok\n")
    assert load_case_file(saved).title == "Jeugd via Kladblok"
    # a case file with the mark is read as one without it, and gone on with, its comment kept
    case = tmp_path / "kladblok.yaml"
    case.write_bytes("\ufeff# notitie\ntitle: Jeugd\nchallenge:\n  rationale: effectiviteit\n".encode())
    assert load_case_file(case).title == "Jeugd"
    more = tmp_path / "meer.yaml"
    code = main(
        ["consult", "--rules", str(rules), "--save", str(more), str(case)],
        stdout=io.StringIO(),
        stderr=err,
        stdin=io.StringIO("2\n"),
    )
    assert code == EXIT_OK, err.getvalue()
    assert more.read_text(encoding="utf-8").startswith("# notitie\ntitle: Jeugd\n")


def test_a_consultation_without_answers_saves_nothing_and_says_so(tmp_path: Path) -> None:
    """A tester stopped at once and read "antwoorden bewaard in leeg.yaml", a file holding {}."""
    code, _out, err, saved = _consult_cli(tmp_path, "klaar\n")
    assert code == EXIT_OK
    assert not saved.exists()
    assert "geen antwoorden gegeven: er is niets bewaard" in err
    assert "bewaard in" not in err


def test_answers_that_cannot_be_saved_are_shown_instead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A --save that fails when written (a full disk): the advice is still given, the answers are printed, not
    lost, the reason is in Dutch, and the exit code says they were not kept (a policy officer read English and
    got exit 0)."""
    import errno

    def full_disk(*_arguments: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    code, out, err, target = _consult_cli(tmp_path, "effectiviteit\n2\n")
    assert code == EXIT_NOT_SAVED
    assert f"de antwoorden konden niet bewaard worden in {target} (de schijf is vol); hier zijn ze:" in err
    assert "No space" not in err
    assert "rationale: effectiviteit" in err
    assert "Te weinig partners" in out
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["rules.yaml"]  # (nor half a file beside it)


@pytest.mark.parametrize("folder", ["new/", "existing"])
def test_a_save_that_names_a_folder_is_refused_before_the_first_question(tmp_path: Path, folder: str) -> None:
    """``--save bestaatniet/`` wrote a file called bestaatniet, and ``--save`` of an existing folder was told "bestaat
    al … ga verder met dat bestand" (a policy officer)."""
    (tmp_path / "existing").mkdir()
    target = str(tmp_path / folder) + ("/" if folder.endswith("/") else "")
    code, out, err, _saved = _consult_cli(tmp_path, "2\n", save=target)
    assert code == EXIT_USAGE
    shown = target.rstrip("/")
    assert err.startswith(
        f"netadvisor: --save {shown} noemt een map: geef de naam van een bestand, bv. --save {shown}/casus.yaml"
    )
    assert out == ""
    assert sorted(path.name for path in tmp_path.iterdir()) == ["existing", "rules.yaml"]


def test_a_save_in_a_folder_that_does_not_exist_is_refused_before_the_first_question(tmp_path: Path) -> None:
    """A policy officer answered every question, then read that the folder did not exist: it is said at once."""
    blocked = tmp_path / "no-such-folder" / "casus.yaml"
    code, out, err, _saved = _consult_cli(tmp_path, "effectiviteit\n2\n", save=str(blocked))
    assert code == EXIT_USAGE
    assert err == (
        f"netadvisor: de map {blocked.parent} bestaat niet: maak ze eerst, of kies met --save een bestand in een map "
        "die bestaat\n"
    )
    assert out == ""
    assert not blocked.parent.exists()


def test_stop_ends_the_consultation_with_the_advice_so_far(tmp_path: Path) -> None:
    code, out, _err, saved = _consult_cli(tmp_path, "effectiviteit\nstop\n")
    assert code == EXIT_OK
    assert "Advies voor" in out
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {"challenge": {"rationale": "effectiviteit"}}


@pytest.mark.parametrize(("lang", "stop"), [("nl", "klaar"), ("en", "done")])
def test_the_person_is_told_first_how_to_say_dont_know_and_how_to_stop(lang: str, stop: str) -> None:
    """Before the first question: 'weet niet' and Enter, and the word that stops with the advice so far. The
    word it names does stop."""
    advisor = Advisor(rules_from_text(RULES), lang=lang)  # type: ignore[arg-type]
    told: list[str] = []
    consultation, advice = consult(advisor, lambda prompt: stop, told.append, lang=lang)  # type: ignore[arg-type]
    # (then, before the question, what its answer affects: a policy officer was asked six criteria first, with
    # nothing that said they decide the type)
    assert len(told) == 2
    assert told[1].startswith("(raakt: " if lang == "nl" else "(affects: ")
    assert f"'{stop}'" in told[0]
    assert ("'weet niet'" if lang == "nl" else "'don't know'") in told[0]
    assert consultation.answers == {}
    assert advice.questions  # stopped with questions still open, not run out of them


@pytest.mark.parametrize("replies", [["weet niet"], ["effectiviteit", "hoog", "ja"]])
def test_a_consultation_that_runs_out_of_questions_says_why(replies: list[str]) -> None:
    """A policy officer could not tell a consultation that ended from one that broke off: the advice just followed,
    with "de 7 belangrijkste van 36" open questions (those answered "weet niet"). The last line says it ran out of
    questions, and where answers "weet niet" still can change the advice, how many and where they are."""
    advisor = Advisor(rules_from_text(RULES))
    told: list[str] = []
    given = iter(replies)
    _consultation, advice = consult(advisor, lambda prompt: next(given), told.append)
    assert next(given, None) is None  # (every reply was asked for)
    if replies[0] == "weet niet":
        assert advice.questions
        assert all(question.answered_not_known for question in advice.questions)
        assert told[-1] == (
            "(geen vragen meer: enkel wat je met 'weet niet' beantwoordde, kan het advies nog veranderen; die "
            f"{len(advice.questions)} vragen staan bij de open vragen van het advies)"
        )
    else:
        assert not advice.questions
        assert told[-1] == "(geen vragen meer: geen antwoord dat nog ontbreekt, kan het advies veranderen)"


def test_a_case_s_weet_niet_answers_are_named_before_the_first_question() -> None:
    """A policy officer went on with a case file and waited for the rationale she had come to know: what the case
    answers "weet niet" is not asked again, and the consultation now says so first, by name (a partner's too)."""
    advisor = Advisor(rules_from_text(RULES + PARTNER_RULES.removeprefix("\nrules:\n")))
    answers = {
        "challenge.rationale": None,
        "partners": ["Aadorp", "Beedorp"],
        "partners[1].willing_to_adapt": None,
        "state.stuck": True,
    }
    told: list[str] = []
    consultation, _advice = consult(
        advisor, lambda prompt: "klaar", told.append, "nl", Consultation(advisor, "nl", answers)
    )
    assert consultation.not_known == {"challenge.rationale", "partners[1].willing_to_adapt"}
    assert len(told) == 3  # (the last: what the first question's answer affects)
    assert told[2].startswith("(raakt: ")
    assert told[1].startswith("De casus antwoordt al 'weet niet' op (het belangrijkste eerst): de ratio en ")
    assert "(Beedorp)" in told[1]
    # a yes/no fact is named by its question, not as said of the case (nor as "de stelling '…'", which a policy
    # officer read as clumsy Dutch)
    assert "‘Is deze partner bereid de eigen werking aan te passen?’ (Beedorp)" in told[1]
    # and nothing of the kind for a case without such answers
    told.clear()
    consult(advisor, lambda prompt: "klaar", told.append, "nl", Consultation(advisor, "nl", {"state.stuck": True}))
    assert [said for said in told if not said.startswith("(raakt: ")] == told[:1]
    # a question that quotes in itself keeps its own quotation in other quotes (a policy officer read
    # "'er is een gemeenschappelijke doelstelling: het 'waarom' van de samenwerking'" as two quotations)
    told.clear()
    quoting = Consultation(advisor, "nl", {"goal.has_common_goal": None})
    consult(advisor, lambda prompt: "klaar", told.append, "nl", quoting)
    assert "‘Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?’" in told[1]


def test_asked_again_a_case_s_weet_niet_answers_come_once_more_most_useful_first() -> None:
    """A policy officer who has come to know the rationale since could only edit the file: with ``ask_again`` the
    case's "weet niet" answers are asked once more, ranked as any question; "weet niet" again keeps them so and
    they are not asked a third time, and what they cannot change is still not asked."""
    advisor = Advisor(rules_from_text(RULES))
    answers = {"challenge.rationale": None, "governance.trust": None, "state.stuck": True}
    plain = Consultation(advisor, "nl", answers)
    assert plain.asked_again == frozenset()
    assert plain.next_question() is None  # everything that could change the advice was answered "weet niet"

    again = Consultation(advisor, "nl", answers, ask_again=True)
    assert again.asked_again == {"challenge.rationale", "governance.trust"}
    first = again.next_question()
    assert first is not None
    assert first.fact == "challenge.rationale"  # the form waits for it: ranked first
    again.answer("challenge.rationale", "weet niet")
    assert again.answers["challenge.rationale"] is None
    # not asked a third time; trust still can change the finding given for an organisation network (on that
    # condition), so it comes once more too
    after = again.next_question()
    assert after is not None
    assert after.fact == "governance.trust"
    again.answer("governance.trust", "")  # Enter keeps "weet niet"
    assert again.answers["governance.trust"] is None
    assert again.next_question() is None
    again = Consultation(advisor, "nl", answers, ask_again=True)
    again.answer("challenge.rationale", "effectiviteit")
    second = again.next_question()
    assert second is not None
    assert second.fact == "governance.trust"
    again.answer("governance.trust", "hoog")
    assert "Veel vertrouwen" in [f.message for f in again.advice().findings]

    told: list[str] = []
    consult(advisor, lambda prompt: "klaar", told.append, "nl", Consultation(advisor, "nl", answers, ask_again=True))
    assert told[1].startswith(
        "De casus antwoordt 'weet niet' op (het belangrijkste eerst): de ratio en vertrouwen. Die vragen komen nog"
    )


def test_the_command_line_asks_a_case_file_s_weet_niet_answers_again_when_told(tmp_path: Path) -> None:
    case = tmp_path / "casus.yaml"
    case.write_text("title: t\nchallenge:\n  rationale: weet niet\nstate:\n  stuck: ja\n", encoding="utf-8")
    rules = tmp_path / "regels.yaml"
    rules.write_text(RULES, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main(
        ["consult", str(case), "--ask-again", "--rules", str(rules)],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("effectiviteit\nklaar\n"),
    )
    assert status == EXIT_OK, err.getvalue()
    saved = yaml.safe_load((tmp_path / "casus-aangevuld.yaml").read_text(encoding="utf-8"))
    assert saved["challenge"]["rationale"] == "effectiviteit"
    assert saved["state"]["stuck"] == "ja"


def test_a_question_only_a_weet_niet_answer_could_make_count_is_not_asked() -> None:
    """A tool builder found a consultation asking, to its end, questions that changed nothing: a rule that needs
    trust and the stuck network both, with trust answered "weet niet", cannot fire before trust is known, so
    whether the network is stuck changes nothing meanwhile. A count is different: any of its inputs may do."""
    rules = rules_from_text("""
rules:
  - id: S-both
    title: {nl: beide, en: both}
    section: ["4.4.1"]
    when: [{fact: governance.trust, is: low}, {fact: state.stuck, is: true}]
    then: {finding: {severity: advice, message: {nl: b, en: b}}}
""")
    advisor = Advisor(rules)
    asked = [question.fact for question in advisor.advise({}).questions]
    assert sorted(asked) == ["governance.trust", "state.stuck"]
    after = advisor.advise({}, not_known=["governance.trust"])
    assert [question.fact for question in after.questions] == ["governance.trust"]  # (listed: to be found out)
    consultation = Consultation(advisor, "nl", {"governance.trust": None})
    assert consultation.next_question() is None  # nothing left that can change the advice
    # the same rule with trust open, not answered: both are asked
    assert Consultation(advisor, "nl").next_question() is not None


def test_a_partner_s_answer_that_only_a_complete_list_can_make_count_waits_for_the_number_of_partners() -> None:
    """A policy officer answered the number of organisations "weet niet" beside a list of eleven, and was then asked
    every partner's involvement: "every partner is equally involved" cannot be known of a list that may leave
    partners out, whatever the listed ones answer. "Not every partner is willing" can: one "nee" says it."""
    rules = rules_from_text("""
rules:
  - id: P-alike
    title: {nl: even betrokken, en: alike}
    section: ["4.1"]
    when: [{fact: partner_summary.involvement_varies, is: false}]
    then: {finding: {severity: info, message: {nl: even, en: alike}}}
  - id: P-willing
    title: {nl: bereid, en: willing}
    section: ["2"]
    when: [{fact: partner_summary.all_willing_to_adapt, is: false}]
    then: {finding: {severity: warning, message: {nl: niet bereid, en: not willing}}}
""")
    advisor = Advisor(rules)
    listed = {"partners": [{"name": "Geel"}, {"name": "Mol"}]}
    count_not_known = {**listed, "governance": {"partner_count": "weet niet"}}
    advice = advisor.advise(count_not_known)
    asked = {question.fact for question in advice.questions}
    assert "partners[0].involvement" not in asked
    assert [(question.fact, question.held_by) for question in advice.held_questions] == [
        ("partners[0].involvement", ["governance.partner_count"]),
        ("partners[1].involvement", ["governance.partner_count"]),
    ]
    assert {"partners[0].willing_to_adapt", "partners[1].willing_to_adapt"} <= asked
    assert "governance.partner_count" in asked  # (listed: to be found out; it alone can complete the list)
    consultation = Consultation(advisor, "nl", {"partners": ["Geel", "Mol"], "governance.partner_count": None})
    while (question := consultation.next_question()) is not None:
        assert not question.fact.endswith(".involvement"), question.fact
        consultation.answer(question.fact, "ja")
    # the list complete (its own count): each partner's involvement can bring the finding
    assert "partners[0].involvement" in {question.fact for question in advisor.advise(listed).questions}


def test_a_question_for_advice_on_a_conclusion_only_weet_niet_answers_decide_is_not_asked() -> None:
    """A policy officer answered all six criteria "weet niet" and was then asked whether the partners accept that
    the solution is never final, and whether each of eleven partners would adapt: advice for complex challenges
    only, and the type can come out complex only once a criterion is known. With the criteria open, not answered,
    both are asked."""
    advisor = Advisor.from_path(FROZEN_RULES)
    criteria = list(FACTS["challenge.criteria.pointing_complex"].inputs)
    case = {"challenge": {"rationale": "effectiveness"}, "partners": [{"name": "Geel"}, {"name": "Mol"}]}
    held = "challenge.partners_accept_no_final_answer"
    assert held in {question.fact for question in advisor.advise(case).questions}
    asked = {question.fact for question in advisor.advise(case, not_known=criteria).questions}
    assert held not in asked
    assert "partners[0].willing_to_adapt" not in asked
    assert set(criteria) <= asked  # (listed: to be found out)
    # not dropped without a word: said apart, with the answers they wait for (a policy officer took the open
    # questions for the whole list)
    held_back = advisor.advise(case, not_known=criteria).held_questions
    assert [question.fact for question in held_back] == [
        "challenge.plan_is_only_pooling_expertise",
        held,
        "partners[0].willing_to_adapt",
        "partners[1].willing_to_adapt",
    ]
    assert {tuple(question.held_by) for question in held_back} == {tuple(criteria)}
    assert [question.partner for question in held_back] == [None, None, "Geel", "Mol"]
    assert advisor.advise(case).held_questions == []
    consultation = Consultation(advisor, "nl", {**dict.fromkeys(criteria), "challenge.rationale": "effectiveness"})
    while (question := consultation.next_question()) is not None:
        assert question.fact != held
        assert not question.fact.endswith(".willing_to_adapt"), question.fact
        consultation.answer(question.fact, "weet niet")


def test_a_group_a_report_asks_as_one_question_is_asked_through_before_another() -> None:
    """A policy officer was asked the network operator, then two partners' kinds and the goal, then the other
    roles: a group the report asks as one question (the five roles) is asked through, most useful first, before
    a question of another group that ranks above its rest."""
    finding = "then: {{finding: {{severity: {severity}, message: {{nl: x, en: x}}}}}}"
    rules = rules_from_text(
        "rules:\n"
        + "".join(
            f"  - id: R-{number}\n    title: {{nl: r{number}, en: r{number}}}\n    section: ['4.4.2']\n"
            f"    when: [{{fact: {fact}, {test}}}]\n    {finding.format(severity=severity)}\n"
            for number, (fact, test, severity) in enumerate(
                [
                    ("management.roles.has_network_operator", "is: false", "warning"),
                    ("management.roles.has_network_operator", "is: true", "info"),
                    ("management.roles.network_operator", "known: true", "warning"),
                    ("management.roles.has_network_promoter", "is: false", "warning"),
                    ("state.stuck", "is: true", "warning"),
                    ("state.stuck", "is: false", "warning"),
                ]
            )
        )
    )
    advisor = Advisor(rules)
    operator_named = {"management": {"roles": {"network_operator": "Jan"}}}
    # (as the advice ranks them: whether the network is stuck can change two warnings, the promoter one)
    assert [q.fact for q in advisor.advise(operator_named).questions] == [
        "state.stuck",
        "management.roles.network_promoter",
    ]
    consultation = Consultation(advisor, "nl")
    asked = []
    while (question := consultation.next_question()) is not None:
        asked.append(question.fact)
        consultation.answer(question.fact, "Jan" if question.asked_with == "management.roles" else "nee")
    assert asked == ["management.roles.network_operator", "management.roles.network_promoter", "state.stuck"]


def _one_warning(condition: str) -> Advisor:
    """An advisor of one rule with a warning on ``condition`` (a condition as a rule file writes it): its one
    question is the one a consultation asks."""
    return Advisor(
        rules_from_text(
            "rules:\n  - id: R-one\n    title: {nl: een, en: one}\n    section: ['3']\n"
            f"    when: [{condition}]\n"
            "    then: {finding: {severity: warning, message: {nl: x, en: x}}}\n"
        )
    )


def _consulted(advisor: Advisor, *replies: str) -> tuple[Consultation, list[str]]:
    """A consultation answered ``replies`` and then "klaar", and what it said meanwhile."""
    said: list[str] = []
    typed = iter([*replies, "klaar"])
    consultation, _advice = consult(advisor, lambda prompt: next(typed), said.append)
    return consultation, said


@pytest.mark.parametrize(("reply", "told"), [("nog te bepalen", True), ("Vacant", True), ("niemand", False)])
def test_nobody_in_other_words_for_a_role_is_said_as_recorded_with_the_way_back(reply: str, told: bool) -> None:
    """ "nog te bepalen" means "weet niet" in every other field; for a role it is 'niemand', and a warning. A policy
    officer's consultation recorded it so without a word, and she found it in the handout."""
    consultation, said = _consulted(_one_warning("{fact: management.roles.has_creative_thinker, is: false}"), reply)
    assert consultation.answers["management.roles.creative_thinker"] == "nobody"
    recorded = word("consult-read-as-nobody", answer=reply).nl
    assert (recorded in said) is told
    assert recorded.startswith(f"'{reply}' is genoteerd als 'niemand'")


@pytest.mark.parametrize(
    ("reply", "told"), [("nog niet beslist", True), ("Nog te bepalen.", True), ("weet niet", False)]
)
def test_not_decided_yet_is_said_as_recorded_weet_niet_with_the_way_back(reply: str, told: bool) -> None:
    """ "nog niet beslist" for the form was taken as "weet niet" without a word, and the handout said "nog uit te
    zoeken" where the policy officer had meant that no form was chosen yet (a policy officer's trial). Said at once,
    with the way back; plain "weet niet" is not."""
    consultation, said = _consulted(_one_warning("{fact: state.form, is: learning_network}"), reply)
    assert consultation.answers == {"state.form": None}
    recorded = word("consult-read-as-not-known", answer=reply.strip()).nl
    assert (recorded in said) is told
    assert recorded.startswith(f"'{reply.strip()}' is genoteerd als 'weet niet'")


def test_not_decided_yet_to_a_yes_no_question_offers_no() -> None:
    """ "nog niet beslist" to "Is er een gemeenschappelijke doelstelling?" most likely meant none yet, "nee": the
    notice said only 'terug', and the warning of no common goal stayed away (a policy officer's trial)."""
    consultation, said = _consulted(_one_warning("{fact: goal.has_common_goal, is: false}"), "nog niet beslist")
    assert consultation.answers == {"goal.has_common_goal": None}
    assert word("consult-read-as-not-known-yes-no", answer="nog niet beslist").nl in said
    assert "typ dan 'terug' en daarna 'nee'" in word("consult-read-as-not-known-yes-no", answer="x").nl


def test_a_misspelt_weet_niet_for_a_role_is_asked_again() -> None:
    """ "wet niet" to four roles was kept as a name, and the advice said one person holds them all (a policy
    officer): the answer is refused with the word meant, as a misspelt choice is; a name with a capital is a name."""
    consultation = Consultation(Advisor(rules_from_text(COUNT_RULES)))
    with pytest.raises(AnswerError) as raised:
        consultation.answer("management.roles.network_promoter", "wet niet")
    assert raised.value.text.nl == (
        "'wet niet' lijkt geen naam maar een verschreven 'weet niet': schrijf 'weet niet', of een naam met een "
        "hoofdletter"
    )
    consultation.answer("management.roles.network_promoter", "Niemann")
    assert consultation.answers["management.roles.network_promoter"] == "Niemann"


def test_a_count_that_needs_every_open_input_waits_for_one_answered_weet_niet() -> None:
    """Three of the five regional characteristics, one known, two no, one "weet niet": the fifth alone cannot make
    three, so it was asked for nothing (a tool builder). Where one more of any may do, each is asked."""
    rules = rules_from_text("""
rules:
  - id: R-regional
    title: {nl: regionaal, en: regional}
    section: ["1"]
    when: [{fact: challenge.regional.present, at_least: 3}]
    then: {finding: {severity: advice, message: {nl: r, en: r}}}
""")
    advisor = Advisor(rules)
    regional = {"crosses_municipal_borders": True, "crosses_sectors": False, "interwoven": False}
    open_two = {"challenge": {"regional": regional}}
    both = ["challenge.regional.too_complex_for_flemish_level", "challenge.regional.needs_diverse_partners"]
    assert [question.fact for question in advisor.advise(open_two).questions] == both
    held = {"challenge": {"regional": {**regional, "too_complex_for_flemish_level": "weet niet"}}}
    assert [question.fact for question in advisor.advise(held).questions] == both[:1]
    two_known = {
        "challenge": {"regional": {**regional, "crosses_sectors": True, "too_complex_for_flemish_level": "weet niet"}}
    }
    assert [question.fact for question in advisor.advise(two_known).questions] == both  # (one more of either does)


def test_a_step_by_step_consultation_for_a_web_form() -> None:
    """The API a tool builder uses: next_question, answer, advice; 'weet niet' is never asked again."""
    rules = rules_from_text(COUNT_RULES)
    consultation = Consultation(Advisor(rules))
    first = consultation.next_question()
    assert first is not None
    assert first.fact == "challenge.rationale"
    consultation.answer(first.fact, "effectiviteit")
    second = consultation.next_question()  # an organisation network: its finding can come
    assert second is not None
    assert second.fact == "governance.partner_count"
    consultation.answer(second.fact, "weet niet")
    assert consultation.next_question() is None  # 'weet niet' is not asked again; nothing else can change
    assert consultation.answers == {"challenge.rationale": "effectiveness", "governance.partner_count": None}
    # the rationale "weet niet": only it decides the form the finding needs, so the number can change nothing
    # before it is known (a policy officer was asked such questions to the end)
    not_known = Consultation(Advisor(rules))
    not_known.answer("challenge.rationale", "weet niet")
    assert not_known.next_question() is None

    def refused(fact: str, answer: str) -> str:
        """Why a fresh consultation refuses ``answer`` to ``fact``, in Dutch."""
        with pytest.raises(AnswerError) as raised:
            Consultation(Advisor(rules)).answer(fact, answer)
        return raised.value.text.nl

    assert "mogelijk: kennis, efficiëntie, effectiviteit" in refused("challenge.rationale", "misschien")
    # "laag?": not sure; refused, saying how to write either (it was read as "laag")
    assert refused("governance.partner_count", "12?").startswith(
        "'12?' met een vraagteken: is het '12', schrijf dan '12';"
    )
    # "1.000" organisations: a thousand to a Dutch reader, one to an English one; refused with how to write it
    assert "schrijf het getal zonder punt: 1000," in refused("governance.partner_count", "1.000")
    # a number in words: "negen" was asked whether it meant "weet niet" (a policy officer); told the digits
    assert refused("governance.partner_count", "Negen").endswith("; bedoelde je '9'?")
    # "niemand?" for a role: not sure, as "laag?" (it was read as nobody)
    assert "met een vraagteken" in refused("management.roles.network_operator", "niemand?")
    # "nog niet" where yes or no belongs: a no for now, not read as one, told so
    assert refused("goal.has_common_goal", "nog niet").endswith("; bedoelde je 'nee'?")
    # a word only like 'nee' is not offered it ("andere" was, which could flip the answer: a policy officer's
    # trial); a misspelt yes or no still is
    assert "bedoelde je" not in refused("goal.has_common_goal", "andere")
    assert refused("goal.has_common_goal", "jaa").endswith("; bedoelde je 'ja'?")
    # "1,000" the other way round: it was told only to write a number in digits (a tool builder)
    assert "schrijf het getal zonder komma: 12500," in refused("governance.partner_count", "12,500")


def test_an_existing_file_is_never_overwritten_and_nothing_is_asked_in_vain(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    existing = tmp_path / "casus.yaml"
    existing.write_text("title: Mijn casus  # met commentaar\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consult", "--rules", str(rules), "--save", str(existing)],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("effectiviteit\n"),
    )
    assert code == EXIT_USAGE
    assert out.getvalue() == ""  # refused before the first question
    assert "bestaat al en wordt niet overschreven" in err.getvalue()
    assert existing.read_text(encoding="utf-8") == "title: Mijn casus  # met commentaar\n"


def test_going_on_with_a_case_keeps_its_answers_and_asks_only_what_it_leaves_open(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    case = tmp_path / "casus.yaml"
    case.write_text("title: Mijn casus\nchallenge:\n  rationale: effectiviteit\n", encoding="utf-8")
    out = io.StringIO()
    code = main(
        ["consult", str(case), "--rules", str(rules)],
        stdout=out,
        stderr=io.StringIO(),
        stdin=io.StringIO("hoog\nnee\n"),
    )
    assert code == EXIT_OK
    assert "Wat is de ratio van de samenwerking" not in out.getvalue()  # answered in the case already
    saved = yaml.safe_load((tmp_path / "casus-aangevuld.yaml").read_text(encoding="utf-8"))
    assert saved == {
        "title": "Mijn casus",
        "challenge": {"rationale": "effectiviteit"},
        "governance": {"trust": "hoog"},
        "state": {"stuck": "nee"},
    }
    assert case.read_text(encoding="utf-8") == "title: Mijn casus\nchallenge:\n  rationale: effectiviteit\n"


def test_a_person_at_a_terminal_is_asked_the_title_first_and_told_enter_means_dont_know() -> None:
    advisor = Advisor(rules_from_text(RULES))
    prompts: list[str] = []
    answers = iter(["Samen tegen vervoersarmoede", "effectiviteit", "", "stop"])

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    consultation, advice = consult(advisor, ask, lambda text: None, ask_title=True)
    assert prompts[0].startswith("Hoe heet de casus?")
    assert "weet niet (of Enter)" in prompts[1]
    assert advice.case_title == "Samen tegen vervoersarmoede"
    assert consultation.answers["governance.trust"] is None  # Enter: don't know, kept apart from no


def test_nee_to_a_role_question_is_asked_again_with_what_a_role_takes() -> None:
    from netadvisor.answers import NOT_A_NAME

    consultation = Consultation(Advisor.from_path(FROZEN_RULES))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("management.roles.network_operator", "nee")
    assert refused.value.text == NOT_A_NAME.format(answer="nee")
    consultation.answer("management.roles.network_operator", "niemand")


def test_a_prompt_does_not_repeat_the_hint_its_question_gives_and_always_lists_the_choices() -> None:
    from netadvisor.render import question_prompt

    advice = Advisor.from_path(FROZEN_RULES).advise({"challenge": {"rationale": "effectiveness"}})
    by_fact = {question.fact: question for question in advice.questions}
    role = question_prompt(by_fact["management.roles.network_operator"], "nl")
    assert role.count("een naam, of 'niemand'") == 1, role  # before: "(een naam, of 'niemand') [een naam, ...]"
    assert role.endswith("[weet niet (of Enter)] ")
    trust = question_prompt(by_fact["governance.trust"], "nl")
    assert trust.endswith("[laag / gemiddeld / hoog / weet niet (of Enter)] ")


def test_going_on_with_a_case_does_not_save_the_count_its_partner_list_gives(tmp_path: Path) -> None:
    """The saved file once held 'partner_count: 5' the officer never wrote; adding a sixth partner at the next
    meeting then made the file invalid."""
    from netadvisor.consultation import answers_of

    case = load_case_file_from_text(tmp_path, "partners:\n  - name: A\n  - name: B\n")
    assert "governance.partner_count" not in answers_of(case)
    stated = load_case_file_from_text(tmp_path, "governance:\n  partner_count: 5\npartners:\n  - name: A\n")
    assert answers_of(stated)["governance.partner_count"] == 5  # more than the list: what was written stays


@pytest.mark.parametrize("extra", [(), ("--ask-again",)])
def test_going_on_with_a_file_that_states_its_count_beside_its_list_does_not_ask_it_again(
    tmp_path: Path, extra: tuple[str, ...]
) -> None:
    """A policy officer's file said 'partner_count: 12' beside its twelve partners (also the file a consultation
    had saved): going on with it asked the number again ("dus minstens 12"), and the Enter that went on, "weet
    niet", overwrote it in the file saved. A count the file states is an answer; one it leaves out is asked."""
    from netadvisor.consultation import answers_of

    written = (
        "challenge:\n  rationale: effectiviteit\ngovernance:\n  partner_count: 2\npartners:\n  - name: A\n  - name: B\n"
    )
    start = tmp_path / "begin.yaml"
    start.write_text(written, encoding="utf-8")
    assert case_file_answers(start)["governance.partner_count"] == 2
    assert answers_of(yaml.safe_load(written))["governance.partner_count"] == 2
    code, out, err, saved = _consult_cli(tmp_path, "klaar\n", str(start), *extra)
    assert code == EXIT_OK, err
    assert "Hoeveel organisaties" not in out
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["governance"] == {"partner_count": 2}
    left_out = tmp_path / "zonder.yaml"
    left_out.write_text(written.replace("governance:\n  partner_count: 2\n", ""), encoding="utf-8")
    assert "governance.partner_count" not in case_file_answers(left_out)  # the list's own count: asked
    code, out, err, _saved = _consult_cli(tmp_path, "\nklaar\n", str(left_out), save=str(tmp_path / "b.yaml"))
    assert code == EXIT_OK, err
    assert "Hoeveel organisaties" in out


def load_case_file_from_text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "casus.yaml"
    path.write_text(text, encoding="utf-8")
    return load_case_file(path)


def test_answering_a_fact_that_does_not_exist_names_the_closest_one() -> None:
    consultation = Consultation(Advisor.from_path(FROZEN_RULES))
    with pytest.raises(KeyError, match=r"did you mean 'governance.trust'"):
        consultation.answer("governance.trsut", "hoog")


def test_going_on_with_a_case_file_keeps_what_it_answered_weet_niet(tmp_path: Path) -> None:
    """The file said 'weet niet' to the partner count: going on with it asked that again, and the saved file
    had lost the answer (the case cannot tell 'weet niet' from a fact the file does not mention)."""
    start = tmp_path / "begin.yaml"
    start.write_text("governance:\n  partner_count: weet niet\n", encoding="utf-8")
    code, out, err, saved = _consult_cli(tmp_path, "effectiviteit\n", str(start))
    assert code == EXIT_OK, err
    assert out.count("Hoeveel organisaties telt het netwerk?") == 1  # not asked: only still open in the report
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {
        "challenge": {"rationale": "effectiviteit"},
        "governance": {"partner_count": "weet niet"},
    }


def test_a_partner_list_answered_weet_niet_is_saved_and_read_back_so(tmp_path: Path) -> None:
    """The partner list answered "weet niet" (no partner named yet) was left out of the saved file: going on with
    it asked the list again, as if never answered (a policy officer's trial). The file says it, as it does of any
    other fact, and reads back as the same answers, the same facts not known and the same advice."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation = Consultation(advisor, answers={"governance.partner_count": 5})
    consultation.answer("partners", "weet niet")
    saved = tmp_path / "verder.yaml"
    saved.write_text(consultation.case_file_text(), encoding="utf-8")
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {
        "governance": {"partner_count": 5},
        "partners": "weet niet",
    }
    answers = case_file_answers(saved)
    assert answers == consultation.answers == {"governance.partner_count": 5, "partners": None}
    resumed = Consultation(advisor, answers=answers)
    assert resumed.not_known == consultation.not_known == {"partners"}
    assert resumed.advice() == consultation.advice()
    # and the case a tool takes from it says so too: advise(case()) is advice()
    assert consultation.case()["partners"] == "weet niet"
    assert advisor.advise(consultation.case()) == consultation.advice()
    # the list's question is marked answered "weet niet", as any other such answer's (not the rest of a list, which a
    # case file cannot hold: the advice read back from it must be the consultation's)
    asked = {question.fact: question for question in consultation.advice().questions}
    assert asked["partners"].answered_not_known
    named = Consultation(advisor, answers={"governance.partner_count": 5, "partners": ["A", "B"]})
    named.answer("partners", "weet niet")
    assert named.not_known == {"partners"}
    assert not any(question.answered_not_known for question in named.advice().questions if question.fact == "partners")


def test_the_advice_after_a_consultation_says_which_open_questions_were_answered_dont_know(tmp_path: Path) -> None:
    """'weet niet' is not asked again, and the advice at the end does not list it as if it never was asked."""
    from netadvisor.messages import REPORT_WORDS

    code, out, _err, saved = _consult_cli(tmp_path, "weet niet\nstop\n")
    assert code == EXIT_OK
    advice = out[out.index("Advies voor") :]
    said = REPORT_WORDS["answered-unknown"].pick("nl")
    assert " ".join(advice.split()).count(said) == 1  # the rationale: still open, and said so; the count is not
    assert yaml.safe_load(saved.read_text(encoding="utf-8")) == {"challenge": {"rationale": "weet niet"}}


def test_a_wrong_language_is_refused_when_the_consultation_is_made() -> None:
    """A case passed where the language goes (Consultation(advisor, case)) failed only at the first question,
    deep inside advise(); it is now refused at once, naming the languages."""
    from netadvisor import answers_of

    advisor = Advisor(rules_from_text(RULES))
    with pytest.raises(ValueError, match="choose one of nl, en"):
        Consultation(advisor, {"title": "Leeg"})  # type: ignore[arg-type]
    # and where it goes (a tool builder was told "unknown language {'title': …}")
    with pytest.raises(ValueError, match=r"answers=answers_of\(case\)"):
        Consultation(advisor, {"title": "Leeg"})  # type: ignore[arg-type]
    case = {"title": "Leeg", "governance": {"trust": "high"}}
    assert Consultation(advisor, answers=answers_of(case)).answers["governance.trust"] == "high"
    # a typed Case there too (it was printed whole, with nothing of where it goes: a trial)
    with pytest.raises(ValueError, match=r"not a Case .*answers=answers_of\(case\)"):
        Consultation(advisor, parse_case(case))  # type: ignore[arg-type]


def test_a_partner_named_twice_is_refused_and_nothing_is_recorded() -> None:
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("partners", "Geel, Mol, geel")
    assert refused.value.text.nl == "geel staat meer dan eens in de lijst; geef elke partner één keer."
    assert "partners" not in consultation.answers
    consultation.answer("partners", "Geel, Mol")
    assert consultation.answers["partners"] == ["Geel", "Mol"]


@pytest.mark.parametrize(
    ("answer", "named"),
    [("3", "'3'"), ("Geel, 12", "'12'"), ("ja, Neen", "'ja' en 'Neen'"), ("Geel, complex", "'complex'")],
)
def test_a_number_or_a_yes_or_no_answered_to_the_partner_list_is_no_name(answer: str, named: str) -> None:
    """A stray answer meant for another question ("3", the number of organisations) was taken as a partner called
    3; a yes or no was refused with the case file's paths and its tip about governance.partner_count."""
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("partners", answer)
    assert refused.value.text.nl.startswith(f"Geen naam van een partner: {named}. Geef de namen")
    assert refused.value.fact == "partners"
    assert "partners" not in consultation.answers


def test_a_partner_list_on_several_lines_is_one_partner_a_line_and_a_list_keeps_each_name_whole() -> None:
    """A tool builder's web form sent "Geel\nMol\nDessel" from a text box, and got one partner "Geel Mol Dessel";
    its list ["Stad Antwerpen, dienst wonen", "CAW"] was a TypeError, though a case and what-if take one, and a
    name with a comma could not be given at all."""
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    consultation.answer("partners", "Geel\nMol\r\nDessel\n")
    assert consultation.answers["partners"] == ["Geel", "Mol", "Dessel"]
    consultation.answer("partners", ["Stad Antwerpen, dienst wonen", " CAW "])
    assert consultation.answers["partners"] == ["Geel", "Mol", "Dessel", "Stad Antwerpen, dienst wonen", "CAW"]
    consultation.undo()
    # checked as a typed list is: no name twice, no "weet niet" or other question's answer as a name
    for names, said in ((["Kessel", "kessel"], "kessel staat meer dan eens"), (["12"], "Geen naam van een partner")):
        with pytest.raises(AnswerError) as refused:
            consultation.answer("partners", names)
        assert refused.value.text.nl.startswith(said)
    with pytest.raises(AnswerError):  # (one name on one line, as a case has it)
        consultation.answer("partners", ["Stad\nAntwerpen"])
    assert consultation.answers["partners"] == ["Geel", "Mol", "Dessel"]
    for fact, answer in (("partners", ["Geel", 3]), ("governance.trust", ["high"])):
        with pytest.raises(TypeError):
            consultation.answer(fact, answer)  # type: ignore[arg-type]


def test_a_one_letter_partner_named_twice_is_refused_too() -> None:
    with pytest.raises(AnswerError):
        Consultation(Advisor(rules_from_text(RULES))).answer("partners", "A, B, A")


def test_a_negative_count_is_refused_saying_which_numbers_are_answers() -> None:
    """ "-3" is a whole number: the refusal says that a count is 0 or more (a tester read "mogelijk: een geheel
    getal" beside -3 as a contradiction)."""
    with pytest.raises(AnswerError) as refused:
        Consultation(Advisor(rules_from_text(RULES))).answer("governance.partner_count", "-3")
    assert (
        refused.value.text.nl
        == "'-3' is geen mogelijk antwoord (mogelijk: een geheel getal van 1 tot en met 100.000, weet niet)"
    )


@pytest.mark.parametrize("typed", [["Geel", "Mol"], {"name": "Geel"}, b"12"])
def test_an_answer_that_is_no_text_is_a_type_error_that_says_so(typed: Any) -> None:
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    with pytest.raises(TypeError, match="an answer is the text a person types"):
        consultation.answer("governance.partner_count", typed)
    assert consultation.answers == {}


def test_a_float_answer_is_read_as_a_case_reads_it() -> None:
    """A case takes 12.0 as 12 organisations, and a web form's JSON may write it so: a tool builder's consultation
    refused it with a TypeError. 12.5 is no whole number there, as in a case: refused, nothing recorded."""
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    consultation.answer("governance.partner_count", 12.0)
    assert consultation.answers == {"governance.partner_count": 12}
    with pytest.raises(AnswerError, match=r"'12\.5' is geen mogelijk antwoord"):
        consultation.answer("governance.partner_count", 12.5)
    assert consultation.answers == {"governance.partner_count": 12}


def test_an_answer_can_be_a_choice_s_value_as_a_program_has_it() -> None:
    """A tool builder answered the top question with its ``Choice.value`` (True) and got a TypeError: a choice's
    value, a number and None ("weet niet") are answers too, read as a person's words for them would be."""
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    consultation.answer("goal.has_common_goal", True)
    consultation.answer("region.mayors_consultation", False)
    consultation.answer("governance.trust", "high")
    consultation.answer("governance.partner_count", 12)
    consultation.answer("challenge.rationale", None)
    assert consultation.answers == {
        "goal.has_common_goal": True,
        "region.mayors_consultation": False,
        "governance.trust": "high",
        "governance.partner_count": 12,
        "challenge.rationale": None,
    }
    assert consultation.not_known == {"challenge.rationale"}


def test_more_partners_than_the_count_says_is_refused_with_both_numbers() -> None:
    """The case's own tip ("laat het aantal weg") cannot be followed in a consultation; the refusal carries both
    numbers, so that a caller can ask the count again (as consult does)."""
    consultation = Consultation(Advisor(rules_from_text(RULES)), answers={"governance.partner_count": 2})
    with pytest.raises(MorePartnersThanCounted) as refused:
        consultation.answer("partners", "Geel, Mol, Balen")
    assert (
        refused.value.text.nl
        == "Het aantal organisaties volgens de antwoorden (2) is kleiner dan het aantal partners dat je noemt (3)."
    )
    assert (refused.value.counted, refused.value.listed) == (2, 3)
    assert "partners" not in consultation.answers


@pytest.mark.parametrize(
    ("count_answers", "count"), [(["2", "4"], 4), (["weet niet"], None)], ids=["a number", "weet niet"]
)
def test_naming_more_partners_than_counted_asks_the_count_again_and_keeps_the_names(
    count_answers: list[str], count: int | None
) -> None:
    """A tester answered 2 organisations, then named three partners, and was told to leave one out: no way to put
    the earlier answer right. Now the count is asked again (at least the names, or 'weet niet'), then the names
    are kept."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)), answers={"governance.partner_count": 2})
    answers = iter(["Geel, Mol, Balen", *count_answers, "klaar"])
    prompts: list[str] = []
    told: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    consult(consultation.advisor, ask, told.append, "nl", consultation)
    assert consultation.answers["partners"] == ["Geel", "Mol", "Balen"]
    assert consultation.answers["governance.partner_count"] == count
    assert (
        "Het aantal organisaties volgens de antwoorden (2) is kleiner dan het aantal partners dat je noemt (3)." in told
    )
    assert sum(
        "Hoeveel organisaties telt het netwerk dan? [een getal, minstens 3 /" in prompt for prompt in prompts
    ) == len(count_answers)
    if len(count_answers) > 1:  # 2 again: below the names, asked once more
        assert "Je noemt 3 partners: het netwerk telt er minstens 3." in told


LARGE_NETWORK_RULES = """
rules:
  - id: GOV-large
    title: {nl: groot, en: large}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 9}]
    then: {finding: {severity: warning, message: {nl: "Groot", en: "Large"}}}
"""


def test_a_count_below_the_partners_listed_asks_the_count_again_and_takes_the_new_one() -> None:
    """A policy officer's case file listed six partners; asked the number of organisations, she answered 4, was
    told it is below the six, answered 8, and the consultation ended in a traceback, nothing saved: the 4 was
    given again after the 8. The count itself is asked again, and the new answer is the answer."""
    consultation = Consultation(
        Advisor(rules_from_text(LARGE_NETWORK_RULES)),
        answers={"partners": ["A", "B", "C", "D", "E", "F"], "governance.partner_count": "weet niet"},
        ask_again=True,
    )
    answers = iter(["4", "8", "klaar"])
    told: list[str] = []
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    consult(consultation.advisor, ask, told.append, "nl", consultation)
    assert consultation.answers["governance.partner_count"] == 8
    assert consultation.answers["partners"] == ["A", "B", "C", "D", "E", "F"]
    assert (
        "Het aantal organisaties volgens de antwoorden (4) is kleiner dan het aantal partners dat je noemt (6)." in told
    )
    assert prompts[1] == prompts[0]  # the number's own question again ("dus minstens 6"), not 'namen'


@pytest.mark.parametrize("word", ["namen", "Names"])
def test_names_that_outnumber_the_count_can_be_given_again(word: str) -> None:
    """A policy officer answered 9 organisations and named 10 partners, one by mistake: the count was asked again
    and again, and the names could not be put right. 'namen' asks the names again; the count stays."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)), answers={"governance.partner_count": 2})
    answers = iter(["Geel, Mol, Balen", word, "Geel, Mol", "klaar"])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    consult(consultation.advisor, ask, lambda _said: None, "nl", consultation)
    assert consultation.answers["partners"] == ["Geel", "Mol"]
    assert consultation.answers["governance.partner_count"] == 2
    assert "'namen' om de namen opnieuw te geven" in prompts[1]
    assert prompts[2] == prompts[0]  # the names' question, asked again


@pytest.mark.parametrize("stop", ["klaar", None])  # None: the piped answers run out
def test_stopping_at_the_count_asked_again_keeps_the_names_and_says_the_count_is_dropped(stop: str | None) -> None:
    """A policy officer answered 3 organisations, named five partners, and stopped at the count asked again: the
    saved file kept the 3 and no partner, without a word. The names (the longest answer to give) are kept, the
    count they outnumber is dropped, and the consultation says so."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)), answers={"governance.partner_count": 2})
    answers = iter(["Geel, Mol, Balen", *([stop] if stop else [])])
    told: list[str] = []

    def ask(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    consult(consultation.advisor, ask, told.append, "nl", consultation)
    assert consultation.answers == {"partners": ["Geel", "Mol", "Balen"]}
    assert told[-1] == (
        "De 3 namen zijn bewaard, zonder het aantal organisaties (2): de lijst telt er 3. Klopt dat niet, pas dan "
        "het aantal of de lijst aan in de casus."
    )
    assert parse_case(consultation.case()).governance.partner_count == 3


def test_enter_at_the_count_asked_again_means_weet_niet_and_klaar_stops() -> None:
    """As at every question: Enter is 'weet niet' (the names kept, the count unknown), 'klaar' stops (a tester
    typed it and was asked for the partners again; the names are kept, see above)."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)), answers={"governance.partner_count": 2})
    answers = iter(["Geel, Mol, Balen", "", "klaar"])
    consult(consultation.advisor, lambda prompt: next(answers), lambda text: None, "nl", consultation)
    assert consultation.answers["partners"] == ["Geel", "Mol", "Balen"]
    assert consultation.answers["governance.partner_count"] is None
    stopping = Consultation(Advisor(rules_from_text(PARTNER_RULES)), answers={"governance.partner_count": 2})
    answers = iter(["Geel, Mol, Balen", "klaar"])
    prompts: list[str] = []
    consult(stopping.advisor, lambda prompt: prompts.append(prompt) or next(answers), lambda text: None, "nl", stopping)
    assert len(prompts) == 2  # the names, the count; then it stopped
    assert stopping.answers == {"partners": ["Geel", "Mol", "Balen"]}


def test_a_count_below_the_names_given_first_is_refused_with_both_numbers() -> None:
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "Geel, Mol, Balen")
    with pytest.raises(MorePartnersThanCounted) as refused:
        consultation.answer("governance.partner_count", "2")
    assert (refused.value.counted, refused.value.listed) == (2, 3)
    # (the answer refused is the number: a tool builder's form marked the partner list, filled in before)
    assert refused.value.fact == "governance.partner_count"
    assert pickle.loads(pickle.dumps(refused.value)).fact == "governance.partner_count"
    assert "governance.partner_count" not in consultation.answers


def test_the_number_asked_beside_names_is_not_said_to_be_answered_weet_niet() -> None:
    """After the partners were named, the number of organisations came as a question "answered 'weet niet'" (a
    tool builder's form said so to a person never asked it)."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "Geel, Mol")
    question = consultation.next_question()
    assert question is not None
    assert question.fact == "governance.partner_count"
    assert not question.answered_not_known
    assert consultation.not_known == set()


def test_going_on_with_a_case_keeps_a_count_it_leaves_unknown_beside_its_list() -> None:
    """A tester went on with a case whose count is "weet niet" beside three partners: answers_of dropped the
    count, the list then gave it as 3, and the governance mode came out settled."""
    case = parse_case(
        {"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}], "governance": {"partner_count": None}}
    )
    assert answers_of(case)["governance.partner_count"] is None
    counted = parse_case({"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}]})
    assert "governance.partner_count" not in answers_of(counted)  # the list's own count is not saved


def test_a_misspelt_answer_is_told_the_answer_it_is_nearest_to() -> None:
    """A case file says "bedoelde je 'hoog'?" for a misspelt value; the consultation said only what is possible
    (a helper typed 'efectiviteit', 'kenis', 'gemeennte'). The same hint, from the same spellings."""
    consultation = Consultation(Advisor.from_path(FROZEN_RULES))

    def refusal(path: str, answer: str, lang: Language = "nl") -> str:
        with pytest.raises(AnswerError) as refused:
            consultation.answer(path, answer)
        return refused.value.text.pick(lang)

    nl = refusal("challenge.rationale", "Efectiviteit")
    assert nl.endswith("(mogelijk: kennis, efficiëntie, effectiviteit, weet niet); bedoelde je 'effectiviteit'?"), nl
    assert refusal("challenge.rationale", "efectiviteit", "en").endswith("; did you mean 'effectiveness'?")
    assert refusal("governance.trust", "hog").endswith("; bedoelde je 'hoog'?")
    assert refusal("governance.current_mode", "zelfsturend").endswith("; bedoelde je 'zelfregulerend netwerk'?")
    # the first words of one choice (a policy officer's "nog geen" was asked whether she meant "weet niet")
    assert refusal("governance.current_mode", "Nog geen").endswith("; bedoelde je 'nog geen bewust gekozen vorm'?")
    assert "bedoelde je" not in refusal("challenge.rationale", "xyzzy")  # nothing near: no guess
    assert "bedoelde je" not in refusal("governance.partner_count", "tienduizend")
    assert refusal("governance.partner_count", "tien").endswith("; bedoelde je '10'?")  # (a number in words)
    assert consultation.answers == {}  # nothing refused is kept


def test_with_json_markdown_or_html_the_conversation_goes_to_stderr_and_stdout_is_the_document(
    tmp_path: Path,
) -> None:
    """A tester's `consult --format json > advies.json` began with the questions: no JSON."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["consult", "--rules", str(rules), "--save", str(tmp_path / "casus.yaml"), "--format", "json"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("\neffectiviteit\nhoog\nklaar\n"),
    )
    assert code == EXIT_OK, err.getvalue()
    assert json.loads(out.getvalue())["conclusions"]["collaboration_form"]["value"] == "organisation_network"
    assert "Hoeveel onderling vertrouwen" in err.getvalue()


def test_a_list_that_leaves_partners_out_is_asked_once_and_keeps_every_answer() -> None:
    """A case named 7 of its 10 partners: the consultation never asked for the others (the list counted as
    answered), and the advice after it ranked that question fifth (a policy officer). It is asked once; naming
    the others adds them, and the partners named before keep their answers; "weet niet" keeps the list."""
    rules = """
rules:
  - id: P-kind
    title: {nl: soort, en: kind}
    section: ["2"]
    when: [{fact: partner_summary.local_governments, at_least: 3}]
    then: {finding: {severity: info, message: {nl: lokaal, en: local}}}
"""
    advisor = Advisor(rules_from_text(rules))
    case = {
        "partners": [{"name": "Eeklo", "kind": "municipality"}, {"name": "Kaprijke", "willing_to_adapt": False}],
        "governance": {"partner_count": 4},
    }
    for answer, listed, not_known in (
        ("Kaprijke, Evergem, eeklo, Zelzate", ["Eeklo", "Kaprijke", "Evergem", "Zelzate"], frozenset()),
        ("weet niet", ["Eeklo", "Kaprijke"], frozenset({"partners"})),
    ):
        consultation = Consultation(advisor, answers=answers_of(parse_case(case)))
        asked = []
        while (question := consultation.next_question()) is not None:
            asked.append(question.fact)
            consultation.answer(question.fact, answer if question.fact == "partners" else "weet niet")
        assert asked.count("partners") == 1
        assert consultation.answers["partners"] == listed
        assert consultation.answers["partners[0].kind"] == "municipality"
        assert consultation.answers["partners[1].willing_to_adapt"] is False
        assert consultation.not_known >= not_known


def test_a_case_as_a_mapping_keeps_its_weet_niet_answers_for_a_consultation() -> None:
    """A web tool holds the case as JSON: its "weet niet" answers were lost on the way to a consultation, which
    asked them again (a tool builder); only a case file kept them."""
    data = {
        "challenge": {"criteria": {"expertise": "weet niet", "recipe": "complex"}},
        "partners": [{"name": "Mol", "willing_to_adapt": "Weet niet"}, {"name": "Geel", "kind": "ocmw"}],
    }
    answers = answers_of(data)
    assert answers["challenge.criteria.expertise"] is None
    assert answers["partners[0].willing_to_adapt"] is None
    assert answers["challenge.criteria.recipe"] == "complex"
    assert "partners[1].willing_to_adapt" not in answers  # not mentioned: still to ask
    consultation = Consultation(Advisor.from_path(FROZEN_RULES), answers=answers)
    assert {"challenge.criteria.expertise", "partners[0].willing_to_adapt"} <= consultation.not_known
    asked = []  # to the end, answering "weet niet": the two answered so are never asked again
    while (question := consultation.next_question()) is not None:
        asked.append(question.fact)
        consultation.answer(question.fact, "weet niet")
    assert asked
    assert not {"challenge.criteria.expertise", "partners[0].willing_to_adapt"} & set(asked)
    # a Case itself cannot tell them apart: as before
    assert "challenge.criteria.expertise" not in answers_of(parse_case(data))


def test_an_empty_text_in_a_mapping_is_no_answer_not_weet_niet() -> None:
    """A web form posts "" for a field nobody touched: taken as "weet niet", the consultation never asked the
    ratio and the report said it was answered so (a tool builder)."""
    answers = answers_of({"challenge": {"rationale": "", "criteria": {"expertise": " "}}, "governance": {"trust": ""}})
    assert answers == {}


def test_answer_errors_name_their_fact_say_each_language_and_cross_processes_whole() -> None:
    """A worker's wrong answer broke a whole process pool (the error could not be pickled); a tool that takes
    several answers in one post could not tell which failed (a tool builder)."""
    import pickle

    consultation = Consultation(Advisor(rules_from_text(RULES)))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("governance.trust", "zeer hoog")
    assert refused.value.fact == "governance.trust"
    assert refused.value.format("nl") == refused.value.text.nl
    again = pickle.loads(pickle.dumps(refused.value))
    assert (type(again), again.text, again.fact, str(again)) == (
        AnswerError,
        refused.value.text,
        "governance.trust",
        str(refused.value),
    )
    counted = Consultation(Advisor(rules_from_text(RULES)), answers={"governance.partner_count": 2})
    with pytest.raises(MorePartnersThanCounted) as over:
        counted.answer("partners", "Geel, Mol, Balen")
    back = pickle.loads(pickle.dumps(over.value))
    assert (type(back), back.counted, back.listed, back.fact) == (MorePartnersThanCounted, 2, 3, "partners")


def test_answers_about_partners_the_list_does_not_name_are_refused_at_once() -> None:
    """Kept, an answer for partners[3] of a list of two waited unseen and came to whichever partner was named
    there later; a misspelt fact or a wrong value in the answers given came out only at the next question."""
    from netadvisor import CaseError

    advisor = Advisor(rules_from_text(RULES))
    consultation = Consultation(advisor, answers={"partners": ["A", "B"], "governance.partner_count": 5})
    with pytest.raises(AnswerError) as refused:
        consultation.answer("partners[3].kind", "ocmw")
    assert refused.value.fact == "partners[3].kind"
    assert "partners[3].kind" not in consultation.answers
    consultation.answer("partners[1].kind", "ocmw")
    with pytest.raises(AnswerError):
        Consultation(advisor, answers={"partners[0].kind": "ocmw"})
    with pytest.raises(KeyError):
        Consultation(advisor, answers={"governance.trsut": "high"})
    with pytest.raises(CaseError):
        Consultation(advisor, answers={"governance.trust": "zeer hoog"})


@pytest.mark.parametrize("written", ["weet niet", "Weet Niet", " weet  niet "])
def test_weet_niet_given_beforehand_as_text_is_unknown_as_answered_so(written: str) -> None:
    """A tool builder resumed a session from stored answers, "weet niet" among them as text: it stayed text, was
    not among not_known, and the question it decides (goal consensus, after the common goal) was never asked."""
    advisor = Advisor(rules_from_text(RULES))
    consultation = Consultation(advisor, "nl", {"challenge.rationale": written, "state.stuck": "Ja"})
    assert consultation.answers == {"challenge.rationale": None, "state.stuck": True}
    assert consultation.not_known == {"challenge.rationale"}
    assert consultation.case() == {"challenge": {"rationale": "weet niet"}, "state": {"stuck": True}}
    # an empty text is a field nobody touched: no answer, asked as any open question
    untouched = Consultation(advisor, "nl", {"challenge.rationale": "", "state.stuck": True})
    assert untouched.answers == {"state.stuck": True}
    question = untouched.next_question()
    assert question is not None
    assert question.fact == "challenge.rationale"
    # and a text that is no answer is refused with the case's other problems, by its path
    with pytest.raises(CaseError) as refused:
        Consultation(advisor, "nl", {"challenge.rationale": "efectiviteit", "state.stuck": "jaa"})
    assert [problem.path for problem in refused.value.problems] == ["challenge.rationale", "state.stuck"]


def test_a_misspelt_yes_is_told_what_it_nearly_is_and_a_no_to_a_choice_is_told_no_choice() -> None:
    """A policy officer's 'jaa' was refused without "bedoelde je 'ja'?" (a case file said it), and her 'nee' to
    the kind of a partner was asked whether she meant 'andere'."""
    consultation = Consultation(Advisor(rules_from_text(RULES + PARTNER_RULES.removeprefix("\nrules:\n"))))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("state.stuck", "jaa")
    assert refused.value.text.nl.endswith("; bedoelde je 'ja'?")
    consultation.answer("partners", "Geel")
    with pytest.raises(AnswerError) as refused:
        consultation.answer("partners[0].kind", "nee")
    assert "bedoelde je" not in refused.value.text.nl


@pytest.mark.parametrize("fact", ["governance.trust", "governance.partner_count"])
def test_a_misspelt_weet_niet_to_a_choice_or_a_number_is_told_what_it_nearly_is(fact: str) -> None:
    """'weet nie' to a choice or a number was refused with the possible answers only (a policy officer's trial);
    a yes/no question already said "bedoelde je 'weet niet'?"."""
    consultation = Consultation(Advisor(rules_from_text(RULES)))
    with pytest.raises(AnswerError) as refused:
        consultation.answer(fact, "weet nie")
    assert refused.value.text.nl.endswith("; bedoelde je 'weet niet'?")
    with pytest.raises(AnswerError) as refused:
        consultation.answer(fact, "twaalfduizend")
    assert "bedoelde je" not in refused.value.text.nl


def test_the_facts_a_case_file_answers_weet_niet_come_in_the_catalogues_order(tmp_path: Path) -> None:
    """The consultation's opening line listed them in another order on every run (a set's): a policy officer
    could not hold it against her file."""
    from netadvisor.facts import catalogue_place

    start = tmp_path / "begin.yaml"
    start.write_text(
        "challenge:\n  rationale: weet niet\n  criteria: {recipe: weet niet, uniqueness: weet niet}\n"
        "governance: {trust: weet niet, goal_consensus: weet niet}\ngoal: {has_common_goal: weet niet}\n"
        "region: {mayors_consultation: weet niet}\n",
        encoding="utf-8",
    )
    unknown = [path for path, value in case_file_answers(start).items() if value is None]
    assert len(unknown) == 7
    assert unknown == sorted(unknown, key=catalogue_place)


@pytest.mark.parametrize(
    ("typed", "reply", "listed"),
    [
        ("Stad Geel, Gemeente Mol en OCMW Geel", "nee", ["Stad Geel", "Gemeente Mol", "OCMW Geel"]),
        ("Stad Geel, Gemeente Mol en OCMW Geel", "", ["Stad Geel", "Gemeente Mol en OCMW Geel"]),
        (
            "Geel; Vereniging van Vlaamse Steden en Gemeenten",
            "ja",
            ["Geel", "Vereniging van Vlaamse Steden en Gemeenten"],
        ),
        ("Geel EN Mol", "Neen", ["Geel", "Mol"]),
        ("Geel, Mol", "(never asked)", ["Geel", "Mol"]),
        # anything else is asked again (a policy officer's "misschien" was taken for "ja"), here until "nee."
        ("Geel en Mol", "misschien|n|Geel|nee.", ["Geel", "Mol"]),
    ],
)
def test_a_name_with_en_in_it_is_asked_about_one_partner_or_several(typed: str, reply: str, listed: list[str]) -> None:
    """A tool builder typed the partners as a Dutch list, "Stad Geel, Gemeente Mol en OCMW Geel": two partners, the
    second "Gemeente Mol en OCMW Geel", and the warning that the network counts 2; a consultation removes no partner,
    so it could not be put right. Many one organisation's name holds "en" too: the person is asked. Semicolons
    separate names as commas do."""
    asked: list[str] = []
    replies = iter(reply.split("|"))

    def ask(prompt: str) -> str:
        asked.append(prompt)
        if prompt.startswith("Is '"):
            return next(replies)
        return typed if prompt.startswith(PARTNERS_ASKED) else ""  # (the rest "weet niet")

    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation, _advice = consult(advisor, ask, lambda text: None)
    assert consultation.answers["partners"] == listed
    confirmations = [prompt for prompt in asked if prompt.startswith("Is '")]
    assert len(confirmations) == (0 if reply == "(never asked)" else len(reply.split("|")))


PARTNERS_ASKED = "Wie zijn alle partners?"
PARTNER_PROMPTS = ("Is '", "Zijn dit alle partners", "Is dit de enige partner", "Hoeveel organisaties zal")
"""The prompts about the partners named: one name or several, whether they are all, how many there will be."""
CTRL_C = "(Ctrl-C)"
CTRL_D = "(Ctrl-D)"
LIST_GIVES_IT = "(not answered: the list gives it)"


def _naming_partners(names: str, replies: Iterable[str], asked: list[str]) -> Callable[[str], str]:
    """A person who names ``names`` for the partner list, gives ``replies`` in turn to the prompts about them
    (``CTRL_C``: presses Ctrl-C), and "weet niet" to everything else; each prompt noted in ``asked``."""
    given = iter(replies)

    def ask(prompt: str) -> str:
        asked.append(prompt)
        if prompt.startswith(PARTNERS_ASKED):
            return names
        if not prompt.startswith(PARTNER_PROMPTS):
            return ""
        reply = next(given)
        if reply == CTRL_C:
            raise KeyboardInterrupt
        if reply == CTRL_D:
            raise EOFError
        return reply

    return ask


def _about_partners(asked: list[str]) -> int:
    return sum(1 for prompt in asked if prompt.startswith(PARTNER_PROMPTS))


@pytest.mark.parametrize(
    ("replies", "count"),
    [
        (["ja"], LIST_GIVES_IT),
        (["nee", "5"], 5),
        (["nee", "2", "weet niet"], None),  # (below the three named: asked again)
        ([""], None),
        (["misschien", "Ja"], LIST_GIVES_IT),
    ],
)
def test_after_the_partners_named_the_consultation_asks_whether_they_are_all(replies: list[str], count: Any) -> None:
    """A policy officer who knew some partners, not how many there would be, saw her list taken as the whole
    network: the number of organisations was never asked and the governance mode was decided on three. Asked
    whether they are all: "ja" lets the list give the number, "nee" asks it, "weet niet" leaves it open."""
    asked: list[str] = []
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation, advice = consult(advisor, _naming_partners("A, B, C", replies, asked), lambda text: None)
    assert _about_partners(asked) == len(replies)
    assert consultation.answers.get("governance.partner_count", LIST_GIVES_IT) == count
    if count == LIST_GIVES_IT:
        assert advice == advisor.advise(
            {"partners": [{"name": "A"}, {"name": "B"}, {"name": "C"}]}, not_known=consultation.not_known
        )


@pytest.mark.parametrize(
    "replies",
    [
        # whether they are all not said: their number unknown (a tester's "klaar" made the list the whole network)
        ["klaar"],  # at "één partner?": the names as typed
        ["", "klaar"],  # at "alle partners?"
        ["", "nee", "klaar"],  # at the number, after "nee": more are coming, how many not said
    ],
)
def test_klaar_while_the_partners_are_confirmed_ends_the_consultation_and_keeps_the_names(replies: list[str]) -> None:
    """ "klaar" ends a consultation at every prompt, these too, and loses no answer given; whether the partners
    named are all stays unknown unless said."""
    asked: list[str] = []
    ask = _naming_partners("A, B en C", replies, asked)
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, lambda text: None)
    assert _about_partners(asked) == len(replies)
    assert asked[-1].startswith(PARTNER_PROMPTS)  # (nothing after)
    assert consultation.answers["partners"] == ["A", "B en C"]
    assert consultation.answers["governance.partner_count"] is None


@pytest.mark.parametrize(
    ("names", "replies", "kept"),
    [
        ("A, B", [CTRL_C], ["A", "B"]),  # at "alle partners?"
        # a tester's Ctrl-C at "één partner?" lost the names just typed
        ("Geel, Mol en Dessel", [CTRL_C], ["Geel", "Mol en Dessel"]),
        # one after "nee, er komen er nog bij" saved the list as the whole network
        ("Geel, Mol en Dessel", ["nee", "nee", CTRL_C], ["Geel", "Mol", "Dessel"]),
    ],
)
def test_ctrl_c_while_the_partners_are_confirmed_keeps_the_names_and_leaves_their_number_unknown(
    names: str, replies: list[str], kept: list[str]
) -> None:
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    asked: list[str] = []
    with pytest.raises(ConsultationInterrupted):
        consult(
            consultation.advisor, _naming_partners(names, replies, asked), lambda text: None, consultation=consultation
        )
    assert _about_partners(asked) == len(replies)
    assert consultation.answers["partners"] == kept
    assert consultation.answers["governance.partner_count"] is None


@pytest.mark.parametrize(
    ("replies", "count", "told"),
    [
        (["nee, er komen er nog bij", "3", "4"], 4, 1),
        (["ja, dit zijn ze alle 3"], LIST_GIVES_IT, 0),
    ],
)
def test_the_whether_all_prompt_takes_its_own_choices_and_more_than_named_after_nee(
    replies: list[str], count: Any, told: int
) -> None:
    """A tester typed the prompt's own "nee, er komen er nog bij" and was refused; after "nee", the number of the
    partners named (3) was taken, and the report then said "3 partners", against "er komen er nog bij"."""
    said: list[str] = []
    ask = _naming_partners("A, B, C", replies, [])
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, said.append)
    assert consultation.answers.get("governance.partner_count", LIST_GIVES_IT) == count
    assert [text for text in said if text.startswith("Er komen")] == [
        "Er komen nog partners bij de 3 die je noemt: het netwerk telt er dan minstens 4."
    ] * told


def test_partners_named_as_their_kind_are_names_another_questions_choice_is_not() -> None:
    """A policy officer's "Stad Geel, Vlaamse overheid, Provincie" was refused as no partners' names: organisations
    are named as their kind. Another question's choice ("complex") is still taken for an answer come too early."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "Stad Geel, Vlaamse overheid, Provincie")
    assert consultation.answers["partners"] == ["Stad Geel", "Vlaamse overheid", "Provincie"]
    with pytest.raises(AnswerError, match="Geen naam van een partner: 'complex'"):
        Consultation(Advisor(rules_from_text(PARTNER_RULES))).answer("partners", "Geel, complex")


@pytest.mark.parametrize(
    ("names", "replies"),
    [
        ("Geel, Mol en Dessel", [CTRL_D]),  # at "één partner?"
        ("A, B", [CTRL_D]),  # at "alle partners?"
        ("A, B", ["nee", CTRL_D]),  # at the number, after "nee"
    ],
)
def test_the_input_ending_at_a_prompt_about_the_partners_is_said_and_keeps_the_names(
    names: str, replies: list[str]
) -> None:
    """A tester's Ctrl-D at the prompts about the partners named ended the consultation without the line every
    other prompt gives ("De invoer is op ..."): she could not tell it from a crash."""
    said: list[str] = []
    consultation, _advice = consult(
        Advisor(rules_from_text(PARTNER_RULES)), _naming_partners(names, replies, []), said.append
    )
    assert said[-1] == word("consult-input-ended").nl
    assert consultation.answers["partners"]
    assert consultation.answers["governance.partner_count"] is None


def test_partner_names_lose_a_list_s_en_and_a_sentence_s_full_stop_and_no_names_is_no_answer() -> None:
    """A tester's "Geel, Mol en" named a partner "Mol en", "Dessel." one with a full stop, and ";;;" was taken as
    "weet niet" (joined, the names it holds are nothing)."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "Stad Geel, Mol en, en Dessel.; OCMW Geel v.z.w.; Welzijn vzw.")
    assert consultation.answers["partners"] == ["Stad Geel", "Mol", "Dessel", "OCMW Geel v.z.w.", "Welzijn vzw."]
    said: list[str] = []
    asked = iter([";;;", "klaar"])
    consult(Advisor(rules_from_text(PARTNER_RULES)), lambda prompt: next(asked), said.append)
    assert word("answer-partners").nl in said


def test_a_number_refused_beside_the_partners_listed_names_the_least_it_takes() -> None:
    """The number of organisations beside four partners was asked "minstens 4" and "vijf" refused with "een geheel
    getal van 0 of meer"."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "A, B, C, D")
    with pytest.raises(AnswerError) as refused:
        consultation.answer("governance.partner_count", "vijf")
    assert "een geheel getal van 4 tot en met 100.000" in refused.value.text.nl
    with pytest.raises(AnswerError) as refused:
        Consultation(consultation.advisor).answer("governance.partner_count", "vijf")
    assert "een geheel getal van 1 tot en met 100.000" in refused.value.text.nl


def test_terug_takes_back_the_previous_answer_and_asks_its_question_again() -> None:
    """A policy officer typed a wrong answer and had to end the consultation, edit the file and begin again. "terug"
    takes back the answer to the question before (with what followed from it: the partners' number after the
    names) and asks that question again; with nothing answered in this session it says so and asks on."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    asked: list[str] = []
    said: list[str] = []
    replies = iter(["terug", "A, B", "ja", "terug", "A, B, C", "nee", "5", "klaar"])

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(replies)

    consultation, _advice = consult(advisor, ask, said.append)
    # (started from nothing: no case to change "wat de casus al zei" in, which puzzled a policy officer)
    assert word("consult-nothing-to-undo-yet").nl in said
    assert word("consult-nothing-to-undo").nl not in said
    # what was taken back is said (a policy officer who went back did not see what she had typed)
    assert word("consult-undone-was", answer="A, B").nl in said, said
    partners_asked = [prompt for prompt in asked if prompt.startswith(PARTNERS_ASKED)]
    assert len(partners_asked) == 3  # (asked, "terug" with nothing to take back, taken back and asked again)
    assert consultation.answers["partners"] == ["A", "B", "C"]  # (not A, B and then C added: a list anew)
    assert consultation.answers["governance.partner_count"] == 5


def test_undo_takes_back_one_answer_and_never_what_the_case_said() -> None:
    """For a tool: each answer() recorded is taken back by one undo(), the advice with it; the answers the
    consultation began with stay."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation = Consultation(advisor, answers={"governance.trust": "high"})
    before = consultation.advice()
    consultation.answer("partners", "A, B")
    consultation.answer("partners", "weet niet")
    assert consultation.not_known == {"partners"}
    assert consultation.undo() == "partners"
    assert consultation.not_known == frozenset()
    assert consultation.undo() == "partners"
    assert consultation.answers == {"governance.trust": "high"}
    assert consultation.advice() == before
    assert consultation.undo() is None


def test_partners_named_through_the_api_are_followed_by_their_number() -> None:
    """A tool builder's form named three partners through Consultation.answer and got the governance mode settled
    on them: the number of organisations was never asked, where netadvisor consult asks "Zijn dit alle
    partners?". next_question() asks it now ("minstens 3"); partners_all_named() says they are all; undo() takes
    the list back with it."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    consultation.answer("partners", "A, B, C")
    question = consultation.next_question()
    assert question is not None
    assert (question.fact, question.answer.minimum) == ("governance.partner_count", 3)
    consultation.answer("governance.partner_count", "weet niet")
    assert consultation.next_question() is None or consultation.next_question().fact != "governance.partner_count"
    consultation.partners_all_named()  # (the number answered before gives way)
    assert "governance.partner_count" not in consultation.answers
    following = consultation.next_question()
    assert following is None or following.fact != "governance.partner_count"
    consultation.undo()  # that they are all, as an answer
    assert consultation.answers["governance.partner_count"] is None
    consultation.undo()  # the number
    consultation.undo()  # the list
    assert "partners" not in consultation.answers
    with pytest.raises(ValueError, match="no partners are named"):
        consultation.partners_all_named()
    consultation.answer("partners", "A, B")
    asked = consultation.next_question()
    assert asked is not None
    assert asked.fact == "governance.partner_count"
    # a case file's list without its number: the number is asked too, where it can change the advice (a policy
    # officer went on with her file of the two partners she knew, was never asked whether there were more, and
    # kept "minstens drie partners" as a warning); a file that gives the number, or "weet niet", is not asked it
    resumed = Consultation(consultation.advisor, answers={"partners": ["A", "B"]})
    first = resumed.next_question()
    assert first is not None
    assert (first.fact, first.answer.minimum) == ("governance.partner_count", 2)
    for given in (2, "weet niet"):
        counted = Consultation(
            consultation.advisor, answers={"partners": ["A", "B"], "governance.partner_count": given}
        )
        following = counted.next_question()
        assert following is None or following.fact != "governance.partner_count"


def test_the_case_of_a_consultation_gets_its_advice() -> None:
    """A tool builder's advise(consultation.case()) asked again what was answered "weet niet" (a None in a mapping
    is not known, not answered so) and hid its follow-up: the case writes "weet niet" out."""
    from helpers import CONSENSUS_RULES

    advisor = Advisor(rules_from_text(CONSENSUS_RULES))
    consultation = Consultation(advisor, "nl")
    consultation.answer("goal.has_common_goal", None)
    assert consultation.case() == {"goal": {"has_common_goal": "weet niet"}}
    assert advisor.advise(consultation.case()) == consultation.advice()
    assert [q.fact for q in consultation.advice().questions] == ["governance.goal_consensus"]  # (the follow-up)


def test_a_number_too_long_to_read_is_refused_with_the_largest_there_is() -> None:
    """A tool builder's 10**8 organisations was refused with "hoogstens 100.000", 10**9 with "een geheel getal van
    0 of meer", the maximum not named."""
    consultation = Consultation(Advisor(rules_from_text(PARTNER_RULES)))
    with pytest.raises(AnswerError) as refused:
        consultation.answer("governance.partner_count", 10**9)
    assert "een geheel getal van 1 tot en met 100.000" in refused.value.text.nl
    assert "a whole number from 1 to 100,000" in refused.value.text.en


@pytest.mark.parametrize(
    "replies",
    [
        ["terug"],  # at "Is 'B en C' één partner?"
        ["nee", "terug"],  # at "Zijn dit alle partners?"
        ["nee", "nee", "terug"],  # at the number, after "nee"
    ],
)
def test_terug_at_a_prompt_about_the_partners_named_goes_back_to_their_question(replies: list[str]) -> None:
    """A policy officer's "terug" at the prompts that follow the partner list was refused ("Antwoord 'ja' …"): it
    goes back to the partners' question, with what was recorded for it taken back."""
    asked: list[str] = []
    names = iter(["A, B en C", "A, D"])

    def ask(prompt: str) -> str:
        asked.append(prompt)
        if prompt.startswith(PARTNERS_ASKED):
            return next(names, "klaar")
        if prompt.startswith(PARTNER_PROMPTS):
            return replies.pop(0) if replies else "ja"
        return "klaar"

    said: list[str] = []
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, said.append)
    assert word("consult-back-to-question").nl in said
    assert consultation.answers["partners"] == ["A", "D"]  # (not A, B, C and then D added)
    assert sum(1 for prompt in asked if prompt.startswith(PARTNERS_ASKED)) == 2


def test_terug_after_the_title_asks_the_title_again() -> None:
    """A tester's "terug" after the title was told there was nothing to take back, and her title typed again went
    to the next question."""
    replies = iter(["Eerste titel", "terug", "Tweede titel", "klaar"])
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(replies)

    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, lambda text: None, ask_title=True)
    assert consultation.answers["title"] == "Tweede titel"
    title = word("ask-title").nl
    assert [prompt == title for prompt in asked] == [True, False, True, False]


@pytest.mark.parametrize("unknown", ["weet niet", "Weet ik niet", "don't know"])
def test_weet_niet_in_any_wording_is_taken_at_the_prompts_about_the_partners(unknown: str) -> None:
    """A policy officer's "weet niet" at "Zijn dit alle partners?" and at "Is 'Mol en Dessel' één partner?" was
    refused, though both prompts offer it: only its first word, "weet", was read."""
    asked: list[str] = []
    said: list[str] = []
    ask = _naming_partners("Geel, Mol en Dessel", [unknown, unknown], asked)
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, said.append)
    assert _about_partners(asked) == 2  # (each asked once: not refused and asked again)
    assert consultation.answers["partners"] == ["Geel", "Mol en Dessel"]  # (as typed)
    assert consultation.answers["governance.partner_count"] is None  # (whether they are all: not known)


@pytest.mark.parametrize(
    ("replies", "partners"),
    [
        (["Gemeente Grobbendonk, OCMW Grobbendonk", "ja"], ["Geel", "Gemeente Grobbendonk", "OCMW Grobbendonk"]),
        (["nee", "Gemeente Grobbendonk, OCMW Grobbendonk", "ja"], ["Geel", "Gemeente Grobbendonk", "OCMW Grobbendonk"]),
        (["ja", "ja"], ["Geel", "Gemeente en OCMW Grobbendonk"]),
    ],
)
def test_a_name_with_en_that_splits_into_no_names_asks_for_the_names(replies: list[str], partners: list[str]) -> None:
    """ "Gemeente en OCMW Grobbendonk" was offered the split "'Gemeente' en 'OCMW Grobbendonk'", and "nee" to it was
    refused, "Geen naam van een partner: 'Gemeente'", the whole list to be typed again (a policy officer). Such a
    name is asked about with the names to type in its place; "nee" alone asks for them."""
    asked: list[str] = []
    said: list[str] = []
    ask = _naming_partners("Geel, Gemeente en OCMW Grobbendonk", replies, asked)
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, said.append)
    prompt = next(prompt for prompt in asked if prompt.startswith("Is '"))
    assert prompt == (
        "Is 'Gemeente en OCMW Grobbendonk' één partner? [ja (ook Enter of weet niet: de naam zoals getypt) / anders: "
        "de namen, gescheiden door komma's] "
    )
    assert "'Gemeente'" not in " ".join(asked)
    assert consultation.answers["partners"] == partners
    assert not [text for text in said if "Geen naam van een partner" in text]


def test_the_names_typed_where_a_split_is_offered_are_taken() -> None:
    """Names typed with commas were taken at "Is 'Gemeente en OCMW Geel' één partner?" and refused at "Is 'CAW De
    Kempen en Provincie Antwerpen' één partner?", which offers the split (a policy officer)."""
    asked: list[str] = []
    ask = _naming_partners(
        "Geel, CAW De Kempen en Provincie Antwerpen", ["CAW De Kempen, Provincie Antwerpen", "ja"], asked
    )
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, lambda text: None)
    assert consultation.answers["partners"] == ["Geel", "CAW De Kempen", "Provincie Antwerpen"]
    assert _about_partners(asked) == 2  # (the name asked about once, then whether they are all)


def test_one_partner_named_is_asked_whether_it_is_the_only_one_and_list_marks_are_no_part_of_names() -> None:
    """A policy officer read "[ja, dit zijn ze alle 1 …]" after naming one partner, and "- Geel" pasted from a list
    was saved with its dash."""
    asked: list[str] = []
    ask = _naming_partners("- Geel", ["ja"], asked)
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, lambda text: None)
    assert consultation.answers["partners"] == ["Geel"]
    assert any(prompt.startswith(word("ask-all-partners-one").nl.split("?")[0]) for prompt in asked)
    assert not any("alle 1" in prompt for prompt in asked)
    consultation.answer("partners", "• Mol, 1. Dessel, 2) Balen, 3M Belgium")
    assert consultation.answers["partners"] == ["Geel", "Mol", "Dessel", "Balen", "3M Belgium"]


@pytest.mark.parametrize(
    ("replies", "kept", "count"),
    [
        # a list pasted line by line: "- Mol" was read as "weet niet" (a dash) and Mol lost
        (["- Mol", "- Dessel.", "ja"], ["Geel", "Mol", "Dessel"], LIST_GIVES_IT),
        # "nee" with names after it lost them: asked again, then the number
        (["nee, ook Dessel", "nee", "5"], ["Geel"], 5),
        # the prompt's own words stay an answer
        (["ja, dit is de enige"], ["Geel"], LIST_GIVES_IT),
    ],
)
def test_names_given_at_whether_they_are_all_are_added_not_lost(
    replies: list[str], kept: list[str], count: Any
) -> None:
    """A tester pasted a list one line at a time: the second line, at "Is dit de enige partner?", was read as
    "weet niet" and the name lost; "nee, Mol en Dessel" lost both names."""
    said: list[str] = []
    ask = _naming_partners("- Geel", replies, [])
    consultation, _advice = consult(Advisor(rules_from_text(PARTNER_RULES)), ask, said.append)
    assert consultation.answers["partners"] == kept
    assert consultation.answers.get("governance.partner_count", LIST_GIVES_IT) == count


def test_a_consultation_kept_as_its_state_goes_on_where_it_was() -> None:
    """A web form keeps no object between two requests. Rebuilt from its answers, a consultation with partners
    named and their number still to be asked took the list for the whole network and asked something else (a tool
    builder's replay went its own way there); rebuilt so, it still forgets which "weet niet" it asks again. Its
    state, through JSON, makes the same consultation again."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation = Consultation(advisor, answers={"governance.trust": "weet niet"}, ask_again=True)
    consultation.answer("partners", "A, B, C")
    question = consultation.next_question()
    assert question is not None
    assert question.fact == "governance.partner_count"
    rebuilt = Consultation(advisor, answers=consultation.answers)
    assert rebuilt.asked_again != consultation.asked_again  # (what the state is for: the answers alone lose it)

    state = json.loads(json.dumps(consultation.state()))
    resumed = Consultation.from_state(advisor, state)
    assert resumed.state() == consultation.state()
    assert resumed.next_question() == question
    assert resumed.advice() == consultation.advice()
    assert resumed.not_known == consultation.not_known
    assert resumed.asked_again == consultation.asked_again == {"governance.trust"}
    # what it would take back, it takes back
    assert resumed.undo() == "partners"
    assert "partners" not in resumed.answers
    assert resumed.undo() is None
    # the list's "weet niet" and "they are all" are kept too
    consultation.answer("partners", "weet niet")
    assert Consultation.from_state(advisor, consultation.state()).not_known == consultation.not_known
    consultation.partners_all_named()
    assert Consultation.from_state(advisor, consultation.state()).next_question() == consultation.next_question()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda state: state.pop("answers"), "not a consultation's state"),
        (lambda state: state.update(answers={"governance.trust": 1.5}), "not a consultation's state"),
        (lambda state: state.update(colour="red"), "not a consultation's state"),
        (lambda state: state.update(version=99), "of version 99"),
    ],
)
def test_a_state_that_is_no_consultation_s_is_refused(change: Callable[[dict[str, Any]], Any], said: str) -> None:
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    state = Consultation(advisor, answers={"governance.trust": "high"}).state()
    change(state)
    # (a NetadvisorError: a web tool keeps the state with its users, and its handler of those let a bare ValueError
    # through, a tool builder; a ValueError as before)
    with pytest.raises(StateError, match=said) as raised:
        Consultation.from_state(advisor, state)
    assert isinstance(raised.value, NetadvisorError)
    assert isinstance(raised.value, ValueError)


def test_a_state_whose_answers_make_no_case_is_refused_where_they_stand() -> None:
    """One error for a state that cannot be used, naming where: its answers, or those of a step undo() would go
    back to (a tool builder's misspelt choice in the history came out requests later, as a CaseError from
    advice()), or a fact no person answers. The case's own error is its cause."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation = Consultation(advisor)
    consultation.answer("governance.trust", "hoog")
    consultation.answer("governance.trust", "laag")
    state = consultation.state()
    assert state["history"][1]["answers"] == {"governance.trust": "high"}
    bad = json.loads(json.dumps(state))
    bad["answers"] = {"governance.trust": "hihg"}
    with pytest.raises(StateError, match=r"(?s)not a consultation's state: answers: .*'hihg'") as raised:
        Consultation.from_state(advisor, bad)
    assert isinstance(raised.value.__cause__, CaseError)
    # where, and the case's problems by their fields, without digging in the cause
    assert raised.value.where == "answers"
    assert [problem.path for problem in raised.value.problems] == ["governance.trust"]
    assert pickle.loads(pickle.dumps(raised.value)).problems == raised.value.problems
    bad = json.loads(json.dumps(state))
    bad["history"][1]["answers"] = {"governance.trust": "hihg"}
    with pytest.raises(ValueError, match=r"(?s)history\[1\]: .*'hihg'"):
        Consultation.from_state(advisor, bad)
    bad = json.loads(json.dumps(state))
    bad["asked_here"] = ["governance.trsut"]
    with pytest.raises(ValueError, match=r"governance\.trsut' is no fact a person answers; did you mean") as asked:
        Consultation.from_state(advisor, bad)
    assert isinstance(asked.value, StateError)
    assert asked.value.where == "asked_here"
    # a shape error names the field, not the model that checks it
    bad = json.loads(json.dumps(state))
    del bad["history"][0]["fact"]
    # (a place as the other errors write it; the asked facts at their own place, not "answers": a tool builder)
    with pytest.raises(ValueError, match=r"not a consultation's state: history\[0\]\.fact: Field required") as shape:
        Consultation.from_state(advisor, bad)
    assert "_SavedState" not in str(shape.value)
    with pytest.raises(StateError, match="Input should be a state") as not_one:
        Consultation.from_state(advisor, 5)  # type: ignore[arg-type]
    assert "_SavedState" not in str(not_one.value)
    # an answer taken out of the answers while a step still adds it: undo() took back a fact no longer answered
    # (a tool builder's state kept on the client)
    consultation.answer("governance.goal_consensus", "hoog")
    edited = json.loads(json.dumps(consultation.state()))
    del edited["answers"]["governance.goal_consensus"]
    with pytest.raises(ValueError, match=r"history\[2\]: adds governance\.goal_consensus, which the answers after"):
        Consultation.from_state(advisor, edited)
    # "weet niet" written out in a state made by hand reads as the constructor reads it
    by_hand = json.loads(json.dumps(state))
    by_hand["answers"] = {"governance.trust": "weet niet"}
    assert Consultation.from_state(advisor, by_hand).not_known == {"governance.trust"}


def test_a_consultation_s_state_grows_with_its_answers_not_their_square() -> None:
    """Each step held every answer: 73 answers made 211 kB (a tool builder). A step holds what it changed."""
    advisor = Advisor(rules_from_text(PARTNER_RULES))
    consultation = Consultation(advisor)
    consultation.answer("partners", ", ".join(f"Partner {number}" for number in range(40)))
    for number in range(40):
        consultation.answer(f"partners[{number}].kind", "gemeente")
    state = consultation.state()
    assert all(len(step["answers"]) + len(step["added"]) <= 1 for step in state["history"])
    assert all(len(step["asked_added"]) + len(step["asked_before"]) <= 1 for step in state["history"])
    resumed = Consultation.from_state(advisor, json.loads(json.dumps(state)))
    assert resumed.state() == state
    for _ in range(41):
        assert resumed.undo() == consultation.undo()
        assert resumed.answers == consultation.answers


def test_a_name_that_is_no_fact_is_one_error_in_both_languages_wherever_it_is_given() -> None:
    """A tool builder's form took fact names from its users: an answer, a what-if and advise's "weet niet" to a
    name that is no fact each gave a bare KeyError, English only, its message in quotes. Now one UnknownFactError,
    a KeyError as before and a NetadvisorError, with the fact meant."""
    import pickle

    from netadvisor import NetadvisorError, UnknownFactError

    advisor = Advisor(rules_from_text(RULES))
    calls = [
        lambda: Consultation(advisor).answer("governance.trsut", "hoog"),
        lambda: advisor.what_if({}, {"governance.trsut": "hoog"}),
        lambda: advisor.advise({}, not_known=["governance.trsut"]),
    ]
    for call in calls:
        with pytest.raises(UnknownFactError) as raised:
            call()
        error = raised.value
        assert isinstance(error, KeyError)
        assert isinstance(error, NetadvisorError)
        assert (error.name, error.meant, error.code) == ("governance.trsut", "governance.trust", "unknown-fact")
        assert (
            error.format("nl")
            == "'governance.trsut' is geen feit dat iemand beantwoordt; bedoelde je 'governance.trust'?"
        )
        assert error.format("en").endswith("did you mean 'governance.trust'?")
        assert str(error) == f"{error.format('nl')} / {error.format('en')}"  # (not in quotes, as KeyError's own)
        copied = pickle.loads(pickle.dumps(error))
        assert (type(copied), str(copied), copied.meant) == (UnknownFactError, str(error), "governance.trust")
    with pytest.raises(UnknownFactError) as raised:
        Consultation(advisor).answer("xyz", "ja")
    assert raised.value.meant is None
    assert raised.value.format("nl") == "'xyz' is geen feit dat iemand beantwoordt (zie `netadvisor explain --facts`)"


@pytest.mark.parametrize("path", ["partners[-1].kind", "partners[x].kind", "partners[01].kind", "partners[0]kind"])
def test_a_partner_is_named_by_its_place_counted_from_0_and_nothing_else(path: str) -> None:
    """A tool builder's "partners[-1].kind" (the last partner) was taken, and moved to another partner when one was
    added; "partners[x].kind" was int()'s own ValueError. Each is a name that is no fact."""
    from netadvisor import UnknownFactError

    advisor = Advisor(rules_from_text(RULES))
    consultation = Consultation(advisor)
    consultation.answer("partners", "Geel, Mol")
    with pytest.raises(UnknownFactError):
        consultation.answer(path, "ocmw")
    with pytest.raises(UnknownFactError):
        advisor.what_if({"partners": [{"name": "Geel"}, {"name": "Mol"}]}, {path: "ocmw"})
    with pytest.raises(UnknownFactError):
        advisor.advise({"partners": [{"name": "Geel"}]}, not_known=[path])
    assert "partners[-1].kind" not in consultation.answers


def test_a_partner_answer_misspelt_is_pointed_to_that_partners_answer() -> None:
    """`partners[0].kindd` was offered "composition.partners_interdependent" as what it meant (a tool builder)."""
    from netadvisor import UnknownFactError

    with pytest.raises(UnknownFactError) as raised:
        Consultation(Advisor(rules_from_text(RULES))).answer("partners[0].kindd", "ocmw")
    assert raised.value.meant == "partners[0].kind"


def test_a_dont_know_for_a_partner_the_case_does_not_list_is_refused_as_what_if_refuses_it() -> None:
    """advise(not_known=["partners[9].kind"]) for a case of two partners was taken without a word, where what_if
    refused the same path (a tool builder)."""
    from netadvisor import NetadvisorError, PartnerNotListedError

    advisor = Advisor(rules_from_text(RULES))
    case = {"partners": [{"name": "Geel"}, {"name": "Mol"}]}
    with pytest.raises(KeyError, match=r"the case lists 2 partner\(s\), counted from 0"):
        advisor.advise(case, not_known=["partners[9].kind"])
    with pytest.raises(PartnerNotListedError) as raised:
        advisor.what_if(case, {"partners[9].kind": "ocmw"})
    # (one error, as every other about what netadvisor is given: a tool builder's handler of NetadvisorError let a
    # bare KeyError, English only, through)
    assert isinstance(raised.value, NetadvisorError)
    assert (raised.value.path, raised.value.listed, raised.value.code) == ("partners[9].kind", 2, "partner-not-listed")
    assert raised.value.format("nl") == "'partners[9].kind': de casus noemt 2 partner(s), geteld vanaf 0"
    assert pickle.loads(pickle.dumps(raised.value)).format("nl") == raised.value.format("nl")


def test_partners_named_before_their_number_are_asked_for_the_others_once() -> None:
    """Two partners named, then their number, 10: the advice listed "Wie zijn de andere 8?" as open, and the
    consultation never asked it, where the same answers given at the start did (a tool builder's form). It is
    asked once; answered "weet niet", not again, also after the state is saved and read back."""
    advisor = Advisor.from_path(FROZEN_RULES)
    consultation = Consultation(advisor)
    consultation.answer("partners", "Geel, Mol")
    consultation.answer("governance.partner_count", "10")
    asked: list[str] = []
    while (question := consultation.next_question()) is not None:
        asked.append(question.fact)
        if question.fact == "partners":
            assert "andere 8" in question.question, question.question
            restored = Consultation.from_state(advisor, json.loads(json.dumps(consultation.state())))
            assert restored.next_question() == question
        consultation.answer(question.fact, "weet niet")
    assert asked.count("partners") == 1
    assert "partners" in consultation.not_known
    assert consultation.answers["partners"] == ["Geel", "Mol"]  # (the names stay)


def test_a_case_s_weet_niet_answers_are_named_the_most_useful_first() -> None:
    """A policy officer who had since come to know the ratio found it in the middle of the list of what the case
    answers "weet niet", while her consultation started elsewhere: the list goes by the questions' rank."""
    advisor = Advisor(rules_from_text(RULES + PARTNER_RULES.removeprefix("\nrules:\n")))
    answers = {
        "partners": ["Aadorp", "Beedorp"],
        "partners[1].willing_to_adapt": None,
        "state.stuck": True,
        "challenge.rationale": None,
    }
    told: list[str] = []
    consult(advisor, lambda prompt: "klaar", told.append, "nl", Consultation(advisor, "nl", answers))
    assert told[1].startswith("De casus antwoordt al 'weet niet' op (het belangrijkste eerst): de ratio en ")


def test_going_on_with_many_answers_weet_niet_names_a_few_and_counts_the_rest() -> None:
    """Going on with a case of some eighty answers "weet niet" printed them all in one line, which a policy officer
    could not read: the first few are named, and how many more."""
    from netadvisor import FACTS

    paths = [path for path, spec in FACTS.items() if not spec.computed and path != "title"][:13]
    said: list[str] = []
    consultation = Consultation(Advisor(rules_from_text(RULES)), "nl", dict.fromkeys(paths))
    consult(consultation.advisor, lambda prompt: "klaar", said.append, "nl", consultation)
    (told,) = [
        text for text in said if text.startswith("De casus antwoordt al 'weet niet' op (het belangrijkste eerst):")
    ]
    assert " en nog 8 andere. Die vragen komen niet opnieuw" in told


@pytest.mark.parametrize(
    ("names", "replies", "kept"),
    [
        # a policy officer was asked whether "Kaprijke en Maldegem" was one partner, then told Eeklo stood twice,
        # and had to type the whole list again
        ("Eeklo, Kaprijke en Maldegem, CLB, eeklo", ["nee", "klaar"], ["Eeklo", "Kaprijke", "Maldegem", "CLB"]),
        ("Geel, Mol en Geel", ["nee", "klaar"], ["Geel", "Mol"]),  # (twice once split)
    ],
)
def test_a_partner_typed_twice_in_a_consultation_is_taken_once_and_said(
    names: str, replies: list[str], kept: list[str]
) -> None:
    asked: list[str] = []
    told: list[str] = []
    consultation, _advice = consult(
        Advisor(rules_from_text(PARTNER_RULES)), _naming_partners(names, replies, asked), told.append
    )
    assert consultation.answers["partners"] == kept
    twice = [text for text in told if "staat twee keer in de lijst" in text]
    assert len(twice) == 1
    assert asked.count(next(prompt for prompt in asked if prompt.startswith(PARTNERS_ASKED))) == 1  # (not again)
