"""generated/simple/: the Simple side of the ABI.

- ffi.spl (Tier 2): one `extern fn` per C symbol, with the spec's doc and the C prototype.
- mod.spl (Tier 3): the user-facing API. A `Tensor` class (handle, owns_handle, backend,
  pure_tensor, error_message); every function whose first argument is a tensor becomes a Tensor
  method named after the function without its `tensor_` prefix (the one that consumes its tensor
  and returns nothing becomes `drop()`); every other function becomes `torch_<name without
  tensor_>`. When the library reports `not_available` (the stub variant), tensor-making calls
  fall back to the pure-Simple implementations of the functions marked
  `pure_fallback: true` in the spec; any other failure gives
  a Tensor whose backend is "error" (handle 0, error_message = the library's last_error).
- torch_spec.spl: a Simple spec (describe/it/expect) running every conformance example of the
  spec through the Tier-3 API; expectations are computed here, with numpy, from the same
  `expect` expressions the Python conformance suite evaluates.

Python computes every line; the templates only print them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import SpecError, UnhandledTypeError
from ..model import Arg, Example, Function, Spec
from ..render import render
from ..naming import SIMPLE_RESERVED
from ..types import Type
from ..writer import Output
from . import c_types, simple_types
from .simple_types import PURE_TENSOR_TYPE, TENSOR_CLASS, api_type, pure_type

FFI_MODULE = "lib.torch.ffi"
API_MODULE = "lib.torch"
PURE_MODULE = "lib.pure.tensor"
PURE_TENSOR_NAME = PURE_TENSOR_TYPE.split("<", 1)[0]
NOT_AVAILABLE = "not_available"

# Spec functions that have a pure-Simple implementation in lib.pure.tensor, named
# "pure_" + the function's name, taking the function's arguments with every tensor as a
# PureTensor<f64> and returning likewise. This is the one fact the spec does not carry yet; it
# belongs there as a per-function key. Names that are not (or no longer) spec functions are
# ignored here and reported by tests/test_simple_files.py.
# What Tensor defines itself; no spec function may become a method of these names.
TENSOR_MEMBERS: frozenset[str] = frozenset({
    "handle", "owns_handle", "backend", "pure_tensor", "error_message",
    "from_handle", "from_pure", "failed", "native_failure", "is_ok", "drop",
})
TENSOR_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("handle", "i64", "the libtorch handle (0 unless backend is \"torch\")"),
    ("owns_handle", "bool", "whether drop() frees the handle"),
    ("backend", "text", "\"torch\", \"pure\" (the value is pure_tensor) or \"error\""),
    ("pure_tensor", PURE_TENSOR_TYPE, "the value when backend is \"pure\", else empty"),
    ("error_message", "text", "why the call that made this tensor failed (backend \"error\")"),
)
EMPTY_PURE = f"{PURE_TENSOR_NAME}(data: [], shape: [])"
INDENT = "    "


@dataclass(frozen=True)
class SimpleExtern:
    doc: str
    c_prototype: str
    declaration: str


@dataclass(frozen=True)
class ApiFunction:
    """How one spec function appears in mod.spl."""

    f: Function
    name: str  # method name (on Tensor) or free function name
    is_method: bool
    is_drop: bool
    params: tuple[tuple[str, Arg], ...]  # Tier-3 name and spec argument, self excluded
    fallback: str | None  # the pure-Simple function, if any

    @property
    def tensor_params(self) -> list[tuple[str, Arg]]:
        """Every tensor or [tensor] argument with the Simple name for it (self first)."""
        first = [("self", self.f.args[0])] if self.is_method else []
        return first + [(n, a) for n, a in self.params if simple_types.holds_tensors(a.type)]

    def all_params(self) -> list[tuple[str, Arg]]:
        first = [("self", self.f.args[0])] if self.is_method else []
        return first + list(self.params)

    def signature(self) -> str:
        ps = ", ".join(f"{n}: {api_type(a.type)}"
                       + (f" = {simple_types.literal(a.type, a.default)}" if a.has_default else "")
                       for n, a in self.params)
        ret = api_type(self.f.returns)
        return f"fn {self.name}({ps})" + (f" -> {ret}" if ret else "") + ":"

    def native_call(self) -> str:
        vals = [simple_types.native_value(a.type, n) for n, a in self.all_params()]
        return f"{self.f.symbol}({', '.join(vals)})"

    def pure_call(self) -> str:
        assert self.fallback is not None
        vals = [simple_types.pure_value(a.type, n) for n, a in self.all_params()]
        return f"{self.fallback}({', '.join(vals)})"

    def api_call(self, values: dict[str, str]) -> str:
        """A Tier-3 call with spec argument name -> Simple expression (absent: the default)."""
        if self.is_method:
            rest = ", ".join(values[a.name] for _, a in self.params if a.name in values)
            return f"{values[self.f.args[0].name]}.{self.name}({rest})"
        return f"{self.name}({', '.join(values[a.name] for a in self.f.args if a.name in values)})"

    @property
    def takes_tensor_lists(self) -> bool:
        return any(a.type == Type.TENSOR_ARRAY for a in self.f.args)


@dataclass
class _Context:
    spec: Spec
    apis: dict[str, ApiFunction]
    last_error: Function
    last_error_kind: Function
    not_available_code: int
    kind_codes: dict[str, int] = field(default_factory=dict)

    def api(self, name: str) -> ApiFunction:
        if name not in self.apis:
            raise _missing(self.spec, name)
        return self.apis[name]

    @property
    def kind_call(self) -> str:
        return f"{self.last_error_kind.symbol}()"


def _missing(spec: Spec, name: str) -> SpecError:
    return SpecError(spec.path, 1, None,
                     f"the Simple target needs a function named {name!r} in the spec")


# ---- naming --------------------------------------------------------------------------------

def _short(name: str) -> str:
    return name.removeprefix("tensor_")


def _api_function(spec: Spec, f: Function) -> ApiFunction:
    def refuse(what: str) -> SpecError:
        return SpecError(spec.path, f.line, f.name, what)

    fallback = f"pure_{f.name}" if f.pure_fallback else None
    first = f.args[0] if f.args else None
    if first is not None and first.type == Type.TENSOR:
        is_drop = first.consumed and len(f.args) == 1 and f.returns == Type.VOID
        name = "drop" if is_drop else _short(f.name)
        if not is_drop and name in TENSOR_MEMBERS:
            raise refuse(f"Tensor.{name} is already defined by the Simple Tensor class; "
                         "rename the function")
        rest = f.args[1:]
        tensors = [a for a in rest if a.type == Type.TENSOR]
        rename = len(tensors) == 1 and all(a.name != "other" for a in rest)
        params = tuple(("other" if rename and a is tensors[0] else a.name, a) for a in rest)
        api = ApiFunction(f, name, True, is_drop, params, fallback)
    else:
        name = f"torch_{_short(f.name)}"
        api = ApiFunction(f, name, False, False, tuple((a.name, a) for a in f.args), fallback)
    if api.name in SIMPLE_RESERVED:
        raise refuse(f"{api.name!r} is reserved in Simple; rename the function")
    return api


def _context(spec: Spec) -> _Context:
    apis: dict[str, ApiFunction] = {}
    seen: dict[tuple[bool, str], Function] = {}
    for f in spec.functions:
        api = _api_function(spec, f)
        key = (api.is_method, api.name)
        if key in seen:
            where = "Tensor." if api.is_method else ""
            raise SpecError(spec.path, f.line, f.name,
                            f"becomes {where}{api.name} in Simple, as does {seen[key].name} "
                            f"(line {seen[key].line}); rename one")
        seen[key] = f
        apis[f.name] = api
    names = {f.name: f for f in spec.functions}
    for needed in ("last_error", "last_error_kind", "available", "cuda_available"):
        if needed not in names:
            raise _missing(spec, needed)
    if not any(a.is_drop for a in apis.values()):
        raise SpecError(spec.path, 1, None, "the Simple target needs a function that consumes a "
                        "tensor and returns void (it becomes Tensor.drop)")
    kinds = {k.name: k.code for k in spec.error_kinds}
    if NOT_AVAILABLE not in kinds:
        raise SpecError(spec.path, 1, None,
                        f"the Simple target needs the error kind {NOT_AVAILABLE!r}")
    return _Context(spec, apis, names["last_error"], names["last_error_kind"],
                    kinds[NOT_AVAILABLE], kinds)


# ---- mod.spl -------------------------------------------------------------------------------

def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return [(INDENT * depth + line) if line else "" for line in lines]


def _fresh(base: str, taken: set[str]) -> str:
    name = base
    while name in taken:
        name += "_"
    return name


def _body(api: ApiFunction, ctx: _Context) -> list[str]:
    """The statements of one Tier-3 function (unindented)."""
    f = api.f
    taken = {n for n, _ in api.all_params()}
    result = _fresh("result", taken)
    tensors = api.tensor_params
    if api.is_drop:
        return ["if self.owns_handle and self.handle != 0:",
                INDENT + api.native_call()]
    if not tensors:
        return _free_body(api, ctx, result)

    all_torch = " and ".join(simple_types.backend_test(a.type, n, "torch") for n, a in tensors)
    all_pure = " and ".join(simple_types.backend_test(a.type, n, "pure") for n, a in tensors)
    single = len(tensors) == 1 and tensors[0][1].type == Type.TENSOR
    item = _fresh("t", taken)
    symbol = f.symbol
    lines: list[str] = []
    match f.returns:
        case Type.TENSOR:
            for n, a in tensors:
                lines += simple_types.error_passthrough(a.type, n, item)
            lines += [f"if {all_torch}:",
                      f"{INDENT}val {result} = {api.native_call()}",
                      f"{INDENT}if {result} == 0:",
                      f"{INDENT * 2}return {TENSOR_CLASS}.native_failure()",
                      f"{INDENT}return {TENSOR_CLASS}.from_handle({result})"]
            if api.fallback is not None and single:
                # not "error", not "torch": the value is pure
                lines.append(f"{TENSOR_CLASS}.from_pure({api.pure_call()})")
                return lines
            if api.fallback is not None:
                lines += [f"if {all_pure}:",
                          f"{INDENT}return {TENSOR_CLASS}.from_pure({api.pure_call()})"]
                reason = "cannot mix libtorch and pure-Simple tensors"
            else:
                devices = [n for n, a in api.params if a.type == Type.DEVICE]
                if api.is_method and single and devices:
                    # Type.DEVICE: a negative code is the CPU, where pure-Simple tensors live.
                    lines += [f'if self.backend == "pure" and {devices[0]} < 0:',
                              f"{INDENT}return {TENSOR_CLASS}.from_pure(self.pure_tensor)"]
                reason = "needs libtorch tensors; there is no pure-Simple fallback"
            message = simple_types.text_literal(f"{symbol}: {reason}")
            lines.append(f"{TENSOR_CLASS}.failed({message})")
        case Type.VOID:
            lines += [f"if {all_torch}:", INDENT + api.native_call()]
            if api.fallback is not None:
                lines += [f"if {all_pure}:", INDENT + api.pure_call()]
        case Type.TENSOR_ARRAY:
            raise UnhandledTypeError("simple (return)", f.returns)
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY):
            lines += [f"if {all_torch}:", f"{INDENT}return {api.native_call()}"]
            if api.fallback is not None:
                lines += [f"if {all_pure}:", f"{INDENT}return {api.pure_call()}"]
            lines.append(simple_types.sentinel_literal(f))
        case _:
            raise UnhandledTypeError("simple", f.returns)
    return lines


def _free_body(api: ApiFunction, ctx: _Context, result: str) -> list[str]:
    f = api.f
    unavailable = f"{ctx.kind_call} == {ctx.not_available_code}"
    match f.returns:
        case Type.TENSOR:
            lines = [f"val {result} = {api.native_call()}",
                     f"if {result} != 0:",
                     f"{INDENT}return {TENSOR_CLASS}.from_handle({result})"]
            if api.fallback is not None:
                lines += [f"if {unavailable}:",
                          f"{INDENT}return {TENSOR_CLASS}.from_pure({api.pure_call()})"]
            return lines + [f"{TENSOR_CLASS}.native_failure()"]
        case Type.VOID:
            lines = [api.native_call()]
            if api.fallback is not None:
                lines += [f"if {unavailable}:", INDENT + api.pure_call()]
            return lines
        case Type.TENSOR_ARRAY:
            raise UnhandledTypeError("simple (return)", f.returns)
        case (Type.I64 | Type.I32 | Type.DEVICE | Type.F64 | Type.F32 | Type.BOOL | Type.TEXT
              | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY):
            if api.fallback is None:
                return [api.native_call()]
            return [f"val {result} = {api.native_call()}",
                    f"if {unavailable}:",
                    f"{INDENT}return {api.pure_call()}",
                    result]
        case _:
            raise UnhandledTypeError("simple", f.returns)


def _function_block(api: ApiFunction, ctx: _Context) -> list[str]:
    f = api.f
    lines = [f"# {f.doc}", f"# C: {c_types.prototype(f)}"]
    if api.fallback is not None:
        lines.append(f"# Without libtorch: {api.fallback} from {PURE_MODULE}.")
    return lines + [api.signature()] + _indent(_body(api, ctx))


def _pure_contract(ctx: _Context) -> list[str]:
    out = []
    for api in ctx.apis.values():
        if api.fallback is None:
            continue
        ps = ", ".join(f"{a.name}: {pure_type(a.type)}" for a in api.f.args)
        ret = pure_type(api.f.returns)
        out.append(f"fn {api.fallback}({ps})" + (f" -> {ret}" if ret else ""))
    return out


def _use_block(module: str, names: list[str]) -> list[str]:
    if not names:
        return []
    inner = [f"{INDENT}{n}," for n in names[:-1]] + [f"{INDENT}{names[-1]}"]
    return [f"use {module}.{{"] + inner + ["}"]


def _tensor_class(ctx: _Context) -> list[str]:
    T = TENSOR_CLASS
    fields = [line for name, ty, doc in TENSOR_FIELDS for line in (f"# {doc}", f"{name}: {ty}")]
    last_error = f"{ctx.last_error.symbol}()"
    ctors = [
        "# A tensor owning a libtorch handle.",
        f"static fn from_handle(handle: i64) -> {T}:",
        f'{INDENT}{T}(handle: handle, owns_handle: true, backend: "torch", '
        f'pure_tensor: {EMPTY_PURE}, error_message: "")',
        "",
        "# A tensor holding a pure-Simple value (no handle).",
        f"static fn from_pure(value: {PURE_TENSOR_TYPE}) -> {T}:",
        f'{INDENT}{T}(handle: 0, owns_handle: false, backend: "pure", '
        f'pure_tensor: value, error_message: "")',
        "",
        "# The result of a call that failed; message says why.",
        f"static fn failed(message: text) -> {T}:",
        f'{INDENT}{T}(handle: 0, owns_handle: false, backend: "error", '
        f"pure_tensor: {EMPTY_PURE}, error_message: message)",
        "",
        "# The result of a native call that returned the null handle: the library's last error.",
        f"static fn native_failure() -> {T}:",
        f"{INDENT}{T}.failed({last_error})",
        "",
        "# False when the call that made this tensor failed (see error_message).",
        "fn is_ok() -> bool:",
        f'{INDENT}self.backend != "error"',
    ]
    methods: list[str] = []
    for api in ctx.apis.values():
        if api.is_method:
            methods += [""] + _function_block(api, ctx)
    doc = ('"""A tensor: a libtorch handle, a pure-Simple value when libtorch is not available, '
           'or the error of the call that made it."""')
    return ([f"class {T}:", INDENT + doc, ""] + _indent(fields) + [""]
            + _indent(ctors) + _indent(methods))


