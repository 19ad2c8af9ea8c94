"""Tensor backends: "torch" (the libtorch variant of the C ABI) and "pure" (numpy).

    simple_torch_ffi.backend()          # "torch" when the libtorch variant loads, else "pure"
    SIMPLE_TORCH_BACKEND=pure           # force one ("torch" | "pure"); forcing torch where it
                                        # cannot load raises NotAvailableError, no fallback
    backends.set_backend("pure")        # force one in-process; set_backend(None) re-resolves

A backend works on opaque handles (an int for torch, a read-only ndarray for pure);
`simple_torch_ffi.Tensor` owns one handle and frees it exactly once. `call(op, ...)` runs any
spec function by name; the fixed core (free, shape, data in and out, devices, live count) is
reached through its role (_abi.ROLES), so no spec function is named here. Importing this module
never imports torch.

Optional members a Tensor uses when a backend has them (both built-in backends do):
`release(h)`, what a garbage-collected tensor calls instead of `free` (no error check; a no-op
once the interpreter exits); and for the fast and direct paths of CPU tensors (TorchBackend
only) `raw_ops`, the C functions of _abi.DIRECT_OPS in that order (a handle result, 0 on
failure, or none), `fail(op)`, which raises the error of a failed one, `check(op)`, which raises
the error a call without a result recorded, if any, and `scalar(value, dtype)`, a new 0-d
handle.
Scopes and the census (simple_torch_ffi.scopes): `scope_begin()`, `scope_end(id)`,
`scope_keep(h)`, `census()`; checkpoints (simple_torch_ffi.checkpoint): `save(path, names,
handles)`, `load_names(path)`, `load_tensor(path, name)`.
"""

from __future__ import annotations

import atexit
import math
import os
import threading
import warnings
import weakref
from typing import Any, NoReturn, Protocol, runtime_checkable

import numpy as np

from . import _abi, dlpack, dtypes
from .errors import (
    InternalError,
    InvalidArgumentError,
    LibraryMismatchError,
    NotAvailableError,
    SimpleTorchError,
)
from .loader import Variant, load
from .marshal import RESULT_KINDS
from .pure import PureBackend

