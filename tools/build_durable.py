"""Build durable_rules from its PyPI sdist with netadvisor's patch, and install it into this Python.

    .venv/bin/python tools/build_durable.py [--sdist FILE]      (in a checkout)
    python -m netadvisor.build_durable [--sdist FILE]           (where netadvisor is installed from its wheel)

`make run` and `make test` run this before installing netadvisor, so that durable_rules imports on
Python 3.11, 3.12 and 3.13 and builds with GCC 14. The patch, its provenance and the upstream
licence are in third_party/durable_rules/; the wheel carries this script and the patch as
netadvisor/build_durable.py and beside it. The sdist is downloaded with pip (or taken from --sdist,
or from the cache, build/durable_rules/ in a checkout, when an earlier run left it there) and must
have the SHA-256 the patch names. The C code is compiled with the warnings GCC 14 treats as errors made errors here too, so a
build that passes on an older GCC also passes on GCC 14. Standard library only: it runs before
anything else is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PATCH_NAME = "durable_rules-2.0.28-netadvisor.patch"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# In a checkout: the patch in third_party/, the sdist kept in build/. In an installed wheel (netadvisor/): the patch
# beside this file, the sdist in the user's cache (a tool builder could not follow the README from the wheel alone).
IN_WHEEL = (HERE / PATCH_NAME).is_file()
PATCH = HERE / PATCH_NAME if IN_WHEEL else ROOT / "third_party" / "durable_rules" / PATCH_NAME
CACHE = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "netadvisor" / "durable_rules"
    if IN_WHEEL
    else ROOT / "build" / "durable_rules"
)
# The kinds of warning GCC 14 made errors (https://gcc.gnu.org/gcc-14/porting_to.html); as errors
# on GCC 12 or Clang they make this build fail wherever GCC 14's would.
GCC14_ERRORS = (
    "-Werror=implicit-function-declaration",
    "-Werror=implicit-int",
    "-Werror=int-conversion",
    "-Werror=incompatible-pointer-types",
)
REQUIRED_FIELDS = ("Upstream-Name", "Upstream-Version", "Sdist-File", "Sdist-SHA256", "Patched-Version")


class BuildError(Exception):
    """A step that cannot go on; the message says what to do, for the person who ran make."""


@dataclass(frozen=True)
class Hunk:
    """One hunk of a unified diff: where it starts in the old file, the lines it expects and writes."""

    old_start: int
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class FilePatch:
    """The hunks for one file, by its path inside the source tree."""

    path: str
    hunks: tuple[Hunk, ...]


@dataclass(frozen=True)
class Patch:
    """The patch file: the provenance fields of its header and the diff that follows."""

    fields: dict[str, str]
    files: tuple[FilePatch, ...]


_HUNK_HEADER = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def read_patch(path: Path) -> Patch:
    """The provenance fields (``Name: value`` lines before the diff) and the parsed diff."""
    text = path.read_text(encoding="utf-8")
    start = text.find("\n--- a/")
    if start < 0:
        raise BuildError(f"{path}: no diff found (it starts at a line '--- a/...')")
    fields = dict(re.findall(r"^([A-Z][A-Za-z0-9-]*): +(\S.*?)\s*$", text[:start], re.M))
    missing = [name for name in REQUIRED_FIELDS if name not in fields]
    if missing:
        raise BuildError(f"{path}: the header lacks {', '.join(missing)}")
    return Patch(fields, parse_diff(text[start + 1 :], str(path)))


def parse_diff(diff: str, name: str = "patch") -> tuple[FilePatch, ...]:
    """A unified diff (paths with a/ and b/ prefixes), checked for well-formed hunks."""
    lines = diff.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    files: list[FilePatch] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith("--- a/"):
            raise BuildError(f"{name}: diff line {index + 1}: expected '--- a/PATH', found {lines[index]!r}")
        if index + 1 >= len(lines) or not lines[index + 1].startswith("+++ b/"):
            raise BuildError(f"{name}: diff line {index + 2}: expected '+++ b/PATH'")
        path = lines[index][len("--- a/") :]
        if lines[index + 1][len("+++ b/") :] != path:
            raise BuildError(f"{name}: diff line {index + 2}: a patch that renames files is not expected here")
        parts = PurePosixPath(path).parts
        if PurePosixPath(path).is_absolute() or ".." in parts or not parts:
            raise BuildError(f"{name}: diff line {index + 1}: {path!r} is not a path inside the source tree")
        index += 2
        hunks: list[Hunk] = []
        while index < len(lines) and lines[index].startswith("@@"):
            match = _HUNK_HEADER.match(lines[index])
            if not match:
                raise BuildError(f"{name}: diff line {index + 1}: malformed hunk header {lines[index]!r}")
            old_count = int(match.group(2) or 1)
            new_count = int(match.group(4) or 1)
            old: list[str] = []
            new: list[str] = []
            index += 1
            while len(old) < old_count or len(new) < new_count:
                if index >= len(lines) or lines[index][:1] not in (" ", "-", "+"):
                    raise BuildError(
                        f"{name}: diff line {index + 1}: the hunk ends before its "
                        f"{old_count} old and {new_count} new lines"
                    )
                tag, body = lines[index][0], lines[index][1:]
                if tag in " -":
                    old.append(body)
                if tag in " +":
                    new.append(body)
                index += 1
            if len(old) != old_count or len(new) != new_count:
                raise BuildError(f"{name}: diff line {index}: the hunk has more lines than its header says")
            hunks.append(Hunk(int(match.group(1)), tuple(old), tuple(new)))
        if not hunks:
            raise BuildError(f"{name}: diff line {index + 1}: {path} has no hunks")
        files.append(FilePatch(path, tuple(hunks)))
    return tuple(files)


def apply_patch(files: tuple[FilePatch, ...], tree: Path) -> None:
    """Apply each hunk exactly where it says, or raise: no fuzz, no offsets, no partial result."""
    patched: dict[Path, str] = {}
    for file in files:
        target = tree / file.path
        if not target.is_file():
            raise BuildError(f"{file.path}: not in the sdist")
        text = target.read_text(encoding="utf-8")
        ends_with_newline = text.endswith("\n")
        lines = text.split("\n")
        if ends_with_newline:
            lines.pop()
        shift = 0  # lines added minus lines removed by the hunks before this one
        for hunk in file.hunks:
            at = hunk.old_start - 1 + shift
            if hunk.old_start == 0:  # a hunk that adds to an empty file
                at = 0
            found = tuple(lines[at : at + len(hunk.old)])
            if found != hunk.old:
                first = next((i for i, (a, b) in enumerate(zip(found, hunk.old, strict=False)) if a != b), len(found))
                raise BuildError(
                    f"{file.path}:{at + first + 1}: the patch does not fit this source "
                    f"(expected {hunk.old[first] if first < len(hunk.old) else 'more lines'!r}, "
                    f"found {found[first] if first < len(found) else 'the end of the file'!r})"
                )
            lines[at : at + len(hunk.old)] = hunk.new
            shift += len(hunk.new) - len(hunk.old)
        patched[target] = "\n".join(lines) + ("\n" if ends_with_newline else "")
    for target, text in patched.items():  # written only once every hunk of every file fits
        target.write_text(text, encoding="utf-8")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_sdist(fields: dict[str, str], given: Path | None, cache: Path) -> Path:
    """The sdist with the hash the patch names: the one given, a cached one, or one pip downloads."""
    expected = fields["Sdist-SHA256"].lower()
    if given is not None:
        if not given.is_file():
            raise BuildError(f"{given}: no such file")
        path = given
    else:
        path = cache / fields["Sdist-File"]
        if not (path.is_file() and sha256(path) == expected):
            path.unlink(missing_ok=True)  # pip would keep a damaged copy it finds there
            cache.mkdir(parents=True, exist_ok=True)
            requirement = f"{fields['Upstream-Name']}=={fields['Upstream-Version']}"
            print(f"durable_rules: downloading the sdist of {requirement} with pip", flush=True)
            download = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--quiet",
                    requirement,
                    "--no-deps",
                    "--no-binary",
                    fields["Upstream-Name"],
                    "--dest",
                    str(cache),
                ]
            )
            if download.returncode != 0 or not path.is_file():
                raise BuildError(
                    f"pip could not download {requirement} as {fields['Sdist-File']}; on a "
                    f"machine without network, pass a copy with --sdist FILE"
                )
    actual = sha256(path)
    if actual != expected:
        raise BuildError(
            f"{path}: SHA-256 {actual}, but the patch was made for {expected} "
            f"({fields['Sdist-File']} from PyPI); refusing to build it"
        )
    return path


def check_compiler() -> str:
    """The C compiler this Python builds extensions with, and its headers; raise when either is missing."""
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    program = shlex.split(command)[0]
    if shutil.which(program) is None:
        raise BuildError(
            f"durable_rules is C code and no C compiler was found ({program!r}, the compiler this Python "
            f"builds extensions with). Install one (Debian: apt-get install gcc) and run make again. "
            f"Without it netadvisor can still run with its plain-Python evaluator: see the README, "
            f"section durable_rules."
        )
    header = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not header.is_file():
        raise BuildError(
            f"the Python headers are missing ({header}): install them "
            f"(Debian: apt-get install python3-dev) and run make again"
        )
    return program


def extract(sdist: Path, fields: dict[str, str], into: Path) -> Path:
    """The sdist unpacked under ``into``; its top folder."""
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # refuses links and paths outside ``into`` (3.11.4 and later)
            archive.extractall(into, filter="data")
        else:  # the hash was checked, so this is the file PyPI published
            archive.extractall(into)  # noqa: S202
    top = into / fields["Sdist-File"].removesuffix(".tar.gz")
    if not (top / "setup.py").is_file():
        raise BuildError(f"{sdist}: no {top.name}/setup.py inside")
    return top


def compiler_warnings(output: str) -> list[str]:
    """The compiler's warning lines in a build log (``file:line:col: warning: ... [-Wkind]``)."""
    return sorted({match.group(0).strip() for match in re.finditer(r"\S+\.[ch]:\d+:\d+: warning: .*", output)})


