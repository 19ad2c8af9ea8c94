"""generated/python/<library>/: what the Python package needs from the spec.

- `_abi.py`: the cffi cdef (checked by the C compiler against the real header in API mode),
  the spec hash and version constants, the error kinds, the core roles, the runtime facts of
  every logical type (TYPES) and per-function metadata.
- `_lib.pyi`: type stubs for the compiled `lib` object.
- `_api.py`: the user-facing surface as real code: the `Tensor` class (every operation whose
  first argument is a tensor is a method, with Python operators where naming.PYTHON_OPERATORS
  says) and the module-level functions (every other operation), with docstrings, type hints
  and the spec's defaults.
- `<module>.py` for each spec `python_module` (nn/functional.py): its operations as
  module-level functions, as torch has them in torch.<module> (`tensor_method: true` makes
  one a Tensor method too).
- `_reference.py`: the pure (numpy) backend's operations, one `def` per spec function that has
  a `numpy:` reference.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .. import naming
from ..errors import SpecError
from ..model import Arg, Function, Spec, Value
from ..render import render
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
    Type,
)
from ..writer import Output
from . import c_types


@dataclass(frozen=True)
class PyRow:
    """The Python facts of one logical type.

    `lower`, `result` and `convert` name entries of small tables in the runtime
    (simple_torch_ffi.marshal): how the torch backend passes a value to cffi, how it reads a
    result back, and how the Tensor API checks a user's argument."""

    pyi_params: tuple[str, ...]  # what the cffi `lib` takes for each C parameter
    pyi_return: str  # what the cffi `lib` returns for a result of this type
    hint: str  # the Tensor API's annotation for an argument
    result_hint: str  # the Tensor API's annotation for a result
    convert: str  # the runtime converter of an API argument
    lower: str  # how the torch backend passes the logical value: value | text | array
    ctype: str  # the cffi element type of an array ("" for the others)
    dtype: str  # the numpy dtype of an array's elements ("" for the others)
    result: str  # how a result is read back (runtime marshal.RESULTS)
    pure: str  # how the pure backend checks an argument: handle | handles | dims | value
    literal: Callable[[Value], str]  # a Python literal of a spec value (defaults)
    # The direct path of an operation (see surface()): its C arguments for an API value `{v}`,
    # as Python source over `{v}` and `ops` (the raw_ops of the operation's first tensor), and
    # the condition under which they are exactly what the generic path would pass. "" for a
    # type without one: an operation with such an argument always takes the generic path.
    # Inside the direct call, TypeError, AttributeError and OverflowError mean "not direct"
    # (a number or array where a tensor goes, a closed handle, an int past the C type).
    direct: str
    direct_guard: str


def _lit(v: Value) -> str:
    if v == "nan":
        return 'float("nan")'
    return repr(v)


def _array_lit(v: Value) -> str:
    """An array default: a tuple (a list would be a mutable default), None when empty (what
    torch writes for "not given", e.g. stride=None)."""
    if not isinstance(v, list):
        raise ValueError(f"an array default must be a list, got {v!r}")
    return "None" if not v else "(" + ", ".join(repr(x) for x in v) + ",)"


def _scalar(pyi: str, hint: str, convert: str, result: str, guard: str) -> PyRow:
    return PyRow((pyi,), pyi, hint, hint, convert, "value", "", "", result, "value", _lit,
                 "{v}" if guard else "", guard)


_ARRAY_FACTS: dict[Type, tuple[str, str, str, str, str, str, str, str]] = {
    # element: (cffi type, numpy dtype, API hint, API result hint, converter, result, pure,
    # direct: the elements and their count, by simple_torch_ffi.tensor.direct_dims)
    DIM: ("int64_t", "int64", "int | Sequence[int]", "tuple[int, ...]", "dims", "ints", "dims",
          "*direct_dims({v})"),
    I64: ("int64_t", "int64", "int | Sequence[int]", "tuple[int, ...]", "dims", "ints",
          "value", "*direct_dims({v})"),
    F64: ("double", "float64", "Sequence[float]", "list[float]", "f64s", "floats", "value", ""),
    F32: ("float", "float32", "Sequence[float]", "list[float]", "f32s", "floats", "value", ""),
    U8: ("uint8_t", "uint8", "bytes", "bytes", "bytes", "bytes", "value", ""),
    BOOL: ("bool", "bool", "Sequence[bool]", "list[bool]", "bools", "bools", "value", ""),
    TENSOR: ("int64_t", "int64", "Sequence[Operand]", "list[Tensor]", "operands", "ints",
             "handles", ""),
}


