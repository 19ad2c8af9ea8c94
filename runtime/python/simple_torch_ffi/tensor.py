"""`Tensor`: a float32 tensor on the torch backend (libtorch through the C ABI) or the pure
(numpy) backend, with a torch-like API.

    import simple_torch_ffi as stf
    a = stf.tensor([[1.0, 2.0], [3.0, 4.0]])
    b = (a @ a + 1).relu()          # Python scalars work on either side
    b.numpy(), np.asarray(b), b.tolist(), b.shape, b.device
    with stf.zeros(2, 3) as t:      # freed at the end of the block (or by close(), or by GC)
        ...

Every tensor owns one backend handle, freed exactly once: by `close()` / the end of a `with`
block, or when the tensor is garbage collected (`__del__`; not while the interpreter exits).
Using a closed tensor raises InvalidHandleError. Tensors are immutable (every operation returns
a new tensor), so sharing one between threads is safe.

The spec's functions are derived into the API, named without their `tensor_` prefix, so a new
spec function shows up here without edits (hand-written ones, HANDWRITTEN, take precedence):
every function whose first argument is a tensor becomes a method (relu(), add(other),
softmax(dim=-1), reshape(*dims), sum() -> float, ...; +, -, *, /, @ and unary - map to
add/sub/mul/div/matmul/neg when the spec has them), and every other function returning a
tensor becomes a static method and a function of this module (full, arange, eye, cat, ...).
Spec defaults become Python defaults; tensor operands may also be numbers or ndarrays.
"""

from __future__ import annotations

import inspect
import math
import numbers
import operator
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np

from ._abi import FUNCTIONS, FunctionInfo
from .backends import FAST_OPS, Backend, get_backend
from .device import default_device
from .errors import InvalidArgumentError, InvalidHandleError, NotAvailableError
from .pure import broadcast_shape

__all__ = ["Tensor", "from_numpy", "ones", "randn", "tensor", "zeros"]

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_CUDA_RE = re.compile(r"cuda(?::(\d+))?")
CLOSED_MESSAGE = "the tensor has been closed"
# close() may race with close() from another thread (never with __del__: that runs only when
# no reference is left), so taking the handle out is guarded; one lock for all tensors keeps
# creation free of per-tensor locks.
_close_lock = threading.Lock()
_new_object = object.__new__

# Operands of +, *, @ besides tensors: turned into a temporary tensor on the same backend.
_SCALARS = (bool, int, float, np.bool_, np.integer, np.floating)
Operand: TypeAlias = "Tensor | bool | int | float | np.number[Any] | np.ndarray[Any, Any]"
BackendLike: TypeAlias = str | Backend | None
DeviceLike: TypeAlias = "str | int | np.integer[Any]"


def method_name(op: str) -> str:
    """The Tensor method of a spec operation: "tensor_add" -> "add", "relu" -> "relu"."""
    return op.removeprefix("tensor_")


def _dims(dims: Any, where: str) -> tuple[int, ...]:
    """(2, 3), ((2, 3),), ([2, 3],) or 2 -> (2, 3) / (2,): ints only, within int64."""
    if not isinstance(dims, (tuple, list, np.ndarray)):
        dims = (dims,)
    if len(dims) == 1 and isinstance(dims[0], (tuple, list, np.ndarray)):
        dims = dims[0]
    out = tuple(operator.index(d) for d in dims)
    for i, d in enumerate(out):
        if not _INT64_MIN <= d <= _INT64_MAX:
            raise InvalidArgumentError(f"{where}: dimension {i} does not fit in int64 ({d})")
    return out


def _numeric(a: np.ndarray[Any, Any], what: str) -> np.ndarray[Any, Any]:
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{what}: expected real numbers, got an array of dtype {a.dtype}")
    return a


def _as_array(data: Any) -> np.ndarray[Any, Any]:
    """Nested lists / scalars / arrays / tensors -> a numeric ndarray (not yet float32)."""
    if isinstance(data, Tensor):
        return data.numpy()
    try:
        arr = np.asarray(data)
    except ValueError as e:  # ragged nested lists
        raise InvalidArgumentError(f"tensor(): cannot make a tensor of {data!r}: {e}") from None
    return _numeric(arr, "tensor()")


