// generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
// The word lane of simple_torch_ffi: every function as rt_torch_<name>, each argument and
// the result one int64 word (codegen/targets/word_lane.py, runtime/cpp/stf/word_lane.h). Each
// adapter calls the C ABI function of the variant this file is linked with, so both lanes share
// one behaviour and one thread-local last error. Linked into libspl_torch.so (libtorch
// variant) and libspl_torch_stub.so (stub variant); Simple's dynamic lanes dlopen them.
// Not in this lane (`word_lane: false` in the spec): simple_torch_tensor_to_dlpack
// Not in this lane (`word_lane: false` in the spec): simple_torch_tensor_from_dlpack
#include "simple_torch_ffi_decls.h"

#include <cmath>

#include "stf/word_lane.h"

#if defined(_WIN32)
#define STF_LANE_EXPORT __declspec(dllexport)
#else
#define STF_LANE_EXPORT __attribute__((visibility("default")))
#endif

extern "C" {

STF_LANE_EXPORT int64_t rt_torch_available(void) {
  static constexpr const char* kFn = "rt_torch_available";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_available());
  });
}

STF_LANE_EXPORT int64_t rt_torch_version(void) {
  static constexpr const char* kFn = "rt_torch_version";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::text_word(simple_torch_version());
  });
}

STF_LANE_EXPORT int64_t rt_torch_abi_version(void) {
  static constexpr const char* kFn = "rt_torch_abi_version";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_abi_version();
  });
}

STF_LANE_EXPORT int64_t rt_torch_spec_hash(void) {
  static constexpr const char* kFn = "rt_torch_spec_hash";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::text_word(simple_torch_spec_hash());
  });
}

STF_LANE_EXPORT int64_t rt_torch_last_error(void) {
  // keeps_error: no guard, so the last error of the previous call stays readable
  return stf::lane::text_word(simple_torch_last_error());
}

STF_LANE_EXPORT int64_t rt_torch_last_error_kind(void) {
  // keeps_error: no guard, so the last error of the previous call stays readable
  return simple_torch_last_error_kind();
}

STF_LANE_EXPORT int64_t rt_torch_last_warning(void) {
  // keeps_error: no guard, so the last error of the previous call stays readable
  return stf::lane::text_word(simple_torch_last_warning());
}

STF_LANE_EXPORT int64_t rt_torch_live_handles(void) {
  static constexpr const char* kFn = "rt_torch_live_handles";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_live_handles();
  });
}

STF_LANE_EXPORT int64_t rt_torch_cuda_available(void) {
  static constexpr const char* kFn = "rt_torch_cuda_available";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_cuda_available());
  });
}

