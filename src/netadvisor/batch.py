"""Advice for many cases: a folder of case files or a JSON Lines file, one JSON record per case.

Cases are spread over worker processes (durable_rules holds the GIL, so threads would not help). Every
case gives exactly one record, in input order: its advice, or an error record saying why not (a line
that is not UTF-8 or not JSON, nested too deeply, a number too large, an invalid case); the batch goes
on. Blank lines of a JSON Lines file hold no case: they are skipped and counted. The input is streamed:
only a bounded number of cases is read ahead of the records written, whatever the size of the file.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import pickle
import signal
import stat
import threading
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .advice import Advice
from .errors import CaseError, CaseProblem, EngineError, NetadvisorError
from .messages import JSON_LEADING_ZERO, found_words, json_problem, os_reason
from .text import Language, Text, check_language
from .vocabulary import ENGINE_CHOICES, EngineChoice
from .yamlsource import MAX_BYTES

MAX_LINE_BYTES = MAX_BYTES  # one line holds one case: as large as a case file may be
CASE_FILE_SUFFIXES = (".yaml", ".yml", ".json")
_BOM = b"\xef\xbb\xbf"
_CHUNK_MAX = 32  # cases per task once the batch is under way (fewer round trips between processes)
_AHEAD_PER_WORKER = 4  # tasks in flight per worker: the bound on what is read ahead

_WORKER: Any = None


@dataclass(frozen=True, slots=True)
class Item:
    """One case of a batch: where it came from, and what the worker is to read (or why it cannot)."""

    source: str
    line: bytes | None = None  # one line of a JSON Lines file, decoded and parsed in the worker
    number: int = 0  # the number of that line in its file
    path: str | None = None  # a case file, read in the worker
    problem: str | None = None  # why there is nothing to read: a case problem's code (a line too long)


class CaseStream:
    """The cases at ``path``, streamed: each case file of a folder, or each line of a JSON Lines file. A case file
    itself (``.yaml``, ``.yml``, ``.json``) is one case, as ``netadvisor advise`` reads it: a tool builder's YAML
    file was read line by line as JSON, one error a line, and a pretty-printed JSON file the same.

    Attributes:
        blank_lines: blank lines of a JSON Lines file met so far (skipped: they hold no case).
        total: the number of cases when known beforehand (a folder), else None.
    """

    def __init__(self, path: str | os.PathLike[str]):
        path = self.path = Path(path)  # (a str crashed on path.is_dir(), deep inside: a tool builder)
        self.blank_lines = 0
        self.total: int | None = None
        self._files: list[Path] | None = None
        if path.is_dir():
            self._files = sorted(p for p in path.iterdir() if p.suffix in CASE_FILE_SUFFIXES)
            self.total = len(self._files)
        elif path.suffix in CASE_FILE_SUFFIXES:
            self._files = [path]
            self.total = 1

    def __iter__(self) -> Iterator[Item]:
        if self._files is not None:
            for file in self._files:
                yield Item(source=file.name, path=str(file))
            return
        with _open_lines(self.path) as handle:
            yield from self._lines(handle)

    def _lines(self, handle: BinaryIO) -> Iterator[Item]:
        # Binary, split on b"\n" only: a raw \r inside a line does not end it (text mode would split there).
        number = 0
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            number += 1
            source = f"{self.path.name}:{number}"
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while (rest := handle.readline(MAX_LINE_BYTES + 1)) and not rest.endswith(b"\n"):
                    pass  # the rest of the line is skipped, a piece at a time
                yield Item(source=source, number=number, problem="line-too-long")
                continue
            if number == 1 and line.startswith(_BOM):  # editors on Windows begin a file with one
                line = line[len(_BOM) :]
            if not line.strip():
                self.blank_lines += 1
                continue
            yield Item(source=source, line=line, number=number)


def _open_lines(path: Path) -> BinaryIO:
    """A JSON Lines file or a pipe, opened for reading; devices and folders are refused."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise CaseError([_problem(path, "file-missing")]) from None
    except OSError as error:
        raise CaseError([_problem(path, "unreadable", os_reason(error))]) from None
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise CaseError(
            [_problem(path, "unreadable", Text("geen gewoon bestand of pijp", "not a regular file or a pipe"))]
        )
    try:
        return path.open("rb")
    except OSError as error:
        raise CaseError([_problem(path, "unreadable", os_reason(error))]) from None


