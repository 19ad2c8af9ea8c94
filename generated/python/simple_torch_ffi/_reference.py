# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 83f8abe9c900fa23
"""Reference implementations of the simple_torch_ffi functions in numpy: what the pure backend
runs. One function per spec entry with a `numpy:` key; tensors arrive as read-only arrays, the
other arguments as Python values (simple_torch_ffi.pure checks and converts both ways)."""

from __future__ import annotations

import math  # noqa: F401  (references may use it)
from collections.abc import Callable
from typing import Any

import numpy as np  # noqa: F401  (references may use it)

from .reference_support import fail, invalid, rng, unavailable  # noqa: F401  (references may use them)


def tensor_zeros(dims, dtype) -> Any:
    """New tensor of zeros with the given dims and dtype. (spec/ffi.yaml:176)"""
    return np.zeros(dims, dtype)


def tensor_ones(dims, dtype) -> Any:
    """New tensor of ones with the given dims and dtype. (spec/ffi.yaml:189)"""
    return np.ones(dims, dtype)


def tensor_randn(dims, dtype) -> Any:
    """New tensor of standard-normal random values with the given dims and (floating) dtype. (spec/ffi.yaml:200)"""
    return rng().standard_normal(dims).astype(dtype) if dtype.kind == 'f' or dtype.name == 'bfloat16' else fail(f'randn needs a floating dtype, got {dtype.name}')


def tensor_from_data(data, dims) -> Any:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product. (spec/ffi.yaml:211)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_from_f32(data, dims) -> Any:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims. (spec/ffi.yaml:225)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_add(a, b) -> Any:
    """Element-wise a + b (broadcasting), a new tensor. (spec/ffi.yaml:239)"""
    return a + b


def tensor_mul(a, b) -> Any:
    """Element-wise a * b (broadcasting), a new tensor. (spec/ffi.yaml:253)"""
    return a * b


def tensor_matmul(a, b) -> Any:
    """Matrix product a @ b, a new tensor. (spec/ffi.yaml:265)"""
    return a @ b


def tensor_shape(handle) -> Any:
    """The tensor's dims, written to a caller buffer; returns the number of dims. (spec/ffi.yaml:279)"""
    return handle.shape


def tensor_ndim(handle) -> Any:
    """Number of dimensions of the tensor. (spec/ffi.yaml:291)"""
    return handle.ndim


def tensor_numel(handle) -> Any:
    """Number of elements of the tensor. (spec/ffi.yaml:302)"""
    return handle.size


def tensor_to_data(handle) -> Any:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:313)"""
    return handle.ravel()


def tensor_to_f32(handle) -> Any:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:325)"""
    return handle.ravel()


def tensor_dtype(handle) -> Any:
    """The tensor's dtype code (see the dtype table). (spec/ffi.yaml:337)"""
    return handle.dtype


def tensor_to_dtype(handle, dtype) -> Any:
    """A copy of the tensor converted to dtype (torch's rounding and wrapping rules). (spec/ffi.yaml:348)"""
    return handle.astype(dtype)


def tensor_from_bytes(data, dims, dtype) -> Any:
    """New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size). (spec/ffi.yaml:360)"""
    return np.frombuffer(bytes(data), dtype).reshape(dims) if len(data) == math.prod(dims) * dtype.itemsize else invalid(f"argument 'data': {len(data)} bytes do not fill shape {list(dims)} of {dtype.name} ({math.prod(dims) * dtype.itemsize} bytes)")


def tensor_to_bytes(handle) -> Any:
    """The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count. (spec/ffi.yaml:373)"""
    return np.frombuffer(np.ascontiguousarray(handle).tobytes(), np.uint8)


def relu(handle) -> Any:
    """Rectified linear unit max(x, 0), a new tensor. (spec/ffi.yaml:407)"""
    return np.maximum(handle, 0)


