"""A cache on disk for what is slow to work out from rule files and depends on nothing else.

Two things are kept: a rule base as loaded from its files, and its outcome tables (about a tenth and a sixth
of a second to work out for the packaged rules: the tables run the rules once for every row). That was most
of what a command such as ``netadvisor advise`` spent after its imports, every time it started. Both depend
only on the rule files and on netadvisor's own code, so they are kept in files named after both and read back
by the next process that needs them (and by every worker of a process pool).

Where: ``$NETADVISOR_CACHE_DIR`` if set (an empty value turns the cache off; a relative folder is taken from
the current one), else ``$XDG_CACHE_HOME/netadvisor``, else ``~/.cache/netadvisor`` (none when there is no home
folder). A cache that cannot be read or written is never an error: the value is worked out again, as without a
cache. A file is written whole or not at all (written beside, then renamed), so processes that start together
do not read each other's half-written files.

Each file is the sha256 of a pickle, then the pickle: a damaged file is worked out again, never used. A value
read back is checked to be the one asked for (the tables are stored with the rule base they are for, and
compared with it), so a rule base changed in code never gets another's tables. The files are read only from
the user's own cache folder: whoever can write there can already change what the user's Python runs (as for
the caches of black or jedi); and only files the user owns and no one else can write (a folder shared by
several users, set with ``$NETADVISOR_CACHE_DIR``, gives each their own files). Each file's name carries a digest of every source file of the package and of the
versions of Python, pydantic and PyYAML, so a changed netadvisor never reads what an older one wrote.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

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
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "netadvisor"
    home = Path(os.path.expanduser("~"))
    # no home folder (a service account, HOME=/nonexistent): no cache, rather than a home folder made for it
    return home / ".cache" / "netadvisor" if home.is_dir() else None


def code_digest() -> str:
    """A digest of what any cached value was worked out by: every Python file of the installed package, which of its
    modules are compiled, and the versions of Python, pydantic and PyYAML (a rule base is pydantic models read by
    PyYAML)."""
    global _code_digest  # computed once per process: the package does not change under a running program
    if _code_digest is None:
        digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0{yaml.__version__}\0".encode())
        for source in sorted(_PACKAGE.rglob("*.py")):
            digest.update(source.relative_to(_PACKAGE).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
        # the modules the compiled wheel runs compiled (tools/build_compiled.py), by name: what it keeps is its own,
        # not read by the sources, nor theirs by it (their objects are made by other classes)
        # (beside the sources, where mypyc puts them: not a walk of the whole package, rules and all, at every start)
        for compiled in sorted(path for path in _PACKAGE.iterdir() if path.suffix in (".so", ".pyd")):
            digest.update(compiled.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        _code_digest = digest.hexdigest()[:16]
    return _code_digest


def cached(kind: str, key: str, build: Callable[[], T], fits: Callable[[Any], bool]) -> T:
    """The value ``build()`` returns, read from the cache file for ``kind`` and ``key`` when there is one.

    A file that is damaged (its checksum does not match), cannot be read, or holds a value ``fits`` refuses, is
    treated as missing: the value is worked out and the file replaced. So the key only finds a value; ``fits``
    proves it is the right one.

    Args:
        kind: what is cached ("outcome-tables"), part of the file's name.
        key: a digest of everything the value depends on besides netadvisor's code (the rule files).
        build: works the value out; its result must pickle.
        fits: whether a value read back is what ``build()`` would give (its type, the rule base it is for).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    file = folder / f"{kind}-{key}-{code_digest()}.pickle"
    found = _read(file)
    if found is not _MISSING and fits(found):
        return cast(T, found)
    value = build()
    _store(folder, kind, file, value)
    return value


_MISSING = object()


def _read(file: Path) -> object:
    """The value in ``file``, or ``_MISSING`` when there is none that is whole."""
    try:
        if not _own(file):
            return _MISSING
        stored = file.read_bytes()
        checksum, payload = stored[:_CHECKSUM_SIZE], stored[_CHECKSUM_SIZE:]
        if hashlib.sha256(payload).digest() != checksum:
            return _MISSING
        return pickle.loads(payload)  # noqa: S301 - the user's own cache folder (see the module's docstring)
    except Exception:  # noqa: BLE001 - missing, unreadable or from another Python: worked out again
        return _MISSING


_CHECKSUM_SIZE = 32  # a file is the sha256 of its pickle, then the pickle


def _own(file: Path) -> bool:
    """Whether ``file`` is the user's own and only they can write it (where the system has owners: POSIX). A
    pickle runs code as it is read: one that another user put or could change in a cache folder they share
    (``$NETADVISOR_CACHE_DIR`` on a shared disk) is worked out again instead (a tool builder's review)."""
    if not hasattr(os, "getuid"):
        return True
    status = file.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _store(folder: Path, kind: str, file: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=file.name, suffix=".partial")
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(payload).digest() + payload)
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
