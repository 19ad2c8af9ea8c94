"""python -m codegen generate [--spec spec/ffi.yaml] [--out generated] [--check]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import writer
from .errors import SpecError
from .model import Spec
from .spec import load_spec
from .targets import c_header, cpp, python, simple, tests

TARGETS = (c_header, cpp, python, simple, tests)
ROOT = Path(__file__).resolve().parent.parent


def render_all(spec: Spec) -> writer.Output:
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
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    sys.exit(main())
