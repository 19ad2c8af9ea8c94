"""generated/tests/test_conformance.py: the spec-driven conformance suite.

One test per function runs the spec's examples; one more per function runs the bad-argument
cases derived from each argument's type (bad_cases below). Both run against every variant
through simple_torch_ffi.conformance (the harness that marshals logical values).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UnhandledTypeError
from ..model import Arg, Example, Function, Spec
from ..render import render
from ..types import Type
from ..writer import Output


def bad_cases(arg: Arg) -> list[str]:
    """Names of the hostile values every argument of this type must survive."""
    match arg.type:
        case Type.TENSOR:
            return ["zero_handle", "negative_handle", "never_issued_handle", "freed_handle",
                    "forged_handle", "foreign_table_handle"]
        case Type.SHAPE:
            return ["null_with_length", "negative_length", "negative_dim", "too_many_dims",
                    "overflowing_numel"]
        case Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY:
            return ["null_with_length", "negative_length"]
        case Type.TENSOR_ARRAY:
            return ["null_with_length", "negative_length", "stale_element"]
        case Type.TEXT:
            return ["null_text"]
        case Type.DEVICE:
            return ["device_out_of_range"]
        case Type.I64 | Type.I32 | Type.F64 | Type.F32 | Type.BOOL:
            return []
        case _:
            raise UnhandledTypeError("tests", arg.type)


def bad_result_cases(f: Function) -> list[str]:
    match f.returns:
        case Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.SHAPE:
            return ["out_null_with_length", "out_negative_length", "out_too_small"]
        case (Type.TENSOR | Type.I64 | Type.I32 | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.VOID):
            return []
        case Type.DEVICE | Type.TENSOR_ARRAY:
            return []
        case _:
            raise UnhandledTypeError("tests", f.returns)


@dataclass(frozen=True)
class TestFunction:
    name: str
    line: int
    cases: list[str]  # Python source of conformance.Case(...) calls
    bad: list[tuple[str, str]]  # (argument or "out", case name)


def _case(e: Example) -> str:
    fields = [f"line={e.line}", f"args={e.args!r}"]
    for key in ("expect", "shape", "error", "message", "when", "variant"):
        v = getattr(e, key)
        if v is not None:
            fields.append(f"{key}={v!r}")
    return "Case(" + ", ".join(fields) + ")"


def generate(spec: Spec, out: Output) -> None:
    tests = []
    for f in spec.functions:
        bad = [(a.name, c) for a in f.args for c in bad_cases(a)]
        bad += [("out", c) for c in bad_result_cases(f)]
        tests.append(TestFunction(f.name, f.line, [_case(e) for e in f.examples], bad))
    out.add("tests/test_conformance.py",
            render("tests/test_conformance.py.j2", spec=spec, tests=tests))
