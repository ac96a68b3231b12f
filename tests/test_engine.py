"""durable_rules 2.0.28 and its traps: each trap shown on the raw engine, then our mitigation shown to hold.

The raw demonstrations that corrupt memory run in a subprocess, so a crash
there cannot take the test run down with it.
"""

from __future__ import annotations

import copy
import inspect
import subprocess
import sys
import textwrap
import threading
import warnings

import pytest

from helpers import requires_durable, rules_from_text
from netadvisor import Advisor, EngineError, RuleBase, RuleError
from netadvisor.case import parse_case
from netadvisor.compiler import MAX_ALPHA_STACK, compile_rulebase
from netadvisor.engine import DurableEngine, durable_available, sid_hash
from netadvisor.evaluator import EvaluatorEngine
from netadvisor.facts import fact_values
from netadvisor.inference import infer

pytestmark = requires_durable

durable = pytest.importorskip("durable.engine") if durable_available() else None

CHAIN = """
decisions:
  governance_mode: {minimum_support: 1}
rules:
  - id: TYPE-a
    title: {nl: a, en: a}
    section: ["2"]
    when: [{fact: governance.trust, is: high}]
    then: {conclude: {flag: raised}}
  - id: TYPE-b
    title: {nl: b, en: b}
    section: ["2"]
    when: [{conclusion: flag, is: raised}]
    then: {supports: {governance_mode: self_governing}}
  - id: TYPE-c
    title: {nl: c, en: c}
    section: ["2"]
    when: [{conclusion: flag, is: lowered}]
    then: {finding: {severity: info, message: {nl: c, en: c}}}
  - id: TYPE-d
    title: {nl: d, en: d}
    section: ["2"]
    when: [{conclusion: governance_mode, is: self_governing}]
    then: {finding: {severity: info, message: {nl: d, en: d}}}
  - id: TYPE-e
    title: {nl: e, en: e}
    section: ["2"]
    when: [{fact: governance.trust, is: high}]
    then: {conclude: {flag: raised}}
  - id: TYPE-f
    title: {nl: f, en: f}
    section: ["2"]
    when: [{fact: governance.trust, is: low}]
    then: {conclude: {flag: lowered}}
"""

# TYPE-unknown-user fires on any fact without goal.end_user, like the one that makes a cut-off first fact safe to
# delete: finishing such a case must not add it to the next case (which knows the user).
CHAIN_WITH_UNKNOWN_USER = (
    CHAIN
    + """
  - id: TYPE-unknown-user
    title: {nl: u, en: u}
    section: ["2"]
    when: [{fact: goal.end_user, known: false}]
    then: {finding: {severity: info, message: {nl: u, en: u}}}
"""
)


class _QuietHost(durable.Host if durable else object):  # type: ignore[misc]
    def _run(self) -> None:
        return None


def _engine(rulebase: RuleBase, **kwargs: object) -> DurableEngine:
    return DurableEngine(compile_rulebase(rulebase), **kwargs)  # type: ignore[arg-type]


