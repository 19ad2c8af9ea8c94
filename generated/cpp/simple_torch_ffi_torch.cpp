// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
// The libtorch variant of the simple_torch_ffi C ABI.
#include "simple_torch_ffi_decls.h"

#include <cmath>

#include <ATen/core/Tensor.h>
#include <ATen/ops/abs.h>
#include <ATen/ops/add.h>
#include <ATen/ops/arange.h>
#include <ATen/ops/argmax.h>
#include <ATen/ops/argmin.h>
#include <ATen/ops/avg_pool2d.h>
#include <ATen/ops/batch_norm.h>
#include <ATen/ops/binary_cross_entropy_with_logits.h>
#include <ATen/ops/cat.h>
#include <ATen/ops/ceil.h>
#include <ATen/ops/clamp.h>
#include <ATen/ops/clone.h>
#include <ATen/ops/conv2d.h>
#include <ATen/ops/cross_entropy_loss.h>
#include <ATen/ops/div.h>
#include <ATen/ops/dot.h>
#include <ATen/ops/dropout.h>
#include <ATen/ops/embedding.h>
#include <ATen/ops/eq.h>
#include <ATen/ops/exp.h>
#include <ATen/ops/eye.h>
#include <ATen/ops/flatten.h>
#include <ATen/ops/floor.h>
#include <ATen/ops/floor_divide.h>
#include <ATen/ops/full.h>
#include <ATen/ops/ge.h>
#include <ATen/ops/gelu.h>
#include <ATen/ops/gt.h>
#include <ATen/ops/index_select.h>
#include <ATen/ops/layer_norm.h>
#include <ATen/ops/le.h>
#include <ATen/ops/leaky_relu.h>
#include <ATen/ops/linear.h>
#include <ATen/ops/log.h>
#include <ATen/ops/log_softmax.h>
#include <ATen/ops/logical_and.h>
#include <ATen/ops/logical_not.h>
#include <ATen/ops/logical_or.h>
#include <ATen/ops/lt.h>
#include <ATen/ops/masked_select.h>
#include <ATen/ops/matmul.h>
#include <ATen/ops/max.h>
#include <ATen/ops/max_pool2d.h>
#include <ATen/ops/maximum.h>
#include <ATen/ops/mean.h>
#include <ATen/ops/min.h>
#include <ATen/ops/mm.h>
#include <ATen/ops/mse_loss.h>
#include <ATen/ops/mul.h>
#include <ATen/ops/narrow.h>
#include <ATen/ops/ne.h>
#include <ATen/ops/neg.h>
#include <ATen/ops/nll_loss_nd.h>
#include <ATen/ops/ones.h>
#include <ATen/ops/pow.h>
#include <ATen/ops/prod.h>
#include <ATen/ops/rand.h>
#include <ATen/ops/randn.h>
#include <ATen/ops/relu.h>
#include <ATen/ops/remainder.h>
#include <ATen/ops/reshape.h>
#include <ATen/ops/round.h>
#include <ATen/ops/scalar_tensor.h>
#include <ATen/ops/select.h>
#include <ATen/ops/sigmoid.h>
#include <ATen/ops/slice.h>
#include <ATen/ops/softmax.h>
#include <ATen/ops/sqrt.h>
#include <ATen/ops/squeeze.h>
#include <ATen/ops/std.h>
#include <ATen/ops/sub.h>
#include <ATen/ops/sum.h>
#include <ATen/ops/tanh.h>
#include <ATen/ops/transpose.h>
#include <ATen/ops/unsqueeze.h>
#include <ATen/ops/var.h>
#include <ATen/ops/where.h>
#include <ATen/ops/zeros.h>
#include <torch/headeronly/version.h>

#include "stf/checkpoint.h"
#include "stf/dlpack_support.h"
#include "stf/torch_indexing.h"
#include "stf/torch_conversions.h"
#include "stf/torch_nn_support.h"
#include "stf/torch_support.h"

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