def installed_version() -> str | None:
    """The version of durable_rules this Python imports, engine and all, or None when it does not import."""
    probe = subprocess.run(  # -I: from the installed packages only, not from a folder that happens to be here
        [
            sys.executable,
            "-I",
            "-c",
            ("import durable_rules_engine, durable.engine, importlib.metadata as m; print(m.version('durable_rules'))"),
        ],
        capture_output=True,
        text=True,
    )
    return probe.stdout.strip() if probe.returncode == 0 else None


def build(sdist: Path | None = None, cache: Path = CACHE, patch_file: Path = PATCH) -> str:
    """Download (or reuse) and verify the sdist, patch it, build it, install it; the installed version."""
    patch = read_patch(patch_file)
    fields = patch.fields
    compiler = check_compiler()
    source = verified_sdist(fields, sdist, cache)
    print(f"durable_rules: {source.name}, SHA-256 verified; applying {patch_file.name}", flush=True)
    with tempfile.TemporaryDirectory(prefix="netadvisor-durable-") as work:
        tree = extract(source, fields, Path(work))
        apply_patch(patch.files, tree)
        environment = dict(os.environ)
        environment["CFLAGS"] = " ".join(filter(None, [environment.get("CFLAGS", ""), *GCC14_ERRORS]))
        print(f"durable_rules: compiling with {compiler} {' '.join(GCC14_ERRORS)}", flush=True)
        # pip's verbose output holds the compiler's; it is shown whole when the build fails, and
        # summed up when it passes (setuptools' own chatter about the old setup.py is left out).
        install = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--verbose", "--no-deps", "--force-reinstall", str(tree)],
            env=environment,
            capture_output=True,
            text=True,
        )
        if install.returncode != 0:
            print(install.stdout + install.stderr, file=sys.stderr)
            raise BuildError("the patched durable_rules did not build (the compiler's output above says why)")
    warnings = compiler_warnings(install.stdout + install.stderr)
    print(
        f"durable_rules: {len(warnings)} compiler warning(s), none of a kind GCC 14 refuses"
        + "".join(f"\n    {warning}" for warning in warnings),
        flush=True,
    )
    version = installed_version()
    if version != fields["Patched-Version"]:
        raise BuildError(
            f"after the install, this Python imports durable_rules {version or 'not at all'}, "
            f"not {fields['Patched-Version']}"
        )
    return version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sdist", type=Path, help="a copy of the sdist to use instead of downloading it")
    args = parser.parse_args(argv)
    try:
        version = build(args.sdist)
    except BuildError as error:
        print(f"durable_rules: {error}", file=sys.stderr)
        return 1
    print(f"durable_rules {version} installed for Python {sys.version.split()[0]} ({sys.executable})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
