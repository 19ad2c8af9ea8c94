"""ABI stability (AOTInductor style): a checked-in record of the released C signatures.

`python -m codegen abi` compares the spec's C prototypes with abi/<library>.abi:
- a released function that disappeared, or whose prototype changed, is an error: keep the
  released one and add a new symbol (`NAME_v2`) instead;
- new functions are always allowed (listed as "added");
- `--record` rewrites the record (at a release). It refuses a breaking change unless the spec's
  abi_version was raised above the recorded one (a deliberate ABI break).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import Spec
from .targets import c_types

HEADER = "# released C ABI of {library}: abi_version {version}. Written by " \
         "`python -m codegen abi --record`; checked by `nox -s abi`.\n"


@dataclass(frozen=True)
class AbiReport:
    recorded_version: int
    removed: list[str]
    changed: list[tuple[str, str, str]]  # symbol, released prototype, current prototype
    added: list[str]

    @property
    def breaking(self) -> bool:
        return bool(self.removed or self.changed)


def record_path(root: Path, spec: Spec) -> Path:
    return root / "abi" / f"{spec.library}.abi"


def prototypes(spec: Spec) -> dict[str, str]:
    return {f.symbol: c_types.prototype(f) for f in spec.functions}


def read_record(path: Path) -> tuple[int, dict[str, str]]:
    version, protos = 0, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if "abi_version " in line:
                version = int(line.split("abi_version ", 1)[1].split(".", 1)[0])
            continue
        if line.strip():
            proto = line.strip().rstrip(";")
            symbol = proto.split("(", 1)[0].split()[-1]
            protos[symbol] = proto
    return version, protos


def compare(spec: Spec, path: Path) -> AbiReport:
    version, released = read_record(path) if path.exists() else (0, {})
    current = prototypes(spec)
    removed = sorted(s for s in released if s not in current)
    changed = sorted((s, released[s], current[s]) for s in released
                     if s in current and current[s] != released[s])
    added = sorted(s for s in current if s not in released)
    return AbiReport(version, removed, changed, added)


def describe(report: AbiReport) -> list[str]:
    lines = [f"removed: {s} (released functions are never removed; keep it)"
             for s in report.removed]
    lines += [f"changed: {s}\n  released: {old}\n  now:      {new}\n  keep the released "
              f"signature and add {s}_v2 with the new one" for s, old, new in report.changed]
    lines += [f"added: {s}" for s in report.added]
    return lines


def write_record(spec: Spec, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = HEADER.format(library=spec.library, version=spec.abi_version)
    body += "".join(f"{p};\n" for p in prototypes(spec).values())
    path.write_text(body, encoding="utf-8")