// The spec's dtype table: ABI codes <-> at::ScalarType.
namespace stf::gen {

inline at::ScalarType dtype_arg(const char* name, int32_t code) {
  switch (code) {
    case SIMPLE_TORCH_DTYPE_FLOAT32: return at::kFloat;
    case SIMPLE_TORCH_DTYPE_FLOAT64: return at::kDouble;
    case SIMPLE_TORCH_DTYPE_FLOAT16: return at::kHalf;
    case SIMPLE_TORCH_DTYPE_BFLOAT16: return at::kBFloat16;
    case SIMPLE_TORCH_DTYPE_INT64: return at::kLong;
    case SIMPLE_TORCH_DTYPE_INT32: return at::kInt;
    case SIMPLE_TORCH_DTYPE_INT16: return at::kShort;
    case SIMPLE_TORCH_DTYPE_INT8: return at::kChar;
    case SIMPLE_TORCH_DTYPE_UINT8: return at::kByte;
    case SIMPLE_TORCH_DTYPE_BOOL: return at::kBool;
    default: break;
  }
  stf::raise(stf::ErrorKind::InvalidArgument,
             std::string("argument '") + name + "': unknown dtype code " + std::to_string(code));
}

inline const char* dtype_name(at::ScalarType type) noexcept {
  switch (type) {
    case at::kFloat: return "float32";
    case at::kDouble: return "float64";
    case at::kHalf: return "float16";
    case at::kBFloat16: return "bfloat16";
    case at::kLong: return "int64";
    case at::kInt: return "int32";
    case at::kShort: return "int16";
    case at::kChar: return "int8";
    case at::kByte: return "uint8";
    case at::kBool: return "bool";
    default: return "(a dtype without a code)";
  }
}

inline bool has_code(at::ScalarType type) noexcept {
  switch (type) {
    case at::kFloat:
    case at::kDouble:
    case at::kHalf:
    case at::kBFloat16:
    case at::kLong:
    case at::kInt:
    case at::kShort:
    case at::kChar:
    case at::kByte:
    case at::kBool:
      return true;
    default:
      return false;
  }
}

inline int32_t dtype_code(at::ScalarType type) {
  switch (type) {
    case at::kFloat: return SIMPLE_TORCH_DTYPE_FLOAT32;
    case at::kDouble: return SIMPLE_TORCH_DTYPE_FLOAT64;
    case at::kHalf: return SIMPLE_TORCH_DTYPE_FLOAT16;
    case at::kBFloat16: return SIMPLE_TORCH_DTYPE_BFLOAT16;
    case at::kLong: return SIMPLE_TORCH_DTYPE_INT64;
    case at::kInt: return SIMPLE_TORCH_DTYPE_INT32;
    case at::kShort: return SIMPLE_TORCH_DTYPE_INT16;
    case at::kChar: return SIMPLE_TORCH_DTYPE_INT8;
    case at::kByte: return SIMPLE_TORCH_DTYPE_UINT8;
    case at::kBool: return SIMPLE_TORCH_DTYPE_BOOL;
    default: break;
  }
  stf::raise(stf::ErrorKind::NotAvailable,
             std::string("dtype ") + c10::toString(type) + " has no code in this ABI");
}

}  // namespace stf::gen

extern "C" {

bool simple_torch_available(void) {
  static constexpr const char* kFn = "simple_torch_available";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    return static_cast<bool>(true);
  });
}

const char* simple_torch_version(void) {
  static constexpr const char* kFn = "simple_torch_version";
  return stf::torch_guard<const char*>(kFn, NULL, [&]() -> const char* {
    return STF_VERSION "+torch" TORCH_VERSION;
  });
}

int32_t simple_torch_abi_version(void) {
  static constexpr const char* kFn = "simple_torch_abi_version";
  return stf::torch_guard<int32_t>(kFn, -1, [&]() -> int32_t {
    return static_cast<int32_t>(STF_ABI_VERSION);
  });
}

const char* simple_torch_spec_hash(void) {
  static constexpr const char* kFn = "simple_torch_spec_hash";
  return stf::torch_guard<const char*>(kFn, NULL, [&]() -> const char* {
    return STF_SPEC_HASH;
  });
}

const char* simple_torch_last_error(void) {
  return stf::last_error_message();
}

int32_t simple_torch_last_error_kind(void) {
  return static_cast<int32_t>(stf::last_error_kind());
}

const char* simple_torch_last_warning(void) {
  return stf::last_warning();
}

int64_t simple_torch_live_handles(void) {
  static constexpr const char* kFn = "simple_torch_live_handles";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    return static_cast<int64_t>(stf::tensors().live());
  });
}

bool simple_torch_cuda_available(void) {
  static constexpr const char* kFn = "simple_torch_cuda_available";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    return static_cast<bool>(stf::cuda_available());
  });
}

int32_t simple_torch_cuda_device_count(void) {
  static constexpr const char* kFn = "simple_torch_cuda_device_count";
  return stf::torch_guard<int32_t>(kFn, -1, [&]() -> int32_t {
    return static_cast<int32_t>(stf::cuda_device_count());
  });
}

int64_t simple_torch_tensor_zeros(const int64_t* dims_raw, int64_t dims_len, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_zeros";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::zeros(dims, stf::options(dtype)), "tensor_zeros");
  });
}

int64_t simple_torch_tensor_ones(const int64_t* dims_raw, int64_t dims_len, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_ones";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::ones(dims, stf::options(dtype)), "tensor_ones");
  });
}

int64_t simple_torch_tensor_randn(const int64_t* dims_raw, int64_t dims_len, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_randn";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::randn(dims, stf::options(dtype)), "tensor_randn");
  });
}

int64_t simple_torch_tensor_rand(const int64_t* dims_raw, int64_t dims_len, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_rand";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::rand(dims, stf::options(dtype)), "tensor_rand");
  });
}

int64_t simple_torch_tensor_from_data(const double* data_raw, int64_t data_len, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_from_data";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const std::span<const double> data = stf::array_arg("data", data_raw, data_len);
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    return stf::new_handle(stf::from_data(data, dims), "tensor_from_data");
  });
}

int64_t simple_torch_tensor_from_f32(const float* data_raw, int64_t data_len, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_from_f32";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const std::span<const float> data = stf::array_arg("data", data_raw, data_len);
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    return stf::new_handle(stf::from_f32(data, dims), "tensor_from_f32");
  });
}

int64_t simple_torch_tensor_add(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_add";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::add(a, b), "tensor_add");
  });
}

int64_t simple_torch_tensor_mul(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_mul";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::mul(a, b), "tensor_mul");
  });
}

int64_t simple_torch_tensor_matmul(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_matmul";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::matmul(a, b), "tensor_matmul");
  });
}

int64_t simple_torch_tensor_mm(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_mm";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::mm(a, b), "tensor_mm");
  });
}

int64_t simple_torch_tensor_dot(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_dot";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::dot(a, b), "tensor_dot");
  });
}