def _array(element: Type) -> PyRow:
    ctype, dtype, hint, result_hint, convert, result, pure, direct = _ARRAY_FACTS[element]
    return PyRow(("_CData", "int"), "int", hint, result_hint, convert, "array", ctype, dtype,
                 result, pure, _array_lit, direct, "")


# The direct path takes exact Python types only: what the generic path's converter would turn
# into the same C value (marshal.CONVERTERS); anything else (numpy scalars, bools for ints, ...)
# takes the generic path, which converts or raises as before.
TABLE: TypeTable[PyRow] = TypeTable("python", {
    TENSOR: PyRow(("int",), "int", "Operand", "Tensor", "operand", "value", "", "", "handle",
                  "handle", _lit, "{v}._handle", "{v}._ops is ops"),
    I64: _scalar("int", "int", "int64", "int", "type({v}) is int"),
    I32: _scalar("int", "int", "int32", "int", "type({v}) is int"),
    DEVICE: _scalar("int", "DeviceLike", "device", "int", ""),
    DTYPE: PyRow(("int",), "int", "DTypeLike", "str", "dtype", "value", "", "", "dtype",
                 "dtype", _lit, "", ""),
    F64: _scalar("float", "float", "float", "float", "type({v}) in REALS"),
    F32: _scalar("float", "float", "float", "float", "type({v}) in REALS"),
    BOOL: _scalar("bool", "bool", "bool", "bool", "type({v}) is bool"),
    TEXT: PyRow(("bytes | _CData",), "_CData", "str", "str", "text", "text", "", "", "text",
                "value", _lit, "{v}.encode()", "type({v}) is str"),
    VOID: PyRow((), "None", "None", "None", "none", "value", "", "", "void", "value", _lit,
                "", ""),
    # None is the handle 0 (lower "optional"); a result 0 without an error is None
    Optional(TENSOR): PyRow(("int",), "int", "Operand | None", "Tensor | None",
                            "optional_operand", "optional", "", "", "optional_handle",
                            "optional_handle", _lit, "0 if {v} is None else {v}._handle",
                            "({v} is None or {v}._ops is ops)"),
    **{Array(e): _array(e) for e in ARRAY_ELEMENTS},
})


# ---- _abi.py ---------------------------------------------------------------------------------

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
    role: str | None
    api_name: str
    promote: bool
    inplace: bool
    pyi_params: str
    pyi_return: str
    python_module: str | None
    tensor_method: bool


def _py_function(f: Function) -> PyFunction:
    pyi: list[str] = []
    for a in f.args:
        names = [p.name for p in c_types.arg_params(a)]
        pyi += [f"{n}: {t}" for n, t in zip(names, TABLE[a.type].pyi_params, strict=True)]
    pyi += [f"{p.name}: {'_CData' if p.ctype.endswith('*') else 'int'}"
            for p in c_types.out_params(f)]
    return PyFunction(
        name=f.name,
        symbol=f.symbol,
        args=[(a.name, a.type.value, a.consumed) for a in f.args],
        returns=f.returns.value,
        sentinel=_lit(f.sentinel),
        keeps_error=f.keeps_error,
        has_stub=f.stub is not None,
        defaults={a.name: a.default for a in f.args if a.has_default},
        doc=f.doc,
        role=f.role,
        api_name=naming.python_name(f.overload_of or f.name),
        promote=f.promote,
        inplace=f.inplace,
        pyi_params=", ".join(pyi),
        pyi_return=TABLE[f.returns].pyi_return,
        python_module=f.python_module,
        tensor_method=f.tensor_method,
    )


