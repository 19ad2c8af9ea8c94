"""The hand-written half of `Tensor`: lifetime, properties, data exchange and devices, plus the
calling machinery the generated operations (_api.py) stand on. Nothing here names a spec
function: the core is reached through roles (_abi.ROLES), operations through `invoke`.

    import simple_torch_ffi as stf
    a = stf.tensor([[1.0, 2.0], [3.0, 4.0]])
    b = (a @ a + 1).relu()          # Python scalars work on either side
    b.numpy(), np.asarray(b), b.tolist(), b.shape, b.device
    with stf.zeros(2, 3) as t:      # freed at the end of the block (or by close(), or by GC)
        ...

Every tensor owns one backend handle, freed exactly once: by `close()` / the end of a `with`
block, or when the tensor is garbage collected (`__del__`; not while the interpreter exits).
Using a closed tensor raises InvalidHandleError. A tensor's shape and dtype never change:
operations return new tensors, except the in-place ones (torch's `x_` methods: `fill_`, `add_`,
`mul_`, ... and `t[key] = value`), which write values into the tensor's memory and so into
every view sharing it (`t[0]`, `t.reshape(...)`, `t.numpy()` on the torch backend), as torch's
do. Indexing (`t[key]`) follows torch: simple_torch_ffi.indexing encodes the key for the core
roles `index` and `index_put`. Sharing a tensor between threads is safe; writing into it in
place from one thread while another reads it races, as in torch.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeAlias, TypeVar

import numpy as np

from . import _abi, dtypes
from .backends import Backend, get_backend
from .device import default_device, device_name, parse_device_code
from .dtypes import DTypeLike
from .errors import InvalidArgumentError, InvalidHandleError, NotAvailableError, TorchError
from .indexing import encode_key
from .marshal import CONVERTERS, numeric

__all__ = ["DTypeLike", "TensorBase", "from_dlpack", "from_numpy", "tensor"]

CLOSED_MESSAGE = "the tensor has been closed"
# close() may race with close() from another thread (never with __del__: that runs only when
# no reference is left), so taking the handle out is guarded; one lock for all tensors keeps
# creation free of per-tensor locks.
_close_lock = threading.Lock()
new_object = object.__new__

# Operands of +, *, @ besides tensors: turned into a temporary tensor on the same backend.
_SCALARS = (bool, int, float, np.bool_, np.integer, np.floating)
NUMBERS = (float, int, bool)  # exact types of the scalar fast path
REALS = (float, int)  # exact types an f64/f32 argument takes on the direct path
Operand: TypeAlias = "TensorBase | bool | int | float | np.number[Any] | np.ndarray[Any, Any]"
BackendLike: TypeAlias = str | Backend | None
DeviceLike: TypeAlias = "str | int | np.integer[Any]"
T = TypeVar("T", bound="TensorBase")


def operand_types() -> tuple[type, ...]:
    """What the binary operators take (others give NotImplemented)."""
    return (TensorBase, np.ndarray, *_SCALARS)


def _as_array(data: Any, dtype: DTypeLike | None) -> np.ndarray[Any, Any]:
    """Nested lists / numbers / arrays / tensors -> a new ndarray of the tensor's dtype:
    `dtype` if given, else as torch.tensor infers it (an array or tensor keeps its dtype;
    Python bools -> bool, ints -> int64, floats -> the default dtype). Never the memory of
    `data` (torch.tensor copies: an in-place operation on the tensor leaves data alone)."""
    if isinstance(data, TensorBase):
        arr = data.numpy()
    else:
        try:
            arr = np.asarray(data)
        except ValueError as e:  # ragged nested lists
            raise InvalidArgumentError(
                f"tensor(): cannot make a tensor of {data!r}: {e}") from None
        arr = numeric(arr, "tensor()")
        if dtype is None and not isinstance(data, np.ndarray | np.generic):
            kind = {"b": bool, "i": int, "u": int, "f": float}[arr.dtype.kind]
            dtype = dtypes.name(kind)
    shared = isinstance(data, TensorBase | np.ndarray | np.generic)  # else arr is new
    if dtype is None:
        return np.array(arr, copy=True) if shared else arr
    return arr.astype(dtypes.numpy_dtype(dtypes.name(dtype)), copy=shared)


def _placed(t: T) -> T:
    """A new tensor on the default device (dl.config.sdn); CPU needs no move."""
    device = default_device(t._backend)
    if device == "cpu":
        return t
    with t:
        return t.to(device)


def _result_device(b: Backend, h: Any) -> str:
    """The device of a result: ask the backend only where CUDA exists (torch caches that)."""
    if not b.cuda_available():
        return "cpu"
    return device_name(b.device(h))


def device_ops(b: Backend, device: str) -> tuple[Callable[..., Any], ...] | None:
    """The `_ops` of a tensor of backend b on `device`: its raw_ops for that device (one
    object per device, TorchBackend.ops_for), None for a backend without them (pure)."""
    if device == "cpu":
        return getattr(b, "raw_ops", None)
    ops_for = getattr(b, "ops_for", None)
    return None if ops_for is None else ops_for(device)  # type: ignore[no-any-return]


class TensorBase:
    """A float32 tensor owning one handle of its backend (see the module docstring); the
    generated subclass simple_torch_ffi.Tensor adds the spec's operations."""

    # _shape is set when first asked (shapes never change); _ops is the backend's raw_ops for
    # the tensor's device (one tuple object per device: ops_for) where the backend has them
    # (torch), else None: two tensors with the same _ops (one backend, one device) take the
    # fast and direct paths of the spec's operations.
    __slots__ = ("__weakref__", "_backend", "_device", "_dtype", "_handle", "_ops", "_shape")
    # numpy defers to us: ndarray + Tensor calls Tensor.__radd__ instead of broadcasting
    # the Tensor as an object.
    __array_ufunc__ = None

    _backend: Backend
    _handle: Any
    _device: str
    _shape: tuple[int, ...]
    _ops: tuple[Callable[..., Any], ...] | None

    def __init__(self, data: Any, *, dtype: DTypeLike | None = None,
                 backend: BackendLike = None) -> None:
        """Tensor(data) is tensor(data): a new tensor holding a copy of data."""
        b = get_backend(backend)
        self._adopt(b, b.from_numpy(_as_array(data, dtype)), "cpu")
        device = default_device(b)
        if device != "cpu":  # dl.config.sdn asks for CUDA: move, keeping this object
            moved = self.to(device)
            self.close()
            self._adopt(b, moved._handle, moved._device)
            moved._handle = None  # its handle is ours now: its __del__ frees nothing

    # ---- construction and lifetime ---------------------------------------------------
    def _adopt(self, b: Backend, handle: Any, device: str) -> None:
        self._backend = b
        self._handle = handle
        self._device = device
        self._ops = device_ops(b, device)

    @classmethod
    def _wrap(cls: type[T], b: Backend, handle: Any, device: str) -> T:
        t: T = new_object(cls)
        t._adopt(b, handle, device)
        return t

    def __del__(self) -> None:
        # The garbage collector's free: the backend's `release` (torch: the free role without
        # the error check, the handle being ours and live). After close() the handle is None.
        try:
            h = self._handle
            release = self._backend.release  # type: ignore[attr-defined]
        except AttributeError:  # construction failed early, or a Backend without release()
            h = getattr(self, "_handle", None)
            release = self._backend.free if h is not None else None
        if h is not None:
            release(h)

    def _h(self) -> Any:
        h = self._handle
        if h is None:
            raise InvalidHandleError(CLOSED_MESSAGE)
        return h

    def close(self) -> None:
        """Free the handle now; closing again does nothing. The tensor is unusable after."""
        with _close_lock:  # exactly one of concurrent close() calls gets the handle
            h = self._handle
            self._handle = None
            self._ops = None  # no fast path for a closed tensor
        if h is not None:
            self._backend.free(h)

    def keep(self: T) -> T:
        """Keep this tensor past the handle scope that owns it (`with stf.scope():`): its
        handle moves to the enclosing scope, or out of all scopes; returns self. See
        simple_torch_ffi.scopes."""
        keep = getattr(self._backend, "scope_keep", None)
        if keep is None:
            raise NotAvailableError(f"backend {self._backend.name!r} has no handle scopes")
        keep(self._h())
        return self

    @property
    def closed(self) -> bool:
        return self._handle is None

    def __enter__(self: T) -> T:
        self._h()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        # copy.copy / deepcopy / pickle make an independent tensor with its own handle.
        return _rebuild, (type(self), self.numpy(), self._backend.name, self._device)

    @classmethod
    def from_numpy(cls: type[T], a: np.ndarray[Any, Any], *, backend: BackendLike = None) -> T:
        """Tensor holding a copy of the numpy array, of its dtype."""
        if not isinstance(a, np.ndarray):
            raise TypeError(f"from_numpy: expected np.ndarray (got {type(a).__name__})")
        b = get_backend(backend)
        return _placed(cls._wrap(b, b.from_numpy(numeric(a, "from_numpy")), "cpu"))

    # ---- properties -------------------------------------------------------------------
    @property
    def backend(self) -> str:
        """Name of the backend this tensor lives in ("torch" or "pure")."""
        return self._backend.name

    @property
    def shape(self) -> tuple[int, ...]:
        h = self._h()
        try:
            return self._shape
        except AttributeError:  # shapes and dtypes never change: ask once
            shape = self._shape = self._backend.shape(h)
            return shape

    @property
    def dtype(self) -> str:
        """The dtype's name: "float32", "int64", "bool", ... (the spec's dtype table)."""
        h = self._h()
        try:
            return self._dtype
        except AttributeError:  # shapes and dtypes never change: ask once
            dtype = self._dtype = self._backend.dtype(h)  # type: ignore[attr-defined]
            return dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)

    # ---- autograd (by role; the pure backend has none: requires_grad is False there) ----
    @property
    def requires_grad(self) -> bool:
        """Whether autograd records operations on this tensor (torch's requires_grad)."""
        return bool(self._backend.call(_abi.ROLES["requires_grad"], self._h()))

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        self._backend.call(_abi.ROLES["set_requires_grad"], self._h(),
                           CONVERTERS["bool"]("requires_grad", value))

    def requires_grad_(self: T, requires_grad: bool = True) -> T:
        """Switch autograd recording for this tensor (a leaf of a floating dtype); self."""
        self.requires_grad = requires_grad
        return self

    @property
    def grad(self: T) -> T | None:
        """The gradient backward() accumulated into this tensor (a new Tensor owning its own
        handle, sharing the gradient's memory), or None."""
        h = self._backend.call(_abi.ROLES["grad"], self._h())
        if h is None or (isinstance(h, int) and h == 0):
            return None
        return type(self)._wrap(self._backend, h, self._device)

    @grad.setter
    def grad(self, value: None) -> None:
        if value is not None:
            raise TypeError("only None can be assigned to Tensor.grad (it drops the gradient)")
        self._backend.call(_abi.ROLES["clear_grad"], self._h())

    def size(self, dim: int | None = None) -> tuple[int, ...] | int:
        """The shape, or the size of one dimension (negative counts from the end)."""
        shape = self.shape
        if dim is None:
            return shape
        try:
            return shape[dim]
        except IndexError:
            raise IndexError(f"dimension {dim} out of range for a {len(shape)}-d tensor") from None

    @property
    def device(self) -> str:
        """"cpu" or "cuda:N"."""
        self._h()
        return self._device

    @property
    def is_cuda(self) -> bool:
        self._h()
        return self._device != "cpu"

    def __len__(self) -> int:
        shape = self.shape
        if not shape:
            raise TypeError("len() of a 0-d tensor")
        return shape[0]

    # ---- indexing ----------------------------------------------------------------------
    def __getitem__(self: T, key: Any) -> T:
        """t[key] as torch indexes: integers, slices, None, ... and bools give a view sharing
        the tensor's memory; index tensors (int64/int32 Tensors, ndarrays or lists) and bool
        masks give a copy."""
        words, operands = encode_key(key, TensorBase)
        return invoke(type(self), _abi.ROLES["index"], (self, words, operands))  # type: ignore[no-any-return]

    def __setitem__(self, key: Any, value: Any) -> None:
        """t[key] = value as torch assigns, in place: value (a Tensor, or a number, list or
        ndarray, taken in this tensor's dtype) is broadcast to the indexed part."""
        words, operands = encode_key(key, TensorBase)
        if not isinstance(value, TensorBase):
            value = self._own_dtype(value)
        invoke(type(self), _abi.ROLES["index_put"], (self, words, operands, value))

    def _own_dtype(self, value: Any) -> np.ndarray[Any, Any]:
        """A number, list or ndarray to assign, as an array of this tensor's dtype (torch
        makes a number a 0-d tensor of the destination's dtype; out-of-range integers wrap
        here, where torch refuses them)."""
        if isinstance(value, list | tuple):
            value = np.asarray(value)
        if not isinstance(value, _SCALARS + (np.ndarray,)):
            raise TypeError(f"can't assign a {type(value).__name__} to a Tensor")
        arr = numeric(np.asarray(value), "assigned value")
        with np.errstate(all="ignore"):
            return arr.astype(dtypes.numpy_dtype(self.dtype))

    def __iter__(self: T) -> Iterator[T]:
        """The tensor's slices along dim 0 (views sharing its memory), as torch iterates."""
        if not self.shape:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self.shape[0]))

    # ---- values -----------------------------------------------------------------------
    def numpy(self) -> np.ndarray[Any, Any]:
        """A new ndarray with the values, of the tensor's dtype (copied from any device)."""
        return self._backend.to_numpy(self._h())

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray[Any, Any]:
        if copy is False:
            raise ValueError("a Tensor cannot be viewed as a numpy array without a copy")
        a = self.numpy()
        return a if dtype is None else a.astype(dtype, copy=False)

    def tolist(self) -> Any:
        """Nested lists of Python numbers (a number for a 0-d tensor)."""
        return self.numpy().tolist()

    def item(self) -> float | int | bool:
        """The one value as a Python number (float, int or bool by the dtype)."""
        n = math.prod(self.shape)
        if n != 1:
            raise InvalidArgumentError(f"a Tensor with {n} elements cannot be converted to Scalar")
        value = self.numpy().reshape(-1)[0]
        return float(value) if self.dtype == "bfloat16" else value.item()  # type: ignore[no-any-return]

    def __float__(self) -> float:
        return float(self.item())

    def __int__(self) -> int:
        return int(self.item())

    def __bool__(self) -> bool:
        n = math.prod(self.shape)
        if n != 1:
            which = "no values" if n == 0 else "more than one value"
            raise InvalidArgumentError(f"Boolean value of Tensor with {which} is ambiguous")
        return bool(self.item())

    def allclose(self, other: Any, rtol: float = 1e-05, atol: float = 1e-08,
                 equal_nan: bool = False) -> bool:
        """|self - other| <= atol + rtol * |other| everywhere (broadcasting like torch)."""
        a = self.numpy()
        b = other.numpy() if isinstance(other, TensorBase) else np.asarray(other, np.float64)
        _check_broadcast(a.shape, b.shape)
        return bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan))

    def __repr__(self) -> str:
        if self._handle is None:
            return "tensor(<closed>)"
        try:
            a = self.numpy()
        except Exception as e:  # a repr must not raise
            return f"tensor(<{type(e).__name__}: {e}>)"
        if a.ndim == 0:
            body = np.array2string(a.reshape(1))[1:-1]
        else:
            body = np.array2string(a, separator=", ", prefix="tensor(")
        parts = [body]
        if a.size == 0 and a.ndim != 1:
            parts.append(f"size={a.shape}")
        if self.dtype not in (_abi.DEFAULT_DTYPE, "int64", "bool"):  # what torch leaves out
            parts.append(f"dtype={self.dtype}")
        if self._device != "cpu":
            parts.append(f"device='{self._device}'")
        return f"tensor({', '.join(parts)})"

    __str__ = __repr__

    # ---- DLPack (zero copy) -----------------------------------------------------------
    def __dlpack__(self, *, stream: Any = None, max_version: tuple[int, int] | None = None,
                   dl_device: Any = None, copy: bool | None = None) -> Any:
        """A DLPack capsule sharing this tensor's memory (np.from_dlpack, torch.from_dlpack);
        copy=True exports a copy. CPU tensors only for now."""
        h = self._h()
        if self._device != "cpu":
            raise BufferError("DLPack export of a CUDA tensor is not supported yet")
        if copy:
            with from_numpy(np.array(self.numpy()), backend=self._backend) as c:
                return c.__dlpack__(max_version=max_version)
        versioned = max_version is not None and max_version[0] >= 1
        export = getattr(self._backend, "capsule", None)
        if export is not None:
            return export(h, versioned)
        return np.asarray(h).__dlpack__(max_version=max_version)  # the pure backend's array

    def __dlpack_device__(self) -> tuple[int, int]:
        self._h()
        return (1, 0) if self._device == "cpu" else (2, int(self._device.split(":")[1]))

    # ---- devices ----------------------------------------------------------------------
    def to(self: T, device: DeviceLike | DTypeLike | None = None,
           dtype: DTypeLike | None = None) -> T:
        """A copy on `device` ("cpu", "cuda", "cuda:N" or an int device code, negative = CPU)
        and/or of `dtype` (torch's t.to(device), t.to(dtype), t.to(device, dtype)). Always a
        new tensor (own handle), even when nothing changes."""
        if dtype is None and device is not None and _is_dtype(device):
            device, dtype = None, device
        if device is None and dtype is None:
            raise TypeError("to() needs a device or a dtype")
        t = self
        if dtype is not None:
            code = dtypes.code(dtype)
            t = self._wrap(self._backend, self._backend.call(  # type: ignore[attr-defined]
                _abi.ROLES["to_dtype"], self._h(), code), self._device)
        if device is None:
            return t
        code = parse_device_code(device)
        try:
            return self._wrap(self._backend, self._backend.to_device(t._h(), code),
                              device_name(code))
        finally:
            if t is not self:
                t.close()


