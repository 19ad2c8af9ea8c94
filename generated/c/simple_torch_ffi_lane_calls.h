// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
/* The call table of the word lane's C host program (tests/lane/lane_host.c), one entry per lane
 * function: its arity, the lane and core symbols, the sample kind of each argument, what its
 * result is, and a thunk calling the core C ABI (typed, through the header's prototypes) with
 * the same samples. The host defines struct lane_sample, struct lane_answer,
 * LANE_ARRAY_ANSWER and lane_f64_bits before including this file. */
#ifndef SIMPLE_TORCH_LANE_CALLS_H
#define SIMPLE_TORCH_LANE_CALLS_H
#include "simple_torch_ffi.h"

#define LANE_NAME "torch"
#define LANE_TORCH_LIBRARY "libspl_torch.so"
#define LANE_STUB_LIBRARY "libspl_torch_stub.so"
#define LANE_ERR_INVALID_HANDLE SIMPLE_TORCH_ERR_INVALID_HANDLE
#define LANE_ERR_INVALID_ARGUMENT SIMPLE_TORCH_ERR_INVALID_ARGUMENT
#define LANE_ERR_NOT_AVAILABLE SIMPLE_TORCH_ERR_NOT_AVAILABLE
/* core roles: (lane symbol, core symbol) */
#define LANE_ROLE_FROM_F64 "rt_torch_tensor_from_data"
#define CORE_ROLE_FROM_F64 "simple_torch_tensor_from_data"
#define LANE_ROLE_TO_F64 "rt_torch_tensor_to_data"
#define CORE_ROLE_TO_F64 "simple_torch_tensor_to_data"
#define LANE_ROLE_SHAPE "rt_torch_tensor_shape"
#define CORE_ROLE_SHAPE "simple_torch_tensor_shape"
#define LANE_ROLE_FREE "rt_torch_tensor_free"
#define CORE_ROLE_FREE "simple_torch_tensor_free"
#define LANE_ROLE_LIVE_COUNT "rt_torch_live_handles"
#define CORE_ROLE_LIVE_COUNT "simple_torch_live_handles"
#define LANE_ROLE_LAST_ERROR "rt_torch_last_error"
#define CORE_ROLE_LAST_ERROR "simple_torch_last_error"
#define LANE_ROLE_LAST_ERROR_KIND "rt_torch_last_error_kind"
#define CORE_ROLE_LAST_ERROR_KIND "simple_torch_last_error_kind"
#define LANE_ROLE_AVAILABLE "rt_torch_available"
#define CORE_ROLE_AVAILABLE "simple_torch_available"
#define LANE_ROLE_TO_DEVICE "rt_torch_tensor_to_device"
#define CORE_ROLE_TO_DEVICE "simple_torch_tensor_to_device"
#define LANE_ROLE_FROM_F32 "rt_torch_tensor_from_f32"
#define CORE_ROLE_FROM_F32 "simple_torch_tensor_from_f32"
#define LANE_ROLE_CENSUS "rt_torch_census"
#define CORE_ROLE_CENSUS "simple_torch_census"
/* the lane's own core */
#define LANE_BUFFER_NEW_I64 "rt_torch_buffer_new_i64"
#define LANE_BUFFER_NEW_F64 "rt_torch_buffer_new_f64"
#define LANE_BUFFER_LEN "rt_torch_buffer_len"
#define LANE_BUFFER_KIND "rt_torch_buffer_kind"
#define LANE_BUFFER_GET "rt_torch_buffer_get"
#define LANE_BUFFER_SET "rt_torch_buffer_set"
#define LANE_BUFFER_FREE "rt_torch_buffer_free"
#define LANE_BUFFER_LIVE "rt_torch_buffer_live"
#define LANE_BUFFER_FROM_TEXT "rt_torch_buffer_from_text"
#define LANE_BUFFER_TEXT "rt_torch_buffer_text"

static void lane_core_available(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_available) fn = (__typeof__(&simple_torch_available))f;
  (void)s;
  (void)a;
  a->word = (fn()) ? 1 : 0;
}

static void lane_core_version(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_version) fn = (__typeof__(&simple_torch_version))f;
  (void)s;
  (void)a;
  a->text = fn();
}

static void lane_core_abi_version(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_abi_version) fn = (__typeof__(&simple_torch_abi_version))f;
  (void)s;
  (void)a;
  a->word = fn();
}

static void lane_core_spec_hash(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_spec_hash) fn = (__typeof__(&simple_torch_spec_hash))f;
  (void)s;
  (void)a;
  a->text = fn();
}

static void lane_core_last_error(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_last_error) fn = (__typeof__(&simple_torch_last_error))f;
  (void)s;
  (void)a;
  a->text = fn();
}

static void lane_core_last_error_kind(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_last_error_kind) fn = (__typeof__(&simple_torch_last_error_kind))f;
  (void)s;
  (void)a;
  a->word = fn();
}

static void lane_core_last_warning(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_last_warning) fn = (__typeof__(&simple_torch_last_warning))f;
  (void)s;
  (void)a;
  a->text = fn();
}

static void lane_core_live_handles(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_live_handles) fn = (__typeof__(&simple_torch_live_handles))f;
  (void)s;
  (void)a;
  a->word = fn();
}

static void lane_core_cuda_available(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_cuda_available) fn = (__typeof__(&simple_torch_cuda_available))f;
  (void)s;
  (void)a;
  a->word = (fn()) ? 1 : 0;
}

static void lane_core_cuda_device_count(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_cuda_device_count) fn = (__typeof__(&simple_torch_cuda_device_count))f;
  (void)s;
  (void)a;
  a->word = fn();
}

static void lane_core_tensor_zeros(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_zeros) fn = (__typeof__(&simple_torch_tensor_zeros))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, (int32_t)s[1].i);
}