def cdef(spec: Spec) -> str:
    lines = [f"#define {c_types.macro_prefix(spec)}ABI_VERSION {spec.abi_version}"]
    lines += [f"#define {naming.error_macro(spec.prefix, k.name)} {k.code}"
              for k in spec.error_kinds]
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


@dataclass(frozen=True)
class PyType:
    name: str
    row: PyRow


# ---- _api.py ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ApiParam:
    name: str
    hint: str
    default: str | None  # a Python literal, or None

    @property
    def decl(self) -> str:
        return f"{self.name}: {self.hint}" + (f" = {self.default}" if self.default else "")


@dataclass(frozen=True)
class Overload:
    """A spec function merged into another one's Python entry (`overload_of`): the entry
    calls it when `selector` is given (not None), the other function otherwise."""

    op: str  # the overload's spec function
    selector: str  # the parameter that selects it (None in Python: the other function)
    others: list[ApiParam]  # its parameters after the selector (they need the selector)
    values: str  # its spec arguments, as Python source over the parameters

    @property
    def others_names(self) -> str:
        return ", ".join(p.name for p in self.others)

    @property
    def others_defaults(self) -> str:
        return ", ".join(p.default or "None" for p in self.others)


@dataclass(frozen=True)
class Direct:
    """The direct path of an entry without a unary/binary fast path: on tensors of a backend
    with raw_ops (torch) on one device, when every argument is of an exact type its row's
    `direct_guard` accepts, the entry calls the C function itself (raw_ops[index]) instead of
    the generic `invoke`. `source` is the tensor parameter whose raw_ops the others must
    share (self for a method)."""

    index: int  # in DIRECT_OPS
    source: str
    guard: str  # Python source: the other arguments' conditions ("" when none)
    args: str  # Python source: the C arguments
    result: str  # "handle" (a new tensor) or "void"


@dataclass(frozen=True)
class ApiFunction:
    """One spec operation in the Python surface (a Tensor method or a module function)."""

    op: str  # the spec function
    name: str  # the Python name
    doc: str
    params: list[ApiParam]  # the Python parameters after self (methods) / all (functions)
    variadic: str | None  # a lone shape/[i64] parameter taken as *dims
    returns: str  # the result annotation
    values: str  # the tuple of spec arguments, as Python source over the parameters
    fast: int | None  # index in FAST_OPS (all-tensor operations with a tensor result)
    arity: int
    operators: tuple[str, ...]  # Python operators mapping to this method
    is_creation: bool
    inplace: bool = False  # writes into self and returns it (torch's `x_` methods)
    overload: Overload | None = None  # a second spec function behind this entry
    direct: Direct | None = None  # the direct path (entries without `fast`)

    @property
    def signature(self) -> str:
        if self.variadic:
            return ", ".join([f"*{self.variadic}: int | Sequence[int]"]
                             + [p.decl for p in self.params[1:]])
        return ", ".join(p.decl for p in self.params)


def fast_ops(spec: Spec) -> list[str]:
    """Tensor methods whose arguments are 1 or 2 tensors and whose result is a tensor beside
    them (no `result_device`): the Tensor API calls their C functions directly on tensors of
    the torch backend on one device, the result on that device."""
    return [f.name for f in spec.functions
            if f.is_operation and f.returns == TENSOR and 1 <= len(f.args) <= 2
            and all(a.type == TENSOR and not a.consumed for a in f.args)
            and (f.python_module is None or f.tensor_method) and f.result_device is None]


def _direct_form(f: Function) -> bool:
    """Whether an operation can take the direct path: a tensor or no result, every argument of
    a type with a direct form, at least one tensor (whose raw_ops the call uses)."""
    return (f.is_operation and f.returns in (TENSOR, VOID) and not f.keeps_error
            and any(a.type == TENSOR for a in f.args)
            and all(TABLE[a.type].direct and not a.consumed for a in f.args))


