# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
"""Reference implementations of the simple_torch_ffi functions in numpy: what the pure backend
runs. One function per spec entry with a `numpy:` key; tensors arrive as read-only arrays, the
other arguments as Python values (simple_torch_ffi.pure checks and converts both ways)."""

from __future__ import annotations

import math  # noqa: F401  (references may use it)
from collections.abc import Callable
from typing import Any

import numpy as np  # noqa: F401  (references may use it)

from .reference_support import (  # noqa: F401  (references may use them)
    apply_reduction,
    fail,
    index_key,
    invalid,
    reseed,
    rng,
    unavailable,
)


def tensor_zeros(dims, dtype) -> Any:
    """New tensor of zeros with the given dims and dtype. (spec/ffi.yaml:208)"""
    return np.zeros(dims, dtype)


def tensor_ones(dims, dtype) -> Any:
    """New tensor of ones with the given dims and dtype. (spec/ffi.yaml:221)"""
    return np.ones(dims, dtype)


def tensor_randn(dims, dtype) -> Any:
    """New tensor of standard-normal random values with the given dims and (floating) dtype. (spec/ffi.yaml:232)"""
    return rng().standard_normal(dims).astype(dtype) if dtype.kind == 'f' or dtype.name == 'bfloat16' else fail(f'randn needs a floating dtype, got {dtype.name}')


def tensor_rand(dims, dtype) -> Any:
    """New tensor of random values uniform in [0, 1) with the given dims and (floating) dtype (torch.rand). (spec/ffi.yaml:243)"""
    return rng().random(dims).astype(dtype) if dtype.kind == 'f' or dtype.name == 'bfloat16' else fail(f'rand needs a floating dtype, got {dtype.name}')


def tensor_from_data(data, dims) -> Any:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product. (spec/ffi.yaml:254)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_from_f32(data, dims) -> Any:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims. (spec/ffi.yaml:268)"""
    return np.asarray(data, np.float32).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_add(a, b) -> Any:
    """Element-wise a + b (broadcasting), a new tensor. (spec/ffi.yaml:282)"""
    return a + b


def tensor_mul(a, b) -> Any:
    """Element-wise a * b (broadcasting), a new tensor. (spec/ffi.yaml:296)"""
    return a * b


def tensor_matmul(a, b) -> Any:
    """Matrix product a @ b, a new tensor. (spec/ffi.yaml:308)"""
    return a @ b


def tensor_mm(a, b) -> Any:
    """Matrix product of two 2-d tensors (torch.mm, no broadcasting), a new tensor. (spec/ffi.yaml:321)"""
    return a @ b if a.ndim == 2 and b.ndim == 2 else fail('self must be a matrix' if a.ndim != 2 else 'mat2 must be a matrix')


def tensor_dot(a, b) -> Any:
    """Inner product of two 1-d tensors of the same size and dtype (torch.dot), a new 0-d tensor. (spec/ffi.yaml:333)"""
    return np.asarray(np.dot(a, b)) if a.ndim == 1 and b.ndim == 1 and a.shape == b.shape else fail(f'1D tensors expected, but got {a.ndim}D and {b.ndim}D tensors' if a.ndim != 1 or b.ndim != 1 else 'inconsistent tensor size')


def tensor_shape(handle) -> Any:
    """The tensor's dims, written to a caller buffer; returns the number of dims. (spec/ffi.yaml:346)"""
    return handle.shape


def tensor_ndim(handle) -> Any:
    """Number of dimensions of the tensor. (spec/ffi.yaml:358)"""
    return handle.ndim


def tensor_numel(handle) -> Any:
    """Number of elements of the tensor. (spec/ffi.yaml:369)"""
    return handle.size


def tensor_to_data(handle) -> Any:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:380)"""
    return handle.ravel()


def tensor_to_f32(handle) -> Any:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count. (spec/ffi.yaml:392)"""
    return handle.ravel()


def tensor_dtype(handle) -> Any:
    """The tensor's dtype code (see the dtype table). (spec/ffi.yaml:404)"""
    return handle.dtype


def tensor_to_dtype(handle, dtype) -> Any:
    """A copy of the tensor converted to dtype (torch's rounding and wrapping rules). (spec/ffi.yaml:415)"""
    return handle.astype(dtype)


