"""The durable_rules engine, made safe. The only module that imports durable_rules.

durable_rules 2.0.28 (June 2020, unmaintained) evaluates the compiled rules.
Each trap it has, and what this module does about it (each has a test in
``tests/test_engine.py`` that fails without the mitigation):

- Background timer threads that walk freed sessions and crash the process:
  our host's ``_run`` starts none (we never use timers).
- ``delete_state`` on a session in which no action ran reads freed memory:
  every ruleset has a sentinel rule that fires on every case fact.
- 1,024 live sessions per ruleset, and sessions found by a 32-bit hash of the
  sid: one case at a time under a process-wide lock, every session deleted in
  ``finally``, sids chosen here and refused when their hash is live.
- ``MessageNotHandledException`` for a fact no rule matches: conclusions are
  sent only to rulesets that use them, and a miss is caught as "nothing fired".
- ``MessageObservedException`` for the same content twice: every fact has its id.
- Exceptions inside actions are swallowed into the session state: our actions
  record them and the state is checked; either raises :class:`EngineError`.
- A batch (``assert_facts``) runs nothing when one fact matches nothing: facts
  are asserted one at a time.
- A function with a second parameter is run asynchronously: actions take one.
- ``set_rulesets`` deletes ``run`` from the definitions passed: a deep copy.
- Floats with an exponent are refused (error 204), ``NaN`` matches nothing and
  typing is loose (``1 == "1"``): only text, whole numbers and booleans reach
  the engine, and the loader makes every comparison type-correct.
- Shape limits (error 303 past 64 alpha tests per fact, a hang past 512 tests
  under one node, 4,096 rules): the compiler splits the rules into chunks.
- Ruleset names cannot be registered twice: every compiled rule base gets a
  fresh name, so reloading works; a closed engine deletes its rulesets.
- Python 3.12 warns on every action (``utcfromtimestamp``): filtered here.
- Python 3.13 removed ``PyEval_CallObject``, which its C code calls: the
  sdist builds (GCC 14 refuses even that) but does not import. ``make``
  builds it with the patch in ``third_party/durable_rules/``
  (``tools/build_durable.py``), and then it imports on 3.11, 3.12 and 3.13.
  Where it does not import (not installed, as after a plain ``pip install``
  on 3.13), :func:`durable_available` says so and the advisor falls back to
  the plain-Python evaluator with a warning.
"""

from __future__ import annotations

import copy
import itertools
import threading
import warnings
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from .compiler import CASE_TAG, CONCLUSION_TAG, SENTINEL, Chunk, CompiledRuleBase, encode_case
from .errors import EngineError
from .protocol import OUTSIDE_WITH, Engine, EngineSession

try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import durable_rules_engine as _native
        from durable import engine as _durable
except ImportError as error:  # not installed, or an unpatched build on Python 3.13+
    _durable = None
    _native = None
    IMPORT_ERROR: str | None = str(error)
else:
    IMPORT_ERROR = None

__all__ = ["DurableEngine", "Engine", "EngineSession", "durable_available", "sid_hash"]  # the two protocols re-exported

# The C code never releases the GIL, so threads gain nothing from running
# durable_rules at once; one lock makes every session's life atomic.
_LOCK = threading.RLock()
# The session holding _LOCK: its engine, and a weak reference to it whose callback frees the lock if
# the session is dropped without its __exit__ having run (an interrupt at its very first bytecode).
_HOLDER: list[tuple[Any, Any] | None] = [None]
_RULESET_NAMES = itertools.count(1)
MAX_LIVE_SESSIONS = 1000  # durable_rules corrupts a ruleset at the 1,025th


def durable_available() -> bool:
    """Whether durable_rules can be imported here (on Python 3.13 only with netadvisor's patch)."""
    return _durable is not None


def sid_hash(sid: str) -> int:
    """The 32-bit FNV-1a hash durable_rules finds sessions by (``fnv1Hash32`` in state.c)."""
    value = 0x811C9DC5
    for byte in sid.encode():
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value


# The interface (Engine, EngineSession) lives in protocol.py, importable without durable_rules.


def _encode(key: str, value: Any) -> Any:
    if isinstance(value, bool | int | str):
        return value
    raise EngineError(f"fact {key}: the engine takes text, whole numbers and yes/no, not {type(value).__name__}")