int64_t simple_torch_tensor_shape(int64_t handle_raw, int64_t* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_shape";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle.sizes());
  });
}

int64_t simple_torch_tensor_ndim(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_ndim";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<int64_t>(handle.dim());
  });
}

int64_t simple_torch_tensor_numel(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_numel";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<int64_t>(handle.numel());
  });
}

int64_t simple_torch_tensor_to_data(int64_t handle_raw, double* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_to_data";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle);
  });
}

int64_t simple_torch_tensor_to_f32(int64_t handle_raw, float* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_to_f32";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle);
  });
}

int32_t simple_torch_tensor_dtype(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_dtype";
  return stf::torch_guard<int32_t>(kFn, -1, [&]() -> int32_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::gen::dtype_code(handle.scalar_type());
  });
}

int64_t simple_torch_tensor_to_dtype(int64_t handle_raw, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_to_dtype";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(handle.to(dtype), "tensor_to_dtype");
  });
}

int64_t simple_torch_tensor_from_bytes(const uint8_t* data_raw, int64_t data_len, const int64_t* dims_raw, int64_t dims_len, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_from_bytes";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const std::span<const uint8_t> data = stf::array_arg("data", data_raw, data_len);
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(stf::from_bytes(data, dims, dtype, stf::gen::dtype_name(dtype)), "tensor_from_bytes");
  });
}

int64_t simple_torch_tensor_to_bytes(int64_t handle_raw, uint8_t* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_to_bytes";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle);
  });
}

int64_t simple_torch_tensor_to_dlpack(int64_t handle_raw, bool versioned) {
  static constexpr const char* kFn = "simple_torch_tensor_to_dlpack";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<int64_t>(stf::to_dlpack(handle, versioned));
  });
}

int64_t simple_torch_tensor_from_dlpack(int64_t managed, bool versioned) {
  static constexpr const char* kFn = "simple_torch_tensor_from_dlpack";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    return stf::new_handle(stf::from_dlpack("managed", managed, versioned, stf::gen::has_code), "tensor_from_dlpack");
  });
}

int64_t simple_torch_tensor_from_i64(const int64_t* data_raw, int64_t data_len, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_from_i64";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef data = stf::int_array_ref(stf::array_arg("data", data_raw, data_len));
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    return stf::new_handle(stf::from_values<int64_t>(data, dims, at::kLong), "tensor_from_i64");
  });
}

int64_t simple_torch_tensor_to_i64(int64_t handle_raw, int64_t* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_to_i64";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle);
  });
}

int64_t simple_torch_tensor_from_bool(const bool* data_raw, int64_t data_len, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_from_bool";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const std::span<const bool> data = stf::bool_array_arg("data", data_raw, data_len);
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    return stf::new_handle(stf::from_values<bool>(data, dims, at::kBool), "tensor_from_bool");
  });
}

int64_t simple_torch_tensor_to_bool(int64_t handle_raw, bool* out, int64_t out_len) {
  static constexpr const char* kFn = "simple_torch_tensor_to_bool";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::write_out("out", out, out_len, handle);
  });
}

int64_t simple_torch_scalar_tensor(double value, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_scalar_tensor";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::scalar_tensor(value, stf::options(dtype)), "scalar_tensor");
  });
}

int64_t simple_torch_relu(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_relu";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::relu(handle), "relu");
  });
}

int64_t simple_torch_sigmoid(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_sigmoid";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::sigmoid(handle), "sigmoid");
  });
}

int64_t simple_torch_tanh(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tanh";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::tanh(handle), "tanh");
  });
}

int64_t simple_torch_tensor_cuda(int64_t handle_raw, int32_t device_id) {
  static constexpr const char* kFn = "simple_torch_tensor_cuda";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(handle.to(stf::cuda_device("device_id", device_id)), "tensor_cuda");
  });
}

int64_t simple_torch_tensor_cpu(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_cpu";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(handle.cpu(), "tensor_cpu");
  });
}

bool simple_torch_tensor_is_cuda(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_is_cuda";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<bool>(handle.is_cuda());
  });
}

int32_t simple_torch_tensor_device(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_device";
  return stf::torch_guard<int32_t>(kFn, -2147483648, [&]() -> int32_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<int32_t>(handle.is_cuda() ? handle.get_device() : -1);
  });
}

int64_t simple_torch_tensor_to_device(int64_t handle_raw, int32_t device_code_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_to_device";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Device device_code = stf::device_from_code("device_code", device_code_raw);
    return stf::new_handle(handle.to(device_code), "tensor_to_device");
  });
}

void simple_torch_cuda_synchronize(int32_t device_id) {
  static constexpr const char* kFn = "simple_torch_cuda_synchronize";
  stf::torch_guard_void(kFn, [&] {
    at::detail::getCUDAHooks().deviceSynchronize(stf::cuda_device("device_id", device_id).index());
  });
}

int64_t simple_torch_tensor_sub(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_sub";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::sub(a, b), "tensor_sub");
  });
}

int64_t simple_torch_tensor_div(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_div";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::div(a, b), "tensor_div");
  });
}

int64_t simple_torch_tensor_neg(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_neg";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::neg(handle), "tensor_neg");
  });
}

int64_t simple_torch_tensor_exp(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_exp";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::exp(handle), "tensor_exp");
  });
}

int64_t simple_torch_tensor_log(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_log";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::log(handle), "tensor_log");
  });
}

int64_t simple_torch_tensor_sum(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_sum";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::sum(handle), "tensor_sum");
  });
}

