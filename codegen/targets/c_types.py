"""The C lowering of every logical type (one table), shared by the header, the C++ variants,
the cffi cdef and the docs.

Arguments: tensor -> int64_t handle; tensor? -> int64_t handle, 0 = none; i64/i32/f64/f32/bool
-> the C scalar; text -> const char* (borrowed); device -> int32_t code; arrays ->
`const T* x, int64_t x_len`. Results: tensor -> int64_t handle (0 on error); tensor? -> the
same, 0 with no error = none; text -> borrowed const char*; an array -> the caller buffer
`T* out, int64_t out_len`, the function returning the full count (-1 on error).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .. import naming
from ..model import Arg, Function, Scalar, Spec
from ..tables import TypeTable
from ..types import (
    ARRAY_ELEMENTS,
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


@dataclass(frozen=True)
class CParam:
    ctype: str
    name: str

    @property
    def decl(self) -> str:
        return f"{self.ctype} {self.name}".rstrip()


@dataclass(frozen=True)
class CRow:
    """The C facts of one logical type."""

    params: tuple[tuple[str, str], ...]  # (C type, name pattern): "{n}" is the argument name
    returns: str  # the C return type of a function with this result
    out: tuple[tuple[str, str], ...]  # the caller buffer a result of this type is written to
    sentinel: Callable[[Scalar], str]  # the sentinel value as a C expression
    returns_doc: str  # what the header says a function of this result returns


def _int(v: Scalar) -> str:
    return str(int(v))  # type: ignore[arg-type]


def _float(v: Scalar) -> str:
    if v == "nan" or (isinstance(v, float) and math.isnan(v)):
        return "NAN"
    return repr(float(v))  # type: ignore[arg-type]


def _scalar(ctype: str, sentinel: Callable[[Scalar], str], doc: str = "") -> CRow:
    return CRow(((ctype, "{n}"),), ctype, (), sentinel,
                doc or "the value, or {sentinel} on error")


_ELEMENT_CTYPES = {DIM: "int64_t", I64: "int64_t", F64: "double", F32: "float", U8: "uint8_t",
                   BOOL: "bool", TENSOR: "int64_t"}


def _array(element: str) -> CRow:
    return CRow(((f"const {element}*", "{n}"), ("int64_t", naming.length_param("{n}"))),
                "int64_t", ((f"{element}*", "out"), ("int64_t", "out_len")), _int,
                "the full element count (writes min(count, out_len) values to out), or -1 on "
                "error")


TABLE: TypeTable[CRow] = TypeTable("c", {
    TENSOR: _scalar("int64_t", _int, "a new tensor handle (> 0), or 0 on error"),
    I64: _scalar("int64_t", _int),
    I32: _scalar("int32_t", _int),
    DEVICE: _scalar("int32_t", _int),
    DTYPE: _scalar("int32_t", _int, "a dtype code, or {sentinel} on error"),
    F64: _scalar("double", _float),
    F32: _scalar("float", _float),
    BOOL: _scalar("bool", lambda v: "true" if v else "false"),
    TEXT: _scalar("const char*", lambda v: "NULL", "a borrowed string, or NULL on error"),
    VOID: CRow((), "void", (), lambda v: "",
               "nothing; failures are reported through last_error"),
    **{Array(e): _array(_ELEMENT_CTYPES[e]) for e in ARRAY_ELEMENTS},
    # tensor?: the handle 0 is none (an argument), or no tensor to give (a result: 0 with
    # last_error_kind ok; a failure is 0 with an error kind, as for tensor)
    Optional(TENSOR): _scalar("int64_t", _int, "a new tensor handle (> 0); 0 with "
                              "last_error_kind() == ok when there is none; 0 with an error "
                              "kind on error"),
})


def arg_params(arg: Arg) -> list[CParam]:
    return [CParam(ctype, name.format(n=arg.name)) for ctype, name in TABLE[arg.type].params]


def out_params(f: Function) -> list[CParam]:
    """The caller buffer an array-returning function writes to."""
    return [CParam(ctype, name) for ctype, name in TABLE[f.returns].out]


def params(f: Function) -> list[CParam]:
    return [p for a in f.args for p in arg_params(a)] + out_params(f)


def param_list(ps: list[CParam]) -> str:
    return ", ".join(p.decl for p in ps) if ps else "void"


def return_ctype(f: Function) -> str:
    return TABLE[f.returns].returns


def sentinel_literal(f: Function) -> str:
    """The sentinel as a C expression ("" for void)."""
    return TABLE[f.returns].sentinel(f.sentinel)


def returns_doc(f: Function) -> str:
    return TABLE[f.returns].returns_doc.format(sentinel=sentinel_literal(f))


def macro_prefix(spec: Spec) -> str:
    return naming.macro_prefix(spec.prefix)


def prototype(f: Function) -> str:
    return f"{return_ctype(f)} {f.symbol}({param_list(params(f))})"