def _run_isolated(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def _fired(rulebase: RuleBase, engine: object, case: dict[str, object]) -> list[str]:
    return infer(rulebase, engine, fact_values(parse_case(case))).fired_ids  # type: ignore[arg-type]


# --------------------------------------------------------------------------- threads


def test_a_plain_durable_host_starts_background_timer_threads() -> None:
    """The trap: engine.Host() starts timer threads that walk freed sessions."""
    before = threading.active_count()
    host = durable.Host()
    try:
        assert threading.active_count() > before
    finally:
        host._d_timer.cancel()
        host._t_timer.cancel()


def test_our_engine_starts_no_threads(frozen: RuleBase) -> None:
    """Building an engine and advising starts no thread at all."""
    before = set(threading.enumerate())
    engine = _engine(frozen)
    _fired(frozen, engine, {"governance": {"trust": "high"}})
    assert set(threading.enumerate()) - before == set()  # threads of earlier tests may end meanwhile


# --------------------------------------------------------------------------- sessions


def test_every_ruleset_has_a_sentinel_so_no_session_is_deleted_before_an_action_ran(frozen: RuleBase) -> None:
    """Deleting a session in which no action ran reads freed memory: a sentinel fires on every case."""
    for chunk in compile_rulebase(frozen).chunks:
        assert chunk.definition["sentinel"] == {"all": [{"f": {"t": "case"}}]}
    engine = _engine(frozen)
    for _ in range(3000):  # cases on which no rule of the guide fires
        assert _fired(frozen, engine, {}) == []


def test_the_raw_engine_breaks_at_the_1025th_live_session() -> None:
    """The trap: 1,024 live sessions per ruleset; the 1,025th raises and corrupts the ruleset."""
    result = _run_isolated("""
        from durable import engine
        class Q(engine.Host):
            def _run(self): pass
        h = Q()
        h.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})
        for i in range(1025):
            h.assert_fact("r", {"sid": str(i), "t": "case"})
        print("no error")
    """)
    assert "no error" not in result.stdout


@pytest.mark.slow
def test_thousands_of_sequential_cases_never_reach_the_session_cap(frozen: RuleBase) -> None:
    """Every session is deleted after its case: 5,000 cases in a row leave nothing live."""
    engine = _engine(frozen)
    for number in range(5000):
        _fired(frozen, engine, {"governance": {"trust": ["low", "moderate", "high"][number % 3]}})
    assert engine._live == set()


def test_sid_hash_is_durables_fnv1a() -> None:
    """Sessions are found by a 32-bit FNV-1a hash of the sid; these two sids collide."""
    assert sid_hash("40189") == sid_hash("797186")
    assert sid_hash("1") != sid_hash("2")


def test_two_sids_with_one_hash_share_a_session_in_the_raw_engine() -> None:
    """The trap: a live session is found by hash only, so a colliding sid reads another case's session."""
    result = _run_isolated("""
        from durable import engine
        class Q(engine.Host):
            def _run(self): pass
        h = Q()
        h.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: c.s.__setitem__("mark", 1)}}})
        h.assert_fact("r", {"sid": "40189", "t": "case"})
        print(h.get_state("r", "797186"))
    """)
    assert "'mark': 1" in result.stdout


def test_our_engine_never_opens_a_sid_whose_hash_is_live(frozen: RuleBase) -> None:
    """A sid whose hash belongs to a live session is skipped."""
    engine = _engine(frozen)
    engine._sids = iter(["40189", "797186", "5"])  # type: ignore[assignment]
    engine._live.add(sid_hash("40189"))
    assert engine._new_sid() == "5"


# --------------------------------------------------------------------------- facts and exceptions


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_raises_for_a_fact_no_rule_matches() -> None:
    host = _QuietHost()
    host.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})
    with pytest.raises(durable.MessageNotHandledException):
        host.assert_fact("r", {"sid": "1", "t": "other"})


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_refuses_the_same_fact_twice() -> None:
    host = _QuietHost()
    host.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})
    host.assert_fact("r", {"sid": "1", "t": "case"})
    with pytest.raises(durable.MessageObservedException):
        host.assert_fact("r", {"sid": "1", "t": "case"})


def test_conclusions_nothing_matches_and_conclusions_derived_twice_are_fine() -> None:
    """flag=raised is derived by two rules and matched by one of two rules waiting on flag."""
    rulebase = rules_from_text(CHAIN)
    fired = _fired(rulebase, _engine(rulebase), {"governance": {"trust": "high"}})
    assert fired == ["TYPE-a", "TYPE-e", "TYPE-b", "TYPE-d"]


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_swallows_an_exception_raised_in_an_action() -> None:
    """The trap: the exception becomes text in the session state; the caller sees no error."""
    host = _QuietHost()

    def fail(c: object) -> None:
        raise ValueError("boom")

    host.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": fail}}})
    state = host.assert_fact("r", {"sid": "1", "t": "case"})
    assert "boom" in state["exception"]