int64_t simple_torch_tensor_mean(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_mean";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::mean(handle), "tensor_mean");
  });
}

int64_t simple_torch_tensor_prod(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_prod";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::prod(handle), "tensor_prod");
  });
}

int64_t simple_torch_tensor_std(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_std";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::std(handle), "tensor_std");
  });
}

int64_t simple_torch_tensor_var(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_var";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::var(handle), "tensor_var");
  });
}

int64_t simple_torch_tensor_reshape(int64_t handle_raw, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_reshape";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef dims = stf::int_array_ref(stf::array_arg("dims", dims_raw, dims_len));
    return stf::new_handle(at::reshape(handle, dims), "tensor_reshape");
  });
}

int64_t simple_torch_tensor_transpose(int64_t handle_raw, int64_t dim0, int64_t dim1) {
  static constexpr const char* kFn = "simple_torch_tensor_transpose";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::transpose(handle, dim0, dim1), "tensor_transpose");
  });
}

int64_t simple_torch_tensor_view(int64_t handle_raw, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_view";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef dims = stf::int_array_ref(stf::array_arg("dims", dims_raw, dims_len));
    return stf::new_handle(handle.view(dims), "tensor_view");
  });
}

int64_t simple_torch_tensor_permute(int64_t handle_raw, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_permute";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef dims = stf::int_array_ref(stf::array_arg("dims", dims_raw, dims_len));
    return stf::new_handle(handle.permute(dims), "tensor_permute");
  });
}

int64_t simple_torch_softmax(int64_t handle_raw, int64_t dim) {
  static constexpr const char* kFn = "simple_torch_softmax";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::softmax(handle, dim), "softmax");
  });
}

int64_t simple_torch_tensor_full(const int64_t* dims_raw, int64_t dims_len, double value, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_full";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::IntArrayRef dims = stf::int_array_ref(stf::shape_arg("dims", dims_raw, dims_len));
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::full(dims, value, stf::options(dtype)), "tensor_full");
  });
}

int64_t simple_torch_tensor_arange(double start, double end, double step, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_arange";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::arange(start, end, step, stf::options(dtype)), "tensor_arange");
  });
}

int64_t simple_torch_tensor_eye(int64_t n, int32_t dtype_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_eye";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::ScalarType dtype = stf::gen::dtype_arg("dtype", dtype_raw);
    return stf::new_handle(at::eye(n, stf::options(dtype)), "tensor_eye");
  });
}

int64_t simple_torch_tensor_cat(const int64_t* tensors_raw, int64_t tensors_len, int64_t dim) {
  static constexpr const char* kFn = "simple_torch_tensor_cat";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const std::vector<at::Tensor> tensors = stf::tensor_list_arg("tensors", tensors_raw, tensors_len);
    return stf::new_handle(at::cat(tensors, dim), "tensor_cat");
  });
}

int64_t simple_torch_tensor_clone(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_clone";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::clone(handle), "tensor_clone");
  });
}

int64_t simple_torch_tensor_eq(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_eq";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::eq(a, b), "tensor_eq");
  });
}

int64_t simple_torch_tensor_ne(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_ne";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::ne(a, b), "tensor_ne");
  });
}

int64_t simple_torch_tensor_lt(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_lt";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::lt(a, b), "tensor_lt");
  });
}

int64_t simple_torch_tensor_le(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_le";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::le(a, b), "tensor_le");
  });
}

int64_t simple_torch_tensor_gt(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_gt";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::gt(a, b), "tensor_gt");
  });
}

int64_t simple_torch_tensor_ge(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_ge";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::ge(a, b), "tensor_ge");
  });
}

int64_t simple_torch_tensor_logical_and(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_and";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::logical_and(a, b), "tensor_logical_and");
  });
}

int64_t simple_torch_tensor_logical_or(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_or";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::logical_or(a, b), "tensor_logical_or");
  });
}

int64_t simple_torch_tensor_logical_not(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_logical_not";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::logical_not(handle), "tensor_logical_not");
  });
}

int64_t simple_torch_tensor_where(int64_t handle_raw, int64_t condition_raw, int64_t other_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_where";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& condition = stf::TensorArg("condition", condition_raw);
    const at::Tensor& other = stf::TensorArg("other", other_raw);
    return stf::new_handle(at::where(condition, handle, other), "tensor_where");
  });
}

bool simple_torch_tensor_any(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_any";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<bool>(handle.any().item<bool>());
  });
}

bool simple_torch_tensor_all(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_all";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<bool>(handle.all().item<bool>());
  });
}

int64_t simple_torch_tensor_abs(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_abs";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::abs(handle), "tensor_abs");
  });
}

int64_t simple_torch_tensor_sqrt(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_sqrt";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::sqrt(handle), "tensor_sqrt");
  });
}

int64_t simple_torch_tensor_floor(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_floor";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::floor(handle), "tensor_floor");
  });
}

int64_t simple_torch_tensor_ceil(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_ceil";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::ceil(handle), "tensor_ceil");
  });
}

int64_t simple_torch_tensor_round(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_round";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::round(handle), "tensor_round");
  });
}

int64_t simple_torch_tensor_clamp(int64_t handle_raw, double min_value, double max_value) {
  static constexpr const char* kFn = "simple_torch_tensor_clamp";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::clamp(handle, min_value, max_value), "tensor_clamp");
  });
}

int64_t simple_torch_tensor_floor_divide(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_floor_divide";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::floor_divide(a, b), "tensor_floor_divide");
  });
}

