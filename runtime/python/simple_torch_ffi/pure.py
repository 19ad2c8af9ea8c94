"""The "pure" backend: the spec's functions in numpy, no compiled library needed.

Each spec function with a `numpy:` reference (spec/ffi.yaml) is a function of the generated
_reference.py; this backend checks the arguments by their type (handles, shapes), runs the
reference and converts its result by the result type (a tensor result becomes a read-only array:
a new handle; a view of an argument shares its memory, as torch's views do). An in-place
function's reference gets a writable view of its first argument and writes into it. Dtypes
follow numpy, with torch's default-dtype rule on top: a float64 result none of whose tensor
inputs (nor an explicit dtype argument) is float64 becomes float32, as torch computes
int + float and Python floats in the default dtype. A function without a
reference raises NotAvailableError saying so (`python -m simple_torch_ffi info` lists them).
Failures raise the torch backend's exception classes: numpy's
ValueError/IndexError/ArithmeticError are TorchError (what libtorch raises for bad shapes and
dims), MemoryError is OutOfMemoryError; messages start with the C symbol, like the library's,
but are numpy's words. Handles may share one array; the backend counts the live ones like the
library's handle table does. Nothing here names a spec function.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import reduce
from typing import Any

import numpy as np

from . import _abi, dtypes
from ._reference import REFERENCES
from .errors import (
    InvalidArgumentError,
    InvalidHandleError,
    NotAvailableError,
    OutOfMemoryError,
    SimpleTorchError,
    TorchError,
)
from .marshal import RESULT_KINDS

__all__ = ["MAX_DIMS", "PureBackend", "check_dims"]

MAX_DIMS = _abi.MAX_DIMS
_INT64_MAX = 2**63 - 1

Array = np.ndarray[Any, Any]


def _fail(cls: type[SimpleTorchError], name: str, message: str) -> SimpleTorchError:
    """The exception the library would raise: message prefixed with the C symbol."""
    symbol = _abi.PREFIX + name
    return cls(f"{symbol}: {message}", symbol)


def check_dims(name: str, dims: Sequence[int], arg: str = "dims") -> int:
    """Validate dims like the library's shape check; returns the element count."""
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


def _frozen(a: Any) -> Array:
    """A handle: a read-only array of a dtype of the ABI (0-d stays 0-d) whose memory stays
    writable for in-place functions (_writable). A new array becomes a read-only view of
    itself; a view of a handle (a reshape, a slice) is one already and shares its memory, as
    torch's views do."""
    out: Array = np.asarray(a)
    dtypes.name_of(out.dtype)  # a dtype the ABI has (InvalidArgumentError otherwise)
    if out.flags.writeable:
        out = out.view()
        out.flags.writeable = False
    return out


def _writable(name: str, h: Array) -> Array:
    """A writable view of a handle's memory: what an in-place function's reference writes
    into (a handle itself is read-only, so no other reference can write by mistake)."""
    w = h.view()
    try:
        w.flags.writeable = True
    except ValueError:
        raise _fail(TorchError, name, "the tensor's memory is read-only (it is shared with a "
                                      "read-only array)") from None
    return w


def _category(dt: np.dtype[Any]) -> int:
    """torch's promotion categories: bool < integral < floating."""
    return 0 if dt == np.bool_ else 1 if dt.kind in "iu" else 2


def _promote_pair(a: np.dtype[Any], b: np.dtype[Any]) -> np.dtype[Any]:
    """torch.promote_types over numpy dtypes (numpy's within a category, except that
    float16 and bfloat16 meet in float32)."""
    if a == b:
        return a
    ca, cb = _category(a), _category(b)
    if ca != cb:
        return a if ca > cb else b
    if "bfloat16" in (a.name, b.name):
        other = b if a.name == "bfloat16" else a
        return other if other.itemsize > 2 else dtypes.numpy_dtype("float32")
    return np.result_type(a, b)


def torch_result_type(arrays: list[Any]) -> np.dtype[Any]:
    """torch's result type of tensors combined elementwise: dimensioned tensors decide; a 0-d
    tensor counts only when its category is higher than theirs."""
    dimmed = [x.dtype for x in arrays if x.ndim > 0]
    zero = [x.dtype for x in arrays if x.ndim == 0]
    t = reduce(_promote_pair, dimmed or zero)
    if dimmed:
        higher = [z for z in zero if _category(z) > _category(t)]
        if higher:
            t = reduce(_promote_pair, higher)
    return t


def _default_dtype(result: Any, inputs: list[Any], dtype_args: list[np.dtype[Any]]) -> Any:
    """torch's default-dtype rule over numpy's promotion (see the module docstring)."""
    if isinstance(result, np.ndarray | np.generic) and result.dtype == np.float64 and not any(
            x.dtype == np.float64 for x in inputs) and np.float64 not in dtype_args:
        return np.asarray(result, dtype=dtypes.numpy_dtype(_abi.DEFAULT_DTYPE))
    return result


# numpy's exceptions -> the library's error kinds.
_NUMPY_ERRORS: tuple[tuple[type[BaseException], type[SimpleTorchError]], ...] = (
    (MemoryError, OutOfMemoryError),
    (ValueError, TorchError),  # broadcasting, matmul and reshape mismatches, bad axes
    (IndexError, TorchError),
    (ArithmeticError, TorchError),
    (TypeError, TorchError),
)