def _list_helpers() -> list[list[str]]:
    """mod.spl functions that [Tensor] arguments need."""
    T = TENSOR_CLASS
    return [
        ["# The handles of a list of tensors (a [tensor] argument of the C ABI).",
         f"fn {simple_types.HANDLES_HELPER}(tensors: [{T}]) -> [i64]:",
         f"{INDENT}var handles: [i64] = []",
         f"{INDENT}for t in tensors:",
         f"{INDENT * 2}handles.push(t.handle)",
         f"{INDENT}handles"],
        ["# The pure-Simple values of a list of tensors.",
         f"fn {simple_types.PURE_VALUES_HELPER}(tensors: [{T}]) -> [{PURE_TENSOR_TYPE}]:",
         f"{INDENT}var values: [{PURE_TENSOR_TYPE}] = []",
         f"{INDENT}for t in tensors:",
         f"{INDENT * 2}values.push(t.pure_tensor)",
         f"{INDENT}values"],
        ["# True when every tensor of the list has this backend.",
         f"fn {simple_types.ALL_BACKEND_HELPER}(tensors: [{T}], backend: text) -> bool:",
         f"{INDENT}for t in tensors:",
         f"{INDENT * 2}if t.backend != backend:",
         f"{INDENT * 3}return false",
         f"{INDENT}true"],
    ]


