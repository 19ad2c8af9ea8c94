"""Lowering of logical types to the Simple language (Tiers 2 and 3 and the Simple spec file).

One table, TABLE, holds every fact the Simple target needs about a logical type (one frozen
SimpleRow per type); lowering is a lookup, and a type without a row fails generation
(UnhandledTypeError) naming the type and the target.

Tier 2 (`extern fn`): Simple sees arrays whole (`[i64]`, `[f64]`) and array results as return
values; the Simple runtime marshals them to the C pointer + length / caller-buffer convention of
c_types. Tier 3 (mod.spl): tensors are `Tensor` objects (see codegen/targets/simple.py); the pure
fallbacks of lib.pure.tensor take `PureTensor<f64>` where the ABI takes a tensor handle.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from ..errors import UnhandledTypeError
from ..model import Function, Value
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
    Type,
)

TENSOR_CLASS = "Tensor"
PURE_TENSOR_TYPE = "PureTensor<f64>"
# mod.spl helpers for [Tensor] arguments (emitted only when a function takes one; their code
# is in templates/simple/mod.spl.j2)
HANDLES_HELPER = "tensor_handles"
PURE_VALUES_HELPER = "pure_values"
ALL_BACKEND_HELPER = "all_backend"
DTYPE_CODE_HELPER = "dtype_code"  # dtype name -> ABI code (-1 for an unknown name)
DTYPE_NAME_HELPER = "dtype_name"  # ABI code -> dtype name

# How a Tier-3 wrapper returns a result of the type: a Tensor made from a handle, nothing, or
# the native value itself (the sentinel when it cannot make the call).
# "optional" is a handle that may be none: 0 with last_error_kind() ok is Tensor.none().
ResultKind = Literal["handle", "optional", "void", "value"]
# How many Tensors a Tier-3 value of the type is made of.
TensorCount = Literal["none", "one", "many"]
# A Simple check of a result `got` against a computed value: lines, or None when Simple cannot
# state the value.
ValueCheck = Callable[[str, Any], "list[str] | None"]
# The Simple checks after a failed call: (got, function, the error message) -> lines.
ErrorCheck = Callable[[str, Function, str], "list[str]"]
# An example argument: (argument name, spec value) -> (tensors to build first as (name, values),
# the Simple expression of the argument).
ExampleArg = Callable[[str, Value], "tuple[list[tuple[str, Value]], str]"]


@dataclass(frozen=True)
class SimpleRow:
    """The Simple facts of one logical type. Patterns use `{x}` for the value's expression."""

    tier2: str  # the `extern fn` type ("" for void)
    tier3: str  # the mod.spl API type
    pure: str  # the type a pure-Simple fallback (lib.pure.tensor) takes or returns
    result: ResultKind | None  # how a function with this result is wrapped; None: no result
    tensors: TensorCount  # how many Tensors a Tier-3 value holds (none: it has no backend)
    native_arg: str | None  # the Tier-2 argument made from a Tier-3 value; None: no argument
    pure_arg: str | None  # the pure-fallback argument made from a Tier-3 value
    backend_test: str | None  # condition: every Tensor in {x} has backend {backend}
    passthrough: tuple[str, ...]  # statements returning the first failed Tensor in {x}; a
    #                               list loops with the variable {item}
    cpu_test: str | None  # condition: the value selects the CPU (a device code); None: it can't
    helpers: tuple[str, ...]  # mod.spl helper functions a value of this type needs
    from_native: str  # the Tier-3 value of a native result {x} (e.g. a dtype code -> its name)
    sentinel: Callable[[Function], str] | None  # the Tier-3 value of a call that cannot be made
    literal: Callable[[Value], str] | None  # the Simple literal of a spec value (a default)
    example: ExampleArg  # how an example argument of this type is written in torch_spec.spl
    check: ValueCheck | None  # torch_spec.spl: a result against its computed value
    ok_check: tuple[str, ...]  # torch_spec.spl: a successful result of this type ({got})
    error_check: ErrorCheck | None  # torch_spec.spl: the result of a failed call

    @property
    def holds_tensors(self) -> bool:
        """Whether a Tier-3 value of this type is made of Tensors (and so has backends)."""
        return self.tensors != "none"


# ---- literals -------------------------------------------------------------------------------

def _int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected an integer, got {v!r}")
    return v


def _number(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"expected a number, got {v!r}")
    return float(v)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, got {value!r}")
    return value