int64_t simple_torch_tensor_remainder(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_remainder";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::remainder(a, b), "tensor_remainder");
  });
}

int64_t simple_torch_tensor_pow(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_pow";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::pow(a, b), "tensor_pow");
  });
}

int64_t simple_torch_tensor_sum_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_sum_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::sum(handle, at::IntArrayRef{dim}, keepdim), "tensor_sum_dim");
  });
}

int64_t simple_torch_tensor_mean_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_mean_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::mean(handle, at::IntArrayRef{dim}, keepdim), "tensor_mean_dim");
  });
}

int64_t simple_torch_tensor_max_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_max_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(std::get<0>(at::max(handle, dim, keepdim)), "tensor_max_dim");
  });
}

int64_t simple_torch_tensor_min_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_min_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(std::get<0>(at::min(handle, dim, keepdim)), "tensor_min_dim");
  });
}

int64_t simple_torch_tensor_argmax(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_argmax";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::argmax(handle, dim, keepdim), "tensor_argmax");
  });
}

int64_t simple_torch_tensor_argmin(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_argmin";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::argmin(handle, dim, keepdim), "tensor_argmin");
  });
}

int64_t simple_torch_tensor_prod_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_prod_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::prod(handle, dim, keepdim), "tensor_prod_dim");
  });
}

int64_t simple_torch_tensor_std_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_std_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::std(handle, at::IntArrayRef{dim}, true, keepdim), "tensor_std_dim");
  });
}

int64_t simple_torch_tensor_var_dim(int64_t handle_raw, int64_t dim, bool keepdim) {
  static constexpr const char* kFn = "simple_torch_tensor_var_dim";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::var(handle, at::IntArrayRef{dim}, true, keepdim), "tensor_var_dim");
  });
}

double simple_torch_tensor_item_f64(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_item_f64";
  return stf::torch_guard<double>(kFn, NAN, [&]() -> double {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<double>(handle.item<double>());
  });
}

int64_t simple_torch_tensor_item_i64(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_item_i64";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<int64_t>(handle.item<int64_t>());
  });
}

int64_t simple_torch_tensor_squeeze(int64_t handle_raw, int64_t dim) {
  static constexpr const char* kFn = "simple_torch_tensor_squeeze";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::squeeze(handle, dim), "tensor_squeeze");
  });
}

int64_t simple_torch_tensor_unsqueeze(int64_t handle_raw, int64_t dim) {
  static constexpr const char* kFn = "simple_torch_tensor_unsqueeze";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::unsqueeze(handle, dim), "tensor_unsqueeze");
  });
}

int64_t simple_torch_tensor_flatten(int64_t handle_raw, int64_t start_dim, int64_t end_dim) {
  static constexpr const char* kFn = "simple_torch_tensor_flatten";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::flatten(handle, start_dim, end_dim), "tensor_flatten");
  });
}

int64_t simple_torch_tensor_contiguous(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_contiguous";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(handle.contiguous(), "tensor_contiguous");
  });
}

int64_t simple_torch_tensor_expand(int64_t handle_raw, const int64_t* dims_raw, int64_t dims_len) {
  static constexpr const char* kFn = "simple_torch_tensor_expand";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef dims = stf::int_array_ref(stf::array_arg("dims", dims_raw, dims_len));
    return stf::new_handle(handle.expand(dims), "tensor_expand");
  });
}

int64_t simple_torch_tensor_narrow(int64_t handle_raw, int64_t dim, int64_t start, int64_t length) {
  static constexpr const char* kFn = "simple_torch_tensor_narrow";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::narrow(handle, dim, start, length), "tensor_narrow");
  });
}

int64_t simple_torch_tensor_slice(int64_t handle_raw, int64_t dim, int64_t start, int64_t end, int64_t step) {
  static constexpr const char* kFn = "simple_torch_tensor_slice";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::slice(handle, dim, start, end, step), "tensor_slice");
  });
}

int64_t simple_torch_tensor_select(int64_t handle_raw, int64_t dim, int64_t index) {
  static constexpr const char* kFn = "simple_torch_tensor_select";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(at::select(handle, dim, index), "tensor_select");
  });
}

int64_t simple_torch_tensor_index_select(int64_t handle_raw, int64_t dim, int64_t index_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_index_select";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& index = stf::TensorArg("index", index_raw);
    return stf::new_handle(at::index_select(handle, dim, index), "tensor_index_select");
  });
}

int64_t simple_torch_tensor_masked_select(int64_t handle_raw, int64_t mask_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_masked_select";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& mask = stf::TensorArg("mask", mask_raw);
    return stf::new_handle(at::masked_select(handle, mask), "tensor_masked_select");
  });
}

bool simple_torch_tensor_requires_grad(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_requires_grad";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return static_cast<bool>(handle.requires_grad());
  });
}

void simple_torch_tensor_requires_grad_(int64_t handle_raw, bool requires_grad) {
  static constexpr const char* kFn = "simple_torch_tensor_requires_grad_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    handle.set_requires_grad(requires_grad);
  });
}

int64_t simple_torch_tensor_grad(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_grad";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_optional_handle(handle.grad(), "tensor_grad");
  });
}

void simple_torch_tensor_zero_grad(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_zero_grad";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    handle.mutable_grad().reset();
  });
}