def sigmoid(handle) -> Any:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor. (spec/ffi.yaml:418)"""
    return 1 / (1 + np.exp(-handle))


def tanh(handle) -> Any:
    """Hyperbolic tangent, a new tensor. (spec/ffi.yaml:429)"""
    return np.tanh(handle)


def tensor_cuda(handle, device_id) -> Any:
    """Copy of the tensor on CUDA device device_id. (spec/ffi.yaml:441)"""
    return unavailable('CUDA is not available') if device_id >= 0 else invalid(f"argument 'device_id': CUDA device index must be >= 0, got {device_id}")


def tensor_cpu(handle) -> Any:
    """Copy of the tensor on the CPU (the same tensor if it is already there). (spec/ffi.yaml:453)"""
    return handle


def tensor_is_cuda(handle) -> Any:
    """True when the tensor lives on a CUDA device. (spec/ffi.yaml:464)"""
    return False


def tensor_device(handle) -> Any:
    """The device code of the tensor (negative = CPU, N = CUDA device N). (spec/ffi.yaml:476)"""
    return -1


def tensor_to_device(handle, device_code) -> Any:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N). (spec/ffi.yaml:487)"""
    return handle if device_code < 0 else unavailable('CUDA is not available')


def tensor_sub(a, b) -> Any:
    """Element-wise a - b (broadcasting), a new tensor. (spec/ffi.yaml:501)"""
    return a - b


def tensor_div(a, b) -> Any:
    """Element-wise a / b (broadcasting, true division), a new tensor. (spec/ffi.yaml:513)"""
    return a / b


def tensor_neg(handle) -> Any:
    """Element-wise -x, a new tensor. (spec/ffi.yaml:524)"""
    return -handle


def tensor_exp(handle) -> Any:
    """Element-wise exp(x), a new tensor. (spec/ffi.yaml:534)"""
    return np.exp(handle)


def tensor_log(handle) -> Any:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch). (spec/ffi.yaml:544)"""
    return np.log(handle)


def tensor_sum(handle) -> Any:
    """Sum of all elements. (spec/ffi.yaml:554)"""
    return np.float32(handle.sum(dtype=np.float64))


def tensor_mean(handle) -> Any:
    """Mean of all elements (NaN for an empty tensor). (spec/ffi.yaml:564)"""
    return np.float32(handle.mean(dtype=np.float64)) if handle.size else math.nan


def tensor_reshape(handle, dims) -> Any:
    """The tensor with new dims (one may be -1 to infer it), a new tensor. (spec/ffi.yaml:574)"""
    return handle.reshape(dims)


def tensor_transpose(handle, dim0, dim1) -> Any:
    """The tensor with dims dim0 and dim1 swapped, a new tensor. (spec/ffi.yaml:585)"""
    return np.swapaxes(handle, dim0, dim1) if handle.ndim else handle


def softmax(handle, dim) -> Any:
    """Softmax along dim, a new tensor. (spec/ffi.yaml:596)"""
    return np.exp(handle - handle.max(axis=dim, keepdims=True)) / np.exp(handle - handle.max(axis=dim, keepdims=True)).sum(axis=dim, keepdims=True)


def tensor_full(dims, value, dtype) -> Any:
    """New tensor with the given dims and dtype, every element equal to value. (spec/ffi.yaml:608)"""
    return np.full(dims, value, dtype) if dtype != np.float32 or not math.isfinite(value) or abs(value) <= np.finfo(np.float32).max else fail('value cannot be converted to type float without overflow')


def tensor_arange(start, end, step, dtype) -> Any:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype. (spec/ffi.yaml:619)"""
    return np.arange(start, end, step).astype(dtype) if step != 0 else fail('step must be nonzero')


def tensor_eye(n, dtype) -> Any:
    """New n x n identity matrix of the given dtype. (spec/ffi.yaml:631)"""
    return np.eye(n, dtype=dtype) if n >= 0 else fail(f'n must be greater or equal to 0, got {n}')


def tensor_cat(tensors, dim) -> Any:
    """Concatenation of the tensors along dim, a new tensor. (spec/ffi.yaml:642)"""
    return np.concatenate(tensors, axis=dim)


def tensor_clone(handle) -> Any:
    """A copy of the tensor that shares no memory with it. (spec/ffi.yaml:655)"""
    return handle.copy()


def tensor_eq(a, b) -> Any:
    """Element-wise a == b (broadcasting), a new bool tensor. (spec/ffi.yaml:666)"""
    return a == b


def tensor_ne(a, b) -> Any:
    """Element-wise a != b (broadcasting), a new bool tensor. (spec/ffi.yaml:677)"""
    return a != b


