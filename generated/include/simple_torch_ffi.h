// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
#ifndef SIMPLE_TORCH_FFI_H
#define SIMPLE_TORCH_FFI_H
/*
 * The simple_torch_ffi C ABI, version 3.
 *
 * Conventions (every function):
 *   - Never throws, never aborts, never prints. On failure it returns its sentinel and records a
 *     thread-local error: SIMPLE_TORCH_... `last_error()` (message naming the function and the cause)
 *     and `last_error_kind()` (one of the SIMPLE_TORCH_ERR_* codes below).
 *   - Every call except last_error()/last_error_kind() first clears this thread's error, so after
 *     a call `last_error_kind() == 0` means it succeeded (this tells a sentinel-valued result such
 *     as `false` from a failure). The message pointer stays valid until the next call on the
 *     same thread. Other threads never see or overwrite it.
 *   - Tensors are integer handles (int64_t > 0) from a generation-checked table: 0, negative,
 *     freed, reused-slot and forged handles are detected and reported, never dereferenced.
 *
 * Lowering of the spec's logical types (and of the Simple-side signature shown per function):
 *   tensor            -> int64_t handle              (Simple: i64)
 *   i64 / i32 / f64   -> int64_t / int32_t / double  (Simple: i64 / i32 / f64)
 *   bool              -> bool                        (Simple: bool)
 *   text argument     -> const char* (borrowed, NUL-terminated UTF-8; NULL is an error)
 *   text result       -> const char* owned by the library (do not free)
 *   device            -> int32_t code: negative = CPU, N >= 0 = CUDA device N (Simple: i32)
 *   [T] argument x    -> const T* x, int64_t x_len   (Simple: [T], marshalled as pointer+length;
 *                        shape = [i64] of non-negative dims; [bool]: C bools, each byte 0 or
 *                        1: any other byte is refused, invalid_argument naming its index)
 *   [T] result        -> T* out, int64_t out_len; returns the full count and writes
 *                        min(count, out_len) values (call with out_len = 0 to size the buffer,
 *                        as snprintf does); -1 on error      (Simple: returns [T])
 */
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SIMPLE_TORCH_ABI_VERSION 3
#define SIMPLE_TORCH_VERSION "0.1.0"
#define SIMPLE_TORCH_SPEC_HASH "c524218e063cfca1"
#define SIMPLE_TORCH_MAX_DIMS 64
#define SIMPLE_TORCH_MAX_TENSOR_LIST 1048576

/* Error kinds returned by last_error_kind(). */
#define SIMPLE_TORCH_ERR_OK 0 /* no error */
#define SIMPLE_TORCH_ERR_INVALID_HANDLE 1 /* a handle that is 0, negative, forged, freed or from another table */
#define SIMPLE_TORCH_ERR_INVALID_ARGUMENT 2 /* a null pointer, negative length, bad dims, bad device code, too small buffer */
#define SIMPLE_TORCH_ERR_TORCH_ERROR 3 /* libtorch raised an error (shape mismatch and the like) */
#define SIMPLE_TORCH_ERR_NOT_AVAILABLE 4 /* the feature is not in this build or machine (stub variant, CUDA) */
#define SIMPLE_TORCH_ERR_OUT_OF_MEMORY 5 /* an allocation failed */
#define SIMPLE_TORCH_ERR_INTERNAL 6 /* an unexpected C++ exception */