def _problem(path: Path, code: str, reason: str | Text = "") -> CaseProblem:
    return CaseProblem.of(code, {"reason": reason}, file=str(path))


# --------------------------------------------------------------------------- in the worker


def _start(rules: str | None, lang: str, engine: str, parent: int) -> None:
    global _WORKER
    from .advisor import Advisor
    from .errors import DurableUnavailableWarning

    # (said once, by the process that started the workers: each worker's own went to the terminal raw, one a worker)
    warnings.simplefilter("ignore", DurableUnavailableWarning)
    # Ctrl-C reaches every process of the terminal: the parent alone decides, and ends the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with_parent, args=(parent,), daemon=True, name="netadvisor-parent-watch").start()
    _WORKER = (Advisor.from_path(rules, engine=engine) if rules else Advisor(engine=engine), lang)  # type: ignore[arg-type]


def _end_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed without a chance to end it) ends itself."""
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _error_record(
    source: str, kind: str, problems: Iterable[CaseProblem], lang: Language, line: int = 0
) -> dict[str, Any]:
    """The record of a case that got no advice: its problems in the batch's language, as the advice records are
    (a policy officer who asked for Dutch reads Dutch), each with its code, what was expected and a hint; ``line``:
    the line of a JSON Lines file the case is on, for problems that have none of their own."""
    return {
        "source": source,
        "error": {
            "kind": kind,
            "problems": [
                {
                    "path": problem.path,
                    "code": problem.code,
                    "message": problem.message_in(lang),
                    "expected": problem.expectation.pick(lang) if problem.expectation else "",
                    "hint": problem.hint.pick(lang) if problem.hint else None,
                    "line": problem.line or line or None,  # (0: not known)
                    "column": problem.column or None,
                }
                for problem in problems
            ],
        },
    }


def _input_error(
    item: Item, lang: Language, code: str, column: int = 0, path: str = "", **params: Any
) -> dict[str, Any]:
    """The record of a line that holds no case netadvisor can read (not UTF-8, not JSON, …); ``path``: the field
    where that is known."""
    problem = CaseProblem.of(code, {"column": column, **params}, path=path, line=item.number, column=column)
    return _error_record(item.source, "input", [problem], lang)


def _parse(item: Item, line: bytes, lang: Language) -> tuple[Any, dict[str, Any] | None]:
    """The case on a line, or the error record saying why there is none."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, _input_error(item, lang, "line-not-utf8", error.start + 1, byte=f"{line[error.start]:02x}")
    text = text.rstrip("\r\n")  # (a line end would put a line cut short at column 1 of the next)
    too_many_digits: list[str] = []  # (read on, so that the error can name the field: a tool builder's had none)
    try:
        case = json.loads(
            text, parse_float=_finite, parse_constant=_refused_constant, parse_int=_whole(too_many_digits)
        )
    except json.JSONDecodeError as error:
        written = _leading_zero(error)
        if written is not None:  # placed at its 0, with the number as JSON writes it
            detail = JSON_LEADING_ZERO.format(number=written.lstrip("0") or "0")
            return None, _input_error(item, lang, "line-not-json", error.colno - 1, detail=detail)
        return None, _input_error(item, lang, "line-not-json", error.colno, detail=json_problem(error.msg))
    except RecursionError:
        return None, _input_error(item, lang, "line-too-deep")
    except _NotFinite as error:
        number = error.args[0]
        column = text.find(number) + 1 or 0  # (the first place it is written)
        return None, _input_error(item, lang, "line-number-not-finite", column, number=number)
    if too_many_digits:
        number = too_many_digits[0]
        column = text.find(number) + 1 or 0
        return None, _input_error(item, lang, "line-number-too-large", column, path=_path_of(case, number))
    if not isinstance(case, dict):
        return None, _input_error(item, lang, "line-not-object", found=found_words(case))
    return case, None


