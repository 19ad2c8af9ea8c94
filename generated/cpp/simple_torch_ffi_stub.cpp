// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
// The stub variant of the simple_torch_ffi C ABI: the same symbols, built without libtorch.
// Functions without a `stub` expression in the spec report "libtorch is not available".
#include "simple_torch_ffi_decls.h"

#include <cmath>

#include "stf/stub_support.h"

#define STF_ABI_VERSION SIMPLE_TORCH_ABI_VERSION
#define STF_VERSION SIMPLE_TORCH_VERSION
#define STF_SPEC_HASH SIMPLE_TORCH_SPEC_HASH

static_assert(SIMPLE_TORCH_ERR_OK == static_cast<int>(stf::ErrorKind::Ok), "spec error kind SIMPLE_TORCH_ERR_OK differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_INVALID_HANDLE == static_cast<int>(stf::ErrorKind::InvalidHandle), "spec error kind SIMPLE_TORCH_ERR_INVALID_HANDLE differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_INVALID_ARGUMENT == static_cast<int>(stf::ErrorKind::InvalidArgument), "spec error kind SIMPLE_TORCH_ERR_INVALID_ARGUMENT differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_TORCH_ERROR == static_cast<int>(stf::ErrorKind::TorchError), "spec error kind SIMPLE_TORCH_ERR_TORCH_ERROR differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_NOT_AVAILABLE == static_cast<int>(stf::ErrorKind::NotAvailable), "spec error kind SIMPLE_TORCH_ERR_NOT_AVAILABLE differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_OUT_OF_MEMORY == static_cast<int>(stf::ErrorKind::OutOfMemory), "spec error kind SIMPLE_TORCH_ERR_OUT_OF_MEMORY differs from the runtime");
static_assert(SIMPLE_TORCH_ERR_INTERNAL == static_cast<int>(stf::ErrorKind::Internal), "spec error kind SIMPLE_TORCH_ERR_INTERNAL differs from the runtime");
static_assert(SIMPLE_TORCH_MAX_DIMS == stf::kMaxDims, "spec limits.max_dims differs from the runtime");
static_assert(SIMPLE_TORCH_MAX_TENSOR_LIST == stf::kMaxTensorList, "spec limits.max_tensor_list differs from the runtime");

extern "C" {

bool simple_torch_available(void) {
  static constexpr const char* kFn = "simple_torch_available";
  return stf::guard<bool>(kFn, false, [&]() -> bool { return static_cast<bool>(false); });
}

const char* simple_torch_version(void) {
  static constexpr const char* kFn = "simple_torch_version";
  return stf::guard<const char*>(kFn, NULL, [&]() -> const char* { return STF_VERSION "+stub"; });
}

int32_t simple_torch_abi_version(void) {
  static constexpr const char* kFn = "simple_torch_abi_version";
  return stf::guard<int32_t>(kFn, -1, [&]() -> int32_t { return static_cast<int32_t>(STF_ABI_VERSION); });
}

const char* simple_torch_spec_hash(void) {
  static constexpr const char* kFn = "simple_torch_spec_hash";
  return stf::guard<const char*>(kFn, NULL, [&]() -> const char* { return STF_SPEC_HASH; });
}

const char* simple_torch_last_error(void) {
  return stf::last_error_message();
}

int32_t simple_torch_last_error_kind(void) {
  return static_cast<int32_t>(stf::last_error_kind());
}

const char* simple_torch_last_warning(void) {
  return "";
}

int64_t simple_torch_live_handles(void) {
  static constexpr const char* kFn = "simple_torch_live_handles";
  return stf::guard<int64_t>(kFn, -1, [&]() -> int64_t { return static_cast<int64_t>(0); });
}

bool simple_torch_cuda_available(void) {
  static constexpr const char* kFn = "simple_torch_cuda_available";
  return stf::guard<bool>(kFn, false, [&]() -> bool { return static_cast<bool>(false); });
}

int32_t simple_torch_cuda_device_count(void) {
  static constexpr const char* kFn = "simple_torch_cuda_device_count";
  return stf::guard<int32_t>(kFn, -1, [&]() -> int32_t { return static_cast<int32_t>(0); });
}

int64_t simple_torch_tensor_zeros(const int64_t*, int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_zeros";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_ones(const int64_t*, int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_ones";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_randn(const int64_t*, int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_randn";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_rand(const int64_t*, int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_rand";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_from_data(const double*, int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_from_data";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_from_f32(const float*, int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_from_f32";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_add(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_add";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_mul(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_mul";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_matmul(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_matmul";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_mm(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_mm";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_dot(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_dot";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_shape(int64_t, int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_shape";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_ndim(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_ndim";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_numel(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_numel";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_to_data(int64_t, double*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_data";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_to_f32(int64_t, float*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_f32";
  return stf::unavailable<int64_t>(kFn, -1);
}

int32_t simple_torch_tensor_dtype(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_dtype";
  return stf::unavailable<int32_t>(kFn, -1);
}

int64_t simple_torch_tensor_to_dtype(int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_dtype";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_from_bytes(const uint8_t*, int64_t, const int64_t*, int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_from_bytes";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_to_bytes(int64_t, uint8_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_bytes";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_to_dlpack(int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_to_dlpack";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_from_dlpack(int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_from_dlpack";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_from_i64(const int64_t*, int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_from_i64";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_to_i64(int64_t, int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_i64";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_from_bool(const bool*, int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_from_bool";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_to_bool(int64_t, bool*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_bool";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_scalar_tensor(double, int32_t) {
  static constexpr const char* kFn = "simple_torch_scalar_tensor";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_relu(int64_t) {
  static constexpr const char* kFn = "simple_torch_relu";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_sigmoid(int64_t) {
  static constexpr const char* kFn = "simple_torch_sigmoid";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tanh(int64_t) {
  static constexpr const char* kFn = "simple_torch_tanh";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_cuda(int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_cuda";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_cpu(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_cpu";
  return stf::unavailable<int64_t>(kFn, 0);
}

bool simple_torch_tensor_is_cuda(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_is_cuda";
  return stf::unavailable<bool>(kFn, false);
}

int32_t simple_torch_tensor_device(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_device";
  return stf::unavailable<int32_t>(kFn, -2147483648);
}

int64_t simple_torch_tensor_to_device(int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_to_device";
  return stf::unavailable<int64_t>(kFn, 0);
}

void simple_torch_cuda_synchronize(int32_t) {
  static constexpr const char* kFn = "simple_torch_cuda_synchronize";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_tensor_sub(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_sub";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_div(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_div";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_neg(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_neg";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_exp(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_exp";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_log(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_log";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_sum(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_sum";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_mean(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_mean";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_prod(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_prod";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_std(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_std";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_var(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_var";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_reshape(int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_reshape";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_transpose(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_transpose";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_view(int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_view";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_permute(int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_permute";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_softmax(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_softmax";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_full(const int64_t*, int64_t, double, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_full";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_arange(double, double, double, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_arange";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_eye(int64_t, int32_t) {
  static constexpr const char* kFn = "simple_torch_tensor_eye";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_cat(const int64_t*, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_cat";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_clone(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_clone";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_eq(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_eq";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_ne(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_ne";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_lt(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_lt";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_le(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_le";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_gt(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_gt";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_ge(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_ge";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_logical_and(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_and";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_logical_or(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_or";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_logical_not(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_not";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_where(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_where";
  return stf::unavailable<int64_t>(kFn, 0);
}

bool simple_torch_tensor_any(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_any";
  return stf::unavailable<bool>(kFn, false);
}

bool simple_torch_tensor_all(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_all";
  return stf::unavailable<bool>(kFn, false);
}

int64_t simple_torch_tensor_abs(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_abs";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_sqrt(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_sqrt";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_floor(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_floor";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_ceil(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_ceil";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_round(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_round";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_clamp(int64_t, double, double) {
  static constexpr const char* kFn = "simple_torch_tensor_clamp";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_floor_divide(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_floor_divide";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_remainder(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_remainder";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_pow(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_pow";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_sum_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_sum_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_mean_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_mean_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_max_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_max_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_min_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_min_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_argmax(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_argmax";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_argmin(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_argmin";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_prod_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_prod_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_std_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_std_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_var_dim(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_var_dim";
  return stf::unavailable<int64_t>(kFn, 0);
}

double simple_torch_tensor_item_f64(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_item_f64";
  return stf::unavailable<double>(kFn, NAN);
}

int64_t simple_torch_tensor_item_i64(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_item_i64";
  return stf::unavailable<int64_t>(kFn, -1);
}

int64_t simple_torch_tensor_squeeze(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_squeeze";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_unsqueeze(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_unsqueeze";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_flatten(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_flatten";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_contiguous(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_contiguous";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_expand(int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_expand";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_narrow(int64_t, int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_narrow";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_slice(int64_t, int64_t, int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_slice";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_select(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_select";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_index_select(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_index_select";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_tensor_masked_select(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_masked_select";
  return stf::unavailable<int64_t>(kFn, 0);
}

bool simple_torch_tensor_requires_grad(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_requires_grad";
  return stf::unavailable<bool>(kFn, false);
}

void simple_torch_tensor_requires_grad_(int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_requires_grad_";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_tensor_grad(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_grad";
  return stf::unavailable<int64_t>(kFn, 0);
}

void simple_torch_tensor_zero_grad(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_zero_grad";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_backward(int64_t, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_tensor_backward";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_tensor_detach(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_detach";
  return stf::unavailable<int64_t>(kFn, 0);
}

bool simple_torch_is_grad_enabled(void) {
  static constexpr const char* kFn = "simple_torch_is_grad_enabled";
  return stf::guard<bool>(kFn, false, [&]() -> bool { return static_cast<bool>(false); });
}

bool simple_torch_set_grad_enabled(bool) {
  static constexpr const char* kFn = "simple_torch_set_grad_enabled";
  return stf::unavailable<bool>(kFn, false);
}

void simple_torch_tensor_fill_(int64_t, double) {
  static constexpr const char* kFn = "simple_torch_tensor_fill_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_zero_(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_zero_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_copy_(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_copy_";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_tensor_index(int64_t, const int64_t*, int64_t, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_index";
  return stf::unavailable<int64_t>(kFn, 0);
}

void simple_torch_tensor_index_put_(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_index_put_";
  stf::unavailable_void(kFn);
}

void simple_torch_save(const char*, const char*, const int64_t*, int64_t) {
  static constexpr const char* kFn = "simple_torch_save";
  stf::unavailable_void(kFn);
}

const char* simple_torch_load_names(const char*) {
  static constexpr const char* kFn = "simple_torch_load_names";
  return stf::unavailable<const char*>(kFn, NULL);
}

int64_t simple_torch_load_tensor(const char*, const char*) {
  static constexpr const char* kFn = "simple_torch_load_tensor";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_linear(int64_t, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_linear";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_conv2d(int64_t, int64_t, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_conv2d";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_max_pool2d(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, bool) {
  static constexpr const char* kFn = "simple_torch_max_pool2d";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_avg_pool2d(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, bool, bool) {
  static constexpr const char* kFn = "simple_torch_avg_pool2d";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_batch_norm(int64_t, int64_t, int64_t, int64_t, int64_t, bool, double, double) {
  static constexpr const char* kFn = "simple_torch_batch_norm";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_layer_norm(int64_t, const int64_t*, int64_t, int64_t, int64_t, double) {
  static constexpr const char* kFn = "simple_torch_layer_norm";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_dropout(int64_t, double, bool) {
  static constexpr const char* kFn = "simple_torch_dropout";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_embedding(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_embedding";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_gelu(int64_t, const char*) {
  static constexpr const char* kFn = "simple_torch_gelu";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_leaky_relu(int64_t, double) {
  static constexpr const char* kFn = "simple_torch_leaky_relu";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_log_softmax(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_log_softmax";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_mse_loss(int64_t, int64_t, const char*) {
  static constexpr const char* kFn = "simple_torch_mse_loss";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_cross_entropy(int64_t, int64_t, int64_t, int64_t, const char*, double) {
  static constexpr const char* kFn = "simple_torch_cross_entropy";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_nll_loss(int64_t, int64_t, int64_t, int64_t, const char*) {
  static constexpr const char* kFn = "simple_torch_nll_loss";
  return stf::unavailable<int64_t>(kFn, 0);
}

int64_t simple_torch_binary_cross_entropy_with_logits(int64_t, int64_t, int64_t, const char*, int64_t) {
  static constexpr const char* kFn = "simple_torch_binary_cross_entropy_with_logits";
  return stf::unavailable<int64_t>(kFn, 0);
}

void simple_torch_manual_seed(int64_t) {
  static constexpr const char* kFn = "simple_torch_manual_seed";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_tensor_maximum(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_maximum";
  return stf::unavailable<int64_t>(kFn, 0);
}

void simple_torch_tensor_add_(int64_t, int64_t, double) {
  static constexpr const char* kFn = "simple_torch_tensor_add_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_mul_(int64_t, int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_mul_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_addcmul_(int64_t, int64_t, int64_t, double) {
  static constexpr const char* kFn = "simple_torch_tensor_addcmul_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_addcdiv_(int64_t, int64_t, int64_t, double) {
  static constexpr const char* kFn = "simple_torch_tensor_addcdiv_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_lerp_(int64_t, int64_t, double) {
  static constexpr const char* kFn = "simple_torch_tensor_lerp_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_uniform_(int64_t, double, double) {
  static constexpr const char* kFn = "simple_torch_tensor_uniform_";
  stf::unavailable_void(kFn);
}

void simple_torch_tensor_free(int64_t) {
  static constexpr const char* kFn = "simple_torch_tensor_free";
  stf::unavailable_void(kFn);
}

int64_t simple_torch_scope_begin(void) {
  static constexpr const char* kFn = "simple_torch_scope_begin";
  return stf::guard<int64_t>(kFn, 0, [&]() -> int64_t { return static_cast<int64_t>(stf::stub_handles().scope_begin()); });
}

int64_t simple_torch_scope_end(int64_t scope) {
  static constexpr const char* kFn = "simple_torch_scope_end";
  return stf::guard<int64_t>(kFn, -1, [&]() -> int64_t { return static_cast<int64_t>(stf::stub_handles().scope_end("scope", scope)); });
}

void simple_torch_scope_keep(int64_t) {
  static constexpr const char* kFn = "simple_torch_scope_keep";
  stf::unavailable_void(kFn);
}

const char* simple_torch_census(void) {
  static constexpr const char* kFn = "simple_torch_census";
  return stf::guard<const char*>(kFn, NULL, [&]() -> const char* { return stf::census_text(stf::stub_handles()); });
}

}  // extern "C"