/* Dtype codes: every `dtype` argument and result (an unknown code is invalid_argument). */
#define SIMPLE_TORCH_DTYPE_FLOAT32 0 /* 4 bytes, the default */
#define SIMPLE_TORCH_DTYPE_FLOAT64 1 /* 8 bytes */
#define SIMPLE_TORCH_DTYPE_FLOAT16 2 /* 2 bytes */
#define SIMPLE_TORCH_DTYPE_BFLOAT16 3 /* 2 bytes */
#define SIMPLE_TORCH_DTYPE_INT64 4 /* 8 bytes */
#define SIMPLE_TORCH_DTYPE_INT32 5 /* 4 bytes */
#define SIMPLE_TORCH_DTYPE_INT16 6 /* 2 bytes */
#define SIMPLE_TORCH_DTYPE_INT8 7 /* 1 byte */
#define SIMPLE_TORCH_DTYPE_UINT8 8 /* 1 byte */
#define SIMPLE_TORCH_DTYPE_BOOL 9 /* 1 byte */

#ifndef SIMPLE_TORCH_API
#  if defined(_WIN32)
#    define SIMPLE_TORCH_API __declspec(dllimport)
#  else
#    define SIMPLE_TORCH_API __attribute__((visibility("default")))
#  endif
#endif

/* True when this library was built against libtorch (false in the stub variant).
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_available() -> bool */
SIMPLE_TORCH_API bool simple_torch_available(void);

/* The library version, e.g. "0.1.0+torch2.13.0" or "0.1.0+stub".
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_version() -> text */
SIMPLE_TORCH_API const char* simple_torch_version(void);

/* The ABI version this library implements (the spec's abi_version).
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_abi_version() -> i32 */
SIMPLE_TORCH_API int32_t simple_torch_abi_version(void);

/* Hash of the spec the library was generated from; bindings refuse a library whose hash differs.
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_spec_hash() -> text */
SIMPLE_TORCH_API const char* simple_torch_spec_hash(void);

/* Message of the last failed call on this thread ("" if the last call succeeded); borrowed, valid until the next call on this thread.
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_last_error() -> text */
SIMPLE_TORCH_API const char* simple_torch_last_error(void);

/* Kind code of the last failed call on this thread (0 if it succeeded); see the error kind constants.
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_last_error_kind() -> i32 */
SIMPLE_TORCH_API int32_t simple_torch_last_error_kind(void);

/* The last warning libtorch raised during a call on this thread ("" if none yet); the library never prints them. Borrowed, valid until the next call on this thread.
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_last_warning() -> text */
SIMPLE_TORCH_API const char* simple_torch_last_warning(void);

/* Number of tensor handles currently alive (for leak checks).
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_live_handles() -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_live_handles(void);

/* True when libtorch can use at least one CUDA device.
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_cuda_available() -> bool */
SIMPLE_TORCH_API bool simple_torch_cuda_available(void);

/* Number of CUDA devices libtorch can use (0 without CUDA).
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_cuda_device_count() -> i32 */
SIMPLE_TORCH_API int32_t simple_torch_cuda_device_count(void);

/* New tensor of zeros with the given dims and dtype.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_zeros(dims: [i64], dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_zeros(const int64_t* dims, int64_t dims_len, int32_t dtype);

/* New tensor of ones with the given dims and dtype.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_ones(dims: [i64], dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_ones(const int64_t* dims, int64_t dims_len, int32_t dtype);

/* New tensor of standard-normal random values with the given dims and (floating) dtype.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_randn(dims: [i64], dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_randn(const int64_t* dims, int64_t dims_len, int32_t dtype);

/* New tensor of random values uniform in [0, 1) with the given dims and (floating) dtype (torch.rand).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_rand(dims: [i64], dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_rand(const int64_t* dims, int64_t dims_len, int32_t dtype);

/* New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_data(data: [f64], dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);

/* New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_f32(data: [f32], dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_f32(const float* data, int64_t data_len, const int64_t* dims, int64_t dims_len);

/* Element-wise a + b (broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_add(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_add(int64_t a, int64_t b);

/* Element-wise a * b (broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_mul(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_mul(int64_t a, int64_t b);

/* Matrix product a @ b, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_matmul(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_matmul(int64_t a, int64_t b);

/* Matrix product of two 2-d tensors (torch.mm, no broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_mm(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_mm(int64_t a, int64_t b);

/* Inner product of two 1-d tensors of the same size and dtype (torch.dot), a new 0-d tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_dot(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_dot(int64_t a, int64_t b);

/* The tensor's dims, written to a caller buffer; returns the number of dims.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_shape(handle: i64) -> [i64] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_shape(int64_t handle, int64_t* out, int64_t out_len);

/* Number of dimensions of the tensor.
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_tensor_ndim(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_ndim(int64_t handle);

/* Number of elements of the tensor.
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_tensor_numel(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_numel(int64_t handle);

/* The tensor's values as f64 (row-major), written to a caller buffer; returns the element count.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_to_data(handle: i64) -> [f64] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_data(int64_t handle, double* out, int64_t out_len);

/* The tensor's values as float32 (row-major), written to a caller buffer; returns the element count.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_to_f32(handle: i64) -> [f32] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_f32(int64_t handle, float* out, int64_t out_len);

/* The tensor's dtype code (see the dtype table).
 * Returns a dtype code, or -1 on error.
 * Simple: extern fn simple_torch_tensor_dtype(handle: i64) -> i32 */