void simple_torch_tensor_backward(int64_t handle_raw, int64_t gradient_raw, bool retain_graph) {
  static constexpr const char* kFn = "simple_torch_tensor_backward";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const std::optional<at::Tensor> gradient = stf::optional_tensor_arg("gradient", gradient_raw);
    handle.backward(gradient.value_or(at::Tensor()), retain_graph);
  });
}

int64_t simple_torch_tensor_detach(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_detach";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    return stf::new_handle(handle.detach(), "tensor_detach");
  });
}

bool simple_torch_is_grad_enabled(void) {
  static constexpr const char* kFn = "simple_torch_is_grad_enabled";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    return static_cast<bool>(c10::GradMode::is_enabled());
  });
}

bool simple_torch_set_grad_enabled(bool enabled) {
  static constexpr const char* kFn = "simple_torch_set_grad_enabled";
  return stf::torch_guard<bool>(kFn, false, [&]() -> bool {
    return static_cast<bool>(stf::set_grad_enabled(enabled));
  });
}

void simple_torch_tensor_fill_(int64_t handle_raw, double value) {
  static constexpr const char* kFn = "simple_torch_tensor_fill_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    handle.fill_(value);
  });
}

void simple_torch_tensor_zero_(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_zero_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    handle.zero_();
  });
}

void simple_torch_tensor_copy_(int64_t handle_raw, int64_t src_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_copy_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& src = stf::TensorArg("src", src_raw);
    handle.copy_(src);
  });
}

int64_t simple_torch_tensor_index(int64_t handle_raw, const int64_t* indices_raw, int64_t indices_len, const int64_t* tensors_raw, int64_t tensors_len) {
  static constexpr const char* kFn = "simple_torch_tensor_index";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef indices = stf::int_array_ref(stf::array_arg("indices", indices_raw, indices_len));
    const std::vector<at::Tensor> tensors = stf::tensor_list_arg("tensors", tensors_raw, tensors_len);
    return stf::new_handle(handle.index(stf::index_key("indices", indices, "tensors", tensors)), "tensor_index");
  });
}

void simple_torch_tensor_index_put_(int64_t handle_raw, const int64_t* indices_raw, int64_t indices_len, const int64_t* tensors_raw, int64_t tensors_len, int64_t value_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_index_put_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::IntArrayRef indices = stf::int_array_ref(stf::array_arg("indices", indices_raw, indices_len));
    const std::vector<at::Tensor> tensors = stf::tensor_list_arg("tensors", tensors_raw, tensors_len);
    const at::Tensor& value = stf::TensorArg("value", value_raw);
    at::Tensor(handle).index_put_(stf::index_key("indices", indices, "tensors", tensors), value);
  });
}

void simple_torch_save(const char* path_raw, const char* names_raw, const int64_t* tensors_raw, int64_t tensors_len) {
  static constexpr const char* kFn = "simple_torch_save";
  stf::torch_guard_void(kFn, [&] {
    const char* const path = stf::text_arg("path", path_raw);
    const char* const names = stf::text_arg("names", names_raw);
    const std::vector<at::Tensor> tensors = stf::tensor_list_arg("tensors", tensors_raw, tensors_len);
    stf::save_checkpoint(path, names, tensors);
  });
}

const char* simple_torch_load_names(const char* path_raw) {
  static constexpr const char* kFn = "simple_torch_load_names";
  return stf::torch_guard<const char*>(kFn, NULL, [&]() -> const char* {
    const char* const path = stf::text_arg("path", path_raw);
    return stf::checkpoint_names(path);
  });
}

int64_t simple_torch_load_tensor(const char* path_raw, const char* name_raw) {
  static constexpr const char* kFn = "simple_torch_load_tensor";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const char* const path = stf::text_arg("path", path_raw);
    const char* const name = stf::text_arg("name", name_raw);
    return stf::new_handle(stf::checkpoint_tensor(path, name), "load_tensor");
  });
}

int64_t simple_torch_linear(int64_t input_raw, int64_t weight_raw, int64_t bias_raw) {
  static constexpr const char* kFn = "simple_torch_linear";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& weight = stf::TensorArg("weight", weight_raw);
    const std::optional<at::Tensor> bias = stf::optional_tensor_arg("bias", bias_raw);
    return stf::new_handle(at::linear(input, weight, bias), "linear");
  });
}

int64_t simple_torch_conv2d(int64_t input_raw, int64_t weight_raw, int64_t bias_raw, const int64_t* stride_raw, int64_t stride_len, const int64_t* padding_raw, int64_t padding_len, const int64_t* dilation_raw, int64_t dilation_len, int64_t groups) {
  static constexpr const char* kFn = "simple_torch_conv2d";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& weight = stf::TensorArg("weight", weight_raw);
    const std::optional<at::Tensor> bias = stf::optional_tensor_arg("bias", bias_raw);
    const at::IntArrayRef stride = stf::int_array_ref(stf::array_arg("stride", stride_raw, stride_len));
    const at::IntArrayRef padding = stf::int_array_ref(stf::array_arg("padding", padding_raw, padding_len));
    const at::IntArrayRef dilation = stf::int_array_ref(stf::array_arg("dilation", dilation_raw, dilation_len));
    return stf::new_handle(at::conv2d(input, weight, bias, stride, padding, dilation, groups), "conv2d");
  });
}