def _is_dtype(value: Any) -> bool:
    """Whether a positional argument of to() is a dtype rather than a device."""
    if isinstance(value, str):
        return value in _abi.DTYPES
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        return False  # an int is a device code
    try:
        dtypes.name(value)
    except (InvalidArgumentError, TypeError):
        return False
    return True


def _check_broadcast(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    """torch's broadcasting rule for two shapes, with torch's message on a mismatch."""
    n = max(len(a), len(b))
    pa, pb = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    for i, (x, y) in enumerate(zip(pa, pb, strict=True)):
        if x != y and x != 1 and y != 1:
            raise TorchError(f"The size of tensor a ({x}) must match the size of tensor b ({y}) "
                             f"at non-singleton dimension {i}")


def _rebuild(cls: type[T], values: np.ndarray[Any, Any], backend: str, device: str) -> T:
    """Unpickling and copy.copy: a new tensor (own handle, own memory) with the same values
    and device."""
    t = cls.from_numpy(np.array(values, copy=True), backend=backend)
    if device == "cpu":
        return t
    with t:
        return t.to(device)


def _tensor_class() -> type[TensorBase]:
    from ._api import Tensor  # the generated class (its module imports this one)

    return Tensor


def tensor(data: Any, *, dtype: DTypeLike | None = None,
           backend: BackendLike = None) -> TensorBase:
    """A tensor holding a copy of data: a number, nested lists of numbers, an array, a Tensor;
    its dtype is `dtype`, else inferred as torch.tensor does (see _as_array)."""
    return _tensor_class()(data, dtype=dtype, backend=backend)


def from_numpy(a: np.ndarray[Any, Any], *, backend: BackendLike = None) -> TensorBase:
    """A tensor of the array's dtype sharing its memory where the backend can (torch, CPU:
    DLPack, zero copy, as torch.from_numpy); the pure backend copies."""
    return _tensor_class().from_numpy(a, backend=backend)


def from_dlpack(x: Any, *, backend: BackendLike = None) -> TensorBase:
    """A tensor sharing the memory of any object that speaks DLPack (`__dlpack__`): a numpy
    array, a torch tensor, a Tensor. The tensor keeps the producer's memory alive."""
    if not hasattr(x, "__dlpack__"):
        raise TypeError(f"from_dlpack: {type(x).__name__} does not speak DLPack (no __dlpack__)")
    cls = _tensor_class()
    b = get_backend(backend)
    take = getattr(b, "from_capsule", None)
    if take is None:  # the pure backend: numpy imports it
        return cls._wrap(b, b.adopt(np.from_dlpack(x)), "cpu")  # type: ignore[attr-defined]
    try:
        cap = x.__dlpack__(max_version=(1, 0))
    except TypeError:  # a producer of the legacy protocol
        cap = x.__dlpack__()
    return cls._wrap(b, take(cap), "cpu")


# ---- calling spec operations (the generated _api.py calls these) ----------------------------

def _coerce(cls: type[T], b: Backend, value: Any, device: str,
            beside: Sequence[TensorBase] = ()) -> tuple[TensorBase, bool]:
    """(tensor, is_temporary) for an operand: a tensor of backend b, a number or an ndarray
    (made a temporary tensor, moved to `device` unless it is 0-d: those mix with any device).
    A number becomes the 0-d tensor torch's promotion of it beside the tensors `beside` asks
    for (dtypes.number)."""
    if isinstance(value, TensorBase):
        if value._backend is not b:
            raise TypeError(f"cannot combine a tensor of backend {b.name!r} "
                            f"with one of backend {value._backend.name!r}")
        return value, False
    if isinstance(value, bool | int | float):  # a Python number: torch's scalar dtypes
        dtype = dtypes.number(value, ((t.dtype, t.ndim) for t in beside))
        scalar = getattr(b, "scalar", None)
        if scalar is not None:  # a 0-d tensor: on any device, never moved
            return cls._wrap(b, scalar(value, dtype), "cpu"), True
        arr = np.asarray(value, dtype=dtypes.numpy_dtype(dtype))
    elif isinstance(value, np.generic | np.ndarray):
        arr = numeric(np.asarray(value), "operand")
    else:
        raise TypeError(f"unsupported operand type for a Tensor operation: "
                        f"{type(value).__name__}")
    t = cls._wrap(b, b.from_numpy(arr), "cpu")
    if device != "cpu" and arr.ndim > 0:
        with t:
            return t.to(device), True
    return t, True


def _tensor_list(value: Any, where: str) -> list[Any]:
    if isinstance(value, (TensorBase, np.ndarray, str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{where} must be a sequence of tensors, not {type(value).__name__}")
    return list(value)


def invoke(cls: type[T], op: str, raw: Sequence[Any], backend: BackendLike = None,
           place: bool = False) -> Any:
    """Spec function `op` with Python arguments `raw` (in spec order): tensor arguments may be
    tensors, numbers or ndarrays ([tensor] ones a sequence of those), the others are converted
    by their type's converter (_abi.TYPES, marshal.CONVERTERS). The backend is that of the
    first tensor given, else `backend`; `place` moves a new tensor to the default device."""
    info = _abi.FUNCTIONS[op]
    kinds = [_abi.TYPES[t].convert for _, t, _ in info.args]
    where = info.api_name
    raw = [_tensor_list(v, f"{where}() argument '{a[0]}'") if k == "operands" else v
           for a, k, v in zip(info.args, kinds, raw, strict=True)]
    given = [v for k, value in zip(kinds, raw, strict=True)
             for v in ((value,) if k in ("operand", "optional_operand")
                       else value if k == "operands" else ())
             if isinstance(v, TensorBase)]
    b = given[0]._backend if given and backend is None else get_backend(backend)
    target = next((t._device for t in given if t._device != "cpu"), "cpu")
    temporaries: list[TensorBase] = []

    def operand(value: Any) -> Any:
        t, temporary = _coerce(cls, b, value, target, given)
        if temporary:
            temporaries.append(t)
        return t._h()

    try:
        values: list[Any] = []
        device: str | None = None
        for (name, _, _), kind, value in zip(info.args, kinds, raw, strict=True):
            if kind == "operand":
                values.append(operand(value))
            elif kind == "operands":
                values.append(tuple(operand(v) for v in value))
            elif kind == "optional_operand":
                values.append(None if value is None else operand(value))
            else:
                values.append(CONVERTERS[kind](f"{where}() argument '{name}'", value))
                if kind == "device":
                    device = device_name(values[-1])
        result = b.call(op, *values)
        kind = _abi.TYPES[info.returns].result
        if kind == "optional_handle" and (result is None or
                                          (isinstance(result, int) and result == 0)):
            return None
        if kind not in ("handle", "optional_handle"):
            return result
        t = cls._wrap(b, result, device or _result_device(b, result))
        return _placed(t) if place else t
    finally:
        for tmp in temporaries:
            tmp.close()


def unary(cls: type[T], self: TensorBase, op: str) -> T:
    """The generic path of a one-tensor operation."""
    return invoke(cls, op, (self,))  # type: ignore[no-any-return]


def binary(cls: type[T], self: TensorBase, op: str, other: Any, reflected: bool) -> T:
    """The generic path of a two-tensor operation: self op other (other op self if
    reflected); other may be a number or an ndarray."""
    return invoke(cls, op, (other, self) if reflected else (self, other))  # type: ignore[no-any-return]


# The fast paths (in _api.py): an operation on tensors of one backend with raw_ops (torch) and
# one device (the same _ops object) calls its C function directly (raw_ops[i], i its index in
# _abi.FAST_OPS) and checks only the returned handle (0: failure, then backend.fail(op)
# raises); the result is on that device (codegen leaves `result_device` functions out of the
# fast paths); a Python number operand becomes a temporary 0-d handle (backend.scalar).
# Everything else (numpy values, mixed devices, the pure backend, mixed backends) takes the
# generic path. A closed tensor has _ops None; one closed by
# another thread after that check has a None handle, which cffi refuses (TypeError): the
# generic path then raises InvalidHandleError.

def wrap_fast(self: T, h: int, op: str) -> T:
    """The tensor of a fast-path result handle (0: the call failed, raise its error)."""
    if not h:
        self._backend.fail(op)  # type: ignore[attr-defined]
    t: T = new_object(type(self))
    t._backend = self._backend
    t._handle = h
    t._device = self._device  # a fast operation's result is beside its operands
    t._ops = self._ops
    return t


def scalar_binary(self: T, value: float, op: str, fn: Callable[[int, int], int],
                  reflected: bool) -> T:
    """self op value (value op self if reflected) for a CPU tensor with raw_ops: value as a
    temporary 0-d tensor, as the generic path makes it."""
    a = self._handle
    if a is None or self._ops is None:
        raise InvalidHandleError(CLOSED_MESSAGE)
    b = self._backend
    s = b.scalar(value, dtypes.number(value, ((self.dtype, self.ndim),)))  # type: ignore[attr-defined]
    try:
        h = fn(s, a) if reflected else fn(a, s)
        if not h:
            b.fail(op)  # type: ignore[attr-defined]  # before free() clears the error
    finally:
        b.free(s)
    return wrap_fast(self, h, op)


# The direct paths (in _api.py and the python_module files): any other operation whose
# arguments are all tensors of one backend with raw_ops on one device and values of exact
# Python types (codegen's table says which: int for an i64, float or int for an f64, ...) calls
# its C function directly, raw_ops[i] with i its index in _abi.DIRECT_OPS. What the C call
# cannot take as the generic path would pass it raises one of DIRECT_MISSES before the call
# (a number or array where a tensor goes: no _ops; a closed handle; an int past the C type):
# the entry then takes the generic path, which converts the value or raises its own error.
DIRECT_MISSES = (AttributeError, TypeError, OverflowError)


def direct_dims(value: Any) -> tuple[Sequence[int], int]:
    """An int-array argument on the direct path: (its elements, their count) for a tuple or
    list of exact ints, an int (one element) or None (none, as marshal.dims); TypeError for
    anything else (the generic path converts it: numpy ints, nested sequences, ...)."""
    kind = type(value)
    if kind is tuple or kind is list:
        for d in value:
            if type(d) is not int:
                raise TypeError("not an exact int")
        return value, len(value)
    if kind is int:
        return (value,), 1
    if value is None:
        return (), 0
    raise TypeError("not an int sequence")


def wrap_direct(cls: type[T], b: Backend, h: int, op: str) -> T:
    """The tensor of a direct call's result handle (0: the call failed, raise its error); on
    the device the generic path would give it (CPU unless CUDA exists: then ask)."""
    if not h:
        b.fail(op)  # type: ignore[attr-defined]
    t: T = new_object(cls)
    t._backend = b
    t._handle = h
    device = _result_device(b, h)
    t._device = device
    t._ops = device_ops(b, device)
    return t