def _device_code(device: DeviceLike) -> int:
    """"cpu" -> -1, "cuda" -> 0, "cuda:N" -> N, an int is a device code (negative = CPU)."""
    if isinstance(device, bool) or not isinstance(device, (str, int, np.integer)):
        raise TypeError(f"device must be a str or an int, not {type(device).__name__}")
    if not isinstance(device, str):
        code = int(device)
        if not -(2**31) <= code < 2**31:
            raise InvalidArgumentError(f"device code {code} does not fit in int32")
        return code
    if device == "cpu":
        return -1
    m = _CUDA_RE.fullmatch(device)
    if m is None:
        raise InvalidArgumentError(
            f"invalid device {device!r}: expected 'cpu', 'cuda', 'cuda:N' or an int device code")
    code = int(m.group(1) or 0)
    if code >= 2**31:
        raise InvalidArgumentError(f"invalid device {device!r}: index does not fit in int32")
    return code


def _device_name(code: int) -> str:
    return "cpu" if code < 0 else f"cuda:{code}"


def _rebuild(values: np.ndarray[Any, Any], backend: str, device: str) -> Tensor:
    """Unpickling and copy.copy: a new tensor (own handle) with the same values and device."""
    t = from_numpy(values, backend=backend)
    if device == "cpu":
        return t
    with t:
        return t.to(device)


def _placed(t: Tensor) -> Tensor:
    """A new tensor on the default device (dl.config.sdn); CPU needs no move."""
    device = default_device(t._backend)
    if device == "cpu":
        return t
    with t:
        return t.to(device)


def _result_device(b: Backend, h: Any, inputs: Sequence[Tensor]) -> str:
    """Operations keep their inputs' device; ask the backend only when one is on CUDA."""
    for t in inputs:
        if t._device != "cpu":
            return t._device if b.is_cuda(h) else "cpu"
    return "cpu"


def _coerce(b: Backend, value: Any, device: str) -> tuple[Tensor, bool]:
    """(tensor, is_temporary) for an operand: a tensor of backend b, a number or an ndarray
    (made a temporary tensor, moved to `device` unless it is 0-d: those mix with any device)."""
    if isinstance(value, Tensor):
        if value._backend is not b:
            raise TypeError(f"cannot combine a tensor of backend {b.name!r} "
                            f"with one of backend {value._backend.name!r}")
        return value, False
    if isinstance(value, _SCALARS):
        arr = np.asarray(float(value), dtype=np.float64)
    elif isinstance(value, np.ndarray):
        arr = _numeric(value, "operand")
    else:
        raise TypeError(f"unsupported operand type for a Tensor operation: "
                        f"{type(value).__name__}")
    t = Tensor._wrap(b, b.from_numpy(arr), "cpu")
    if device != "cpu" and arr.ndim > 0:
        with t:
            return t.to(device), True
    return t, True