int64_t simple_torch_max_pool2d(int64_t input_raw, const int64_t* kernel_size_raw, int64_t kernel_size_len, const int64_t* stride_raw, int64_t stride_len, const int64_t* padding_raw, int64_t padding_len, const int64_t* dilation_raw, int64_t dilation_len, bool ceil_mode) {
  static constexpr const char* kFn = "simple_torch_max_pool2d";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::IntArrayRef kernel_size = stf::int_array_ref(stf::array_arg("kernel_size", kernel_size_raw, kernel_size_len));
    const at::IntArrayRef stride = stf::int_array_ref(stf::array_arg("stride", stride_raw, stride_len));
    const at::IntArrayRef padding = stf::int_array_ref(stf::array_arg("padding", padding_raw, padding_len));
    const at::IntArrayRef dilation = stf::int_array_ref(stf::array_arg("dilation", dilation_raw, dilation_len));
    return stf::new_handle(at::max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode), "max_pool2d");
  });
}

int64_t simple_torch_avg_pool2d(int64_t input_raw, const int64_t* kernel_size_raw, int64_t kernel_size_len, const int64_t* stride_raw, int64_t stride_len, const int64_t* padding_raw, int64_t padding_len, bool ceil_mode, bool count_include_pad) {
  static constexpr const char* kFn = "simple_torch_avg_pool2d";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::IntArrayRef kernel_size = stf::int_array_ref(stf::array_arg("kernel_size", kernel_size_raw, kernel_size_len));
    const at::IntArrayRef stride = stf::int_array_ref(stf::array_arg("stride", stride_raw, stride_len));
    const at::IntArrayRef padding = stf::int_array_ref(stf::array_arg("padding", padding_raw, padding_len));
    return stf::new_handle(at::avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad), "avg_pool2d");
  });
}

int64_t simple_torch_batch_norm(int64_t input_raw, int64_t running_mean_raw, int64_t running_var_raw, int64_t weight_raw, int64_t bias_raw, bool training, double momentum, double eps) {
  static constexpr const char* kFn = "simple_torch_batch_norm";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const std::optional<at::Tensor> running_mean = stf::optional_tensor_arg("running_mean", running_mean_raw);
    const std::optional<at::Tensor> running_var = stf::optional_tensor_arg("running_var", running_var_raw);
    const std::optional<at::Tensor> weight = stf::optional_tensor_arg("weight", weight_raw);
    const std::optional<at::Tensor> bias = stf::optional_tensor_arg("bias", bias_raw);
    return stf::new_handle(at::batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, true), "batch_norm");
  });
}

int64_t simple_torch_layer_norm(int64_t input_raw, const int64_t* normalized_shape_raw, int64_t normalized_shape_len, int64_t weight_raw, int64_t bias_raw, double eps) {
  static constexpr const char* kFn = "simple_torch_layer_norm";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::IntArrayRef normalized_shape = stf::int_array_ref(stf::array_arg("normalized_shape", normalized_shape_raw, normalized_shape_len));
    const std::optional<at::Tensor> weight = stf::optional_tensor_arg("weight", weight_raw);
    const std::optional<at::Tensor> bias = stf::optional_tensor_arg("bias", bias_raw);
    return stf::new_handle(at::layer_norm(input, normalized_shape, weight, bias, eps), "layer_norm");
  });
}

int64_t simple_torch_dropout(int64_t input_raw, double p, bool training) {
  static constexpr const char* kFn = "simple_torch_dropout";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    return stf::new_handle(at::dropout(input, p, training), "dropout");
  });
}

int64_t simple_torch_embedding(int64_t input_raw, int64_t weight_raw) {
  static constexpr const char* kFn = "simple_torch_embedding";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& weight = stf::TensorArg("weight", weight_raw);
    return stf::new_handle(at::embedding(weight, input), "embedding");
  });
}

int64_t simple_torch_gelu(int64_t input_raw, const char* approximate_raw) {
  static constexpr const char* kFn = "simple_torch_gelu";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const char* const approximate = stf::text_arg("approximate", approximate_raw);
    return stf::new_handle(at::gelu(input, approximate), "gelu");
  });
}

int64_t simple_torch_leaky_relu(int64_t input_raw, double negative_slope) {
  static constexpr const char* kFn = "simple_torch_leaky_relu";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    return stf::new_handle(at::leaky_relu(input, negative_slope), "leaky_relu");
  });
}

int64_t simple_torch_log_softmax(int64_t input_raw, int64_t dim) {
  static constexpr const char* kFn = "simple_torch_log_softmax";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    return stf::new_handle(at::log_softmax(input, dim), "log_softmax");
  });
}

int64_t simple_torch_mse_loss(int64_t input_raw, int64_t target_raw, const char* reduction_raw) {
  static constexpr const char* kFn = "simple_torch_mse_loss";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& target = stf::TensorArg("target", target_raw);
    const char* const reduction = stf::text_arg("reduction", reduction_raw);
    return stf::new_handle(at::mse_loss(input, target, stf::reduction_arg("reduction", reduction)), "mse_loss");
  });
}

int64_t simple_torch_cross_entropy(int64_t input_raw, int64_t target_raw, int64_t weight_raw, int64_t ignore_index, const char* reduction_raw, double label_smoothing) {
  static constexpr const char* kFn = "simple_torch_cross_entropy";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& target = stf::TensorArg("target", target_raw);
    const std::optional<at::Tensor> weight = stf::optional_tensor_arg("weight", weight_raw);
    const char* const reduction = stf::text_arg("reduction", reduction_raw);
    return stf::new_handle(at::cross_entropy_loss(input, target, weight, stf::reduction_arg("reduction", reduction), ignore_index, label_smoothing), "cross_entropy");
  });
}

