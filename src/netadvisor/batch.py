"""Advice for many cases: a folder of case files or a JSON Lines file, one JSON record per case.

Cases are spread over worker processes (durable_rules holds the GIL, so threads would not help). An
invalid case gives an error record for that case and the batch goes on. Records come out in input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CaseError, NetadvisorError

_WORKER: Any = None


@dataclass(frozen=True, slots=True)
class Item:
    """One case of a batch: where it came from, and its data (or why it could not be read)."""

    source: str
    data: Any = None
    problem: str | None = None
    path: str | None = None  # a case file, read in the worker


def items(path: Path) -> Iterator[Item]:
    """The cases at ``path``: each *.yaml / *.yml / *.json file of a folder, or each line of a .jsonl file."""
    if path.is_dir():
        for file in sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml", ".json")):
            yield Item(source=file.name, path=str(file))
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Item(source=f"{path.name}:{number}", data=json.loads(line))
            except json.JSONDecodeError as error:
                yield Item(source=f"{path.name}:{number}", problem=f"not JSON: {error.msg} (column {error.colno})")


def _start(rules: str | None, lang: str) -> None:
    global _WORKER
    from .advisor import Advisor

    _WORKER = (Advisor.from_path(rules) if rules else Advisor(), lang)


def _one(item: Item) -> dict[str, Any]:
    from .casefile import load_case_file

    advisor, lang = _WORKER
    if item.problem is not None:
        return {"source": item.source, "error": {"kind": "input", "problems": [{"message": item.problem}]}}
    try:
        case = load_case_file(item.path) if item.path else item.data
        advice = advisor.advise(case, lang=lang)
    except CaseError as error:
        return {"source": item.source, "error": {"kind": "case", "problems": [
            {"path": p.path, "message": p.message, "expected": p.expected, "line": p.line, "column": p.column}
            for p in error.problems]}}
    except NetadvisorError as error:
        return {"source": item.source, "error": {"kind": "engine", "problems": [{"message": str(error)}]}}
    return {"source": item.source, "advice": json.loads(advice.model_dump_json())}


def run(path: Path, rules: str | None, lang: str, jobs: int | None = None,
        progress: Callable[[int, int], None] | None = None) -> Iterator[dict[str, Any]]:
    """One record per case, in input order: ``{"source", "advice"}`` or ``{"source", "error"}``."""
    batch = list(items(path))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(batch) or 1))
    # spawn: each worker starts clean and loads its own rules and engine; nothing of the caller's state is copied
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start,
                             initargs=(rules, lang)) as pool:
        for done, record in enumerate(pool.map(_one, batch, chunksize=max(1, len(batch) // (workers * 8))), 1):
            if progress:
                progress(done, len(batch))
            yield record