def _mod_context(ctx: _Context) -> dict[str, Any]:
    functions = [api for api in ctx.apis.values() if not api.is_method]
    blocks = [_function_block(api, ctx) for api in functions]
    if any(api.takes_tensor_lists for api in ctx.apis.values()):
        blocks = _list_helpers() + blocks
    externs = [f.symbol for f in ctx.spec.functions]
    pure_names = [PURE_TENSOR_NAME] + [a.fallback for a in ctx.apis.values() if a.fallback]
    return {
        "use_ffi": _use_block(FFI_MODULE, externs),
        "use_pure": _use_block(PURE_MODULE, pure_names),
        "pure_contract": _pure_contract(ctx),
        "pure_module": PURE_MODULE,
        "pure_tensor_type": PURE_TENSOR_TYPE,
        "class_lines": _tensor_class(ctx),
        "function_blocks": blocks,
        "exports": ", ".join([TENSOR_CLASS] + [a.name for a in functions]),
        "not_available_code": ctx.not_available_code,
        "last_error": ctx.apis[ctx.last_error.name].name,
        "drop_symbol": next(a.f.symbol for a in ctx.apis.values() if a.is_drop),
    }


# ---- torch_spec.spl ------------------------------------------------------------------------

@dataclass(frozen=True)
class SpecCase:
    title: str
    lines: list[str]


