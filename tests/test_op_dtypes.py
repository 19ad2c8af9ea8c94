"""Every operation on every dtype, against torch itself (issue 11, "Proven").

The operations are the spec's functions without a core role that take tensors, read from
_abi.FUNCTIONS and the spec's examples, so a new spec entry is covered by itself. For each one
and each dtype of the spec's table, its conformance examples run with every tensor argument
cast to that dtype (the example's values as float32, then `.to(dtype)` on both sides), through
the Tensor API on the torch backend and through torch: the method of the same name (or the
torch function of that name; TORCH_CALLS for the few spec operations torch spells otherwise)
with the same arguments. Either both give the same result (dtype, shape, values: exact for
integers and bools, close for floats) or both refuse, ours with TorchError (or the error kind
the example itself names), never a crash. Operations of two or more tensors also run over
every pair of dtypes: torch's promoted dtype and values.

The typed data core (int64 and bool in and out, 0-d tensors of numbers) is checked against
torch below too, through the raw ABI (those functions are core roles, not Tensor methods).
"""

from __future__ import annotations

import importlib
import itertools
import math
import os
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import Variant, _abi
from simple_torch_ffi.errors import SimpleTorchError, TorchError, error_class

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")

ROOT = Path(__file__).resolve().parent.parent
DTYPES = list(_abi.DTYPES)
# float tolerance by dtype (both sides run the same ATen kernels; this only absorbs rounding
# of differently ordered reductions)
RTOL = {"float64": 1e-12, "float32": 1e-6, "float16": 1e-3, "bfloat16": 1e-2}

# Spec operations (by spec name without tensor_) whose torch counterpart is not the method or
# function of their Python name, with the same arguments (the spec's argument order).
TORCH_CALLS: dict[str, Callable[..., Any]] = {
    "item_f64": lambda t: float(t.item()),
    "item_i64": lambda t: int(t.item()),
    "sum_dim": lambda t, dim, keepdim: t.sum(dim, keepdim=keepdim),
    "mean_dim": lambda t, dim, keepdim: t.mean(dim, keepdim=keepdim),
    "prod_dim": lambda t, dim, keepdim: t.prod(dim, keepdim=keepdim),
    "max_dim": lambda t, dim, keepdim: t.max(dim, keepdim=keepdim).values,
    "min_dim": lambda t, dim, keepdim: t.min(dim, keepdim=keepdim).values,
    "std_dim": lambda t, dim, keepdim: t.std(dim, keepdim=keepdim),
    "var_dim": lambda t, dim, keepdim: t.var(dim, keepdim=keepdim),
    "slice": lambda t, dim, start, end, step: torch.ops.aten.slice(t, dim, start, end, step),
    # torch's scale factors of the in-place updates are keyword-only
    "add_": lambda t, other, alpha: t.add_(other, alpha=alpha),
    "addcmul_": lambda t, a, b, value: t.addcmul_(a, b, value=value),
    "addcdiv_": lambda t, a, b, value: t.addcdiv_(a, b, value=value),
}

pytestmark = pytest.mark.usefixtures("tb")  # the torch backend as the default (conftest)


@cache
def _spec() -> Any:
    from codegen.spec import load_spec

    return load_spec(ROOT / "spec" / "ffi.yaml")


def _operations() -> list[str]:
    """The spec's operations (no core role) with a tensor or [tensor] argument."""
    return [name for name, info in _abi.FUNCTIONS.items()
            if info.role is None and not any(c for _, _, c in info.args)
            and any(t in ("tensor", "[tensor]") for _, t, _ in info.args)]


def _cuda() -> bool:
    return bool(torch.cuda.is_available())


def _examples(name: str) -> list[Any]:
    """The examples that apply on this machine; a raw handle as a tensor argument (0 for the
    null-handle cases) is the hostile suite's business, not a dtype's."""
    out = []
    for e in _spec().function(name).examples:
        if e.variant not in (None, "torch") or (e.when == "cuda" and not _cuda()) or \
                (e.when == "no_cuda" and _cuda()):
            continue
        if any(t == "tensor" and isinstance(e.args[a], int) for a, t, _ in
               _abi.FUNCTIONS[name].args):
            continue
        out.append(e)
    return out


# ---- one call on both sides --------------------------------------------------------------------

