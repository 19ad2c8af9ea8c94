// stf/errors.h — error kinds, the thread-local "last error" slot, the
// exception-to-status guard used by every ABI entry point, and argument
// validation helpers.  Header-only, no libtorch dependency.
//
// Thread-local error rules
// ------------------------
//  * Each thread has its own last-error slot (kind + message).  An error set on
//    thread A is never visible on thread B, and a successful call on B never
//    clears A's error.
//  * Every ABI call starts with clear_error() (done by guard()/torch_guard()),
//    so after a call returns, last_error_kind()/last_error_message() describe
//    exactly that call: Ok/"" on success.
//  * The pointer returned by last_error_message() is owned by the runtime and
//    never null.  It stays valid until the next ABI call on the same thread that
//    clears or sets the error; callers that need it longer must copy it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace stf {

enum class ErrorKind : int32_t {
  Ok = 0,
  InvalidHandle = 1,
  InvalidArgument = 2,
  TorchError = 3,
  NotAvailable = 4,
  OutOfMemory = 5,
  Internal = 6,
};

// The exception type thrown by runtime helpers; guard() turns it into a status.
struct Error : std::exception {
  ErrorKind kind;
  std::string message;

  Error(ErrorKind k, std::string msg) : kind(k), message(std::move(msg)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

[[noreturn]] inline void raise(ErrorKind kind, std::string message) {
  throw Error(kind, std::move(message));
}

// ---------------------------------------------------------------------------
// Thread-local last error
// ---------------------------------------------------------------------------
namespace detail {
// The kind and the fallback pointer are trivially constructible thread_locals, so reading them
// needs no TLS init wrapper: clear_error(), which runs at the start of every ABI call, costs a
// load and a compare when the previous call on this thread succeeded. The message string is
// touched only when an error is recorded, read, or cleared after one.
// initial-exec needs a few bytes of glibc's static-TLS surplus when the library is dlopen'ed:
// plentiful on x86-64 Linux; elsewhere keep the default (global-dynamic) model.
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__) && !defined(__SANITIZE_THREAD__)
#define STF_TLS_FAST __attribute__((tls_model("initial-exec")))
#else
#define STF_TLS_FAST
#endif
// The hot paths of every call are inlined into each generated function; the slow ones are not.
#if defined(__GNUC__)
#define STF_INLINE inline __attribute__((always_inline))
#define STF_COLD __attribute__((noinline, cold))
#else
#define STF_INLINE inline
#define STF_COLD
#endif
inline thread_local ErrorKind tls_kind STF_TLS_FAST = ErrorKind::Ok;
inline thread_local const char* tls_fallback STF_TLS_FAST = nullptr;  // static text when the
                                                                       // message could not be built
// C++17 inline variable: one instance per thread for the whole program, even though this header
// is included from many translation units. Capacity is kept across calls.
inline thread_local std::string tls_message;
}  // namespace detail

// Resets this thread's error to Ok/"". Cheap: nothing to do after a successful call, and it
// never frees the message buffer.
namespace detail {
STF_COLD inline void clear_error_slow() noexcept {
  tls_kind = ErrorKind::Ok;
  tls_fallback = nullptr;
  tls_message.clear();
}
}  // namespace detail

STF_INLINE void clear_error() noexcept {
  if (detail::tls_kind != ErrorKind::Ok) [[unlikely]] detail::clear_error_slow();
}

// Stores "<function>: <message>" (just "<message>" when function is null or
// empty).  Never throws: if the text cannot be allocated, a static fallback is
// stored and `kind` is still recorded.
inline void set_error(ErrorKind kind, const char* function, std::string_view message) noexcept {
  std::string& text = detail::tls_message;
  detail::tls_kind = kind;
  detail::tls_fallback = nullptr;
  try {
    // `message` may point into our own buffer (e.g. re-reporting the last error).
    const char* buf = text.data();
    if (std::less_equal<const char*>{}(buf, message.data()) &&
        std::less_equal<const char*>{}(message.data(), buf + text.size())) {
      std::string copy(message);
      set_error(kind, function, copy);
      return;
    }
    text.clear();
    if (function != nullptr && *function != '\0') {
      text.append(function);
      text.append(": ");
    }
    text.append(message);
  } catch (...) {
    text.clear();
    detail::tls_fallback = "out of memory while recording the error message";
  }
}

inline const char* last_error_message() noexcept {
  if (detail::tls_kind == ErrorKind::Ok) return "";
  if (detail::tls_fallback != nullptr) return detail::tls_fallback;
  return detail::tls_message.c_str();
}

inline int32_t last_error_kind() noexcept {
  return static_cast<int32_t>(detail::tls_kind);
}

// ---------------------------------------------------------------------------
// Guards: run an ABI body, convert any exception into the thread-local error
// ---------------------------------------------------------------------------

// Records the exception *currently being handled* into the error slot.  Must
// only be called from inside a catch block.  Extension point: a backend
// (see torch_support.h) writes its own recorder that catches its exception
// types first and falls back to this one from its `catch (...)`.
inline void record_current_exception(const char* fn) noexcept {
  try {
    throw;
  } catch (const Error& e) {
    set_error(e.kind == ErrorKind::Ok ? ErrorKind::Internal : e.kind, fn, e.message);
  } catch (const std::bad_alloc&) {
    set_error(ErrorKind::OutOfMemory, fn, "out of memory");
  } catch (const std::exception& e) {
    set_error(ErrorKind::Internal, fn, e.what());
  } catch (...) {
    set_error(ErrorKind::Internal, fn, "unknown C++ exception");
  }
}

// Generic guard parameterised by the recorder (a `void(const char*) noexcept`).
template <auto Record, class R, class Body>
R guard_with(const char* fn, R sentinel, Body&& body) noexcept {
  clear_error();
  try {
    return std::invoke(std::forward<Body>(body));
  } catch (...) {
    Record(fn);
    return sentinel;
  }
}

template <auto Record, class Body>
void guard_void_with(const char* fn, Body&& body) noexcept {
  clear_error();
  try {
    std::invoke(std::forward<Body>(body));
  } catch (...) {
    Record(fn);
  }
}

// guard("stf_foo", int64_t{0}, [&] { ... return h; }) — returns the body's
// value, or `sentinel` with the last error set.
template <class R, class Body>
R guard(const char* fn, R sentinel, Body&& body) noexcept {
  return guard_with<&record_current_exception>(fn, std::move(sentinel), std::forward<Body>(body));
}

template <class Body>
void guard_void(const char* fn, Body&& body) noexcept {
  guard_void_with<&record_current_exception>(fn, std::forward<Body>(body));
}

// ---------------------------------------------------------------------------
// Argument helpers (throw Error(InvalidArgument) naming the argument)
// ---------------------------------------------------------------------------
// The ABI's limits; the generated variants static_assert that they equal the spec's `limits`.
inline constexpr int64_t kMaxDims = 64;
inline constexpr int64_t kMaxTensorList = int64_t{1} << 20;  // tensors in a [tensor] argument

namespace detail {
inline std::string arg_prefix(const char* name) {
  return std::string("argument '") + (name != nullptr ? name : "?") + "': ";
}
[[noreturn]] inline void bad_arg(const char* name, std::string_view what) {
  raise(ErrorKind::InvalidArgument, arg_prefix(name).append(what));
}
inline void check_buffer(const char* name, const void* p, int64_t len) {
  if (len < 0) bad_arg(name, "negative length " + std::to_string(len));
  if (p == nullptr && len > 0) bad_arg(name, "null pointer with length " + std::to_string(len));
}
}  // namespace detail

// (p, len) -> span.  A null pointer is allowed only with len == 0.
template <class T>
std::span<const T> array_arg(const char* name, const T* p, int64_t len) {
  detail::check_buffer(name, p, len);
  if (len == 0) return {};
  return {p, static_cast<size_t>(len)};
}

// (p, len) of C bools -> span. A C caller can store any byte in a bool, and reading a byte
// other than 0 or 1 as bool is undefined: each is checked through an unsigned char view (the
// one access C++ allows to any object's bytes) and refused with its index.
inline std::span<const bool> bool_array_arg(const char* name, const bool* p, int64_t len) {
  const std::span<const bool> values = array_arg(name, p, len);
  const auto* bytes = reinterpret_cast<const unsigned char*>(values.data());
  for (size_t i = 0; i < values.size(); ++i) {
    if (bytes[i] > 1) {
      detail::bad_arg(name, "element " + std::to_string(i) + " is not a bool (byte value " +
                                std::to_string(bytes[i]) + ")");
    }
  }
  return values;
}

// "[2, 3]"
inline std::string shape_str(std::span<const int64_t> dims) {
  std::string s = "[";
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i != 0) s += ", ";
    s += std::to_string(dims[i]);
  }
  s += ']';
  return s;
}