@dataclass(frozen=True)
class SpecGroup:
    title: str
    cases: list[SpecCase]


def _reference(spec: Spec, f: Function, e: Example) -> tuple[bool, Any]:
    """(True, value) when the example's expect expression can be computed here: it may use np,
    math, the spec's constants and the arguments; torch and CUDA_* depend on the machine."""
    if e.expect is None:
        return False, None
    names: dict[str, Any] = {"np": np, "math": math, "LIB_VERSION": spec.version,
                             "ABI_VERSION": spec.abi_version, "SPEC_HASH": spec.hash}
    for a in f.args:
        v = e.args[a.name]
        names[a.name] = np.asarray(v, dtype=np.float32).astype(np.float64) \
            if a.type == Type.TENSOR else v
    try:
        # the spec is trusted: the Python conformance harness evaluates the same text
        return True, eval(e.expect, {"__builtins__": __builtins__}, names)  # noqa: S307
    except NameError:  # names that depend on the machine (torch, CUDA_*)
        return False, None


def _f32_exact(values: list[float]) -> bool:
    return all(float(np.float32(v)) == v for v in values)


def _f64s_check(expr: str, values: list[float]) -> list[str]:
    if not all(math.isfinite(v) for v in values):
        return []
    values = [v + 0.0 for v in values]  # -0.0 -> 0.0
    lit = "[" + ", ".join(simple_types.float_literal(v) for v in values) + "]"
    if _f32_exact(values):
        return [f"expect({expr}).to_equal({lit})"]
    return [f"expect(close_to({expr}, {lit})).to_equal(true)"]