def tensor_lt(a, b) -> Any:
    """Element-wise a < b (broadcasting), a new bool tensor. (spec/ffi.yaml:688)"""
    return a < b


def tensor_le(a, b) -> Any:
    """Element-wise a <= b (broadcasting), a new bool tensor. (spec/ffi.yaml:699)"""
    return a <= b


def tensor_gt(a, b) -> Any:
    """Element-wise a > b (broadcasting), a new bool tensor. (spec/ffi.yaml:710)"""
    return a > b


def tensor_ge(a, b) -> Any:
    """Element-wise a >= b (broadcasting), a new bool tensor. (spec/ffi.yaml:721)"""
    return a >= b


def tensor_logical_and(a, b) -> Any:
    """Element-wise logical a and b (nonzero is true), a new bool tensor. (spec/ffi.yaml:732)"""
    return np.logical_and(a, b)


def tensor_logical_or(a, b) -> Any:
    """Element-wise logical a or b (nonzero is true), a new bool tensor. (spec/ffi.yaml:742)"""
    return np.logical_or(a, b)


def tensor_logical_not(handle) -> Any:
    """Element-wise logical not (zero is false), a new bool tensor. (spec/ffi.yaml:752)"""
    return np.logical_not(handle)


def tensor_where(handle, condition, other) -> Any:
    """Elements of the tensor where condition is nonzero (true), of other elsewhere (broadcasting), a new tensor. (spec/ffi.yaml:762)"""
    return np.where(condition, handle, other)


def tensor_any(handle) -> Any:
    """True when any element is nonzero. (spec/ffi.yaml:772)"""
    return bool(handle.any())


def tensor_all(handle) -> Any:
    """True when every element is nonzero. (spec/ffi.yaml:783)"""
    return bool(handle.all())


def tensor_abs(handle) -> Any:
    """Element-wise |x|, a new tensor. (spec/ffi.yaml:794)"""
    return np.abs(handle)


def tensor_sqrt(handle) -> Any:
    """Element-wise square root (NaN for negative inputs, as in torch), a new tensor. (spec/ffi.yaml:804)"""
    return np.sqrt(handle)


def tensor_floor(handle) -> Any:
    """Element-wise floor, a new tensor. (spec/ffi.yaml:814)"""
    return np.floor(handle)


def tensor_ceil(handle) -> Any:
    """Element-wise ceiling, a new tensor. (spec/ffi.yaml:824)"""
    return np.ceil(handle)


def tensor_round(handle) -> Any:
    """Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor. (spec/ffi.yaml:834)"""
    return np.round(handle)


def tensor_clamp(handle, min_value, max_value) -> Any:
    """Element-wise x limited to [min_value, max_value], a new tensor. (spec/ffi.yaml:844)"""
    return np.clip(handle, min_value, max_value)


def tensor_floor_divide(a, b) -> Any:
    """Element-wise floor(a / b) (broadcasting), a new tensor. (spec/ffi.yaml:854)"""
    return np.floor_divide(a, b)


def tensor_remainder(a, b) -> Any:
    """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor. (spec/ffi.yaml:865)"""
    return np.remainder(a, b)


def tensor_sum_dim(handle, dim, keepdim) -> Any:
    """Sum over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:877)"""
    return handle.sum(axis=dim, keepdims=keepdim)


def tensor_mean_dim(handle, dim, keepdim) -> Any:
    """Mean over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:888)"""
    return handle.mean(axis=dim, keepdims=keepdim)


def tensor_max_dim(handle, dim, keepdim) -> Any:
    """Largest element over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:898)"""
    return handle.max(axis=dim, keepdims=keepdim)


def tensor_min_dim(handle, dim, keepdim) -> Any:
    """Smallest element over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:908)"""
    return handle.min(axis=dim, keepdims=keepdim)


def tensor_argmax(handle, dim, keepdim) -> Any:
    """Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor. (spec/ffi.yaml:918)"""
    return np.argmax(handle, axis=dim, keepdims=keepdim)


def tensor_argmin(handle, dim, keepdim) -> Any:
    """Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor. (spec/ffi.yaml:928)"""
    return np.argmin(handle, axis=dim, keepdims=keepdim)