SIMPLE_TORCH_API int32_t simple_torch_tensor_dtype(int64_t handle);

/* A copy of the tensor converted to dtype (torch's rounding and wrapping rules).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_to_dtype(handle: i64, dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_dtype(int64_t handle, int32_t dtype);

/* New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_bytes(data: [i64], dims: [i64], dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_bytes(const uint8_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len, int32_t dtype);

/* The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_to_bytes(handle: i64) -> [i64] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_bytes(int64_t handle, uint8_t* out, int64_t out_len);

/* The tensor as a new DLPack managed tensor, zero copy: the address of a DLManagedTensorVersioned (versioned) or a legacy DLManagedTensor. The consumer owns it and calls its deleter exactly once; the memory stays valid until then, even after the handle is freed.
 * Returns the value, or 0 on error.
 * Simple: extern fn simple_torch_tensor_to_dlpack(handle: i64, versioned: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_dlpack(int64_t handle, bool versioned);

/* New tensor sharing the memory of the DLPack managed tensor at address managed (versioned: a DLManagedTensorVersioned, else a legacy DLManagedTensor). On success the library owns it (its deleter runs once the last tensor using the memory is freed); on failure the caller still owns it. The address must be a managed tensor or 0 (refused): like any C pointer it cannot be checked further.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_dlpack(managed: i64, versioned: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_dlpack(int64_t managed, bool versioned);

/* New int64 tensor holding a copy of data (row-major, one memcpy, no conversion); len(data) must equal the product of dims.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_i64(data: [i64], dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);

/* The tensor's values as int64 (row-major, converted as torch's .to(torch.int64): floats truncate toward zero, bools are 0 and 1), written to a caller buffer; returns the element count. One memcpy for a contiguous int64 CPU tensor.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_to_i64(handle: i64) -> [i64] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_i64(int64_t handle, int64_t* out, int64_t out_len);

/* New bool tensor holding a copy of data (row-major, one memcpy; every element must be a C bool, 0 or 1, other bytes are refused); len(data) must equal the product of dims.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_from_bool(data: [bool], dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_bool(const bool* data, int64_t data_len, const int64_t* dims, int64_t dims_len);

/* The tensor's values as bools (row-major, converted as torch's .to(torch.bool): nonzero is true), written to a caller buffer; returns the element count. One memcpy for a contiguous bool CPU tensor.
 * Returns the full element count (writes min(count, out_len) values to out), or -1 on error.
 * Simple: extern fn simple_torch_tensor_to_bool(handle: i64) -> [bool] */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_bool(int64_t handle, bool* out, int64_t out_len);