def _ints(values: Any) -> str:
    return "[" + ", ".join(str(int(v)) for v in values) + "]"


def _value_checks(f: Function, got: str, value: Any) -> list[str] | None:
    """Checks that the result `got` equals the computed value; None when Simple cannot say it."""
    match f.returns:
        case Type.TENSOR:
            arr = np.asarray(value, dtype=np.float64)
            lines = [f"expect({got}.shape()).to_equal({_ints(arr.shape)})"]
            return lines + _f64s_check(f"{got}.to_data()", [float(x) for x in arr.ravel()])
        case Type.I64 | Type.I32 | Type.DEVICE:
            if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
                return None
            return [f"expect({got}).to_equal({int(value)})"]
        case Type.F64 | Type.F32:
            if isinstance(value, bool | np.bool_) or not isinstance(value, int | float | np.number):
                return None
            x = float(value) + 0.0
            if not math.isfinite(x):
                return None
            if _f32_exact([x]):
                return [f"expect({got}).to_equal({simple_types.float_literal(x)})"]
            return [f"expect(close_to([{got}], [{simple_types.float_literal(x)}])).to_equal(true)"]
        case Type.BOOL:
            if not isinstance(value, bool | np.bool_):
                return None
            return [f"expect({got}).to_equal({'true' if value else 'false'})"]
        case Type.TEXT:
            if not isinstance(value, str):
                return None
            try:
                return [f"expect({got}).to_equal({simple_types.text_literal(value)})"]
            except ValueError:
                return None
        case Type.SHAPE | Type.I64_ARRAY:
            try:
                return [f"expect({got}).to_equal({_ints(list(value))})"]
            except (TypeError, ValueError):
                return None
        case Type.F64_ARRAY | Type.F32_ARRAY:
            try:
                return _f64s_check(got, [float(v) for v in value]) or None
            except (TypeError, ValueError):
                return None
        case Type.VOID:
            return [] if value is None else None
        case Type.TENSOR_ARRAY:
            raise UnhandledTypeError("simple (return)", f.returns)
        case _:
            raise UnhandledTypeError("simple", f.returns)


