"""Python values <-> the logical values of the spec's types, by the facts codegen wrote into
_abi.TYPES (codegen/targets/python.py owns the per-type table; these are its named entries).

- CONVERTERS: a user's argument -> the logical value a backend takes (TypeInfo.convert).
- TorchBackend lowers a logical value to cffi by TypeInfo.lower ("value", "text", "array"
  with TypeInfo.ctype / dtype) and reads a result back by TypeInfo.result (RESULT_KINDS).
Nothing here names a spec function.
"""

from __future__ import annotations

import numbers
import operator
from collections.abc import Callable
from typing import Any

import numpy as np

from . import _abi, dtypes
from .device import parse_device_code
from .errors import InvalidArgumentError

_INT64 = (-(2**63), 2**63 - 1)
_INT32 = (-(2**31), 2**31 - 1)


def _integer(where: str, value: Any, bounds: tuple[int, int], what: str) -> int:
    v = operator.index(value)
    if not bounds[0] <= v <= bounds[1]:
        raise InvalidArgumentError(f"{where}: {v} does not fit in {what}")
    return v


def dims(where: str, value: Any) -> tuple[int, ...]:
    """(2, 3), ((2, 3),), ([2, 3],) or 2 -> (2, 3) / (2,): ints only, within int64; None is ()
    (torch's stride=None: not given)."""
    if value is None:
        return ()
    if not isinstance(value, (tuple, list, np.ndarray)):
        value = (value,)
    if len(value) == 1 and isinstance(value[0], (tuple, list, np.ndarray)):
        value = value[0]
    out = tuple(operator.index(d) for d in value)
    for i, d in enumerate(out):
        if not _INT64[0] <= d <= _INT64[1]:
            raise InvalidArgumentError(f"{where}: dimension {i} does not fit in int64 ({d})")
    return out


def numeric(a: np.ndarray[Any, Any], what: str) -> np.ndarray[Any, Any]:
    if a.dtype.kind not in "biuf" and a.dtype.name != "bfloat16":
        raise TypeError(f"{what}: expected real numbers, got an array of dtype {a.dtype}")
    return a


def _real(where: str, value: Any) -> float:
    if not isinstance(value, numbers.Real):
        raise TypeError(f"{where} must be a real number, not {type(value).__name__}")
    return float(value)


def _bool(where: str, value: Any) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"{where} must be a bool, not {type(value).__name__}")
    return bool(value)


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str, not {type(value).__name__}")
    return value


def _identity(where: str, value: Any) -> Any:
    return value


def _bytes(where: str, value: Any) -> np.ndarray[Any, Any]:
    """Raw bytes: any buffer (bytes, bytearray, memoryview, a C-contiguous ndarray)."""
    try:
        return np.frombuffer(memoryview(value).cast("B"), dtype=np.uint8)
    except TypeError:
        raise TypeError(f"{where} must be a bytes-like object, not "
                        f"{type(value).__name__}") from None


# TypeInfo.convert -> (where, value) -> logical value. Tensor operands ("operand", "operands",
# "optional_operand": None or an operand) are made tensors by simple_torch_ffi.tensor, which
# knows the backend.
CONVERTERS: dict[str, Callable[[str, Any], Any]] = {
    "int64": lambda where, v: _integer(where, v, _INT64, "i64"),
    "int32": lambda where, v: _integer(where, v, _INT32, "i32"),
    "device": lambda where, v: parse_device_code(v),
    "dtype": lambda where, v: dtypes.code(v),
    "bytes": _bytes,
    "float": _real,
    "bool": _bool,
    "text": _text,
    "dims": dims,
    "f64s": lambda where, v: numeric(np.asarray(v), where).astype(np.float64).reshape(-1),
    "f32s": lambda where, v: numeric(np.asarray(v), where).astype(np.float32).reshape(-1),
    "operand": _identity,
    "operands": _identity,
    "optional_operand": _identity,
    "none": _identity,
}

# TypeInfo.result -> how a Python caller receives a result of that kind (arrays arrive as
# sequences or ndarrays).
RESULT_KINDS: dict[str, Callable[[Any], Any]] = {
    "handle": lambda r: r,
    "optional_handle": lambda r: r,  # a handle, or 0 / None: no tensor (not an error)
    "int": int,
    "float": float,
    "bool": bool,
    "text": lambda r: r,
    "void": lambda r: None,
    "dtype": lambda r: _abi.DTYPE_NAMES.get(r, "") if isinstance(r, int) else dtypes.name(r),
    "ints": lambda r: tuple(np.asarray(r, dtype=np.int64).tolist()),
    "floats": lambda r: np.asarray(r, dtype=np.float64).tolist(),
    "bytes": lambda r: np.asarray(r, dtype=np.uint8).tobytes(),
}