/* New 0-d tensor of dtype holding value (torch.scalar_tensor: a value out of the dtype's range is refused). The Simple API makes numbers in operations with it, as torch makes Python numbers: t.add_f64(0.5).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_scalar_tensor(value: f64, dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_scalar_tensor(double value, int32_t dtype);

/* Rectified linear unit max(x, 0), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_relu(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_relu(int64_t handle);

/* Logistic sigmoid 1 / (1 + exp(-x)), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_sigmoid(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_sigmoid(int64_t handle);

/* Hyperbolic tangent, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tanh(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tanh(int64_t handle);

/* Copy of the tensor on CUDA device device_id.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_cuda(handle: i64, device_id: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_cuda(int64_t handle, int32_t device_id);

/* Copy of the tensor on the CPU (the same tensor if it is already there).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_cpu(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_cpu(int64_t handle);

/* True when the tensor lives on a CUDA device.
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_tensor_is_cuda(handle: i64) -> bool */
SIMPLE_TORCH_API bool simple_torch_tensor_is_cuda(int64_t handle);

/* The device code of the tensor (negative = CPU, N = CUDA device N).
 * Returns the value, or -2147483648 on error.
 * Simple: extern fn simple_torch_tensor_device(handle: i64) -> i32 */
SIMPLE_TORCH_API int32_t simple_torch_tensor_device(int64_t handle);

/* Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_to_device(handle: i64, device_code: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_device(int64_t handle, int32_t device_code);

/* Wait until all work queued on every stream of CUDA device device_id has finished (torch.cuda.synchronize).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_cuda_synchronize(device_id: i32) */
SIMPLE_TORCH_API void simple_torch_cuda_synchronize(int32_t device_id);

/* Element-wise a - b (broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_sub(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_sub(int64_t a, int64_t b);

/* Element-wise a / b (broadcasting, true division), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_div(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_div(int64_t a, int64_t b);

/* Element-wise -x, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_neg(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_neg(int64_t handle);

/* Element-wise exp(x), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_exp(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_exp(int64_t handle);

/* Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_log(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_log(int64_t handle);

/* Sum of all elements, a new 0-d tensor (integer and bool tensors sum to int64, as torch; ABI 3, was f64).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_sum(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_sum(int64_t handle);

/* Mean of all elements, a new 0-d tensor of a floating tensor (NaN when empty; ABI 3, was f64).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_mean(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_mean(int64_t handle);

/* Product of all elements, a new 0-d tensor (1 when empty; integer and bool tensors give int64, as torch).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_prod(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_prod(int64_t handle);

/* Standard deviation of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_std(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_std(int64_t handle);

/* Variance of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_var(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_var(int64_t handle);

/* The tensor with new dims (one may be -1 to infer it), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_reshape(handle: i64, dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len);

/* The tensor with dims dim0 and dim1 swapped, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_transpose(handle: i64, dim0: i64, dim1: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_transpose(int64_t handle, int64_t dim0, int64_t dim1);

/* The tensor with new dims (one may be -1 to infer it) sharing its memory (torch's view; a tensor whose strides do not allow it is refused, reshape copies instead), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_view(handle: i64, dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_view(int64_t handle, const int64_t* dims, int64_t dims_len);

/* The tensor with its dims reordered (dim i of the result is dim dims[i]), a new tensor sharing memory.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_permute(handle: i64, dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len);

/* Softmax along dim, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_softmax(handle: i64, dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_softmax(int64_t handle, int64_t dim);

/* New tensor with the given dims and dtype, every element equal to value.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_full(dims: [i64], value: f64, dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value, int32_t dtype);

/* New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_arange(start: f64, end: f64, step: f64, dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_arange(double start, double end, double step, int32_t dtype);

/* New n x n identity matrix of the given dtype.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_eye(n: i64, dtype: i32) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_eye(int64_t n, int32_t dtype);

/* Concatenation of the tensors along dim, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_cat(tensors: [i64], dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);

/* A copy of the tensor that shares no memory with it.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_clone(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_clone(int64_t handle);

/* Element-wise a == b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_eq(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_eq(int64_t a, int64_t b);

/* Element-wise a != b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_ne(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_ne(int64_t a, int64_t b);

/* Element-wise a < b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_lt(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_lt(int64_t a, int64_t b);

/* Element-wise a <= b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_le(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_le(int64_t a, int64_t b);

/* Element-wise a > b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_gt(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_gt(int64_t a, int64_t b);

/* Element-wise a >= b (broadcasting), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_ge(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_ge(int64_t a, int64_t b);

/* Element-wise logical a and b (nonzero is true), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_logical_and(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_and(int64_t a, int64_t b);

/* Element-wise logical a or b (nonzero is true), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_logical_or(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_or(int64_t a, int64_t b);

/* Element-wise logical not (zero is false), a new bool tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_logical_not(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_not(int64_t handle);

/* Elements of the tensor where condition (a bool tensor) is true, of other elsewhere (broadcasting, torch's promotion of the two), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_where(handle: i64, condition: i64, other: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_where(int64_t handle, int64_t condition, int64_t other);

/* True when any element is nonzero.
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_tensor_any(handle: i64) -> bool */
SIMPLE_TORCH_API bool simple_torch_tensor_any(int64_t handle);