static void lane_core_tensor_ones(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_ones) fn = (__typeof__(&simple_torch_tensor_ones))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, (int32_t)s[1].i);
}

static void lane_core_tensor_randn(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_randn) fn = (__typeof__(&simple_torch_tensor_randn))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, (int32_t)s[1].i);
}

static void lane_core_tensor_rand(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_rand) fn = (__typeof__(&simple_torch_tensor_rand))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, (int32_t)s[1].i);
}

static void lane_core_tensor_from_data(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_from_data) fn = (__typeof__(&simple_torch_tensor_from_data))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].f64s, s[0].len, s[1].i64s, s[1].len);
}

static void lane_core_tensor_from_f32(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_from_f32) fn = (__typeof__(&simple_torch_tensor_from_f32))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].f32s, s[0].len, s[1].i64s, s[1].len);
}

static void lane_core_tensor_add(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_add) fn = (__typeof__(&simple_torch_tensor_add))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_mul(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_mul) fn = (__typeof__(&simple_torch_tensor_mul))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_matmul(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_matmul) fn = (__typeof__(&simple_torch_tensor_matmul))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_mm(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_mm) fn = (__typeof__(&simple_torch_tensor_mm))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_dot(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_dot) fn = (__typeof__(&simple_torch_tensor_dot))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_shape(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_shape) fn = (__typeof__(&simple_torch_tensor_shape))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, int64_t, lane_i64_word, fn, s[0].core_handle, );
}

static void lane_core_tensor_ndim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_ndim) fn = (__typeof__(&simple_torch_tensor_ndim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_numel(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_numel) fn = (__typeof__(&simple_torch_tensor_numel))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_to_data(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_data) fn = (__typeof__(&simple_torch_tensor_to_data))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, double, lane_f64_bits, fn, s[0].core_handle, );
}

static void lane_core_tensor_to_f32(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_f32) fn = (__typeof__(&simple_torch_tensor_to_f32))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, float, lane_f64_bits, fn, s[0].core_handle, );
}

static void lane_core_tensor_dtype(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_dtype) fn = (__typeof__(&simple_torch_tensor_dtype))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_to_dtype(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_dtype) fn = (__typeof__(&simple_torch_tensor_to_dtype))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, (int32_t)s[1].i);
}

static void lane_core_tensor_from_bytes(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_from_bytes) fn = (__typeof__(&simple_torch_tensor_from_bytes))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].u8s, s[0].len, s[1].i64s, s[1].len, (int32_t)s[2].i);
}

static void lane_core_tensor_to_bytes(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_bytes) fn = (__typeof__(&simple_torch_tensor_to_bytes))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, uint8_t, lane_i64_word, fn, s[0].core_handle, );
}

static void lane_core_tensor_from_i64(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_from_i64) fn = (__typeof__(&simple_torch_tensor_from_i64))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, s[1].i64s, s[1].len);
}

static void lane_core_tensor_to_i64(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_i64) fn = (__typeof__(&simple_torch_tensor_to_i64))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, int64_t, lane_i64_word, fn, s[0].core_handle, );
}

static void lane_core_tensor_from_bool(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_from_bool) fn = (__typeof__(&simple_torch_tensor_from_bool))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].bools, s[0].len, s[1].i64s, s[1].len);
}

static void lane_core_tensor_to_bool(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_bool) fn = (__typeof__(&simple_torch_tensor_to_bool))f;
  (void)s;
  (void)a;
  LANE_ARRAY_ANSWER(a, bool, lane_i64_word, fn, s[0].core_handle, );
}

static void lane_core_scalar_tensor(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_scalar_tensor) fn = (__typeof__(&simple_torch_scalar_tensor))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].f, (int32_t)s[1].i);
}

static void lane_core_relu(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_relu) fn = (__typeof__(&simple_torch_relu))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_sigmoid(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_sigmoid) fn = (__typeof__(&simple_torch_sigmoid))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tanh(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tanh) fn = (__typeof__(&simple_torch_tanh))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_cuda(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_cuda) fn = (__typeof__(&simple_torch_tensor_cuda))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, (int32_t)s[1].i);
}

static void lane_core_tensor_cpu(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_cpu) fn = (__typeof__(&simple_torch_tensor_cpu))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_is_cuda(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_is_cuda) fn = (__typeof__(&simple_torch_tensor_is_cuda))f;
  (void)s;
  (void)a;
  a->word = (fn(s[0].core_handle)) ? 1 : 0;
}

static void lane_core_tensor_device(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_device) fn = (__typeof__(&simple_torch_tensor_device))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_to_device(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_to_device) fn = (__typeof__(&simple_torch_tensor_to_device))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, (int32_t)s[1].i);
}

static void lane_core_cuda_synchronize(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_cuda_synchronize) fn = (__typeof__(&simple_torch_cuda_synchronize))f;
  (void)s;
  (void)a;
  fn((int32_t)s[0].i);
}

static void lane_core_tensor_sub(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_sub) fn = (__typeof__(&simple_torch_tensor_sub))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_div(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_div) fn = (__typeof__(&simple_torch_tensor_div))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_neg(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_neg) fn = (__typeof__(&simple_torch_tensor_neg))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_exp(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_exp) fn = (__typeof__(&simple_torch_tensor_exp))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_log(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_log) fn = (__typeof__(&simple_torch_tensor_log))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_sum(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_sum) fn = (__typeof__(&simple_torch_tensor_sum))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_mean(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_mean) fn = (__typeof__(&simple_torch_tensor_mean))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_prod(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_prod) fn = (__typeof__(&simple_torch_tensor_prod))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_std(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_std) fn = (__typeof__(&simple_torch_tensor_std))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_var(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_var) fn = (__typeof__(&simple_torch_tensor_var))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_reshape(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_reshape) fn = (__typeof__(&simple_torch_tensor_reshape))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len);
}

