"""Tensor backends: "torch" (the libtorch variant of the C ABI) and "pure" (numpy).

    simple_torch_ffi.backend()          # "torch" when the libtorch variant loads, else "pure"
    SIMPLE_TORCH_BACKEND=pure           # force one ("torch" | "pure"); forcing torch where it
                                        # cannot load raises NotAvailableError, no fallback
    backends.set_backend("pure")        # force one in-process; set_backend(None) re-resolves

A backend works on opaque handles (an int for torch, a read-only float32 ndarray for pure);
`simple_torch_ffi.Tensor` owns one handle and frees it exactly once. Operations are named like
the spec functions ("relu", "tensor_add", ...): `unary`/`binary` run any spec function taking
one tensor `handle` or two tensors `a, b` and returning a tensor. Importing this module never
imports torch.
"""

from __future__ import annotations

import os
import threading
import warnings
from typing import Any, Protocol, runtime_checkable

import numpy as np

from . import _abi
from .errors import (
    InternalError,
    InvalidArgumentError,
    LibraryMismatchError,
    NotAvailableError,
    SimpleTorchError,
)
from .loader import Variant, load
from .pure import PureBackend

__all__ = [
    "BACKENDS",
    "BINARY_SPEC_OPS",
    "ENV_BACKEND",
    "TENSOR_FUNCTIONS",
    "UNARY_SPEC_OPS",
    "Backend",
    "PureBackend",
    "TorchBackend",
    "backend",
    "fallback_reason",
    "get_backend",
    "set_backend",
]

ENV_BACKEND = "SIMPLE_TORCH_BACKEND"
BACKENDS = ("torch", "pure")


def _spec_ops(arity: int) -> tuple[str, ...]:
    """Spec functions taking `arity` tensors (handle | a, b) and returning a new tensor."""
    want = (("handle",), ("a", "b"))[arity - 1]
    return tuple(
        f.name for f in _abi.FUNCTIONS.values()
        if f.returns == "tensor"
        and tuple(a[0] for a in f.args) == want
        and all(a[1] == "tensor" and not a[2] for a in f.args)
    )


UNARY_SPEC_OPS: tuple[str, ...] = _spec_ops(1)  # relu, sigmoid, tanh, tensor_cpu, ...
BINARY_SPEC_OPS: tuple[str, ...] = _spec_ops(2)  # tensor_add, tensor_mul, tensor_matmul, ...
# Every spec function a backend implements: those with a tensor argument or result.
TENSOR_FUNCTIONS: tuple[str, ...] = tuple(
    f.name for f in _abi.FUNCTIONS.values()
    if f.returns == "tensor" or any(a[1] in ("tensor", "[tensor]") for a in f.args)
)


@runtime_checkable
class Backend(Protocol):
    """What a Tensor needs from a backend; handles are opaque to the caller.

    `call(op, *args)` runs any tensor function of the spec by name (tensor arguments as
    handles, the others as Python values: ints, floats, bools, tuples of ints for shapes);
    it returns a handle for a tensor result, else a Python value. The other methods are the
    common cases, spelled out."""

    name: str

    def zeros(self, dims: tuple[int, ...]) -> Any: ...
    def ones(self, dims: tuple[int, ...]) -> Any: ...
    def randn(self, dims: tuple[int, ...]) -> Any: ...
    def from_numpy(self, a: np.ndarray[Any, Any]) -> Any: ...
    def to_numpy(self, h: Any) -> np.ndarray[Any, np.dtype[np.float32]]: ...
    def shape(self, h: Any) -> tuple[int, ...]: ...
    def numel(self, h: Any) -> int: ...
    def is_cuda(self, h: Any) -> bool: ...
    def has_op(self, op: str) -> bool: ...
    def call(self, op: str, *args: Any) -> Any: ...
    def unary(self, op: str, h: Any) -> Any: ...
    def binary(self, op: str, a: Any, b: Any) -> Any: ...
    def cuda_available(self) -> bool: ...
    def cuda(self, h: Any, index: int) -> Any: ...
    def to_device(self, h: Any, code: int) -> Any: ...
    def free(self, h: Any) -> None: ...
    def live_handles(self) -> int: ...