/* True when every element is nonzero.
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_tensor_all(handle: i64) -> bool */
SIMPLE_TORCH_API bool simple_torch_tensor_all(int64_t handle);

/* Element-wise |x|, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_abs(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_abs(int64_t handle);

/* Element-wise square root (NaN for negative inputs, as in torch), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_sqrt(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_sqrt(int64_t handle);

/* Element-wise floor, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_floor(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_floor(int64_t handle);

/* Element-wise ceiling, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_ceil(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_ceil(int64_t handle);

/* Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_round(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_round(int64_t handle);

/* Element-wise x limited to [min_value, max_value], a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_clamp(handle: i64, min_value: f64, max_value: f64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_clamp(int64_t handle, double min_value, double max_value);

/* Element-wise floor(a / b) (broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_floor_divide(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_floor_divide(int64_t a, int64_t b);

/* Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_remainder(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_remainder(int64_t a, int64_t b);

/* Element-wise a ** b (broadcasting), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_pow(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_pow(int64_t a, int64_t b);

/* Sum over dim (kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_sum_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_sum_dim(int64_t handle, int64_t dim, bool keepdim);

/* Mean over dim (kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_mean_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_mean_dim(int64_t handle, int64_t dim, bool keepdim);

/* Largest element over dim (kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_max_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_max_dim(int64_t handle, int64_t dim, bool keepdim);

/* Smallest element over dim (kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_min_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_min_dim(int64_t handle, int64_t dim, bool keepdim);

/* Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_argmax(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_argmax(int64_t handle, int64_t dim, bool keepdim);

/* Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_argmin(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_argmin(int64_t handle, int64_t dim, bool keepdim);

/* Product over dim (kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_prod_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_prod_dim(int64_t handle, int64_t dim, bool keepdim);

/* Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_std_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_std_dim(int64_t handle, int64_t dim, bool keepdim);

/* Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_var_dim(handle: i64, dim: i64, keepdim: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_var_dim(int64_t handle, int64_t dim, bool keepdim);

/* The one element of a one-element tensor, as f64.
 * Returns the value, or NAN on error.
 * Simple: extern fn simple_torch_tensor_item_f64(handle: i64) -> f64 */
SIMPLE_TORCH_API double simple_torch_tensor_item_f64(int64_t handle);

