// DLPack exchange (zero copy) for the libtorch variant: export a tensor as a managed tensor the
// consumer owns, import one the library then owns. libtorch implements the conversions
// (ATen/DLConvertor.h); this file adds the checks that make a hostile structure an error, not a
// crash, before libtorch reads it.
#pragma once

#include <ATen/core/Tensor.h>
#include <ATen/dlpack.h>
#include <ATen/ops/clone.h>
#include <c10/core/ScalarType.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>

#include "stf/errors.h"
#include "stf/torch_support.h"

// ATen/DLConvertor.h declares these but includes all of <ATen/ATen.h> (tens of seconds of
// compile time per file): the same declarations, without the default arguments. A mismatch
// would be a link error, never a silent one.
namespace at {
TORCH_API DLManagedTensor* toDLPack(const Tensor& src);
TORCH_API DLManagedTensorVersioned* toDLPackVersioned(const Tensor& src);
TORCH_API Tensor fromDLPack(DLManagedTensor* src, std::function<void(void*)> deleter);
TORCH_API Tensor fromDLPackVersioned(DLManagedTensorVersioned* src,
                                     std::function<void(void*)> deleter);
TORCH_API ScalarType toScalarType(const DLDataType& dtype);
}  // namespace at

namespace stf {

// The tensor as a new DLManagedTensorVersioned (versioned) or DLManagedTensor (legacy), as an
// address. The managed tensor holds a reference to the tensor's storage: freeing the handle
// leaves it valid; the consumer calls its deleter exactly once.
inline int64_t to_dlpack(const at::Tensor& t, bool versioned) {
  void* m = versioned ? static_cast<void*>(at::toDLPackVersioned(t))
                      : static_cast<void*>(at::toDLPack(t));
  return static_cast<int64_t>(reinterpret_cast<intptr_t>(m));
}

namespace detail {

// Refuses what libtorch cannot import safely: absurd ndim, negative sizes or strides, a
// null data pointer with elements, an element count or byte extent past int64, devices other
// than the CPU (and CUDA where it exists), dtypes libtorch has no type for.
inline void check_dltensor(const char* name, const DLTensor& t,
                           bool (*has_code)(at::ScalarType)) {
  if (t.ndim < 0 || t.ndim > kMaxDims) {
    bad_arg(name, "ndim " + std::to_string(t.ndim) + " is outside [0, " +
                      std::to_string(kMaxDims) + "]");
  }
  if (t.ndim > 0 && t.shape == nullptr) bad_arg(name, "null shape with ndim > 0");
  int64_t numel = 1;
  int64_t extent = 1;  // 1 + the largest element offset, in elements
  for (int32_t i = 0; i < t.ndim; ++i) {
    const int64_t d = t.shape[i];
    if (d < 0) bad_arg(name, "dimension " + std::to_string(i) + " is negative (" +
                                 std::to_string(d) + ")");
    if (d != 0 && numel > std::numeric_limits<int64_t>::max() / d) {
      bad_arg(name, "element count overflows int64");
    }
    numel *= d;
    if (t.strides != nullptr && d > 0) {
      const int64_t s = t.strides[i];
      if (s < 0) bad_arg(name, "stride " + std::to_string(i) + " is negative (" +
                                   std::to_string(s) + ")");
      if (s != 0 && (d - 1) > (std::numeric_limits<int64_t>::max() - extent) / s) {
        bad_arg(name, "strides reach past int64");
      }
      extent += (d - 1) * s;
    }
  }
  if (numel > 0 && t.data == nullptr) bad_arg(name, "null data with elements");
  const std::string unsupported = "unsupported dtype (code " + std::to_string(t.dtype.code) +
                                  ", bits " + std::to_string(t.dtype.bits) + ", lanes " +
                                  std::to_string(t.dtype.lanes) + ")";
  const int64_t bytes = (t.dtype.bits + 7) / 8;
  if (t.dtype.lanes != 1 || bytes == 0 ||
      extent > std::numeric_limits<int64_t>::max() / bytes) {
    bad_arg(name, unsupported);
  }
  at::ScalarType type = at::ScalarType::Undefined;
  try {
    type = at::toScalarType(t.dtype);
  } catch (const std::exception&) {
    bad_arg(name, unsupported);
  }
  if (!has_code(type)) bad_arg(name, unsupported + ": no dtype of this ABI");
  switch (t.device.device_type) {
    case kDLCPU:
      return;
    case kDLCUDA:
    case kDLCUDAHost:
      if (!cuda_available()) raise(ErrorKind::NotAvailable, "CUDA is not available");
      return;
    default:
      bad_arg(name, "unsupported device type " + std::to_string(t.device.device_type));
  }
}

}  // namespace detail

// A tensor sharing the memory of the managed tensor at `address` (versioned or legacy; a copy
// of a versioned one flagged read-only). On
// success the library owns it (its deleter runs when the last tensor using the memory goes);
// on failure nothing was taken: the caller still owns it.
// `has_code` says which dtypes the ABI has (the generated dtype table): others are refused
// before anything is taken.
inline at::Tensor from_dlpack(const char* name, int64_t address, bool versioned,
                              bool (*has_code)(at::ScalarType)) {
  if (address == 0) detail::bad_arg(name, "null DLPack tensor");
  void* p = reinterpret_cast<void*>(static_cast<intptr_t>(address));
  if (versioned) {
    auto* m = static_cast<DLManagedTensorVersioned*>(p);
    if (m->version.major != DLPACK_MAJOR_VERSION) {
      detail::bad_arg(name, "DLPack major version " + std::to_string(m->version.major) +
                                " is not " + std::to_string(DLPACK_MAJOR_VERSION));
    }
    detail::check_dltensor(name, m->dl_tensor, has_code);
    if ((m->flags & DLPACK_FLAG_BITMASK_READ_ONLY) != 0) {
      // read-only memory (a numpy array that is not writeable, a read-only mapping): the
      // tensor is a copy, so no in-place operation ever writes into it; the managed tensor is
      // released (its deleter runs) when the shared view goes at the end of this block
      const at::Tensor shared = at::fromDLPackVersioned(m, {});
      return shared.clone();
    }
    return at::fromDLPackVersioned(m, {});
  }
  auto* m = static_cast<DLManagedTensor*>(p);
  detail::check_dltensor(name, m->dl_tensor, has_code);
  return at::fromDLPack(m, {});
}

}  // namespace stf