class TorchBackend:
    """The libtorch variant through cffi; every failed call raises the matching exception."""

    name = "torch"

    def __init__(self, variant: Variant) -> None:
        self.variant = variant
        self._ffi = variant.ffi
        self._kind = variant.func("last_error_kind")
        # Resolve every symbol once: cffi attribute lookups are not free.
        self._fns = {name: variant.func(name) for name in _abi.FUNCTIONS}

    def _call(self, name: str, *args: Any) -> Any:
        result = self._fns[name](*args)
        if self._kind() != 0:
            self.variant.raise_last_error(_abi.PREFIX + name)
        return result

    def _new(self, name: str, *args: Any) -> int:
        """A call returning a tensor handle; 0 is never one, even with no error recorded."""
        h = int(self._call(name, *args))
        if h == 0:
            raise InternalError(f"{_abi.PREFIX}{name}: returned no tensor and recorded no error",
                                _abi.PREFIX + name)
        return h

    def has_op(self, op: str) -> bool:
        return op in TENSOR_FUNCTIONS

    def call(self, op: str, *args: Any) -> Any:
        """Run spec function `op` with logical arguments (see Backend)."""
        info = _abi.FUNCTIONS.get(op)
        if info is None:
            raise NotAvailableError(f"{_abi.PREFIX}{op}: no such function in the spec")
        ffi = self._ffi
        c_args: list[Any] = []
        keep: list[Any] = []
        for (_name, type_, _consumed), value in zip(info.args, args, strict=True):
            # [tensor] arrives as a sequence of handles: an int64 array like [i64]
            match type_:
                case "shape" | "[i64]" | "[f64]" | "[tensor]":
                    arr = np.array(value, dtype=np.float64 if type_ == "[f64]" else np.int64)
                    keep.append(arr)
                    ctype = "double[]" if type_ == "[f64]" else "int64_t[]"
                    c_args += [ffi.from_buffer(ctype, arr), arr.size]
                case "f64":
                    c_args.append(float(value))
                case "bool":
                    c_args.append(bool(value))
                case "text":
                    c_args.append(str(value).encode())
                case _:  # tensor handles, i64, i32, device codes
                    c_args.append(int(value))
        match info.returns:
            case "[i64]" | "[f64]":
                n = int(self._call(op, *c_args, ffi.NULL, 0))
                out = np.empty(n, dtype=np.float64 if info.returns == "[f64]" else np.int64)
                ctype = "double[]" if info.returns == "[f64]" else "int64_t[]"
                self._call(op, *c_args, ffi.from_buffer(ctype, out), n)
                return out.tolist() if info.returns == "[f64]" else tuple(out.tolist())
            case "text":
                raw = self._call(op, *c_args)
                return None if raw == ffi.NULL else ffi.string(raw).decode("utf-8", "replace")
            case "f64":
                return float(self._call(op, *c_args))
            case "bool":
                return bool(self._call(op, *c_args))
            case "void":
                self._call(op, *c_args)
                return None
            case "tensor":
                return self._new(op, *c_args)
            case _:  # i64, i32
                return int(self._call(op, *c_args))

    def _dims(self, name: str, dims: tuple[int, ...]) -> int:
        arr = np.array(dims, dtype=np.int64)
        return self._new(name, self._ffi.from_buffer("int64_t[]", arr), arr.size)

    def zeros(self, dims: tuple[int, ...]) -> int:
        return self._dims("tensor_zeros", dims)

    def ones(self, dims: tuple[int, ...]) -> int:
        return self._dims("tensor_ones", dims)

    def randn(self, dims: tuple[int, ...]) -> int:
        return self._dims("tensor_randn", dims)

    def from_numpy(self, a: np.ndarray[Any, Any]) -> int:
        data = np.array(a, dtype=np.float64, order="C")  # np.array keeps 0-d arrays 0-d
        dims = np.array(data.shape, dtype=np.int64)
        ffi = self._ffi
        return self._new("tensor_from_data", ffi.from_buffer("double[]", data), data.size,
                         ffi.from_buffer("int64_t[]", dims), dims.size)

    def shape(self, h: int) -> tuple[int, ...]:
        n = int(self._call("tensor_shape", h, self._ffi.NULL, 0))
        out = np.empty(n, dtype=np.int64)
        self._call("tensor_shape", h, self._ffi.from_buffer("int64_t[]", out), n)
        return tuple(int(d) for d in out)

    def numel(self, h: int) -> int:
        return int(self._call("tensor_numel", h))

    def to_numpy(self, h: int) -> np.ndarray[Any, np.dtype[np.float32]]:
        shape = self.shape(h)
        out = np.empty(shape, dtype=np.float64)
        n = int(self._call("tensor_to_data", h, self._ffi.from_buffer("double[]", out), out.size))
        if n != out.size:  # cannot happen for a live tensor: tensors are immutable
            raise SimpleTorchError(f"tensor_to_data returned {n} values for shape {list(shape)}")
        return out.astype(np.float32)

    def is_cuda(self, h: int) -> bool:
        return bool(self._call("tensor_is_cuda", h))

    def unary(self, op: str, h: int) -> int:
        if op not in UNARY_SPEC_OPS:
            raise NotAvailableError(f"{_abi.PREFIX}{op}: not a unary tensor operation of the spec")
        return self._new(op, h)

    def binary(self, op: str, a: int, b: int) -> int:
        if op not in BINARY_SPEC_OPS:
            raise NotAvailableError(f"{_abi.PREFIX}{op}: not a binary tensor operation of the spec")
        return self._new(op, a, b)

    def cuda_available(self) -> bool:
        return bool(self._call("cuda_available"))

    def cuda_device_count(self) -> int:
        return int(self._call("cuda_device_count"))

    def cuda(self, h: int, index: int) -> int:
        return self._new("tensor_cuda", h, index)

    def to_device(self, h: int, code: int) -> int:
        return self._new("tensor_to_device", h, code)

    def free(self, h: int) -> None:
        self._call("tensor_free", h)

    def live_handles(self) -> int:
        return int(self._call("live_handles"))