/* The one element of a one-element tensor, as i64 (truncated toward zero).
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_tensor_item_i64(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_item_i64(int64_t handle);

/* The tensor without dim when its size is 1 (unchanged otherwise), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_squeeze(handle: i64, dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_squeeze(int64_t handle, int64_t dim);

/* The tensor with a new dim of size 1 at dim, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_unsqueeze(handle: i64, dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_unsqueeze(int64_t handle, int64_t dim);

/* The tensor with dims start_dim..end_dim merged into one, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_flatten(handle: i64, start_dim: i64, end_dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_flatten(int64_t handle, int64_t start_dim, int64_t end_dim);

/* The tensor with its elements in row-major order in memory, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_contiguous(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_contiguous(int64_t handle);

/* The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_expand(handle: i64, dims: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_expand(int64_t handle, const int64_t* dims, int64_t dims_len);

/* length elements of dim from start, a new tensor sharing memory.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_narrow(handle: i64, dim: i64, start: i64, length: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_narrow(int64_t handle, int64_t dim, int64_t start, int64_t length);

/* Elements start, start + step, ... before end of dim (Python's slicing), a new tensor sharing memory.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_slice(handle: i64, dim: i64, start: i64, end: i64, step: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);

/* The slice at index of dim (that dim removed), a new tensor sharing memory.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_select(handle: i64, dim: i64, index: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_select(int64_t handle, int64_t dim, int64_t index);

/* The slices of dim at the int64 indexes in index, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_index_select(handle: i64, dim: i64, index: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_index_select(int64_t handle, int64_t dim, int64_t index);

/* The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_masked_select(handle: i64, mask: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_masked_select(int64_t handle, int64_t mask);

/* True when autograd records operations on the tensor (torch's requires_grad).
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_tensor_requires_grad(handle: i64) -> bool */
SIMPLE_TORCH_API bool simple_torch_tensor_requires_grad(int64_t handle);

/* Switch autograd recording for the tensor on or off (a leaf of a floating dtype; torch's requires_grad_).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_requires_grad_(handle: i64, requires_grad: bool) */
SIMPLE_TORCH_API void simple_torch_tensor_requires_grad_(int64_t handle, bool requires_grad);

/* The gradient accumulated by backward, a new tensor; none (the handle 0 with no error) when the tensor has none.
 * Returns a new tensor handle (> 0); 0 with last_error_kind() == ok when there is none; 0 with an error kind on error.
 * Simple: extern fn simple_torch_tensor_grad(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_grad(int64_t handle);

/* Drop the tensor's gradient (grad becomes none; torch's zero_grad(set_to_none=True)).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_zero_grad(handle: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_zero_grad(int64_t handle);

/* Accumulate the gradients of the tensor into the leaves that require grad (gradient none = 1 for a one-element tensor; retain_graph keeps the graph for another backward).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_backward(handle: i64, gradient: i64, retain_graph: bool) */
SIMPLE_TORCH_API void simple_torch_tensor_backward(int64_t handle, int64_t gradient, bool retain_graph);

/* The tensor cut from the autograd graph (no grad, sharing memory), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_detach(handle: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_detach(int64_t handle);

/* True when gradient mode is on for the calling thread (libtorch's thread-local GradMode).
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_is_grad_enabled() -> bool */
SIMPLE_TORCH_API bool simple_torch_is_grad_enabled(void);

/* Switch gradient mode for the calling thread; returns the previous mode (torch.set_grad_enabled, no_grad).
 * Returns the value, or false on error.
 * Simple: extern fn simple_torch_set_grad_enabled(enabled: bool) -> bool */
SIMPLE_TORCH_API bool simple_torch_set_grad_enabled(bool enabled);

