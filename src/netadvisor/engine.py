"""The durable_rules engine, made safe. The only module that imports durable_rules.

durable_rules 2.0.28 (June 2020, unmaintained) evaluates the compiled rules. It
has a native module (``durable_rules_engine``, the C engine) and a Python host
around it (``durable.engine``). This module drives the native module directly:
for our use the host adds only traps and work (a JSON round trip of the whole
matched fact on every action; together it took half the time durable_rules
takes per case, ``bench/``). Each trap durable_rules has, and what this module
does about it (each has a test in ``tests/test_engine.py`` that fails without
the mitigation):

- The host's traps, all gone with the host: background timer threads that walk
  freed sessions and crash the process; exceptions inside actions swallowed
  into the session state; a function with a second parameter run
  asynchronously; ``set_rulesets`` deleting ``run`` from the definitions it is
  given; a ``DeprecationWarning`` on every action from Python 3.12 on
  (``utcfromtimestamp``). Here an action is our own code, run between two
  native calls: what it raises is kept and raised when the engine has finished
  its work (an interrupt as itself, anything else as :class:`EngineError`).
- ``delete_state`` on a session in which no action ran reads freed memory:
  every ruleset has a sentinel rule that fires on every case fact.
- An action handed out and neither completed nor given up locks its session
  for 30 s, in which no other action starts there (so no sentinel either):
  whatever cuts a case short gives its action up (``abandon_action``).
- 1,024 live sessions per ruleset, and sessions found by a 32-bit hash of the
  sid: one case at a time under a process-wide lock, every session deleted in
  ``finally``, sids chosen here and refused when their hash is live.
- A fact no rule matches is "not handled": conclusions are sent only to
  rulesets that use them, and a miss counts as "nothing fired".
- The same content twice is refused ("observed"): every fact has its id; a
  refusal would be durable_rules failing, an :class:`EngineError`.
- A batch (``assert_facts``) runs nothing when one fact matches nothing: facts
  are asserted one at a time.
- Floats with an exponent are refused (error 204), ``NaN`` matches nothing and
  typing is loose (``1 == "1"``): only text, whole numbers and booleans reach
  the engine, and the loader makes every comparison type-correct.
- Shape limits (error 303 past 64 alpha tests per fact, a hang past 512 tests
  under one node, 4,096 rules): the compiler splits the rules into chunks.
- Ruleset names cannot be registered twice in the host: every compiled rule
  base gets a fresh name anyway, and a closed engine deletes its rulesets.
- Python 3.13 removed ``PyEval_CallObject``, which its C code calls: the
  sdist builds (GCC 14 refuses even that) but does not import. ``make``
  builds it with the patch in ``third_party/durable_rules/``
  (``tools/build_durable.py``), and then it imports on 3.11, 3.12 and 3.13.
  Where it does not import (not installed, as after a plain ``pip install``
  on 3.13), :func:`durable_available` says so and the advisor falls back to
  the plain-Python evaluator with a warning.
"""

from __future__ import annotations

import itertools
import json
import threading
import warnings
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from .compiler import (
    CASE_TAG,
    CONCLUSION_TAG,
    SENTINEL,
    CasePlan,
    CompiledRuleBase,
    case_plan,
    encode_planned,
    not_an_engine_value,
)
from .errors import EngineError
from .protocol import OUTSIDE_WITH, Engine, EngineSession

