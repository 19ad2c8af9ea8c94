# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 1cb097189d5e8920
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
    """New tensor of zeros with the given dims and dtype. (spec/ffi.yaml:172)"""
    return np.zeros(dims, dtype)


def tensor_ones(dims, dtype) -> Any:
    """New tensor of ones with the given dims and dtype. (spec/ffi.yaml:185)"""
    return np.ones(dims, dtype)


def tensor_randn(dims, dtype) -> Any:
    """New tensor of standard-normal random values with the given dims and (floating) dtype. (spec/ffi.yaml:196)"""
    return rng().standard_normal(dims).astype(dtype) if dtype.kind == 'f' or dtype.name == 'bfloat16' else fail(f'randn needs a floating dtype, got {dtype.name}')


def tensor_from_data(data, dims) -> Any:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product. (spec/ffi.yaml:207)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_from_f32(data, dims) -> Any:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims. (spec/ffi.yaml:221)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_add(a, b) -> Any:
    """Element-wise a + b (broadcasting), a new tensor. (spec/ffi.yaml:235)"""
    return a + b


def tensor_mul(a, b) -> Any:
    """Element-wise a * b (broadcasting), a new tensor. (spec/ffi.yaml:249)"""
    return a * b


def tensor_matmul(a, b) -> Any:
    """Matrix product a @ b, a new tensor. (spec/ffi.yaml:261)"""
    return a @ b


def tensor_shape(handle) -> Any:
    """The tensor's dims, written to a caller buffer; returns the number of dims. (spec/ffi.yaml:275)"""
    return handle.shape


def tensor_ndim(handle) -> Any:
    """Number of dimensions of the tensor. (spec/ffi.yaml:287)"""
    return handle.ndim


def tensor_numel(handle) -> Any:
    """Number of elements of the tensor. (spec/ffi.yaml:298)"""
    return handle.size


def tensor_to_data(handle) -> Any:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:309)"""
    return handle.ravel()


def tensor_to_f32(handle) -> Any:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:321)"""
    return handle.ravel()


def tensor_dtype(handle) -> Any:
    """The tensor's dtype code (see the dtype table). (spec/ffi.yaml:333)"""
    return handle.dtype


def tensor_to_dtype(handle, dtype) -> Any:
    """A copy of the tensor converted to dtype (torch's rounding and wrapping rules). (spec/ffi.yaml:344)"""
    return handle.astype(dtype)


def tensor_from_bytes(data, dims, dtype) -> Any:
    """New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size). (spec/ffi.yaml:356)"""
    return np.frombuffer(bytes(data), dtype).reshape(dims) if len(data) == math.prod(dims) * dtype.itemsize else invalid(f"argument 'data': {len(data)} bytes do not fill shape {list(dims)} of {dtype.name} ({math.prod(dims) * dtype.itemsize} bytes)")


def tensor_to_bytes(handle) -> Any:
    """The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count. (spec/ffi.yaml:369)"""
    return np.frombuffer(np.ascontiguousarray(handle).tobytes(), np.uint8)


def relu(handle) -> Any:
    """Rectified linear unit max(x, 0), a new tensor. (spec/ffi.yaml:403)"""
    return np.maximum(handle, 0)


def sigmoid(handle) -> Any:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor. (spec/ffi.yaml:414)"""
    return 1 / (1 + np.exp(-handle))


def tanh(handle) -> Any:
    """Hyperbolic tangent, a new tensor. (spec/ffi.yaml:425)"""
    return np.tanh(handle)


def tensor_cuda(handle, device_id) -> Any:
    """Copy of the tensor on CUDA device device_id. (spec/ffi.yaml:437)"""
    return unavailable('CUDA is not available') if device_id >= 0 else invalid(f"argument 'device_id': CUDA device index must be >= 0, got {device_id}")


def tensor_cpu(handle) -> Any:
    """Copy of the tensor on the CPU (the same tensor if it is already there). (spec/ffi.yaml:449)"""
    return handle


def tensor_is_cuda(handle) -> Any:
    """True when the tensor lives on a CUDA device. (spec/ffi.yaml:460)"""
    return False


def tensor_device(handle) -> Any:
    """The device code of the tensor (negative = CPU, N = CUDA device N). (spec/ffi.yaml:472)"""
    return -1


def tensor_to_device(handle, device_code) -> Any:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N). (spec/ffi.yaml:483)"""
    return handle if device_code < 0 else unavailable('CUDA is not available')


def tensor_sub(a, b) -> Any:
    """Element-wise a - b (broadcasting), a new tensor. (spec/ffi.yaml:497)"""
    return a - b


def tensor_div(a, b) -> Any:
    """Element-wise a / b (broadcasting, true division), a new tensor. (spec/ffi.yaml:509)"""
    return a / b


def tensor_neg(handle) -> Any:
    """Element-wise -x, a new tensor. (spec/ffi.yaml:520)"""
    return -handle


def tensor_exp(handle) -> Any:
    """Element-wise exp(x), a new tensor. (spec/ffi.yaml:530)"""
    return np.exp(handle)


def tensor_log(handle) -> Any:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch). (spec/ffi.yaml:540)"""
    return np.log(handle)


def tensor_sum(handle) -> Any:
    """Sum of all elements. (spec/ffi.yaml:550)"""
    return np.float32(handle.sum(dtype=np.float64))


def tensor_mean(handle) -> Any:
    """Mean of all elements (NaN for an empty tensor). (spec/ffi.yaml:560)"""
    return np.float32(handle.mean(dtype=np.float64)) if handle.size else math.nan


def tensor_reshape(handle, dims) -> Any:
    """The tensor with new dims (one may be -1 to infer it), a new tensor. (spec/ffi.yaml:570)"""
    return handle.reshape(dims)


def tensor_transpose(handle, dim0, dim1) -> Any:
    """The tensor with dims dim0 and dim1 swapped, a new tensor. (spec/ffi.yaml:581)"""
    return np.swapaxes(handle, dim0, dim1) if handle.ndim else handle


def softmax(handle, dim) -> Any:
    """Softmax along dim, a new tensor. (spec/ffi.yaml:592)"""
    return np.exp(handle - handle.max(axis=dim, keepdims=True)) / np.exp(handle - handle.max(axis=dim, keepdims=True)).sum(axis=dim, keepdims=True)


def tensor_full(dims, value, dtype) -> Any:
    """New tensor with the given dims and dtype, every element equal to value. (spec/ffi.yaml:604)"""
    return np.full(dims, value, dtype) if dtype != np.float32 or not math.isfinite(value) or abs(value) <= np.finfo(np.float32).max else fail('value cannot be converted to type float without overflow')


def tensor_arange(start, end, step, dtype) -> Any:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype. (spec/ffi.yaml:615)"""
    return np.arange(start, end, step).astype(dtype) if step != 0 else fail('step must be nonzero')


def tensor_eye(n, dtype) -> Any:
    """New n x n identity matrix of the given dtype. (spec/ffi.yaml:627)"""
    return np.eye(n, dtype=dtype) if n >= 0 else fail(f'n must be greater or equal to 0, got {n}')


def tensor_cat(tensors, dim) -> Any:
    """Concatenation of the tensors along dim, a new tensor. (spec/ffi.yaml:638)"""
    return np.concatenate(tensors, axis=dim)


def tensor_clone(handle) -> Any:
    """A copy of the tensor that shares no memory with it. (spec/ffi.yaml:651)"""
    return handle.copy()


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
}