def test_an_action_that_fails_reaches_the_caller_and_the_next_case_is_unaffected() -> None:
    """A failing action raises EngineError for that case; the engine then works as before."""
    rulebase = rules_from_text(CHAIN)
    failing = {"on": True}

    def hook(rule_id: str) -> None:
        if failing["on"] and rule_id == "TYPE-b":
            raise RuntimeError("injected failure")

    engine = _engine(rulebase, action_hook=hook)
    with pytest.raises(EngineError, match="injected failure"):
        _fired(rulebase, engine, {"governance": {"trust": "high"}})
    failing["on"] = False
    assert _fired(rulebase, engine, {"governance": {"trust": "high"}}) == ["TYPE-a", "TYPE-e", "TYPE-b", "TYPE-d"]
    assert engine._live == set()


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_runs_nothing_for_a_batch_with_one_unmatched_fact() -> None:
    """The trap: assert_facts runs no action at all when one fact in the batch matches nothing."""
    host = _QuietHost()
    ran = []
    host.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: ran.append(1)}}})
    with pytest.raises(durable.MessageNotHandledException):
        host.assert_facts("r", [{"sid": "1", "id": 1, "t": "case"}, {"sid": "1", "id": 2, "t": "other"}])
    assert ran == []


def test_our_engine_never_asserts_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts go in one at a time: a batch assert would fail this test."""
    rulebase = rules_from_text(CHAIN)
    engine = _engine(rulebase)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("assert_facts must not be used")

    from netadvisor import engine as engine_module

    monkeypatch.setattr(engine_module._native, "assert_facts", refuse)
    assert _fired(rulebase, engine, {"governance": {"trust": "high"}})


def test_our_engine_runs_without_durables_python_host(frozen: RuleBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The host's traps (timer threads, swallowed and asynchronous actions, definitions changed, a warning on
    every action) cannot reach a case that never enters the host: every method of it fails here."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("durable_rules' Python host must not be used")

    for owner in (durable.Host, durable.Ruleset, durable.Closure, durable.Promise):
        for name, member in list(vars(owner).items()):
            if callable(member):
                monkeypatch.setattr(owner, name, refuse)
    engine = _engine(frozen)
    assert _fired(frozen, engine, {"challenge": {"rationale": "knowledge"}})


def test_building_an_engine_leaves_the_compiled_definitions_intact(frozen: RuleBase) -> None:
    """set_rulesets deletes "run" from what it is given: our engine passes copies."""
    compiled = compile_rulebase(frozen)
    before = copy.deepcopy([chunk.definition for chunk in compiled.chunks])
    DurableEngine(compiled)
    DurableEngine(compiled)  # and the same compiled rules can be registered again
    assert [chunk.definition for chunk in compiled.chunks] == before


# --------------------------------------------------------------------------- values


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_types_loosely_and_refuses_exponent_floats() -> None:
    """The trap: "10" < 5 holds, 1 == "1" == True, and 1e-05 is refused with error 204."""
    host = _QuietHost()
    hits: list[str] = []
    host.set_rulesets(
        {
            "r": {
                "lt": {"all": [{"f": {"$lt": {"n": 5}}}], "run": lambda c: hits.append("lt")},
                "eq": {"all": [{"f": {"m": 1}}], "run": lambda c: hits.append("eq")},
            }
        }
    )
    host.assert_fact("r", {"sid": "1", "n": "10"})
    host.assert_fact("r", {"sid": "2", "m": "1"})
    host.assert_fact("r", {"sid": "3", "m": True})
    assert hits == ["lt", "eq", "eq"]
    with pytest.raises(Exception, match="204"):
        host.assert_fact("r", {"sid": "4", "n": 1e-05})


def test_our_engine_refuses_floats_instead_of_sending_them() -> None:
    """Only text, whole numbers and yes/no reach the engine; anything else is an EngineError."""
    engine = _engine(
        rules_from_text("""
rules:
  - id: GOV-count
    title: {nl: a, en: a}
    section: ["4.3"]
    when: [{fact: governance.partner_count, at_least: 3}]
    then: {finding: {severity: info, message: {nl: a, en: a}}}
