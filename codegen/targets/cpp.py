"""generated/cpp/<library>_torch.cpp and _stub.cpp: the two implementations of the C ABI.

The torch variant converts each raw C argument into its C++ form (validating it), evaluates the
spec's `torch` expression inside stf::torch_guard (exceptions -> sentinel + last error) and
lowers the result. The stub variant has the same symbols; a function without a `stub`
expression reports "libtorch is not available in this build".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UnhandledTypeError
from ..model import Arg, Function, Spec
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
from . import c_header, c_types

_AT_CALL = re.compile(r"\bat::([a-z_][a-z0-9_]*)\s*\(")


@dataclass(frozen=True)
class CppFunction:
    symbol: str
    signature: str  # definition signature (raw parameter names)
    return_ctype: str
    sentinel: str
    mode: str  # "guard": clear error, catch exceptions; "direct": keeps_error; "unavailable"
    prologue: list[str]
    body: str  # the statement computing the result


@dataclass(frozen=True)
class CppRow:
    """The C++ facts of one logical type."""

    convert: str | None  # statement making the value the expression uses from `{raw}`; None:
    #                      the raw C parameter is used as is
    result: str | None  # statement returning an expression `{expr}` of this type from the spec
    #                     function `{name}` (a tensor's handle records it: the census); None:
    #                     not a result type


TABLE: TypeTable[CppRow] = TypeTable("cpp", {
    # read in place (no lock, no reference count): the temporary lives as long as the reference
    TENSOR: CppRow('const at::Tensor& {n} = stf::TensorArg("{n}", {raw});',
                   'return stf::new_handle({expr}, "{name}");'),
    # none is std::nullopt (what libtorch takes for an optional tensor); a result that is none
    # (std::nullopt or an undefined tensor) is the handle 0 with no error
    Optional(TENSOR): CppRow('const std::optional<at::Tensor> {n} = '
                             'stf::optional_tensor_arg("{n}", {raw});',
                             'return stf::new_optional_handle({expr}, "{name}");'),
    I64: CppRow(None, "return static_cast<int64_t>({expr});"),
    I32: CppRow(None, "return static_cast<int32_t>({expr});"),
    F64: CppRow(None, "return static_cast<double>({expr});"),
    F32: CppRow(None, "return static_cast<float>({expr});"),
    BOOL: CppRow(None, "return static_cast<bool>({expr});"),
    TEXT: CppRow('const char* const {n} = stf::text_arg("{n}", {raw});', "return {expr};"),
    DEVICE: CppRow('const at::Device {n} = stf::device_from_code("{n}", {raw});',
                   "return static_cast<int32_t>({expr});"),
    DTYPE: CppRow('const at::ScalarType {n} = stf::gen::dtype_arg("{n}", {raw});',
                  "return stf::gen::dtype_code({expr});"),
    VOID: CppRow(None, "{expr};"),
    Array(DIM): CppRow("const at::IntArrayRef {n} = "
                       'stf::int_array_ref(stf::shape_arg("{n}", {raw}, {n}_len));',
                       'return stf::write_out("out", out, out_len, {expr});'),
    Array(I64): CppRow("const at::IntArrayRef {n} = "
                       'stf::int_array_ref(stf::array_arg("{n}", {raw}, {n}_len));',
                       'return stf::write_out("out", out, out_len, {expr});'),
    Array(F64): CppRow('const std::span<const double> {n} = stf::array_arg("{n}", {raw}, {n}_len);',
                       'return stf::write_out("out", out, out_len, {expr});'),
    Array(F32): CppRow('const std::span<const float> {n} = stf::array_arg("{n}", {raw}, {n}_len);',
                       'return stf::write_out("out", out, out_len, {expr});'),
    Array(U8): CppRow('const std::span<const uint8_t> {n} = stf::array_arg("{n}", {raw}, {n}_len);',
                      'return stf::write_out("out", out, out_len, {expr});'),
    Array(BOOL): CppRow("const std::span<const bool> {n} = "
                        'stf::bool_array_arg("{n}", {raw}, {n}_len);',
                        'return stf::write_out("out", out, out_len, {expr});'),
    Array(TENSOR): CppRow("const std::vector<at::Tensor> {n} = "
                          'stf::tensor_list_arg("{n}", {raw}, {n}_len);', None),
})


def _conversion(arg: Arg) -> str | None:
    """C++ statement turning the raw parameter into the value the torch expression uses
    (a consumed tensor is passed raw: the expression releases the handle itself)."""
    pattern = TABLE[arg.type].convert
    if pattern is None or arg.consumed:
        return None
    return pattern.format(n=arg.name, raw=f"{arg.name}_raw")


def _raw_name(arg: Arg) -> str:
    """Parameter name in the definition: converted arguments keep the spec name for the
    expression, so their raw C parameter gets a suffix."""
    return arg.name if _conversion(arg) is None else f"{arg.name}_raw"


def _result_statement(f: Function, expr: str) -> str:
    pattern = TABLE[f.returns].result
    if pattern is None:
        raise UnhandledTypeError("cpp (return)", f.returns)
    return pattern.format(expr=expr, name=f.name)


def _definition_params(f: Function, named: bool) -> str:
    ps: list[c_types.CParam] = []
    for a in f.args:
        for p in c_types.arg_params(a):
            name = _raw_name(a) if p.name == a.name else p.name
            ps.append(c_types.CParam(p.ctype, name if named else ""))
    ps += c_types.out_params(f) if named else [
        c_types.CParam(p.ctype, "") for p in c_types.out_params(f)
    ]
    if not ps:
        return "void"
    return ", ".join(p.decl.rstrip() for p in ps)


def _signature(f: Function, named: bool) -> str:
    return f"{c_types.return_ctype(f)} {f.symbol}({_definition_params(f, named)})"


def _torch_function(f: Function) -> CppFunction:
    prologue = [c for a in f.args if (c := _conversion(a))]
    return CppFunction(
        symbol=f.symbol,
        signature=_signature(f, named=True),
        return_ctype=c_types.return_ctype(f),
        sentinel=c_types.sentinel_literal(f),
        mode="direct" if f.keeps_error else "guard",
        prologue=prologue,
        body=_result_statement(f, f.torch),
    )


def _stub_function(f: Function) -> CppFunction:
    rt = c_types.return_ctype(f)
    if f.stub is None:
        body = ("stf::unavailable_void(kFn);" if f.returns == VOID
                else f"return stf::unavailable<{rt}>(kFn, {c_types.sentinel_literal(f)});")
        return CppFunction(f.symbol, _signature(f, named=False), rt,
                           c_types.sentinel_literal(f), "unavailable", [], body)
    return CppFunction(f.symbol, _signature(f, named=True), rt, c_types.sentinel_literal(f),
                       "direct" if f.keeps_error else "guard", [], _result_statement(f, f.stub))


def _error_asserts(spec: Spec) -> list[tuple[str, str]]:
    mp = c_types.macro_prefix(spec)
    out = []
    for k in spec.error_kinds:
        member = "".join(part.capitalize() for part in k.name.split("_"))
        out.append((f"{mp}ERR_{k.name.upper()}", f"stf::ErrorKind::{member}"))
    return out


def aten_includes(spec: Spec) -> list[str]:
    """Per-operator ATen headers for every at::NAME( the torch expressions call."""
    ops = sorted({m for f in spec.functions for m in _AT_CALL.findall(f.torch)})
    return [f"ATen/ops/{op}.h" for op in ops]


def generate(spec: Spec, out: Output) -> None:
    common = dict(
        spec=spec,
        macro=c_types.macro_prefix(spec),
        header=c_header.decls_path(spec).removeprefix("include/"),
        error_asserts=_error_asserts(spec),
    )
    out.add(
        f"cpp/{spec.library}_torch.cpp",
        render("cpp/torch.cpp.j2", functions=[_torch_function(f) for f in spec.functions],
               aten_includes=aten_includes(spec), **common),
    )
    out.add(
        f"cpp/{spec.library}_stub.cpp",
        render("cpp/stub.cpp.j2", functions=[_stub_function(f) for f in spec.functions],
               **common),
    )
