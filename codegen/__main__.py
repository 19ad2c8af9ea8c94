"""python -m codegen generate [--spec spec/ffi.yaml] [--out generated] [--check]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import abi, roles, writer
from .errors import SpecError
from .model import Spec
from .spec import load_spec
from .targets import c_header, cmake, cpp, docs, python, schema, simple, tests, word_lane

TARGETS = (c_header, cpp, python, simple, word_lane, tests, docs, schema, cmake)
ROOT = Path(__file__).resolve().parent.parent


def render_all(spec: Spec) -> writer.Output:
    roles.require_core(spec)
    out = writer.Output(spec.hash)
    for target in TARGETS:
        target.generate(spec, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="render generated/ from the spec")
    gen.add_argument("--spec", type=Path, default=ROOT / "spec" / "ffi.yaml")
    gen.add_argument("--out", type=Path, default=ROOT / "generated")
    gen.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 with a diff if generated/ is out of date")
    gen.add_argument("--quiet", action="store_true")
    abi_cmd = sub.add_parser("abi", help="check the spec against the released ABI record")
    abi_cmd.add_argument("--spec", type=Path, default=ROOT / "spec" / "ffi.yaml")
    abi_cmd.add_argument("--root", type=Path, default=ROOT)
    abi_cmd.add_argument("--record", action="store_true",
                         help="write the current prototypes as the released ABI")
    args = parser.parse_args(argv)
    if args.command == "abi":
        return _abi(args)

    started = time.perf_counter()
    try:
        spec = load_spec(args.spec)
        output = render_all(spec)
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.check:
        d = writer.diff(output, args.out)
        if d:
            sys.stdout.write(d)
            print(f"\n{args.out} is out of date with {args.spec}: run `nox -s generate` "
                  "(or `python -m codegen generate`)", file=sys.stderr)
            return 1
        if not args.quiet:
            print(f"{args.out}: up to date ({len(output.files)} files, spec hash {spec.hash})")
        return 0
    result = writer.write(output, args.out)
    if not args.quiet:
        ms = (time.perf_counter() - started) * 1000
        print(f"{args.out}: {len(result.changed)} written, {len(result.unchanged)} unchanged, "
              f"{len(result.stale)} removed ({len(spec.functions)} functions, spec hash "
              f"{spec.hash}, {ms:.0f} ms)")
        for rel in result.changed:
            print(f"  wrote {rel}")
    return 0


def _abi(args: argparse.Namespace) -> int:
    try:
        spec = load_spec(args.spec)
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    path = abi.record_path(args.root, spec)
    report = abi.compare(spec, path)
    for line in abi.describe(report):
        print(line)
    if args.record:
        if report.breaking and spec.abi_version <= report.recorded_version:
            print(f"error: refusing to record a breaking change at abi_version "
                  f"{spec.abi_version}: raise abi_version in the spec first", file=sys.stderr)
            return 1
        abi.write_record(spec, path)
        print(f"recorded {len(spec.functions)} functions in {path}")
        return 0
    if report.breaking:
        print(f"error: the spec breaks the released ABI in {path} (see above)", file=sys.stderr)
        return 1
    print(f"ABI compatible with {path} ({len(report.added)} functions added since)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