class PureBackend:
    """numpy implementation of the Backend protocol; handles are read-only arrays (views of
    memory that in-place functions write into)."""

    name = "pure"

    def __init__(self, references: dict[str, Callable[..., Any]] | None = None) -> None:
        # Reentrant: a GC finalizer may free a handle while this thread holds the lock.
        self._lock = threading.RLock()
        self._live = 0
        self.ops: dict[str, Callable[..., Any]] = dict(REFERENCES if references is None
                                                       else references)
        # What a garbage-collected Tensor calls (TorchBackend's skips the error check).
        self.release: Callable[[Any], None] = self.free

    # ---- handles ----------------------------------------------------------------------
    def _new(self, name: str, value: Any) -> Array:
        try:
            with np.errstate(all="ignore"):  # inf / nan like torch, without warnings
                arr = _frozen(value)
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
        self._check(_abi.ROLES["free"], h)
        with self._lock:
            self._live -= 1

    def live_handles(self) -> int:
        with self._lock:
            return self._live

    # ---- the generic entry point ------------------------------------------------------
    def has_op(self, op: str) -> bool:
        return op in self.ops

    def _argument(self, op: str, name: str, type_: str, value: Any) -> Any:
        match _abi.TYPES[type_].pure:
            case "handle":
                return self._check(op, value, name)
            case "handles":
                return [self._check(op, h, name) for h in value]
            case "optional_handle":
                return None if value is None else self._check(op, value, name)
            case "dims":
                check_dims(op, value, name)
                return tuple(value)
            case "dtype":
                if value not in _abi.DTYPE_NAMES:
                    raise _fail(InvalidArgumentError, op,
                                f"argument '{name}': unknown dtype code {value}")
                return dtypes.numpy_dtype(_abi.DTYPE_NAMES[value])
        return value

    def call(self, op: str, *args: Any) -> Any:
        """Run spec function `op`: tensor arguments are handles, the others Python values."""
        fn = self.ops.get(op)
        info = _abi.FUNCTIONS.get(op)
        if fn is None or info is None:
            raise _fail(NotAvailableError, op,
                        f"the pure backend has no implementation of {op!r} (its spec entry "
                        "has no numpy reference)")
        values = [self._argument(op, name, type_, v)
                  for (name, type_, _), v in zip(info.args, args, strict=True)]
        kinds = [_abi.TYPES[t].pure for _, t, _ in info.args]
        inputs = [x for k, v in zip(kinds, values, strict=True)
                  for x in ((v,) if k == "handle" or (k == "optional_handle" and v is not None)
                            else v if k == "handles" else ())]
        dtype_args = [v for k, v in zip(kinds, values, strict=True) if k == "dtype"]
        if info.inplace:  # the reference writes into its first argument
            values[0] = _writable(op, values[0])
        if info.promote and inputs:  # torch promotes elementwise operands to one dtype first
            common = torch_result_type(inputs)
            values = [v.astype(common) if k == "handle" or (k == "optional_handle"
                                                            and v is not None) else
                      [x.astype(common) for x in v] if k == "handles" else v
                      for k, v in zip(kinds, values, strict=True)]
        try:
            with np.errstate(all="ignore"):
                result = fn(*values)
        except SimpleTorchError as e:  # a reference's own unavailable() / invalid() / fail()
            raise _fail(type(e), op, str(e)) from None
        except Exception as e:
            for numpy_error, cls in _NUMPY_ERRORS:
                if isinstance(e, numpy_error):
                    raise _fail(cls, op, str(e)) from None
            raise
        kind = _abi.TYPES[info.returns].result
        if kind == "optional_handle" and result is None:
            return None
        if kind in ("handle", "optional_handle"):
            return self._new(op, _default_dtype(result, inputs, dtype_args))
        if kind in ("ints", "floats", "bytes"):
            result = np.asarray(result).ravel()
        return RESULT_KINDS[kind](result)

    # ---- the core, by role ------------------------------------------------------------
    def from_numpy(self, a: np.ndarray[Any, Any]) -> Array:
        check_dims(_abi.ROLES["from_bytes"], a.shape)
        return self._new(_abi.ROLES["from_bytes"], np.array(a, order="C"))

    def adopt(self, a: np.ndarray[Any, Any]) -> Array:
        """A handle of an array made elsewhere (np.from_dlpack): its memory shared, written
        only by in-place functions."""
        check_dims(_abi.ROLES["from_dlpack"], a.shape)
        return self._new(_abi.ROLES["from_dlpack"], a)

    def scalar(self, value: float) -> Array:
        """A new 0-d tensor of a Python number (float: the default dtype, int: int64)."""
        return self.from_numpy(np.asarray(value, dtype=dtypes.numpy_dtype(
            dtypes.name(type(value)))))

    def to_numpy(self, h: Any) -> Array:
        return np.array(self._check(_abi.ROLES["to_bytes"], h), order="C")

    def dtype(self, h: Any) -> str:
        return dtypes.name_of(self._check(_abi.ROLES["dtype"], h).dtype)

    def shape(self, h: Any) -> tuple[int, ...]:
        return tuple(int(d) for d in self._check(_abi.ROLES["shape"], h).shape)

    def device(self, h: Any) -> int:
        self._check(_abi.ROLES["device"], h)
        return -1

    def cuda_available(self) -> bool:
        return False

    def cuda_device_count(self) -> int:
        return 0

    def to_device(self, h: Any, code: int) -> Array:
        return self.call(_abi.ROLES["to_device"], h, code)  # type: ignore[no-any-return]