if _durable is not None:

    class _QuietHost(_durable.Host):  # type: ignore[misc]
        """A host without the background timer threads that crash on freed sessions."""

        def _run(self) -> None:
            return None

    import datetime
    import logging

    _EPOCH = datetime.datetime(1970, 1, 1)  # what datetime.utcfromtimestamp(0) gives
    _durable_clock = _durable._unix_now

    def _unix_now() -> float:
        """durable_rules' clock, read on every action; inside our sessions without the deprecated call.

        durable_rules computes it with ``datetime.utcfromtimestamp(0)``, which warns on every action from
        Python 3.12 on. A warnings filter around each session would save and restore the process-wide
        list of filters, losing those other threads add meanwhile; so inside a session (this thread holds
        the engine lock) the same number is computed without the deprecated call, and elsewhere
        durable_rules behaves as it always did. Installed once, at import.
        """
        if _LOCK._is_owned():  # type: ignore[attr-defined]
            return (datetime.datetime.now() - _EPOCH).total_seconds()
        return float(_durable_clock())

    _durable._unix_now = _unix_now

    class _Action(_durable.Promise):  # type: ignore[misc]
        """One rule's action as durable_rules runs it.

        durable_rules would catch what an action raises and keep only its text in the session state, so an
        interrupt arriving in an action would come back as "an action failed". This action catches all
        itself and hands it to the session, which raises it after durable_rules has finished its work:
        an interrupt as itself, anything else (a test's injected failure) as an EngineError. An interrupt
        at its very first bytecode, before the ``try``, reaches durable_rules' own ``except``, which
        raises it again from ``assert_fact``, as itself.
        """

        def __init__(self, engine: DurableEngine, rule_id: str):
            self._engine = engine
            self._rule_id = rule_id
            super().__init__(self._fire)  # exactly one parameter: two would make it asynchronous

        def _fire(self, c: Any) -> None:
            run = self._engine._run
            if run is None:  # pragma: no cover - actions run only inside a session
                return
            if self._engine._hook is not None:
                self._engine._hook(self._rule_id)
            if self._rule_id != SENTINEL:
                run.fired.append(self._rule_id)

        def run(self, c: Any, complete: Callable[[Any], None]) -> None:
            try:
                self._fire(c)
            except BaseException as error:  # noqa: BLE001 - kept for the caller: nothing raised in a callback may
                # pass through durable_rules' C code
                run = self._engine._run
                if run is not None:
                    run.errors.append(error)
            complete(None)

    # durable_rules logs a traceback when an interrupt reaches its action callbacks; with no handler of
    # its own that would go to stderr through logging's last resort (a library does not print). Records
    # still reach any handler the application configures.
    logging.getLogger("durable").addHandler(logging.NullHandler())


class _Run:
    """What the actions of one case report back."""

    __slots__ = ("errors", "fired")

    def __init__(self) -> None:
        self.fired: list[str] = []
        self.errors: list[BaseException] = []


