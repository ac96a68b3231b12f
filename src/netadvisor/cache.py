"""A cache on disk for what is slow to work out from a rule base and depends on nothing else: its outcome tables.

Building the outcome tables of the packaged rules takes about a sixth of a second: the rules are run once for
every row. That is most of what a command such as ``netadvisor advise`` spends after its imports, every time it
starts. The tables depend only on the rule files and on netadvisor's own code, so they are kept in a file named
after both and read back by the next process that needs them (and by every worker of a process pool).

Where: ``$NETADVISOR_CACHE_DIR`` if set (an empty value turns the cache off), else ``$XDG_CACHE_HOME/netadvisor``,
else ``~/.cache/netadvisor``. A cache that cannot be read or written is never an error: the value is worked out
again, as without a cache. A file is written whole or not at all (written beside, then renamed), so processes
that start together do not read each other's half-written files.

The files are pickles, read only from the user's own cache folder: whoever can write there can already change
what the user's Python runs (as for the caches of black or jedi). Each file's name carries a digest of every
source file of the package, so a changed netadvisor never reads tables an older one wrote, nor one
run by another Python or another pydantic.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pydantic
import yaml

CACHE_DIR_VARIABLE = "NETADVISOR_CACHE_DIR"
KEPT_PER_KIND = 16
"""How many files of one kind the cache keeps (rule bases being edited, older netadvisors); the oldest go first."""

_PACKAGE = Path(__file__).resolve().parent
_code_digest: str | None = None

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder cached files go to, or None when the cache is turned off (see the module's docstring)."""
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "netadvisor"


def code_digest() -> str:
    """A digest of what any cached value was worked out by: every Python file of the installed package, and the
    versions of Python, pydantic and PyYAML (a rule base is pydantic models read by PyYAML)."""
    global _code_digest  # computed once per process: the package does not change under a running program
    if _code_digest is None:
        digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0{yaml.__version__}\0".encode())
        for source in sorted(_PACKAGE.rglob("*.py")):
            digest.update(source.relative_to(_PACKAGE).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
        _code_digest = digest.hexdigest()[:16]
    return _code_digest


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The value ``build()`` returns, read from the cache file for ``kind`` and ``key`` when there is one.

    Args:
        kind: what is cached ("outcome-tables"), part of the file's name.
        key: a digest of everything the value depends on besides netadvisor's code (a rule base's version).
        build: works the value out; its result must pickle.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    file = folder / f"{kind}-{key}-{code_digest()}.pickle"
    try:
        with file.open("rb") as stored:
            value: T = pickle.load(stored)  # noqa: S301 - the user's own cache folder (see the module's docstring)
        return value
    except Exception:  # noqa: BLE001, S110 - missing, unreadable or from another Python: work it out again
        pass
    value = build()
    _store(folder, kind, file, value)
    return value


def _store(folder: Path, kind: str, file: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=file.name, suffix=".partial")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except BaseException:
            os.unlink(temporary)
            raise
        _prune(folder, kind)
    except Exception:  # noqa: BLE001, S110 - a read-only or full disk: the value is simply not kept
        pass


def _prune(folder: Path, kind: str) -> None:
    """Remove all but the newest :data:`KEPT_PER_KIND` files of ``kind``: every edit of a rule file, and every
    new netadvisor, writes new ones."""
    files = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda file: file.stat().st_mtime, reverse=True)
    for old in files[KEPT_PER_KIND:]:
        old.unlink(missing_ok=True)