def _tensor_slots(name: str, example: Any) -> list[tuple[str, int | None]]:
    """(argument, element index or None) of every tensor in an example, in order."""
    slots: list[tuple[str, int | None]] = []
    for a, t, _ in _abi.FUNCTIONS[name].args:
        if t == "tensor" or (t == "tensor?" and example.args[a] is not None):
            slots.append((a, None))
        elif t == "[tensor]":
            slots += [(a, i) for i in range(len(example.args[a]))]
    return slots


def _arguments(name: str, example: Any, dtypes: dict[tuple[str, int | None], str]
               ) -> tuple[list[Any], list[Any]]:
    """(ours, torch's) arguments of an example, each tensor slot cast to its dtype."""
    def ours(v: Any, d: str) -> Any:
        return stf.tensor(np.asarray(v, dtype=np.float32)).to(d)

    def theirs(v: Any, d: str) -> Any:
        return torch.tensor(np.asarray(v, dtype=np.float32)).to(getattr(torch, d))

    mine: list[Any] = []
    reference: list[Any] = []
    for a, t, _ in _abi.FUNCTIONS[name].args:
        v = example.args[a]
        if t == "tensor" or (t == "tensor?" and v is not None):
            mine.append(ours(v, dtypes[(a, None)]))
            reference.append(theirs(v, dtypes[(a, None)]))
        elif t == "[tensor]":
            mine.append([ours(x, dtypes[(a, i)]) for i, x in enumerate(v)])
            reference.append([theirs(x, dtypes[(a, i)]) for i, x in enumerate(v)])
        elif t == "dtype":
            mine.append(v)
            reference.append(getattr(torch, v))
        else:
            mine.append(v)
            reference.append(v)
    return mine, reference


def _call_ours(name: str, args: list[Any]) -> Any:
    info = _abi.FUNCTIONS[name]
    if info.python_module is not None:  # stf.nn.functional.conv2d: torch's namespace
        module = importlib.import_module(f"simple_torch_ffi.{info.python_module}")
        return getattr(module, info.api_name)(*args)
    if info.args[0][1] == "tensor":
        return getattr(args[0], info.api_name)(*args[1:])
    return getattr(stf, info.api_name)(*args)


def _torch_call(name: str) -> Callable[..., Any] | None:
    """How torch computes operation `name` from the same arguments, or None."""
    info = _abi.FUNCTIONS[name]
    short = name.removeprefix("tensor_")  # TORCH_CALLS is by spec name: overloads share a
    if short in TORCH_CALLS:              # Python name (sum and sum_dim are both t.sum)
        return TORCH_CALLS[short]
    if info.python_module is not None:  # torch.nn.functional.<name>, the rest by name (torch
        fn = getattr(importlib.import_module(f"torch.{info.python_module}"), info.api_name,
                     None)  # has legacy positionals such as size_average before `reduction`)
        names = [a for a, _, _ in info.args[1:]]
        return None if fn is None else (
            lambda first, *rest: fn(first, **dict(zip(names, rest, strict=True))))
    if info.args[0][1] == "tensor" and hasattr(torch.Tensor, info.api_name):
        return lambda t, *rest: getattr(t, info.api_name)(*rest)
    return getattr(torch, info.api_name, None)


def _call_torch(name: str, args: list[Any]) -> Any:
    call = _torch_call(name)
    assert call is not None
    return call(*args)


def _needs_counterpart(name: str) -> None:
    """Skip (with the reason) an operation torch has no counterpart of: one added to the spec
    under a name of its own (the walkthrough's tensor_describe, ...) until TORCH_CALLS says
    how torch computes it."""
    if _torch_call(name) is None:
        pytest.skip(f"{name}: torch has no {_abi.FUNCTIONS[name].api_name!r}; add to "
                    "TORCH_CALLS how torch computes it to compare it on every dtype")


def _dtype_name(t: Any) -> str:
    return str(t.dtype).removeprefix("torch.")


