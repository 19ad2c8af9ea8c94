# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash f2b49ce7c0095fe0
"""Reference implementations of the simple_torch_ffi functions in numpy: what the pure backend
runs. One function per spec entry with a `numpy:` key; tensors arrive as read-only arrays, the
other arguments as Python values (simple_torch_ffi.pure checks and converts both ways)."""

from __future__ import annotations

import math  # noqa: F401  (references may use it)
from collections.abc import Callable
from typing import Any

import numpy as np  # noqa: F401  (references may use it)

from .reference_support import fail, invalid, rng, unavailable  # noqa: F401  (references may use them)


def tensor_zeros(dims) -> Any:
    """New float32 tensor of zeros with the given dims. (spec/ffi.yaml:155)"""
    return np.zeros(dims)


def tensor_ones(dims) -> Any:
    """New float32 tensor of ones with the given dims. (spec/ffi.yaml:168)"""
    return np.ones(dims)


def tensor_randn(dims) -> Any:
    """New float32 tensor of standard-normal random values with the given dims. (spec/ffi.yaml:179)"""
    return rng().standard_normal(dims)


def tensor_from_data(data, dims) -> Any:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product. (spec/ffi.yaml:190)"""
    return np.asarray(data).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_from_f32(data, dims) -> Any:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims. (spec/ffi.yaml:204)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_add(a, b) -> Any:
    """Element-wise a + b (broadcasting), a new tensor. (spec/ffi.yaml:218)"""
    return a + b


def tensor_mul(a, b) -> Any:
    """Element-wise a * b (broadcasting), a new tensor. (spec/ffi.yaml:231)"""
    return a * b


def tensor_matmul(a, b) -> Any:
    """Matrix product a @ b, a new tensor. (spec/ffi.yaml:242)"""
    return a @ b


def tensor_shape(handle) -> Any:
    """The tensor's dims, written to a caller buffer; returns the number of dims. (spec/ffi.yaml:255)"""
    return handle.shape


def tensor_ndim(handle) -> Any:
    """Number of dimensions of the tensor. (spec/ffi.yaml:267)"""
    return handle.ndim


def tensor_numel(handle) -> Any:
    """Number of elements of the tensor. (spec/ffi.yaml:278)"""
    return handle.size


def tensor_to_data(handle) -> Any:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:289)"""
    return handle.ravel()


def tensor_to_f32(handle) -> Any:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:301)"""
    return handle.ravel()


def relu(handle) -> Any:
    """Rectified linear unit max(x, 0), a new tensor. (spec/ffi.yaml:313)"""
    return np.maximum(handle, 0)


def sigmoid(handle) -> Any:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor. (spec/ffi.yaml:324)"""
    return 1 / (1 + np.exp(-handle))


def tanh(handle) -> Any:
    """Hyperbolic tangent, a new tensor. (spec/ffi.yaml:335)"""
    return np.tanh(handle)


def tensor_cuda(handle, device_id) -> Any:
    """Copy of the tensor on CUDA device device_id. (spec/ffi.yaml:347)"""
    return unavailable('CUDA is not available') if device_id >= 0 else invalid(f"argument 'device_id': CUDA device index must be >= 0, got {device_id}")


def tensor_cpu(handle) -> Any:
    """Copy of the tensor on the CPU (the same tensor if it is already there). (spec/ffi.yaml:359)"""
    return handle


def tensor_is_cuda(handle) -> Any:
    """True when the tensor lives on a CUDA device. (spec/ffi.yaml:370)"""
    return False


def tensor_device(handle) -> Any:
    """The device code of the tensor (negative = CPU, N = CUDA device N). (spec/ffi.yaml:382)"""
    return -1


def tensor_to_device(handle, device_code) -> Any:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N). (spec/ffi.yaml:393)"""
    return handle if device_code < 0 else unavailable('CUDA is not available')


def tensor_sub(a, b) -> Any:
    """Element-wise a - b (broadcasting), a new tensor. (spec/ffi.yaml:407)"""
    return a - b


def tensor_div(a, b) -> Any:
    """Element-wise a / b (broadcasting, true division), a new tensor. (spec/ffi.yaml:418)"""
    return a / b


def tensor_neg(handle) -> Any:
    """Element-wise -x, a new tensor. (spec/ffi.yaml:428)"""
    return -handle


def tensor_exp(handle) -> Any:
    """Element-wise exp(x), a new tensor. (spec/ffi.yaml:438)"""
    return np.exp(handle)


def tensor_log(handle) -> Any:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch). (spec/ffi.yaml:448)"""
    return np.log(handle)


def tensor_sum(handle) -> Any:
    """Sum of all elements. (spec/ffi.yaml:458)"""
    return np.float32(handle.sum(dtype=np.float64))


def tensor_mean(handle) -> Any:
    """Mean of all elements (NaN for an empty tensor). (spec/ffi.yaml:468)"""
    return np.float32(handle.mean(dtype=np.float64)) if handle.size else math.nan


def tensor_reshape(handle, dims) -> Any:
    """The tensor with new dims (one may be -1 to infer it), a new tensor. (spec/ffi.yaml:478)"""
    return handle.reshape(dims)


def tensor_transpose(handle, dim0, dim1) -> Any:
    """The tensor with dims dim0 and dim1 swapped, a new tensor. (spec/ffi.yaml:489)"""
    return np.swapaxes(handle, dim0, dim1) if handle.ndim else handle


def softmax(handle, dim) -> Any:
    """Softmax along dim, a new tensor. (spec/ffi.yaml:500)"""
    return np.exp(handle - handle.max(axis=dim, keepdims=True)) / np.exp(handle - handle.max(axis=dim, keepdims=True)).sum(axis=dim, keepdims=True)


def tensor_full(dims, value) -> Any:
    """New float32 tensor with the given dims, every element equal to value. (spec/ffi.yaml:512)"""
    return np.full(dims, value) if not math.isfinite(value) or abs(value) <= np.finfo(np.float32).max else fail('value cannot be converted to type float without overflow')


def tensor_arange(start, end, step) -> Any:
    """New 1-d float32 tensor of values from start (inclusive) to end (exclusive) by step. (spec/ffi.yaml:523)"""
    return np.arange(start, end, step) if step != 0 else fail('step must be nonzero')


def tensor_eye(n) -> Any:
    """New n x n float32 identity matrix. (spec/ffi.yaml:535)"""
    return np.eye(n) if n >= 0 else fail(f'n must be greater or equal to 0, got {n}')


def tensor_cat(tensors, dim) -> Any:
    """Concatenation of the tensors along dim, a new tensor. (spec/ffi.yaml:546)"""
    return np.concatenate(tensors, axis=dim)


def tensor_clone(handle) -> Any:
    """A copy of the tensor that shares no memory with it. (spec/ffi.yaml:558)"""
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