try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import durable_rules_engine as _native
except ImportError as error:  # not installed, or an unpatched build on Python 3.13+
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
# What the native assert_fact returns first (rules.h): the fact was taken, or no rule matches it.
_TAKEN, _NOT_HANDLED = 0, 1
# A fact as durable_rules reads it: JSON, compact. One encoder for all: json.dumps with an option builds one per
# call, and so does JSONEncoder.encode, by building the C encoder in it anew for every fact (a case sends some ten).
# A fact is a flat object of text, numbers and yes/no (compiler.encode_planned), a ruleset plain data: no cycles
# to check.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_MAKE_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)  # (the json module's own, undocumented)
_C_ENCODER = (
    _MAKE_C_ENCODER(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    if _MAKE_C_ENCODER is not None
    else None
)


def _to_json(fact: dict[str, Any]) -> str:
    if _C_ENCODER is None:  # pragma: no cover - a Python without the json module's C part
        return _ENCODER.encode(fact)
    return "".join(_C_ENCODER(fact, 0))


def durable_available() -> bool:
    """Whether durable_rules can be imported here (on Python 3.13 only with netadvisor's patch)."""
    return _native is not None


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
    raise EngineError(str(not_an_engine_value(key, value)))


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
        if _native is None:
            raise EngineError(f"durable_rules cannot be imported here: {IMPORT_ERROR}")
        self.compiled = compiled
        self._text_facts = text_facts
        self._hook = action_hook
        self._run: _Run | None = None
        self._poisoned = False  # set when durable_rules failed mid-case: the rulesets are rebuilt
        self._pending: _Case | None = None  # the case whose sessions are live, until they are deleted
        self._sids = itertools.count(1)
        self._live: set[int] = set()
        self._handles: list[int] = []
        self._routes: dict[str, list[int]] = {}
        # the names of the actions durable_rules can start: the compiled rules' ids and the sentinel
        self._actions = frozenset(rule_id for chunk in compiled.chunks for rule_id in chunk.definition)
        self._build()

    # -- life cycle

    def _build(self) -> None:
        """Register every chunk under a fresh name.

        Rulesets are registered one at a time and remembered as they come, so that a build cut short
        (by an interrupt, or an error) deletes what it made instead of leaking it.
        """
        with _LOCK:
            handles: list[int] = []
            try:
                for index, chunk in enumerate(self.compiled.chunks):
                    name = f"netadvisor_{self.compiled.version}_{next(_RULESET_NAMES)}_{index}"
                    handles.append(_native.create_ruleset(name, _to_json(chunk.definition)))
            except BaseException as error:
                _delete_rulesets(handles)
                if isinstance(error, Exception):
                    raise EngineError(f"durable_rules refused the compiled rules: {error}") from error
                raise
            routes: dict[str, list[int]] = {}
            for handle, chunk in zip(handles, self.compiled.chunks, strict=True):
                for conclusion in chunk.conclusions:
                    routes.setdefault(conclusion, []).append(handle)
            self._plans: dict[int, CasePlan] = {
                handle: case_plan(chunk, self._text_facts)
                for handle, chunk in zip(handles, self.compiled.chunks, strict=True)
            }
            self._handles, self._routes = handles, routes
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

    def _assert(self, case: _Case, ruleset: int, fact: dict[str, Any]) -> None:
        """Assert one fact and run the actions it starts. Until that is done, an interruption leaves the
        state of durable_rules unknown: ``case.in_durable`` stays set, and finishing the case takes that
        into account."""
        run = case.run
        case.in_durable = True
        try:
            self._send(ruleset, fact)
        except Exception as error:  # durable_rules' own errors never reach the caller raw
            self._poison()
            case.in_durable = False
            raise EngineError(f"durable_rules failed on ruleset {ruleset}: {error}") from error
        case.in_durable = False
        if run.errors:
            # what an action raised, now that durable_rules has finished its work: an interrupt
            # (KeyboardInterrupt, SystemExit) goes on as itself; anything else is our bug
            interrupt = next((error for error in run.errors if not isinstance(error, Exception)), None)
            if interrupt is not None:
                raise interrupt
            raise EngineError(f"an action failed: {run.errors[0]!r}") from run.errors[0]

    def _send(self, ruleset: int, fact: dict[str, Any]) -> None:
        """Give durable_rules one fact, then run each action it starts, one after the other, as its host
        would (update the session's state, complete the action, which starts the next)."""
        taken = _native.assert_fact(ruleset, _to_json(fact))
        if taken[0] == _NOT_HANDLED:
            return
        if taken[0] != _TAKEN:  # observed (the same content twice) or deferred (a queue we never set)
            raise EngineError(f"fact {fact.get('id')} not taken (result {taken[0]})")
        state = taken[1]
        try:
            # From here an action may be in flight: its session is locked for 30 s, in which no other action
            # starts there. Whatever cuts this short (an interrupt, even just as a call returns) gives it up.
            started = _native.start_action_for_state(ruleset, state)
            if started is None:  # no action on this fact (a partial join was stored)
                return
            content, message = started
            while message is not None:
                self._fire(message)
                _native.update_state(ruleset, content)
                message = _native.complete_and_start_action(ruleset, state)
        except BaseException:
            _native.abandon_action(ruleset, state)  # with no action in flight it does nothing
            raise

    def _fire(self, message: str) -> None:
        """One action: the rule whose name leads ``message`` (``{"<rule id>":{"m":<the fact>}}``) fired.
        Whatever this raises is kept for the caller: nothing may pass between two native calls of a case."""
        try:
            # rule ids and the sentinel hold no quote or backslash (ruleschema), so the name ends at the
            # next quote; the whole message, the fact as durable_rules matched it, is not read
            name = message[2 : message.find('"', 2)]
            if name not in self._actions:
                name = next(iter(json.loads(message)))
            if self._hook is not None:
                self._hook(name)
            run = self._run
            if run is not None and name != SENTINEL:
                run.fired.append(name)
        except BaseException as error:  # noqa: BLE001 - kept, and raised once durable_rules is done
            run = self._run
            if run is not None:
                run.errors.append(error)

    def _finish(self, case: _Case) -> None:
        """Delete a case's sessions; if durable_rules fails at it, its rulesets go whole.

        Called when a case ends, and again by the next session for a case whose end was cut short by an
        interrupt (``_pending`` is cleared only at the very end, so that one is caught up, not poisoned).
        """
        self._run = None  # what fires now (the extra fact below) belongs to no case
        interrupt: BaseException | None = None
        if not self._poisoned:  # else the rulesets, and with them the sessions, are already gone
            try:
                if case.in_durable and case.starting and case.opened:
                    # Cut off in the first fact sent to this ruleset: the session there may exist without
                    # any action having run, and deleting such a session reads freed memory. One more
                    # case fact makes the sentinel run (tried at every point of the code that sends it; an
                    # action cut off there was given up, so the session is not locked).
                    case.pokes += 1
                    poke = self._run = _Run()  # what fires is no case's; an interrupt in an action is kept
                    try:
                        self._send(case.opened[-1], {"sid": case.sid, "id": _POKE_ID - case.pokes, "t": CASE_TAG})
                    finally:
                        self._run = None
                    case.starting = False
                    interrupt = next((error for error in poke.errors if not isinstance(error, Exception)), None)
                while case.opened:
                    try:
                        _native.delete_state(case.opened[-1], case.sid)
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
        if interrupt is not None:
            raise interrupt  # the case is finished; the interrupt goes on as itself


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
        self.opened: list[int] = []  # the rulesets that may hold a session of this case
        self.next_id = 2
        self.in_durable = False  # sending a fact and running its actions: if cut off here, the state is not known
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
        for ruleset in engine._handles:
            try:
                fact = encode_planned(engine._plans[ruleset], self.facts)
            except TypeError as error:
                raise EngineError(str(error)) from None
            fact["sid"], fact["id"] = case.sid, 1
            case.in_durable = True  # from here on the session may exist in this ruleset
            case.opened.append(ruleset)
            engine._assert(case, ruleset, fact)
        case.starting = False
        return self._collect()

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        if not self.entered:
            raise RuntimeError(OUTSIDE_WITH)
        engine, case = self.engine, self.case
        for conclusion, value in conclusions:
            for ruleset in engine._routes.get(conclusion, ()):
                fact = {
                    "sid": case.sid,
                    "id": case.next_id,
                    "t": CONCLUSION_TAG,
                    "n": conclusion,
                    "v": _encode(conclusion, value),
                }
                case.next_id += 1
                engine._assert(case, ruleset, fact)
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