""")
    )
    with pytest.raises(EngineError, match="float"), engine.session({"governance.partner_count": 1e-05}) as session:
        session.start()
    assert engine._live == set()


# --------------------------------------------------------------------------- shape limits


def _many_rules(count: int) -> str:
    rules = [
        f"""
  - id: GOV-r{number}
    title: {{nl: r, en: r}}
    section: ["4.3"]
    when: [{{fact: governance.trust, is: high}}, {{fact: governance.partner_count, at_least: {number % 50}}}]
    then: {{finding: {{severity: info, message: {{nl: r, en: r}}}}}}"""
        for number in range(count)
    ]
    return "rules:" + "".join(rules)


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_one_raw_ruleset_fails_when_a_fact_passes_more_than_64_tests() -> None:
    """The trap: error 303 once a fact passes more than 64 alpha tests in one ruleset."""
    host = _QuietHost()
    host.set_rulesets(
        {
            "r": {
                f"x{n}": {"all": [{"f": {"$and": [{"t": "case"}, {f"k{n}": 1}]}}], "run": lambda c: None}
                for n in range(65)
            }
        }
    )
    with pytest.raises(Exception, match="303"):
        host.assert_fact("r", {"sid": "1", "t": "case", **{f"k{n}": 1 for n in range(65)}})


def test_two_hundred_rules_firing_on_one_case_are_split_and_all_fire() -> None:
    """The compiler splits rules into rulesets within the limits; every rule fires, as in the evaluator."""
    rulebase = rules_from_text(_many_rules(200))
    compiled = compile_rulebase(rulebase)
    assert len(compiled.chunks) > 1
    assert all(len(chunk.definition) - 1 <= MAX_ALPHA_STACK for chunk in compiled.chunks)
    case = {"governance": {"trust": "high", "partner_count": 60}}
    fired = _fired(rulebase, DurableEngine(compiled), case)
    assert len(fired) == 200
    assert fired == _fired(rulebase, EvaluatorEngine(rulebase), case)


# --------------------------------------------------------------------------- names, reload, warnings


@pytest.mark.filterwarnings("ignore:datetime.datetime.utcfromtimestamp:DeprecationWarning")
def test_the_raw_engine_cannot_register_a_ruleset_name_twice() -> None:
    host = _QuietHost()
    host.set_rulesets({"same": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})
    with pytest.raises(Exception, match="already registered"):
        host.set_rulesets({"same": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})


def test_several_engines_of_one_rule_base_live_side_by_side(frozen: RuleBase) -> None:
    """Each engine registers fresh names, so the same rules can be loaded many times and freed."""
    engines = [_engine(frozen) for _ in range(20)]
    results = {tuple(_fired(frozen, engine, {"challenge": {"rationale": "knowledge"}})) for engine in engines}
    assert len(results) == 1
    for engine in engines:
        engine.close()


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the warning exists from Python 3.12 on")
def test_the_raw_engine_warns_on_every_action_on_python_312() -> None:
    """The trap: each action calls datetime.utcfromtimestamp(), deprecated since 3.12."""
    host = _QuietHost()
    host.set_rulesets({"r": {"x": {"all": [{"f": {"t": "case"}}], "run": lambda c: None}}})
    with pytest.warns(DeprecationWarning, match="utcfromtimestamp"):
        host.assert_fact("r", {"sid": "1", "t": "case"})


def test_no_warning_escapes_the_engine(frozen: RuleBase) -> None:
    """On Python 3.12 every durable action warns (utcfromtimestamp); the engine keeps that inside."""
    engine = _engine(frozen)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _fired(frozen, engine, {"challenge": {"rationale": "knowledge"}})


def test_reloading_an_advisor_swaps_in_new_rules(tmp_path: pytest.TempPathFactory, write_rules) -> None:  # type: ignore[no-untyped-def]
    """Edited rules are picked up without a restart; broken edits leave the old rules in place."""
    path = write_rules(CHAIN)
    advisor = Advisor.from_path(path, engine="durable")
    assert advisor.advise({"governance": {"trust": "high"}}).finding("TYPE-d") is not None
    write_rules(CHAIN.replace("TYPE-d", "TYPE-dd"))
    advisor.reload()
    assert advisor.advise({"governance": {"trust": "high"}}).finding("TYPE-dd") is not None
    write_rules("rules: [")
    with pytest.raises(RuleError):
        advisor.reload()
    assert advisor.advise({"governance": {"trust": "high"}}).finding("TYPE-dd") is not None


# --------------------------------------------------------------------------- interrupts and other threads


def _other_thread_fires(rulebase: RuleBase, engine: object, case: dict[str, object]) -> list[str] | None:
    """What another thread gets for the case, or None when it cannot get in within 10 s (a held lock)."""
    result: list[list[str]] = []
    thread = threading.Thread(target=lambda: result.append(_fired(rulebase, engine, case)), daemon=True)
    thread.start()
    thread.join(10)
    return result[0] if result else None


@pytest.mark.slow
def test_an_interrupt_at_any_point_of_a_case_goes_on_as_itself_and_the_engine_stays_usable() -> None:
    """A KeyboardInterrupt is raised before every bytecode and at every function entry, in turn, of everything a
    case runs in the engine and in inference, so between any two of durable_rules' native calls and just after
    each returns (as a signal handler would: Python runs it between bytecodes of the main thread). Each time
    the interrupt reaches the caller as itself, no raw durable_rules error and no EngineError; the lock is free;
    the rulesets were not given up (no memory lost); this thread and another get the right answer next."""
    import sys

    from netadvisor import engine as engine_module
    from netadvisor import inference

    # finishing a cut-off case (see CHAIN_WITH_UNKNOWN_USER) must not add TYPE-unknown-user to the next case
    rulebase = rules_from_text(CHAIN_WITH_UNKNOWN_USER)
    engine = _engine(rulebase)
    case = {"governance": {"trust": "high"}, "goal": {"end_user": "citizens"}}
    expected = _fired(rulebase, engine, case)
    assert "TYPE-unknown-user" not in expected
    watched = (engine_module.__file__, inference.__file__)
    seen = [0]
    target = [0]

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        if frame.f_code.co_filename.startswith(watched):
            if event == "call":
                # every bytecode of this frame (Python 3.12 traces them only with f_trace set here as well)
                frame.f_trace_opcodes, frame.f_trace = True, tracer
            if event in ("call", "opcode"):
                seen[0] += 1
                if seen[0] == target[0]:
                    raise KeyboardInterrupt
        return tracer

    for _ in range(2):  # Python 3.12.1 traces a function's bytecodes only from its next call after it was asked to
        seen[0] = 0
        sys.settrace(tracer)
        try:
            _fired(rulebase, engine, case)
        finally:
            sys.settrace(None)
    points = seen[0]
    assert points > 1000  # the case really ran through all of it, bytecode by bytecode
    for target[0] in range(1, points + 1):
        seen[0] = 0
        sys.settrace(tracer)
        try:
            _fired(rulebase, engine, case)
            outcome = "finished"
        except KeyboardInterrupt:
            outcome = "interrupted"
        finally:
            sys.settrace(None)
        assert outcome == "interrupted", f"point {target[0]}: the interrupt did not come through"
        assert not engine_module._LOCK._is_owned(), f"point {target[0]}: the lock is still held"
        assert not engine._poisoned, f"point {target[0]}: the rulesets were given up"
        assert _fired(rulebase, engine, case) == expected, f"point {target[0]}"
        assert _other_thread_fires(rulebase, engine, case) == expected, f"point {target[0]}: another thread"
    assert engine._live == set()


def test_warning_filters_other_threads_add_meanwhile_are_kept(frozen: RuleBase) -> None:
    """Advising once saved and restored the process-wide warning filters around every case, losing
    filters other threads added in between (58 of 200 in one run)."""
    import time

    engine = _engine(frozen)
    stop = threading.Event()

    def advise_all_along() -> None:
        while not stop.is_set():
            _fired(frozen, engine, {"governance": {"trust": "low"}})

    thread = threading.Thread(target=advise_all_along, daemon=True)
    with warnings.catch_warnings():  # this test's filters go when it ends
        thread.start()
        try:
            for number in range(200):
                warnings.filterwarnings("ignore", message=f"netadvisor-test-{number}")
                time.sleep(0.001)  # let the advising thread run in between
        finally:
            stop.set()
            thread.join(30)
        kept = {f[1].pattern for f in warnings.filters if f[1] is not None}
    assert not thread.is_alive(), "the advising thread is stuck"
    assert {f"netadvisor-test-{number}" for number in range(200)} <= kept


def _cut_off_twice(
    rulebase: RuleBase, engine: DurableEngine, case: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run ``case`` interrupted once inside durable_rules (its case fact stored, no action run yet: deleting that
    session as it is crashes the process) and once more as it ends."""
    import sys

    # the line right after durable_rules took the fact in: its session exists, and no action ran yet
    source, first = inspect.getsourcelines(DurableEngine._send)
    taken = first + next(number for number, line in enumerate(source) if "_NOT_HANDLED:" in line)

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "line" and frame.f_code is DurableEngine._send.__code__ and frame.f_lineno == taken:
            raise KeyboardInterrupt
        return tracer

    finish = DurableEngine._finish
    ends = [0]

    def cut_off(self: DurableEngine, case: object) -> None:
        ends[0] += 1
        if ends[0] == 1:
            raise KeyboardInterrupt
        finish(self, case)  # type: ignore[arg-type]

    monkeypatch.setattr(DurableEngine, "_finish", cut_off)
    sys.settrace(tracer)
    try:
        with pytest.raises(KeyboardInterrupt):
            _fired(rulebase, engine, case)
    finally:
        sys.settrace(None)
    assert engine._pending is not None
    assert engine._live


