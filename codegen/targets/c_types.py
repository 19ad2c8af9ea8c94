"""Lowering of logical types to C, shared by the header, the C++ variants and the cffi cdef.

Arguments: tensor -> int64_t handle; i64/i32/f64/bool -> int64_t/int32_t/double/bool;
text -> const char* (borrowed); device -> int32_t code; shape/[i64]/[f64] ->
`const T* x, int64_t x_len`. Returns: tensor -> int64_t handle (0 on error); text -> borrowed
const char*; [T] -> a caller buffer `T* out, int64_t out_len`, returning the full count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import UnhandledTypeError
from ..model import Arg, Function, Spec
from ..types import Type


@dataclass(frozen=True)
class CParam:
    ctype: str
    name: str

    @property
    def decl(self) -> str:
        return f"{self.ctype} {self.name}".rstrip()


def scalar_ctype(t: Type) -> str:
    match t:
        case Type.TENSOR | Type.I64:
            return "int64_t"
        case Type.I32 | Type.DEVICE:
            return "int32_t"
        case Type.F64:
            return "double"
        case Type.F32:
            return "float"
        case Type.BOOL:
            return "bool"
        case Type.TEXT:
            return "const char*"
        case Type.VOID:
            return "void"
        case Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.TENSOR_ARRAY:
            return "int64_t"  # arrays return their element count
        case _:
            raise UnhandledTypeError("c", t)


def arg_params(arg: Arg) -> list[CParam]:
    match arg.type:
        case Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.TENSOR_ARRAY:
            elem = scalar_ctype(arg.type.element)
            return [CParam(f"const {elem}*", arg.name), CParam("int64_t", f"{arg.name}_len")]
        case (Type.TENSOR | Type.I64 | Type.I32 | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.DEVICE):
            return [CParam(scalar_ctype(arg.type), arg.name)]
        case _:
            raise UnhandledTypeError("c", arg.type)


def out_params(f: Function) -> list[CParam]:
    """The caller buffer an array-returning function writes to."""
    if not f.returns.is_array:
        return []
    elem = scalar_ctype(f.returns.element)
    return [CParam(f"{elem}*", "out"), CParam("int64_t", "out_len")]


def params(f: Function) -> list[CParam]:
    ps = [p for a in f.args for p in arg_params(a)] + out_params(f)
    return ps


def param_list(ps: list[CParam]) -> str:
    return ", ".join(p.decl for p in ps) if ps else "void"


def return_ctype(f: Function) -> str:
    return scalar_ctype(f.returns)


def sentinel_literal(f: Function) -> str:
    """The sentinel as a C expression."""
    v = f.sentinel
    match f.returns:
        case Type.VOID:
            return ""
        case Type.TEXT:
            return "NULL"
        case Type.BOOL:
            return "true" if v else "false"
        case Type.F64 | Type.F32:
            if v == "nan" or (isinstance(v, float) and math.isnan(v)):
                return "NAN"
            return repr(float(v))  # type: ignore[arg-type]
        case (Type.TENSOR | Type.I64 | Type.I32 | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY
              | Type.F32_ARRAY
              | Type.TENSOR_ARRAY):
            return str(int(v))  # type: ignore[arg-type]
        case Type.DEVICE:
            return str(int(v))  # type: ignore[arg-type]
        case _:
            raise UnhandledTypeError("c", f.returns)


def macro_prefix(spec: Spec) -> str:
    return spec.prefix.upper()


def prototype(f: Function) -> str:
    return f"{return_ctype(f)} {f.symbol}({param_list(params(f))})"