def _tensor_list(value: Any, where: str) -> list[Any]:
    if isinstance(value, (Tensor, np.ndarray, str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{where} must be a sequence of tensors, not {type(value).__name__}")
    return list(value)


def _invoke(op: str, raw: Sequence[Any], backend: BackendLike = None) -> Any:
    """Spec function `op` with Python arguments `raw` (in spec order): tensor arguments may be
    tensors, numbers or ndarrays ([tensor] ones a sequence of those), the others are converted
    by spec type. The backend is that of the first tensor given, else `backend`."""
    info = FUNCTIONS[op]
    raw = [_tensor_list(v, f"{op}() argument '{a[0]}'") if a[1] == "[tensor]" else v
           for a, v in zip(info.args, raw, strict=True)]
    given = [v for (_, t, _), value in zip(info.args, raw, strict=True)
             for v in ((value,) if t == "tensor" else value if t == "[tensor]" else ())
             if isinstance(v, Tensor)]
    b = given[0]._backend if given and backend is None else get_backend(backend)
    target = next((t._device for t in given if t._device != "cpu"), "cpu")
    temporaries: list[Tensor] = []
    inputs: list[Tensor] = []

    def operand(value: Any) -> Any:
        t, temporary = _coerce(b, value, target)
        if temporary:
            temporaries.append(t)
        inputs.append(t)
        return t._h()

    try:
        values: list[Any] = []
        device: str | None = None
        for (name, type_, _), value in zip(info.args, raw, strict=True):
            if type_ == "tensor":
                values.append(operand(value))
            elif type_ == "[tensor]":
                values.append(tuple(operand(v) for v in value))
            else:
                values.append(_convert(op, name, type_, value))
                if type_ == "device":
                    device = _device_name(values[-1])
        result = b.call(op, *values)
        if info.returns != "tensor":
            return result
        return Tensor._wrap(b, result, device or _result_device(b, result, inputs))
    finally:
        for t in temporaries:
            t.close()


class Tensor:
    """A float32 tensor owning one handle of its backend (see the module docstring)."""

    # _shape is set when first asked (tensors are immutable); _ops is the backend's raw_ops
    # for a CPU tensor of a backend that has them (torch), else None: two tensors with the same
    # _ops take the fast path of the spec's unary and binary operations.
    __slots__ = ("__weakref__", "_backend", "_device", "_handle", "_ops", "_shape")
    # numpy defers to us: ndarray + Tensor calls Tensor.__radd__ instead of broadcasting
    # the Tensor as an object.
    __array_ufunc__ = None

    dtype = np.dtype(np.float32)

    _backend: Backend
    _handle: Any
    _device: str
    _shape: tuple[int, ...]
    _ops: tuple[Callable[..., Any], ...] | None

    def __init__(self, data: Any, *, backend: BackendLike = None) -> None:
        """Tensor(data) is tensor(data): a new tensor holding a copy of data."""
        b = get_backend(backend)
        self._adopt(b, b.from_numpy(_as_array(data)), "cpu")
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
        self._ops = getattr(b, "raw_ops", None) if device == "cpu" else None

    @classmethod
    def _wrap(cls, b: Backend, handle: Any, device: str) -> Tensor:
        t: Tensor = _new_object(cls)
        t._adopt(b, handle, device)
        return t

    def __del__(self) -> None:
        # The garbage collector's free: the backend's `release` (torch: tensor_free without
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

    @property
    def closed(self) -> bool:
        return self._handle is None

    def __enter__(self) -> Tensor:
        self._h()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> tuple[Callable[..., Tensor], tuple[Any, ...]]:
        # copy.copy / deepcopy / pickle make an independent tensor with its own handle.
        return _rebuild, (self.numpy(), self._backend.name, self._device)

    # ---- creation ---------------------------------------------------------------------
    @staticmethod
    def zeros(*dims: Any, backend: BackendLike = None) -> Tensor:
        """Tensor of zeros: zeros(2, 3) or zeros((2, 3))."""
        b = get_backend(backend)
        return _placed(Tensor._wrap(b, b.zeros(_dims(dims, "zeros() argument 'dims'")), "cpu"))

    @staticmethod
    def ones(*dims: Any, backend: BackendLike = None) -> Tensor:
        """Tensor of ones: ones(2, 3) or ones((2, 3))."""
        b = get_backend(backend)
        return _placed(Tensor._wrap(b, b.ones(_dims(dims, "ones() argument 'dims'")), "cpu"))

    @staticmethod
    def randn(*dims: Any, backend: BackendLike = None) -> Tensor:
        """Tensor of standard-normal samples: randn(2, 3) or randn((2, 3))."""
        b = get_backend(backend)
        return _placed(Tensor._wrap(b, b.randn(_dims(dims, "randn() argument 'dims'")), "cpu"))

    @staticmethod
    def tensor(data: Any, *, backend: BackendLike = None) -> Tensor:
        """Tensor holding a copy of data: a number, nested lists of numbers, an array, a Tensor."""
        return Tensor(data, backend=backend)

    @staticmethod
    def from_numpy(a: np.ndarray[Any, Any], *, backend: BackendLike = None) -> Tensor:
        """Tensor holding a float32 copy of the numpy array (unlike torch, no shared memory)."""
        if not isinstance(a, np.ndarray):
            raise TypeError(f"from_numpy: expected np.ndarray (got {type(a).__name__})")
        b = get_backend(backend)
        return _placed(Tensor._wrap(b, b.from_numpy(_numeric(a, "from_numpy")), "cpu"))

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
        except AttributeError:  # tensors are immutable: ask once
            shape = self._shape = self._backend.shape(h)
            return shape

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def dim(self) -> int:
        return len(self.shape)

    def numel(self) -> int:
        return math.prod(self.shape)

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

    # ---- values -----------------------------------------------------------------------
    def numpy(self) -> np.ndarray[Any, np.dtype[np.float32]]:
        """A new float32 ndarray with the values (copied from any device)."""
        return self._backend.to_numpy(self._h())

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray[Any, Any]:
        if copy is False:
            raise ValueError("a Tensor cannot be viewed as a numpy array without a copy")
        a = self.numpy()
        return a if dtype is None else a.astype(dtype, copy=False)

    def tolist(self) -> Any:
        """Nested lists of Python floats (a float for a 0-d tensor)."""
        return self.numpy().tolist()

    def item(self) -> float:
        n = self.numel()
        if n != 1:
            raise InvalidArgumentError(f"a Tensor with {n} elements cannot be converted to Scalar")
        return float(self.numpy().reshape(-1)[0])

    def __float__(self) -> float:
        return self.item()

    def __bool__(self) -> bool:
        n = self.numel()
        if n != 1:
            which = "no values" if n == 0 else "more than one value"
            raise InvalidArgumentError(f"Boolean value of Tensor with {which} is ambiguous")
        return bool(self.item())

    def allclose(self, other: Any, rtol: float = 1e-05, atol: float = 1e-08,
                 equal_nan: bool = False) -> bool:
        """|self - other| <= atol + rtol * |other| everywhere (broadcasting like torch)."""
        a = self.numpy()
        b = other.numpy() if isinstance(other, Tensor) else np.asarray(other, dtype=np.float64)
        broadcast_shape(None, a.shape, b.shape)
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
        if self._device != "cpu":
            parts.append(f"device='{self._device}'")
        return f"tensor({', '.join(parts)})"

    __str__ = __repr__

    # ---- devices ----------------------------------------------------------------------
    def cuda(self, i: int = 0) -> Tensor:
        """A copy on CUDA device i (NotAvailableError without CUDA)."""
        i = operator.index(i)
        if not -(2**31) <= i < 2**31:
            raise InvalidArgumentError(f"CUDA device index {i} does not fit in int32")
        return Tensor._wrap(self._backend, self._backend.cuda(self._h(), i), f"cuda:{i}")

    def to(self, device: DeviceLike) -> Tensor:
        """A copy on `device`: "cpu", "cuda", "cuda:N" or an int device code (negative = CPU).
        Always a new tensor (own handle), even when it is already there."""
        code = _device_code(device)
        return Tensor._wrap(self._backend, self._backend.to_device(self._h(), code),
                            _device_name(code))

    # ---- operations (spec-derived methods are installed below the class) ---------------
    def _result_device(self, h: Any, *inputs: Tensor) -> str:
        return _result_device(self._backend, h, inputs)

    def _operand(self, other: Any) -> tuple[Tensor, bool]:
        """(tensor, is_temporary) for an operand that is a tensor, a number or an ndarray."""
        return _coerce(self._backend, other, self._device)

    def _unary(self, op: str) -> Tensor:
        h = self._backend.unary(op, self._h())
        return Tensor._wrap(self._backend, h, self._result_device(h, self))

    def _binary(self, op: str, other: Any, reflected: bool = False) -> Tensor:
        o, temporary = self._operand(other)
        try:
            a, b = (o, self) if reflected else (self, o)
            h = self._backend.binary(op, a._h(), b._h())
            return Tensor._wrap(self._backend, h, self._result_device(h, a, b))
        finally:
            if temporary:
                o.close()

    if TYPE_CHECKING:  # installed from the spec below; declared here for type checkers
        def add(self, other: Operand) -> Tensor: ...
        def sub(self, other: Operand) -> Tensor: ...
        def mul(self, other: Operand) -> Tensor: ...
        def div(self, other: Operand) -> Tensor: ...
        def matmul(self, other: Operand) -> Tensor: ...
        def neg(self) -> Tensor: ...
        def exp(self) -> Tensor: ...
        def log(self) -> Tensor: ...
        def relu(self) -> Tensor: ...
        def sigmoid(self) -> Tensor: ...
        def tanh(self) -> Tensor: ...
        def softmax(self, dim: int = -1) -> Tensor: ...
        def reshape(self, *dims: int | Sequence[int]) -> Tensor: ...
        def transpose(self, dim0: int, dim1: int) -> Tensor: ...
        def clone(self) -> Tensor: ...
        def sum(self) -> float: ...
        def mean(self) -> float: ...
        def cpu(self) -> Tensor: ...
        def __add__(self, other: Operand) -> Tensor: ...
        def __radd__(self, other: Operand) -> Tensor: ...
        def __sub__(self, other: Operand) -> Tensor: ...
        def __rsub__(self, other: Operand) -> Tensor: ...
        def __mul__(self, other: Operand) -> Tensor: ...
        def __rmul__(self, other: Operand) -> Tensor: ...
        def __truediv__(self, other: Operand) -> Tensor: ...
        def __rtruediv__(self, other: Operand) -> Tensor: ...
        def __matmul__(self, other: Operand) -> Tensor: ...
        def __rmatmul__(self, other: Operand) -> Tensor: ...
        def __neg__(self) -> Tensor: ...

        @staticmethod
        def full(dims: int | Sequence[int], value: float, *,
                 backend: BackendLike = None) -> Tensor: ...
        @staticmethod
        def arange(start: float, end: float, step: float, *,
                   backend: BackendLike = None) -> Tensor: ...
        @staticmethod
        def eye(n: int, *, backend: BackendLike = None) -> Tensor: ...
        @staticmethod
        def cat(tensors: Sequence[Operand], dim: int = 0, *,
                backend: BackendLike = None) -> Tensor: ...


# ---- methods and creation functions derived from the spec ----------------------------------

# Spec functions the hand-written API covers under other names (numpy(), to(), close(),
# tensor()/from_numpy()); every other tensor function of the spec becomes a method (first
# argument a tensor) or a creation function (a tensor result, no tensor argument).
HANDWRITTEN: dict[str, str] = {
    "tensor_to_data": "numpy", "tensor_to_device": "to", "tensor_free": "close",
    "tensor_from_data": "tensor", "tensor_shape": "shape", "tensor_ndim": "ndim",
    "tensor_numel": "numel", "tensor_is_cuda": "is_cuda", "tensor_cuda": "cuda",
    "tensor_zeros": "zeros", "tensor_ones": "ones", "tensor_randn": "randn",
    "tensor_from_f32": "from_numpy", "tensor_to_f32": "numpy",
}
# Python operators of spec functions, by method name.
OPERATORS: dict[str, tuple[str, ...]] = {
    "add": ("__add__", "__radd__"),
    "sub": ("__sub__", "__rsub__"),
    "mul": ("__mul__", "__rmul__"),
    "div": ("__truediv__", "__rtruediv__"),
    "matmul": ("__matmul__", "__rmatmul__"),
    "neg": ("__neg__",),
}
_INT_RANGE = {"i64": (_INT64_MIN, _INT64_MAX), "i32": (-(2**31), 2**31 - 1),
              "device": (-(2**31), 2**31 - 1)}


def _convert(op: str, name: str, type_: str, value: Any) -> Any:
    """A Python argument -> the logical value a backend takes for spec type `type_`."""
    where = f"{op}() argument '{name}'"
    match type_:
        case "i64" | "i32":
            v = operator.index(value)
            lo, hi = _INT_RANGE[type_]
            if not lo <= v <= hi:
                raise InvalidArgumentError(f"{where}: {v} does not fit in {type_}")
            return v
        case "device":
            return _device_code(value)
        case "f64" | "f32":
            if not isinstance(value, numbers.Real):
                raise TypeError(f"{where} must be a real number, not {type(value).__name__}")
            return float(value)
        case "bool":
            if not isinstance(value, (bool, np.bool_)):
                raise TypeError(f"{where} must be a bool, not {type(value).__name__}")
            return bool(value)
        case "shape" | "[i64]":
            return _dims(value, where)
        case "[f64]":
            return _numeric(np.asarray(value), where).astype(np.float64).reshape(-1)
        case "[f32]":
            return _numeric(np.asarray(value), where).astype(np.float32).reshape(-1)
        case "text":
            if not isinstance(value, str):
                raise TypeError(f"{where} must be a str, not {type(value).__name__}")
            return value
        case _:
            raise NotAvailableError(f"{where}: the Tensor API does not know spec type {type_!r}")


def _signature(params: list[inspect.Parameter], *, method: bool,
               function: bool) -> inspect.Signature:
    head = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)] if method else []
    tail = ([inspect.Parameter("backend", inspect.Parameter.KEYWORD_ONLY, default=None)]
            if function else [])
    return inspect.Signature(head + params + tail)