def tensor_from_bytes(data, dims, dtype) -> Any:
    """New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size). (spec/ffi.yaml:427)"""
    return np.frombuffer(bytes(data), dtype).reshape(dims) if len(data) == math.prod(dims) * dtype.itemsize else invalid(f"argument 'data': {len(data)} bytes do not fill shape {list(dims)} of {dtype.name} ({math.prod(dims) * dtype.itemsize} bytes)")


def tensor_to_bytes(handle) -> Any:
    """The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count. (spec/ffi.yaml:440)"""
    return np.frombuffer(np.ascontiguousarray(handle).tobytes(), np.uint8)


def tensor_from_i64(data, dims) -> Any:
    """New int64 tensor holding a copy of data (row-major, one memcpy, no conversion); len(data) must equal the product of dims. (spec/ffi.yaml:474)"""
    return np.asarray(data, np.int64).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_to_i64(handle) -> Any:
    """The tensor's values as int64 (row-major, converted as torch's .to(torch.int64): floats truncate toward zero, bools are 0 and 1), written to a caller buffer; returns the element count. One memcpy for a contiguous int64 CPU tensor. (spec/ffi.yaml:488)"""
    return handle.astype(np.int64).ravel()


def tensor_from_bool(data, dims) -> Any:
    """New bool tensor holding a copy of data (row-major, one memcpy; every element must be a C bool, 0 or 1, other bytes are refused); len(data) must equal the product of dims. (spec/ffi.yaml:499)"""
    return np.asarray(data, np.bool_).reshape(dims) if len(data) == math.prod(dims) else invalid(f"argument 'data': {len(data)} values do not fill shape {list(dims)} ({math.prod(dims)} elements)")


def tensor_to_bool(handle) -> Any:
    """The tensor's values as bools (row-major, converted as torch's .to(torch.bool): nonzero is true), written to a caller buffer; returns the element count. One memcpy for a contiguous bool CPU tensor. (spec/ffi.yaml:511)"""
    return handle.astype(np.bool_).ravel()


def scalar_tensor(value, dtype) -> Any:
    """New 0-d tensor of dtype holding value (torch.scalar_tensor: a value out of the dtype's range is refused). The Simple API makes numbers in operations with it, as torch makes Python numbers: t.add_f64(0.5). (spec/ffi.yaml:522)"""
    return np.asarray(value).astype(dtype)


def relu(handle) -> Any:
    """Rectified linear unit max(x, 0), a new tensor. (spec/ffi.yaml:536)"""
    return np.maximum(handle, 0)


def sigmoid(handle) -> Any:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor. (spec/ffi.yaml:549)"""
    return 1 / (1 + np.exp(-handle))


def tanh(handle) -> Any:
    """Hyperbolic tangent, a new tensor. (spec/ffi.yaml:562)"""
    return np.tanh(handle)


def tensor_cuda(handle, device_id) -> Any:
    """Copy of the tensor on CUDA device device_id. (spec/ffi.yaml:576)"""
    return unavailable('CUDA is not available') if device_id >= 0 else invalid(f"argument 'device_id': CUDA device index must be >= 0, got {device_id}")


def tensor_cpu(handle) -> Any:
    """Copy of the tensor on the CPU (the same tensor if it is already there). (spec/ffi.yaml:588)"""
    return handle


def tensor_is_cuda(handle) -> Any:
    """True when the tensor lives on a CUDA device. (spec/ffi.yaml:600)"""
    return False


def tensor_device(handle) -> Any:
    """The device code of the tensor (negative = CPU, N = CUDA device N). (spec/ffi.yaml:612)"""
    return -1


def tensor_to_device(handle, device_code) -> Any:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N). (spec/ffi.yaml:623)"""
    return handle if device_code < 0 else unavailable('CUDA is not available')


def cuda_synchronize(device_id) -> Any:
    """Wait until all work queued on every stream of CUDA device device_id has finished (torch.cuda.synchronize). (spec/ffi.yaml:636)"""
    return unavailable('CUDA is not available') if device_id >= 0 else invalid(f"argument 'device_id': CUDA device index must be >= 0, got {device_id}")


