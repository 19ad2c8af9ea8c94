// Small conversions the generated torch variant uses between validated C arguments and ATen.
#pragma once

#include <ATen/core/Tensor.h>
#include <c10/core/TensorOptions.h>

#include <cstdint>
#include <span>

namespace stf {

// A validated [i64] / shape argument as the IntArrayRef ATen functions take (no copy).
inline at::IntArrayRef int_array_ref(std::span<const int64_t> s) noexcept {
  return at::IntArrayRef(s.data(), s.size());
}

// Options of every new tensor: float32 on the CPU (dtypes and default devices come later).
inline at::TensorOptions float_options() noexcept {
  return at::TensorOptions().dtype(at::kFloat);
}

}  // namespace stf