def _compare(name: str, ours: Any, theirs: Any) -> str | None:
    """What differs between our result and torch's, or None."""
    if isinstance(ours, stf.Tensor):
        if not isinstance(theirs, torch.Tensor):
            return f"we gave a tensor, torch {type(theirs).__name__}"
        if ours.dtype != _dtype_name(theirs):
            return f"dtype {ours.dtype}, torch {_dtype_name(theirs)}"
        if tuple(ours.shape) != tuple(theirs.shape):
            return f"shape {tuple(ours.shape)}, torch {tuple(theirs.shape)}"
        theirs = theirs.cpu()
        if ours.dtype in RTOL:
            got = ours.to("float64").numpy()
            want = theirs.to(torch.float64).numpy()
            if not np.allclose(got, want, rtol=RTOL[ours.dtype], atol=0, equal_nan=True):
                return f"values {got.tolist()}, torch {want.tolist()}"
        else:  # integers and bools: exact
            got = ours.to("int64").numpy()
            want = theirs.to(torch.int64).numpy()
            if not np.array_equal(got, want):
                return f"values {got.tolist()}, torch {want.tolist()}"
        return None
    if isinstance(theirs, torch.Tensor):
        theirs = theirs.tolist() if theirs.dim() else theirs.item()
    if isinstance(ours, float):
        same = isinstance(theirs, int | float) and (
            math.isclose(ours, theirs, rel_tol=1e-6) or (math.isnan(ours) and math.isnan(theirs)))
    elif isinstance(ours, bool):  # torch's any/all of uint8 answer 0 / 1 of that dtype
        same = theirs in (0, 1) and ours == bool(theirs)
    else:
        same = type(ours) is type(theirs) and ours == theirs \
            or isinstance(ours, tuple | list) and list(ours) == list(theirs)
    return None if same else f"{ours!r}, torch {theirs!r}"


def _check(name: str, example: Any, dtypes: dict[tuple[str, int | None], str]) -> str | None:
    """Both sides on one example with these tensor dtypes: what differs, or None."""
    where = f"{name} (spec line {example.line}, {', '.join(dtypes.values())})"
    mine, reference = _arguments(name, example, dtypes)
    try:
        theirs, their_error = _call_torch(name, reference), None
    except (RuntimeError, TypeError, ValueError, IndexError, NotImplementedError,
            AssertionError) as e:
        theirs, their_error = None, e
    try:
        ours, our_error = _call_ours(name, mine), None
    except SimpleTorchError as e:
        ours, our_error = None, e
    if their_error is not None and our_error is not None:
        allowed = (TorchError,) + ((error_class(_abi.ERROR_KINDS[example.error]),)
                                   if example.error else ())
        if not isinstance(our_error, allowed):
            return f"{where}: torch refuses, we raise {type(our_error).__name__}: {our_error}"
        return None
    if their_error is not None:
        return f"{where}: torch refuses ({their_error}), we give {ours!r}"
    if our_error is not None:
        return f"{where}: we refuse ({type(our_error).__name__}: {our_error}), torch gives " \
               f"{theirs!r}"
    diff = _compare(name, ours, theirs)
    return None if diff is None else f"{where}: {diff}"


# ---- every operation on every dtype ------------------------------------------------------------

# The operations of this spec, each with its torch counterpart (a spec entry added later
# without one is skipped, with the reason, until TORCH_CALLS has it).
COMPARED = """tensor_add tensor_mul tensor_matmul tensor_ndim tensor_numel relu sigmoid tanh
    tensor_cuda tensor_cpu tensor_sub tensor_div tensor_neg tensor_exp tensor_log tensor_sum
    tensor_mean tensor_reshape tensor_transpose softmax tensor_cat tensor_clone tensor_eq
    tensor_ne tensor_lt tensor_le tensor_gt tensor_ge tensor_logical_and tensor_logical_or
    tensor_logical_not tensor_where tensor_any tensor_all tensor_abs tensor_sqrt tensor_floor
    tensor_ceil tensor_round tensor_clamp tensor_floor_divide tensor_remainder tensor_sum_dim
    tensor_mean_dim tensor_max_dim tensor_min_dim tensor_argmax tensor_argmin tensor_prod_dim
    tensor_std_dim tensor_var_dim tensor_item_f64 tensor_item_i64 tensor_squeeze
    tensor_unsqueeze tensor_flatten tensor_contiguous tensor_expand tensor_narrow tensor_slice
    tensor_select tensor_index_select tensor_masked_select""".split()