static void lane_core_tensor_transpose(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_transpose) fn = (__typeof__(&simple_torch_tensor_transpose))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i);
}

static void lane_core_tensor_view(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_view) fn = (__typeof__(&simple_torch_tensor_view))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len);
}

static void lane_core_tensor_permute(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_permute) fn = (__typeof__(&simple_torch_tensor_permute))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len);
}

static void lane_core_softmax(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_softmax) fn = (__typeof__(&simple_torch_softmax))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i);
}

static void lane_core_tensor_full(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_full) fn = (__typeof__(&simple_torch_tensor_full))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i64s, s[0].len, s[1].f, (int32_t)s[2].i);
}

static void lane_core_tensor_arange(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_arange) fn = (__typeof__(&simple_torch_tensor_arange))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].f, s[1].f, s[2].f, (int32_t)s[3].i);
}

static void lane_core_tensor_eye(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_eye) fn = (__typeof__(&simple_torch_tensor_eye))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i, (int32_t)s[1].i);
}

static void lane_core_tensor_cat(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_cat) fn = (__typeof__(&simple_torch_tensor_cat))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handles, s[0].len, s[1].i);
}

static void lane_core_tensor_clone(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_clone) fn = (__typeof__(&simple_torch_tensor_clone))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_eq(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_eq) fn = (__typeof__(&simple_torch_tensor_eq))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_ne(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_ne) fn = (__typeof__(&simple_torch_tensor_ne))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_lt(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_lt) fn = (__typeof__(&simple_torch_tensor_lt))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_le(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_le) fn = (__typeof__(&simple_torch_tensor_le))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_gt(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_gt) fn = (__typeof__(&simple_torch_tensor_gt))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_ge(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_ge) fn = (__typeof__(&simple_torch_tensor_ge))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_logical_and(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_logical_and) fn = (__typeof__(&simple_torch_tensor_logical_and))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_logical_or(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_logical_or) fn = (__typeof__(&simple_torch_tensor_logical_or))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_logical_not(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_logical_not) fn = (__typeof__(&simple_torch_tensor_logical_not))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_where(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_where) fn = (__typeof__(&simple_torch_tensor_where))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle);
}

static void lane_core_tensor_any(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_any) fn = (__typeof__(&simple_torch_tensor_any))f;
  (void)s;
  (void)a;
  a->word = (fn(s[0].core_handle)) ? 1 : 0;
}

static void lane_core_tensor_all(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_all) fn = (__typeof__(&simple_torch_tensor_all))f;
  (void)s;
  (void)a;
  a->word = (fn(s[0].core_handle)) ? 1 : 0;
}

static void lane_core_tensor_abs(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_abs) fn = (__typeof__(&simple_torch_tensor_abs))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_sqrt(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_sqrt) fn = (__typeof__(&simple_torch_tensor_sqrt))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_floor(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_floor) fn = (__typeof__(&simple_torch_tensor_floor))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_ceil(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_ceil) fn = (__typeof__(&simple_torch_tensor_ceil))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_round(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_round) fn = (__typeof__(&simple_torch_tensor_round))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_clamp(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_clamp) fn = (__typeof__(&simple_torch_tensor_clamp))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].f, s[2].f);
}

static void lane_core_tensor_floor_divide(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_floor_divide) fn = (__typeof__(&simple_torch_tensor_floor_divide))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_remainder(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_remainder) fn = (__typeof__(&simple_torch_tensor_remainder))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_pow(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_pow) fn = (__typeof__(&simple_torch_tensor_pow))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_sum_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_sum_dim) fn = (__typeof__(&simple_torch_tensor_sum_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_mean_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_mean_dim) fn = (__typeof__(&simple_torch_tensor_mean_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_max_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_max_dim) fn = (__typeof__(&simple_torch_tensor_max_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_min_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_min_dim) fn = (__typeof__(&simple_torch_tensor_min_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_argmax(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_argmax) fn = (__typeof__(&simple_torch_tensor_argmax))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_argmin(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_argmin) fn = (__typeof__(&simple_torch_tensor_argmin))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_prod_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_prod_dim) fn = (__typeof__(&simple_torch_tensor_prod_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_std_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_std_dim) fn = (__typeof__(&simple_torch_tensor_std_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_var_dim(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_var_dim) fn = (__typeof__(&simple_torch_tensor_var_dim))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i != 0);
}

static void lane_core_tensor_item_f64(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_item_f64) fn = (__typeof__(&simple_torch_tensor_item_f64))f;
  (void)s;
  (void)a;
  a->word = lane_f64_bits(fn(s[0].core_handle));
}

static void lane_core_tensor_item_i64(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_item_i64) fn = (__typeof__(&simple_torch_tensor_item_i64))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_squeeze(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_squeeze) fn = (__typeof__(&simple_torch_tensor_squeeze))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i);
}

static void lane_core_tensor_unsqueeze(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_unsqueeze) fn = (__typeof__(&simple_torch_tensor_unsqueeze))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i);
}

static void lane_core_tensor_flatten(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_flatten) fn = (__typeof__(&simple_torch_tensor_flatten))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i);
}

static void lane_core_tensor_contiguous(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_contiguous) fn = (__typeof__(&simple_torch_tensor_contiguous))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_expand(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_expand) fn = (__typeof__(&simple_torch_tensor_expand))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len);
}

static void lane_core_tensor_narrow(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_narrow) fn = (__typeof__(&simple_torch_tensor_narrow))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i, s[3].i);
}