def tensor_prod_dim(handle, dim, keepdim) -> Any:
    """Product over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:938)"""
    return handle.prod(axis=dim, keepdims=keepdim)


def tensor_std_dim(handle, dim, keepdim) -> Any:
    """Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:948)"""
    return handle.std(axis=dim, ddof=1, keepdims=keepdim)


def tensor_var_dim(handle, dim, keepdim) -> Any:
    """Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:958)"""
    return handle.var(axis=dim, ddof=1, keepdims=keepdim)


def tensor_item_f64(handle) -> Any:
    """The one element of a one-element tensor, as f64. (spec/ffi.yaml:968)"""
    return float(handle.item())


def tensor_item_i64(handle) -> Any:
    """The one element of a one-element tensor, as i64 (truncated toward zero). (spec/ffi.yaml:979)"""
    return int(handle.item())


def tensor_squeeze(handle, dim) -> Any:
    """The tensor without dim when its size is 1 (unchanged otherwise), a new tensor. (spec/ffi.yaml:990)"""
    return np.squeeze(handle, axis=dim) if handle.ndim and handle.shape[dim] == 1 else handle


def tensor_unsqueeze(handle, dim) -> Any:
    """The tensor with a new dim of size 1 at dim, a new tensor. (spec/ffi.yaml:1001)"""
    return np.expand_dims(handle, dim)


def tensor_flatten(handle, start_dim, end_dim) -> Any:
    """The tensor with dims start_dim..end_dim merged into one, a new tensor. (spec/ffi.yaml:1011)"""
    return handle.reshape(handle.shape[:start_dim % handle.ndim] + (-1,) + handle.shape[end_dim % handle.ndim + 1:]) if handle.ndim else handle.reshape(1)


def tensor_contiguous(handle) -> Any:
    """The tensor with its elements in row-major order in memory, a new tensor. (spec/ffi.yaml:1022)"""
    return np.ascontiguousarray(handle)


def tensor_expand(handle, dims) -> Any:
    """The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory. (spec/ffi.yaml:1032)"""
    return np.broadcast_to(handle, tuple(handle.shape[i - len(dims) + handle.ndim] if d == -1 else d for i, d in enumerate(dims)))


def tensor_narrow(handle, dim, start, length) -> Any:
    """length elements of dim from start, a new tensor sharing memory. (spec/ffi.yaml:1042)"""
    return np.take(handle, range(start, start + length), axis=dim)


def tensor_slice(handle, dim, start, end, step) -> Any:
    """Elements start, start + step, ... before end of dim (Python's slicing), a new tensor sharing memory. (spec/ffi.yaml:1052)"""
    return handle[(slice(None),) * (dim % handle.ndim) + (slice(start, end, step),)]


def tensor_select(handle, dim, index) -> Any:
    """The slice at index of dim (that dim removed), a new tensor sharing memory. (spec/ffi.yaml:1063)"""
    return np.take(handle, index, axis=dim)


def tensor_index_select(handle, dim, index) -> Any:
    """The slices of dim at the int64 indexes in index, a new tensor. (spec/ffi.yaml:1074)"""
    return np.take(handle, index, axis=dim)


def tensor_masked_select(handle, mask) -> Any:
    """The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor. (spec/ffi.yaml:1084)"""
    return handle[np.broadcast_to(mask, handle.shape)]


def tensor_requires_grad(handle) -> Any:
    """True when autograd records operations on the tensor (torch's requires_grad). (spec/ffi.yaml:1095)"""
    return False


def tensor_requires_grad_(handle, requires_grad) -> Any:
    """Switch autograd recording for the tensor on or off (a leaf of a floating dtype; torch's requires_grad_). (spec/ffi.yaml:1106)"""
    return unavailable('the pure backend has no autograd') if requires_grad else None


def tensor_grad(handle) -> Any:
    """The gradient accumulated by backward, a new tensor; none (the handle 0 with no error) when the tensor has none. (spec/ffi.yaml:1116)"""
    return None


def tensor_zero_grad(handle) -> Any:
    """Drop the tensor's gradient (grad becomes none; torch's zero_grad(set_to_none=True)). (spec/ffi.yaml:1127)"""
    return None