def _whole(too_many_digits: list[str]) -> Callable[[str], Any]:
    """A reader of a line's whole numbers that keeps one with more digits than Python turns into a number (4,300,
    ``sys.get_int_max_str_digits``) as written, and notes it in ``too_many_digits``."""

    def read(text: str) -> Any:
        try:
            return int(text)
        except ValueError:
            too_many_digits.append(text)
            return text

    return read


def _path_of(case: Any, number: str) -> str:
    """The field a line's case holds ``number`` in, as a problem names it (``governance.partner_count``,
    ``partners[0].name``); "" where it is the case itself. Breadth first, without recursion: a line may be nested
    as deep as the JSON reader goes."""
    waiting: deque[tuple[Any, str]] = deque([(case, "")])
    while waiting:
        value, path = waiting.popleft()
        if value is number:
            return path
        if isinstance(value, dict):
            waiting.extend((item, f"{path}.{key}" if path else str(key)) for key, item in value.items())
        elif isinstance(value, list):
            waiting.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
    return ""


class _NotFinite(ValueError):
    """A number on a line that is no finite number (``1e400``, ``NaN``, ``Infinity``): read, it would be
    "het getal inf"."""


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NotFinite(text)
    return number


def _refused_constant(text: str) -> float:
    raise _NotFinite(text)  # NaN, Infinity and -Infinity: Python's JSON reader takes them, JSON does not


_ASCII_DIGITS = frozenset("0123456789")
"""The digits a JSON number is written in (``str.isdigit`` takes "²" too)."""


def _leading_zero(error: json.JSONDecodeError) -> str | None:
    """The number as written (``010``) when the reader stopped just after its leading 0 (it reads 0, then wants a
    comma); else None."""
    text, at = error.doc, error.pos
    if not (
        error.msg.startswith("Expecting ',' delimiter")
        and 0 < at < len(text)
        and text[at] in _ASCII_DIGITS
        and text[at - 1] == "0"
        and (at < 2 or not (text[at - 2] in _ASCII_DIGITS or text[at - 2] in ".eE+"))
    ):
        return None
    end = at
    while end < len(text) and text[end] in _ASCII_DIGITS:
        end += 1
    return text[at - 1 : end]


def _one(item: Item) -> dict[str, Any]:
    from .casefile import read_case_file

    advisor, lang = _WORKER
    if item.problem is not None:
        return _input_error(item, lang, item.problem, limit=MAX_LINE_BYTES)
    try:
        # the advice each case gets alone: a line's "weet niet" answers are read by advise() from its mapping, a
        # file's here (a batch of a folder had asked what `netadvisor advise` held back for them)
        not_known: frozenset[str] = frozenset()
        if item.line is not None:
            case, error_record = _parse(item, item.line, lang)
            if error_record is not None:
                return error_record
        else:
            case, not_known = read_case_file(item.path)  # type: ignore[arg-type]
        advice = advisor.advise(case, lang=lang, not_known=not_known)
        return {"source": item.source, "advice": json.loads(advice.model_dump_json())}
    except CaseError as error:
        return _error_record(item.source, "case", error.problems, lang, item.number)
    except NetadvisorError as error:
        return {"source": item.source, "error": {"kind": "engine", "problems": [{"message": str(error)}]}}
    except RecursionError:
        return _input_error(item, lang, "line-too-deep")
    except Exception as error:  # noqa: BLE001 - a bug: this case gets its record, the batch goes on
        return {
            "source": item.source,
            "error": {"kind": "internal", "problems": [{"message": f"{type(error).__name__}: {error}"}]},
        }


def _many(items: list[Item]) -> list[dict[str, Any]]:
    return [_one(item) for item in items]