static void lane_core_tensor_slice(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_slice) fn = (__typeof__(&simple_torch_tensor_slice))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i, s[3].i, s[4].i);
}

static void lane_core_tensor_select(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_select) fn = (__typeof__(&simple_torch_tensor_select))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].i);
}

static void lane_core_tensor_index_select(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_index_select) fn = (__typeof__(&simple_torch_tensor_index_select))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i, s[2].core_handle);
}

static void lane_core_tensor_masked_select(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_masked_select) fn = (__typeof__(&simple_torch_tensor_masked_select))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_requires_grad(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_requires_grad) fn = (__typeof__(&simple_torch_tensor_requires_grad))f;
  (void)s;
  (void)a;
  a->word = (fn(s[0].core_handle)) ? 1 : 0;
}

static void lane_core_tensor_requires_grad_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_requires_grad_) fn = (__typeof__(&simple_torch_tensor_requires_grad_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].i != 0);
}

static void lane_core_tensor_grad(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_grad) fn = (__typeof__(&simple_torch_tensor_grad))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_tensor_zero_grad(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_zero_grad) fn = (__typeof__(&simple_torch_tensor_zero_grad))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle);
}

static void lane_core_tensor_backward(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_backward) fn = (__typeof__(&simple_torch_tensor_backward))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle, s[2].i != 0);
}

static void lane_core_tensor_detach(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_detach) fn = (__typeof__(&simple_torch_tensor_detach))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle);
}

static void lane_core_is_grad_enabled(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_is_grad_enabled) fn = (__typeof__(&simple_torch_is_grad_enabled))f;
  (void)s;
  (void)a;
  a->word = (fn()) ? 1 : 0;
}

static void lane_core_set_grad_enabled(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_set_grad_enabled) fn = (__typeof__(&simple_torch_set_grad_enabled))f;
  (void)s;
  (void)a;
  a->word = (fn(s[0].i != 0)) ? 1 : 0;
}

static void lane_core_tensor_fill_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_fill_) fn = (__typeof__(&simple_torch_tensor_fill_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].f);
}

static void lane_core_tensor_zero_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_zero_) fn = (__typeof__(&simple_torch_tensor_zero_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle);
}

static void lane_core_tensor_copy_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_copy_) fn = (__typeof__(&simple_torch_tensor_copy_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_index(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_index) fn = (__typeof__(&simple_torch_tensor_index))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len, s[2].core_handles, s[2].len);
}

static void lane_core_tensor_index_put_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_index_put_) fn = (__typeof__(&simple_torch_tensor_index_put_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].i64s, s[1].len, s[2].core_handles, s[2].len, s[3].core_handle);
}

static void lane_core_save(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_save) fn = (__typeof__(&simple_torch_save))f;
  (void)s;
  (void)a;
  fn(s[0].text, s[1].text, s[2].core_handles, s[2].len);
}

static void lane_core_load_names(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_load_names) fn = (__typeof__(&simple_torch_load_names))f;
  (void)s;
  (void)a;
  a->text = fn(s[0].text);
}

static void lane_core_load_tensor(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_load_tensor) fn = (__typeof__(&simple_torch_load_tensor))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].text, s[1].text);
}

static void lane_core_linear(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_linear) fn = (__typeof__(&simple_torch_linear))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle);
}

static void lane_core_conv2d(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_conv2d) fn = (__typeof__(&simple_torch_conv2d))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].i64s, s[3].len, s[4].i64s, s[4].len, s[5].i64s, s[5].len, s[6].i);
}

static void lane_core_max_pool2d(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_max_pool2d) fn = (__typeof__(&simple_torch_max_pool2d))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len, s[2].i64s, s[2].len, s[3].i64s, s[3].len, s[4].i64s, s[4].len, s[5].i != 0);
}

static void lane_core_avg_pool2d(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_avg_pool2d) fn = (__typeof__(&simple_torch_avg_pool2d))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len, s[2].i64s, s[2].len, s[3].i64s, s[3].len, s[4].i != 0, s[5].i != 0);
}

static void lane_core_batch_norm(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_batch_norm) fn = (__typeof__(&simple_torch_batch_norm))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].core_handle, s[4].core_handle, s[5].i != 0, s[6].f, s[7].f);
}

static void lane_core_layer_norm(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_layer_norm) fn = (__typeof__(&simple_torch_layer_norm))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i64s, s[1].len, s[2].core_handle, s[3].core_handle, s[4].f);
}

static void lane_core_dropout(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_dropout) fn = (__typeof__(&simple_torch_dropout))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].f, s[2].i != 0);
}

static void lane_core_embedding(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_embedding) fn = (__typeof__(&simple_torch_embedding))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_gelu(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_gelu) fn = (__typeof__(&simple_torch_gelu))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].text);
}

static void lane_core_leaky_relu(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_leaky_relu) fn = (__typeof__(&simple_torch_leaky_relu))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].f);
}

static void lane_core_log_softmax(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_log_softmax) fn = (__typeof__(&simple_torch_log_softmax))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].i);
}

static void lane_core_mse_loss(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_mse_loss) fn = (__typeof__(&simple_torch_mse_loss))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].text);
}

static void lane_core_cross_entropy(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_cross_entropy) fn = (__typeof__(&simple_torch_cross_entropy))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].i, s[4].text, s[5].f);
}

static void lane_core_nll_loss(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_nll_loss) fn = (__typeof__(&simple_torch_nll_loss))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].i, s[4].text);
}

static void lane_core_binary_cross_entropy_with_logits(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_binary_cross_entropy_with_logits) fn = (__typeof__(&simple_torch_binary_cross_entropy_with_logits))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].text, s[4].core_handle);
}

static void lane_core_manual_seed(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_manual_seed) fn = (__typeof__(&simple_torch_manual_seed))f;
  (void)s;
  (void)a;
  fn(s[0].i);
}

