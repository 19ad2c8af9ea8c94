"""Dtypes as the Python API spells them: the spec's names ("float32", "int64", "bool", ...).

Wherever a dtype is taken, a name, a numpy dtype or scalar type (np.float64, np.dtype("int8")),
a Python type (float -> the default dtype, int -> int64, bool -> bool) or anything whose str()
ends in a name (torch.int64) is accepted. Codes, names, sizes and numpy equivalents come from the
spec's dtype table (_abi.DTYPES); bfloat16 needs the ml_dtypes package for numpy.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, TypeAlias

import numpy as np

from . import _abi
from .errors import InvalidArgumentError, NotAvailableError

__all__ = ["DTypeLike", "code", "is_floating", "name", "name_of", "number", "numpy_dtype"]

DTypeLike: TypeAlias = "str | type | np.dtype[Any] | Any"
_PYTHON_TYPES = {bool: "bool", int: "int64", float: _abi.DEFAULT_DTYPE}


@cache
def numpy_dtype(dtype_name: str) -> np.dtype[Any]:
    """The numpy dtype of a spec dtype name (NotAvailableError for bfloat16 without
    ml_dtypes)."""
    info = _abi.DTYPES[dtype_name]
    if info.numpy == "bfloat16":
        try:
            import ml_dtypes
        except ImportError:
            raise NotAvailableError("bfloat16 in numpy needs the ml_dtypes package "
                                    "(pip install ml_dtypes)") from None
        return np.dtype(ml_dtypes.bfloat16)
    return np.dtype(info.numpy)


def is_floating(dtype_name: str) -> bool:
    """Whether a spec dtype is a floating one (float16/32/64, bfloat16)."""
    return _abi.DTYPES[dtype_name].numpy.startswith(("float", "bfloat"))


def number(value: bool | int | float, beside: Iterable[tuple[str, int]] = ()) -> str:
    """The dtype of the 0-d tensor a Python number becomes in an operation with tensors of the
    (dtype, ndim) `beside`, so that torch's promotion of the number holds: a float beside a
    floating tensor with dims is float64 (its value exact; the tensor's dtype still wins),
    beside only 0-d floating tensors their dtype (two 0-d operands: a float64 one would win),
    else the default dtype; an int is int64, a bool bool (the tensor's dtype wins unless it is
    of a lower kind)."""
    floating = [(d, n) for d, n in beside if is_floating(d)]
    if isinstance(value, float) and floating:
        if all(n == 0 for _, n in floating):
            return max((d for d, _ in floating), key=lambda d: _abi.DTYPES[d].size)
        return "float64"
    return _PYTHON_TYPES[bool if isinstance(value, bool) else int if isinstance(value, int)
                         else float]


def name(dtype: DTypeLike) -> str:
    """The spec name of a dtype-like value; InvalidArgumentError if it names no dtype."""
    if isinstance(dtype, str):
        if dtype in _abi.DTYPES:
            return dtype
    elif isinstance(dtype, type) and dtype in _PYTHON_TYPES:
        return _PYTHON_TYPES[dtype]
    else:
        try:
            return name_of(np.dtype(dtype))
        except (TypeError, InvalidArgumentError):
            text = str(dtype).rsplit(".", 1)[-1]  # torch.int64 -> int64
            if text in _abi.DTYPES:
                return text
    known = ", ".join(_abi.DTYPES)
    raise InvalidArgumentError(f"{dtype!r} is not a dtype (known: {known})")


def name_of(dt: np.dtype[Any]) -> str:
    """The spec name of a numpy dtype."""
    n = "bool" if dt == np.bool_ else dt.name
    if n in _abi.DTYPES:
        return n
    raise InvalidArgumentError(f"numpy dtype {dt} has no dtype of this ABI "
                               f"(known: {', '.join(_abi.DTYPES)})")


def code(dtype: DTypeLike) -> int:
    """The ABI code of a dtype-like value."""
    return _abi.DTYPES[name(dtype)].code
