// Small conversions the generated torch variant uses between validated C arguments and ATen.
#pragma once

#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/core/TensorOptions.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "stf/torch_support.h"

namespace stf {

// A validated [i64] / shape argument as the IntArrayRef ATen functions take (no copy).
inline at::IntArrayRef int_array_ref(std::span<const int64_t> s) noexcept {
  return at::IntArrayRef(s.data(), s.size());
}

// Options of every new tensor: float32 on the CPU (dtypes and default devices come later).
inline at::TensorOptions float_options() noexcept {
  return at::TensorOptions().dtype(at::kFloat);
}

// A validated [tensor] argument: every element is checked like a tensor argument, and an
// invalid one is named by its index ("argument 'tensors[1]': handle 7 is stale ...").

inline std::vector<at::Tensor> tensor_list_arg(const char* name, const int64_t* p, int64_t len) {
  const std::span<const int64_t> handles = array_arg(name, p, len);
  if (len > kMaxTensorList) {  // checked before reserving: an absurd length is the caller's bug
    detail::bad_arg(name, std::to_string(len) + " tensors exceed the maximum of " +
                              std::to_string(kMaxTensorList));
  }
  std::vector<at::Tensor> out;
  out.reserve(handles.size());
  for (size_t i = 0; i < handles.size(); ++i) {
    const std::string element = std::string(name) + "[" + std::to_string(i) + "]";
    out.push_back(tensor_arg(element.c_str(), handles[i]));
  }
  return out;
}

// Tensor options of a dtype (creation functions with a `dtype` argument).
inline at::TensorOptions options(at::ScalarType dtype) noexcept {
  return at::TensorOptions().dtype(dtype);
}

// A tensor of `dtype` and shape `dims` holding a copy of `data` (row-major, one memcpy, no
// conversion: T is the C type of `dtype`); len(data) must be the element count of dims.
template <class T>
at::Tensor from_values(std::span<const T> data, std::span<const int64_t> dims,
                       at::ScalarType dtype) {
  if (c10::elementSize(dtype) != sizeof(T)) {
    raise(ErrorKind::Internal, "element type does not match the dtype's item size");
  }
  const int64_t numel = shape_numel("dims", dims);
  if (static_cast<int64_t>(data.size()) != numel) {
    detail::bad_arg("data", std::to_string(data.size()) + " values do not fill shape " +
                                shape_str(dims) + " (" + std::to_string(numel) +
                                (numel == 1 ? " element)" : " elements)"));
  }
  at::Tensor t = at::empty(at::IntArrayRef(dims.data(), dims.size()), options(dtype));
  if (numel > 0) std::memcpy(t.data_ptr(), data.data(), data.size() * sizeof(T));
  return t;
}

// float32 tensor of shape `dims` holding a copy of `data` (one memcpy; no conversion).
inline at::Tensor from_f32(std::span<const float> data, std::span<const int64_t> dims) {
  return from_values<float>(data, dims, at::kFloat);
}

// The values of `t` converted to `dtype` as `t.to(dtype)` converts them (T is the C type of
// `dtype`), min(out_len, numel) of them, row-major; returns numel. A contiguous CPU tensor
// of that dtype is one memcpy; anything else is converted by libtorch first.
template <class T>
int64_t write_values(const char* name, T* out, int64_t out_len, const at::Tensor& t,
                     at::ScalarType dtype) {
  detail::check_buffer(name, out, out_len);
  if (!t.defined()) raise(ErrorKind::InvalidArgument, "cannot read values of an undefined tensor");
  const int64_t numel = t.numel();
  const int64_t n = std::min(out_len, numel);
  if (n == 0) return numel;
  if (t.is_cpu() && t.layout() == at::kStrided && t.scalar_type() == dtype && !t.is_neg() &&
      t.is_contiguous()) {
    std::memcpy(out, t.const_data_ptr(), static_cast<size_t>(n) * sizeof(T));
    return numel;
  }
  at::Tensor flat = t.reshape({-1});
  if (n < numel) flat = flat.narrow(0, 0, n);
  const at::Tensor host = flat.to(at::kCPU, dtype).contiguous();
  std::memcpy(out, host.const_data_ptr(), static_cast<size_t>(n) * sizeof(T));
  return numel;
}

// float32 values (one memcpy for a contiguous float32 CPU tensor).
inline int64_t write_out(const char* name, float* out, int64_t out_len, const at::Tensor& t) {
  return write_values(name, out, out_len, t, at::kFloat);
}

// int64 values, converted as `t.to(torch.int64)` (one memcpy for a contiguous int64 CPU
// tensor).
inline int64_t write_out(const char* name, int64_t* out, int64_t out_len, const at::Tensor& t) {
  return write_values(name, out, out_len, t, at::kLong);
}

// bool values, converted as `t.to(torch.bool)` (nonzero is true; one memcpy for a contiguous
// bool CPU tensor).
inline int64_t write_out(const char* name, bool* out, int64_t out_len, const at::Tensor& t) {
  return write_values(name, out, out_len, t, at::kBool);
}

// A tensor of `dtype` and shape `dims` holding a copy of `data`, raw row-major bytes (one
// memcpy); `dtype_name` is the ABI's name of the dtype, for the message.
inline at::Tensor from_bytes(std::span<const uint8_t> data, std::span<const int64_t> dims,
                             at::ScalarType dtype, const char* dtype_name) {
  const int64_t numel = shape_numel("dims", dims);
  const auto item = static_cast<int64_t>(c10::elementSize(dtype));
  if (numel > std::numeric_limits<int64_t>::max() / item) {
    detail::bad_arg("dims", "byte count overflows int64");
  }
  const int64_t nbytes = numel * item;
  if (static_cast<int64_t>(data.size()) != nbytes) {
    detail::bad_arg("data", std::to_string(data.size()) + " bytes do not fill shape " +
                                shape_str(dims) + " of " + dtype_name + " (" +
                                std::to_string(nbytes) + " bytes)");
  }
  at::Tensor t = at::empty(at::IntArrayRef(dims.data(), dims.size()), options(dtype));
  if (nbytes > 0) std::memcpy(t.data_ptr(), data.data(), static_cast<size_t>(nbytes));
  return t;
}

// The raw bytes of `t` (its own dtype, row-major), min(out_len, nbytes) of them; returns
// nbytes. A contiguous CPU tensor is one memcpy; others are made so by libtorch first.
inline int64_t write_out(const char* name, uint8_t* out, int64_t out_len, const at::Tensor& t) {
  detail::check_buffer(name, out, out_len);
  if (!t.defined()) raise(ErrorKind::InvalidArgument, "cannot read values of an undefined tensor");
  const bool direct = t.is_cpu() && t.layout() == at::kStrided && t.is_contiguous() &&
                      !t.is_neg() && !t.is_conj();
  const at::Tensor host =
      direct ? t : t.to(at::kCPU).resolve_conj().resolve_neg().contiguous();
  const int64_t nbytes = host.numel() * static_cast<int64_t>(host.element_size());
  const int64_t n = std::min(out_len, nbytes);
  if (n > 0) std::memcpy(out, host.const_data_ptr(), static_cast<size_t>(n));
  return nbytes;
}

// A text result computed by the call: kept in a thread-local buffer, so the borrowed pointer
// stays valid until the next such result on this thread (the header's contract for text).
inline const char* thread_text(std::string text) {
  thread_local std::string buffer;
  buffer = std::move(text);
  return buffer.c_str();
}

}  // namespace stf
