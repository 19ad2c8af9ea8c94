// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
#ifndef SIMPLE_TORCH_FFI_DECLS_H
#define SIMPLE_TORCH_FFI_DECLS_H
/* The simple_torch_ffi C ABI without its documentation (see simple_torch_ffi.h, which declares
 * exactly the same): the compiled variants include this file, so a doc-only spec edit recompiles
 * nothing. Including both headers in one translation unit is fine and makes the compiler check
 * that they agree. */
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
#define SIMPLE_TORCH_ERR_OK 0
#define SIMPLE_TORCH_ERR_INVALID_HANDLE 1
#define SIMPLE_TORCH_ERR_INVALID_ARGUMENT 2
#define SIMPLE_TORCH_ERR_TORCH_ERROR 3
#define SIMPLE_TORCH_ERR_NOT_AVAILABLE 4
#define SIMPLE_TORCH_ERR_OUT_OF_MEMORY 5
#define SIMPLE_TORCH_ERR_INTERNAL 6
#define SIMPLE_TORCH_DTYPE_FLOAT32 0
#define SIMPLE_TORCH_DTYPE_FLOAT64 1
#define SIMPLE_TORCH_DTYPE_FLOAT16 2
#define SIMPLE_TORCH_DTYPE_BFLOAT16 3
#define SIMPLE_TORCH_DTYPE_INT64 4
#define SIMPLE_TORCH_DTYPE_INT32 5
#define SIMPLE_TORCH_DTYPE_INT16 6
#define SIMPLE_TORCH_DTYPE_INT8 7
#define SIMPLE_TORCH_DTYPE_UINT8 8
#define SIMPLE_TORCH_DTYPE_BOOL 9

#ifndef SIMPLE_TORCH_API
#  if defined(_WIN32)
#    define SIMPLE_TORCH_API __declspec(dllimport)
#  else
#    define SIMPLE_TORCH_API __attribute__((visibility("default")))
#  endif
#endif

