"""Lowering of logical types to the Simple language (Tier-2 `extern fn` signatures).

Simple sees arrays whole (`[i64]`, `[f64]`) and array results as return values; the Simple
runtime marshals them to the C pointer + length / caller-buffer convention of c_types.
"""

from __future__ import annotations

from ..errors import UnhandledTypeError
from ..model import Function
from ..types import Type


def simple_type(t: Type) -> str:
    match t:
        case Type.TENSOR | Type.I64:
            return "i64"
        case Type.I32 | Type.DEVICE:
            return "i32"
        case Type.F64:
            return "f64"
        case Type.BOOL:
            return "bool"
        case Type.TEXT:
            return "text"
        case Type.SHAPE | Type.I64_ARRAY:
            return "[i64]"
        case Type.F64_ARRAY:
            return "[f64]"
        case Type.VOID:
            return ""
        case _:
            raise UnhandledTypeError("simple", t)


def extern_signature(f: Function) -> str:
    ps = ", ".join(f"{a.name}: {simple_type(a.type)}" for a in f.args)
    ret = simple_type(f.returns)
    return f"extern fn {f.symbol}({ps})" + (f" -> {ret}" if ret else "")
