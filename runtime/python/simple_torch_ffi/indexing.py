"""Index keys as words: what `Tensor.__getitem__` / `__setitem__` pass to the core roles
`index` and `index_put`, and what the pure backend's references read back (index_key in
reference_support).

A Python key `t[k0, k1, ...]` becomes groups of GROUP_WORDS int64 words [kind, a, b, c], one
per element, plus a list of index tensors the TENSOR groups refer to by position:

    INTEGER   a = the index                        SLICE     a, b, c = start, stop, step
    NONE_AXIS (None, a new dim of size 1)          ELLIPSIS  (...)
    BOOL      a = 0 or 1                           TENSOR    a = position in the tensor list

unused words 0; a slice bound or step that is None is the word NO_VALUE (INT64_MIN). The C++
decoder (runtime/cpp/stf/torch_indexing.h) documents the same layout; tests/test_indexing.py
checks the two agree. Nothing here names a spec function.

Elements as torch reads them: an int (or anything with __index__) is an integer; a slice; None;
Ellipsis; a bool; a Tensor is an index tensor as it is (int64/int32 indices or a bool mask); a
list, tuple or ndarray becomes an index tensor: bool stays a mask, anything else int64 (floats
truncated, as torch converts index lists). Unlike torch 2.13, a list is always one index
tensor, never read as a tuple of indices (torch deprecated that reading; numpy removed it).
"""

from __future__ import annotations

import operator
from typing import Any

import numpy as np

__all__ = ["BOOL", "ELLIPSIS", "GROUP_WORDS", "INTEGER", "NONE_AXIS", "NO_VALUE", "SLICE",
           "TENSOR", "encode_key", "index_array"]

GROUP_WORDS = 4
NO_VALUE = -(2**63)  # a slice bound or step that is None
INTEGER, SLICE, NONE_AXIS, ELLIPSIS, BOOL, TENSOR = 1, 2, 3, 4, 5, 6

_INT64_MAX = 2**63 - 1
_INVALID = ("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
            "are valid indices (got {})")


def encode_key(key: Any, tensor_type: type) -> tuple[list[int], list[Any]]:
    """(words, index operands) of `t[key]`: operands are tensors of `tensor_type` (as given)
    and ndarrays (made from lists and arrays: index_array), in the order the words name them."""
    items = key if isinstance(key, tuple) else (key,)
    words: list[int] = []
    operands: list[Any] = []
    for item in items:
        words += _group(item, operands, tensor_type)
    return words, operands


def _group(item: Any, operands: list[Any], tensor_type: type) -> list[int]:
    if item is None:
        return [NONE_AXIS, 0, 0, 0]
    if item is Ellipsis:
        return [ELLIPSIS, 0, 0, 0]
    if isinstance(item, bool | np.bool_):
        return [BOOL, int(bool(item)), 0, 0]
    if isinstance(item, slice):
        return [SLICE, _bound(item.start), _bound(item.stop), _bound(item.step)]
    if isinstance(item, tensor_type):
        operands.append(item)
        return [TENSOR, len(operands) - 1, 0, 0]
    if isinstance(item, list | tuple | np.ndarray):
        operands.append(index_array(item))
        return [TENSOR, len(operands) - 1, 0, 0]
    try:
        i = operator.index(item)
    except TypeError:
        raise IndexError(_INVALID.format(type(item).__name__)) from None
    if not -_INT64_MAX - 1 <= i <= _INT64_MAX:
        raise IndexError(f"index {i} does not fit in int64")
    return [INTEGER, i, 0, 0]


def _bound(value: Any) -> int:
    """A slice start, stop or step as a word (None: NO_VALUE); Python clamps slice bounds to
    its index range, so do we (to int64 without INT64_MIN, which means None)."""
    if value is None:
        return NO_VALUE
    try:
        i = operator.index(value)
    except TypeError:
        raise TypeError("slice indices must be integers or None or have an __index__ "
                        "method") from None
    return max(-_INT64_MAX, min(_INT64_MAX, i))


def index_array(value: Any) -> np.ndarray[Any, Any]:
    """A list, tuple or ndarray used as an index: a bool mask stays bool, anything else
    becomes int64 (floats truncated, as torch converts index sequences)."""
    try:
        a = np.asarray(value)
    except ValueError as e:  # ragged nested lists
        raise IndexError(f"cannot index with {value!r}: {e}") from None
    if a.dtype.kind not in "biuf":
        raise IndexError(_INVALID.format(f"an array of {a.dtype}"))
    return a if a.dtype == np.bool_ else a.astype(np.int64)