def float_literal(x: float) -> str:
    """A Simple f64 literal: always with a decimal point, never in exponent form."""
    if not math.isfinite(x):
        raise ValueError(f"{x!r} has no Simple literal")
    s = repr(float(x))
    if "e" in s or "E" in s:
        s = f"{x:.20f}".rstrip("0")
        if s.endswith("."):
            s += "0"
    return s


def text_literal(s: str) -> str:
    """A Simple string literal for s. Plain strings interpolate `{expr}`, so text with braces
    becomes a raw string r"..." (which has no escapes, so it must not hold a quote)."""
    if "{" in s or "}" in s:
        if '"' in s or "\\" in s or "\n" in s:
            raise ValueError(f"{s!r} has braces and quotes: no Simple literal holds both")
        return f'r"{s}"'
    escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _bool_literal(v: Any) -> str:
    if not isinstance(v, bool):
        raise ValueError(f"expected a bool, got {v!r}")
    return "true" if v else "false"


def _text_literal(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError(f"expected text, got {v!r}")
    return text_literal(v)


def _i64(v: int) -> str:
    """A Simple i64 literal: INT64_MIN is written as an expression (its magnitude does not fit
    in the i64 that `-` applies to)."""
    return "(-9223372036854775807 - 1)" if v == -(2**63) else str(v)


def _int_literal(v: Any) -> str:
    return _i64(_int(v))


def _float_literal(v: Any) -> str:
    return float_literal(_number(v))


def _ints_literal(v: Any) -> str:
    return "[" + ", ".join(_i64(_int(x)) for x in _list(v)) + "]"


def _floats_literal(v: Any) -> str:
    return "[" + ", ".join(float_literal(_number(x)) for x in _list(v)) + "]"


def ints(values: Any) -> str:
    """A Simple [i64] literal of computed (numpy) integers."""
    return "[" + ", ".join(_i64(int(v)) for v in values) + "]"


# ---- sentinels (the Tier-3 value of a call that cannot be made) -----------------------------

def _int_sentinel(f: Function) -> str:
    return str(_int(f.sentinel))


def _float_sentinel(f: Function) -> str:
    if f.sentinel_is_nan:
        return "0.0 / 0.0"
    return float_literal(_number(f.sentinel))


def _bool_sentinel(f: Function) -> str:
    return "true" if f.sentinel else "false"


# ---- torch_spec.spl checks ------------------------------------------------------------------

def _f32_exact(values: list[float]) -> bool:
    return all(float(np.float32(v)) == v for v in values)


def _f64s_check(expr: str, values: list[float]) -> list[str]:
    """expect lines saying the [f64] `expr` equals values ([] when a value has no literal)."""
    if not all(math.isfinite(v) for v in values):
        return []
    values = [v + 0.0 for v in values]  # -0.0 -> 0.0
    lit = "[" + ", ".join(float_literal(v) for v in values) + "]"
    if _f32_exact(values):
        return [f"expect({expr}).to_equal({lit})"]
    return [f"expect(close_to({expr}, {lit})).to_equal(true)"]


def _tensor_check(got: str, value: Any) -> list[str]:
    arr = np.asarray(value, dtype=np.float64)
    lines = [f"expect({got}.shape()).to_equal({ints(arr.shape)})"]
    return lines + _f64s_check(f"{got}.to_data()", [float(x) for x in arr.ravel()])


def _int_check(got: str, value: Any) -> list[str] | None:
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
        return None
    return [f"expect({got}).to_equal({int(value)})"]


def _float_check(got: str, value: Any) -> list[str] | None:
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | float | np.number):
        return None
    x = float(value) + 0.0
    if not math.isfinite(x):
        return None
    if _f32_exact([x]):
        return [f"expect({got}).to_equal({float_literal(x)})"]
    return [f"expect(close_to([{got}], [{float_literal(x)}])).to_equal(true)"]


def _bool_check(got: str, value: Any) -> list[str] | None:
    if not isinstance(value, bool | np.bool_):
        return None
    return [f"expect({got}).to_equal({'true' if value else 'false'})"]


def _text_check(got: str, value: Any) -> list[str] | None:
    if not isinstance(value, str):
        return None
    try:
        return [f"expect({got}).to_equal({text_literal(value)})"]
    except ValueError:
        return None


def _ints_check(got: str, value: Any) -> list[str] | None:
    try:
        return [f"expect({got}).to_equal({ints(list(value))})"]
    except (TypeError, ValueError):
        return None