static void lane_core_tensor_maximum(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_maximum) fn = (__typeof__(&simple_torch_tensor_maximum))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_add_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_add_) fn = (__typeof__(&simple_torch_tensor_add_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle, s[2].f);
}

static void lane_core_tensor_mul_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_mul_) fn = (__typeof__(&simple_torch_tensor_mul_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle);
}

static void lane_core_tensor_addcmul_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_addcmul_) fn = (__typeof__(&simple_torch_tensor_addcmul_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].f);
}

static void lane_core_tensor_addcdiv_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_addcdiv_) fn = (__typeof__(&simple_torch_tensor_addcdiv_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle, s[2].core_handle, s[3].f);
}

static void lane_core_tensor_lerp_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_lerp_) fn = (__typeof__(&simple_torch_tensor_lerp_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].core_handle, s[2].f);
}

static void lane_core_tensor_uniform_(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_uniform_) fn = (__typeof__(&simple_torch_tensor_uniform_))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle, s[1].f, s[2].f);
}

static void lane_core_tensor_free(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_tensor_free) fn = (__typeof__(&simple_torch_tensor_free))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle);
}

static void lane_core_scope_begin(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_scope_begin) fn = (__typeof__(&simple_torch_scope_begin))f;
  (void)s;
  (void)a;
  a->word = fn();
}

static void lane_core_scope_end(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_scope_end) fn = (__typeof__(&simple_torch_scope_end))f;
  (void)s;
  (void)a;
  a->word = fn(s[0].i);
}

static void lane_core_scope_keep(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_scope_keep) fn = (__typeof__(&simple_torch_scope_keep))f;
  (void)s;
  (void)a;
  fn(s[0].core_handle);
}

static void lane_core_census(void* f, const struct lane_sample* s, struct lane_answer* a) {
  __typeof__(&simple_torch_census) fn = (__typeof__(&simple_torch_census))f;
  (void)s;
  (void)a;
  a->text = fn();
}

