"""generated/python/<library>/: what the Python package needs from the spec.

- `_abi.py`: the cffi cdef (checked by the C compiler against the real header in API mode),
  the spec hash and version constants, the error kinds and per-function metadata.
- `_lib.pyi`: type stubs for the compiled `lib` object.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UnhandledTypeError
from ..model import Function, Spec
from ..render import render
from ..types import Type
from ..writer import Output
from . import c_types


def pyi_arg_types(t: Type) -> list[str]:
    """Python types a cffi `lib` call accepts for the C parameters of one argument."""
    match t:
        case Type.TENSOR | Type.I64 | Type.I32 | Type.DEVICE:
            return ["int"]
        case Type.F64 | Type.F32:
            return ["float"]
        case Type.BOOL:
            return ["bool"]
        case Type.TEXT:
            return ["bytes | _CData"]
        case Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.TENSOR_ARRAY:
            return ["_CData", "int"]
        case _:
            raise UnhandledTypeError("python", t)


def pyi_return_type(t: Type) -> str:
    match t:
        case (Type.TENSOR | Type.I64 | Type.I32 | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY
              | Type.F32_ARRAY):
            return "int"
        case Type.F64 | Type.F32:
            return "float"
        case Type.BOOL:
            return "bool"
        case Type.TEXT:
            return "_CData"
        case Type.VOID:
            return "None"
        case Type.DEVICE:
            return "int"
        case Type.TENSOR_ARRAY:
            raise UnhandledTypeError("python (return)", t)
        case _:
            raise UnhandledTypeError("python", t)


def py_literal(v: object) -> str:
    if v == "nan":
        return 'float("nan")'
    return repr(v)


@dataclass(frozen=True)
class PyFunction:
    name: str
    symbol: str
    args: list[tuple[str, str, bool]]
    returns: str
    sentinel: str
    keeps_error: bool
    has_stub: bool
    defaults: dict[str, object]
    doc: str
    pyi_params: str
    pyi_return: str


def _py_function(f: Function) -> PyFunction:
    pyi: list[str] = []
    for a in f.args:
        names = [p.name for p in c_types.arg_params(a)]
        pyi += [f"{n}: {t}" for n, t in zip(names, pyi_arg_types(a.type), strict=True)]
    if f.returns.is_array:
        pyi += ["out: _CData", "out_len: int"]
    return PyFunction(
        name=f.name,
        symbol=f.symbol,
        args=[(a.name, a.type.value, a.consumed) for a in f.args],
        returns=f.returns.value,
        sentinel=py_literal(f.sentinel),
        keeps_error=f.keeps_error,
        has_stub=f.stub is not None,
        defaults={a.name: a.default for a in f.args if a.has_default},
        doc=f.doc,
        pyi_params=", ".join(pyi),
        pyi_return=pyi_return_type(f.returns),
    )


def cdef(spec: Spec) -> str:
    mp = c_types.macro_prefix(spec)
    lines = [f"#define {mp}ABI_VERSION {spec.abi_version}"]
    lines += [f"#define {mp}ERR_{k.name.upper()} {k.code}" for k in spec.error_kinds]
    lines += [c_types.prototype(f) + ";" for f in spec.functions]
    return "\n".join(lines) + "\n"


def c_checks(spec: Spec) -> str:
    """C that only compiles if every header prototype has exactly the cdef's type: compiled
    into the cffi module (with -Werror=incompatible-pointer-types)."""
    lines = []
    for f in spec.functions:
        ps = ", ".join(p.ctype for p in c_types.params(f)) or "void"
        lines.append(f"static {c_types.return_ctype(f)} (*const stf_check_{f.name})({ps}) "
                     "__attribute__((unused)) "
                     f"= {f.symbol};")
    return "\n".join(lines) + "\n"


def generate(spec: Spec, out: Output) -> None:
    fns = [_py_function(f) for f in spec.functions]
    base = f"python/{spec.library}"
    out.add(f"{base}/_abi.py", render("python/abi.py.j2", spec=spec, functions=fns,
                                      cdef=cdef(spec), c_checks=c_checks(spec)))
    out.add(f"{base}/_lib.pyi", render("python/lib.pyi.j2", spec=spec, functions=fns,
                                       macro=c_types.macro_prefix(spec)))
