"""The Python Tensor API (issue 5) on both backends: "torch" (libtorch through the C ABI) and
"pure" (numpy).

One suite, parametrized by the `be` fixture over both backends, checks values against numpy
references, exact exception classes and messages, repr, lifetime (close, `with`, GC, no leaks),
threads; then the spec-derived methods, the spec examples run through the Tensor API, and the
backend choice (SIMPLE_TORCH_BACKEND, in subprocesses).
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import math
import os
import pickle
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import simple_torch_ffi as stf
from conftest import backend_or_skip
from simple_torch_ffi import (
    InvalidArgumentError,
    InvalidHandleError,
    NotAvailableError,
    SimpleTorchError,
    Tensor,
    TorchError,
    _abi,
    _api,
    backends,
    dtypes,
)
from simple_torch_ffi.errors import error_class
from simple_torch_ffi.pure import PureBackend
from simple_torch_ffi.tensor import CLOSED_MESSAGE

ROOT = Path(__file__).resolve().parent.parent
PREFIX = _abi.PREFIX
RTOL, ATOL = 1e-5, 1e-6


# ---- fixtures ---------------------------------------------------------------------------

def live(be: str) -> int:
    gc.collect()
    return backends.get_backend(be).live_handles()


def has_cuda(be: str) -> bool:
    return backends.get_backend(be).cuda_available()


def ref(x: Any) -> np.ndarray[Any, Any]:
    """A numpy reference operand: float32 values (what the tensor holds), computed in f64."""
    return np.asarray(x, dtype=np.float32).astype(np.float64)


def check(t: Tensor, want: Any, rtol: float = RTOL, atol: float = ATOL,
          dtype: str = "float32") -> None:
    """t has dtype `dtype` (also as its numpy array's dtype) and the values of `want`."""
    want = np.asarray(want, dtype=np.float64)
    got = t.numpy()
    assert t.dtype == dtype and got.dtype == dtypes.numpy_dtype(dtype), (t.dtype, got.dtype)
    assert got.shape == want.shape, f"shape {got.shape} != {want.shape}"
    np.testing.assert_allclose(got, want, rtol=rtol, atol=atol)


def raises(cls: type[BaseException], message: str, fn: Callable[[], Any]) -> BaseException:
    """fn() raises exactly `cls` (not a subclass) with exactly `message`. On the pure backend
    an operation's message is numpy's (the same class, the same C symbol first): there only
    the symbol is compared, unless the message is one the pure backend makes itself."""
    with pytest.raises(cls) as info:
        fn()
    assert type(info.value) is cls, f"{type(info.value).__name__}: {info.value}"
    got = str(info.value)
    if _default_is_pure() and message.startswith(PREFIX) and got != message:
        symbol = message.split(": ", 1)[0]
        assert got.startswith(symbol + ": "), (got, message)
    else:
        assert got == message
    return info.value


def _default_is_pure() -> bool:
    try:
        return backends.backend() == "pure"
    except SimpleTorchError:  # a test of a bad SIMPLE_TORCH_BACKEND
        return False


A23 = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
B23 = [[10.0, 20.0, 30.0], [0.5, 0.25, -1.0]]


# ---- creation ---------------------------------------------------------------------------

def test_zeros_ones(be: str) -> None:
    check(stf.zeros(2, 3), np.zeros((2, 3)))
    check(stf.zeros((2, 3)), np.zeros((2, 3)))
    check(stf.zeros([2, 3]), np.zeros((2, 3)))
    check(stf.ones(3, 1, 2), np.ones((3, 1, 2)))
    check(stf.zeros(), np.zeros(()))
    check(stf.zeros(0, 4), np.zeros((0, 4)))
    check(stf.ones(2), np.ones(2))
    assert stf.zeros(2).backend == be


def test_randn(be: str) -> None:
    t = stf.randn(64, 32)
    assert t.shape == (64, 32)
    a = t.numpy()
    assert np.isfinite(a).all()
    assert abs(a.mean()) < 0.2 and 0.8 < a.std() < 1.2
    assert not np.array_equal(a, stf.randn(64, 32).numpy())
    assert stf.randn().shape == ()


def test_tensor_from_python_data(be: str) -> None:
    check(stf.tensor(A23), A23)
    check(stf.tensor(3.5), np.array(3.5))
    check(stf.tensor(7), np.array(7), dtype="int64")  # torch.tensor's inference
    check(stf.tensor(True), np.array(1), dtype="bool")
    check(stf.tensor([]), np.zeros(0))
    check(stf.tensor([[1, 2], [3, 4]]), [[1, 2], [3, 4]], dtype="int64")
    check(stf.tensor(np.arange(6).reshape(2, 3)), np.arange(6).reshape(2, 3), dtype="int64")
    check(stf.tensor([1, 2], dtype="float64"), [1.0, 2.0], dtype="float64")
    check(stf.tensor([1.5, -2.5], dtype=np.int16), [1, -2], dtype="int16")
    check(Tensor(A23), A23)
    check(stf.tensor(stf.tensor(A23)), A23)  # a copy of a tensor
    assert stf.tensor(0.1).item() == float(np.float32(0.1))  # rounded to float32


def test_tensor_bad_data(be: str) -> None:
    with pytest.raises(InvalidArgumentError, match="cannot make a tensor"):
        stf.tensor([[1.0, 2.0], [3.0]])
    with pytest.raises(TypeError, match="expected real numbers"):
        stf.tensor("abc")
    with pytest.raises(TypeError, match="expected real numbers"):
        stf.tensor(None)
    with pytest.raises(TypeError, match="expected real numbers"):
        stf.tensor([1 + 2j])


def test_from_numpy_and_back(be: str) -> None:
    for a in (np.arange(12, dtype=np.float64).reshape(3, 4) / 7,
              np.arange(6, dtype=np.int32).reshape(2, 3),
              np.array([True, False]),
              np.arange(12, dtype=np.float32).reshape(3, 4).T,  # not contiguous
              np.array(2.5), np.zeros((2, 0, 3))):
        t = stf.from_numpy(a)  # keeps the dtype, as torch.from_numpy does
        assert t.shape == a.shape and t.dtype == dtypes.name_of(a.dtype)
        out = t.numpy()
        assert out.dtype == a.dtype and out.flags.writeable
        np.testing.assert_array_equal(out, a)
        np.testing.assert_array_equal(np.asarray(t), a)
    src = np.ones(3)
    t = stf.from_numpy(src)
    src[0] = 5.0  # torch shares the array's memory (DLPack); the pure backend copies
    out = t.numpy()
    assert out.tolist() == ([5.0, 1.0, 1.0] if be == "torch" else [1.0, 1.0, 1.0])
    out[1] = 9.0  # numpy() shares the tensor's memory on torch too
    assert t.tolist()[1] == (9.0 if be == "torch" else 1.0)
    assert np.asarray(t).dtype == np.float64
    assert np.asarray(t, dtype=np.float32).dtype == np.float32
    with pytest.raises(ValueError, match="without a copy"):
        t.__array__(copy=False)
    with pytest.raises(TypeError, match=r"expected np.ndarray \(got list\)"):
        stf.from_numpy([1.0])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="dtype <U1"):
        stf.from_numpy(np.array(["a"]))