def test_a_case_cut_off_twice_is_finished_by_the_next_one_without_touching_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next case finishes a case cut off twice (see _cut_off_twice) safely first, and what that makes fire is
    not counted for the next case."""
    rulebase = rules_from_text(CHAIN_WITH_UNKNOWN_USER)
    engine = _engine(rulebase)
    case = {"governance": {"trust": "high"}, "goal": {"end_user": "citizens"}}
    expected = _fired(rulebase, engine, case)
    _cut_off_twice(rulebase, engine, case, monkeypatch)
    assert _fired(rulebase, engine, case) == expected
    assert engine._pending is None
    assert engine._live == set()
    assert not engine._poisoned


def test_an_interrupt_while_the_next_case_finishes_a_cut_off_one_goes_on_as_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finishing a cut-off case runs actions (the extra fact that makes its sentinel run). An interrupt in one of
    them was dropped, as it belonged to no case: the next case then went on as if nothing had come. It now
    reaches the caller, once the cut-off case is finished, and the case after that is right."""
    poking = [False]

    def hook(rule_id: str) -> None:
        if poking[0]:
            poking[0] = False
            raise KeyboardInterrupt

    rulebase = rules_from_text(CHAIN_WITH_UNKNOWN_USER)
    engine = _engine(rulebase, action_hook=hook)
    case = {"governance": {"trust": "high"}, "goal": {"end_user": "citizens"}}
    expected = _fired(rulebase, engine, case)
    _cut_off_twice(rulebase, engine, case, monkeypatch)
    poking[0] = True  # the first action from now on runs while the next case finishes this one
    with pytest.raises(KeyboardInterrupt):
        _fired(rulebase, engine, case)
    assert not poking[0]
    assert engine._pending is None
    assert _fired(rulebase, engine, case) == expected
    assert engine._live == set()
    assert not engine._poisoned


