"""The "pure" backend: the tensor functions of the spec in numpy, no compiled library needed.

It mirrors the libtorch variant of the C ABI: float32 values, torch's broadcasting and matmul
rules, and the same exception classes with the same messages where practical (a message starts
with the C symbol of the function, like the library's last_error text). Handles are read-only
float32 ndarrays (so handles may share one); the backend counts the live ones like the library's
handle table does.

Every spec function is implemented here by name in `OPS`; a spec function without an entry
raises NotAvailableError naming it (tests/test_tensor_api.py checks none is missing).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from . import _abi
from .errors import (
    InvalidArgumentError,
    InvalidHandleError,
    NotAvailableError,
    OutOfMemoryError,
    SimpleTorchError,
    TorchError,
)

__all__ = ["MAX_DIMS", "OPS", "PureBackend", "broadcast_shape", "check_dims"]

MAX_DIMS = 64  # kMaxDims of the C library
_INT64_MAX = 2**63 - 1
CUDA_NOT_AVAILABLE = "CUDA is not available"

Array = np.ndarray[Any, np.dtype[np.float32]]


def _fail(cls: type[SimpleTorchError], name: str, message: str) -> SimpleTorchError:
    """The exception the library would raise: message prefixed with the C symbol."""
    symbol = _abi.PREFIX + name
    return cls(f"{symbol}: {message}", symbol)


def check_dims(name: str, dims: Sequence[int], arg: str = "dims") -> int:
    """Validate dims like the library's shape_numel; returns the element count."""
    if len(dims) > MAX_DIMS:
        raise _fail(InvalidArgumentError, name,
                    f"argument '{arg}': {len(dims)} dimensions exceed the maximum of {MAX_DIMS}")
    for i, d in enumerate(dims):
        if d < 0:
            raise _fail(InvalidArgumentError, name,
                        f"argument '{arg}': dimension {i} is negative ({d})")
    if 0 in dims:
        return 0
    n = 1
    for d in dims:
        n *= d
        if n > _INT64_MAX:
            raise _fail(InvalidArgumentError, name,
                        f"argument '{arg}': element count overflows int64")
    return n