class DurableEngine:
    """Fires a compiled rule base with durable_rules, one case at a time, safely.

    Args:
        compiled: the compiled rule base.
        text_facts: the paths of free-text facts; the engine gets only whether they are known.
        action_hook: called with the rule id inside every action; tests use it
            to inject a failure. Production code passes nothing.
    """

    name = "durable_rules"

    def __init__(
        self,
        compiled: CompiledRuleBase,
        text_facts: frozenset[str] = frozenset(),
        action_hook: Callable[[str], None] | None = None,
    ):
        if _durable is None:
            raise EngineError(f"durable_rules cannot be imported here: {IMPORT_ERROR}")
        self.compiled = compiled
        self._text_facts = text_facts
        self._hook = action_hook
        self._run: _Run | None = None
        self._poisoned = False  # set when durable_rules failed mid-case: the rulesets are rebuilt
        self._pending: _Case | None = None  # the case whose sessions are live, until they are deleted
        self._sids = itertools.count(1)
        self._live: set[int] = set()
        self._host: Any = None
        self._names: list[str] = []
        self._routes: dict[str, list[str]] = {}
        self._build()

    # -- life cycle

    def _build(self) -> None:
        """Register every chunk under a fresh name (names can never be registered twice).

        Rulesets are registered one at a time and remembered as they come, so that a build cut short
        (by an interrupt, or an error) deletes what it made instead of leaking it.
        """
        with _LOCK:
            host = _QuietHost()
            names: list[str] = []
            handles: list[int] = []
            try:
                for index, chunk in enumerate(self.compiled.chunks):
                    name = f"netadvisor_{self.compiled.version}_{next(_RULESET_NAMES)}_{index}"
                    definition = copy.deepcopy(chunk.definition)  # set_rulesets deletes "run" from what it gets
                    for rule_id, rule in definition.items():
                        rule["run"] = self._action(rule_id)
                    host.set_rulesets({name: definition})
                    names.append(name)
                    handles.append(host.get_ruleset(name)._handle)
            except BaseException as error:
                _delete_rulesets(handles)
                if isinstance(error, Exception):
                    raise EngineError(f"durable_rules refused the compiled rules: {error}") from error
                raise
            routes: dict[str, list[str]] = {}
            for name, chunk in zip(names, self.compiled.chunks, strict=True):
                for conclusion in chunk.conclusions:
                    routes.setdefault(conclusion, []).append(name)
            self._chunks: dict[str, Chunk] = dict(zip(names, self.compiled.chunks, strict=True))
            self._host, self._names, self._routes = host, names, routes
            self._finalizer = weakref.finalize(self, _delete_rulesets, handles)
            self._poisoned = False

    def _poison(self) -> None:
        """durable_rules failed mid-case: its state is no longer known.

        Deleting a session in which no action ran can crash; deleting the rulesets whole frees their
        pools without reading any session (the sessions' own memory is lost, about 2 MB a case with the
        packaged rules: this is for durable_rules' failures, not for interrupts, which are cleaned up
        session by session). They are rebuilt when the next session begins.
        """
        self._poisoned = True
        self._live.clear()
        self._pending = None  # its sessions go with the rulesets
        self._finalizer()

    def close(self) -> None:
        """Delete this engine's rulesets from durable_rules' memory."""
        self._finalizer()

    def _action(self, rule_id: str) -> Any:
        return _Action(self, rule_id)

    # -- sessions

    def session(self, facts: dict[str, Any]) -> _DurableSession:
        return _DurableSession(self, facts)

    def _new_sid(self, case: _Case | None = None) -> str:
        if len(self._live) >= MAX_LIVE_SESSIONS:  # pragma: no cover - one case at a time under the lock
            raise EngineError("too many live engine sessions")
        while True:
            sid = str(next(self._sids))
            digest = sid_hash(sid)
            if digest not in self._live:  # two sids with one hash would share a session
                if case is not None:
                    case.sid = sid  # first: whatever comes in between, finishing the case frees its hash
                self._live.add(digest)
                return sid

    def _assert(self, case: _Case, ruleset: str, fact: dict[str, Any]) -> None:
        """Assert one fact. Until durable_rules returns, an interruption leaves its state unknown:
        ``case.in_durable`` stays set, and finishing the case takes that into account."""
        run = case.run
        case.in_durable = True
        try:
            state = self._host.assert_fact(ruleset, fact)
        except _durable.MessageNotHandledException:
            case.in_durable = False
            return
        except Exception as error:  # durable_rules' own errors never reach the caller raw
            self._poison()
            case.in_durable = False
            raise EngineError(f"durable_rules failed on {ruleset}: {error}") from error
        case.in_durable = False
        if run.errors:
            # durable_rules swallows what an action raises, then finishes its work as usual: an interrupt
            # there (KeyboardInterrupt, SystemExit) goes on as itself; anything else is our bug.
            interrupt = next((error for error in run.errors if not isinstance(error, Exception)), None)
            if interrupt is not None:
                raise interrupt
            raise EngineError(f"an action failed: {run.errors[0]!r}") from run.errors[0]
        if state is None:  # no action ran on this fact (a partial join was stored)
            return
        if not isinstance(state, dict):
            # 0: an action ran asynchronously or past durable_rules' 10 s timeout; its work is lost
            self._poison()
            raise EngineError("durable_rules returned no state: an action timed out or ran asynchronously")
        if "exception" in state:
            raise EngineError(f"an action failed inside durable_rules: {state['exception']}")

    def _finish(self, case: _Case) -> None:
        """Delete a case's sessions; if durable_rules fails at it, its rulesets go whole.

        Called when a case ends, and again by the next session for a case whose end was cut short by an
        interrupt (``_pending`` is cleared only at the very end, so that one is caught up, not poisoned).
        """
        self._run = None  # what fires now (the extra fact below) belongs to no case
        if not self._poisoned:  # else the rulesets, and with them the sessions, are already gone
            try:
                if case.in_durable and case.starting:
                    # Cut off in the first fact sent to this ruleset: the session there may exist without
                    # any action having run, and deleting such a session reads freed memory. One more
                    # case fact makes the sentinel run (tried at every point of durable_rules' own code).
                    case.pokes += 1
                    self._host.assert_fact(
                        case.opened[-1], {"sid": case.sid, "id": _POKE_ID - case.pokes, "t": CASE_TAG}
                    )
                    case.starting = False
                while case.opened:
                    try:
                        self._host.delete_state(case.opened[-1], case.sid)
                    except _native.error as error:
                        # 309, no such session: deleted already, when an interrupt came just after
                        # durable_rules deleted it and before it was crossed off here
                        if "error code: 309" not in str(error):
                            raise
                    case.opened.pop()
            except Exception:  # noqa: BLE001 - durable_rules' own errors never reach the caller raw
                self._poison()
        if case.sid:
            self._live.discard(sid_hash(case.sid))
        self._pending = None