def _error_sentinel_check(f: Function, got: str) -> list[str]:
    """After a failed call: the Tier-3 value (scalars only; text and arrays are the runtime's)."""
    match f.returns:
        case Type.TENSOR:
            return [f"expect({got}.handle).to_equal(0)", f"expect({got}.is_ok()).to_equal(false)"]
        case Type.I64 | Type.I32 | Type.DEVICE | Type.BOOL:
            return [f"expect({got}).to_equal({simple_types.sentinel_literal(f)})"]
        case Type.F64 | Type.F32:
            if f.sentinel_is_nan:
                return [f"expect({got} != {got}).to_equal(true)"]
            return [f"expect({got}).to_equal({simple_types.sentinel_literal(f)})"]
        case Type.TEXT | Type.SHAPE | Type.I64_ARRAY | Type.F64_ARRAY | Type.F32_ARRAY | Type.VOID:
            return []
        case Type.TENSOR_ARRAY:
            raise UnhandledTypeError("simple (return)", f.returns)
        case _:
            raise UnhandledTypeError("simple", f.returns)


def _title(text: str) -> str:
    clean = text.replace('"', "'").replace("\\", "/").replace("{", "(").replace("}", ")")
    return simple_types.text_literal(" ".join(clean.split()))


def _explicit_args(f: Function, e: Example) -> list[Arg]:
    """The arguments a Tier-3 call of the example passes: trailing ones at their default are
    left out, so the generated spec exercises the defaults."""
    args = list(f.args)
    while args and args[-1].has_default and e.args[args[-1].name] == args[-1].default \
            and type(e.args[args[-1].name]) is type(args[-1].default):
        args.pop()
    return args


def _make_tensor(ctx: _Context, value: Any) -> str:
    arr = np.asarray(value, dtype=np.float64)
    data = "[" + ", ".join(simple_types.float_literal(float(x)) for x in arr.ravel()) + "]"
    return f"{ctx.api('tensor_from_data').name}({data}, {_ints(arr.shape)})"


