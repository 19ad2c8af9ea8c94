"""generated/tests/test_conformance.py: the spec-driven conformance suite.

One test per function runs the spec's examples; one more per function runs the bad-argument
cases derived from each argument's type (bad_cases below). Both run against every variant
through simple_torch_ffi.conformance (the harness that marshals logical values).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import examples
from ..model import Arg, Example, Function, Spec, Value
from ..render import render
from ..tables import TypeTable
from ..types import (
    BOOL,
    DEVICE,
    DIM,
    DTYPE,
    F32,
    F64,
    I32,
    I64,
    TENSOR,
    TEXT,
    U8,
    VOID,
    Array,
    Optional,
)
from ..writer import Output


@dataclass(frozen=True)
class TestRow:
    """The conformance facts of one logical type: the hostile values an argument of it must
    survive, and those of a result's output buffer (each names a case of the harness,
    tests/support/stf_conformance.py, which knows the value and the error it must give)."""

    hostile: tuple[str, ...]
    hostile_result: tuple[str, ...]
    errors: tuple[str, ...]  # the error kinds an argument of this type can cause
    valid: Value  # a valid value (what the other arguments get in a hostile case)


_HANDLE = ("zero_handle", "negative_handle", "never_issued_handle", "freed_handle",
           "forged_handle", "foreign_table_handle")
_ARRAY = ("null_with_length", "negative_length")
_BAD = ("invalid_argument",)
_OUT = ("out_null_with_length", "out_negative_length", "out_too_small")

TABLE: TypeTable[TestRow] = TypeTable("tests", {
    TENSOR: TestRow(_HANDLE, (), ("invalid_handle",),
                    [[1.0, 2.0], [3.0, 4.0]]),
    # 0 is none (valid); every other bad handle is refused as for tensor
    Optional(TENSOR): TestRow(_HANDLE[1:], (), ("invalid_handle",),
                              [[1.0, 2.0], [3.0, 4.0]]),
    I64: TestRow((), (), (),
                 0),
    I32: TestRow((), (), (),
                 0),
    F64: TestRow((), (), (),
                 1.0),
    F32: TestRow((), (), (),
                 1.0),
    BOOL: TestRow((), (), (),
                  False),
    TEXT: TestRow(("null_text",), (), _BAD,
                  "x"),
    DEVICE: TestRow(("device_out_of_range",), (), _BAD,
                    -1),
    DTYPE: TestRow(("unknown_dtype_code",), (), _BAD,
                   "float32"),
    Array(U8): TestRow(_ARRAY, _OUT, _BAD,
                       [0, 0, 128, 63]),
    VOID: TestRow((), (), (),
                  None),
    Array(DIM): TestRow(_ARRAY + ("negative_dim", "too_many_dims", "overflowing_numel"), _OUT,
                       _BAD,
                        [2, 2]),
    Array(I64): TestRow(_ARRAY, _OUT, _BAD,
                        [1]),
    Array(F64): TestRow(_ARRAY, _OUT, _BAD,
                        [1.0, 2.0]),
    Array(F32): TestRow(_ARRAY, _OUT, _BAD,
                        [1.0, 2.0, 3.0, 4.0]),
    Array(BOOL): TestRow(_ARRAY + ("non_bool_element",), _OUT, _BAD,
                         [True, False, True, True]),
    Array(TENSOR): TestRow(_ARRAY + ("stale_element",), _OUT, _BAD + ("invalid_handle",),
                           [[[1.0, 2.0]], [[3.0, 4.0]]]),
})


def bad_cases(arg: Arg) -> list[str]:
    """Names of the hostile values every argument of this type must survive."""
    return list(TABLE[arg.type].hostile)


def bad_result_cases(f: Function) -> list[str]:
    return list(TABLE[f.returns].hostile_result)


@dataclass(frozen=True)
class TestFunction:
    name: str
    line: int
    cases: list[str]  # Python source of conformance.Case(...) calls
    bad: list[tuple[str, str]]  # (argument or "out", case name)


def _case(spec: Spec, f: Function, e: Example) -> str:
    """A conformance.Case; an `expect` the generator can compute comes with its value
    (codegen.examples), so only machine-dependent expressions are evaluated by the harness."""
    fields = [f"line={e.line}", f"args={e.args!r}"]
    for key in ("expect", "shape", "error", "message", "when", "variant"):
        v = getattr(e, key)
        if v is not None:
            fields.append(f"{key}={v!r}")
    ok, value = examples.evaluate(spec, f, e)
    if ok:
        fields.append(f"value={examples.literal(examples.plain(value))}, has_value=True")
    return "Case(" + ", ".join(fields) + ")"


def generate(spec: Spec, out: Output) -> None:
    tests = []
    for f in spec.functions:
        bad = [(a.name, c) for a in f.args for c in bad_cases(a)]
        bad += [("out", c) for c in bad_result_cases(f)]
        tests.append(TestFunction(f.name, f.line, [_case(spec, f, e) for e in f.examples], bad))
    types = sorted({a.type for f in spec.functions for a in f.args}, key=lambda t: t.value)
    valid = {t.value: TABLE[t].valid for t in types}
    out.add("tests/test_conformance.py",
            render("tests/test_conformance.py.j2", spec=spec, tests=tests, valid=valid))