def test_every_operation_is_covered() -> None:
    ops = _operations()
    assert set(COMPARED) <= set(ops)
    for name in COMPARED:  # each has a torch counterpart and an example to run
        assert _torch_call(name) is not None, f"{name}: no torch counterpart; add TORCH_CALLS"
        assert _examples(name), f"{name}: no example to run on every dtype"
    assert set(TORCH_CALLS) <= {n.removeprefix("tensor_") for n in ops}  # no stale entries


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", _operations())
def test_operation_on_every_dtype_matches_torch(name: str, dtype: str) -> None:
    _needs_counterpart(name)
    problems = []
    for example in _examples(name):
        slots = _tensor_slots(name, example)
        problem = _check(name, example, dict.fromkeys(slots, dtype))
        if problem:
            problems.append(problem)
    assert not problems, "\n".join(problems)
    assert stf.live_handles() >= 0


def _pairs(slots: list[tuple[str, int | None]]) -> Iterator[tuple[int, int]]:
    """The positions each pair of dtypes goes to: every two tensors of an operation (the others
    bool: where's condition)."""
    return itertools.combinations(range(len(slots)), 2)


def _combining() -> list[str]:
    return [n for n in _operations()
            if any(len(_tensor_slots(n, e)) >= 2 for e in _examples(n))]


@pytest.mark.parametrize("name", _combining())
def test_combining_every_pair_of_dtypes_promotes_like_torch(name: str) -> None:
    _needs_counterpart(name)
    example = next(e for e in _examples(name) if len(_tensor_slots(name, e)) >= 2)
    slots = _tensor_slots(name, example)
    problems = []
    for i, j in _pairs(slots):
        for a, b in itertools.product(DTYPES, DTYPES):
            dtypes = {s: a if k == i else b if k == j else "bool" for k, s in enumerate(slots)}
            problem = _check(name, example, dtypes)
            if problem:
                problems.append(problem)
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems[:40])


def test_promoting_binary_operations_are_all_paired() -> None:
    """The spec's `promote: true` operations of two tensors are among those paired above."""
    promoting = {n for n in _operations() if _abi.FUNCTIONS[n].promote}
    assert promoting and promoting <= set(_combining())
    assert {"tensor_add", "tensor_sub", "tensor_mul", "tensor_div", "tensor_eq",
            "tensor_floor_divide", "tensor_remainder", "tensor_cat"} <= promoting


# ---- the typed data core against torch (raw ABI, by role) -------------------------------------

@pytest.fixture(scope="module")
def v() -> Variant:
    try:
        return stf.load_variant("torch")
    except stf.NotAvailableError as e:
        if os.environ.get("STF_REQUIRE_TORCH") == "1":
            raise
        pytest.skip(f"torch variant not built: {e}")


def _read(v: Variant, role: str, h: int, ctype: str) -> list[Any]:
    fn = v.role(role)
    n = fn(h, v.ffi.NULL, 0)
    assert n >= 0, v.last_error()
    out = v.ffi.new(f"{ctype}[]", max(n, 1))
    assert fn(h, out, n) == n
    return list(out[0:n])


def _made(v: Variant, t: Any) -> int:
    """A tensor of torch tensor t's dtype and values (through the raw bytes core)."""
    raw = t.contiguous().view(torch.uint8).numpy().tobytes() if t.numel() else b""
    data = v.ffi.new("uint8_t[]", list(raw))
    dims = v.ffi.new("int64_t[]", list(t.shape))
    h = v.role("from_bytes")(data, len(raw), dims, t.dim(), _abi.DTYPES[_dtype_name(t)].code)
    assert h > 0, v.last_error()
    return int(h)


@pytest.mark.parametrize("dtype", DTYPES)
def test_values_out_as_int64_and_bool_convert_as_torch(v: Variant, dtype: str) -> None:
    t = torch.tensor([0.0, 1.0, -2.5, 3.75, 100.0, -0.5]).to(getattr(torch, dtype)).reshape(2, 3)
    h = _made(v, t)
    view = v.func("tensor_transpose")(h, 0, 1)  # strided: the converting path
    try:
        for handle, source in ((h, t), (view, t.t())):
            want = source.to(torch.int64).flatten().tolist()
            assert _read(v, "to_i64", handle, "int64_t") == want, dtype
            want = source.to(torch.bool).flatten().tolist()
            assert _read(v, "to_bool", handle, "bool") == want, dtype
    finally:
        v.role("free")(view)
        v.role("free")(h)