def test_creation_errors(be: str) -> None:
    raises(InvalidArgumentError,
           f"{PREFIX}tensor_zeros: argument 'dims': dimension 0 is negative (-1)",
           lambda: stf.zeros(-1, 2))
    raises(InvalidArgumentError,
           f"{PREFIX}tensor_ones: argument 'dims': dimension 1 is negative (-3)",
           lambda: stf.ones(2, -3))
    raises(InvalidArgumentError,
           f"{PREFIX}tensor_randn: argument 'dims': 65 dimensions exceed the maximum of 64",
           lambda: stf.randn(*([1] * 65)))
    raises(InvalidArgumentError,
           f"{PREFIX}tensor_zeros: argument 'dims': element count overflows int64",
           lambda: stf.zeros(2**40, 2**40))
    raises(InvalidArgumentError,
           "zeros() argument 'dims': dimension 0 does not fit in int64 (1180591620717411303424)",
           lambda: stf.zeros(2**70))
    with pytest.raises(TypeError):
        stf.zeros(2.5)
    e = raises(InvalidArgumentError,
               f"{PREFIX}tensor_zeros: argument 'dims': dimension 0 is negative (-1)",
               lambda: stf.zeros(-1))
    assert isinstance(e, SimpleTorchError) and isinstance(e, ValueError)
    assert e.function == f"{PREFIX}tensor_zeros"  # type: ignore[attr-defined]


# ---- arithmetic -------------------------------------------------------------------------

def test_add_mul_matmul(be: str) -> None:
    a, b = stf.tensor(A23), stf.tensor(B23)
    check(a + b, ref(A23) + ref(B23))
    check(a.add(b), ref(A23) + ref(B23))
    check(a * b, ref(A23) * ref(B23))
    check(a.mul(b), ref(A23) * ref(B23))
    m = stf.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]])
    check(a @ m, ref(A23) @ ref(m.numpy()))
    check(a.matmul(m), ref(A23) @ ref(m.numpy()))
    v = stf.tensor([1.0, 2.0, 3.0])
    check(a @ v, ref(A23) @ ref([1.0, 2.0, 3.0]))
    check(v @ v, np.array(14.0))
    batch = np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 10
    check(stf.from_numpy(batch) @ stf.ones(4, 2), ref(batch) @ np.ones((4, 2)), rtol=1e-5)


def test_scalars_and_arrays_on_either_side(be: str) -> None:
    a = stf.tensor(A23)
    check(a + 1, ref(A23) + 1)
    check(1 + a, ref(A23) + 1)
    check(a * 2.5, ref(A23) * 2.5)
    check(2.5 * a, ref(A23) * 2.5)
    check(a.add(True), ref(A23) + 1)
    check(a * np.float32(0.5), ref(A23) * 0.5)
    check(a.mul(np.int64(3)), ref(A23) * 3)
    arr = np.array([1.0, -1.0, 2.0], dtype=np.float32)
    check(a + arr, ref(A23) + arr)
    check(arr + a, ref(A23) + arr)  # numpy defers to Tensor.__radd__
    check(arr * a, ref(A23) * arr)
    check(arr.astype(np.float64) + a, ref(A23) + arr, dtype="float64")  # torch's promotion
    check(np.ones((2, 2), np.float32) @ stf.tensor([[1.0, 2.0], [3.0, 4.0]]),
          [[4.0, 6.0], [4.0, 6.0]])
    assert isinstance(arr + a, Tensor)
    for bad in ("x", [1.0, 2.0, 3.0], None, 1 + 2j):
        with pytest.raises(TypeError):
            a + bad  # noqa: B018
        with pytest.raises(TypeError):
            bad * a  # noqa: B018
        with pytest.raises(TypeError, match="unsupported operand type"):
            a.add(bad)