def test_an_action_cut_off_as_it_starts_is_given_up_so_finishing_the_case_runs_the_sentinel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An interrupt just as durable_rules hands out the first action (its result not yet stored) left that action
    in flight, its session locked for 30 s: the extra fact that finishing the case sends then started nothing,
    and the session was deleted without any action having run in it (safe only because durable_rules had
    already filled in what deleting reads). The action is now given up, and the sentinel runs first."""
    from netadvisor import engine as engine_module

    native = engine_module._native
    cut = [True]

    class CutAfterStart:
        """durable_rules' native module, with an interrupt just after the first action is handed out."""

        def __getattr__(self, name: str) -> object:
            return getattr(native, name)

        def start_action_for_state(self, *arguments: object) -> object:
            started = native.start_action_for_state(*arguments)
            if cut[0]:
                cut[0] = False
                raise KeyboardInterrupt
            return started

    seen: list[str] = []
    rulebase = rules_from_text(CHAIN_WITH_UNKNOWN_USER)
    engine = _engine(rulebase, action_hook=seen.append)
    case = {"governance": {"trust": "high"}, "goal": {"end_user": "citizens"}}
    expected = _fired(rulebase, engine, case)
    monkeypatch.setattr(engine_module, "_native", CutAfterStart())
    seen.clear()
    with pytest.raises(KeyboardInterrupt):
        _fired(rulebase, engine, case)  # cut off in the first action; finishing the case sends the extra fact
    assert "sentinel" in seen
    assert _fired(rulebase, engine, case) == expected
    assert not engine._poisoned