__all__ = [
    "BACKENDS",
    "ENV_BACKEND",
    "TENSOR_FUNCTIONS",
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
ROLES = _abi.ROLES

# Every spec function a backend implements: those with a tensor argument or result.
TENSOR_FUNCTIONS: tuple[str, ...] = tuple(
    f.name for f in _abi.FUNCTIONS.values()
    if _abi.TYPES[f.returns].result in ("handle", "optional_handle")
    or any(_abi.TYPES[a[1]].pure in ("handle", "handles", "optional_handle") for a in f.args)
)


@runtime_checkable
class Backend(Protocol):
    """What a Tensor needs from a backend; handles are opaque to the caller.

    `call(op, *args)` runs any tensor function of the spec by name (tensor arguments as
    handles, the others as Python values: ints, floats, bools, tuples of ints for shapes);
    it returns a handle for a tensor result, else a Python value. The other methods are the
    common cases, spelled out."""

    name: str

    def from_numpy(self, a: np.ndarray[Any, Any]) -> Any: ...
    def to_numpy(self, h: Any) -> np.ndarray[Any, Any]: ...
    def dtype(self, h: Any) -> str: ...
    def shape(self, h: Any) -> tuple[int, ...]: ...
    def device(self, h: Any) -> int: ...
    def has_op(self, op: str) -> bool: ...
    def call(self, op: str, *args: Any) -> Any: ...
    def cuda_available(self) -> bool: ...
    def cuda_device_count(self) -> int: ...
    def to_device(self, h: Any, code: int) -> Any: ...
    def free(self, h: Any) -> None: ...
    def live_handles(self) -> int: ...


class _Marker:
    """How TorchBackend tells a failed call when the sentinel value alone cannot (see
    _failure_test)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_ALWAYS = _Marker("ALWAYS")  # void: nothing to compare, always read last_error_kind()
_NEVER = _Marker("NEVER")  # the error readers: they keep the error, never read it after them
_NAN = _Marker("NAN")  # a NaN sentinel (f64/f32): `result != result`

def _failure_test(info: _abi.FunctionInfo, null: Any) -> Any:
    """What marks a failed call of `info`: its sentinel value, or _ALWAYS / _NEVER / _NAN.

    Every function returns its sentinel on failure, so any other result is a success and needs
    no last_error_kind() call; only a result equal to the sentinel (which may also be a
    legitimate value: false, -1, 0.0, NaN) asks for the kind."""
    if info.keeps_error:
        return _NEVER
    if info.returns == "void":
        return _ALWAYS
    s = info.sentinel
    if info.returns == "text" and s is None:
        return null
    if isinstance(s, float) and math.isnan(s):
        return _NAN
    return s


def _no_release(h: Any) -> None:
    """release() once the interpreter is exiting: nothing to free for."""


# Backends whose `release` a garbage-collected Tensor calls (what _exiting turns off).
_releasing: weakref.WeakSet[Any] = weakref.WeakSet()


@atexit.register
def _exiting() -> None:
    # Tensors collected while the interpreter shuts down leave their handles to the process
    # exit instead of calling into the library, or into modules being torn down.
    for b in [*_releasing, *_instances.values()]:
        if hasattr(b, "release"):
            b.release = _no_release


class TorchBackend:
    """The libtorch variant through cffi; every failed call raises the matching exception.

    A call checks the error kind only when its result is the function's sentinel (a tensor
    result: 0, a count: -1; a bool/f64 result equal to its sentinel, or a void function,
    asks last_error_kind() to tell a legitimate value from a failure). `raw_ops` (the C
    functions of _abi.DIRECT_OPS, in that order: a handle result, 0 on failure, then
    `fail(op)`; or no result, then `check(op)`; `ops_for(device)`: them as one object per
    device) and `release` (the free role without the error
    check, for the garbage collector) are what the Tensor fast and direct paths call."""

    name = "torch"

    def __init__(self, variant: Variant) -> None:
        self.variant = variant
        ffi = self._ffi = variant.ffi
        self._kind = variant.role("last_error_kind")
        # Resolve every symbol once: cffi attribute lookups are not free.
        self._fns: dict[str, Any] = {name: variant.func(name) for name in _abi.FUNCTIONS}
        self._fails: dict[str, Any] = {name: _failure_test(info, ffi.NULL)
                                       for name, info in _abi.FUNCTIONS.items()}
        # The functions whose every argument is passed to cffi unchanged (_lower: "value").
        self._plain = frozenset(name for name, info in _abi.FUNCTIONS.items()
                                if all(_abi.TYPES[t].lower == "value" for _, t, _ in info.args))
        self.raw_ops: tuple[Any, ...] = tuple(self._fns[op] for op in _abi.DIRECT_OPS)
        self._device_ops: dict[str, tuple[Any, ...]] = {"cpu": self.raw_ops}
        self._free = self._fns[ROLES["free"]]
        self._scalar = ROLES["scalar"]
        self.release: Any = self._free
        self._cuda: bool | None = None
        self._destructor = int(ffi.cast("intptr_t", ffi.addressof(
            variant.lib, "stf_dlpack_capsule_destructor")))
        _releasing.add(self)

    def ops_for(self, device: str) -> tuple[Any, ...]:
        """raw_ops for tensors on `device`: the same functions in one tuple object per device,
        so that two tensors whose `_ops` are the same object live on the same device (the fast
        and direct paths' test), and a result beside them is on that device too."""
        ops = self._device_ops.get(device)
        if ops is None:
            ops = self._device_ops[device] = tuple(list(self.raw_ops))  # a new object
        return ops

    def _call(self, name: str, *args: Any) -> Any:
        result = self._fns[name](*args)
        s = self._fails[name]
        if (result == s or s is _ALWAYS or (s is _NAN and result != result)) and self._kind():
            self.variant.raise_last_error(_abi.PREFIX + name)
        return result

    def fail(self, name: str) -> NoReturn:
        """Raise for a call of `name` that returned its sentinel (a 0 handle): the recorded
        error, or InternalError when none was recorded."""
        if self._kind():
            self.variant.raise_last_error(_abi.PREFIX + name)
        raise InternalError(f"{_abi.PREFIX}{name}: returned no tensor and recorded no error",
                            _abi.PREFIX + name)

    def check(self, name: str) -> None:
        """Raise the error a call of `name` without a result (void) recorded, if any."""
        if self._kind():
            self.variant.raise_last_error(_abi.PREFIX + name)

    def _new(self, name: str, *args: Any) -> int:
        """A call returning a tensor handle; 0 is never one, even with no error recorded."""
        h: int = self._fns[name](*args)
        if h:
            return h
        self.fail(name)

    def has_op(self, op: str) -> bool:
        return op in _abi.FUNCTIONS  # the library has every function of the spec

    def _lower(self, info: _abi.FunctionInfo, args: tuple[Any, ...]) -> tuple[list[Any],
                                                                               list[Any]]:
        """The cffi arguments of a call (and the buffers they point into, to keep alive)."""
        ffi = self._ffi
        c_args: list[Any] = []
        keep: list[Any] = []
        for (_name, type_, _consumed), value in zip(info.args, args, strict=True):
            t = _abi.TYPES[type_]
            if t.lower == "array":
                arr = np.array(value, dtype=t.dtype)
                keep.append(arr)
                c_args += [ffi.from_buffer(f"{t.ctype}[]", arr), arr.size]
            elif t.lower == "text":
                c_args.append(str(value).encode())
            elif t.lower == "optional":  # None is the handle 0
                c_args.append(0 if value is None else value)
            else:
                c_args.append(value)
        return c_args, keep

    def call(self, op: str, *args: Any) -> Any:
        """Run spec function `op` with logical arguments (see Backend)."""
        info = _abi.FUNCTIONS.get(op)
        if info is None:
            raise NotAvailableError(f"{_abi.PREFIX}{op}: no such function in the spec")
        if op in self._plain and len(args) == len(info.args):
            c_args: Any = args  # every argument goes to cffi as it is
        else:
            c_args, _keep = self._lower(info, args)
        result = _abi.TYPES[info.returns]
        if result.result == "handle":
            return self._new(op, *c_args)
        if result.lower == "array":  # size the caller buffer, then fill it
            ffi = self._ffi
            n = int(self._call(op, *c_args, ffi.NULL, 0))
            out = np.empty(n, dtype=result.dtype)
            self._call(op, *c_args, ffi.from_buffer(f"{result.ctype}[]", out), n)
            return RESULT_KINDS[result.result](out)
        raw = self._call(op, *c_args)
        if result.result == "text":
            return None if raw == self._ffi.NULL else \
                self._ffi.string(raw).decode("utf-8", "replace")
        return RESULT_KINDS[result.result](raw)

    def from_numpy(self, a: np.ndarray[Any, Any]) -> int:
        """A new tensor sharing the array's memory (DLPack, zero copy; the tensor keeps the
        array alive); a copy where numpy cannot export it (bfloat16, non-native byte order)."""
        try:
            cap = a.__dlpack__(max_version=(1, 0))
        except (AttributeError, BufferError, TypeError, ValueError, RuntimeError):
            return self._copy_in(a)
        return self.from_capsule(cap)

    def _copy_in(self, a: np.ndarray[Any, Any]) -> int:
        """A new tensor holding a copy of the array, of its dtype (one memcpy of its bytes)."""
        code = dtypes.code(a.dtype)
        data = np.require(a, requirements="C")  # keeps 0-d arrays 0-d
        dims = np.array(data.shape, dtype=np.int64)
        ffi = self._ffi
        return self._new(ROLES["from_bytes"], ffi.from_buffer("uint8_t[]", data), data.nbytes,
                         ffi.from_buffer("int64_t[]", dims), dims.size, code)

    def from_capsule(self, cap: Any) -> int:
        """A new tensor owning the managed tensor of an unconsumed DLPack capsule (consumed on
        success; on failure the capsule keeps it and deletes it when it dies)."""
        address, versioned = dlpack.pointer(cap)
        h = self._new(ROLES["from_dlpack"], address, versioned)
        dlpack.consume(cap, versioned)
        return h

    def capsule(self, h: int, versioned: bool) -> Any:
        """A DLPack capsule of the tensor (zero copy; the consumer owns it)."""
        return dlpack.capsule(self._new(ROLES["to_dlpack"], h, versioned), versioned,
                              self._destructor)

    def scalar(self, value: float, dtype: str) -> int:
        """A new 0-d tensor of dtype holding a Python number (dtypes.number chooses it): one
        call of the scalar role where its f64 carries the value exactly (a float as float64,
        an int within 2**53 as int64, a bool as bool), else the number through numpy (exact
        ints, numpy's rounding and overflow to inf for the narrower floats)."""
        kind = _EXACT_SCALARS.get(dtype)
        if kind is not None and type(value) is kind and (
                kind is not int or -_F64_INTS <= value <= _F64_INTS):
            return self._new(self._scalar, float(value), _abi.DTYPES[dtype].code)
        return self.from_numpy(np.asarray(value, dtype=dtypes.numpy_dtype(dtype)))

    def shape(self, h: int) -> tuple[int, ...]:
        return self.call(ROLES["shape"], h)  # type: ignore[no-any-return]

    def dtype(self, h: int) -> str:
        return self.call(ROLES["dtype"], h)  # type: ignore[no-any-return]

    def to_numpy(self, h: int) -> np.ndarray[Any, Any]:
        """The tensor as an array: sharing its memory for a CPU tensor (DLPack, zero copy),
        a copy from any other device and for dtypes numpy cannot import (bfloat16)."""
        if (not self.cuda_available() or self.device(h) < 0) and \
                self.dtype(h) not in _NO_NUMPY_DLPACK:
            try:
                return np.from_dlpack(_Exporter(self, h))
            except (BufferError, TypeError, ValueError, RuntimeError):
                pass
        return self._copy_out(h)

    def _copy_out(self, h: int) -> np.ndarray[Any, Any]:
        """A new array of the tensor's shape and dtype (one memcpy of its bytes)."""
        out = np.empty(self.shape(h), dtype=dtypes.numpy_dtype(self.dtype(h)))
        name = ROLES["to_bytes"]
        n = self._call(name, h, self._ffi.from_buffer("uint8_t[]", out), out.nbytes)
        if n != out.nbytes:  # cannot happen for a live tensor: shapes and dtypes never change
            raise SimpleTorchError(f"{name} returned {n} bytes for {out.nbytes}")
        return out

    def device(self, h: int) -> int:
        return int(self._call(ROLES["device"], h))

    def cuda_available(self) -> bool:
        if self._cuda is None:  # a property of the process: ask once
            self._cuda = bool(self._call(ROLES["cuda_available"]))
        return self._cuda

    def cuda_device_count(self) -> int:
        return int(self._call(ROLES["cuda_device_count"]))

    def to_device(self, h: int, code: int) -> int:
        return self._new(ROLES["to_device"], h, code)

    def free(self, h: int) -> None:
        self._free(h)
        if self._kind():  # void: the kind is the only way to know
            self.variant.raise_last_error(_abi.PREFIX + ROLES["free"])

    def live_handles(self) -> int:
        return int(self._call(ROLES["live_count"]))

    # ---- scopes and the census (the library's handle table does the work) -----------------
    def scope_begin(self) -> int:
        return int(self._call(ROLES["scope_begin"]))

    def scope_end(self, scope: int) -> int:
        return int(self._call(ROLES["scope_end"], scope))

    def scope_keep(self, h: int) -> None:
        self._call(ROLES["scope_keep"], h)

    def census(self) -> dict[str, int]:
        """Live handles per creating spec function, most first (the library's order)."""
        text: str = self.call(ROLES["census"])
        out: dict[str, int] = {}
        for line in text.splitlines():
            name, _, count = line.rpartition(" ")
            out[name] = int(count)
        return out

    # ---- checkpoints in torch.save's format ----------------------------------------------
    def save(self, path: str, names: list[str], handles: list[int]) -> None:
        self.call(ROLES["save"], path, "\n".join(names), tuple(handles))

    def load_names(self, path: str) -> list[str]:
        text: str = self.call(ROLES["load_names"], path)
        return text.split("\n") if text else []

    def load_tensor(self, path: str, name: str) -> int:
        return self.call(ROLES["load_tensor"], path, name)  # type: ignore[no-any-return]


# The dtypes whose 0-d tensors TorchBackend.scalar makes through the scalar role's f64, with the
# one Python type it takes for each, and the ints an f64 holds exactly.
_EXACT_SCALARS: dict[str, type] = {"float64": float, "int64": int, "bool": bool}
_F64_INTS = 2**53

# Dtypes numpy cannot import through DLPack (they come out as a copy).
_NO_NUMPY_DLPACK = frozenset({"bfloat16"})


class _Exporter:
    """What np.from_dlpack takes: one CPU tensor of a TorchBackend."""

    def __init__(self, backend: TorchBackend, h: int) -> None:
        self.backend, self.h = backend, h

    def __dlpack__(self, *, stream: Any = None, max_version: tuple[int, int] | None = None,
                   dl_device: Any = None, copy: bool | None = None) -> Any:
        return self.backend.capsule(self.h, max_version is not None and max_version[0] >= 1)

    def __dlpack_device__(self) -> tuple[int, int]:
        return (1, 0)  # kDLCPU


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