@pytest.mark.parametrize("op", ["relu", "sigmoid", "tanh"])
def test_activations(be: str, op: str) -> None:
    x = np.array([[-2.0, 0.0, 2.0], [10.0, -10.0, 0.5], [-100.0, 100.0, -0.25]])
    want = {"relu": np.maximum(x, 0), "sigmoid": 1 / (1 + np.exp(-x)), "tanh": np.tanh(x)}[op]
    t = stf.tensor(x, dtype="float32")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warnings from the pure backend
        check(getattr(t, op)(), want)


def test_broadcasting(be: str) -> None:
    a = stf.tensor(A23)
    check(a + stf.tensor([1.0, -1.0, 2.0]), ref(A23) + ref([1.0, -1.0, 2.0]))
    check(a * stf.tensor([[2.0], [3.0]]), ref(A23) * ref([[2.0], [3.0]]))
    check(stf.ones(3, 1) + stf.ones(1, 4), np.full((3, 4), 2.0))
    check(stf.ones(2, 1, 3) * stf.tensor(2.0), np.full((2, 1, 3), 2.0))
    check(stf.zeros(0, 3) + stf.ones(3), np.zeros((0, 3)))


shapes = st.lists(st.integers(1, 3), min_size=0, max_size=3).map(tuple)


@settings(max_examples=40, deadline=None)
@given(sa=shapes, sb=shapes, seed=st.integers(0, 2**32 - 1))
def test_broadcasting_property(sa: tuple[int, ...], sb: tuple[int, ...], seed: int) -> None:
    """Random shapes on both backends: numpy's result, or TorchError exactly when numpy fails."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(sa).astype(np.float32)
    y = rng.standard_normal(sb).astype(np.float32)
    names = ["pure"] + (["torch"] if _torch_loads() else [])
    try:
        want: np.ndarray[Any, Any] | None = ref(x) + ref(y) * ref(y)
    except ValueError:
        want = None
    for name in names:
        a, b = stf.from_numpy(x, backend=name), stf.from_numpy(y, backend=name)
        if want is None:
            words = "must match the size of tensor b" if name == "torch" else "broadcast"
            with pytest.raises(TorchError, match=words):
                a + b * b  # noqa: B018
        else:
            check(a + b * b, want)


def _torch_loads() -> bool:
    try:
        backends.get_backend("torch")
    except NotAvailableError:
        return False
    return True


def test_op_errors(be: str) -> None:
    a = stf.tensor(A23)
    raises(TorchError, f"{PREFIX}tensor_add: The size of tensor a (3) must match the size of "
                       "tensor b (2) at non-singleton dimension 1",
           lambda: a + stf.tensor([[1.0, 2.0], [3.0, 4.0]]))
    raises(TorchError, f"{PREFIX}tensor_mul: The size of tensor a (3) must match the size of "
                       "tensor b (2) at non-singleton dimension 1",
           lambda: a * np.ones(2))
    raises(TorchError, f"{PREFIX}tensor_add: The size of tensor a (3) must match the size of "
                       "tensor b (2) at non-singleton dimension 2",
           lambda: stf.ones(2, 3) + stf.ones(5, 2, 2))
    raises(TorchError, f"{PREFIX}tensor_matmul: mat1 and mat2 shapes cannot be multiplied "
                       "(2x3 and 2x3)", lambda: a @ a)
    raises(TorchError, f"{PREFIX}tensor_matmul: mat1 and mat2 shapes cannot be multiplied "
                       "(1x4 and 2x3)", lambda: stf.ones(4) @ a)
    raises(TorchError, f"{PREFIX}tensor_matmul: size mismatch, got input (2), mat (2x3), "
                       "vec (4)", lambda: a @ stf.ones(4))
    raises(TorchError, f"{PREFIX}tensor_matmul: inconsistent tensor size, expected tensor [3] "
                       "and src [4] to have the same number of elements, but got 3 and 4 "
                       "elements respectively", lambda: stf.ones(3) @ stf.ones(4))
    raises(TorchError, f"{PREFIX}tensor_matmul: both arguments to matmul need to be at least "
                       "1D, but they are 0D and 2D", lambda: 2.0 @ a)  # type: ignore[operator]
    with pytest.raises(TorchError):
        stf.ones(2, 2, 3) @ stf.ones(2, 2, 3)  # noqa: B018


def test_mixing_backends_is_a_type_error(be: str) -> None:
    other = "pure" if be == "torch" else "torch"
    backend_or_skip(other)
    with pytest.raises(TypeError, match="cannot combine a tensor of backend"):
        stf.ones(2) + stf.ones(2, backend=other)  # noqa: B018


# ---- properties, repr, values -----------------------------------------------------------

def test_properties(be: str) -> None:
    a = stf.tensor(A23)
    assert a.shape == (2, 3) and isinstance(a.shape, tuple)
    assert a.ndim == 2 and a.dim() == 2
    assert a.numel() == 6
    assert a.size() == (2, 3) and a.size(1) == 3 and a.size(-1) == 3
    with pytest.raises(IndexError):
        a.size(2)
    assert a.device == "cpu" and a.is_cuda is False
    assert a.dtype == "float32"
    assert a.backend == be
    assert len(a) == 2 and len(stf.zeros(0, 4)) == 0
    scalar = stf.tensor(2.0)
    assert scalar.shape == () and scalar.ndim == 0 and scalar.numel() == 1
    with pytest.raises(TypeError, match=r"^len\(\) of a 0-d tensor$"):
        len(scalar)
    assert stf.zeros(3, 0, 2).numel() == 0


def test_values(be: str) -> None:
    a = stf.tensor(A23)
    assert a.tolist() == A23
    assert stf.tensor(2.5).tolist() == 2.5
    assert stf.tensor([[2.5]]).item() == 2.5
    assert float(stf.tensor(1.5)) == 1.5
    assert bool(stf.tensor(1.0)) and not bool(stf.tensor([0.0]))
    raises(InvalidArgumentError, "a Tensor with 6 elements cannot be converted to Scalar", a.item)
    raises(InvalidArgumentError, "Boolean value of Tensor with more than one value is ambiguous",
           lambda: bool(a))
    raises(InvalidArgumentError, "Boolean value of Tensor with no values is ambiguous",
           lambda: bool(stf.zeros(0)))


def test_allclose(be: str) -> None:
    a = stf.tensor(A23)
    assert a.allclose(stf.tensor(A23))
    assert a.allclose(np.array(A23) + 1e-7)
    assert not a.allclose(np.array(A23) + 1e-3)
    assert a.allclose(np.array(A23) + 1e-3, atol=1e-2)
    assert a.allclose(np.array(A23) * 1.001, rtol=1e-2)
    assert stf.ones(2, 3).allclose(1.0)  # broadcasting
    assert not stf.tensor([math.nan]).allclose([math.nan])
    assert stf.tensor([math.nan]).allclose([math.nan], equal_nan=True)
    raises(TorchError, "The size of tensor a (3) must match the size of tensor b (2) at "
                       "non-singleton dimension 1", lambda: a.allclose(np.ones((2, 2))))


@pytest.mark.parametrize(("make", "text"), [
    (lambda: stf.tensor([[1.0, 2.0], [3.0, 4.0]]), "tensor([[1., 2.],\n        [3., 4.]])"),
    (lambda: stf.tensor(3.0), "tensor(3.)"),
    (lambda: stf.tensor(-0.5), "tensor(-0.5)"),
    (lambda: stf.tensor([1.5, -2.0]), "tensor([ 1.5, -2. ])"),
    (lambda: stf.zeros(0), "tensor([])"),
    (lambda: stf.zeros(0, 4), "tensor([], size=(0, 4))"),
    (lambda: stf.ones(2, 1, 2),
     "tensor([[[1., 1.]],\n\n        [[1., 1.]]])"),
    (lambda: stf.tensor([math.inf, -math.inf, math.nan]), "tensor([ inf, -inf,  nan])"),
])
def test_repr(be: str, make: Callable[[], Tensor], text: str) -> None:
    t = make()
    assert repr(t) == text
    assert str(t) == text


def test_repr_is_numpy_array2string(be: str) -> None:
    a = np.arange(2000, dtype=np.float32) / 3  # summarized like numpy (and torch) does
    t = stf.from_numpy(a)
    assert repr(t) == "tensor(" + np.array2string(a, separator=", ", prefix="tensor(") + ")"
    assert "..." in repr(t)


# ---- devices ----------------------------------------------------------------------------

def test_cpu_and_to_cpu(be: str) -> None:
    a = stf.tensor(A23)
    for moved in (a.cpu(), a.to("cpu"), a.to(-1), a.to(-7), a.to(np.int64(-1))):
        assert moved is not a and moved.device == "cpu" and not moved.is_cuda
        check(moved, A23)
        moved.close()
    check(a, A23)  # the source is untouched by closing the copies


def test_device_errors(be: str) -> None:
    a = stf.tensor([1.0, 2.0])
    raises(InvalidArgumentError, f"{PREFIX}tensor_cuda: argument 'device_id': CUDA device index "
                                 "must be >= 0, got -1", lambda: a.cuda(-1))
    raises(InvalidArgumentError, "invalid device 'gpu': expected 'cpu', 'cuda', 'cuda:N' or an "
                                 "int device code", lambda: a.to("gpu"))
    raises(InvalidArgumentError, "invalid device 'cuda:x': expected 'cpu', 'cuda', 'cuda:N' or "
                                 "an int device code", lambda: a.to("cuda:x"))
    with pytest.raises(TypeError, match="device must be a str or an int"):
        a.to(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        a.to(True)
    if has_cuda(be):
        pytest.skip("the no-CUDA errors need a machine without CUDA")
    raises(NotAvailableError, f"{PREFIX}tensor_cuda: CUDA is not available", a.cuda)
    raises(NotAvailableError, f"{PREFIX}tensor_cuda: CUDA is not available", lambda: a.cuda(1))
    for device in ("cuda", "cuda:0", "cuda:3", 0, 2):
        raises(NotAvailableError, f"{PREFIX}tensor_to_device: CUDA is not available",
               lambda device=device: a.to(device))


def test_cuda(be: str) -> None:
    if not has_cuda(be):
        pytest.skip("no CUDA device")
    a = stf.tensor(A23)
    g = a.cuda()
    assert g.device == "cuda:0" and g.is_cuda
    assert repr(g) == "tensor([[1., 2., 3.],\n        [4., 5., 6.]], device='cuda:0')"
    h = (g + 1) * g  # results stay on the device; a 0-d CPU scalar mixes with any device
    assert h.device == "cuda:0"
    check(h, (ref(A23) + 1) * ref(A23))
    # an ndarray operand is moved to the device; float64 as in torch (an ndarray is a tensor)
    check(g + np.ones(3), ref(A23) + 1, dtype="float64")
    assert g.relu().device == "cuda:0"
    back = h.cpu()
    assert back.device == "cpu" and not back.is_cuda
    assert a.to("cuda").device == "cuda:0" and a.to(0).device == "cuda:0"
    assert g.to("cpu").device == "cpu"
    np.testing.assert_array_equal(np.asarray(g), a.numpy())


# ---- lifetime ---------------------------------------------------------------------------

def test_gc_frees_handles(be: str) -> None:
    start = live(be)
    c_start = stf.live_handles() if be == "torch" else 0
    ts = [stf.randn(4, 4) for _ in range(50)]
    ts += [t.relu() + 1 for t in ts]
    assert live(be) == start + 100
    if be == "torch":  # the library's own count agrees
        assert stf.live_handles() == c_start + 100
    del ts
    assert live(be) == start
    if be == "torch":
        assert stf.live_handles() == c_start


def test_close_and_double_close(be: str) -> None:
    start = live(be)
    t = stf.ones(2, 2)
    assert live(be) == start + 1 and not t.closed
    t.close()
    assert t.closed and live(be) == start
    t.close()  # a no-op
    del t
    assert live(be) == start  # the finalizer was detached: never freed twice


def test_context_manager(be: str) -> None:
    start = live(be)
    with stf.ones(2, 2) as t:
        assert live(be) == start + 1
        check(t, np.ones((2, 2)))
    assert t.closed and live(be) == start
    with pytest.raises(RuntimeError), stf.zeros(3) as u:
        raise RuntimeError("boom")
    assert u.closed and live(be) == start
    with pytest.raises(InvalidHandleError):
        with t:
            pass


def test_use_after_close(be: str) -> None:
    t = stf.tensor(A23)
    other = stf.tensor(A23)
    t.close()
    uses: list[Callable[[], Any]] = [
        t.relu, t.numpy, lambda: t.shape, lambda: t.ndim, t.numel, lambda: t.device,
        lambda: t.is_cuda, lambda: len(t), t.tolist, t.cpu, lambda: t.to("cpu"),
        lambda: t + 1, lambda: 1 + t, lambda: other + t, lambda: other @ t, lambda: t * other,
        lambda: np.asarray(t), lambda: t.allclose(other), t.item, lambda: copy.copy(t),
    ]
    for use in uses:
        raises(InvalidHandleError, CLOSED_MESSAGE, use)
    assert repr(t) == "tensor(<closed>)"
    check(other, A23)


def test_no_leaks_on_errors_and_temporaries(be: str) -> None:
    start = live(be)
    a = stf.tensor(A23)
    for _ in range(20):
        with pytest.raises(TorchError):
            a + np.ones(2)  # noqa: B018  (the temporary for the array is freed)
        with pytest.raises(TorchError):
            a @ a  # noqa: B018
        with pytest.raises(InvalidArgumentError):
            stf.zeros(-1)
        (a * 2.0 + 1.0).close()
        (3.0 * a).relu().close()
    del a
    assert live(be) == start


def test_copy_and_pickle_make_independent_tensors(be: str) -> None:
    start = live(be)
    a = stf.tensor(A23)
    for b in (copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
        assert b is not a and b.backend == be
        check(b, A23)
        b.close()
        check(a, A23)
    del a, b
    assert live(be) == start


def test_threads(be: str) -> None:
    """4 threads x 200 operations on a shared tensor and their own; nothing leaks."""
    start = live(be)
    shared_np = np.arange(6, dtype=np.float32).reshape(2, 3) / 4
    shared = stf.from_numpy(shared_np)
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            rng = np.random.default_rng(seed)
            own_np = rng.standard_normal((2, 3)).astype(np.float32)
            mat_np = rng.standard_normal((3, 2)).astype(np.float32)
            own, mat = stf.from_numpy(own_np), stf.from_numpy(mat_np)
            for i in range(200):
                match i % 5:
                    case 0:
                        r, want = shared + own, ref(shared_np) + ref(own_np)
                    case 1:
                        r, want = (shared * -2.0).relu(), np.maximum(ref(shared_np) * -2, 0)
                    case 2:
                        r, want = own @ mat, ref(own_np) @ ref(mat_np)
                    case 3:
                        with stf.tensor(float(i)) as s:
                            r, want = (s * shared).tanh(), np.tanh(i * ref(shared_np))
                    case _:
                        r, want = stf.zeros(2, 3).sigmoid(), np.full((2, 3), 0.5)
                np.testing.assert_allclose(r.numpy(), want, rtol=1e-5, atol=1e-5)
                if i % 2:
                    r.close()  # the others go by GC
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    check(shared, shared_np)
    shared.close()
    assert live(be) == start


def test_concurrent_close_frees_once(be: str) -> None:
    start = live(be)
    for _ in range(20):
        t = stf.ones(3)
        barrier = threading.Barrier(8)

        def close(t: Tensor = t, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            t.close()

        threads = [threading.Thread(target=close) for _ in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert t.closed
        assert live(be) == start
    del t


# ---- the spec-derived API ---------------------------------------------------------------

def test_derived_methods_take_python_arguments(be: str) -> None:
    """Signatures come from the spec: defaults, variadic shapes, keywords, operands."""
    a = stf.tensor(A23)
    check(a.softmax(), np.exp(ref(A23)) / np.exp(ref(A23)).sum(axis=-1, keepdims=True))
    check(a.softmax(dim=0), np.exp(ref(A23)) / np.exp(ref(A23)).sum(axis=0, keepdims=True))
    with pytest.raises(TypeError, match="dim"):
        a.softmax(1, dim=1)  # type: ignore[misc]
    with pytest.raises(TypeError, match="integer"):
        a.softmax(1.5)  # type: ignore[arg-type]
    check(a.reshape(3, 2), ref(A23).reshape(3, 2))
    check(a.reshape((3, -1)), ref(A23).reshape(3, 2))
    check(a.reshape([6]), ref(A23).reshape(6))
    check(a.transpose(dim0=1, dim1=0), ref(A23).T)
    check(a - 1, ref(A23) - 1)
    check(1 - a, 1 - ref(A23))
    check(np.ones(3) - a, 1 - ref(A23), dtype="float64")  # a float64 array promotes
    check(a / 2, ref(A23) / 2)
    check(2 / a, 2 / ref(A23))
    check(-a, -ref(A23))
    assert a.sum().item() == 21.0 and a.sum().shape == () and float(a.sum()) == 21.0
    assert a.dim() == 2 and a.numel() == 6
    check(stf.full((2, 3), 1.5), np.full((2, 3), 1.5))
    with pytest.raises(TypeError, match="must be a real number"):
        stf.full((2, 3), "x")  # type: ignore[arg-type]


def test_functions_taking_tensor_lists(be: str) -> None:
    a, b = stf.tensor([[1.0, 2.0]]), stf.tensor([[3.0, 4.0]])
    check(stf.cat([a, b]), [[1.0, 2.0], [3.0, 4.0]])
    check(stf.cat((a, b), dim=1), [[1.0, 2.0, 3.0, 4.0]])
    check(stf.cat([a, np.array([[5.0, 6.0]], np.float32)]), [[1.0, 2.0], [5.0, 6.0]])  # ndarray
    check(stf.cat([a, np.array([[5.0, 6.0]])]), [[1.0, 2.0], [5.0, 6.0]], dtype="float64")
    assert stf.cat([a, b]).backend == be
    start = live(be)
    raises(TorchError, f"{PREFIX}tensor_cat: Sizes of tensors must match except in dimension 0. "
                       "Expected size 2 but got size 3 for tensor number 1 in the list.",
           lambda: stf.cat([a, np.ones((1, 3))]))
    raises(TorchError, f"{PREFIX}tensor_cat: torch.cat(): expected a non-empty list of Tensors",
           lambda: stf.cat([]))
    assert live(be) == start  # the temporary for the ndarray was freed
    with pytest.raises(TypeError, match="must be a sequence of tensors, not Tensor"):
        stf.cat(a)  # type: ignore[arg-type]


def _operations() -> list[_abi.FunctionInfo]:
    return [f for f in _abi.FUNCTIONS.values()
            if f.role is None and not any(c for _, _, c in f.args)]


def test_every_spec_operation_is_in_the_api() -> None:
    """An operation with a python_module is a function of that module (and a Tensor method with
    tensor_method); else every operation taking a tensor first is a Tensor method and every
    other one a module-level function in __all__."""
    for info in _operations():
        name = info.api_name  # torch's names: dim, amax, sum for tensor_sum_dim (overload_of)
        assert name == {"ndim": "dim", "max_dim": "amax", "min_dim": "amin", "sum_dim": "sum",
                        "mean_dim": "mean", "prod_dim": "prod", "std_dim": "std",
                        "var_dim": "var"}.get(*2 * [info.name.removeprefix("tensor_")])
        first = info.args[0][1] if info.args else None
        if info.python_module is not None:
            module = importlib.import_module(f"simple_torch_ffi.{info.python_module}")
            fn = getattr(module, name)
            assert fn.__doc__ == info.doc and fn.__module__ == module.__name__, info.name
            assert name in module.__all__ and name not in _api.__all__, info.name
            assert hasattr(Tensor, name) == info.tensor_method, info.name
            continue
        if first == "tensor":
            method = getattr(Tensor, name)
            assert info.doc in method.__doc__, info.name  # with an overload's, or "Returns.."
            assert method.__qualname__ == f"Tensor.{name}"  # a real def of the class
        else:
            fn = getattr(stf, name)
            assert fn.__doc__ == info.doc and fn.__module__ == "simple_torch_ffi._api"
            assert name in stf.__all__ and name in _api.__all__
    for op in _abi.FAST_OPS:
        assert _abi.FUNCTIONS[op].args[0][1] == "tensor"


def test_public_namespace_is_clean() -> None:
    assert not {"Any", "annotations", "extend_path"} & set(dir(stf))
    assert set(stf.__all__) >= {"Tensor", "tensor", "zeros", "eye", "full", "arange", "cat"}
    for name in stf.__all__:
        assert hasattr(stf, name), name


def test_signatures_are_real_code() -> None:
    """The surface is generated source: inspect and type checkers see defaults and hints."""
    import inspect

    sig = inspect.signature(Tensor.softmax)
    assert str(sig) == "(self, dim: 'int' = -1) -> 'Tensor'"
    assert str(inspect.signature(stf.cat)).startswith(
        "(tensors: 'Sequence[Operand]', dim: 'int' = 0")
    assert str(inspect.signature(stf.zeros)) == \
        "(*dims: 'int | Sequence[int]', dtype: 'DTypeLike' = 'float32', " \
        "backend: 'BackendLike' = None) -> 'Tensor'"
    source = (ROOT / "runtime/python/simple_torch_ffi").glob("*.py")
    for path in source:
        assert "setattr(Tensor" not in path.read_text(), path


def test_operations_without_a_reference_are_not_available_on_pure() -> None:
    from simple_torch_ffi.__main__ import pure_backend_lacks
    from simple_torch_ffi._reference import REFERENCES

    lacking = pure_backend_lacks()
    assert all(op not in REFERENCES for op in lacking)
    pure = PureBackend(references={})
    t = stf.tensor([1.0], backend=pure)
    raises(NotAvailableError, f"{PREFIX}relu: the pure backend has no implementation of 'relu' "
                              "(its spec entry has no numpy reference)", t.relu)


# ---- the spec's examples, through the Tensor API ----------------------------------------

# The core functions the hand-written Tensor base covers, by role: how to call them.
_CORE_THROUGH_API: dict[str, Callable[..., Any]] = {
    "shape": lambda t: list(t.shape),
    "to_f64": lambda t: t.numpy().ravel().tolist(),
    "is_cuda": lambda t: t.is_cuda,
    "to_device": lambda t, code: t.to(code),
}


def _spec_examples() -> list[tuple[str, Any]]:
    from codegen.spec import load_spec

    spec = load_spec(ROOT / "spec" / "ffi.yaml")
    names = {f.name for f in _operations()} | {_abi.ROLES[r] for r in _CORE_THROUGH_API}
    return [(f.name, ex) for f in spec.functions if f.name in names for ex in f.examples
            if ex.variant in (None, "torch")]


def _call_through_api(name: str, args: dict[str, Any]) -> Any:
    info = _abi.FUNCTIONS[name]
    given = [a for a in info.args if a[0] in args]  # defaulted trailing arguments left out
    assert [a[0] for a in info.args[:len(given)]] == [a[0] for a in given]
    values = [stf.tensor(args[a]) if t == "tensor" or (t == "tensor?" and args[a] is not None)
              else
              [stf.tensor(v) for v in args[a]] if t == "[tensor]" else args[a]
              for a, t, _ in given]
    if info.role is not None:
        return _CORE_THROUGH_API[info.role](*values)
    short = info.api_name
    if info.args and info.args[0][1] == "tensor" and (info.python_module is None
                                                      or info.tensor_method):
        return getattr(values[0], short)(*values[1:])
    # the first argument positionally (a leading shape is *dims), the others by name
    rest = {a: v for (a, _, _), v in zip(given[1:], values[1:], strict=True)}
    module = stf if info.python_module is None else \
        importlib.import_module(f"simple_torch_ffi.{info.python_module}")
    return getattr(module, short)(*values[:1], **rest)


@pytest.mark.parametrize(("name", "example"), _spec_examples(),
                         ids=lambda v: v if isinstance(v, str) else f"line{v.line}")
def test_spec_examples(be: str, name: str, example: Any) -> None:
    if example.when is not None and (example.when == "cuda") != has_cuda(be):
        pytest.skip(f"needs {example.when}")
    if be == "pure" and not backends.get_backend("pure").has_op(name):
        pytest.skip(f"{name} has no numpy reference: the pure backend answers not_available "
                    "(test_operations_without_a_reference_are_not_available_on_pure)")
    symbol = _abi.FUNCTIONS[name].symbol
    if example.error is not None:
        cls = error_class(_abi.ERROR_KINDS[example.error])
        with pytest.raises(cls) as info:
            _call_through_api(name, example.args)
        assert type(info.value) is cls
        assert str(info.value).startswith(f"{symbol}: ")
        if be == "torch":  # the pure backend's messages are numpy's words
            assert example.message in str(info.value)
        return
    got = _call_through_api(name, example.args)
    if example.shape is not None:
        assert isinstance(got, Tensor) and got.shape == tuple(example.shape)
        assert np.isfinite(got.numpy()).all()
        return
    info = _abi.FUNCTIONS[name]
    env = {a: ref(example.args[a]) if t == "tensor" or (t == "tensor?" and
                                                         example.args[a] is not None) else
           [ref(v) for v in example.args[a]] if t == "[tensor]" else
           example.args.get(a, info.defaults.get(a)) for a, t, _ in info.args}
    want = eval(example.expect, {"np": np, "math": math}, env)  # noqa: S307
    if isinstance(got, Tensor):  # comparisons give bool, argmax int64, the rest float32
        kind = np.asarray(want).dtype.kind
        check(got, want, dtype={"b": "bool", "i": "int64"}.get(kind, "float32"))
    elif isinstance(got, float):
        assert math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-6)
    elif isinstance(got, list) and got and isinstance(got[0], float):
        np.testing.assert_allclose(got, want, rtol=1e-6)
    else:
        assert (list(got) if isinstance(got, tuple) else got) == want  # [i64] results: tuples


def test_backends_agree_on_every_op() -> None:
    """The same inputs through every unary and binary spec op on both backends."""
    if not _torch_loads():
        pytest.skip("torch backend not available")
    rng = np.random.default_rng(0)
    x = (rng.standard_normal((3, 4)) * 3).astype(np.float32)
    y = (rng.standard_normal((4, 4)) + 0.1).astype(np.float32)
    for op in _abi.FAST_OPS:
        unary = len(_abi.FUNCTIONS[op].args) == 1
        results = []
        for name in ("torch", "pure"):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                a = stf.from_numpy(x, backend=name)
                m = getattr(a, op.removeprefix("tensor_"))
                args = () if unary else (stf.from_numpy(y, backend=name),)
                try:
                    results.append(("ok", m(*args).numpy()))
                except SimpleTorchError as e:
                    results.append((type(e).__name__, str(e)))
        (kt, vt), (kp, vp) = results
        assert kt == kp, (op, results)  # the same outcome and exception class
        if kt == "ok":
            np.testing.assert_allclose(vp, vt, rtol=1e-5, atol=1e-6, equal_nan=True,
                                       err_msg=op)


# ---- choosing the backend ---------------------------------------------------------------

def test_set_backend_and_backend_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(backends.ENV_BACKEND, raising=False)
    try:
        backends.set_backend("pure")
        assert stf.backend() == "pure" and stf.zeros(1).backend == "pure"
        backends.set_backend(None)
        expected = "torch" if _torch_loads() else "pure"
        assert stf.backend() == expected
        monkeypatch.setenv(backends.ENV_BACKEND, "pure")
        backends.set_backend(None)
        assert stf.backend() == "pure"
        assert backends.fallback_reason() is None
        raises(InvalidArgumentError, "unknown backend 'numpy' (expected one of 'torch', 'pure')",
               lambda: backends.set_backend("numpy"))
        monkeypatch.setenv(backends.ENV_BACKEND, "numpy")
        backends.set_backend(None)
        raises(InvalidArgumentError, "SIMPLE_TORCH_BACKEND='numpy' is not a backend (expected "
                                     "one of 'torch', 'pure')", stf.backend)
        assert isinstance(backends.get_backend("pure"), backends.Backend)
    finally:
        backends.set_backend(None)


def _run(code: str, env_backend: str | None,
         with_build: bool = True) -> subprocess.CompletedProcess[str]:
    roots = ["runtime/python", "generated/python"] + (["build/python"] if with_build else [])
    env = {k: v for k, v in os.environ.items()
           if k not in (backends.ENV_BACKEND, "SIMPLE_TORCH_FFI_VARIANT", "PYTHONPATH")}
    env["PYTHONPATH"] = os.pathsep.join(str(ROOT / r) for r in roots)
    if env_backend is not None:
        env[backends.ENV_BACKEND] = env_backend
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


PROBE = """
import sys, simple_torch_ffi as stf
from simple_torch_ffi import backends
t = stf.tensor([[1.0, 2.0], [3.0, 4.0]])
print(stf.backend(), t.backend, (t @ t + 1).tolist(), "torch" in sys.modules,
      backends.fallback_reason() is not None)