def _floats_check(got: str, value: Any) -> list[str] | None:
    try:
        return _f64s_check(got, [float(v) for v in value]) or None
    except (TypeError, ValueError):
        return None


def _void_check(got: str, value: Any) -> None:
    return None  # nothing to state: the case checks that the call succeeded


def _tensor_error_check(got: str, f: Function, message: str) -> list[str]:
    return [f"expect({got}.handle).to_equal(0)", f"expect({got}.is_ok()).to_equal(false)",
            f"expect({got}.error_message).to_contain({text_literal(message)})"]


def _sentinel_error_check(got: str, f: Function, message: str) -> list[str]:
    return [f"expect({got}).to_equal({TABLE[f.returns].sentinel(f)})"]  # type: ignore[misc]


def _float_error_check(got: str, f: Function, message: str) -> list[str]:
    if f.sentinel_is_nan:
        return [f"expect({got} != {got}).to_equal(true)"]
    return _sentinel_error_check(got, f, message)


def _no_error_check(got: str, f: Function, message: str) -> list[str]:
    return []  # text and arrays: what the runtime makes of NULL / -1 is its own


# ---- examples -------------------------------------------------------------------------------

def _literal_example(literal: Callable[[Value], str]) -> ExampleArg:
    return lambda name, v: ([], literal(v))


def _tensor_example(name: str, v: Value) -> tuple[list[tuple[str, Value]], str]:
    return [(name, v)], name


def _tensors_example(name: str, v: Value) -> tuple[list[tuple[str, Value]], str]:
    built = [(f"{name}_{i}", x) for i, x in enumerate(_list(v))]
    return built, "[" + ", ".join(n for n, _ in built) + "]"


def _optional_example(name: str, v: Value) -> tuple[list[tuple[str, Value]], str]:
    return ([], f"{TENSOR_CLASS}.none()") if v is None else _tensor_example(name, v)


def _optional_check(got: str, value: Any) -> list[str]:
    if value is None:
        return [f"expect({got}.is_none()).to_equal(true)"]
    return _tensor_check(got, value)


def _no_example(name: str, v: Value) -> tuple[list[tuple[str, Value]], str]:
    raise ValueError("void is not an argument type")


# ---- the table ------------------------------------------------------------------------------

def _plain(tier2: str, sentinel: Callable[[Function], str] | None,
           literal: Callable[[Value], str], check: ValueCheck, error_check: ErrorCheck,
           cpu_test: str | None = None) -> SimpleRow:
    """A value Simple passes as is (scalars, text, arrays of numbers)."""
    return SimpleRow(tier2=tier2, tier3=tier2, pure=tier2, result="value", tensors="none",
                     native_arg="{x}", pure_arg="{x}", backend_test=None, passthrough=(),
                     cpu_test=cpu_test, helpers=(), from_native="{x}", sentinel=sentinel,
                     literal=literal,
                     example=_literal_example(literal), check=check,
                     ok_check=(), error_check=error_check)


def _empty(v: Function) -> str:
    return "[]"