def direct_ops(spec: Spec) -> list[str]:
    """The C functions the torch backend's raw_ops holds, in this order: FAST_OPS (the unary
    and binary fast paths), then every other operation with a direct form."""
    fast = fast_ops(spec)
    return fast + [f.name for f in spec.functions if f.name not in fast and _direct_form(f)]


def _direct(spec: Spec, f: Function, head: list[str], params: list[ApiParam],
            has_backend: bool) -> Direct | None:
    """The direct path of an entry whose Python parameters (after `head`) are `params`."""
    if not _direct_form(f):
        return None
    names = head + [p.name for p in params]
    source = next(n for a, n in zip(f.args, names, strict=True) if a.type == TENSOR)
    rows = [(n, TABLE[a.type]) for a, n in zip(f.args, names, strict=True)]
    guards = [r.direct_guard.format(v=n) for n, r in rows if n != source and r.direct_guard]
    if has_backend:
        guards.insert(0, "backend is None")
    return Direct(index=direct_ops(spec).index(f.name), source=source,
                  guard=" and ".join(guards),
                  args=", ".join(r.direct.format(v=n) for n, r in rows),
                  result="void" if f.returns == VOID else "handle")


def _params(args: tuple[Arg, ...]) -> list[ApiParam]:
    # an array whose default is empty takes None for it, as torch's stride=None
    return [ApiParam(a.name, TABLE[a.type].hint + (" | None" if a.default == [] else ""),
                     TABLE[a.type].literal(a.default) if a.has_default else None)
            for a in args]


METHOD = "method"
FUNCTION = "function"  # a module-level function of the package itself


def _places(f: Function) -> list[tuple[str, tuple[Arg, ...]]]:
    """Where an operation appears in Python, with the arguments its parameters are made of:
    a `python_module` function (all arguments), plus a Tensor method with `tensor_method`;
    else a Tensor method when its first argument is a tensor, a function of the package
    otherwise."""
    if f.python_module is not None:
        return [(f.python_module, f.args)] + ([(METHOD, f.args[1:])] if f.tensor_method else [])
    if f.args and f.args[0].type == TENSOR:
        return [(METHOD, f.args[1:])]
    return [(FUNCTION, f.args)]


def _api(spec: Spec, f: Function, fast: list[str]) -> list[tuple[str, ApiFunction]]:
    """(place, the API entry) of one function: 'method', 'function' or a python_module; none
    for a core function (the hand-written Tensor base covers it by role) or a consumed
    handle."""
    if not f.is_operation or any(a.consumed for a in f.args):
        return []
    return [(kind, _entry(spec, f, fast, kind, rest)) for kind, rest in _places(f)]


def _entry(spec: Spec, f: Function, fast: list[str], kind: str,
           rest: tuple[Arg, ...]) -> ApiFunction:
    name = naming.python_name(f.name)
    if kind == METHOD and name in naming.PYTHON_TENSOR_MEMBERS:
        raise SpecError(spec.path, f.line, f.name,
                        f"becomes Tensor.{name}, which the hand-written Tensor base defines; "
                        "rename the function")
    params = _params(rest)
    if kind == METHOD:  # torch's name for the one other tensor of a method
        lone = [a for a in rest if a.type == TENSOR]
        names = [a.name for a in rest]
        params = [ApiParam(naming.other_param(a.name, names, len(lone) == 1 and a is lone[0]),
                           p.hint, p.default) for a, p in zip(rest, params, strict=True)]
    elif kind != FUNCTION and params:  # torch.nn.functional calls the first tensor `input`
        first = naming.PYTHON_INPUT_RENAMES.get(params[0].name, params[0].name)
        if first not in {p.name for p in params[1:]}:
            params[0] = ApiParam(first, params[0].hint, params[0].default)
    variadic = None  # torch's *size: a leading shape taken as *dims, the rest keyword-only
    if rest and rest[0].type in (Array(DIM), Array(I64)) and not rest[0].has_default and all(
            a.has_default for a in rest[1:]):
        variadic = rest[0].name
    head = ["self"] if kind == METHOD else []
    is_fast = f.name in fast and kind == METHOD
    return ApiFunction(
        op=f.name, name=name, doc=f.doc, params=params, variadic=variadic,
        returns="Tensor" if f.inplace else TABLE[f.returns].result_hint,
        values=_values(head, params),
        fast=fast.index(f.name) if is_fast else None,
        arity=len(f.args),
        operators=naming.PYTHON_OPERATORS.get(name, ()) if kind == METHOD else (),
        is_creation=kind != METHOD and not any(a.type.holds_tensors for a in f.args)
        and f.returns == TENSOR,
        inplace=f.inplace,
        direct=None if is_fast else _direct(spec, f, head, params, kind != METHOD),
    )


