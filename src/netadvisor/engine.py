"""The durable_rules engine, made safe. The only module that imports durable_rules.

durable_rules 2.0.28 (June 2020, unmaintained) evaluates the compiled rules.
Each trap it has, and what this module does about it (each has a test in
``tests/test_engine_durable.py`` that fails without the mitigation):

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
from typing import Any, Protocol

from .compiler import CONCLUSION_TAG, SENTINEL, Chunk, CompiledRuleBase, encode_case
from .errors import EngineError

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

__all__ = ["DurableEngine", "Engine", "EngineSession", "durable_available", "sid_hash"]

# The C code never releases the GIL, so threads gain nothing from running
# durable_rules at once; one lock makes every session's life atomic.
_LOCK = threading.RLock()
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


class EngineSession(Protocol):
    """One case being evaluated: the rules fired so far, as new facts arrive."""

    def start(self) -> set[str]:
        """Assert the case; return the ids of the rules that fired."""

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        """Assert newly derived conclusions; return the ids of the rules that fired on them."""

    def close(self) -> None:
        """Free the session (always called)."""


class Engine(Protocol):
    """Something that fires rules on a case: durable_rules, or the plain-Python evaluator."""

    name: str

    def session(self, facts: dict[str, Any]) -> EngineSession: ...


def _encode(key: str, value: Any) -> Any:
    if isinstance(value, bool | int | str):
        return value
    raise EngineError(f"fact {key}: the engine takes text, whole numbers and yes/no, not {type(value).__name__}")


if _durable is not None:

    class _QuietHost(_durable.Host):  # type: ignore[misc,name-defined]
        """A host without the background timer threads that crash on freed sessions."""

        def _run(self) -> None:
            return None


class _Run:
    """What the actions of one case report back."""

    __slots__ = ("fired", "errors")

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

    def __init__(self, compiled: CompiledRuleBase, text_facts: frozenset[str] = frozenset(),
                 action_hook: Callable[[str], None] | None = None):
        if _durable is None:
            raise EngineError(f"durable_rules cannot be imported here: {IMPORT_ERROR}")
        self.compiled = compiled
        self._text_facts = text_facts
        self._hook = action_hook
        self._run: _Run | None = None
        self._poisoned = False  # set when durable_rules failed mid-case: the rulesets are rebuilt
        self._sids = itertools.count(1)
        self._live: set[int] = set()
        self._host: Any = None
        self._names: list[str] = []
        self._routes: dict[str, list[str]] = {}
        self._build()

    # -- life cycle

    def _build(self) -> None:
        """Register every chunk under a fresh name (names can never be registered twice)."""
        with _LOCK:
            host = _QuietHost()
            names = []
            definitions = {}
            for index, chunk in enumerate(self.compiled.chunks):
                name = f"netadvisor_{self.compiled.version}_{next(_RULESET_NAMES)}_{index}"
                definition = copy.deepcopy(chunk.definition)  # set_rulesets deletes "run" from what it gets
                for rule_id, rule in definition.items():
                    rule["run"] = self._action(rule_id)
                definitions[name] = definition
                names.append(name)
            host.set_rulesets(definitions)
            self._host, self._names = host, names
            self._routes = {}
            for name, chunk in zip(names, self.compiled.chunks, strict=True):
                for conclusion in chunk.conclusions:
                    self._routes.setdefault(conclusion, []).append(name)
            self._chunks: dict[str, Chunk] = dict(zip(names, self.compiled.chunks, strict=True))
            handles = [host.get_ruleset(name)._handle for name in names]
            self._finalizer = weakref.finalize(self, _delete_rulesets, handles)

    def close(self) -> None:
        """Delete this engine's rulesets from durable_rules' memory."""
        self._finalizer()

    def _action(self, rule_id: str) -> Callable[[Any], None]:
        # exactly one parameter: durable_rules runs a two-parameter function asynchronously
        def action(c: Any) -> None:
            run = self._run
            if run is None:  # pragma: no cover - actions run only inside a session
                return
            try:
                if self._hook is not None:
                    self._hook(rule_id)
                if rule_id != SENTINEL:
                    run.fired.append(rule_id)
            except BaseException as error:  # swallowed by durable_rules; reported by us
                run.errors.append(error)
                raise

        return action

    # -- sessions

    def session(self, facts: dict[str, Any]) -> _DurableSession:
        return _DurableSession(self, facts)

    def _new_sid(self) -> str:
        if len(self._live) >= MAX_LIVE_SESSIONS:  # pragma: no cover - one case at a time under the lock
            raise EngineError("too many live engine sessions")
        while True:
            sid = str(next(self._sids))
            digest = sid_hash(sid)
            if digest not in self._live:  # two sids with one hash would share a session
                self._live.add(digest)
                return sid

    def _assert(self, ruleset: str, fact: dict[str, Any], run: _Run) -> None:
        try:
            state = self._host.assert_fact(ruleset, fact)  # warnings: see _DurableSession.__enter__
        except _durable.MessageNotHandledException:
            return
        except EngineError:
            raise
        except Exception as error:
            self._poisoned = True
            raise EngineError(f"durable_rules failed on {ruleset}: {error}") from error
        if run.errors:
            raise EngineError(f"an action failed: {run.errors[0]!r}") from run.errors[0]
        if state is None:  # no action ran on this fact (a partial join was stored)
            return
        if not isinstance(state, dict):
            # 0: an action ran asynchronously or past durable_rules' 10 s timeout; its work is lost
            self._poisoned = True
            raise EngineError("durable_rules returned no state: an action timed out or ran asynchronously")
        if "exception" in state:
            raise EngineError(f"an action failed inside durable_rules: {state['exception']}")


class _DurableSession:
    """One case inside durable_rules; used only under the process-wide lock."""

    def __init__(self, engine: DurableEngine, facts: dict[str, Any]):
        self.engine = engine
        self.facts = facts
        self.sid = ""
        self.opened: list[str] = []
        self.next_id = 2
        self.run = _Run()

    def __enter__(self) -> _DurableSession:
        _LOCK.acquire()
        self.engine._run = self.run
        self.engine._poisoned = False
        # durable_rules warns on every action on Python 3.12 (utcfromtimestamp): keep it inside
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="durable")
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.close()
        finally:
            self._warnings.__exit__(None, None, None)
            self.engine._run = None
            _LOCK.release()

    def start(self) -> set[str]:
        engine = self.engine
        self.sid = engine._new_sid()
        for name in engine._names:
            fact = encode_case(engine._chunks[name], self.facts, engine._text_facts)
            for key, value in fact.items():
                _encode(key, value)
            fact["sid"], fact["id"] = self.sid, 1
            self.opened.append(name)  # the sentinel fires on this fact: deleting the session is safe
            engine._assert(name, fact, self.run)
        return self._collect()

    def add_conclusions(self, conclusions: Iterable[tuple[str, Any]]) -> set[str]:
        engine = self.engine
        for conclusion, value in conclusions:
            for name in engine._routes.get(conclusion, ()):
                fact = {"sid": self.sid, "id": self.next_id, "t": CONCLUSION_TAG, "n": conclusion,
                        "v": _encode(conclusion, value)}
                self.next_id += 1
                engine._assert(name, fact, self.run)
        return self._collect()

    def _collect(self) -> set[str]:
        fired = set(self.run.fired)
        self.run.fired.clear()
        return fired

    def close(self) -> None:
        engine = self.engine
        try:
            if engine._poisoned:
                # A failed assert may leave a session in which no action ran; deleting it can
                # crash. Abandon these rulesets whole and build fresh ones.
                engine._finalizer.detach()
                engine._build()
            else:
                for name in self.opened:
                    engine._host.delete_state(name, self.sid)
        finally:
            if self.sid:
                engine._live.discard(sid_hash(self.sid))
            self.opened.clear()


def _delete_rulesets(handles: list[int]) -> None:
    with _LOCK:
        for handle in handles:
            try:
                _native.delete_ruleset(handle)
            except Exception:  # pragma: no cover - nothing to do about a failed free
                pass