def _release_abandoned() -> None:
    """This thread holds the lock for a session that ended without its __exit__ (see _HOLDER).

    Its case stays the engine's ``_pending`` one: the next session finishes it."""
    holder = _HOLDER[0]
    _HOLDER[0] = None
    if holder is not None:
        holder[0]._run = None
    while _LOCK._is_owned():  # type: ignore[attr-defined]
        _LOCK.release()


def _session_dropped(reference: Any) -> None:
    """Called when a session object is freed: if it still holds the lock, give it back (its thread only)."""
    holder = _HOLDER[0]
    if holder is not None and holder[1] is reference and _LOCK._is_owned():  # type: ignore[attr-defined]
        _HOLDER[0] = None
        holder[0]._run = None
        _LOCK.release()


class _Case:
    """What durable_rules holds of one case, kept apart from the session object so that the next session
    can finish it when its own end was cut short."""

    __slots__ = ("in_durable", "next_id", "opened", "pokes", "run", "sid", "starting")

    def __init__(self) -> None:
        self.run = _Run()
        self.sid = ""
        self.opened: list[str] = []  # the rulesets that may hold a session of this case
        self.next_id = 2
        self.in_durable = False  # inside durable_rules' assert_fact: if cut off here, its state is not known
        self.starting = False  # sending the case fact to each ruleset (see DurableEngine._finish)
        self.pokes = 0


class _DurableSession:
    """One case inside durable_rules; used only under the process-wide lock.

    An interrupt (KeyboardInterrupt, or another BaseException a signal handler raises) can arrive at any
    bytecode of the thread Python runs signal handlers in. It always goes on as itself, and the engine
    stays usable: entering gives the lock back if it is cut short; leaving gives it back in ``finally``; a
    session cut off before its ``__exit__`` could even begin gives it back when the session object is
    freed, or when its thread next begins a session; a case whose end was cut short is finished by the
    next session; and where durable_rules' state cannot be known, its rulesets are deleted whole and
    rebuilt (``DurableEngine._poison``). ``tests/test_engine.py`` interrupts every point in turn;
    ``stress/signal_storm.py`` rains signals on it.
    """

    def __init__(self, engine: DurableEngine, facts: dict[str, Any]):
        self.engine = engine
        self.facts = facts
        self.case = _Case()
        self.run = self.case.run
        self.entered = False

    def __enter__(self) -> _DurableSession:
        engine = self.engine
        try:
            if _LOCK._is_owned():  # type: ignore[attr-defined]  # a session of this thread was cut off
                _release_abandoned()
            _LOCK.acquire()
            _HOLDER[0] = (engine, weakref.ref(self, _session_dropped))
            if engine._pending is not None:
                engine._finish(engine._pending)
            if engine._poisoned:
                engine._build()
            engine._pending = self.case
            engine._run = self.run
        except BaseException:
            if _LOCK._is_owned():  # type: ignore[attr-defined]
                _HOLDER[0] = None
                engine._run = None
                _LOCK.release()
            raise
        self.entered = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.entered = False
        try:
            self.engine._finish(self.case)
        finally:
            # no call before the release: an interrupt cannot come in between
            self.engine._run = None
            _HOLDER[0] = None
            _LOCK.release()

    def start(self) -> set[str]:
        if not self.entered:
            raise RuntimeError(OUTSIDE_WITH)
        engine, case = self.engine, self.case
        engine._new_sid(case)
        case.starting = True
        for name in engine._names:
            fact = encode_case(engine._chunks[name], self.facts, engine._text_facts)
            for key, value in fact.items():
                _encode(key, value)
            fact["sid"], fact["id"] = case.sid, 1
            case.in_durable = True  # from here on the session may exist in this ruleset
            case.opened.append(name)
            engine._assert(case, name, fact)
        case.starting = False
        return self._collect()

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        if not self.entered:
            raise RuntimeError(OUTSIDE_WITH)
        engine, case = self.engine, self.case
        for conclusion, value in conclusions:
            for name in engine._routes.get(conclusion, ()):
                fact = {
                    "sid": case.sid,
                    "id": case.next_id,
                    "t": CONCLUSION_TAG,
                    "n": conclusion,
                    "v": _encode(conclusion, value),
                }
                case.next_id += 1
                engine._assert(case, name, fact)
        return self._collect()

    def _collect(self) -> set[str]:
        fired = set(self.run.fired)
        self.run.fired.clear()
        return fired


_POKE_ID = 2**31 - 1  # a fact id no case uses (conclusions count up from 2)


def _delete_rulesets(handles: list[int]) -> None:
    with _LOCK:
        for handle in handles:
            try:
                _native.delete_ruleset(handle)
            except Exception:  # noqa: BLE001, S110  # pragma: no cover - nothing to do about a failed free
                pass