"""


@pytest.mark.parametrize("forced", ["pure", "torch", None])
def test_env_forces_backend(forced: str | None) -> None:
    if forced != "pure" and not _torch_loads():
        pytest.skip("torch backend not available")
    r = _run(PROBE, forced)
    assert r.returncode == 0, r.stderr
    name = forced or "torch"
    # the package never imports the torch Python module, whichever backend runs
    assert r.stdout.split() == [name, name, "[[8.0,", "11.0],", "[16.0,", "23.0]]", "False",
                                "False"]


def test_env_bad_backend_name() -> None:
    r = _run("import simple_torch_ffi as stf; stf.zeros(1)", "numpy")
    assert r.returncode == 1
    assert ("simple_torch_ffi.errors.InvalidArgumentError: SIMPLE_TORCH_BACKEND='numpy' is not "
            "a backend") in r.stderr


@functools.cache
def _installed_elsewhere() -> bool:
    """True when an installed copy of the package (outside this checkout) would provide the
    compiled variants even without build/python on the path."""
    r = _run("import simple_torch_ffi as m; print('\\n'.join(m.__path__))", None,
             with_build=False)
    return any(not Path(p).resolve().is_relative_to(ROOT) for p in r.stdout.split("\n") if p)


def test_without_the_build_falls_back_to_pure() -> None:
    if _installed_elsewhere():
        pytest.skip("an installed simple_torch_ffi provides the compiled variants")
    r = _run(PROBE, None, with_build=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["pure", "pure", "[[8.0,", "11.0],", "[16.0,", "23.0]]", "False",
                                "True"]


def test_forcing_torch_without_the_build_raises() -> None:
    code = """
import simple_torch_ffi as stf
try:
    stf.zeros(2)
except stf.NotAvailableError as e:
    print("NotAvailableError", e)
"""
    if _installed_elsewhere():
        pytest.skip("an installed simple_torch_ffi provides the compiled variants")
    r = _run(code, "torch", with_build=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("NotAvailableError the torch variant of simple_torch_ffi is not "
                               "built or cannot load"), r.stdout