def _binder(info: FunctionInfo, skip: int, *, method: bool,
            function: bool) -> tuple[inspect.Signature, Callable[..., tuple[Any, ...]]]:
    """The Python signature of a spec function (its first `skip` arguments left out) and a
    binder: call arguments -> the values of the spec arguments after `skip`, in order. Spec
    defaults become Python defaults; a lone shape argument is variadic: f(2, 3) or f((2, 3)).
    Positional calls skip inspect's binding (the common case; the result is the same)."""
    rest = info.args[skip:]
    empty = inspect.Parameter.empty
    head = 1 if method else 0  # self
    if len(rest) == 1 and rest[0][1] in ("shape", "[i64]"):
        name = rest[0][0]
        sig = _signature([inspect.Parameter(name, inspect.Parameter.VAR_POSITIONAL)],
                         method=method, function=function)
        default = info.defaults.get(name, ())

        def bind_variadic(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
            if not kwargs and len(args) >= head:
                return (args[head:] or default,)
            bound = sig.bind(*args, **kwargs)
            return (bound.arguments.get(name) or default,)

        return sig, bind_variadic
    params = [inspect.Parameter(a[0], inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                default=info.defaults.get(a[0], empty)) for a in rest]
    sig = _signature(params, method=method, function=function)
    defaults = tuple(p.default for p in params)
    least = head + sum(p.default is empty for p in params)  # defaults are trailing only
    most = head + len(params)

    def bind(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
        n = len(args)
        if not kwargs and least <= n <= most:
            return args[head:] + defaults[n - head:]
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        return tuple(bound.arguments[p.name] for p in params)

    return sig, bind


# The fast paths: a spec operation on CPU tensors of one backend with raw_ops (torch) calls
# its C function directly (raw_ops[i], i its index in FAST_OPS) and checks only the returned
# handle (0: failure, then backend.fail(op) raises); a Python number operand becomes a
# temporary 0-d handle (backend.scalar). Everything else (numpy values, CUDA, the pure
# backend, mixed backends) takes the generic path _unary/_binary. A closed tensor has _ops
# None; one closed by another thread after that check has a None handle, which cffi refuses
# (TypeError): the generic path then raises InvalidHandleError.

_NUMBERS = (float, int, bool)  # exact types of the scalar fast path


def _result(self: Tensor, op: str, h: int, ops: tuple[Any, ...]) -> Tensor:
    """The tensor of a fast-path result handle (0: the call failed, raise its error)."""
    if not h:
        self._backend.fail(op)  # type: ignore[attr-defined]
    t: Tensor = _new_object(Tensor)
    t._backend = self._backend
    t._handle = h
    t._device = "cpu"
    t._ops = ops
    return t


def _scalar_binary(self: Tensor, value: float, op: str, fn: Callable[[int, int], int],
                   reflected: bool) -> Tensor:
    """self op value (value op self if reflected) for a CPU tensor with raw_ops: value as a
    temporary 0-d tensor, as the generic path makes it."""
    a = self._handle
    ops = self._ops
    if a is None or ops is None:
        raise InvalidHandleError(CLOSED_MESSAGE)
    b = self._backend
    s = b.scalar(float(value))  # type: ignore[attr-defined]
    try:
        h = fn(s, a) if reflected else fn(a, s)
        if not h:
            b.fail(op)  # type: ignore[attr-defined]  # before free() clears the error
    finally:
        b.free(s)
    return _result(self, op, h, ops)


def _fast_unary(op: str) -> Callable[[Tensor], Tensor]:
    if op not in FAST_OPS:
        def generic(self: Tensor) -> Tensor:
            return self._unary(op)
        return generic
    i = FAST_OPS.index(op)

    def unary(self: Tensor) -> Tensor:
        ops = self._ops
        if ops is not None:
            try:
                h = ops[i](self._handle)
            except TypeError:
                pass
            else:
                if h:
                    t: Tensor = _new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail(op)  # type: ignore[attr-defined]
        return self._unary(op)

    return unary


def _fast_binary(op: str, operator_: bool, reflected: bool) -> Callable[[Tensor, Any], Any]:
    """Method `op(other)`, or with operator_ its Python operator (NotImplemented for an
    operand it does not take; reflected: other op self)."""
    def generic(self: Tensor, other: Any) -> Any:
        if operator_ and not isinstance(other, _OPERANDS):
            return NotImplemented
        return self._binary(op, other, reflected)

    if op not in FAST_OPS:
        return generic
    i = FAST_OPS.index(op)

    def binary(self: Tensor, other: Any) -> Any:
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[i](self._handle, other._handle)
                    except TypeError:
                        pass
                    else:
                        if h:  # the hot path, inline
                            t: Tensor = _new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail(op)  # type: ignore[attr-defined]
            elif type(other) in _NUMBERS:
                return _scalar_binary(self, other, op, ops[i], False)
        return generic(self, other)

    def reflected_binary(self: Tensor, other: Any) -> Any:
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[i](other._handle, self._handle)
                    except TypeError:
                        pass
                    else:
                        return _result(self, op, h, ops)
            elif type(other) in _NUMBERS:
                return _scalar_binary(self, other, op, ops[i], True)
        return generic(self, other)

    return reflected_binary if reflected else binary


def _make_method(info: FunctionInfo) -> Callable[..., Any]:
    op = info.name
    sig, bind = _binder(info, 1, method=True, function=False)
    arity = len(info.args)
    all_tensors = info.returns == "tensor" and all(a[1] == "tensor" for a in info.args)

    method: Callable[..., Any]
    if all_tensors and arity == 1:
        method = _fast_unary(op)
    elif all_tensors and arity == 2:
        method = _fast_binary(op, operator_=False, reflected=False)
    else:
        def method(self: Tensor, *args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
            return _invoke(op, (self, *bind(self, *args, **kwargs)))

    method.__signature__ = sig  # type: ignore[attr-defined]
    method.__doc__ = info.doc
    return method


def _make_operator(op: str, reflected: bool) -> Callable[..., Any]:
    if len(FUNCTIONS[op].args) == 1:
        return _fast_unary(op)
    return _fast_binary(op, operator_=True, reflected=reflected)


def _make_function(info: FunctionInfo) -> Callable[..., Tensor]:
    op = info.name
    sig, bind = _binder(info, 0, method=False, function=True)

    def function(*args: Any, backend: BackendLike = None, **kwargs: Any) -> Tensor:
        return _invoke(op, bind(*args, **kwargs), backend)  # type: ignore[no-any-return]

    function.__signature__ = sig  # type: ignore[attr-defined]
    function.__doc__ = info.doc
    return function


def _install_spec_functions() -> tuple[dict[str, str], dict[str, str]]:
    """Add a method for every spec function whose first argument is a tensor, and a function
    (a static method, and a function of this module) for every other one returning a tensor
    (creation functions like full, or ones taking a [tensor] like cat). Hand-written ones of
    the same name win."""
    methods: dict[str, str] = {}
    functions: dict[str, str] = {}

    def install(name: str, fn: Callable[..., Any], static: bool = False) -> bool:
        if name in Tensor.__dict__:
            return False
        fn.__name__ = name
        fn.__qualname__ = f"Tensor.{name}"
        setattr(Tensor, name, staticmethod(fn) if static else fn)
        return True

    for info in FUNCTIONS.values():
        if info.name in HANDWRITTEN or any(a[2] for a in info.args):
            continue  # a consumed handle: only close() may
        name = method_name(info.name)
        if info.args and info.args[0][1] == "tensor":
            if install(name, _make_method(info)):
                methods[name] = info.name
            for i, dunder in enumerate(OPERATORS.get(name, ())):
                install(dunder, _make_operator(info.name, reflected=i == 1))
        elif info.returns == "tensor":
            fn = _make_function(info)
            if install(name, fn, static=True):
                functions[name] = info.name
                fn.__qualname__ = name
                globals()[name] = fn
                __all__.append(name)
    return methods, functions


_OPERANDS = (Tensor, np.ndarray, *_SCALARS)  # what the binary operators take
SPEC_METHODS, SPEC_FUNCTIONS = _install_spec_functions()  # Python name -> spec function

zeros = Tensor.zeros
ones = Tensor.ones
randn = Tensor.randn
tensor = Tensor.tensor
from_numpy = Tensor.from_numpy