SIMPLE_TORCH_API bool simple_torch_available(void);
SIMPLE_TORCH_API const char* simple_torch_version(void);
SIMPLE_TORCH_API int32_t simple_torch_abi_version(void);
SIMPLE_TORCH_API const char* simple_torch_spec_hash(void);
SIMPLE_TORCH_API const char* simple_torch_last_error(void);
SIMPLE_TORCH_API int32_t simple_torch_last_error_kind(void);
SIMPLE_TORCH_API const char* simple_torch_last_warning(void);
SIMPLE_TORCH_API int64_t simple_torch_live_handles(void);
SIMPLE_TORCH_API bool simple_torch_cuda_available(void);
SIMPLE_TORCH_API int32_t simple_torch_cuda_device_count(void);
SIMPLE_TORCH_API int64_t simple_torch_tensor_zeros(const int64_t* dims, int64_t dims_len, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_ones(const int64_t* dims, int64_t dims_len, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_randn(const int64_t* dims, int64_t dims_len, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_rand(const int64_t* dims, int64_t dims_len, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_f32(const float* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_add(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_mul(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_matmul(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_mm(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_dot(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_shape(int64_t handle, int64_t* out, int64_t out_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_ndim(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_numel(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_data(int64_t handle, double* out, int64_t out_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_f32(int64_t handle, float* out, int64_t out_len);
SIMPLE_TORCH_API int32_t simple_torch_tensor_dtype(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_dtype(int64_t handle, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_bytes(const uint8_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_bytes(int64_t handle, uint8_t* out, int64_t out_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_dlpack(int64_t handle, bool versioned);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_dlpack(int64_t managed, bool versioned);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_i64(int64_t handle, int64_t* out, int64_t out_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_from_bool(const bool* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_bool(int64_t handle, bool* out, int64_t out_len);
SIMPLE_TORCH_API int64_t simple_torch_scalar_tensor(double value, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_relu(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_sigmoid(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tanh(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_cuda(int64_t handle, int32_t device_id);
SIMPLE_TORCH_API int64_t simple_torch_tensor_cpu(int64_t handle);
SIMPLE_TORCH_API bool simple_torch_tensor_is_cuda(int64_t handle);
SIMPLE_TORCH_API int32_t simple_torch_tensor_device(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_to_device(int64_t handle, int32_t device_code);
SIMPLE_TORCH_API void simple_torch_cuda_synchronize(int32_t device_id);
SIMPLE_TORCH_API int64_t simple_torch_tensor_sub(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_div(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_neg(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_exp(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_log(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_sum(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_mean(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_prod(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_std(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_var(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_transpose(int64_t handle, int64_t dim0, int64_t dim1);
SIMPLE_TORCH_API int64_t simple_torch_tensor_view(int64_t handle, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_softmax(int64_t handle, int64_t dim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_arange(double start, double end, double step, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_eye(int64_t n, int32_t dtype);
SIMPLE_TORCH_API int64_t simple_torch_tensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_clone(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_eq(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_ne(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_lt(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_le(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_gt(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_ge(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_and(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_or(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_logical_not(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_where(int64_t handle, int64_t condition, int64_t other);
SIMPLE_TORCH_API bool simple_torch_tensor_any(int64_t handle);
SIMPLE_TORCH_API bool simple_torch_tensor_all(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_abs(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_sqrt(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_floor(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_ceil(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_round(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_clamp(int64_t handle, double min_value, double max_value);
SIMPLE_TORCH_API int64_t simple_torch_tensor_floor_divide(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_remainder(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_pow(int64_t a, int64_t b);
SIMPLE_TORCH_API int64_t simple_torch_tensor_sum_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_mean_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_max_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_min_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_argmax(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_argmin(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_prod_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_std_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_var_dim(int64_t handle, int64_t dim, bool keepdim);
SIMPLE_TORCH_API double simple_torch_tensor_item_f64(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_item_i64(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_squeeze(int64_t handle, int64_t dim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_unsqueeze(int64_t handle, int64_t dim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_flatten(int64_t handle, int64_t start_dim, int64_t end_dim);
SIMPLE_TORCH_API int64_t simple_torch_tensor_contiguous(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_tensor_expand(int64_t handle, const int64_t* dims, int64_t dims_len);
SIMPLE_TORCH_API int64_t simple_torch_tensor_narrow(int64_t handle, int64_t dim, int64_t start, int64_t length);
SIMPLE_TORCH_API int64_t simple_torch_tensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
SIMPLE_TORCH_API int64_t simple_torch_tensor_select(int64_t handle, int64_t dim, int64_t index);
SIMPLE_TORCH_API int64_t simple_torch_tensor_index_select(int64_t handle, int64_t dim, int64_t index);
SIMPLE_TORCH_API int64_t simple_torch_tensor_masked_select(int64_t handle, int64_t mask);
SIMPLE_TORCH_API bool simple_torch_tensor_requires_grad(int64_t handle);
SIMPLE_TORCH_API void simple_torch_tensor_requires_grad_(int64_t handle, bool requires_grad);
SIMPLE_TORCH_API int64_t simple_torch_tensor_grad(int64_t handle);
SIMPLE_TORCH_API void simple_torch_tensor_zero_grad(int64_t handle);
SIMPLE_TORCH_API void simple_torch_tensor_backward(int64_t handle, int64_t gradient, bool retain_graph);
SIMPLE_TORCH_API int64_t simple_torch_tensor_detach(int64_t handle);
SIMPLE_TORCH_API bool simple_torch_is_grad_enabled(void);
SIMPLE_TORCH_API bool simple_torch_set_grad_enabled(bool enabled);
SIMPLE_TORCH_API void simple_torch_tensor_fill_(int64_t handle, double value);
SIMPLE_TORCH_API void simple_torch_tensor_zero_(int64_t handle);
SIMPLE_TORCH_API void simple_torch_tensor_copy_(int64_t handle, int64_t src);
SIMPLE_TORCH_API int64_t simple_torch_tensor_index(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len);
SIMPLE_TORCH_API void simple_torch_tensor_index_put_(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len, int64_t value);
SIMPLE_TORCH_API void simple_torch_save(const char* path, const char* names, const int64_t* tensors, int64_t tensors_len);
SIMPLE_TORCH_API const char* simple_torch_load_names(const char* path);
SIMPLE_TORCH_API int64_t simple_torch_load_tensor(const char* path, const char* name);
SIMPLE_TORCH_API int64_t simple_torch_linear(int64_t input, int64_t weight, int64_t bias);
SIMPLE_TORCH_API int64_t simple_torch_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
SIMPLE_TORCH_API int64_t simple_torch_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
SIMPLE_TORCH_API int64_t simple_torch_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad);
SIMPLE_TORCH_API int64_t simple_torch_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps);
SIMPLE_TORCH_API int64_t simple_torch_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps);
SIMPLE_TORCH_API int64_t simple_torch_dropout(int64_t input, double p, bool training);
SIMPLE_TORCH_API int64_t simple_torch_embedding(int64_t input, int64_t weight);
SIMPLE_TORCH_API int64_t simple_torch_gelu(int64_t input, const char* approximate);
SIMPLE_TORCH_API int64_t simple_torch_leaky_relu(int64_t input, double negative_slope);
SIMPLE_TORCH_API int64_t simple_torch_log_softmax(int64_t input, int64_t dim);
SIMPLE_TORCH_API int64_t simple_torch_mse_loss(int64_t input, int64_t target, const char* reduction);
SIMPLE_TORCH_API int64_t simple_torch_cross_entropy(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing);
SIMPLE_TORCH_API int64_t simple_torch_nll_loss(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction);
SIMPLE_TORCH_API int64_t simple_torch_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight);
SIMPLE_TORCH_API void simple_torch_manual_seed(int64_t seed);
SIMPLE_TORCH_API int64_t simple_torch_tensor_maximum(int64_t a, int64_t b);
SIMPLE_TORCH_API void simple_torch_tensor_add_(int64_t handle, int64_t other, double alpha);
SIMPLE_TORCH_API void simple_torch_tensor_mul_(int64_t handle, int64_t other);
SIMPLE_TORCH_API void simple_torch_tensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
SIMPLE_TORCH_API void simple_torch_tensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
SIMPLE_TORCH_API void simple_torch_tensor_lerp_(int64_t handle, int64_t end, double weight);
SIMPLE_TORCH_API void simple_torch_tensor_uniform_(int64_t handle, double low, double high);
SIMPLE_TORCH_API void simple_torch_tensor_free(int64_t handle);
SIMPLE_TORCH_API int64_t simple_torch_scope_begin(void);
SIMPLE_TORCH_API int64_t simple_torch_scope_end(int64_t scope);
SIMPLE_TORCH_API void simple_torch_scope_keep(int64_t handle);
SIMPLE_TORCH_API const char* simple_torch_census(void);

#ifdef __cplusplus
}
#endif
#endif /* SIMPLE_TORCH_FFI_DECLS_H */