TABLE: TypeTable[SimpleRow] = TypeTable("simple", {
    TENSOR: SimpleRow(
        tier2="i64", tier3=TENSOR_CLASS, pure=PURE_TENSOR_TYPE, result="handle", tensors="one",
        native_arg="{x}.handle", pure_arg="{x}.pure_tensor",
        backend_test='{x}.backend == "{backend}"',
        passthrough=('if {x}.backend == "error":', "    return {x}"),
        cpu_test=None, helpers=(), from_native="{x}", sentinel=None, literal=None,
        example=_tensor_example,
        check=_tensor_check,
        ok_check=("expect({got}.is_ok()).to_equal(true)",), error_check=_tensor_error_check),
    # tensor?: a Tensor or Tensor.none() (backend "none", handle 0: what the ABI calls none)
    Optional(TENSOR): SimpleRow(
        tier2="i64", tier3=TENSOR_CLASS, pure=PURE_TENSOR_TYPE, result="optional",
        tensors="one", native_arg="{x}.handle", pure_arg="{x}.pure_tensor",
        backend_test='({x}.backend == "none" or {x}.backend == "{backend}")',
        passthrough=('if {x}.backend == "error":', "    return {x}"),
        cpu_test=None, helpers=(), from_native="{x}", sentinel=None,
        literal=lambda v: f"{TENSOR_CLASS}.none()", example=_optional_example,
        check=_optional_check,
        ok_check=("expect({got}.is_ok()).to_equal(true)",), error_check=_tensor_error_check),
    Array(TENSOR): SimpleRow(
        tier2="[i64]", tier3=f"[{TENSOR_CLASS}]", pure=f"[{PURE_TENSOR_TYPE}]", result=None,
        tensors="many", native_arg=f"{HANDLES_HELPER}({{x}})",
        pure_arg=f"{PURE_VALUES_HELPER}({{x}})",
        backend_test=f'{ALL_BACKEND_HELPER}({{x}}, "{{backend}}")',
        passthrough=("for {item} in {x}:", '    if {item}.backend == "error":',
                     "        return {item}"),
        cpu_test=None, helpers=(HANDLES_HELPER, PURE_VALUES_HELPER, ALL_BACKEND_HELPER),
        from_native="{x}", sentinel=None, literal=None, example=_tensors_example, check=None,
        ok_check=(), error_check=None),
    I64: _plain("i64", _int_sentinel, _int_literal, _int_check, _sentinel_error_check),
    I32: _plain("i32", _int_sentinel, _int_literal, _int_check, _sentinel_error_check),
    # a negative device code is the CPU, where pure-Simple tensors live
    DEVICE: _plain("i32", _int_sentinel, _int_literal, _int_check, _sentinel_error_check,
                   cpu_test="{x} < 0"),
    F64: _plain("f64", _float_sentinel, _float_literal, _float_check, _float_error_check),
    F32: _plain("f32", _float_sentinel, _float_literal, _float_check, _float_error_check),
    BOOL: _plain("bool", _bool_sentinel, _bool_literal, _bool_check, _sentinel_error_check),
    TEXT: _plain("text", lambda f: '""', _text_literal, _text_check, _no_error_check),
    Array(DIM): _plain("[i64]", _empty, _ints_literal, _ints_check, _no_error_check),
    Array(I64): _plain("[i64]", _empty, _ints_literal, _ints_check, _no_error_check),
    Array(F64): _plain("[f64]", _empty, _floats_literal, _floats_check, _no_error_check),
    Array(F32): _plain("[f32]", _empty, _floats_literal, _floats_check, _no_error_check),
    Array(U8): _plain("[i64]", _empty, _ints_literal, _ints_check, _no_error_check),
    # Tier 3 names dtypes ("float32"); the ABI takes codes: mod.spl's generated helpers
    # dtype_code / dtype_name translate (an unknown name gives -1, which the library refuses)
    DTYPE: SimpleRow(
        tier2="i32", tier3="text", pure="text", result="value", tensors="none",
        native_arg=f"{DTYPE_CODE_HELPER}({{x}})", pure_arg="{x}", backend_test=None,
        passthrough=(), cpu_test=None, helpers=(DTYPE_CODE_HELPER, DTYPE_NAME_HELPER),
        from_native=f"{DTYPE_NAME_HELPER}({{x}})", sentinel=lambda f: '""',
        literal=_text_literal, example=_literal_example(_text_literal), check=_text_check,
        ok_check=(), error_check=_no_error_check),
    VOID: SimpleRow(
        tier2="", tier3="", pure="", result="void", tensors="none", native_arg=None,
        pure_arg=None, backend_test=None, passthrough=(), cpu_test=None, helpers=(),
        from_native="{x}", sentinel=lambda f: "", literal=None, example=_no_example,
        check=_void_check,
        ok_check=(), error_check=_no_error_check),
})


# ---- lookups --------------------------------------------------------------------------------

def row(t: Type) -> SimpleRow:
    return TABLE[t]


def result_row(t: Type) -> SimpleRow:
    """The row of a result type (one a Tier-3 wrapper can return)."""
    r = TABLE[t]
    if r.result is None:
        raise UnhandledTypeError("simple (return)", t)
    return r


def _need(value: Any, t: Type, what: str) -> Any:
    if value is None:
        raise ValueError(f"{t.value} values have no {what} in Simple")
    return value


def literal(t: Type, value: Any) -> str:
    """The Simple literal of a spec value of type t (tensors are built by the caller)."""
    return _need(TABLE[t].literal, t, "literal")(value)


def extern_signature(f: Function) -> str:
    """The Tier-2 declaration of f."""
    ps = ", ".join(f"{a.name}: {TABLE[a.type].tier2}" for a in f.args)
    ret = TABLE[f.returns].tier2
    return f"extern fn {f.symbol}({ps})" + (f" -> {ret}" if ret else "")