def _advise_each(cases: list[Any]) -> list[Any]:
    """In a worker: the advice for each case of memory, or the netadvisor error that stood in its way."""
    from .casefile import CaseFile

    advisor, lang = _WORKER
    out: list[Any] = []
    for case in cases:
        if isinstance(case, NetadvisorError):  # refused in the parent, where it could not be sent (see _sendable)
            out.append(case)
            continue
        try:
            if isinstance(case, CaseFile):  # a case with the facts it answers "weet niet" (read_case_file)
                out.append(advisor.advise(case.case, lang=lang, not_known=case.not_known))
                continue
            out.append(advisor.advise(case, lang=lang))
        except NetadvisorError as error:  # every netadvisor error crosses back to the parent whole
            out.append(error)
    return out


# --------------------------------------------------------------------------- in the parent


def _say_durable_unavailable(engine: str) -> None:
    """Where the workers fire the rules with the evaluator for want of durable_rules: the warning an
    :class:`~netadvisor.Advisor` gives, once, at the caller's line (the workers do not say it)."""
    from .advisor import falls_back_to_evaluator
    from .errors import warn_durable_unavailable

    if falls_back_to_evaluator(engine):
        warn_durable_unavailable()


def advise_stream(
    path: str | os.PathLike[str],
    rules: str | Path | None = None,
    lang: Language = "nl",
    jobs: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    engine: EngineChoice = "auto",
    cases: CaseStream | None = None,
) -> Generator[dict[str, Any], None, None]:
    """One record per case, in input order: ``{"source", "advice"}`` or ``{"source", "error"}``.

    Closing the iterator (or an exception, such as an interrupt, while it is consumed) ends the worker
    processes at once.

    Args:
        path: a folder of case files, a JSON Lines file, or one case file (a ``str`` or a path).
        rules: a rule file or folder (default: the packaged rules), as for :func:`advise_many`.
        lang: the language of the advice and the error records.
        jobs: worker processes (default: every core, no more than there are cases when that is known).
        progress: called with the records done so far and the total when known.
        engine: "auto", "durable" or "evaluator", as for :class:`~netadvisor.Advisor`.
        cases: the cases to advise (default ``CaseStream(path)``); its ``blank_lines`` counts as it goes.

    Raises:
        CaseError: when ``path`` cannot be read at all.
        EngineError: when a worker process ends without giving its records: a crash, or a script that calls this
            at its top level instead of under ``if __name__ == "__main__":`` (each worker imports the script).
    """
    _say_durable_unavailable(engine)
    cases = cases if cases is not None else CaseStream(path)
    pulled = iter(items(cases))
    workers = max(1, min(jobs or os.cpu_count() or 1, cases.total or jobs or os.cpu_count() or 1))
    # spawn: each worker starts clean and loads its own rules and engine; nothing of the caller's state is copied
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        # (a path as text: what advise_many takes, this takes; a tool builder's Path was refused by the type checker)
        initargs=(None if rules is None else str(rules), lang, engine, os.getpid()),
    )
    try:
        done = 0
        for records in _in_order(pool, _chunks(pulled), workers * _AHEAD_PER_WORKER):
            for record in records:
                done += 1
                if progress:
                    progress(done, cases.total)
                yield record
    finally:
        _end(pool)


