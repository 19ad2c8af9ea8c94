"""Lowering of logical types to the Simple language (Tiers 2 and 3 and the Simple spec file).

Every function here matches the spec's Type enum exhaustively, so a new logical type fails
generation (UnhandledTypeError) until Simple knows how to carry it.

Tier 2 (`extern fn`): Simple sees arrays whole (`[i64]`, `[f64]`) and array results as return
values; the Simple runtime marshals them to the C pointer + length / caller-buffer convention of
c_types. Tier 3 (mod.spl): tensors are `Tensor` objects (see codegen/targets/simple.py); the pure
fallbacks of lib.pure.tensor take `PureTensor<f64>` where the ABI takes a tensor handle.
"""

from __future__ import annotations

import math
from typing import Any

from ..errors import UnhandledTypeError
from ..model import Function, Scalar
from ..types import Type

TENSOR_CLASS = "Tensor"
PURE_TENSOR_TYPE = "PureTensor<f64>"
# mod.spl helpers for [Tensor] arguments (emitted only when a function takes one)
HANDLES_HELPER = "tensor_handles"
PURE_VALUES_HELPER = "pure_values"
ALL_BACKEND_HELPER = "all_backend"


def simple_type(t: Type) -> str:
    """The Tier-2 (`extern fn`) type; "" for void."""
    match t:
        case Type.TENSOR | Type.I64:
            return "i64"
        case Type.I32 | Type.DEVICE:
            return "i32"
        case Type.F64:
            return "f64"
        case Type.F32:
            return "f32"
        case Type.BOOL:
            return "bool"
        case Type.TEXT:
            return "text"
        case Type.SHAPE | Type.I64_ARRAY | Type.TENSOR_ARRAY:
            return "[i64]"
        case Type.F64_ARRAY:
            return "[f64]"
        case Type.F32_ARRAY:
            return "[f32]"
        case Type.VOID:
            return ""
        case _:
            raise UnhandledTypeError("simple", t)


def extern_signature(f: Function) -> str:
    ps = ", ".join(f"{a.name}: {simple_type(a.type)}" for a in f.args)
    ret = simple_type(f.returns)
    return f"extern fn {f.symbol}({ps})" + (f" -> {ret}" if ret else "")


def api_type(t: Type) -> str:
    """The Tier-3 type: tensors are Tensor objects, everything else is as in Tier 2."""
    match t:
        case Type.TENSOR:
            return TENSOR_CLASS
        case Type.TENSOR_ARRAY:
            return f"[{TENSOR_CLASS}]"
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID):
            return simple_type(t)
        case _:
            raise UnhandledTypeError("simple", t)


def pure_type(t: Type) -> str:
    """The type a pure-Simple fallback (lib.pure.tensor) takes or returns."""
    match t:
        case Type.TENSOR:
            return PURE_TENSOR_TYPE
        case Type.TENSOR_ARRAY:
            return f"[{PURE_TENSOR_TYPE}]"
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID):
            return simple_type(t)
        case _:
            raise UnhandledTypeError("simple", t)


def native_value(t: Type, expr: str) -> str:
    """The Tier-2 argument for a Tier-3 value `expr` of type t."""
    match t:
        case Type.TENSOR:
            return f"{expr}.handle"
        case Type.TENSOR_ARRAY:
            return f"{HANDLES_HELPER}({expr})"
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY):
            return expr
        case Type.VOID:
            raise ValueError("void is not an argument type")
        case _:
            raise UnhandledTypeError("simple", t)


def pure_value(t: Type, expr: str) -> str:
    """The pure-fallback argument for a Tier-3 value `expr` of type t."""
    match t:
        case Type.TENSOR:
            return f"{expr}.pure_tensor"
        case Type.TENSOR_ARRAY:
            return f"{PURE_VALUES_HELPER}({expr})"
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY):
            return expr
        case Type.VOID:
            raise ValueError("void is not an argument type")
        case _:
            raise UnhandledTypeError("simple", t)


def holds_tensors(t: Type) -> bool:
    """Whether a Tier-3 value of type t is made of Tensors (and so has backends)."""
    match t:
        case Type.TENSOR | Type.TENSOR_ARRAY:
            return True
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID):
            return False
        case _:
            raise UnhandledTypeError("simple", t)


def backend_test(t: Type, expr: str, backend: str) -> str:
    """A Simple condition: every Tensor in `expr` (of type t) has this backend."""
    match t:
        case Type.TENSOR:
            return f'{expr}.backend == "{backend}"'
        case Type.TENSOR_ARRAY:
            return f'{ALL_BACKEND_HELPER}({expr}, "{backend}")'
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID):
            raise ValueError(f"{t.value} values hold no tensors")
        case _:
            raise UnhandledTypeError("simple", t)


def error_passthrough(t: Type, expr: str, item: str) -> list[str]:
    """Statements returning the first failed Tensor in `expr` (of type t); `item` names the
    loop variable a list needs."""
    match t:
        case Type.TENSOR:
            return [f'if {expr}.backend == "error":', f"    return {expr}"]
        case Type.TENSOR_ARRAY:
            return [f"for {item} in {expr}:", f'    if {item}.backend == "error":',
                    f"        return {item}"]
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID):
            raise ValueError(f"{t.value} values hold no tensors")
        case _:
            raise UnhandledTypeError("simple", t)


def sentinel_literal(f: Function) -> str:
    """The Simple value a Tier-3 wrapper gives when it cannot make the call ("" for void).

    Tensors have none (a failed Tensor is returned instead); text and arrays give "" / [], what
    the Simple runtime makes of a NULL / -1 result.
    """
    match f.returns:
        case Type.I64 | Type.I32 | Type.DEVICE:
            return str(_int(f.sentinel))
        case Type.F64 | Type.F32:
            if f.sentinel_is_nan:
                return "0.0 / 0.0"
            return float_literal(float(_number(f.sentinel)))
        case Type.BOOL:
            return "true" if f.sentinel else "false"
        case Type.TEXT:
            return '""'
        case Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY:
            return "[]"
        case Type.VOID:
            return ""
        case Type.TENSOR:
            raise ValueError("a tensor function has no Tier-3 sentinel value")
        case Type.TENSOR_ARRAY:
            raise ValueError("[tensor] is not a return type")
        case _:
            raise UnhandledTypeError("simple", f.returns)


def _int(v: Scalar) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected an integer, got {v!r}")
    return v


def _number(v: Scalar) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"expected a number, got {v!r}")
    return float(v)


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


def literal(t: Type, value: Any) -> str:
    """The Simple literal of a spec example value of type t (tensors are built by the caller)."""
    match t:
        case Type.I64 | Type.I32 | Type.DEVICE:
            return str(_int(value))
        case Type.F64 | Type.F32:
            return float_literal(_number(value))
        case Type.BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"expected a bool, got {value!r}")
            return "true" if value else "false"
        case Type.TEXT:
            if not isinstance(value, str):
                raise ValueError(f"expected text, got {value!r}")
            return text_literal(value)
        case Type.SHAPE | Type.I64_ARRAY:
            return "[" + ", ".join(str(_int(v)) for v in _list(value)) + "]"
        case Type.F64_ARRAY | Type.F32_ARRAY:
            return "[" + ", ".join(float_literal(_number(v)) for v in _list(value)) + "]"
        case Type.TENSOR | Type.TENSOR_ARRAY | Type.VOID:
            raise ValueError(f"{t.value} values have no Simple literal")
        case _:
            raise UnhandledTypeError("simple", t)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, got {value!r}")
    return value