STF_LANE_EXPORT int64_t rt_torch_cuda_device_count(void) {
  static constexpr const char* kFn = "rt_torch_cuda_device_count";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_cuda_device_count();
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_zeros(int64_t dims, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_zeros";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_zeros(dims_v.data(), stf::lane::len(dims_v), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_ones(int64_t dims, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_ones";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_ones(dims_v.data(), stf::lane::len(dims_v), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_randn(int64_t dims, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_randn";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_randn(dims_v.data(), stf::lane::len(dims_v), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_rand(int64_t dims, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_rand";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_rand(dims_v.data(), stf::lane::len(dims_v), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_from_data(int64_t data, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_from_data";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto data_v = stf::lane::f64s_arg("data", data);
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_from_data(data_v.data(), stf::lane::len(data_v), dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_from_f32(int64_t data, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_from_f32";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto data_v = stf::lane::f32s_arg("data", data);
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_from_f32(data_v.data(), stf::lane::len(data_v), dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_add(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_add";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_add(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_mul(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_mul";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_mul(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_matmul(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_matmul";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_matmul(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_mm(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_mm";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_mm(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_dot(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_dot";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_dot(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_shape(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_shape";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<int64_t>(stf::lane::Kind::I64, [&](int64_t* out, int64_t out_len) { return simple_torch_tensor_shape(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_ndim(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_ndim";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_tensor_ndim(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_numel(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_numel";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_tensor_numel(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_data(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_to_data";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<double>(stf::lane::Kind::F64, [&](double* out, int64_t out_len) { return simple_torch_tensor_to_data(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_f32(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_to_f32";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<float>(stf::lane::Kind::F64, [&](float* out, int64_t out_len) { return simple_torch_tensor_to_f32(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_dtype(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_dtype";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_tensor_dtype(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_dtype(int64_t handle, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_to_dtype";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_to_dtype(handle, stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_from_bytes(int64_t data, int64_t dims, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_from_bytes";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto data_v = stf::lane::u8s_arg("data", data);
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_from_bytes(data_v.data(), stf::lane::len(data_v), dims_v.data(), stf::lane::len(dims_v), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_bytes(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_to_bytes";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<uint8_t>(stf::lane::Kind::I64, [&](uint8_t* out, int64_t out_len) { return simple_torch_tensor_to_bytes(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_from_i64(int64_t data, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_from_i64";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto data_v = stf::lane::i64s_arg("data", data);
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_from_i64(data_v.data(), stf::lane::len(data_v), dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_i64(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_to_i64";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<int64_t>(stf::lane::Kind::I64, [&](int64_t* out, int64_t out_len) { return simple_torch_tensor_to_i64(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_from_bool(int64_t data, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_from_bool";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto data_v = stf::lane::bools_arg("data", data);
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_from_bool(data_v.data(), stf::lane::len(data_v), dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_bool(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_to_bool";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::array_result<bool>(stf::lane::Kind::I64, [&](bool* out, int64_t out_len) { return simple_torch_tensor_to_bool(handle, out, out_len); });
  });
}

STF_LANE_EXPORT int64_t rt_torch_scalar_tensor(int64_t value, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_scalar_tensor";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_scalar_tensor(stf::lane::f64_arg(value), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_relu(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_relu";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_relu(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_sigmoid(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_sigmoid";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_sigmoid(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tanh(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tanh";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tanh(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_cuda(int64_t handle, int64_t device_id) {
  static constexpr const char* kFn = "rt_torch_tensor_cuda";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_cuda(handle, stf::lane::i32_arg("device_id", device_id));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_cpu(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_cpu";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_cpu(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_is_cuda(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_is_cuda";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_tensor_is_cuda(handle));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_device(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_device";
  return stf::guard<int64_t>(kFn, int64_t{-2147483648}, [&]() -> int64_t {
    return simple_torch_tensor_device(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_to_device(int64_t handle, int64_t device_code) {
  static constexpr const char* kFn = "rt_torch_tensor_to_device";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_to_device(handle, stf::lane::i32_arg("device_code", device_code));
  });
}

STF_LANE_EXPORT int64_t rt_torch_cuda_synchronize(int64_t device_id) {
  static constexpr const char* kFn = "rt_torch_cuda_synchronize";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_cuda_synchronize(stf::lane::i32_arg("device_id", device_id));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_sub(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_sub";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_sub(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_div(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_div";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_div(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_neg(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_neg";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_neg(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_exp(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_exp";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_exp(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_log(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_log";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_log(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_sum(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_sum";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_sum(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_mean(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_mean";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_mean(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_prod(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_prod";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_prod(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_std(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_std";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_std(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_var(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_var";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_var(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_reshape(int64_t handle, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_reshape";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_reshape(handle, dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) {
  static constexpr const char* kFn = "rt_torch_tensor_transpose";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_transpose(handle, dim0, dim1);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_view(int64_t handle, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_view";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_view(handle, dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_permute(int64_t handle, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_permute";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_permute(handle, dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_softmax(int64_t handle, int64_t dim) {
  static constexpr const char* kFn = "rt_torch_softmax";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_softmax(handle, dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_full(int64_t dims, int64_t value, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_full";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_full(dims_v.data(), stf::lane::len(dims_v), stf::lane::f64_arg(value), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_arange(int64_t start, int64_t end, int64_t step, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_arange";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_arange(stf::lane::f64_arg(start), stf::lane::f64_arg(end), stf::lane::f64_arg(step), stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_eye(int64_t n, int64_t dtype) {
  static constexpr const char* kFn = "rt_torch_tensor_eye";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_eye(n, stf::lane::i32_arg("dtype", dtype));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_cat(int64_t tensors, int64_t dim) {
  static constexpr const char* kFn = "rt_torch_tensor_cat";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto tensors_v = stf::lane::i64s_arg("tensors", tensors);
    return simple_torch_tensor_cat(tensors_v.data(), stf::lane::len(tensors_v), dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_clone(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_clone";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_clone(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_eq(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_eq";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_eq(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_ne(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_ne";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_ne(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_lt(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_lt";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_lt(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_le(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_le";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_le(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_gt(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_gt";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_gt(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_ge(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_ge";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_ge(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_logical_and(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_logical_and";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_logical_and(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_logical_or(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_logical_or";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_logical_or(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_logical_not(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_logical_not";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_logical_not(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_where(int64_t handle, int64_t condition, int64_t other) {
  static constexpr const char* kFn = "rt_torch_tensor_where";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_where(handle, condition, other);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_any(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_any";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_tensor_any(handle));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_all(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_all";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_tensor_all(handle));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_abs(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_abs";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_abs(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_sqrt(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_sqrt";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_sqrt(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_floor(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_floor";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_floor(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_ceil(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_ceil";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_ceil(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_round(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_round";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_round(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_clamp(int64_t handle, int64_t min_value, int64_t max_value) {
  static constexpr const char* kFn = "rt_torch_tensor_clamp";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_clamp(handle, stf::lane::f64_arg(min_value), stf::lane::f64_arg(max_value));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_floor_divide(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_floor_divide";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_floor_divide(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_remainder(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_remainder";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_remainder(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_pow(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_pow";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_pow(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_sum_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_sum_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_sum_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_mean_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_mean_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_mean_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_max_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_max_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_max_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_min_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_min_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_min_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_argmax(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_argmax";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_argmax(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_argmin(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_argmin";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_argmin(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_prod_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_prod_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_prod_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_std_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_std_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_std_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_var_dim(int64_t handle, int64_t dim, int64_t keepdim) {
  static constexpr const char* kFn = "rt_torch_tensor_var_dim";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_var_dim(handle, dim, stf::lane::bool_arg("keepdim", keepdim));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_item_f64(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_item_f64";
  return stf::guard<int64_t>(kFn, int64_t{9221120237041090560}, [&]() -> int64_t {
    return stf::lane::f64_word(simple_torch_tensor_item_f64(handle));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_item_i64(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_item_i64";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_tensor_item_i64(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_squeeze(int64_t handle, int64_t dim) {
  static constexpr const char* kFn = "rt_torch_tensor_squeeze";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_squeeze(handle, dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_unsqueeze(int64_t handle, int64_t dim) {
  static constexpr const char* kFn = "rt_torch_tensor_unsqueeze";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_unsqueeze(handle, dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_flatten(int64_t handle, int64_t start_dim, int64_t end_dim) {
  static constexpr const char* kFn = "rt_torch_tensor_flatten";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_flatten(handle, start_dim, end_dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_contiguous(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_contiguous";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_contiguous(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_expand(int64_t handle, int64_t dims) {
  static constexpr const char* kFn = "rt_torch_tensor_expand";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto dims_v = stf::lane::i64s_arg("dims", dims);
    return simple_torch_tensor_expand(handle, dims_v.data(), stf::lane::len(dims_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_narrow(int64_t handle, int64_t dim, int64_t start, int64_t length) {
  static constexpr const char* kFn = "rt_torch_tensor_narrow";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_narrow(handle, dim, start, length);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) {
  static constexpr const char* kFn = "rt_torch_tensor_slice";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_slice(handle, dim, start, end, step);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_select(int64_t handle, int64_t dim, int64_t index) {
  static constexpr const char* kFn = "rt_torch_tensor_select";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_select(handle, dim, index);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_index_select(int64_t handle, int64_t dim, int64_t index) {
  static constexpr const char* kFn = "rt_torch_tensor_index_select";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_index_select(handle, dim, index);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_masked_select(int64_t handle, int64_t mask) {
  static constexpr const char* kFn = "rt_torch_tensor_masked_select";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_masked_select(handle, mask);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_requires_grad(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_requires_grad";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_tensor_requires_grad(handle));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_requires_grad_(int64_t handle, int64_t requires_grad) {
  static constexpr const char* kFn = "rt_torch_tensor_requires_grad_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_requires_grad_(handle, stf::lane::bool_arg("requires_grad", requires_grad));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_grad(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_grad";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_grad(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_zero_grad(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_zero_grad";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_zero_grad(handle);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_backward(int64_t handle, int64_t gradient, int64_t retain_graph) {
  static constexpr const char* kFn = "rt_torch_tensor_backward";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_backward(handle, gradient, stf::lane::bool_arg("retain_graph", retain_graph));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_detach(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_detach";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_detach(handle);
  });
}

STF_LANE_EXPORT int64_t rt_torch_is_grad_enabled(void) {
  static constexpr const char* kFn = "rt_torch_is_grad_enabled";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_is_grad_enabled());
  });
}

STF_LANE_EXPORT int64_t rt_torch_set_grad_enabled(int64_t enabled) {
  static constexpr const char* kFn = "rt_torch_set_grad_enabled";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::bool_word(simple_torch_set_grad_enabled(stf::lane::bool_arg("enabled", enabled)));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_fill_(int64_t handle, int64_t value) {
  static constexpr const char* kFn = "rt_torch_tensor_fill_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_fill_(handle, stf::lane::f64_arg(value));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_zero_(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_zero_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_zero_(handle);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_copy_(int64_t handle, int64_t src) {
  static constexpr const char* kFn = "rt_torch_tensor_copy_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_copy_(handle, src);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_index(int64_t handle, int64_t indices, int64_t tensors) {
  static constexpr const char* kFn = "rt_torch_tensor_index";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto indices_v = stf::lane::i64s_arg("indices", indices);
    const auto tensors_v = stf::lane::i64s_arg("tensors", tensors);
    return simple_torch_tensor_index(handle, indices_v.data(), stf::lane::len(indices_v), tensors_v.data(), stf::lane::len(tensors_v));
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_index_put_(int64_t handle, int64_t indices, int64_t tensors, int64_t value) {
  static constexpr const char* kFn = "rt_torch_tensor_index_put_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto indices_v = stf::lane::i64s_arg("indices", indices);
    const auto tensors_v = stf::lane::i64s_arg("tensors", tensors);
    simple_torch_tensor_index_put_(handle, indices_v.data(), stf::lane::len(indices_v), tensors_v.data(), stf::lane::len(tensors_v), value);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_save(int64_t path, int64_t names, int64_t tensors) {
  static constexpr const char* kFn = "rt_torch_save";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto tensors_v = stf::lane::i64s_arg("tensors", tensors);
    simple_torch_save(stf::lane::text_arg(path), stf::lane::text_arg(names), tensors_v.data(), stf::lane::len(tensors_v));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_load_names(int64_t path) {
  static constexpr const char* kFn = "rt_torch_load_names";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::text_word(simple_torch_load_names(stf::lane::text_arg(path)));
  });
}

STF_LANE_EXPORT int64_t rt_torch_load_tensor(int64_t path, int64_t name) {
  static constexpr const char* kFn = "rt_torch_load_tensor";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_load_tensor(stf::lane::text_arg(path), stf::lane::text_arg(name));
  });
}

STF_LANE_EXPORT int64_t rt_torch_linear(int64_t input, int64_t weight, int64_t bias) {
  static constexpr const char* kFn = "rt_torch_linear";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_linear(input, weight, bias);
  });
}

STF_LANE_EXPORT int64_t rt_torch_conv2d(int64_t input, int64_t weight, int64_t bias, int64_t stride, int64_t padding, int64_t dilation, int64_t groups) {
  static constexpr const char* kFn = "rt_torch_conv2d";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto stride_v = stf::lane::i64s_arg("stride", stride);
    const auto padding_v = stf::lane::i64s_arg("padding", padding);
    const auto dilation_v = stf::lane::i64s_arg("dilation", dilation);
    return simple_torch_conv2d(input, weight, bias, stride_v.data(), stf::lane::len(stride_v), padding_v.data(), stf::lane::len(padding_v), dilation_v.data(), stf::lane::len(dilation_v), groups);
  });
}

STF_LANE_EXPORT int64_t rt_torch_max_pool2d(int64_t input, int64_t kernel_size, int64_t stride, int64_t padding, int64_t dilation, int64_t ceil_mode) {
  static constexpr const char* kFn = "rt_torch_max_pool2d";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto kernel_size_v = stf::lane::i64s_arg("kernel_size", kernel_size);
    const auto stride_v = stf::lane::i64s_arg("stride", stride);
    const auto padding_v = stf::lane::i64s_arg("padding", padding);
    const auto dilation_v = stf::lane::i64s_arg("dilation", dilation);
    return simple_torch_max_pool2d(input, kernel_size_v.data(), stf::lane::len(kernel_size_v), stride_v.data(), stf::lane::len(stride_v), padding_v.data(), stf::lane::len(padding_v), dilation_v.data(), stf::lane::len(dilation_v), stf::lane::bool_arg("ceil_mode", ceil_mode));
  });
}

STF_LANE_EXPORT int64_t rt_torch_avg_pool2d(int64_t input, int64_t kernel_size, int64_t stride, int64_t padding, int64_t ceil_mode, int64_t count_include_pad) {
  static constexpr const char* kFn = "rt_torch_avg_pool2d";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto kernel_size_v = stf::lane::i64s_arg("kernel_size", kernel_size);
    const auto stride_v = stf::lane::i64s_arg("stride", stride);
    const auto padding_v = stf::lane::i64s_arg("padding", padding);
    return simple_torch_avg_pool2d(input, kernel_size_v.data(), stf::lane::len(kernel_size_v), stride_v.data(), stf::lane::len(stride_v), padding_v.data(), stf::lane::len(padding_v), stf::lane::bool_arg("ceil_mode", ceil_mode), stf::lane::bool_arg("count_include_pad", count_include_pad));
  });
}

STF_LANE_EXPORT int64_t rt_torch_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, int64_t training, int64_t momentum, int64_t eps) {
  static constexpr const char* kFn = "rt_torch_batch_norm";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_batch_norm(input, running_mean, running_var, weight, bias, stf::lane::bool_arg("training", training), stf::lane::f64_arg(momentum), stf::lane::f64_arg(eps));
  });
}

STF_LANE_EXPORT int64_t rt_torch_layer_norm(int64_t input, int64_t normalized_shape, int64_t weight, int64_t bias, int64_t eps) {
  static constexpr const char* kFn = "rt_torch_layer_norm";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    const auto normalized_shape_v = stf::lane::i64s_arg("normalized_shape", normalized_shape);
    return simple_torch_layer_norm(input, normalized_shape_v.data(), stf::lane::len(normalized_shape_v), weight, bias, stf::lane::f64_arg(eps));
  });
}

STF_LANE_EXPORT int64_t rt_torch_dropout(int64_t input, int64_t p, int64_t training) {
  static constexpr const char* kFn = "rt_torch_dropout";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_dropout(input, stf::lane::f64_arg(p), stf::lane::bool_arg("training", training));
  });
}

STF_LANE_EXPORT int64_t rt_torch_embedding(int64_t input, int64_t weight) {
  static constexpr const char* kFn = "rt_torch_embedding";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_embedding(input, weight);
  });
}

STF_LANE_EXPORT int64_t rt_torch_gelu(int64_t input, int64_t approximate) {
  static constexpr const char* kFn = "rt_torch_gelu";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_gelu(input, stf::lane::text_arg(approximate));
  });
}

STF_LANE_EXPORT int64_t rt_torch_leaky_relu(int64_t input, int64_t negative_slope) {
  static constexpr const char* kFn = "rt_torch_leaky_relu";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_leaky_relu(input, stf::lane::f64_arg(negative_slope));
  });
}

STF_LANE_EXPORT int64_t rt_torch_log_softmax(int64_t input, int64_t dim) {
  static constexpr const char* kFn = "rt_torch_log_softmax";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_log_softmax(input, dim);
  });
}

STF_LANE_EXPORT int64_t rt_torch_mse_loss(int64_t input, int64_t target, int64_t reduction) {
  static constexpr const char* kFn = "rt_torch_mse_loss";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_mse_loss(input, target, stf::lane::text_arg(reduction));
  });
}

STF_LANE_EXPORT int64_t rt_torch_cross_entropy(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, int64_t reduction, int64_t label_smoothing) {
  static constexpr const char* kFn = "rt_torch_cross_entropy";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_cross_entropy(input, target, weight, ignore_index, stf::lane::text_arg(reduction), stf::lane::f64_arg(label_smoothing));
  });
}

STF_LANE_EXPORT int64_t rt_torch_nll_loss(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, int64_t reduction) {
  static constexpr const char* kFn = "rt_torch_nll_loss";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_nll_loss(input, target, weight, ignore_index, stf::lane::text_arg(reduction));
  });
}

STF_LANE_EXPORT int64_t rt_torch_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, int64_t reduction, int64_t pos_weight) {
  static constexpr const char* kFn = "rt_torch_binary_cross_entropy_with_logits";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_binary_cross_entropy_with_logits(input, target, weight, stf::lane::text_arg(reduction), pos_weight);
  });
}

STF_LANE_EXPORT int64_t rt_torch_manual_seed(int64_t seed) {
  static constexpr const char* kFn = "rt_torch_manual_seed";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_manual_seed(seed);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_maximum(int64_t a, int64_t b) {
  static constexpr const char* kFn = "rt_torch_tensor_maximum";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_tensor_maximum(a, b);
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_add_(int64_t handle, int64_t other, int64_t alpha) {
  static constexpr const char* kFn = "rt_torch_tensor_add_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_add_(handle, other, stf::lane::f64_arg(alpha));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_mul_(int64_t handle, int64_t other) {
  static constexpr const char* kFn = "rt_torch_tensor_mul_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_mul_(handle, other);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, int64_t value) {
  static constexpr const char* kFn = "rt_torch_tensor_addcmul_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_addcmul_(handle, tensor1, tensor2, stf::lane::f64_arg(value));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, int64_t value) {
  static constexpr const char* kFn = "rt_torch_tensor_addcdiv_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_addcdiv_(handle, tensor1, tensor2, stf::lane::f64_arg(value));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_lerp_(int64_t handle, int64_t end, int64_t weight) {
  static constexpr const char* kFn = "rt_torch_tensor_lerp_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_lerp_(handle, end, stf::lane::f64_arg(weight));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_uniform_(int64_t handle, int64_t low, int64_t high) {
  static constexpr const char* kFn = "rt_torch_tensor_uniform_";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_uniform_(handle, stf::lane::f64_arg(low), stf::lane::f64_arg(high));
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_tensor_free(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_tensor_free";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_tensor_free(handle);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_scope_begin(void) {
  static constexpr const char* kFn = "rt_torch_scope_begin";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return simple_torch_scope_begin();
  });
}

STF_LANE_EXPORT int64_t rt_torch_scope_end(int64_t scope) {
  static constexpr const char* kFn = "rt_torch_scope_end";
  return stf::guard<int64_t>(kFn, int64_t{-1}, [&]() -> int64_t {
    return simple_torch_scope_end(scope);
  });
}

STF_LANE_EXPORT int64_t rt_torch_scope_keep(int64_t handle) {
  static constexpr const char* kFn = "rt_torch_scope_keep";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    simple_torch_scope_keep(handle);
    return 0;
  });
}

STF_LANE_EXPORT int64_t rt_torch_census(void) {
  static constexpr const char* kFn = "rt_torch_census";
  return stf::guard<int64_t>(kFn, int64_t{0}, [&]() -> int64_t {
    return stf::lane::text_word(simple_torch_census());
  });
}

// ---- the lane's own core: buffers carry arrays, text bytes cross as buffers ----------------

// a new i64 buffer of len zeros (0 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_new_i64(int64_t len) {
  static constexpr const char* kFn = "rt_torch_buffer_new_i64";
  return stf::lane::buffer_new(kFn, stf::lane::Kind::I64, len);
}

// a new f64 buffer of len zeros (0 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_new_f64(int64_t len) {
  static constexpr const char* kFn = "rt_torch_buffer_new_f64";
  return stf::lane::buffer_new(kFn, stf::lane::Kind::F64, len);
}

// the element count (-1 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_len(int64_t buffer) {
  static constexpr const char* kFn = "rt_torch_buffer_len";
  return stf::lane::buffer_len(kFn, buffer);
}

// 1 for i64, 2 for f64 (-1 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_kind(int64_t buffer) {
  static constexpr const char* kFn = "rt_torch_buffer_kind";
  return stf::lane::buffer_kind(kFn, buffer);
}

// the element word, f64 as its bits (0 with the last error set on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_get(int64_t buffer, int64_t index) {
  static constexpr const char* kFn = "rt_torch_buffer_get";
  return stf::lane::buffer_get(kFn, buffer, index);
}

// store the element word (0, or -1 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_set(int64_t buffer, int64_t index, int64_t word) {
  static constexpr const char* kFn = "rt_torch_buffer_set";
  return stf::lane::buffer_set(kFn, buffer, index, word);
}

// release a buffer handle (0, or -1 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_free(int64_t buffer) {
  static constexpr const char* kFn = "rt_torch_buffer_free";
  return stf::lane::buffer_free(kFn, buffer);
}

// the number of live buffer handles
STF_LANE_EXPORT int64_t rt_torch_buffer_live(void) {
  static constexpr const char* kFn = "rt_torch_buffer_live";
  return stf::lane::buffer_live(kFn);
}

// a new i64 buffer of the bytes of a const char* word (0 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_from_text(int64_t text) {
  static constexpr const char* kFn = "rt_torch_buffer_from_text";
  return stf::lane::buffer_from_text(kFn, text);
}

// a const char* word of an i64 buffer of bytes, valid until the next buffer_text call on the thread (0 on error)
STF_LANE_EXPORT int64_t rt_torch_buffer_text(int64_t buffer) {
  static constexpr const char* kFn = "rt_torch_buffer_text";
  return stf::lane::buffer_text(kFn, buffer);
}

}  // extern "C"
