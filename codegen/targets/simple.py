"""generated/simple/: the Simple side of the ABI.

- ffi.spl (Tier 2): one `extern fn` per C symbol, with the spec's doc and the C prototype.
- mod.spl (Tier 3): the user-facing API. A `Tensor` class (handle, owns_handle, backend,
  pure_tensor, error_message); functions become Tensor methods or `torch_<name>` functions as
  codegen/targets/simple_names.py says (the core role `free` is `drop()`; creation functions
  are static `Tensor.<name>` constructors too). When the library
  reports `not_available` (the stub variant), tensor-making calls fall back to the pure-Simple
  implementations of the functions marked `pure_fallback: true` in the spec; any other failure
  gives a Tensor whose backend is "error" (handle 0, error_message = the library's last error).
- torch_spec.spl: a Simple spec (describe/it/expect) running every conformance example of the
  spec through the Tier-3 API; expectations are computed here, with numpy, from the same
  `expect` expressions the Python conformance suite evaluates.

The templates (templates/simple/) hold the shape of the code: the Tensor class, the helpers and
each wrapper's body skeleton. This module computes names, types and per-argument snippets, all
looked up in simple_types.TABLE; the core functions it calls are found by role (codegen.roles).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import examples, naming, validate_simple
from ..model import Example, Function, Spec
from ..render import render
from ..writer import Output
from . import c_types
from .simple_names import Tier3Name, number_methods, tier3_name
from .simple_types import (
    ALL_BACKEND_HELPER,
    DTYPE_CODE_HELPER,
    DTYPE_NAME_HELPER,
    HANDLES_HELPER,
    PURE_TENSOR_TYPE,
    PURE_VALUES_HELPER,
    TENSOR_CLASS,
    extern_signature,
    float_literal,
    ints,
    literal,
    result_row,
    row,
    text_literal,
)

FFI_MODULE = "lib.torch.ffi"
API_MODULE = "lib.torch"
PURE_MODULE = "lib.pure.tensor"
PURE_TENSOR_NAME = PURE_TENSOR_TYPE.split("<", 1)[0]
NOT_AVAILABLE = validate_simple.NOT_AVAILABLE
# mod.spl helpers of the number methods (t.add_f64(2.5)): the 0-d tensor torch makes of a number
NUMBER_HELPERS = {"f64": "number_tensor_f64", "i64": "number_tensor_i64"}
FLOATING_HELPER = "dtype_is_floating"  # whether a dtype name is a floating one


@dataclass(frozen=True)
class SimpleExtern:
    doc: str
    c_prototype: str
    declaration: str


def _fresh(base: str, taken: set[str]) -> str:
    name = base
    while name in taken:
        name += "_"
    return name


@dataclass(frozen=True)
class Wrapper:
    """One spec function in mod.spl: what templates/simple/mod.spl.j2 fills its skeleton with.

    `shape` picks the skeleton: "drop", "tensors" (a function taking Tensors dispatches on
    their backends) or "free" (the native call first, then the not_available fallback);
    `kind` is the result kind of simple_types.TABLE (handle, void, value).
    """

    f: Function
    t3: Tier3Name
    doc: str
    c_prototype: str
    fallback: str | None  # the pure-Simple function, if any
    params: str  # the Tier-3 parameter list
    returns: str  # the Tier-3 result type ("" for none)
    shape: str
    kind: str
    native_call: str
    pure_call: str | None
    result: str  # a fresh name for the native result
    passthrough: list[str]  # statements returning a failed Tensor argument
    all_torch: str  # condition: every Tensor argument is a libtorch one
    all_pure: str  # condition: every Tensor argument is a pure-Simple one
    single: bool  # exactly one Tensor argument (so not error, not torch means pure)
    cpu_test: str | None  # condition: the call asks for the CPU (a pure tensor stays itself)
    sentinel: str  # the value result of a call that cannot be made
    helpers: tuple[str, ...]  # mod.spl helper functions its arguments need

    @property
    def name(self) -> str:
        return self.t3.name

    @property
    def is_method(self) -> bool:
        return self.t3.is_method

    @property
    def forwarded(self) -> str:
        """The Tier-3 parameters passed on as they are (a static constructor's call)."""
        return ", ".join(n for n, _ in self.t3.params)

    def api_call(self, values: dict[str, str]) -> str:
        """A Tier-3 call with spec argument name -> Simple expression (absent: the default)."""
        if self.is_method:
            rest = ", ".join(values[a.name] for _, a in self.t3.params if a.name in values)
            return f"{values[self.f.args[0].name]}.{self.name}({rest})"
        return f"{self.name}({', '.join(values[a.name] for a in self.f.args if a.name in values)})"


def _wrapper(f: Function) -> Wrapper:
    t3 = tier3_name(f)
    everything = ([("self", f.args[0])] if t3.is_method else []) + list(t3.params)
    tensors = [(n, a) for n, a in everything if row(a.type).holds_tensors]
    taken = {n for n, _ in everything}
    item = _fresh("t", taken)
    fallback = f"pure_{f.name}" if f.pure_fallback else None
    res = result_row(f.returns)

    def call(fn: str, pure: bool) -> str:
        args = []
        for n, a in everything:
            r = row(a.type)
            pattern = r.pure_arg if pure else r.native_arg
            assert pattern is not None  # every argument type has both
            args.append(pattern.format(x=n))
        return f"{fn}({', '.join(args)})"

    def all_of(backend: str) -> str:
        return " and ".join(row(a.type).backend_test.format(x=n, backend=backend)  # type: ignore[union-attr]
                            for n, a in tensors)

    cpu = [row(a.type).cpu_test.format(x=n) for n, a in t3.params  # type: ignore[union-attr]
           if row(a.type).cpu_test is not None]
    single = len(tensors) == 1 and row(tensors[0][1].type).tensors == "one"
    return Wrapper(
        f=f, t3=t3, doc=f.doc, c_prototype=c_types.prototype(f), fallback=fallback,
        params=", ".join(
            f"{n}: {row(a.type).tier3}"
            + (f" = {literal(a.type, a.default)}" if a.has_default else "")
            for n, a in t3.params),
        returns=res.tier3,
        shape="drop" if t3.is_drop else "tensors" if tensors else "free",
        kind=res.result,  # type: ignore[arg-type]
        native_call=(res.from_native.format(x=call(f.symbol, pure=False)) if res.result == "value"
                     else call(f.symbol, pure=False)),
        pure_call=call(fallback, pure=True) if fallback else None,
        result=_fresh("result", taken),
        passthrough=[line.format(x=n, item=item)
                     for n, a in tensors for line in row(a.type).passthrough],
        all_torch=all_of("torch"),
        all_pure=all_of("pure"),
        single=single,
        cpu_test=cpu[0] if cpu and t3.is_method and single else None,
        sentinel=res.sentinel(f) if res.sentinel is not None else "",
        helpers=tuple(h for t in [*(a.type for a in f.args), f.returns]
                      for h in row(t).helpers),
    )


@dataclass(frozen=True)
class NumberMethod:
    """A Tier-3 method taking a number where its base method takes a Tensor (a.add_f64(2.5))."""

    name: str
    base: str  # the Tensor method it calls with the number's 0-d tensor
    number: str  # the Simple number type
    helper: str  # the mod.spl function making the 0-d tensor
    f: Function


def _number_methods(spec: Spec) -> list[NumberMethod]:
    return [NumberMethod(name, tier3_name(f).name, number, NUMBER_HELPERS[number], f)
            for f in spec.functions for name, number in number_methods(f)]


def _floating(spec: Spec) -> list[str]:
    """The floating dtypes of the spec's table (numpy's float* and ml_dtypes' bfloat16)."""
    return [d.name for d in spec.dtypes if d.numpy.startswith(("float", "bfloat"))]


@dataclass
class _Context:
    spec: Spec
    wrappers: dict[str, Wrapper]  # by spec function name

    def role(self, role: str) -> Wrapper:
        """The wrapper of the function that takes a core role (codegen.roles)."""
        return self.wrappers[self.spec.role(role).name]

    @property
    def kind_codes(self) -> dict[str, int]:
        return {k.name: k.code for k in self.spec.error_kinds}


def _context(spec: Spec) -> _Context:
    validate_simple.validate(spec)
    return _Context(spec, {f.name: _wrapper(f) for f in spec.functions})


# ---- mod.spl -------------------------------------------------------------------------------

def _pure_contract(ctx: _Context) -> list[str]:
    out = []
    for w in ctx.wrappers.values():
        if w.fallback is None:
            continue
        ps = ", ".join(f"{a.name}: {row(a.type).pure}" for a in w.f.args)
        ret = row(w.f.returns).pure
        out.append(f"fn {w.fallback}({ps})" + (f" -> {ret}" if ret else ""))
    return out


def _mod_context(ctx: _Context) -> dict[str, Any]:
    wrappers = list(ctx.wrappers.values())
    needed = {h for w in wrappers for h in w.helpers}
    return {
        "T": TENSOR_CLASS,
        "ffi_module": FFI_MODULE,
        "externs": [f.symbol for f in ctx.spec.functions],
        "pure_module": PURE_MODULE,
        "pure_names": [PURE_TENSOR_NAME] + [w.fallback for w in wrappers if w.fallback],
        "pure_contract": _pure_contract(ctx),
        "pure_tensor_type": PURE_TENSOR_TYPE,
        "pure_tensor_name": PURE_TENSOR_NAME,
        "methods": [w for w in wrappers if w.is_method],
        "constructors": [w for w in wrappers if w.t3.constructor is not None],
        "bare": [w.name for w in wrappers
                 if not w.is_method and naming.short(w.f.name) in naming.SIMPLE_BARE_FUNCTIONS],
        "functions": [w for w in wrappers if not w.is_method],
        "helpers": [h for h in (HANDLES_HELPER, PURE_VALUES_HELPER, ALL_BACKEND_HELPER,
                                DTYPE_CODE_HELPER, DTYPE_NAME_HELPER) if h in needed],
        "dtype_code_helper": DTYPE_CODE_HELPER,
        "dtype_name_helper": DTYPE_NAME_HELPER,
        "dtypes": [(d.name, d.code) for d in ctx.spec.dtypes],
        "number_methods": _number_methods(ctx.spec),
        "number_helpers": NUMBER_HELPERS,
        "floating_helper": FLOATING_HELPER,
        "floating_dtypes": _floating(ctx.spec),
        "default_dtype": ctx.spec.default_dtype,
        "handles_helper": HANDLES_HELPER,
        "pure_values_helper": PURE_VALUES_HELPER,
        "all_backend_helper": ALL_BACKEND_HELPER,
        "not_available_code": ctx.kind_codes[NOT_AVAILABLE],
        "last_error": ctx.role("last_error").name,
        "named": {r: ctx.role(r).name
                  for r in ("shape", "to_device", "from_f64", "available", "last_error",
                            "dtype", "scalar", "from_i64")},
        "last_error_symbol": ctx.spec.role("last_error").symbol,
        "last_error_kind_symbol": ctx.spec.role("last_error_kind").symbol,
    }


# ---- torch_spec.spl ------------------------------------------------------------------------

@dataclass(frozen=True)
class SpecCase:
    title: str
    guard: str | None  # the condition the case runs under, if any
    lines: list[str]


@dataclass(frozen=True)
class SpecGroup:
    title: str
    cases: list[SpecCase]


def _title(text: str) -> str:
    clean = text.replace('"', "'").replace("\\", "/").replace("{", "(").replace("}", ")")
    return text_literal(" ".join(clean.split()))


def _explicit_args(f: Function, e: Example) -> list:
    """The arguments a Tier-3 call of the example passes: trailing ones at their default are
    left out, so the generated spec exercises the defaults."""
    args = list(f.args)
    while args and args[-1].has_default and e.args[args[-1].name] == args[-1].default \
            and type(e.args[args[-1].name]) is type(args[-1].default):
        args.pop()
    return args


def _make_tensor(ctx: _Context, value: Any) -> str:
    arr = np.asarray(value, dtype=np.float64)
    data = "[" + ", ".join(float_literal(float(x)) for x in arr.ravel()) + "]"
    return f"{ctx.role('from_f64').name}({data}, {ints(arr.shape)})"


def _placeholder(title: str, note: str) -> SpecCase:
    return SpecCase(_title(title), None, [f"# {note}", "expect(true).to_equal(true)"])


def _spec_case(ctx: _Context, w: Wrapper, e: Example, preamble: str | None) -> SpecCase:
    f = w.f
    res = result_row(f.returns)
    available = ctx.role("available").name
    cuda = ctx.role("cuda_available").name
    error_kind = ctx.role("last_error_kind").name
    last_error = ctx.role("last_error").name

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
    native_only = f.stub is None and (e.error is not None or w.fallback is None)
    if native_only and f"{available}()" not in conditions:
        conditions.insert(0, f"{available}()")

    body: list[str] = []
    if preamble is not None and f.keeps_error:
        body += ["# a call that succeeds in every variant, so no earlier error is left over",
                 f"{preamble}()"]
    values: dict[str, str] = {}
    got = _fresh("got", {a.name for a in f.args})
    for a in _explicit_args(f, e):
        built, values[a.name] = row(a.type).example(a.name, e.args[a.name])
        # a raw handle (an int, e.g. 0 for the null-handle cases) is wrapped as it is
        body += [f"val {name} = {TENSOR_CLASS}.from_handle({x})"
                 if isinstance(x, int) and not isinstance(x, bool)
                 else f"val {name} = {_make_tensor(ctx, x)}" for name, x in built]
    call = w.api_call(values)
    body.append(call if res.result == "void" else f"val {got} = {call}")

    success = f"expect({error_kind}()).to_equal(0)"
    if e.error is not None:
        message = e.message or ""
        body += [f"expect({error_kind}()).to_equal({ctx.kind_codes[e.error]})",
                 f"expect({last_error}()).to_contain({text_literal(message)})"]
        body += res.error_check(got, f, message)  # type: ignore[misc]
    else:
        body += [line.format(got=got) for line in res.ok_check]
        checks: list[str] | None
        if e.shape is not None:
            checks = [f"expect({got}.shape()).to_equal({ints(e.shape)})",
                      f"expect({got}.numel()).to_equal({math.prod(e.shape)})"]
        else:  # an in-place function's example states the value of its first argument
            ok, value = examples.evaluate(ctx.spec, f, e)
            check, subject = ((row(f.args[0].type).check, values[f.args[0].name]) if f.inplace
                              else (res.check, got))
            checks = check(subject, value) if ok and check else None
        if checks:
            body += checks
        elif not res.ok_check:  # no value Simple can state: the call succeeded
            if f.stub is None and not native_only:
                body += [f"if {available}():", f"    {success}"]
            else:
                body.append(success)
        if w.t3.constructor is not None:  # the static constructor makes the same tensor
            same = _fresh("same", {a.name for a in f.args} | {got})
            static = f"{TENSOR_CLASS}.{w.t3.constructor}" + call[len(w.name):]
            body += [f"val {same} = {static}", f"expect({same}.shape()).to_equal({got}.shape())"]
    return SpecCase(_title(title), " and ".join(conditions) or None, body)


def _spec_groups(ctx: _Context) -> list[SpecGroup]:
    preamble = next((ctx.wrappers[f.name].name for f in ctx.spec.functions
                     if not f.args and not f.keeps_error and f.stub is not None
                     and result_row(f.returns).result != "void"), None)
    groups = []
    for f in ctx.spec.functions:
        w = ctx.wrappers[f.name]
        cases = [_spec_case(ctx, w, e, preamble) for e in f.examples]
        if not cases:
            cases = [_placeholder(f"line {f.line}: has no examples in the spec",
                                  "add examples to spec/ffi.yaml to check this function here")]
        groups.append(SpecGroup(_title(f"{f.symbol} ({w.t3.qualified})"), cases))
    return groups


def _dtype_group(ctx: _Context) -> SpecGroup:
    """Every dtype of the table through the Tier-3 API: made by to_dtype, named by dtype(),
    read back as integers and bools."""
    available = ctx.role("available").name
    made = f"{ctx.role('from_f64').name}([0.0, 1.0, 1.0], [3])"
    cases = []
    for d in ctx.spec.dtypes:
        lines = [f"val t = {made}.{ctx.role('to_dtype').name}({text_literal(d.name)})",
                 f"expect(t.{ctx.role('dtype').name}()).to_equal({text_literal(d.name)})",
                 f"expect(t.{ctx.role('to_i64').name}()).to_equal([0, 1, 1])",
                 f"expect(t.{ctx.role('to_bool').name}()).to_equal([false, true, true])"]
        cases.append(SpecCase(_title(f"{d.name}, code {d.code}"),
                              f"{available}()", lines))
    return SpecGroup(_title("the spec's dtypes: made, named and read back"), cases)


def _number_group(ctx: _Context) -> SpecGroup | None:
    """Each number method on its base function's first example, the other tensor's first
    value as the number; values from the base's numpy reference (float32 beside a number)."""
    available = ctx.role("available").name
    cases = []
    for m in _number_methods(ctx.spec):
        e = next((e for e in m.f.examples if e.expect is not None), None)
        if e is None:
            continue
        first, second = (a.name for a in m.f.args)
        x = np.asarray(e.args[first], dtype=np.float32)
        raw = np.asarray(e.args[second], dtype=np.float64).ravel()[0]
        number: float | int = float(raw) if m.number == "f64" else int(raw)
        lit = float_literal(number) if m.number == "f64" else str(number)
        lines = [f"val {first} = {_make_tensor(ctx, e.args[first])}",
                 f"val got = {first}.{m.name}({lit})",
                 "expect(got.is_ok()).to_equal(true)"]
        try:  # the spec is trusted input, like the C++ expressions it holds
            want = np.asarray(eval(m.f.numpy or "", {"__builtins__": __builtins__},  # noqa: S307
                                   {"np": np, "math": math, first: x, second: number}))
        except (NameError, SyntaxError):  # no reference, or one needing the pure runtime
            want = None
        if want is not None:
            lines.append(f"expect(got.{ctx.role('dtype').name}())"
                         f".to_equal({text_literal(want.dtype.name)})")
            lines += result_row(m.f.returns).check("got", want) or []  # type: ignore[misc]
        cases.append(SpecCase(_title(f"{m.base} with the {m.number} {lit}"), f"{available}()",
                              lines))
    return SpecGroup(_title("numbers in operations: Tensor.<op>_f64 and _i64"), cases) \
        if cases else None


def _spec_context(ctx: _Context) -> dict[str, Any]:
    extra = [g for g in (_dtype_group(ctx), _number_group(ctx)) if g is not None]
    return {
        "api_module": API_MODULE,
        "imports": [TENSOR_CLASS] + [w.name for w in ctx.wrappers.values() if not w.is_method],
        "groups": _spec_groups(ctx) + extra,
        "available": ctx.role("available").name,
        "cuda_available": ctx.role("cuda_available").name,
    }


# ---- entry point ---------------------------------------------------------------------------

def generate(spec: Spec, out: Output) -> None:
    externs = [SimpleExtern(f.doc, c_types.prototype(f), extern_signature(f))
               for f in spec.functions]
    constants = [(naming.dtype_constant(spec.prefix, d.name), d.code,
                  f"{d.name}, {d.size} byte{'s' if d.size > 1 else ''}"
                  + (", the default" if d.name == spec.default_dtype else ""))
                 for d in spec.dtypes]
    out.add("simple/ffi.spl", render("simple/ffi.spl.j2", spec=spec, externs=externs,
                                     dtype_constants=constants))
    ctx = _context(spec)
    out.add("simple/mod.spl", render("simple/mod.spl.j2", spec=spec, **_mod_context(ctx)))
    out.add("simple/torch_spec.spl",
            render("simple/torch_spec.spl.j2", spec=spec, **_spec_context(ctx)))