int64_t simple_torch_nll_loss(int64_t input_raw, int64_t target_raw, int64_t weight_raw, int64_t ignore_index, const char* reduction_raw) {
  static constexpr const char* kFn = "simple_torch_nll_loss";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& target = stf::TensorArg("target", target_raw);
    const std::optional<at::Tensor> weight = stf::optional_tensor_arg("weight", weight_raw);
    const char* const reduction = stf::text_arg("reduction", reduction_raw);
    return stf::new_handle(at::nll_loss_nd(input, target, weight, stf::reduction_arg("reduction", reduction), ignore_index), "nll_loss");
  });
}

int64_t simple_torch_binary_cross_entropy_with_logits(int64_t input_raw, int64_t target_raw, int64_t weight_raw, const char* reduction_raw, int64_t pos_weight_raw) {
  static constexpr const char* kFn = "simple_torch_binary_cross_entropy_with_logits";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& input = stf::TensorArg("input", input_raw);
    const at::Tensor& target = stf::TensorArg("target", target_raw);
    const std::optional<at::Tensor> weight = stf::optional_tensor_arg("weight", weight_raw);
    const char* const reduction = stf::text_arg("reduction", reduction_raw);
    const std::optional<at::Tensor> pos_weight = stf::optional_tensor_arg("pos_weight", pos_weight_raw);
    return stf::new_handle(at::binary_cross_entropy_with_logits(input, stf::same_size_target(target, input), weight, pos_weight, stf::reduction_arg("reduction", reduction)), "binary_cross_entropy_with_logits");
  });
}

void simple_torch_manual_seed(int64_t seed) {
  static constexpr const char* kFn = "simple_torch_manual_seed";
  stf::torch_guard_void(kFn, [&] {
    stf::manual_seed(seed);
  });
}

int64_t simple_torch_tensor_maximum(int64_t a_raw, int64_t b_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_maximum";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    const at::Tensor& a = stf::TensorArg("a", a_raw);
    const at::Tensor& b = stf::TensorArg("b", b_raw);
    return stf::new_handle(at::maximum(a, b), "tensor_maximum");
  });
}

void simple_torch_tensor_add_(int64_t handle_raw, int64_t other_raw, double alpha) {
  static constexpr const char* kFn = "simple_torch_tensor_add_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& other = stf::TensorArg("other", other_raw);
    handle.add_(other, alpha);
  });
}

void simple_torch_tensor_mul_(int64_t handle_raw, int64_t other_raw) {
  static constexpr const char* kFn = "simple_torch_tensor_mul_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& other = stf::TensorArg("other", other_raw);
    handle.mul_(other);
  });
}

void simple_torch_tensor_addcmul_(int64_t handle_raw, int64_t tensor1_raw, int64_t tensor2_raw, double value) {
  static constexpr const char* kFn = "simple_torch_tensor_addcmul_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& tensor1 = stf::TensorArg("tensor1", tensor1_raw);
    const at::Tensor& tensor2 = stf::TensorArg("tensor2", tensor2_raw);
    handle.addcmul_(tensor1, tensor2, value);
  });
}

void simple_torch_tensor_addcdiv_(int64_t handle_raw, int64_t tensor1_raw, int64_t tensor2_raw, double value) {
  static constexpr const char* kFn = "simple_torch_tensor_addcdiv_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& tensor1 = stf::TensorArg("tensor1", tensor1_raw);
    const at::Tensor& tensor2 = stf::TensorArg("tensor2", tensor2_raw);
    handle.addcdiv_(tensor1, tensor2, value);
  });
}

void simple_torch_tensor_lerp_(int64_t handle_raw, int64_t end_raw, double weight) {
  static constexpr const char* kFn = "simple_torch_tensor_lerp_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    const at::Tensor& end = stf::TensorArg("end", end_raw);
    handle.lerp_(end, weight);
  });
}

void simple_torch_tensor_uniform_(int64_t handle_raw, double low, double high) {
  static constexpr const char* kFn = "simple_torch_tensor_uniform_";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    handle.uniform_(low, high);
  });
}

void simple_torch_tensor_free(int64_t handle) {
  static constexpr const char* kFn = "simple_torch_tensor_free";
  stf::torch_guard_void(kFn, [&] {
    stf::free_tensor("handle", handle);
  });
}

int64_t simple_torch_scope_begin(void) {
  static constexpr const char* kFn = "simple_torch_scope_begin";
  return stf::torch_guard<int64_t>(kFn, 0, [&]() -> int64_t {
    return static_cast<int64_t>(stf::tensors().scope_begin());
  });
}

int64_t simple_torch_scope_end(int64_t scope) {
  static constexpr const char* kFn = "simple_torch_scope_end";
  return stf::torch_guard<int64_t>(kFn, -1, [&]() -> int64_t {
    return static_cast<int64_t>(stf::tensors().scope_end("scope", scope));
  });
}

void simple_torch_scope_keep(int64_t handle_raw) {
  static constexpr const char* kFn = "simple_torch_scope_keep";
  stf::torch_guard_void(kFn, [&] {
    const at::Tensor& handle = stf::TensorArg("handle", handle_raw);
    stf::tensors().scope_keep("handle", handle_raw);
  });
}

const char* simple_torch_census(void) {
  static constexpr const char* kFn = "simple_torch_census";
  return stf::torch_guard<const char*>(kFn, NULL, [&]() -> const char* {
    return stf::census_text(stf::tensors());
  });
}

}  // extern "C"