// Validates dims (count <= kMaxDims, each >= 0) and returns the element count.
// A shape containing a zero dimension has 0 elements and never overflows.
inline int64_t shape_numel(const char* name, std::span<const int64_t> dims) {
  if (static_cast<int64_t>(dims.size()) > kMaxDims) {
    detail::bad_arg(name, std::to_string(dims.size()) + " dimensions exceed the maximum of " +
                              std::to_string(kMaxDims));
  }
  bool has_zero = false;
  for (size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] < 0) {
      detail::bad_arg(name, "dimension " + std::to_string(i) + " is negative (" +
                                std::to_string(dims[i]) + ")");
    }
    has_zero |= dims[i] == 0;
  }
  if (has_zero) return 0;
  int64_t n = 1;
  for (int64_t d : dims) {
    if (__builtin_mul_overflow(n, d, &n)) detail::bad_arg(name, "element count overflows int64");
  }
  return n;
}

inline std::span<const int64_t> shape_arg(const char* name, const int64_t* p, int64_t len) {
  auto dims = array_arg(name, p, len);
  shape_numel(name, dims);
  return dims;
}

inline const char* text_arg(const char* name, const char* p) {
  if (p == nullptr) detail::bad_arg(name, "null pointer");
  return p;
}

// snprintf-style output: copies min(out_len, values.size()) elements into
// `out` and returns values.size().  out_len == 0 (out may be null) only sizes.
template <class T>
int64_t write_out(const char* name, T* out, int64_t out_len,
                  std::type_identity_t<std::span<const T>> values) {
  detail::check_buffer(name, out, out_len);
  const auto n = std::min(static_cast<size_t>(out_len), values.size());
  std::copy_n(values.data(), n, out);
  return static_cast<int64_t>(values.size());
}

}  // namespace stf
