// stf/torch_nn_support.h — what the spec's torch.nn.functional-style expressions need beyond
// ATen's own calls: loss reductions by torch's names, torch.nn.functional's size check of a
// target, and seeding libtorch's default generators as torch.manual_seed does.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/core/Reduction.h>
#include <ATen/core/Tensor.h>
#include <ATen/detail/CUDAHooksInterface.h>

#include "errors.h"
#include "torch_support.h"

namespace stf {

// A loss's `reduction` text ("none", "mean", "sum") as the at::Reduction code ATen takes;
// anything else is refused with torch.nn.functional's words (a ValueError there too).
inline int64_t reduction_arg(const char* name, const char* text) {
  const std::string_view r(text);
  if (r == "none") return at::Reduction::None;
  if (r == "mean") return at::Reduction::Mean;
  if (r == "sum") return at::Reduction::Sum;
  detail::bad_arg(name, std::string(r) + " is not a valid value for reduction");
}

namespace detail {
inline std::string torch_size(at::IntArrayRef sizes) {
  std::string s = "torch.Size([";
  for (size_t i = 0; i < sizes.size(); ++i) s += (i ? ", " : "") + std::to_string(sizes[i]);
  return s + "])";
}
}  // namespace detail

// torch.nn.functional refuses a target whose size is not the input's (where ATen would
// broadcast), with these words; returns the target.
inline const at::Tensor& same_size_target(const at::Tensor& target, const at::Tensor& input) {
  if (target.sizes() != input.sizes()) {
    raise(ErrorKind::InvalidArgument, "Target size (" + detail::torch_size(target.sizes()) +
                                          ") must be the same as input size (" +
                                          detail::torch_size(input.sizes()) + ")");
  }
  return target;
}

// torch.manual_seed: the default generator of the CPU and of every CUDA device gets `seed`
// (a negative seed is taken as its two's complement uint64, as torch does). libtorch has one
// default CPU generator per process, so a torch imported into the same process shares it.
inline void manual_seed(int64_t seed) {
  const auto s = static_cast<uint64_t>(seed);
  {
    at::Generator gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(s);
  }
  const int32_t devices = cuda_device_count();
  for (int32_t i = 0; i < devices; ++i) {
    at::Generator gen = at::detail::getCUDAHooks().getDefaultGenerator(static_cast<c10::DeviceIndex>(i));
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_current_seed(s);
  }
}

}  // namespace stf