/* Writes value (converted to the tensor's dtype) into every element, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_fill_(handle: i64, value: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_fill_(int64_t handle, double value);

/* Writes zero into every element, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_zero_(handle: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_zero_(int64_t handle);

/* Writes src into the tensor (src broadcast to its shape, converted to its dtype), in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_copy_(handle: i64, src: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_copy_(int64_t handle, int64_t src);

/* handle[key] as torch indexes (a view for integers, slices, None and Ellipsis; a copy with index tensors), the key encoded in indices (groups [kind, a, b, c]) and tensors.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_index(handle: i64, indices: [i64], tensors: [i64]) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_index(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len);

/* handle[key] = value as torch assigns (value broadcast and converted to the tensor's dtype), in place; the key encoded as for tensor_index.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_index_put_(handle: i64, indices: [i64], tensors: [i64], value: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_index_put_(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len, int64_t value);

/* Write tensors to path as a dict {name: tensor} (a state dict) that torch.load(path, weights_only=True) reads; names are the tensors' names joined by '\n' (each non-empty, unique, valid UTF-8; as many as tensors).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_save(path: text, names: text, tensors: [i64]) */
SIMPLE_TORCH_API void simple_torch_save(const char* path, const char* names, const int64_t* tensors, int64_t tensors_len);

/* The names of the tensors in the torch.save file at path (a dict of tensors, e.g. a state dict), in file order, joined by '\n'; borrowed, valid until the next load_names call on this thread.
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_load_names(path: text) -> text */
SIMPLE_TORCH_API const char* simple_torch_load_names(const char* path);

/* The tensor called name in the torch.save file at path (a dict of tensors), a new tensor on the CPU; only its storage is read.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_load_tensor(path: text, name: text) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_load_tensor(const char* path, const char* name);

/* input @ weight^T + bias (no bias when none), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_linear(input: i64, weight: i64, bias: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_linear(int64_t input, int64_t weight, int64_t bias);

/* 2-d convolution of input (N, C, H, W) or (C, H, W) with weight (out, C / groups, kH, kW) plus bias; stride, padding and dilation are one int or one per spatial dim, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_conv2d(input: i64, weight: i64, bias: i64, stride: [i64], padding: [i64], dilation: [i64], groups: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);

/* 2-d max pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_max_pool2d(input: i64, kernel_size: [i64], stride: [i64], padding: [i64], dilation: [i64], ceil_mode: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);

/* 2-d average pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_avg_pool2d(input: i64, kernel_size: [i64], stride: [i64], padding: [i64], ceil_mode: bool, count_include_pad: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad);

/* Batch normalization over dim 1 of input; training normalizes by the batch's statistics and updates running_mean/running_var in place (momentum), else uses them, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_batch_norm(input: i64, running_mean: i64, running_var: i64, weight: i64, bias: i64, training: bool, momentum: f64, eps: f64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps);

/* Layer normalization over the last dims of input given by normalized_shape (then * weight + bias), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_layer_norm(input: i64, normalized_shape: [i64], weight: i64, bias: i64, eps: f64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps);

/* Zeroes each element with probability p and scales the others by 1 / (1 - p) when training (the identity otherwise), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_dropout(input: i64, p: f64, training: bool) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_dropout(int64_t input, double p, bool training);

/* The rows of weight at the int64 indices in input (a lookup table), a new tensor of shape input.shape + (weight.shape[1],).
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_embedding(input: i64, weight: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_embedding(int64_t input, int64_t weight);

/* Gaussian error linear unit x * Phi(x) (approximate "none", exact) or its "tanh" approximation, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_gelu(input: i64, approximate: text) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_gelu(int64_t input, const char* approximate);

/* Element-wise x where x >= 0, negative_slope * x elsewhere, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_leaky_relu(input: i64, negative_slope: f64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_leaky_relu(int64_t input, double negative_slope);

/* log(softmax(x)) along dim, computed stably, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_log_softmax(input: i64, dim: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_log_softmax(int64_t input, int64_t dim);

/* Mean squared error (input - target)^2 (broadcasting), reduced as reduction says, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_mse_loss(input: i64, target: i64, reduction: text) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_mse_loss(int64_t input, int64_t target, const char* reduction);

/* Cross entropy of logits input (N, C, ...) against target class indices (int64, N, ...) or class probabilities (input's shape), with class weights, ignore_index and label smoothing, reduced as reduction says, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_cross_entropy(input: i64, target: i64, weight: i64, ignore_index: i64, reduction: text, label_smoothing: f64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_cross_entropy(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing);

/* Negative log likelihood of log-probabilities input (N, C, ...) at the int64 class indices target (N, ...), with class weights and ignore_index, reduced as reduction says, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_nll_loss(input: i64, target: i64, weight: i64, ignore_index: i64, reduction: text) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_nll_loss(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction);

/* Binary cross entropy of sigmoid(input) against target (the same size), with element weights and pos_weight for positives, computed stably, reduced as reduction says, a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_binary_cross_entropy_with_logits(input: i64, target: i64, weight: i64, reduction: text, pos_weight: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight);

/* Seed libtorch's default random generators (CPU and every CUDA device), as torch.manual_seed; randn and dropout then repeat.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_manual_seed(seed: i64) */
SIMPLE_TORCH_API void simple_torch_manual_seed(int64_t seed);