_lock = threading.RLock()
_instances: dict[str, Backend] = {}
_current: Backend | None = None
_fallback_reason: str | None = None


def _torch_backend() -> TorchBackend:
    variant = load("torch")  # NotAvailableError when not built / cannot load
    if not variant.available:
        raise NotAvailableError(f"the torch variant at {variant.library_path} reports that "
                                "libtorch is not available")
    return TorchBackend(variant)


def get_backend(name: str | Backend | None = None) -> Backend:
    """The backend object for `name` ("torch" | "pure"), or the current default for None.

    A Backend instance is returned as is. Requesting "torch" where the libtorch variant cannot
    load raises NotAvailableError."""
    if name is None:
        return _default()
    if not isinstance(name, str):
        return name
    if name not in BACKENDS:
        raise InvalidArgumentError(
            f"unknown backend {name!r} (expected one of {', '.join(map(repr, BACKENDS))})")
    with _lock:
        b = _instances.get(name)
        if b is None:
            b = _torch_backend() if name == "torch" else PureBackend()
            _instances[name] = b
        return b


def _default() -> Backend:
    global _current, _fallback_reason
    current = _current
    if current is not None:
        return current
    with _lock:
        if _current is not None:
            return _current
        forced = os.environ.get(ENV_BACKEND, "").strip()
        if forced:
            if forced not in BACKENDS:
                raise InvalidArgumentError(
                    f"{ENV_BACKEND}={forced!r} is not a backend "
                    f"(expected one of {', '.join(map(repr, BACKENDS))})")
            _current = get_backend(forced)
            return _current
        try:
            _current = get_backend("torch")
        except LibraryMismatchError as e:
            # A stale build: still usable through numpy, but say so loudly.
            _fallback_reason = str(e)
            warnings.warn(f"simple_torch_ffi falls back to the pure backend: {e}",
                          RuntimeWarning, stacklevel=3)
            _current = get_backend("pure")
        except NotAvailableError as e:
            _fallback_reason = str(e)
            _current = get_backend("pure")
        return _current


def backend() -> str:
    """Name of the default backend: "torch" when the libtorch variant loads and is available,
    else "pure"; SIMPLE_TORCH_BACKEND=torch|pure forces one."""
    return _default().name


def fallback_reason() -> str | None:
    """Why the default backend fell back to "pure" (None if it did not, or was forced)."""
    return _fallback_reason


def set_backend(name: str | Backend | None) -> None:
    """Force the default backend ("torch" | "pure" | a Backend), or with None forget the choice
    so the next use resolves it again from SIMPLE_TORCH_BACKEND and what loads.

    Tensors keep the backend they were made with."""
    global _current, _fallback_reason
    with _lock:
        if name is None:
            _current = None
            _fallback_reason = None
            return
        _current = get_backend(name)