def broadcast_shape(name: str | None, a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    """torch's broadcasting of two shapes, with torch's message on a mismatch (TorchError, its
    message prefixed with the C symbol of `name` unless name is None)."""
    n = max(len(a), len(b))
    pa = (1,) * (n - len(a)) + a
    pb = (1,) * (n - len(b)) + b
    out: list[int] = []
    for i, (x, y) in enumerate(zip(pa, pb, strict=True)):
        if x != y and x != 1 and y != 1:
            message = (f"The size of tensor a ({x}) must match the size of tensor b ({y}) "
                       f"at non-singleton dimension {i}")
            raise TorchError(message) if name is None else _fail(TorchError, name, message)
        out.append(y if x == 1 else x)
    return tuple(out)


def _wrap_dim(name: str, dim: int, ndim: int) -> int:
    """torch's maybe_wrap_dim: a 0-d tensor accepts dims -1 and 0."""
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise _fail(TorchError, name, "Dimension out of range (expected to be in range of "
                                      f"[{-n}, {n - 1}], but got {dim})")
    return dim % n


# ---- the operations, keyed by spec function name ----------------------------------------

def _elementwise(name: str, fn: Callable[[Array, Array], Any]) -> Callable[[Array, Array], Any]:
    def op(a: Array, b: Array) -> Any:
        broadcast_shape(name, a.shape, b.shape)
        return fn(a, b)

    return op


def _mat(shape: tuple[int, ...]) -> str:
    return "x".join(str(d) for d in shape)


def _matmul(a: Array, b: Array) -> Any:
    """torch.matmul's shape rules and messages for the common cases."""
    name = "tensor_matmul"
    if a.ndim == 0 or b.ndim == 0:
        raise _fail(TorchError, name, "both arguments to matmul need to be at least 1D, "
                                      f"but they are {a.ndim}D and {b.ndim}D")
    if a.ndim == 1 and b.ndim == 1 and a.shape[0] != b.shape[0]:
        raise _fail(TorchError, name,
                    f"inconsistent tensor size, expected tensor [{a.shape[0]}] and src "
                    f"[{b.shape[0]}] to have the same number of elements, but got "
                    f"{a.shape[0]} and {b.shape[0]} elements respectively")
    if a.ndim == 2 and b.ndim == 1 and a.shape[1] != b.shape[0]:
        raise _fail(TorchError, name, f"size mismatch, got input ({a.shape[0]}), mat "
                                      f"({_mat(a.shape)}), vec ({b.shape[0]})")
    if a.ndim <= 2 and b.ndim == 2 and a.shape[-1] != b.shape[0]:
        lhs = (1, a.shape[0]) if a.ndim == 1 else a.shape
        raise _fail(TorchError, name, "mat1 and mat2 shapes cannot be multiplied "
                                      f"({_mat(lhs)} and {_mat(b.shape)})")
    if a.ndim > 2 or b.ndim > 2:
        k_b = b.shape[-2] if b.ndim >= 2 else b.shape[0]
        if a.shape[-1] != k_b:
            raise _fail(TorchError, name, f"shapes {list(a.shape)} and {list(b.shape)} cannot "
                                          f"be multiplied ({a.shape[-1]} != {k_b})")
        broadcast_shape(name, a.shape[:-2], b.shape[:-2])
    return np.matmul(a, b)


def _in_f64(fn: Callable[[Any], Any]) -> Callable[[Array], Any]:
    """Compute in float64 and round once to float32 (as close to torch as float32 allows)."""
    return lambda x: fn(x.astype(np.float64)).astype(np.float32)


def _from_data(name: str, dtype: type[np.floating[Any]]) -> Callable[..., Any]:
    """tensor_from_data (float64 values) / tensor_from_f32 (float32 values)."""
    def op(data: Sequence[float], dims: tuple[int, ...]) -> Any:
        numel = check_dims(name, dims)
        if len(data) != numel:
            shape = "[" + ", ".join(map(str, dims)) + "]"
            raise _fail(InvalidArgumentError, name,
                        f"argument 'data': {len(data)} values do not fill shape {shape} "
                        f"({numel} element{'' if numel == 1 else 's'})")
        return np.asarray(data, dtype=dtype).reshape(dims)

    return op


def _reshape(x: Array, dims: tuple[int, ...]) -> Any:
    name = "tensor_reshape"
    shape = "[" + ", ".join(map(str, dims)) + "]"
    infer = [i for i, d in enumerate(dims) if d == -1]
    if len(infer) > 1:
        raise _fail(TorchError, name, "only one dimension can be inferred")
    for i, d in enumerate(dims):
        if d < -1:
            raise _fail(TorchError, name,
                        f"invalid shape dimension {d} at index {i} of shape {shape}")
    known = math.prod(d for d in dims if d != -1)
    out = list(dims)
    if infer:
        if known == 0:
            raise _fail(TorchError, name,
                        f"cannot reshape tensor of {x.size} elements into shape {shape} because "
                        "the unspecified dimension size -1 can be any value and is ambiguous")
        if x.size % known == 0:
            out[infer[0]] = x.size // known
            known = x.size
    if known != x.size:
        raise _fail(TorchError, name, f"shape '{shape}' is invalid for input of size {x.size}")
    return x.reshape(out)


def _transpose(x: Array, dim0: int, dim1: int) -> Any:
    d0 = _wrap_dim("tensor_transpose", dim0, x.ndim)
    d1 = _wrap_dim("tensor_transpose", dim1, x.ndim)
    return x if x.ndim == 0 else np.swapaxes(x, d0, d1)


def _softmax(x: Array, dim: int) -> Any:
    d = _wrap_dim("softmax", dim, x.ndim)
    if x.ndim == 0:
        return np.ones((), np.float32)
    x64 = x.astype(np.float64)
    e = np.exp(x64 - np.max(x64, axis=d, keepdims=True)) if x.size else x64
    return (e / np.sum(e, axis=d, keepdims=True)).astype(np.float32)


def _cat(xs: list[Array], dim: int) -> Any:
    """torch.cat, with its legacy rule: 1-d empty tensors are skipped."""
    name = "tensor_cat"
    if not xs:
        raise _fail(TorchError, name, "torch.cat(): expected a non-empty list of Tensors")
    for i, x in enumerate(xs):
        if x.ndim == 0:
            raise _fail(TorchError, name,
                        f"zero-dimensional tensor (at position {i}) cannot be concatenated")
    kept = [(i, x) for i, x in enumerate(xs) if x.shape != (0,)]
    if not kept:
        return np.zeros(0, np.float32)
    first = kept[0][1]
    d = _wrap_dim(name, dim, first.ndim)
    for i, x in kept[1:]:
        if x.ndim != first.ndim:
            raise _fail(TorchError, name, "Tensors must have same number of dimensions: "
                                          f"got {first.ndim} and {x.ndim}")
        for k in range(first.ndim):
            if k != d and x.shape[k] != first.shape[k]:
                raise _fail(TorchError, name,
                            f"Sizes of tensors must match except in dimension {d}. Expected "
                            f"size {first.shape[k]} but got size {x.shape[k]} for tensor "
                            f"number {i} in the list.")
    return np.concatenate([x for _, x in kept], axis=d)


def _arange(start: float, end: float, step: float) -> Any:
    name = "tensor_arange"
    if not (math.isfinite(start) and math.isfinite(end)):
        raise _fail(TorchError, name, f"unsupported range: {start:g} -> {end:g}")
    if step == 0:
        raise _fail(TorchError, name, "step must be nonzero")
    if (step > 0 and end < start) or (step < 0 and end > start):
        raise _fail(TorchError, name, "upper bound and lower bound inconsistent with step sign")
    n = math.ceil((end - start) / step)
    return start + step * np.arange(n, dtype=np.float64)


def _eye(n: int) -> Any:
    if n < 0:
        raise _fail(TorchError, "tensor_eye", f"n must be greater or equal to 0, got {n}")
    return np.eye(n, dtype=np.float32)


def _full(dims: tuple[int, ...], value: float) -> Any:
    check_dims("tensor_full", dims)
    if math.isfinite(value) and abs(value) > float(np.finfo(np.float32).max):
        # libtorch's check (a std::runtime_error, reported as torch_error)
        raise _fail(TorchError, "tensor_full",
                    "value cannot be converted to type float without overflow")
    return np.full(dims, value, dtype=np.float64)


def _shape_op(name: str, fn: Callable[[tuple[int, ...]], Any]) -> Callable[..., Any]:
    def op(dims: tuple[int, ...]) -> Any:
        check_dims(name, dims)
        return fn(dims)

    return op


def _reduction(fn: Callable[[Any], Any]) -> Callable[[Array], float]:
    return lambda x: float(np.float32(fn(x.astype(np.float64))))


# The numpy implementation of the tensor functions of the spec (tensor arguments arrive as
# arrays, the others as Python values; a returned array becomes a new handle).
OPS: dict[str, Callable[..., Any]] = {
    # creation (tensor_randn is bound per backend: it needs the backend's generator)
    "tensor_zeros": _shape_op("tensor_zeros", lambda d: np.zeros(d, np.float32)),
    "tensor_ones": _shape_op("tensor_ones", lambda d: np.ones(d, np.float32)),
    "tensor_from_data": _from_data("tensor_from_data", np.float64),
    "tensor_from_f32": _from_data("tensor_from_f32", np.float32),
    "tensor_full": _full,
    "tensor_arange": _arange,
    "tensor_eye": _eye,
    # element-wise and linear algebra
    "tensor_add": _elementwise("tensor_add", np.add),
    "tensor_sub": _elementwise("tensor_sub", np.subtract),
    "tensor_mul": _elementwise("tensor_mul", np.multiply),
    "tensor_div": _elementwise("tensor_div", np.divide),
    "tensor_matmul": _matmul,
    "tensor_neg": np.negative,
    "tensor_exp": _in_f64(np.exp),
    "tensor_log": _in_f64(np.log),
    "relu": lambda x: np.maximum(x, np.float32(0)),
    "sigmoid": _in_f64(lambda x: 1.0 / (1.0 + np.exp(-x))),
    "tanh": _in_f64(np.tanh),
    "softmax": _softmax,
    # shape and reductions
    "tensor_reshape": _reshape,
    "tensor_transpose": _transpose,
    "tensor_clone": np.copy,
    "tensor_cat": _cat,
    "tensor_sum": _reduction(np.sum),
    "tensor_mean": _reduction(lambda x: np.mean(x) if x.size else math.nan),
    # properties and reading
    "tensor_shape": lambda x: tuple(int(d) for d in x.shape),
    "tensor_ndim": lambda x: x.ndim,
    "tensor_numel": lambda x: x.size,
    "tensor_to_data": lambda x: x.astype(np.float64).ravel().tolist(),
    "tensor_to_f32": lambda x: x.ravel().tolist(),
    "tensor_is_cuda": lambda x: False,
    # devices: no CUDA here
    "tensor_cpu": lambda x: x,
}


def _frozen(a: Any) -> Array:
    """A read-only C-contiguous float32 array (0-d stays 0-d); handles may share one safely."""
    out: Array = np.require(a, dtype=np.float32, requirements="C")
    out.flags.writeable = False
    return out


class PureBackend:
    """numpy implementation of the Backend protocol; handles are read-only float32 arrays."""

    name = "pure"

    def __init__(self) -> None:
        # Reentrant: a GC finalizer may free a handle while this thread holds the lock.
        self._lock = threading.RLock()
        self._rng_lock = threading.Lock()
        self._live = 0
        self._rng = np.random.default_rng()
        self.ops: dict[str, Callable[..., Any]] = {
            **OPS,
            "tensor_randn": _shape_op("tensor_randn", self._standard_normal),
            "tensor_cuda": self._cuda,
            "tensor_to_device": self._to_device,
            "tensor_free": self.free,
        }
        # What a garbage-collected Tensor calls (TorchBackend's skips the error check).
        self.release: Callable[[Any], None] = self.free

    def _standard_normal(self, dims: tuple[int, ...]) -> Array:
        with self._rng_lock:  # a numpy Generator is not thread-safe
            return self._rng.standard_normal(dims, dtype=np.float32)

    # ---- handles ----------------------------------------------------------------------
    def _new(self, name: str, make: Callable[[], Any]) -> Array:
        try:
            with np.errstate(all="ignore"):  # inf / nan like torch, without warnings
                arr = _frozen(make())
        except SimpleTorchError:
            raise
        except (MemoryError, ValueError) as e:  # numpy: "array is too big" or no memory
            raise _fail(OutOfMemoryError, name, str(e)) from None
        with self._lock:
            self._live += 1
        return arr

    def _check(self, name: str, h: Any, arg: str = "handle") -> Array:
        if not isinstance(h, np.ndarray):
            raise _fail(InvalidHandleError, name, f"argument '{arg}': {h!r} is not a pure handle")
        return h

    def free(self, h: Any) -> None:
        self._check("tensor_free", h)
        with self._lock:
            self._live -= 1

    def live_handles(self) -> int:
        with self._lock:
            return self._live

    # ---- the generic entry point ------------------------------------------------------
    def has_op(self, op: str) -> bool:
        return op in self.ops

    def call(self, op: str, *args: Any) -> Any:
        """Run spec function `op`: tensor arguments are handles, the others Python values."""
        fn = self.ops.get(op)
        info = _abi.FUNCTIONS.get(op)
        if fn is None or info is None:
            raise _fail(NotAvailableError, op,
                        f"the pure backend has no implementation of {op!r}")
        values = [self._check(op, v, name) if type_ == "tensor"
                  else [self._check(op, h, name) for h in v] if type_ == "[tensor]" else v
                  for (name, type_, _), v in zip(info.args, args, strict=True)]
        if info.returns == "tensor":
            return self._new(op, lambda: fn(*values))
        with np.errstate(all="ignore"):
            result = fn(*values)
        match info.returns:
            case "f64" | "f32":
                return float(result)
            case "i64" | "i32":
                return int(result)
            case "bool":
                return bool(result)
            case "[i64]":
                return tuple(int(v) for v in result)
            case "[f64]" | "[f32]":
                return [float(v) for v in result]
            case _:
                return result

    # ---- the Backend protocol ---------------------------------------------------------
    def zeros(self, dims: tuple[int, ...]) -> Array:
        return self.call("tensor_zeros", dims)  # type: ignore[no-any-return]

    def ones(self, dims: tuple[int, ...]) -> Array:
        return self.call("tensor_ones", dims)  # type: ignore[no-any-return]

    def randn(self, dims: tuple[int, ...]) -> Array:
        return self.call("tensor_randn", dims)  # type: ignore[no-any-return]

    def from_numpy(self, a: np.ndarray[Any, Any]) -> Array:
        check_dims("tensor_from_data", a.shape)
        return self._new("tensor_from_data", lambda: np.array(a, dtype=np.float32, order="C"))

    def to_numpy(self, h: Any) -> Array:
        return np.array(self._check("tensor_to_data", h), dtype=np.float32, order="C")

    def shape(self, h: Any) -> tuple[int, ...]:
        return tuple(int(d) for d in self._check("tensor_shape", h).shape)

    def numel(self, h: Any) -> int:
        return int(self._check("tensor_numel", h).size)

    def is_cuda(self, h: Any) -> bool:
        self._check("tensor_is_cuda", h)
        return False

    def unary(self, op: str, h: Any) -> Array:
        return self.call(op, h)  # type: ignore[no-any-return]

    def binary(self, op: str, a: Any, b: Any) -> Array:
        return self.call(op, a, b)  # type: ignore[no-any-return]

    def cuda_available(self) -> bool:
        return False

    def _cuda(self, x: Array, index: int) -> Array:
        if index < 0:
            raise _fail(InvalidArgumentError, "tensor_cuda",
                        f"argument 'device_id': CUDA device index must be >= 0, got {index}")
        raise _fail(NotAvailableError, "tensor_cuda", CUDA_NOT_AVAILABLE)

    def _to_device(self, x: Array, code: int) -> Array:
        if code >= 0:
            raise _fail(NotAvailableError, "tensor_to_device", CUDA_NOT_AVAILABLE)
        return x

    def cuda(self, h: Any, index: int) -> Array:
        return self.call("tensor_cuda", h, index)  # type: ignore[no-any-return]

    def to_device(self, h: Any, code: int) -> Array:
        return self.call("tensor_to_device", h, code)  # type: ignore[no-any-return]