def _values(head: list[str], params: list[ApiParam]) -> str:
    """The tuple of spec arguments, as Python source over the parameters."""
    values = ", ".join(head + [p.name for p in params])
    return f"({values},)" if values else "()"


def _merge(spec: Spec, f: Function, target: ApiFunction, kind: str,
           entry: ApiFunction) -> ApiFunction:
    """target's entry with the overload f (`overload_of`) behind it: f's arguments past
    target's become keyword parameters, the first of them (the selector) None by default."""
    if target.operators:
        raise SpecError(spec.path, f.line, f.name,
                        f"overload_of {target.op}: {target.name} is a Python operator's "
                        "method; it cannot take an overload")
    # a fast-path target (one tensor in, a tensor out: t.sum()) takes the generic path once it
    # has an overload: the selector has to be looked at anyway
    n = len(target.params)  # the loader checked the rest (codegen.spec._check_overloads)
    selector, others = entry.params[n], entry.params[n + 1:]
    head = ["self"] if kind == METHOD else []
    returns = target.returns if target.returns == entry.returns else \
        f"{target.returns} | {entry.returns}"
    return ApiFunction(
        op=target.op, name=target.name,
        doc=f"{target.doc} With {selector.name}: {entry.doc}",
        params=[*target.params, ApiParam(selector.name, f"{selector.hint} | None", "None"),
                *others],
        variadic=target.variadic, returns=returns, values=target.values, fast=None,
        arity=target.arity, operators=(), is_creation=target.is_creation,
        inplace=target.inplace,
        overload=Overload(f.name, selector.name, list(others), _values(head, entry.params)),
    )


@dataclass(frozen=True)
class Surface:
    """The Python surface: Tensor methods, the package's functions, and the functions of each
    spec `python_module` (module -> its functions, in spec order)."""

    methods: list[ApiFunction]
    functions: list[ApiFunction]
    modules: dict[str, list[ApiFunction]]


def surface(spec: Spec) -> Surface:
    """The Python surface, with name clashes refused."""
    fast = fast_ops(spec)
    out = Surface([], [], {})
    seen: dict[tuple[str, str], Function] = {}
    entries: dict[str, list[tuple[str, ApiFunction]]] = {
        f.name: _api(spec, f, fast) for f in spec.functions}
    for f in spec.functions:  # overloads join their target's entry (the loader checked both)
        if f.overload_of is None or not entries[f.name] or not entries[f.overload_of]:
            continue
        mine = dict(entries.pop(f.name))
        entries[f.overload_of] = [
            (kind, _merge(spec, f, target, kind, mine[kind]) if kind in mine else target)
            for kind, target in entries[f.overload_of]]
    for f in spec.functions:
        for kind, api in entries.get(f.name, []):
            if (kind, api.name) in seen:
                other = seen[(kind, api.name)]
                what = METHOD if kind == METHOD else FUNCTION
                shown = api.name if kind in (METHOD, FUNCTION) else f"{kind}.{api.name}"
                raise SpecError(spec.path, f.line, f.name,
                                f"becomes the Python {what} {shown}, as does {other.name} "
                                f"(line {other.line}); rename one")
            seen[(kind, api.name)] = f
            if kind == METHOD:
                out.methods.append(api)
            elif kind == FUNCTION:
                out.functions.append(api)
            else:
                out.modules.setdefault(kind, []).append(api)
    top = {api.name: api.op for api in out.functions}
    for module in out.modules:
        head = module.split(".", 1)[0]
        if head in top:
            f = spec.function(top[head])
            raise SpecError(spec.path, f.line, f.name,
                            f"becomes the Python function {head}, the name of python_module "
                            f"{module!r}; rename one")
    return out


