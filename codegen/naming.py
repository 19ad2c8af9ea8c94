"""Every naming rule of the generated code, in one place; every target asks here.

- C: a function's symbol is the spec prefix + its name; macros use the upper-case prefix.
- Operations drop a leading `tensor_` in the bindings: `tensor_add` -> Python `Tensor.add` /
  `simple_torch_ffi.add`, Simple `Tensor.add`; free functions in Simple are `torch_<short>`
  (upstream's bare names for SIMPLE_BARE_FUNCTIONS), and creation functions are also static
  `Tensor.<short>` constructors there (codegen/targets/simple_names.py).
- Reserved words: an argument name must be usable in C, C++, Python and Simple (the spec
  loader refuses the others, naming the language).
- In-place operations end with `_`, as torch's do (`tensor_fill_` -> C
  `simple_torch_tensor_fill_`, Python `t.fill_()`); Simple gives a trailing `_` a meaning of its
  own (upstream's lexer reads `name_` as a mutable binding, and `name_"..."` as an i18n string),
  so Simple's Tier-3 methods spell it `fill_inplace` (simple_method).
"""

from __future__ import annotations

import keyword

# Words the upstream Simple parser rejects as parameter names, plus its keywords.
SIMPLE_RESERVED = frozenset(
    """pass gen val def exists actor assert join pass_todo pass_do_nothing pass_dn
    fn type class use in var static extern export import struct enum trait impl if elif else
    while for loop break continue return match case and or not is true false nil self me
    async await yield mod pub let const""".split()
)
# C and C++ keywords an argument name must not shadow in the generated C/C++.
C_RESERVED = frozenset(
    """auto break case char const continue default do double else enum extern float for goto
    if inline int long register restrict return short signed sizeof static struct switch
    typedef union unsigned void volatile while bool true false class delete new namespace
    operator private protected public template this throw try catch typename using virtual
    nullptr int64_t int32_t""".split()
)
# Names the generated C code itself uses next to the arguments (the output buffer).
OUT_PARAMS = ("out", "out_len")
# Python names a generated binding uses next to the spec's arguments (the Tensor API, and the
# names a numpy reference sees: simple_torch_ffi/_reference.py).
PYTHON_BINDING_NAMES = frozenset({"self", "backend", "np", "math", "rng", "unavailable",
                                  "fail", "invalid", "index_key", "reseed", "apply_reduction",
                                  "Any", "Callable", "Tensor"})

OPERATION_PREFIX = "tensor_"
# torch's mark of an in-place operation: `fill_`, `zero_`, `copy_` (spec key `inplace: true`).
INPLACE_SUFFIX = "_"
# What Simple's Tier-3 API puts in its place (see the module docstring).
SIMPLE_INPLACE_SUFFIX = "_inplace"
# Tier-3 (mod.spl) method names that Simple reserves, and what they become there: torch's
# `var` is a Simple keyword.
SIMPLE_RENAMES: dict[str, str] = {"var": "variance"}

# ---- the word lane (codegen/targets/word_lane.py) ---------------------------------------------
# Upstream's dynamic loaders find `rt_<p>_*` symbols in `libspl_<p>.so`; <p> is the spec's
# `lane: {name: ...}`.
# The most argument words a lane function may take: the standard library's dynamic loader
# (`spl_wffi_call_i64`) passes at most 8 (the interpreter's dynamic path takes 13).
LANE_MAX_WORDS = 8
# The lane's own hand-written core (buffers for arrays, text bytes), exported next to the
# spec's functions as rt_<p>_<name>; a spec function may not take one of these names.
LANE_CORE = ("buffer_new_i64", "buffer_new_f64", "buffer_len", "buffer_kind", "buffer_get",
             "buffer_set", "buffer_free", "buffer_live", "buffer_from_text", "buffer_text")


def lane_symbol(lane: str, name: str) -> str:
    """The word-lane symbol of spec function (or lane core function) `name`."""
    return f"rt_{lane}_{name}"


def lane_library(lane: str, variant: str) -> str:
    """The file name of the word-lane library of a variant: upstream loads libspl_<p>.so; the
    stub variant's lane library (same symbols) is libspl_<p>_stub.so beside it."""
    return f"libspl_{lane}.so" if variant == "torch" else f"libspl_{lane}_{variant}.so"


def lane_tier3(name: str) -> str:
    """The Simple Tier-3 name of a spec function in the word-lane module: lane_<short>."""
    return f"lane_{simple_short(name)}"


def symbol(prefix: str, name: str) -> str:
    """The C symbol of spec function `name`."""
    return prefix + name


def macro_prefix(prefix: str) -> str:
    return prefix.upper()


def error_macro(prefix: str, kind: str) -> str:
    return f"{macro_prefix(prefix)}ERR_{kind.upper()}"


def length_param(arg: str) -> str:
    """The C length parameter that follows an array argument."""
    return f"{arg}_len"


def short(name: str) -> str:
    """A function's name in the bindings: "tensor_add" -> "add", "relu" -> "relu"."""
    return name.removeprefix(OPERATION_PREFIX)


def is_inplace_name(name: str) -> bool:
    """Whether a spec name carries torch's in-place mark (`tensor_fill_`)."""
    return name.endswith(INPLACE_SUFFIX)


def simple_short(name: str) -> str:
    """A function's name in Simple's Tier-3 APIs: short(name), with an in-place `x_` spelled
    `x_inplace` and a Simple keyword renamed (SIMPLE_RENAMES)."""
    s = short(name)
    if is_inplace_name(s):
        s = s.removesuffix(INPLACE_SUFFIX) + SIMPLE_INPLACE_SUFFIX
    return SIMPLE_RENAMES.get(s, s)