def advise_many(
    cases: Iterable[Any],
    *,
    rules: str | Path | None = None,
    lang: Language = "nl",
    jobs: int | None = None,
    engine: EngineChoice = "auto",
    progress: Callable[[int, int | None], None] | None = None,
) -> Iterator[Advice | NetadvisorError]:
    """Advice for many cases held in memory (mappings, :class:`~netadvisor.Case` or
    :class:`~netadvisor.CaseFile`), on worker processes, in order: for each case its :class:`~netadvisor.Advice`,
    or the :class:`~netadvisor.NetadvisorError` (an invalid case: :class:`~netadvisor.CaseError`) that stood in its
    way; the others go on. A mapping's "weet niet" answers are read from it; a :class:`~netadvisor.Case` has none,
    so give one with its facts answered "weet niet" as ``CaseFile(case, not_known)`` (what
    :func:`~netadvisor.read_case_file` returns).

    The cases are taken as they are needed (a generator is not read ahead by more than a few per worker).
    Closing the iterator ends the workers at once.

    Args:
        rules: a rule file or folder (default: the packaged rules), loaded once in each worker.
        jobs: worker processes (default: all cores).
        progress: called with the cases done so far (and None: the total is not known beforehand).

    Raises:
        RuleError: when the rules have mistakes (before any worker starts).
        EngineError: when a worker process ends without giving its results: a crash, or a script that calls this
            at its top level instead of under ``if __name__ == "__main__":`` (each worker imports the script).
    """
    from .advisor import packaged_rules_path
    from .loader import load_rules

    check_language(lang)  # a wrong language or engine is said here, not by every worker
    if engine not in ENGINE_CHOICES:
        raise ValueError(f"engine must be one of {', '.join(ENGINE_CHOICES)}, not {engine!r}")
    load_rules(rules or packaged_rules_path())  # rule mistakes once, here, not in every worker
    workers = max(1, jobs or os.cpu_count() or 1)
    _say_durable_unavailable(engine)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        initargs=(None if rules is None else str(rules), lang, engine, os.getpid()),
    )
    try:
        done = 0
        sendable = (_sendable(case) for case in cases)
        for results in _in_order(pool, _chunks(sendable), workers * _AHEAD_PER_WORKER, _advise_each):
            for result in results:
                done += 1
                if progress:
                    progress(done, None)
                yield result
    finally:
        _end(pool)


def _sendable(case: Any) -> Any:
    """A case as a worker process can be given it: as it is where it pickles; otherwise (a read-only
    ``MappingProxyType``, a generator or a lambda among its values) validated here, into a
    :class:`~netadvisor.CaseFile` with the facts it answers "weet niet", or the netadvisor error that refuses it,
    which the worker gives back in its place. One such case stopped the batch with pickle's TypeError, and the
    valid cases around it were lost, while ``advise()`` took the first and refused the second (a tool builder)."""
    from .case import Case, parse_case
    from .casefile import CaseFile
    from .facts import answered_not_known

    if isinstance(case, Case | CaseFile):  # (pydantic models and a named tuple of them: they pickle)
        return case
    try:
        pickle.dumps(case)
    except Exception:  # noqa: BLE001 - whatever pickling raises: TypeError, AttributeError, PicklingError, RecursionError
        try:
            parsed = parse_case(case)
        except NetadvisorError as error:
            return error
        return CaseFile(parsed, answered_not_known(parsed, case if isinstance(case, Mapping) else None))
    return case


def items(cases: Iterable[Item]) -> Iterable[Item]:
    """The items of a batch, as they are read (a seam for tests that count how far the input was read)."""
    return cases


def _chunks(items: Iterator[Any]) -> Iterator[list[Any]]:
    """Items in growing chunks: the first records come at once, later ones with fewer round trips."""
    size = 1
    while True:
        chunk = [item for _, item in zip(range(size), items, strict=False)]
        if not chunk:
            return
        yield chunk
        size = min(size * 2, _CHUNK_MAX)


def _in_order(
    pool: ProcessPoolExecutor, chunks: Iterator[list[Any]], ahead: int, work: Callable[[list[Any]], list[Any]] = _many
) -> Iterator[list[Any]]:
    """The results of each chunk, in order, with at most ``ahead`` chunks submitted and not yet given."""
    pending: deque[Future[list[Any]]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(work, chunk))
        if len(pending) >= ahead:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


def _result(future: Future[list[Any]]) -> list[Any]:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise EngineError(
            f"a worker process ended without giving its records: {str(error).rstrip('.')}. "
            'Called from a script? Put the call under `if __name__ == "__main__":`: each worker starts by '
            "importing the script (the 'spawn' start method), and a call at its top level starts workers again. "
            "Otherwise this is a crash of the worker: please report it."
        ) from None


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: cancel what has not started, terminate what is running."""
    pool.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(5)
        if process.is_alive():  # pragma: no cover - SIGTERM is not ignored by the workers
            process.kill()
