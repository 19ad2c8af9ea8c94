// Small conversions the generated torch variant uses between validated C arguments and ATen.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/TensorOptions.h>

#include <cstdint>
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
  std::vector<at::Tensor> out;
  out.reserve(handles.size());
  for (size_t i = 0; i < handles.size(); ++i) {
    const std::string element = std::string(name) + "[" + std::to_string(i) + "]";
    out.push_back(tensor_arg(element.c_str(), handles[i]));
  }
  return out;
}

}  // namespace stf