static const struct lane_call LANE_CALLS[] = {
  {"available", "rt_torch_available", "simple_torch_available", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_available},
  {"version", "rt_torch_version", "simple_torch_version", 0, { LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_version},
  {"abi_version", "rt_torch_abi_version", "simple_torch_abi_version", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_abi_version},
  {"spec_hash", "rt_torch_spec_hash", "simple_torch_spec_hash", 0, { LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_spec_hash},
  {"last_error", "rt_torch_last_error", "simple_torch_last_error", 0, { LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_last_error},
  {"last_error_kind", "rt_torch_last_error_kind", "simple_torch_last_error_kind", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_last_error_kind},
  {"last_warning", "rt_torch_last_warning", "simple_torch_last_warning", 0, { LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_last_warning},
  {"live_handles", "rt_torch_live_handles", "simple_torch_live_handles", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_live_handles},
  {"cuda_available", "rt_torch_cuda_available", "simple_torch_cuda_available", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_cuda_available},
  {"cuda_device_count", "rt_torch_cuda_device_count", "simple_torch_cuda_device_count", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_cuda_device_count},
  {"tensor_zeros", "rt_torch_tensor_zeros", "simple_torch_tensor_zeros", 2, { LANE_S_SHAPE, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_zeros},
  {"tensor_ones", "rt_torch_tensor_ones", "simple_torch_tensor_ones", 2, { LANE_S_SHAPE, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_ones},
  {"tensor_randn", "rt_torch_tensor_randn", "simple_torch_tensor_randn", 2, { LANE_S_SHAPE, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 1, lane_core_tensor_randn},
  {"tensor_rand", "rt_torch_tensor_rand", "simple_torch_tensor_rand", 2, { LANE_S_SHAPE, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 1, lane_core_tensor_rand},
  {"tensor_from_data", "rt_torch_tensor_from_data", "simple_torch_tensor_from_data", 2, { LANE_S_F64S, LANE_S_SHAPE, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_from_data},
  {"tensor_from_f32", "rt_torch_tensor_from_f32", "simple_torch_tensor_from_f32", 2, { LANE_S_F32S, LANE_S_SHAPE, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_from_f32},
  {"tensor_add", "rt_torch_tensor_add", "simple_torch_tensor_add", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_add},
  {"tensor_mul", "rt_torch_tensor_mul", "simple_torch_tensor_mul", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_mul},
  {"tensor_matmul", "rt_torch_tensor_matmul", "simple_torch_tensor_matmul", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_matmul},
  {"tensor_mm", "rt_torch_tensor_mm", "simple_torch_tensor_mm", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_mm},
  {"tensor_dot", "rt_torch_tensor_dot", "simple_torch_tensor_dot", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_dot},
  {"tensor_shape", "rt_torch_tensor_shape", "simple_torch_tensor_shape", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_shape},
  {"tensor_ndim", "rt_torch_tensor_ndim", "simple_torch_tensor_ndim", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_ndim},
  {"tensor_numel", "rt_torch_tensor_numel", "simple_torch_tensor_numel", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_numel},
  {"tensor_to_data", "rt_torch_tensor_to_data", "simple_torch_tensor_to_data", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_to_data},
  {"tensor_to_f32", "rt_torch_tensor_to_f32", "simple_torch_tensor_to_f32", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_to_f32},
  {"tensor_dtype", "rt_torch_tensor_dtype", "simple_torch_tensor_dtype", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_dtype},
  {"tensor_to_dtype", "rt_torch_tensor_to_dtype", "simple_torch_tensor_to_dtype", 2, { LANE_S_TENSOR, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_to_dtype},
  {"tensor_from_bytes", "rt_torch_tensor_from_bytes", "simple_torch_tensor_from_bytes", 3, { LANE_S_U8S, LANE_S_SHAPE, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_from_bytes},
  {"tensor_to_bytes", "rt_torch_tensor_to_bytes", "simple_torch_tensor_to_bytes", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_to_bytes},
  {"tensor_from_i64", "rt_torch_tensor_from_i64", "simple_torch_tensor_from_i64", 2, { LANE_S_I64S, LANE_S_SHAPE, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_from_i64},
  {"tensor_to_i64", "rt_torch_tensor_to_i64", "simple_torch_tensor_to_i64", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_to_i64},
  {"tensor_from_bool", "rt_torch_tensor_from_bool", "simple_torch_tensor_from_bool", 2, { LANE_S_BOOLS, LANE_S_SHAPE, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_from_bool},
  {"tensor_to_bool", "rt_torch_tensor_to_bool", "simple_torch_tensor_to_bool", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_ARRAY, 0, 0, lane_core_tensor_to_bool},
  {"scalar_tensor", "rt_torch_scalar_tensor", "simple_torch_scalar_tensor", 2, { LANE_S_F64, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_scalar_tensor},
  {"relu", "rt_torch_relu", "simple_torch_relu", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_relu},
  {"sigmoid", "rt_torch_sigmoid", "simple_torch_sigmoid", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_sigmoid},
  {"tanh", "rt_torch_tanh", "simple_torch_tanh", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tanh},
  {"tensor_cuda", "rt_torch_tensor_cuda", "simple_torch_tensor_cuda", 2, { LANE_S_TENSOR, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_cuda},
  {"tensor_cpu", "rt_torch_tensor_cpu", "simple_torch_tensor_cpu", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_cpu},
  {"tensor_is_cuda", "rt_torch_tensor_is_cuda", "simple_torch_tensor_is_cuda", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_is_cuda},
  {"tensor_device", "rt_torch_tensor_device", "simple_torch_tensor_device", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_device},
  {"tensor_to_device", "rt_torch_tensor_to_device", "simple_torch_tensor_to_device", 2, { LANE_S_TENSOR, LANE_S_DEVICE, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_to_device},
  {"cuda_synchronize", "rt_torch_cuda_synchronize", "simple_torch_cuda_synchronize", 1, { LANE_S_I32, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_cuda_synchronize},
  {"tensor_sub", "rt_torch_tensor_sub", "simple_torch_tensor_sub", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_sub},
  {"tensor_div", "rt_torch_tensor_div", "simple_torch_tensor_div", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_div},
  {"tensor_neg", "rt_torch_tensor_neg", "simple_torch_tensor_neg", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_neg},
  {"tensor_exp", "rt_torch_tensor_exp", "simple_torch_tensor_exp", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_exp},
  {"tensor_log", "rt_torch_tensor_log", "simple_torch_tensor_log", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_log},
  {"tensor_sum", "rt_torch_tensor_sum", "simple_torch_tensor_sum", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_sum},
  {"tensor_mean", "rt_torch_tensor_mean", "simple_torch_tensor_mean", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_mean},
  {"tensor_prod", "rt_torch_tensor_prod", "simple_torch_tensor_prod", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_prod},
  {"tensor_std", "rt_torch_tensor_std", "simple_torch_tensor_std", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_std},
  {"tensor_var", "rt_torch_tensor_var", "simple_torch_tensor_var", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_var},
  {"tensor_reshape", "rt_torch_tensor_reshape", "simple_torch_tensor_reshape", 2, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_reshape},
  {"tensor_transpose", "rt_torch_tensor_transpose", "simple_torch_tensor_transpose", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_transpose},
  {"tensor_view", "rt_torch_tensor_view", "simple_torch_tensor_view", 2, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_view},
  {"tensor_permute", "rt_torch_tensor_permute", "simple_torch_tensor_permute", 2, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_permute},
  {"softmax", "rt_torch_softmax", "simple_torch_softmax", 2, { LANE_S_TENSOR, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_softmax},
  {"tensor_full", "rt_torch_tensor_full", "simple_torch_tensor_full", 3, { LANE_S_SHAPE, LANE_S_F64, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_full},
  {"tensor_arange", "rt_torch_tensor_arange", "simple_torch_tensor_arange", 4, { LANE_S_F64, LANE_S_F64, LANE_S_F64, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_arange},
  {"tensor_eye", "rt_torch_tensor_eye", "simple_torch_tensor_eye", 2, { LANE_S_I64, LANE_S_I32, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_eye},
  {"tensor_cat", "rt_torch_tensor_cat", "simple_torch_tensor_cat", 2, { LANE_S_TENSORS, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_cat},
  {"tensor_clone", "rt_torch_tensor_clone", "simple_torch_tensor_clone", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_clone},
  {"tensor_eq", "rt_torch_tensor_eq", "simple_torch_tensor_eq", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_eq},
  {"tensor_ne", "rt_torch_tensor_ne", "simple_torch_tensor_ne", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_ne},
  {"tensor_lt", "rt_torch_tensor_lt", "simple_torch_tensor_lt", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_lt},
  {"tensor_le", "rt_torch_tensor_le", "simple_torch_tensor_le", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_le},
  {"tensor_gt", "rt_torch_tensor_gt", "simple_torch_tensor_gt", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_gt},
  {"tensor_ge", "rt_torch_tensor_ge", "simple_torch_tensor_ge", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_ge},
  {"tensor_logical_and", "rt_torch_tensor_logical_and", "simple_torch_tensor_logical_and", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_logical_and},
  {"tensor_logical_or", "rt_torch_tensor_logical_or", "simple_torch_tensor_logical_or", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_logical_or},
  {"tensor_logical_not", "rt_torch_tensor_logical_not", "simple_torch_tensor_logical_not", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_logical_not},
  {"tensor_where", "rt_torch_tensor_where", "simple_torch_tensor_where", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_where},
  {"tensor_any", "rt_torch_tensor_any", "simple_torch_tensor_any", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_any},
  {"tensor_all", "rt_torch_tensor_all", "simple_torch_tensor_all", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_all},
  {"tensor_abs", "rt_torch_tensor_abs", "simple_torch_tensor_abs", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_abs},
  {"tensor_sqrt", "rt_torch_tensor_sqrt", "simple_torch_tensor_sqrt", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_sqrt},
  {"tensor_floor", "rt_torch_tensor_floor", "simple_torch_tensor_floor", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_floor},
  {"tensor_ceil", "rt_torch_tensor_ceil", "simple_torch_tensor_ceil", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_ceil},
  {"tensor_round", "rt_torch_tensor_round", "simple_torch_tensor_round", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_round},
  {"tensor_clamp", "rt_torch_tensor_clamp", "simple_torch_tensor_clamp", 3, { LANE_S_TENSOR, LANE_S_F64, LANE_S_F64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_clamp},
  {"tensor_floor_divide", "rt_torch_tensor_floor_divide", "simple_torch_tensor_floor_divide", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_floor_divide},
  {"tensor_remainder", "rt_torch_tensor_remainder", "simple_torch_tensor_remainder", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_remainder},
  {"tensor_pow", "rt_torch_tensor_pow", "simple_torch_tensor_pow", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_pow},
  {"tensor_sum_dim", "rt_torch_tensor_sum_dim", "simple_torch_tensor_sum_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_sum_dim},
  {"tensor_mean_dim", "rt_torch_tensor_mean_dim", "simple_torch_tensor_mean_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_mean_dim},
  {"tensor_max_dim", "rt_torch_tensor_max_dim", "simple_torch_tensor_max_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_max_dim},
  {"tensor_min_dim", "rt_torch_tensor_min_dim", "simple_torch_tensor_min_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_min_dim},
  {"tensor_argmax", "rt_torch_tensor_argmax", "simple_torch_tensor_argmax", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_argmax},
  {"tensor_argmin", "rt_torch_tensor_argmin", "simple_torch_tensor_argmin", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_argmin},
  {"tensor_prod_dim", "rt_torch_tensor_prod_dim", "simple_torch_tensor_prod_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_prod_dim},
  {"tensor_std_dim", "rt_torch_tensor_std_dim", "simple_torch_tensor_std_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_std_dim},
  {"tensor_var_dim", "rt_torch_tensor_var_dim", "simple_torch_tensor_var_dim", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_var_dim},
  {"tensor_item_f64", "rt_torch_tensor_item_f64", "simple_torch_tensor_item_f64", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_item_f64},
  {"tensor_item_i64", "rt_torch_tensor_item_i64", "simple_torch_tensor_item_i64", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_item_i64},
  {"tensor_squeeze", "rt_torch_tensor_squeeze", "simple_torch_tensor_squeeze", 2, { LANE_S_TENSOR, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_squeeze},
  {"tensor_unsqueeze", "rt_torch_tensor_unsqueeze", "simple_torch_tensor_unsqueeze", 2, { LANE_S_TENSOR, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_unsqueeze},
  {"tensor_flatten", "rt_torch_tensor_flatten", "simple_torch_tensor_flatten", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_flatten},
  {"tensor_contiguous", "rt_torch_tensor_contiguous", "simple_torch_tensor_contiguous", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_contiguous},
  {"tensor_expand", "rt_torch_tensor_expand", "simple_torch_tensor_expand", 2, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_expand},
  {"tensor_narrow", "rt_torch_tensor_narrow", "simple_torch_tensor_narrow", 4, { LANE_S_TENSOR, LANE_S_I64, LANE_S_I64, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_narrow},
  {"tensor_slice", "rt_torch_tensor_slice", "simple_torch_tensor_slice", 5, { LANE_S_TENSOR, LANE_S_I64, LANE_S_I64, LANE_S_I64, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_slice},
  {"tensor_select", "rt_torch_tensor_select", "simple_torch_tensor_select", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_select},
  {"tensor_index_select", "rt_torch_tensor_index_select", "simple_torch_tensor_index_select", 3, { LANE_S_TENSOR, LANE_S_I64, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_index_select},
  {"tensor_masked_select", "rt_torch_tensor_masked_select", "simple_torch_tensor_masked_select", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_masked_select},
  {"tensor_requires_grad", "rt_torch_tensor_requires_grad", "simple_torch_tensor_requires_grad", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_tensor_requires_grad},
  {"tensor_requires_grad_", "rt_torch_tensor_requires_grad_", "simple_torch_tensor_requires_grad_", 2, { LANE_S_TENSOR, LANE_S_BOOL, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_requires_grad_},
  {"tensor_grad", "rt_torch_tensor_grad", "simple_torch_tensor_grad", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_grad},
  {"tensor_zero_grad", "rt_torch_tensor_zero_grad", "simple_torch_tensor_zero_grad", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_zero_grad},
  {"tensor_backward", "rt_torch_tensor_backward", "simple_torch_tensor_backward", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_BOOL, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_backward},
  {"tensor_detach", "rt_torch_tensor_detach", "simple_torch_tensor_detach", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_detach},
  {"is_grad_enabled", "rt_torch_is_grad_enabled", "simple_torch_is_grad_enabled", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_is_grad_enabled},
  {"set_grad_enabled", "rt_torch_set_grad_enabled", "simple_torch_set_grad_enabled", 1, { LANE_S_BOOL, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_set_grad_enabled},
  {"tensor_fill_", "rt_torch_tensor_fill_", "simple_torch_tensor_fill_", 2, { LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_fill_},
  {"tensor_zero_", "rt_torch_tensor_zero_", "simple_torch_tensor_zero_", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_zero_},
  {"tensor_copy_", "rt_torch_tensor_copy_", "simple_torch_tensor_copy_", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_copy_},
  {"tensor_index", "rt_torch_tensor_index", "simple_torch_tensor_index", 3, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_TENSORS, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_index},
  {"tensor_index_put_", "rt_torch_tensor_index_put_", "simple_torch_tensor_index_put_", 4, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_TENSORS, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_index_put_},
  {"save", "rt_torch_save", "simple_torch_save", 3, { LANE_S_TEXT, LANE_S_TEXT, LANE_S_TENSORS, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_save},
  {"load_names", "rt_torch_load_names", "simple_torch_load_names", 1, { LANE_S_TEXT, LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_load_names},
  {"load_tensor", "rt_torch_load_tensor", "simple_torch_load_tensor", 2, { LANE_S_TEXT, LANE_S_TEXT, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_load_tensor},
  {"linear", "rt_torch_linear", "simple_torch_linear", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_linear},
  {"conv2d", "rt_torch_conv2d", "simple_torch_conv2d", 7, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_I64S, LANE_S_I64S, LANE_S_I64S, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_conv2d},
  {"max_pool2d", "rt_torch_max_pool2d", "simple_torch_max_pool2d", 6, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_I64S, LANE_S_I64S, LANE_S_I64S, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_max_pool2d},
  {"avg_pool2d", "rt_torch_avg_pool2d", "simple_torch_avg_pool2d", 6, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_I64S, LANE_S_I64S, LANE_S_BOOL, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_avg_pool2d},
  {"batch_norm", "rt_torch_batch_norm", "simple_torch_batch_norm", 8, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_BOOL, LANE_S_F64, LANE_S_F64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_batch_norm},
  {"layer_norm", "rt_torch_layer_norm", "simple_torch_layer_norm", 5, { LANE_S_TENSOR, LANE_S_I64S, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_layer_norm},
  {"dropout", "rt_torch_dropout", "simple_torch_dropout", 3, { LANE_S_TENSOR, LANE_S_F64, LANE_S_BOOL, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_dropout},
  {"embedding", "rt_torch_embedding", "simple_torch_embedding", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_embedding},
  {"gelu", "rt_torch_gelu", "simple_torch_gelu", 2, { LANE_S_TENSOR, LANE_S_TEXT, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_gelu},
  {"leaky_relu", "rt_torch_leaky_relu", "simple_torch_leaky_relu", 2, { LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_leaky_relu},
  {"log_softmax", "rt_torch_log_softmax", "simple_torch_log_softmax", 2, { LANE_S_TENSOR, LANE_S_I64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_log_softmax},
  {"mse_loss", "rt_torch_mse_loss", "simple_torch_mse_loss", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TEXT, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_mse_loss},
  {"cross_entropy", "rt_torch_cross_entropy", "simple_torch_cross_entropy", 6, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_I64, LANE_S_TEXT, LANE_S_F64, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_cross_entropy},
  {"nll_loss", "rt_torch_nll_loss", "simple_torch_nll_loss", 5, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_I64, LANE_S_TEXT, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_nll_loss},
  {"binary_cross_entropy_with_logits", "rt_torch_binary_cross_entropy_with_logits", "simple_torch_binary_cross_entropy_with_logits", 5, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TEXT, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_binary_cross_entropy_with_logits},
  {"manual_seed", "rt_torch_manual_seed", "simple_torch_manual_seed", 1, { LANE_S_I64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_manual_seed},
  {"tensor_maximum", "rt_torch_tensor_maximum", "simple_torch_tensor_maximum", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_TENSOR, 0, 0, lane_core_tensor_maximum},
  {"tensor_add_", "rt_torch_tensor_add_", "simple_torch_tensor_add_", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_add_},
  {"tensor_mul_", "rt_torch_tensor_mul_", "simple_torch_tensor_mul_", 2, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_mul_},
  {"tensor_addcmul_", "rt_torch_tensor_addcmul_", "simple_torch_tensor_addcmul_", 4, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_addcmul_},
  {"tensor_addcdiv_", "rt_torch_tensor_addcdiv_", "simple_torch_tensor_addcdiv_", 4, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_addcdiv_},
  {"tensor_lerp_", "rt_torch_tensor_lerp_", "simple_torch_tensor_lerp_", 3, { LANE_S_TENSOR, LANE_S_TENSOR, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_lerp_},
  {"tensor_uniform_", "rt_torch_tensor_uniform_", "simple_torch_tensor_uniform_", 3, { LANE_S_TENSOR, LANE_S_F64, LANE_S_F64, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_tensor_uniform_},
  {"tensor_free", "rt_torch_tensor_free", "simple_torch_tensor_free", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 1, 0, lane_core_tensor_free},
  {"scope_begin", "rt_torch_scope_begin", "simple_torch_scope_begin", 0, { LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_scope_begin},
  {"scope_end", "rt_torch_scope_end", "simple_torch_scope_end", 1, { LANE_S_I64, LANE_S_NONE}, LANE_A_WORD, 0, 0, lane_core_scope_end},
  {"scope_keep", "rt_torch_scope_keep", "simple_torch_scope_keep", 1, { LANE_S_TENSOR, LANE_S_NONE}, LANE_A_VOID, 0, 0, lane_core_scope_keep},
  {"census", "rt_torch_census", "simple_torch_census", 0, { LANE_S_NONE}, LANE_A_TEXT, 0, 0, lane_core_census},
};
#define LANE_NCALLS ((int)(sizeof LANE_CALLS / sizeof LANE_CALLS[0]))

#endif