def tensor_detach(handle) -> Any:
    """The tensor cut from the autograd graph (no grad, sharing memory), a new tensor. (spec/ffi.yaml:1145)"""
    return handle


REFERENCES: dict[str, Callable[..., Any]] = {
    "tensor_zeros": tensor_zeros,
    "tensor_ones": tensor_ones,
    "tensor_randn": tensor_randn,
    "tensor_from_data": tensor_from_data,
    "tensor_from_f32": tensor_from_f32,
    "tensor_add": tensor_add,
    "tensor_mul": tensor_mul,
    "tensor_matmul": tensor_matmul,
    "tensor_shape": tensor_shape,
    "tensor_ndim": tensor_ndim,
    "tensor_numel": tensor_numel,
    "tensor_to_data": tensor_to_data,
    "tensor_to_f32": tensor_to_f32,
    "tensor_dtype": tensor_dtype,
    "tensor_to_dtype": tensor_to_dtype,
    "tensor_from_bytes": tensor_from_bytes,
    "tensor_to_bytes": tensor_to_bytes,
    "relu": relu,
    "sigmoid": sigmoid,
    "tanh": tanh,
    "tensor_cuda": tensor_cuda,
    "tensor_cpu": tensor_cpu,
    "tensor_is_cuda": tensor_is_cuda,
    "tensor_device": tensor_device,
    "tensor_to_device": tensor_to_device,
    "tensor_sub": tensor_sub,
    "tensor_div": tensor_div,
    "tensor_neg": tensor_neg,
    "tensor_exp": tensor_exp,
    "tensor_log": tensor_log,
    "tensor_sum": tensor_sum,
    "tensor_mean": tensor_mean,
    "tensor_reshape": tensor_reshape,
    "tensor_transpose": tensor_transpose,
    "softmax": softmax,
    "tensor_full": tensor_full,
    "tensor_arange": tensor_arange,
    "tensor_eye": tensor_eye,
    "tensor_cat": tensor_cat,
    "tensor_clone": tensor_clone,
    "tensor_eq": tensor_eq,
    "tensor_ne": tensor_ne,
    "tensor_lt": tensor_lt,
    "tensor_le": tensor_le,
    "tensor_gt": tensor_gt,
    "tensor_ge": tensor_ge,
    "tensor_logical_and": tensor_logical_and,
    "tensor_logical_or": tensor_logical_or,
    "tensor_logical_not": tensor_logical_not,
    "tensor_where": tensor_where,
    "tensor_any": tensor_any,
    "tensor_all": tensor_all,
    "tensor_abs": tensor_abs,
    "tensor_sqrt": tensor_sqrt,
    "tensor_floor": tensor_floor,
    "tensor_ceil": tensor_ceil,
    "tensor_round": tensor_round,
    "tensor_clamp": tensor_clamp,
    "tensor_floor_divide": tensor_floor_divide,
    "tensor_remainder": tensor_remainder,
    "tensor_sum_dim": tensor_sum_dim,
    "tensor_mean_dim": tensor_mean_dim,
    "tensor_max_dim": tensor_max_dim,
    "tensor_min_dim": tensor_min_dim,
    "tensor_argmax": tensor_argmax,
    "tensor_argmin": tensor_argmin,
    "tensor_prod_dim": tensor_prod_dim,
    "tensor_std_dim": tensor_std_dim,
    "tensor_var_dim": tensor_var_dim,
    "tensor_item_f64": tensor_item_f64,
    "tensor_item_i64": tensor_item_i64,
    "tensor_squeeze": tensor_squeeze,
    "tensor_unsqueeze": tensor_unsqueeze,
    "tensor_flatten": tensor_flatten,
    "tensor_contiguous": tensor_contiguous,
    "tensor_expand": tensor_expand,
    "tensor_narrow": tensor_narrow,
    "tensor_slice": tensor_slice,
    "tensor_select": tensor_select,
    "tensor_index_select": tensor_index_select,
    "tensor_masked_select": tensor_masked_select,
    "tensor_requires_grad": tensor_requires_grad,
    "tensor_requires_grad_": tensor_requires_grad_,
    "tensor_grad": tensor_grad,
    "tensor_zero_grad": tensor_zero_grad,
    "tensor_detach": tensor_detach,
}