def _new(v: Variant, role: str, ctype: str, values: list[Any], dims: list[int]) -> int:
    data = v.ffi.new(f"{ctype}[]", values)
    shape = v.ffi.new("int64_t[]", dims)
    h = v.role(role)(data, len(values), shape, len(dims))
    assert h > 0, v.last_error()
    return int(h)


def test_int64_and_bool_data_in_are_exact_and_typed(v: Variant) -> None:
    ints = [2**62 + 1, -(2**63), 2**63 - 1, 0, -7, 9007199254740993]
    h = _new(v, "from_i64", "int64_t", ints, [2, 3])
    try:
        assert _abi.DTYPE_NAMES[v.role("dtype")(h)] == "int64"
        assert _read(v, "to_i64", h, "int64_t") == ints  # no float in between
        assert _read(v, "to_bytes", h, "uint8_t") == list(
            torch.tensor(ints).view(torch.uint8).numpy().tobytes())
    finally:
        v.role("free")(h)
    flags = [True, False, False, True, True, False]
    h = _new(v, "from_bool", "bool", flags, [3, 2])
    try:
        assert _abi.DTYPE_NAMES[v.role("dtype")(h)] == "bool"
        assert _read(v, "to_bool", h, "bool") == flags
        assert _read(v, "to_i64", h, "int64_t") == [int(f) for f in flags]
    finally:
        v.role("free")(h)


@pytest.mark.parametrize("role", ["from_i64", "from_bool"])
def test_typed_data_in_checks_counts_and_buffers(v: Variant, role: str) -> None:
    fn = v.role(role)
    ctype = "int64_t" if role == "from_i64" else "bool"
    data = v.ffi.new(f"{ctype}[]", 4)
    dims = v.ffi.new("int64_t[]", [2, 3])
    symbol = _abi.FUNCTIONS[_abi.ROLES[role]].symbol
    assert fn(data, 4, dims, 2) == 0
    assert v.last_error() == (
        _abi.ERROR_KINDS["invalid_argument"],
        f"{symbol}: argument 'data': 4 values do not fill shape [2, 3] (6 elements)")
    h = fn(v.ffi.NULL, 0, v.ffi.new("int64_t[]", [0, 5]), 2)  # no data for no elements
    assert h > 0, v.last_error()
    try:
        assert _read(v, "shape", h, "int64_t") == [0, 5]
    finally:
        v.role("free")(h)
    assert fn(v.ffi.NULL, 2, dims, 2) == 0
    assert "argument 'data': null pointer with length 2" in v.last_error()[1]


def test_bool_data_refuses_bytes_that_are_not_bools(v: Variant) -> None:
    raw = v.ffi.new("uint8_t[]", [1, 0, 255, 1])
    dims = v.ffi.new("int64_t[]", [4])
    assert v.role("from_bool")(v.ffi.cast("bool *", raw), 4, dims, 1) == 0
    symbol = _abi.FUNCTIONS[_abi.ROLES["from_bool"]].symbol
    assert v.last_error() == (_abi.ERROR_KINDS["invalid_argument"],
                              f"{symbol}: argument 'data': element 2 is not a bool "
                              "(byte value 255)")


@pytest.mark.parametrize("dtype", DTYPES)
def test_numbers_become_0d_tensors_as_torch_scalar_tensor(v: Variant, dtype: str) -> None:
    for value in (0.0, 2.5, -3.0, 255.0, 1e300, float("nan")):
        try:
            want = torch.scalar_tensor(value, dtype=getattr(torch, dtype))
        except RuntimeError as e:
            want = e
        h = v.role("scalar")(value, _abi.DTYPES[dtype].code)
        if isinstance(want, RuntimeError):
            assert h == 0, (dtype, value)
            kind, message = v.last_error()
            assert kind == _abi.ERROR_KINDS["torch_error"] and str(want) in message
            continue
        try:
            assert h > 0, v.last_error()
            assert _abi.DTYPE_NAMES[v.role("dtype")(h)] == dtype
            assert _read(v, "shape", h, "int64_t") == []
            assert bytes(_read(v, "to_bytes", h, "uint8_t")) == \
                want.reshape(1).view(torch.uint8).numpy().tobytes()
        finally:
            v.role("free")(h)
