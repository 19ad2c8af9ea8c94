"""The one place that writes generated files.

Everything is rendered in memory first; only then does anything touch the disk, so a failing
target writes nothing. Each file gets a stamp naming the spec and its hash; a file is replaced
atomically and only when its content changed (so an unchanged spec rebuilds nothing).
"""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

STAMP_MARK = "generated from spec/ffi.yaml"

_COMMENT = {".h": "//", ".cpp": "//", ".c": "//", ".py": "#", ".pyi": "#", ".spl": "#",
            ".txt": "#", ".cmake": "#", ".sdn": "#"}


def stamp(path: str, spec_hash: str) -> str:
    """The first line(s) every generated file starts with."""
    text = f"{STAMP_MARK} by `python -m codegen generate`; do not edit. spec hash {spec_hash}"
    suffix = Path(path).suffix
    if suffix == ".json":  # JSON has no comments: the stamp is a "$comment" member
        return ""
    if suffix == ".md":
        return f"<!-- {text} -->\n"
    if suffix not in _COMMENT:
        raise ValueError(f"the writer does not know how to stamp {path!r}")
    return f"{_COMMENT[suffix]} {text}\n"


@dataclass
class Output:
    """The rendered tree: relative path -> content."""

    spec_hash: str
    files: dict[str, str] = field(default_factory=dict)

    def add(self, path: str, body: str) -> None:
        if path in self.files:
            raise ValueError(f"two targets render {path!r}")
        if not body.endswith("\n"):
            body += "\n"
        if path.endswith(".json"):
            if not body.startswith("{\n"):
                raise ValueError(f"{path!r}: a generated JSON file must be an object")
            text = f"{STAMP_MARK} by `python -m codegen generate`; do not edit. spec hash " \
                   f"{self.spec_hash}"
            body = '{\n  "$comment": "' + text + '",\n' + body[2:]
        self.files[path] = stamp(path, self.spec_hash) + body


@dataclass(frozen=True)
class Plan:
    changed: list[str]
    unchanged: list[str]
    stale: list[str]  # generated files on disk that the spec no longer produces

    @property
    def clean(self) -> bool:
        return not self.changed and not self.stale


def plan(output: Output, root: Path) -> Plan:
    changed, unchanged = [], []
    for rel, content in sorted(output.files.items()):
        p = root / rel
        if p.is_file() and p.read_text(encoding="utf-8") == content:
            unchanged.append(rel)
        else:
            changed.append(rel)
    stale = sorted(rel for rel in _stamped_files(root) if rel not in output.files)
    return Plan(changed, unchanged, stale)


def _stamped_files(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    found = []
    for p in root.rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts:
            try:
                with p.open(encoding="utf-8") as fh:
                    head = fh.readline()
            except (UnicodeDecodeError, OSError):
                continue
            if STAMP_MARK in head or (p.suffix == ".json" and STAMP_MARK in _second_line(p)):
                found.append(p.relative_to(root).as_posix())
    return found


def _second_line(p: Path) -> str:
    """The second line of a file (where a JSON stamp lives)."""
    with p.open(encoding="utf-8") as fh:
        fh.readline()
        return fh.readline()


def write(output: Output, root: Path) -> Plan:
    """Write changed files atomically, delete stale generated files; return what happened."""
    result = plan(output, root)
    for rel in result.changed:
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(output.files[rel])
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    for rel in result.stale:
        (root / rel).unlink()
    return result


def diff(output: Output, root: Path) -> str:
    """A unified diff from what is on disk to what the spec renders."""
    chunks: list[str] = []
    result = plan(output, root)
    for rel in result.changed:
        p = root / rel
        old = p.read_text(encoding="utf-8").splitlines(keepends=True) if p.is_file() else []
        new = output.files[rel].splitlines(keepends=True)
        chunks.extend(difflib.unified_diff(old, new, f"a/{rel}", f"b/{rel}"))
    for rel in result.stale:
        chunks.append(f"--- a/{rel}\n+++ /dev/null\n(stale: no longer generated)\n")
    return "".join(chunks)