def _spec_case(ctx: _Context, api: ApiFunction, e: Example, preamble: str | None) -> SpecCase:
    f = api.f
    available = ctx.api("available").name
    cuda = ctx.api("cuda_available").name
    error_kind = ctx.api("last_error_kind").name
    last_error = ctx.api("last_error").name

    what = (f"gives {e.expect}" if e.expect is not None
            else f"fails with {e.error}" if e.error is not None
            else f"gives a tensor of shape {list(e.shape or ())}")
    notes = {"cuda": "with CUDA", "no_cuda": "without CUDA"}.get(e.when or "", "")
    notes += {"torch": " with libtorch", "stub": " in the stub variant"}.get(e.variant or "", "")
    title = f"line {e.line}: {what}" + (f" ({notes.strip()})" if notes else "")

    conditions: list[str] = []
    if e.variant == "torch":
        conditions.append(f"{available}()")
    elif e.variant == "stub":
        conditions.append(f"not {available}()")
    if e.when == "cuda":
        conditions.append(f"{cuda}()")
    elif e.when == "no_cuda":
        conditions.append(f"not {cuda}()")
    native_only = f.stub is None and (e.error is not None or api.fallback is None)
    if native_only and f"{available}()" not in conditions:
        conditions.insert(0, f"{available}()")

    body: list[str] = []
    if preamble is not None and f.keeps_error:
        body += ["# a call that succeeds in every variant, so no earlier error is left over",
                 f"{preamble}()"]
    values: dict[str, str] = {}
    taken = {a.name for a in f.args}
    got = _fresh("got", taken)
    for a in _explicit_args(f, e):
        v = e.args[a.name]
        if simple_types.holds_tensors(a.type):
            items = [v] if a.type == Type.TENSOR else list(v)  # type: ignore[arg-type]
            if any(isinstance(x, int) and not isinstance(x, bool) for x in items):
                return SpecCase(_title(title), [
                    "# a raw-handle example: Tier 3 builds tensors only from values",
                    "expect(true).to_equal(true)"])
            names = [a.name] if a.type == Type.TENSOR else \
                [f"{a.name}_{i}" for i in range(len(items))]
            for name, x in zip(names, items, strict=True):
                body.append(f"val {name} = {_make_tensor(ctx, x)}")
            values[a.name] = a.name if a.type == Type.TENSOR else f"[{', '.join(names)}]"
        else:
            values[a.name] = simple_types.literal(a.type, v)
    call = api.api_call(values)
    body.append(call if f.returns == Type.VOID else f"val {got} = {call}")

    success = f"expect({error_kind}()).to_equal(0)"
    if e.error is not None:
        body += [f"expect({error_kind}()).to_equal({ctx.kind_codes[e.error]})",
                 f"expect({last_error}()).to_contain({simple_types.text_literal(e.message or '')})"]
        body += _error_sentinel_check(f, got)
        if f.returns == Type.TENSOR:
            body.append(f"expect({got}.error_message)"
                        f".to_contain({simple_types.text_literal(e.message or '')})")
    else:
        if f.returns == Type.TENSOR:
            body.append(f"expect({got}.is_ok()).to_equal(true)")
        checks: list[str] | None
        if e.shape is not None:
            checks = [f"expect({got}.shape()).to_equal({_ints(e.shape)})",
                      f"expect({got}.numel()).to_equal({math.prod(e.shape)})"]
        else:
            ok, value = _reference(ctx.spec, f, e)
            checks = _value_checks(f, got, value) if ok else None
        if checks is None or (f.returns == Type.VOID and not checks):
            # no value Simple can state: the call succeeded
            if f.returns != Type.TENSOR:
                if f.stub is None and not native_only:
                    body += [f"if {available}():", INDENT + success]
                else:
                    body.append(success)
        else:
            body += checks
    if conditions:
        body = [f"if {' and '.join(conditions)}:"] + _indent(body)
    return SpecCase(_title(title), body)


def _spec_groups(ctx: _Context) -> list[SpecGroup]:
    preamble = next((ctx.apis[f.name].name for f in ctx.spec.functions
                     if not f.args and not f.keeps_error and f.stub is not None
                     and f.returns != Type.VOID), None)
    groups = []
    for f in ctx.spec.functions:
        api = ctx.apis[f.name]
        where = f"{TENSOR_CLASS}.{api.name}" if api.is_method else api.name
        cases = [_spec_case(ctx, api, e, preamble) for e in f.examples]
        if not cases:
            cases = [SpecCase(_title(f"line {f.line}: has no examples in the spec"), [
                "# add examples to spec/ffi.yaml to check this function here",
                "expect(true).to_equal(true)"])]
        groups.append(SpecGroup(_title(f"{f.symbol} ({where})"), cases))
    return groups


def _spec_context(ctx: _Context) -> dict[str, Any]:
    imports = [a.name for a in ctx.apis.values() if not a.is_method]
    return {
        "use_api": _use_block(API_MODULE, imports),
        "groups": _spec_groups(ctx),
        "available": ctx.api("available").name,
        "cuda_available": ctx.api("cuda_available").name,
    }


# ---- entry point ---------------------------------------------------------------------------

def generate(spec: Spec, out: Output) -> None:
    externs = [
        SimpleExtern(f.doc, c_types.prototype(f), simple_types.extern_signature(f))
        for f in spec.functions
    ]
    out.add("simple/ffi.spl", render("simple/ffi.spl.j2", spec=spec, externs=externs))
    ctx = _context(spec)
    out.add("simple/mod.spl", render("simple/mod.spl.j2", spec=spec, **_mod_context(ctx)))
    out.add("simple/torch_spec.spl",
            render("simple/torch_spec.spl.j2", spec=spec, **_spec_context(ctx)))
