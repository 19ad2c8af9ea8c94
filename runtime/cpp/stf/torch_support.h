// stf/torch_support.h — libtorch-facing helpers: the process-wide tensor handle
// table, torch_guard (guard() + c10 exception mapping), device selection, and
// conversions between flat C buffers and tensors.  Narrow ATen includes only.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <ATen/core/Tensor.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <ATen/ops/empty.h>
#include <c10/core/Device.h>
#include <c10/core/GradMode.h>
#include <c10/core/TensorOptions.h>
#include <c10/util/Exception.h>

#include "errors.h"
#include "handle_table.h"

namespace stf {

// ---------------------------------------------------------------------------
// Tensor handles
// ---------------------------------------------------------------------------
inline constexpr uint8_t kTensorTableId = 1;

// The one process-wide tensor table.  Deliberately leaked: destroying tensors
// during static destruction (after CUDA / allocator teardown) is unsafe. Created when the
// library loads, so the per-call access is a plain load (no function-local-static guard).
namespace detail {
inline HandleTable<at::Tensor>* const tensor_table = new HandleTable<at::Tensor>(kTensorTableId);
}  // namespace detail

inline HandleTable<at::Tensor>& tensors() noexcept { return *detail::tensor_table; }

// A copy of the tensor `h` names (a reference-count increment, under the shard lock).
inline at::Tensor tensor_arg(const char* name, int64_t h) { return tensors().get(name, h); }

// A tensor argument read in place: no lock and no reference-count traffic (HandleTable::borrow;
// a concurrent free leaves it alive until this is destroyed). Bind it to a const reference for
// the duration of the call:  const at::Tensor& a = stf::TensorArg("a", a_raw);
// (the temporary lives as long as the reference). The at::Tensor part aliases the table's
// tensor at +0 references, as c10::MaybeOwned does, and gives it back untouched.
namespace detail {
struct TensorBorrow {
  HandleTable<at::Tensor>::Borrowed held;
  STF_INLINE TensorBorrow(const char* name, int64_t h) : held(tensors().borrow(name, h)) {}
};
}  // namespace detail

class TensorArg final : private detail::TensorBorrow, public at::Tensor {
 public:
  STF_INLINE TensorArg(const char* name, int64_t h)
      : detail::TensorBorrow(name, h), at::Tensor(at::TensorBase::unsafe_borrow_t{}, *held) {}
  TensorArg(const TensorArg&) = delete;
  TensorArg& operator=(const TensorArg&) = delete;
  STF_INLINE ~TensorArg() { unsafeReleaseTensorImpl(); }  // +0: nothing to drop
};

// A `tensor?` argument: the handle 0 is none; any other handle must be valid.
inline std::optional<at::Tensor> optional_tensor_arg(const char* name, int64_t h) {
  if (h == 0) return std::nullopt;
  return tensors().get(name, h);
}

// Undefined tensors get no handle (raises Internal); see new_handle_or_null. `origin` names the
// spec function that made the tensor (a string literal: the census counts live handles by it).
namespace detail {
[[noreturn]] STF_COLD inline void undefined_result() {
  raise(ErrorKind::Internal, "cannot create a handle for an undefined tensor");
}
}  // namespace detail

STF_INLINE int64_t new_handle(at::Tensor t, const char* origin = nullptr) {
  if (!t.defined()) [[unlikely]] detail::undefined_result();
  return tensors().insert(std::move(t), origin);
}

// For results that may legitimately be absent (e.g. .grad()): undefined -> 0.
inline int64_t new_handle_or_null(at::Tensor t, const char* origin = nullptr) {
  return t.defined() ? tensors().insert(std::move(t), origin) : 0;
}

// A `tensor?` result: none (nullopt or an undefined tensor) is the handle 0 with no error.
inline int64_t new_optional_handle(at::Tensor t, const char* origin = nullptr) {
  return new_handle_or_null(std::move(t), origin);
}
inline int64_t new_optional_handle(std::optional<at::Tensor> t, const char* origin = nullptr) {
  return t.has_value() ? new_handle_or_null(std::move(*t), origin) : 0;
}

// Gradient mode of the calling thread (libtorch's GradMode is thread-local); returns the
// previous mode.
inline bool set_grad_enabled(bool enabled) {
  const bool previous = c10::GradMode::is_enabled();
  c10::GradMode::set_enabled(enabled);
  return previous;
}

STF_INLINE void free_tensor(const char* name, int64_t h) { tensors().remove(name, h); }

// ---------------------------------------------------------------------------
// torch_guard: guard() that also maps c10 exceptions
// ---------------------------------------------------------------------------
namespace detail {
// Long c10 messages (e.g. dispatcher "could not run ... with backend" lists)
// are cut to their first line.
inline std::string_view torch_message(const char* what) noexcept {
  std::string_view m = what != nullptr ? what : "";
  constexpr size_t kLong = 2048;
  if (m.size() > kLong) {
    auto nl = m.find('\n');
    if (nl != std::string_view::npos) m = m.substr(0, nl);
  }
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.remove_suffix(1);
  return m;
}
}  // namespace detail

// Recorder for guard_with: c10 types first, everything else via errors.h.
inline void record_torch_exception(const char* fn) noexcept {
  try {
    throw;
  } catch (const Error&) {
    record_current_exception(fn);
  } catch (const c10::OutOfMemoryError& e) {
    set_error(ErrorKind::OutOfMemory, fn, detail::torch_message(e.what_without_backtrace()));
  } catch (const c10::Error& e) {
    const std::string_view m = detail::torch_message(e.what_without_backtrace());
    // The CPU allocator reports failure as a plain c10::Error (enforce fail).
    const bool oom = m.find("DefaultCPUAllocator: can't allocate memory") != std::string_view::npos;
    set_error(oom ? ErrorKind::OutOfMemory : ErrorKind::TorchError, fn, m);
  } catch (const std::bad_alloc&) {
    record_current_exception(fn);  // OutOfMemory
  } catch (const std::exception& e) {
    // libtorch also throws plain std exceptions (e.g. c10::checked_convert's overflow check
    // is a std::runtime_error): inside the torch variant those are libtorch's answer.
    set_error(ErrorKind::TorchError, fn, detail::torch_message(e.what()));
  } catch (...) {
    record_current_exception(fn);  // unknown: Internal
  }
}

// libtorch's warnings (TORCH_WARN: deprecations, "std(): degrees of freedom <= 0", ...) go to
// c10's warning handler, which prints to stderr by default. The handler is thread-local in
// c10, so during every guarded call the thread's handler is our recorder: the library never
// prints, and the last warning of the thread stays readable (last_warning()).
//
// Cost: swapping the handler in and out is three calls into libc10 per ABI call. Instead, on a
// thread whose handler is c10's default one, the recorder stays installed after the call and,
// outside our calls, does exactly what the default handler does (c10::WarningHandler::process,
// the default's own code): one libc10 call (the check) per ABI call. A thread with any other
// handler (the user's, or torch's Python one during a torch call) gets it back after each call,
// as before.
namespace detail {
inline std::string& last_warning_text() noexcept {
  thread_local std::string text;
  return text;
}

inline thread_local bool tls_in_call STF_TLS_FAST = false;  // inside a guarded call

class WarningRecorder final : public c10::WarningHandler {
 public:
  void process(const c10::Warning& warning) override {
    if (!tls_in_call) {  // not ours: what c10's default handler does (print to stderr)
      c10::WarningHandler::process(warning);
      return;
    }
    try {
      last_warning_text() = warning.msg();
    } catch (...) {  // no memory for the text: the warning is dropped, never thrown
    }
  }
};

// Created when the library loads and never destroyed (threads keep it installed).
inline WarningRecorder* const warning_recorder = new WarningRecorder;

// c10's default handler: what get_warning_handler() answers on a thread that never set one.
inline c10::WarningHandler* default_warning_handler() noexcept {
  static c10::WarningHandler* const handler = [] {
    c10::WarningHandler* current = c10::WarningUtils::get_warning_handler();
    c10::WarningUtils::set_warning_handler(nullptr);  // c10 falls back to its default
    c10::WarningHandler* fallback = c10::WarningUtils::get_warning_handler();
    c10::WarningUtils::set_warning_handler(current);
    return fallback;
  }();
  return handler;
}

// Installs the recorder on a thread whose handler is not (yet) it; returns the handler to give
// back after the call (null: none, the recorder stays).
STF_COLD inline c10::WarningHandler* install_warning_recorder(c10::WarningHandler* current) noexcept {
  c10::WarningUtils::set_warning_handler(warning_recorder);
  return current != default_warning_handler() ? current : nullptr;
}

// For the duration of a guarded call: the recorder is the thread's handler and knows it.
class CallWarnings {
 public:
  STF_INLINE CallWarnings() noexcept : was_in_call_(tls_in_call) {
    c10::WarningHandler* current = c10::WarningUtils::get_warning_handler();
    if (current != warning_recorder) [[unlikely]] restore_ = install_warning_recorder(current);
    tls_in_call = true;
  }
  STF_INLINE ~CallWarnings() {
    tls_in_call = was_in_call_;
    if (restore_ != nullptr) [[unlikely]] c10::WarningUtils::set_warning_handler(restore_);
  }
  CallWarnings(const CallWarnings&) = delete;
  CallWarnings& operator=(const CallWarnings&) = delete;