def _api_imports(methods: list[ApiFunction], functions: list[ApiFunction],
                 base: bool = True) -> dict[str, object]:
    """What _api.py (or, without the Tensor base and methods, a python_module's file) imports:
    only the names its code uses (ruff checks generated code)."""
    every = methods + functions
    hints = " ".join(f.signature + " " + f.returns for f in every)
    fast1 = any(f.fast is not None and f.arity == 1 for f in methods)
    fast2 = any(f.fast is not None and f.arity == 2 for f in methods)
    generic = any(f.fast is None for f in methods) or bool(functions)
    names = {"TensorBase"} if base else set()
    names |= {n for n in ("BackendLike", "DTypeLike", "DeviceLike", "Operand") if n in hints}
    names |= {"BackendLike"} if functions else set()
    names |= {"new_object"} if fast1 or fast2 else set()
    names |= {"unary"} if fast1 else set()
    names |= {"NUMBERS", "Operand", "binary", "operand_types", "scalar_binary"} if fast2 else set()
    names |= {"invoke"} if generic else set()
    directs = [f.direct for f in every if f.direct is not None]
    names |= {"DIRECT_MISSES"} if directs else set()
    names |= {"wrap_direct"} if any(d.result == "handle" for d in directs) else set()
    names |= {n for n in ("REALS", "direct_dims") if any(n in d.guard + d.args for d in directs)}
    # isort's order (ruff checks generated code): constants, classes, then functions
    order = sorted(names, key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n))
    return {"uses_sequence": "Sequence[" in hints, "runtime_imports": order}


# ---- _reference.py ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    name: str
    params: str
    expr: str
    doc: str
    line: int


def references(spec: Spec) -> list[Reference]:
    out = []
    for f in spec.functions:
        if f.numpy is None:
            continue
        try:
            compile(f.numpy, f"{spec.path}:{f.line}", "eval")
        except SyntaxError as e:
            raise SpecError(spec.path, f.line, f.name,
                            f"numpy reference is not a Python expression: {e.msg}") from None
        out.append(Reference(f.name, ", ".join(a.name for a in f.args), f.numpy, f.doc, f.line))
    return out


def generate(spec: Spec, out: Output) -> None:
    fns = [_py_function(f) for f in spec.functions]
    base = f"python/{spec.library}"
    types = [PyType(t.value, TABLE[t]) for t in sorted({a.type for f in spec.functions
                                                        for a in f.args}
                                                       | {f.returns for f in spec.functions},
                                                       key=lambda t: t.value)]
    modules = sorted({f.python_module for f in spec.functions if f.python_module})
    out.add(f"{base}/_abi.py", render("python/abi.py.j2", spec=spec, functions=fns,
                                      types=types, roles=spec.roles, fast_ops=fast_ops(spec),
                                      direct_ops=direct_ops(spec),
                                      modules=modules,
                                      cdef=cdef(spec), c_checks=c_checks(spec)))
    out.add(f"{base}/_lib.pyi", render("python/lib.pyi.j2", spec=spec, functions=fns,
                                       macro=c_types.macro_prefix(spec)))
    api = surface(spec)
    out.add(f"{base}/_api.py", render("python/api.py.j2", spec=spec, methods=api.methods,
                                      functions=api.functions,
                                      **_api_imports(api.methods, api.functions)))
    for module, functions in api.modules.items():
        out.add(naming.python_module_file(spec.library, module),
                render("python/module.py.j2", spec=spec, module=module, functions=functions,
                       parent="." * len(module.split(".")),
                       **_api_imports([], functions, base=False)))
    out.add(f"{base}/_reference.py", render("python/reference.py.j2", spec=spec,
                                            references=references(spec)))