def tensor_sub(a, b) -> Any:
    """Element-wise a - b (broadcasting), a new tensor. (spec/ffi.yaml:648)"""
    return a - b


def tensor_div(a, b) -> Any:
    """Element-wise a / b (broadcasting, true division), a new tensor. (spec/ffi.yaml:660)"""
    return a / b


def tensor_neg(handle) -> Any:
    """Element-wise -x, a new tensor. (spec/ffi.yaml:671)"""
    return -handle


def tensor_exp(handle) -> Any:
    """Element-wise exp(x), a new tensor. (spec/ffi.yaml:681)"""
    return np.exp(handle)


def tensor_log(handle) -> Any:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch). (spec/ffi.yaml:691)"""
    return np.log(handle)


def tensor_sum(handle) -> Any:
    """Sum of all elements, a new 0-d tensor (integer and bool tensors sum to int64, as torch; ABI 3, was f64). (spec/ffi.yaml:701)"""
    return np.asarray(handle.sum(dtype=np.float64)).astype(handle.dtype) if handle.dtype.kind == 'f' or handle.dtype.name == 'bfloat16' else np.asarray(handle.sum(dtype=np.int64))


def tensor_mean(handle) -> Any:
    """Mean of all elements, a new 0-d tensor of a floating tensor (NaN when empty; ABI 3, was f64). (spec/ffi.yaml:711)"""
    return fail('mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ' + str(handle.dtype).capitalize()) if not (handle.dtype.kind == 'f' or handle.dtype.name == 'bfloat16') else np.asarray(handle.mean(dtype=np.float64) if handle.size else math.nan).astype(handle.dtype)


def tensor_prod(handle) -> Any:
    """Product of all elements, a new 0-d tensor (1 when empty; integer and bool tensors give int64, as torch). (spec/ffi.yaml:721)"""
    return np.asarray(handle.prod(dtype=np.float64)).astype(handle.dtype) if handle.dtype.kind == 'f' or handle.dtype.name == 'bfloat16' else np.asarray(handle.prod(dtype=np.int64))


def tensor_std(handle) -> Any:
    """Standard deviation of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor. (spec/ffi.yaml:732)"""
    return fail('std and var only support floating point and complex dtypes') if handle.dtype.kind in 'biu' else np.asarray(math.nan if handle.size < 2 else handle.std(dtype=np.float64, ddof=1)).astype(handle.dtype)


def tensor_var(handle) -> Any:
    """Variance of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor. (spec/ffi.yaml:742)"""
    return fail('std and var only support floating point and complex dtypes') if handle.dtype.kind in 'biu' else np.asarray(math.nan if handle.size < 2 else handle.var(dtype=np.float64, ddof=1)).astype(handle.dtype)


def tensor_reshape(handle, dims) -> Any:
    """The tensor with new dims (one may be -1 to infer it), a new tensor. (spec/ffi.yaml:752)"""
    return handle.reshape(dims)


def tensor_transpose(handle, dim0, dim1) -> Any:
    """The tensor with dims dim0 and dim1 swapped, a new tensor. (spec/ffi.yaml:763)"""
    return np.swapaxes(handle, dim0, dim1) if handle.ndim else handle


def tensor_view(handle, dims) -> Any:
    """The tensor with new dims (one may be -1 to infer it) sharing its memory (torch's view; a tensor whose strides do not allow it is refused, reshape copies instead), a new tensor. (spec/ffi.yaml:774)"""
    return handle.reshape(dims)


def tensor_permute(handle, dims) -> Any:
    """The tensor with its dims reordered (dim i of the result is dim dims[i]), a new tensor sharing memory. (spec/ffi.yaml:786)"""
    return np.transpose(handle, dims)


def softmax(handle, dim) -> Any:
    """Softmax along dim, a new tensor. (spec/ffi.yaml:799)"""
    return np.exp(handle - handle.max(axis=dim, keepdims=True)) / np.exp(handle - handle.max(axis=dim, keepdims=True)).sum(axis=dim, keepdims=True)


def tensor_full(dims, value, dtype) -> Any:
    """New tensor with the given dims and dtype, every element equal to value. (spec/ffi.yaml:813)"""
    return np.full(dims, value, dtype) if dtype != np.float32 or not math.isfinite(value) or abs(value) <= np.finfo(np.float32).max else fail('value cannot be converted to type float without overflow')


def tensor_arange(start, end, step, dtype) -> Any:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype. (spec/ffi.yaml:824)"""
    return np.arange(start, end, step).astype(dtype) if step != 0 else fail('step must be nonzero')


def tensor_eye(n, dtype) -> Any:
    """New n x n identity matrix of the given dtype. (spec/ffi.yaml:836)"""
    return np.eye(n, dtype=dtype) if n >= 0 else fail(f'n must be greater or equal to 0, got {n}')


def tensor_cat(tensors, dim) -> Any:
    """Concatenation of the tensors along dim, a new tensor. (spec/ffi.yaml:847)"""
    return np.concatenate(tensors, axis=dim)


def tensor_clone(handle) -> Any:
    """A copy of the tensor that shares no memory with it. (spec/ffi.yaml:860)"""
    return handle.copy()


def tensor_eq(a, b) -> Any:
    """Element-wise a == b (broadcasting), a new bool tensor. (spec/ffi.yaml:871)"""
    return a == b


def tensor_ne(a, b) -> Any:
    """Element-wise a != b (broadcasting), a new bool tensor. (spec/ffi.yaml:882)"""
    return a != b


def tensor_lt(a, b) -> Any:
    """Element-wise a < b (broadcasting), a new bool tensor. (spec/ffi.yaml:893)"""
    return a < b


def tensor_le(a, b) -> Any:
    """Element-wise a <= b (broadcasting), a new bool tensor. (spec/ffi.yaml:904)"""
    return a <= b


def tensor_gt(a, b) -> Any:
    """Element-wise a > b (broadcasting), a new bool tensor. (spec/ffi.yaml:915)"""
    return a > b


def tensor_ge(a, b) -> Any:
    """Element-wise a >= b (broadcasting), a new bool tensor. (spec/ffi.yaml:926)"""
    return a >= b


def tensor_logical_and(a, b) -> Any:
    """Element-wise logical a and b (nonzero is true), a new bool tensor. (spec/ffi.yaml:937)"""
    return np.logical_and(a, b)


def tensor_logical_or(a, b) -> Any:
    """Element-wise logical a or b (nonzero is true), a new bool tensor. (spec/ffi.yaml:947)"""
    return np.logical_or(a, b)


def tensor_logical_not(handle) -> Any:
    """Element-wise logical not (zero is false), a new bool tensor. (spec/ffi.yaml:957)"""
    return np.logical_not(handle)


def tensor_where(handle, condition, other) -> Any:
    """Elements of the tensor where condition (a bool tensor) is true, of other elsewhere (broadcasting, torch's promotion of the two), a new tensor. (spec/ffi.yaml:967)"""
    return np.where(condition, handle, other) if condition.dtype == np.bool_ else fail(f'where expected condition to be a boolean tensor, but got a tensor with dtype {condition.dtype}')


def tensor_any(handle) -> Any:
    """True when any element is nonzero. (spec/ffi.yaml:977)"""
    return bool(handle.any())


def tensor_all(handle) -> Any:
    """True when every element is nonzero. (spec/ffi.yaml:988)"""
    return bool(handle.all())


def tensor_abs(handle) -> Any:
    """Element-wise |x|, a new tensor. (spec/ffi.yaml:999)"""
    return np.abs(handle)


def tensor_sqrt(handle) -> Any:
    """Element-wise square root (NaN for negative inputs, as in torch), a new tensor. (spec/ffi.yaml:1009)"""
    return np.sqrt(handle)


def tensor_floor(handle) -> Any:
    """Element-wise floor, a new tensor. (spec/ffi.yaml:1019)"""
    return np.floor(handle)


def tensor_ceil(handle) -> Any:
    """Element-wise ceiling, a new tensor. (spec/ffi.yaml:1029)"""
    return np.ceil(handle)


def tensor_round(handle) -> Any:
    """Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor. (spec/ffi.yaml:1039)"""
    return np.round(handle)


def tensor_clamp(handle, min_value, max_value) -> Any:
    """Element-wise x limited to [min_value, max_value], a new tensor. (spec/ffi.yaml:1049)"""
    return np.clip(handle, min_value, max_value)


def tensor_floor_divide(a, b) -> Any:
    """Element-wise floor(a / b) (broadcasting), a new tensor. (spec/ffi.yaml:1059)"""
    return np.floor_divide(a, b)


def tensor_remainder(a, b) -> Any:
    """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor. (spec/ffi.yaml:1070)"""
    return np.remainder(a, b)


def tensor_pow(a, b) -> Any:
    """Element-wise a ** b (broadcasting), a new tensor. (spec/ffi.yaml:1081)"""
    return np.power(a, b)


def tensor_sum_dim(handle, dim, keepdim) -> Any:
    """Sum over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1095)"""
    return handle.sum(axis=dim, keepdims=keepdim)


def tensor_mean_dim(handle, dim, keepdim) -> Any:
    """Mean over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1107)"""
    return handle.mean(axis=dim, keepdims=keepdim)


def tensor_max_dim(handle, dim, keepdim) -> Any:
    """Largest element over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1118)"""
    return handle.max(axis=dim, keepdims=keepdim)


def tensor_min_dim(handle, dim, keepdim) -> Any:
    """Smallest element over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1128)"""
    return handle.min(axis=dim, keepdims=keepdim)


def tensor_argmax(handle, dim, keepdim) -> Any:
    """Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor. (spec/ffi.yaml:1138)"""
    return np.argmax(handle, axis=dim, keepdims=keepdim)


def tensor_argmin(handle, dim, keepdim) -> Any:
    """Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor. (spec/ffi.yaml:1148)"""
    return np.argmin(handle, axis=dim, keepdims=keepdim)


def tensor_prod_dim(handle, dim, keepdim) -> Any:
    """Product over dim (kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1158)"""
    return handle.prod(axis=dim, keepdims=keepdim)


def tensor_std_dim(handle, dim, keepdim) -> Any:
    """Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1169)"""
    return handle.std(axis=dim, ddof=1, keepdims=keepdim)


def tensor_var_dim(handle, dim, keepdim) -> Any:
    """Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor. (spec/ffi.yaml:1180)"""
    return handle.var(axis=dim, ddof=1, keepdims=keepdim)


def tensor_item_f64(handle) -> Any:
    """The one element of a one-element tensor, as f64. (spec/ffi.yaml:1191)"""
    return float(handle.item())


def tensor_item_i64(handle) -> Any:
    """The one element of a one-element tensor, as i64 (truncated toward zero). (spec/ffi.yaml:1202)"""
    return int(handle.item())


def tensor_squeeze(handle, dim) -> Any:
    """The tensor without dim when its size is 1 (unchanged otherwise), a new tensor. (spec/ffi.yaml:1213)"""
    return np.squeeze(handle, axis=dim) if handle.ndim and handle.shape[dim] == 1 else handle


def tensor_unsqueeze(handle, dim) -> Any:
    """The tensor with a new dim of size 1 at dim, a new tensor. (spec/ffi.yaml:1224)"""
    return np.expand_dims(handle, dim)


def tensor_flatten(handle, start_dim, end_dim) -> Any:
    """The tensor with dims start_dim..end_dim merged into one, a new tensor. (spec/ffi.yaml:1234)"""
    return handle.reshape(handle.shape[:start_dim % handle.ndim] + (-1,) + handle.shape[end_dim % handle.ndim + 1:]) if handle.ndim else handle.reshape(1)


def tensor_contiguous(handle) -> Any:
    """The tensor with its elements in row-major order in memory, a new tensor. (spec/ffi.yaml:1245)"""
    return np.ascontiguousarray(handle)


def tensor_expand(handle, dims) -> Any:
    """The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory. (spec/ffi.yaml:1255)"""
    return np.broadcast_to(handle, tuple(handle.shape[i - len(dims) + handle.ndim] if d == -1 else d for i, d in enumerate(dims)))


def tensor_narrow(handle, dim, start, length) -> Any:
    """length elements of dim from start, a new tensor sharing memory. (spec/ffi.yaml:1265)"""
    return np.take(handle, range(start, start + length), axis=dim)


def tensor_slice(handle, dim, start, end, step) -> Any:
    """Elements start, start + step, ... before end of dim (Python's slicing), a new tensor sharing memory. (spec/ffi.yaml:1275)"""
    return handle[(slice(None),) * (dim % handle.ndim) + (slice(start, end, step),)]


def tensor_select(handle, dim, index) -> Any:
    """The slice at index of dim (that dim removed), a new tensor sharing memory. (spec/ffi.yaml:1286)"""
    return np.take(handle, index, axis=dim)


def tensor_index_select(handle, dim, index) -> Any:
    """The slices of dim at the int64 indexes in index, a new tensor. (spec/ffi.yaml:1297)"""
    return np.take(handle, index, axis=dim)


def tensor_masked_select(handle, mask) -> Any:
    """The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor. (spec/ffi.yaml:1307)"""
    return handle[np.broadcast_to(mask, handle.shape)]


def tensor_requires_grad(handle) -> Any:
    """True when autograd records operations on the tensor (torch's requires_grad). (spec/ffi.yaml:1318)"""
    return False


def tensor_requires_grad_(handle, requires_grad) -> Any:
    """Switch autograd recording for the tensor on or off (a leaf of a floating dtype; torch's requires_grad_). (spec/ffi.yaml:1329)"""
    return unavailable('the pure backend has no autograd') if requires_grad else None


def tensor_grad(handle) -> Any:
    """The gradient accumulated by backward, a new tensor; none (the handle 0 with no error) when the tensor has none. (spec/ffi.yaml:1340)"""
    return None


def tensor_zero_grad(handle) -> Any:
    """Drop the tensor's gradient (grad becomes none; torch's zero_grad(set_to_none=True)). (spec/ffi.yaml:1351)"""
    return None


def tensor_detach(handle) -> Any:
    """The tensor cut from the autograd graph (no grad, sharing memory), a new tensor. (spec/ffi.yaml:1369)"""
    return handle


def tensor_fill_(handle, value) -> Any:
    """Writes value (converted to the tensor's dtype) into every element, in place. (spec/ffi.yaml:1401)"""
    return fail('value cannot be converted to type float without overflow') if handle.dtype == np.float32 and math.isfinite(value) and abs(value) > np.finfo(np.float32).max else np.copyto(handle, value, casting='unsafe')


def tensor_zero_(handle) -> Any:
    """Writes zero into every element, in place. (spec/ffi.yaml:1413)"""
    return np.copyto(handle, 0, casting='unsafe')


def tensor_copy_(handle, src) -> Any:
    """Writes src into the tensor (src broadcast to its shape, converted to its dtype), in place. (spec/ffi.yaml:1423)"""
    return np.copyto(handle, src, casting='unsafe')


def tensor_index(handle, indices, tensors) -> Any:
    """handle[key] as torch indexes (a view for integers, slices, None and Ellipsis; a copy with index tensors), the key encoded in indices (groups [kind, a, b, c]) and tensors. (spec/ffi.yaml:1440)"""
    return handle[index_key(indices, tensors)]


def tensor_index_put_(handle, indices, tensors, value) -> Any:
    """handle[key] = value as torch assigns (value broadcast and converted to the tensor's dtype), in place; the key encoded as for tensor_index. (spec/ffi.yaml:1466)"""
    return handle.__setitem__(index_key(indices, tensors), value)


def linear(input, weight, bias) -> Any:
    """input @ weight^T + bias (no bias when none), a new tensor. (spec/ffi.yaml:1516)"""
    return input @ weight.T if bias is None else input @ weight.T + bias


def layer_norm(input, normalized_shape, weight, bias, eps) -> Any:
    """Layer normalization over the last dims of input given by normalized_shape (then * weight + bias), a new tensor. (spec/ffi.yaml:1582)"""
    return (input - input.mean(axis=tuple(range(-len(normalized_shape), 0)), keepdims=True)) / np.sqrt(input.var(axis=tuple(range(-len(normalized_shape), 0)), keepdims=True) + eps) * (1 if weight is None else weight) + (0 if bias is None else bias) if tuple(input.shape[input.ndim - len(normalized_shape):]) == tuple(normalized_shape) else fail(f'Given normalized_shape={list(normalized_shape)}, expected input with shape [*, {str(list(normalized_shape))[1:-1]}], but got input of size{list(input.shape)}')


def dropout(input, p, training) -> Any:
    """Zeroes each element with probability p and scales the others by 1 / (1 - p) when training (the identity otherwise), a new tensor. (spec/ffi.yaml:1595)"""
    return fail(f'dropout probability has to be between 0 and 1, but got {p}') if not 0 <= p <= 1 else input if not training or p == 0 else input * 0 if p == 1 else input * (rng().random(input.shape) >= p) / (1 - p)


def embedding(input, weight) -> Any:
    """The rows of weight at the int64 indices in input (a lookup table), a new tensor of shape input.shape + (weight.shape[1],). (spec/ffi.yaml:1609)"""
    return weight[input] if input.dtype.kind in 'iu' else fail(f"Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got {input.dtype} instead (while checking arguments for embedding)")


def gelu(input, approximate) -> Any:
    """Gaussian error linear unit x * Phi(x) (approximate "none", exact) or its "tanh" approximation, a new tensor. (spec/ffi.yaml:1620)"""
    return 0.5 * input * (1 + np.vectorize(math.erf)(input / math.sqrt(2))) if approximate == 'none' else 0.5 * input * (1 + np.tanh(math.sqrt(2 / math.pi) * (input + 0.044715 * input ** 3))) if approximate == 'tanh' else fail('approximate argument must be either none or tanh.')


def leaky_relu(input, negative_slope) -> Any:
    """Element-wise x where x >= 0, negative_slope * x elsewhere, a new tensor. (spec/ffi.yaml:1633)"""
    return np.where(input >= 0, input, input * negative_slope)


def log_softmax(input, dim) -> Any:
    """log(softmax(x)) along dim, computed stably, a new tensor. (spec/ffi.yaml:1645)"""
    return input - input.max(axis=dim, keepdims=True) - np.log(np.exp(input - input.max(axis=dim, keepdims=True)).sum(axis=dim, keepdims=True))


def mse_loss(input, target, reduction) -> Any:
    """Mean squared error (input - target)^2 (broadcasting), reduced as reduction says, a new tensor. (spec/ffi.yaml:1660)"""
    return apply_reduction((input - target) ** 2, reduction)


def binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight) -> Any:
    """Binary cross entropy of sigmoid(input) against target (the same size), with element weights and pos_weight for positives, computed stably, reduced as reduction says, a new tensor. (spec/ffi.yaml:1696)"""
    return apply_reduction(((1 - target) * input + (1 if pos_weight is None else 1 + (pos_weight - 1) * target) * (np.log1p(np.exp(-np.abs(input))) + np.maximum(-input, 0))) * (1 if weight is None else weight), reduction) if target.shape == input.shape else invalid(f'Target size (torch.Size({list(target.shape)})) must be the same as input size (torch.Size({list(input.shape)}))')


def manual_seed(seed) -> Any:
    """Seed libtorch's default random generators (CPU and every CUDA device), as torch.manual_seed; randn and dropout then repeat. (spec/ffi.yaml:1710)"""
    return reseed(seed)


def tensor_maximum(a, b) -> Any:
    """Element-wise max(a, b) (broadcasting; NaN wins), a new tensor. (spec/ffi.yaml:1720)"""
    return np.maximum(a, b)


def tensor_add_(handle, other, alpha) -> Any:
    """Adds alpha * other to the tensor, in place. (spec/ffi.yaml:1734)"""
    return np.copyto(handle, handle + alpha * other, casting='unsafe')


def tensor_mul_(handle, other) -> Any:
    """Multiplies the tensor by other, in place. (spec/ffi.yaml:1745)"""
    return np.copyto(handle, handle * other, casting='unsafe')


def tensor_addcmul_(handle, tensor1, tensor2, value) -> Any:
    """Adds value * tensor1 * tensor2 to the tensor, in place. (spec/ffi.yaml:1756)"""
    return np.copyto(handle, handle + value * tensor1 * tensor2, casting='unsafe')


def tensor_addcdiv_(handle, tensor1, tensor2, value) -> Any:
    """Adds value * tensor1 / tensor2 to the tensor, in place. (spec/ffi.yaml:1767)"""
    return np.copyto(handle, handle + value * tensor1 / tensor2, casting='unsafe')


def tensor_lerp_(handle, end, weight) -> Any:
    """Moves the tensor toward end by weight (self + weight * (end - self)), in place. (spec/ffi.yaml:1778)"""
    return np.copyto(handle, handle + weight * (end - handle), casting='unsafe')


def tensor_uniform_(handle, low, high) -> Any:
    """Fills the tensor with values drawn uniformly from [low, high), in place, from the default generator (manual_seed), as torch's uniform_. (spec/ffi.yaml:1790)"""
    return np.copyto(handle, rng().uniform(low, high, handle.shape), casting='unsafe')


REFERENCES: dict[str, Callable[..., Any]] = {
    "tensor_zeros": tensor_zeros,
    "tensor_ones": tensor_ones,
    "tensor_randn": tensor_randn,
    "tensor_rand": tensor_rand,
    "tensor_from_data": tensor_from_data,
    "tensor_from_f32": tensor_from_f32,
    "tensor_add": tensor_add,
    "tensor_mul": tensor_mul,
    "tensor_matmul": tensor_matmul,
    "tensor_mm": tensor_mm,
    "tensor_dot": tensor_dot,
    "tensor_shape": tensor_shape,
    "tensor_ndim": tensor_ndim,
    "tensor_numel": tensor_numel,
    "tensor_to_data": tensor_to_data,
    "tensor_to_f32": tensor_to_f32,
    "tensor_dtype": tensor_dtype,
    "tensor_to_dtype": tensor_to_dtype,
    "tensor_from_bytes": tensor_from_bytes,
    "tensor_to_bytes": tensor_to_bytes,
    "tensor_from_i64": tensor_from_i64,
    "tensor_to_i64": tensor_to_i64,
    "tensor_from_bool": tensor_from_bool,
    "tensor_to_bool": tensor_to_bool,
    "scalar_tensor": scalar_tensor,
    "relu": relu,
    "sigmoid": sigmoid,
    "tanh": tanh,
    "tensor_cuda": tensor_cuda,
    "tensor_cpu": tensor_cpu,
    "tensor_is_cuda": tensor_is_cuda,
    "tensor_device": tensor_device,
    "tensor_to_device": tensor_to_device,
    "cuda_synchronize": cuda_synchronize,
    "tensor_sub": tensor_sub,
    "tensor_div": tensor_div,
    "tensor_neg": tensor_neg,
    "tensor_exp": tensor_exp,
    "tensor_log": tensor_log,
    "tensor_sum": tensor_sum,
    "tensor_mean": tensor_mean,
    "tensor_prod": tensor_prod,
    "tensor_std": tensor_std,
    "tensor_var": tensor_var,
    "tensor_reshape": tensor_reshape,
    "tensor_transpose": tensor_transpose,
    "tensor_view": tensor_view,
    "tensor_permute": tensor_permute,
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
    "tensor_pow": tensor_pow,
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
    "tensor_fill_": tensor_fill_,
    "tensor_zero_": tensor_zero_,
    "tensor_copy_": tensor_copy_,
    "tensor_index": tensor_index,
    "tensor_index_put_": tensor_index_put_,
    "linear": linear,
    "layer_norm": layer_norm,
    "dropout": dropout,
    "embedding": embedding,
    "gelu": gelu,
    "leaky_relu": leaky_relu,
    "log_softmax": log_softmax,
    "mse_loss": mse_loss,
    "binary_cross_entropy_with_logits": binary_cross_entropy_with_logits,
    "manual_seed": manual_seed,
    "tensor_maximum": tensor_maximum,
    "tensor_add_": tensor_add_,
    "tensor_mul_": tensor_mul_,
    "tensor_addcmul_": tensor_addcmul_,
    "tensor_addcdiv_": tensor_addcdiv_,
    "tensor_lerp_": tensor_lerp_,
    "tensor_uniform_": tensor_uniform_,
}