 private:
  bool was_in_call_;
  c10::WarningHandler* restore_ = nullptr;
};
}  // namespace detail

// The last warning libtorch raised during a call on this thread ("" when none yet).
inline const char* last_warning() noexcept { return detail::last_warning_text().c_str(); }

template <class R, class Body>
R torch_guard(const char* fn, R sentinel, Body&& body) noexcept {
  detail::CallWarnings warnings;
  return guard_with<&record_torch_exception>(fn, std::move(sentinel), std::forward<Body>(body));
}

template <class Body>
void torch_guard_void(const char* fn, Body&& body) noexcept {
  detail::CallWarnings warnings;
  guard_void_with<&record_torch_exception>(fn, std::forward<Body>(body));
}

// ---------------------------------------------------------------------------
// Devices
// ---------------------------------------------------------------------------
// 0 when libtorch has no CUDA support or no device is visible.
inline int32_t cuda_device_count() {
  const auto& hooks = at::detail::getCUDAHooks();
  return hooks.hasCUDA() ? static_cast<int32_t>(hooks.deviceCount()) : 0;
}

inline bool cuda_available() { return cuda_device_count() > 0; }

inline at::Device cuda_device(const char* name, int64_t index) {
  if (index < 0) {
    detail::bad_arg(name, "CUDA device index must be >= 0, got " + std::to_string(index));
  }
  const int32_t count = cuda_device_count();
  if (count <= 0) raise(ErrorKind::NotAvailable, "CUDA is not available");
  if (index >= count) {
    detail::bad_arg(name, "out of range: CUDA device " + std::to_string(index) + " of " + std::to_string(count) +
                              (count == 1 ? " device" : " devices"));
  }
  return {at::kCUDA, static_cast<c10::DeviceIndex>(index)};
}

// Device code used across the ABI: negative -> CPU, n >= 0 -> cuda:n.
inline at::Device device_from_code(const char* name, int64_t code) {
  return code < 0 ? at::Device(at::kCPU) : cuda_device(name, code);
}

// ---------------------------------------------------------------------------
// Buffers <-> tensors
// ---------------------------------------------------------------------------

// float32 tensor of shape `dims` filled from `data` (row-major), on `device`.
// `dims` is validated like shape_arg (argument name "dims").
inline at::Tensor from_data(std::span<const double> data, std::span<const int64_t> dims,
                            at::Device device = at::kCPU) {
  const int64_t numel = shape_numel("dims", dims);
  if (static_cast<int64_t>(data.size()) != numel) {
    detail::bad_arg("data", std::to_string(data.size()) + " values do not fill shape " + shape_str(dims) + " (" +
                                std::to_string(numel) + (numel == 1 ? " element)" : " elements)"));
  }
  at::Tensor t = at::empty(at::IntArrayRef(dims.data(), dims.size()), at::TensorOptions().dtype(at::kFloat));
  float* dst = t.data_ptr<float>();
  for (size_t i = 0; i < data.size(); ++i) dst[i] = static_cast<float>(data[i]);
  return device.is_cpu() ? t : t.to(device);
}

// Flattens `t` (any device, dtype, layout of strides) to double, copies
// min(out_len, numel) values into `out`, returns numel (snprintf-style).
inline int64_t write_out(const char* name, double* out, int64_t out_len, const at::Tensor& t) {
  detail::check_buffer(name, out, out_len);
  if (!t.defined()) raise(ErrorKind::InvalidArgument, "cannot read values of an undefined tensor");
  const int64_t numel = t.numel();
  const int64_t n = std::min(out_len, numel);
  if (n == 0) return numel;
  if (t.is_cpu() && t.layout() == at::kStrided && t.scalar_type() == at::kDouble && !t.is_neg() &&
      t.is_contiguous()) {
    std::memcpy(out, t.const_data_ptr<double>(), static_cast<size_t>(n) * sizeof(double));
    return numel;
  }
  if (t.is_cpu() && t.layout() == at::kStrided && t.scalar_type() == at::kFloat && !t.is_neg() &&
      t.is_contiguous()) {  // the common case: one converting pass, no temporary tensor
    const float* src = t.const_data_ptr<float>();
    for (int64_t i = 0; i < n; ++i) out[i] = static_cast<double>(src[i]);
    return numel;
  }
  at::Tensor flat = t.reshape({-1});
  if (n < numel) flat = flat.narrow(0, 0, n);
  at::Tensor host = flat.to(at::kCPU, at::kDouble).contiguous();
  std::memcpy(out, host.const_data_ptr<double>(), static_cast<size_t>(n) * sizeof(double));
  return numel;
}

inline int64_t write_out(const char* name, int64_t* out, int64_t out_len, at::IntArrayRef sizes) {
  return write_out<int64_t>(name, out, out_len, std::span<const int64_t>(sizes.data(), sizes.size()));
}

}  // namespace stf