# Simple Tier-3 free functions that keep their own name instead of torch_<short>: upstream's
# mod.spl (src/lib/torch/mod.spl) calls them so, after torch (torch.cuda.is_available,
# torch.manual_seed), and a program written against it must find them.
SIMPLE_BARE_FUNCTIONS = frozenset({"cuda_available", "manual_seed"})


def simple_free_function(name: str) -> str:
    """The Simple Tier-3 name of a function that is not a Tensor method: torch_<simple_short>,
    or simple_short itself for SIMPLE_BARE_FUNCTIONS."""
    s = simple_short(name)
    return s if s in SIMPLE_BARE_FUNCTIONS else f"torch_{s}"


def reserved_in(name: str) -> str | None:
    """The language in which `name` cannot be an argument name, or None."""
    if name in SIMPLE_RESERVED:
        return "Simple"
    if name in C_RESERVED:
        return "C or C++"
    if keyword.iskeyword(name) or name in PYTHON_BINDING_NAMES:
        return "Python"
    return None


# ---- Python ----------------------------------------------------------------------------------

# Spec names whose Python spelling differs, so the surface keeps torch's names: torch has
# `t.dim()` beside the `t.ndim` property, and its reductions of one dim to the largest or
# smallest values are `amax` / `amin` (torch's `max(dim)` gives values and indices).
PYTHON_RENAMES: dict[str, str] = {"ndim": "dim", "max_dim": "amax", "min_dim": "amin"}
# Python operators of Tensor methods, by method name (reflected forms second).
PYTHON_OPERATORS: dict[str, tuple[str, ...]] = {
    "add": ("__add__", "__radd__"),
    "sub": ("__sub__", "__rsub__"),
    "mul": ("__mul__", "__rmul__"),
    "div": ("__truediv__", "__rtruediv__"),
    "matmul": ("__matmul__", "__rmatmul__"),
    "neg": ("__neg__",),
    "floor_divide": ("__floordiv__", "__rfloordiv__"),
    "remainder": ("__mod__", "__rmod__"),
    "pow": ("__pow__", "__rpow__"),
    "eq": ("__eq__",),
    "ne": ("__ne__",),
    "lt": ("__lt__",),
    "le": ("__le__",),
    "gt": ("__gt__",),
    "ge": ("__ge__",),
    "abs": ("__abs__",),
}
# The operations whose other operand may be a number in torch (`t + 1`, `t < 0.5`): those of a
# binary Python operator, except `@` (torch's matmul takes no number). The Simple Tier-3 API
# gives each a method per number type (simple_number_method).
_UNARY_OPERATORS = ("__neg__", "__pos__", "__abs__", "__invert__")
NUMBER_OPERAND_OPERATIONS: frozenset[str] = frozenset(
    name for name, ops in PYTHON_OPERATORS.items()
    if ops[0] not in _UNARY_OPERATORS and "__matmul__" not in ops)
# What the hand-written Tensor base (runtime/python/simple_torch_ffi/tensor.py) defines; no
# spec operation may become a method of these names (tests/test_python_surface.py keeps this
# list equal to the base's public members).
PYTHON_TENSOR_MEMBERS: frozenset[str] = frozenset(
    """allclose backend close closed device dtype from_numpy grad is_cuda item keep ndim numpy
    requires_grad requires_grad_ shape size to tolist""".split()
)


def dtype_constant(prefix: str, dtype: str) -> str:
    """The ABI constant of a dtype code (C macro, Simple Tier-2 `val`): SIMPLE_TORCH_DTYPE_INT64."""
    return f"{macro_prefix(prefix)}DTYPE_{dtype.upper()}"


def simple_number_method(method: str, number: str) -> str:
    """The Simple Tier-3 method taking a number of Simple type `number` (f64, i64) where
    `method` takes a tensor: add -> add_f64, add_i64 (Simple has no overloading)."""
    return f"{method}_{number}"


# The package's own modules (hand-written in runtime/python/<library>, generated, compiled):
# a spec `python_module` may not take one of these names (tests/test_spec_errors.py keeps
# this list equal to the runtime's modules and subpackages; `nn` is not in it: the spec's
# nn.functional lives in it).
PYTHON_PACKAGE_MODULES: frozenset[str] = frozenset(
    """autograd backends checkpoint config device dlpack dtypes errors indexing loader marshal
    optim pure reference_support scopes sdn tensor""".split()
)
# A python_module function's first argument called `handle` (the C name of the spec's older
# operations) is `input` in Python, torch.nn.functional's name for it.
PYTHON_INPUT_RENAMES: dict[str, str] = {"handle": "input"}


def python_module_file(library: str, module: str) -> str:
    """The generated file of a spec `python_module`: nn.functional ->
    python/<library>/nn/functional.py (a module of the package's generated root; a hand-written
    `nn/__init__.py` extends its __path__ over the roots like the package does)."""
    return f"python/{library}/{module.replace('.', '/')}.py"


def python_name(name: str) -> str:
    """The Python name of a spec operation: a method of Tensor or a module-level function."""
    s = short(name)
    return PYTHON_RENAMES.get(s, s)


def other_param(name: str, names: list[str], lone_tensor: bool) -> str:
    """A method's parameter name (Python and Simple): the lone tensor `b` besides self is
    `other`, as in torch (tensor_add(a, b) -> Tensor.add(self, other)), unless a parameter is
    already so named; named tensors keep their names (index_select(dim, index))."""
    if lone_tensor and name == "b" and "other" not in names:
        return "other"
    return name