/* Element-wise max(a, b) (broadcasting; NaN wins), a new tensor.
 * Returns a new tensor handle (> 0), or 0 on error.
 * Simple: extern fn simple_torch_tensor_maximum(a: i64, b: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_tensor_maximum(int64_t a, int64_t b);

/* Adds alpha * other to the tensor, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_add_(handle: i64, other: i64, alpha: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_add_(int64_t handle, int64_t other, double alpha);

/* Multiplies the tensor by other, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_mul_(handle: i64, other: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_mul_(int64_t handle, int64_t other);

/* Adds value * tensor1 * tensor2 to the tensor, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_addcmul_(handle: i64, tensor1: i64, tensor2: i64, value: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);

/* Adds value * tensor1 / tensor2 to the tensor, in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_addcdiv_(handle: i64, tensor1: i64, tensor2: i64, value: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);

/* Moves the tensor toward end by weight (self + weight * (end - self)), in place.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_lerp_(handle: i64, end: i64, weight: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_lerp_(int64_t handle, int64_t end, double weight);

/* Fills the tensor with values drawn uniformly from [low, high), in place, from the default generator (manual_seed), as torch's uniform_.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_uniform_(handle: i64, low: f64, high: f64) */
SIMPLE_TORCH_API void simple_torch_tensor_uniform_(int64_t handle, double low, double high);

/* Release the tensor handle; an invalid or already freed handle is reported through last_error and otherwise ignored.
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_tensor_free(handle: i64) */
SIMPLE_TORCH_API void simple_torch_tensor_free(int64_t handle);

/* Open a handle scope on the calling thread and return its id: every tensor handle the thread creates until the scope ends belongs to it (scopes nest; the innermost owns new handles).
 * Returns the value, or 0 on error.
 * Simple: extern fn simple_torch_scope_begin() -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_scope_begin(void);

/* End the calling thread's innermost scope (scope must be its id): free every handle created in it that is still alive and was not kept; returns how many were freed.
 * Returns the value, or -1 on error.
 * Simple: extern fn simple_torch_scope_end(scope: i64) -> i64 */
SIMPLE_TORCH_API int64_t simple_torch_scope_end(int64_t scope);

/* Keep the handle past the scope that owns it: it moves to that scope's enclosing scope, or becomes unscoped at the outermost one (an unscoped handle stays so).
 * Returns nothing; failures are reported through last_error.
 * Simple: extern fn simple_torch_scope_keep(handle: i64) */
SIMPLE_TORCH_API void simple_torch_scope_keep(int64_t handle);

/* The live tensor handles per spec function that created them, one line "<function> <count>" each, most first, then by name ("" when none); borrowed, valid until the next census call on this thread.
 * Returns a borrowed string, or NULL on error.
 * Simple: extern fn simple_torch_census() -> text */
SIMPLE_TORCH_API const char* simple_torch_census(void);

#ifdef __cplusplus
}
#endif
#endif /* SIMPLE_TORCH_FFI_H */
