# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 1cb097189d5e8920
"""Type stubs for the compiled cffi `lib` of simple_torch_ffi (both variants)."""

from typing import Any

_CData = Any

SIMPLE_TORCH_ABI_VERSION: int
SIMPLE_TORCH_ERR_OK: int
SIMPLE_TORCH_ERR_INVALID_HANDLE: int
SIMPLE_TORCH_ERR_INVALID_ARGUMENT: int
SIMPLE_TORCH_ERR_TORCH_ERROR: int
SIMPLE_TORCH_ERR_NOT_AVAILABLE: int
SIMPLE_TORCH_ERR_OUT_OF_MEMORY: int
SIMPLE_TORCH_ERR_INTERNAL: int

def simple_torch_available() -> bool:
    """True when this library was built against libtorch (false in the stub variant)."""

def simple_torch_version() -> _CData:
    """The library version, e.g. "0.1.0+torch2.13.0" or "0.1.0+stub"."""

def simple_torch_abi_version() -> int:
    """The ABI version this library implements (the spec's abi_version)."""

def simple_torch_spec_hash() -> _CData:
    """Hash of the spec the library was generated from; bindings refuse a library whose hash differs."""

def simple_torch_last_error() -> _CData:
    """Message of the last failed call on this thread ("" if the last call succeeded); borrowed, valid until the next call on this thread."""

def simple_torch_last_error_kind() -> int:
    """Kind code of the last failed call on this thread (0 if it succeeded); see the error kind constants."""

def simple_torch_live_handles() -> int:
    """Number of tensor handles currently alive (for leak checks)."""

def simple_torch_cuda_available() -> bool:
    """True when libtorch can use at least one CUDA device."""

def simple_torch_cuda_device_count() -> int:
    """Number of CUDA devices libtorch can use (0 without CUDA)."""

def simple_torch_tensor_zeros(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of zeros with the given dims and dtype."""

def simple_torch_tensor_ones(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of ones with the given dims and dtype."""

def simple_torch_tensor_randn(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of standard-normal random values with the given dims and (floating) dtype."""

def simple_torch_tensor_from_data(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product."""

def simple_torch_tensor_from_f32(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims."""

def simple_torch_tensor_add(a: int, b: int) -> int:
    """Element-wise a + b (broadcasting), a new tensor."""

def simple_torch_tensor_mul(a: int, b: int) -> int:
    """Element-wise a * b (broadcasting), a new tensor."""

def simple_torch_tensor_matmul(a: int, b: int) -> int:
    """Matrix product a @ b, a new tensor."""

def simple_torch_tensor_shape(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's dims, written to a caller buffer; returns the number of dims."""

def simple_torch_tensor_ndim(handle: int) -> int:
    """Number of dimensions of the tensor."""

def simple_torch_tensor_numel(handle: int) -> int:
    """Number of elements of the tensor."""

def simple_torch_tensor_to_data(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count."""

def simple_torch_tensor_to_f32(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count."""

def simple_torch_tensor_dtype(handle: int) -> int:
    """The tensor's dtype code (see the dtype table)."""

def simple_torch_tensor_to_dtype(handle: int, dtype: int) -> int:
    """A copy of the tensor converted to dtype (torch's rounding and wrapping rules)."""

def simple_torch_tensor_from_bytes(data: _CData, data_len: int, dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size)."""

def simple_torch_tensor_to_bytes(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count."""

def simple_torch_tensor_to_dlpack(handle: int, versioned: bool) -> int:
    """The tensor as a new DLPack managed tensor, zero copy: the address of a DLManagedTensorVersioned (versioned) or a legacy DLManagedTensor. The consumer owns it and calls its deleter exactly once; the memory stays valid until then, even after the handle is freed."""

def simple_torch_tensor_from_dlpack(managed: int, versioned: bool) -> int:
    """New tensor sharing the memory of the DLPack managed tensor at address managed (versioned: a DLManagedTensorVersioned, else a legacy DLManagedTensor). On success the library owns it (its deleter runs once the last tensor using the memory is freed); on failure the caller still owns it. The address must be a managed tensor or 0 (refused): like any C pointer it cannot be checked further."""

def simple_torch_relu(handle: int) -> int:
    """Rectified linear unit max(x, 0), a new tensor."""

def simple_torch_sigmoid(handle: int) -> int:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""

def simple_torch_tanh(handle: int) -> int:
    """Hyperbolic tangent, a new tensor."""

def simple_torch_tensor_cuda(handle: int, device_id: int) -> int:
    """Copy of the tensor on CUDA device device_id."""

def simple_torch_tensor_cpu(handle: int) -> int:
    """Copy of the tensor on the CPU (the same tensor if it is already there)."""

def simple_torch_tensor_is_cuda(handle: int) -> bool:
    """True when the tensor lives on a CUDA device."""

def simple_torch_tensor_device(handle: int) -> int:
    """The device code of the tensor (negative = CPU, N = CUDA device N)."""

def simple_torch_tensor_to_device(handle: int, device_code: int) -> int:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N)."""

def simple_torch_tensor_sub(a: int, b: int) -> int:
    """Element-wise a - b (broadcasting), a new tensor."""

def simple_torch_tensor_div(a: int, b: int) -> int:
    """Element-wise a / b (broadcasting, true division), a new tensor."""

def simple_torch_tensor_neg(handle: int) -> int:
    """Element-wise -x, a new tensor."""

def simple_torch_tensor_exp(handle: int) -> int:
    """Element-wise exp(x), a new tensor."""

def simple_torch_tensor_log(handle: int) -> int:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch)."""

def simple_torch_tensor_sum(handle: int) -> float:
    """Sum of all elements."""

def simple_torch_tensor_mean(handle: int) -> float:
    """Mean of all elements (NaN for an empty tensor)."""

def simple_torch_tensor_reshape(handle: int, dims: _CData, dims_len: int) -> int:
    """The tensor with new dims (one may be -1 to infer it), a new tensor."""

def simple_torch_tensor_transpose(handle: int, dim0: int, dim1: int) -> int:
    """The tensor with dims dim0 and dim1 swapped, a new tensor."""

def simple_torch_softmax(handle: int, dim: int) -> int:
    """Softmax along dim, a new tensor."""

def simple_torch_tensor_full(dims: _CData, dims_len: int, value: float, dtype: int) -> int:
    """New tensor with the given dims and dtype, every element equal to value."""

def simple_torch_tensor_arange(start: float, end: float, step: float, dtype: int) -> int:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype."""

def simple_torch_tensor_eye(n: int, dtype: int) -> int:
    """New n x n identity matrix of the given dtype."""

def simple_torch_tensor_cat(tensors: _CData, tensors_len: int, dim: int) -> int:
    """Concatenation of the tensors along dim, a new tensor."""

def simple_torch_tensor_clone(handle: int) -> int:
    """A copy of the tensor that shares no memory with it."""

def simple_torch_tensor_free(handle: int) -> None:
    """Release the tensor handle; an invalid or already freed handle is reported through last_error and otherwise ignored."""
