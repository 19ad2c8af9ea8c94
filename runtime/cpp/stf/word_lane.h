// stf/word_lane.h — the hand-written core of the word lane (generated/cpp/<library>_lane.cpp):
// the buffer-handle table that carries arrays, its functions, and the conversions between one
// int64 word and the C ABI's argument and result types. Header-only, no libtorch.
//
// Every lane function takes and returns int64 words (Simple's dynamic lanes pass nothing else):
//   f64            its IEEE-754 bits (std::bit_cast); f32 travels as the bits of the double
//                  it widens to (Simple has one float type on these lanes); an f32 argument
//                  whose finite value does not fit a float is refused
//   bool           0 or 1 (any other word is refused); i32/device: the widened value (a word
//                  outside int32 is refused, never truncated)
//   text           argument: a `const char*` in a word; result: the library-owned pointer
//   tensor         the handle as is
//   arrays         a buffer handle (table id 2; tensors use 1): i64 buffers carry [i64],
//                  shape, [u8], [bool] (0/1) and [tensor]; f64 buffers carry [f64] and [f32];
//                  an array result is a new buffer the caller frees (rt_<lane>_buffer_free)
// Errors are the C ABI's: one thread-local last error (errors.h), sentinel words on failure.
#pragma once

#include <atomic>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "stf/errors.h"
#include "stf/handle_table.h"

namespace stf::lane {

inline constexpr uint8_t kBufferTableId = 2;  // the tensor table is 1 (torch_support.h)
// The most elements of one buffer: 2^28 words = 2 GiB, far past any shape or list the ABI
// accepts; a larger length is refused (invalid_argument) before anything is allocated.
inline constexpr int64_t kMaxBufferLen = int64_t{1} << 28;

enum class Kind : int64_t { I64 = 1, F64 = 2 };

struct BufferData {
  Kind kind;
  std::vector<int64_t> words;  // f64 elements are stored as their bits
  std::mutex text_mu;          // guards text (buffer_text)
  std::string text;            // the NUL-terminated copy buffer_text hands out
};
// Shared so that a get() copy keeps the data alive while a call reads it even if another
// thread frees the handle meanwhile; elements are read and written with std::atomic_ref, so
// concurrent element access is defined behaviour.
using Buffer = std::shared_ptr<BufferData>;

namespace detail {
// Never destroyed: other threads may still call in while the process exits.
inline HandleTable<Buffer>* const buffer_table = new HandleTable<Buffer>(kBufferTableId);
inline const char* kind_name(Kind k) { return k == Kind::I64 ? "i64" : "f64"; }
}  // namespace detail

inline HandleTable<Buffer>& buffers() noexcept { return *detail::buffer_table; }

inline Buffer buffer_of(const char* arg, int64_t h, Kind want) {
  Buffer b = buffers().get(arg, h);
  if (b->kind != want) {
    stf::detail::bad_arg(arg, std::string("buffer ") + std::to_string(h) + " holds " +
                                  detail::kind_name(b->kind) + ", expected " +
                                  detail::kind_name(want));
  }
  return b;
}

inline int64_t load(const BufferData& b, size_t i) noexcept {
  return std::atomic_ref<const int64_t>(b.words[i]).load(std::memory_order_relaxed);
}

// ---- words -> C ABI arguments --------------------------------------------------------------
inline double f64_arg(int64_t w) noexcept { return std::bit_cast<double>(w); }

inline float f32_arg(const char* arg, int64_t w) {
  const double d = std::bit_cast<double>(w);
  if (std::isfinite(d) && std::fabs(d) > static_cast<double>(FLT_MAX)) {
    stf::detail::bad_arg(arg, "value " + std::to_string(d) + " does not fit f32");
  }
  return static_cast<float>(d);
}

inline bool bool_arg(const char* arg, int64_t w) {
  if (w != 0 && w != 1) stf::detail::bad_arg(arg, "bool word must be 0 or 1, got " + std::to_string(w));
  return w == 1;
}

inline int32_t i32_arg(const char* arg, int64_t w) {
  if (w < INT32_MIN || w > INT32_MAX) {
    stf::detail::bad_arg(arg, "word " + std::to_string(w) + " does not fit i32");
  }
  return static_cast<int32_t>(w);
}

inline const char* text_arg(int64_t w) noexcept {
  return reinterpret_cast<const char*>(static_cast<intptr_t>(w));  // null: the core refuses it
}

// A snapshot of an i64 buffer (the C ABI reads a stable pointer + length).
inline std::vector<int64_t> i64s_arg(const char* arg, int64_t h) {
  const Buffer b = buffer_of(arg, h, Kind::I64);
  std::vector<int64_t> out(b->words.size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = load(*b, i);
  return out;
}

inline std::vector<double> f64s_arg(const char* arg, int64_t h) {
  const Buffer b = buffer_of(arg, h, Kind::F64);
  std::vector<double> out(b->words.size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = std::bit_cast<double>(load(*b, i));
  return out;
}

inline std::vector<float> f32s_arg(const char* arg, int64_t h) {
  const Buffer b = buffer_of(arg, h, Kind::F64);
  std::vector<float> out(b->words.size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = f32_arg(arg, load(*b, i));
  return out;
}

// Raw bytes: an i64 buffer whose every element is a byte value 0..255.
inline std::vector<uint8_t> u8s_arg(const char* arg, int64_t h) {
  const Buffer b = buffer_of(arg, h, Kind::I64);
  std::vector<uint8_t> out(b->words.size());
  for (size_t i = 0; i < out.size(); ++i) {
    const int64_t v = load(*b, i);
    if (v < 0 || v > 255) {
      stf::detail::bad_arg(arg, "element " + std::to_string(i) + " is not a byte (" +
                                    std::to_string(v) + ")");
    }
    out[i] = static_cast<uint8_t>(v);
  }
  return out;
}

template <class T>
int64_t len(const std::vector<T>& v) noexcept {
  return static_cast<int64_t>(v.size());
}

// C bools from an i64 buffer whose every element is 0 or 1 (std::vector<bool> has no data()).
struct Bools {
  std::unique_ptr<bool[]> values;
  size_t count = 0;
  const bool* data() const noexcept { return values.get(); }
};

inline Bools bools_arg(const char* arg, int64_t h) {
  const Buffer b = buffer_of(arg, h, Kind::I64);
  Bools out{std::make_unique<bool[]>(b->words.size()), b->words.size()};
  for (size_t i = 0; i < out.count; ++i) {
    const int64_t v = load(*b, i);
    if (v != 0 && v != 1) {
      stf::detail::bad_arg(arg, "element " + std::to_string(i) + " is not a bool word (" +
                                    std::to_string(v) + ")");
    }
    out.values[i] = v == 1;
  }
  return out;
}

inline int64_t len(const Bools& v) noexcept { return static_cast<int64_t>(v.count); }

// ---- C ABI results -> words ----------------------------------------------------------------
inline int64_t f64_word(double d) noexcept { return std::bit_cast<int64_t>(d); }
inline int64_t f32_word(float f) noexcept { return std::bit_cast<int64_t>(static_cast<double>(f)); }
inline int64_t bool_word(bool b) noexcept { return b ? 1 : 0; }
inline int64_t text_word(const char* p) noexcept {
  return static_cast<int64_t>(reinterpret_cast<intptr_t>(p));
}

inline int64_t new_buffer(Kind kind, std::vector<int64_t> words) {
  auto b = std::make_shared<BufferData>();
  b->kind = kind;
  b->words = std::move(words);
  return buffers().insert(std::move(b));
}

// An array result: `call(out, out_len)` is the C ABI function with its caller buffer (it
// returns the full count, or -1 with the last error set). Returns a new buffer handle, or 0.
template <class T, class Call>
int64_t array_result(Kind kind, Call&& call) {
  const int64_t n = call(static_cast<T*>(nullptr), int64_t{0});
  if (n < 0) return 0;  // the core's error stays the last error
  if (n > kMaxBufferLen) raise(ErrorKind::OutOfMemory, "array result too long for a buffer");
  // unique_ptr, not std::vector: a vector<bool> has no contiguous bool storage to hand out
  const auto values = std::make_unique<T[]>(static_cast<size_t>(n));
  const int64_t again = call(values.get(), n);
  if (again < 0) return 0;
  if (again != n) raise(ErrorKind::Internal, "array result changed size between calls");
  std::vector<int64_t> words(static_cast<size_t>(n));
  for (size_t i = 0; i < words.size(); ++i) {
    if constexpr (std::is_same_v<T, double>) {
      words[i] = f64_word(values[i]);
    } else if constexpr (std::is_same_v<T, float>) {
      words[i] = f32_word(values[i]);
    } else {
      words[i] = values[i];
    }
  }
  return new_buffer(kind, std::move(words));
}

// ---- the lane's own functions (exported as rt_<lane>_buffer_*) -----------------------------
inline int64_t check_len(int64_t n) {
  if (n < 0) stf::detail::bad_arg("len", "negative length " + std::to_string(n));
  if (n > kMaxBufferLen) {
    stf::detail::bad_arg("len", "length " + std::to_string(n) + " exceeds the maximum of " +
                                    std::to_string(kMaxBufferLen));
  }
  return n;
}

inline size_t check_index(const BufferData& b, int64_t i) {
  if (i < 0 || static_cast<uint64_t>(i) >= b.words.size()) {
    stf::detail::bad_arg("index", "index " + std::to_string(i) + " is out of range for length " +
                                      std::to_string(b.words.size()));
  }
  return static_cast<size_t>(i);
}

inline int64_t buffer_new(const char* fn, Kind kind, int64_t n) noexcept {
  return guard<int64_t>(fn, 0, [&] {
    return new_buffer(kind, std::vector<int64_t>(static_cast<size_t>(check_len(n)), 0));
  });
}

inline int64_t buffer_len(const char* fn, int64_t h) noexcept {
  return guard<int64_t>(fn, -1, [&] {
    return static_cast<int64_t>(buffers().get("buffer", h)->words.size());
  });
}

inline int64_t buffer_kind(const char* fn, int64_t h) noexcept {
  return guard<int64_t>(fn, -1, [&] { return static_cast<int64_t>(buffers().get("buffer", h)->kind); });
}

// The element word (f64 elements as their bits); 0 with the last error set on failure.
inline int64_t buffer_get(const char* fn, int64_t h, int64_t i) noexcept {
  return guard<int64_t>(fn, 0, [&] {
    const Buffer b = buffers().get("buffer", h);
    return load(*b, check_index(*b, i));
  });
}

// 0, or -1 with the last error set.
inline int64_t buffer_set(const char* fn, int64_t h, int64_t i, int64_t w) noexcept {
  return guard<int64_t>(fn, -1, [&] {
    const Buffer b = buffers().get("buffer", h);
    std::atomic_ref<int64_t>(b->words[check_index(*b, i)]).store(w, std::memory_order_relaxed);
    return int64_t{0};
  });
}

inline int64_t buffer_free(const char* fn, int64_t h) noexcept {
  return guard<int64_t>(fn, -1, [&] {
    buffers().remove("buffer", h);
    return int64_t{0};
  });
}

inline int64_t buffer_live(const char* fn) noexcept {
  return guard<int64_t>(fn, -1, [&] { return buffers().live(); });
}

// A new i64 buffer of the bytes (0..255) of a NUL-terminated string: how Simple reads a text
// result (the word holds a pointer Simple cannot dereference).
inline int64_t buffer_from_text(const char* fn, int64_t ptr) noexcept {
  return guard<int64_t>(fn, 0, [&] {
    const char* s = stf::text_arg("text", text_arg(ptr));
    const size_t n = std::strlen(s);
    if (static_cast<int64_t>(n) > kMaxBufferLen) stf::detail::bad_arg("text", "text too long");
    std::vector<int64_t> words(n);
    for (size_t i = 0; i < n; ++i) words[i] = static_cast<unsigned char>(s[i]);
    return new_buffer(Kind::I64, std::move(words));
  });
}

// A `const char*` word of the bytes of an i64 buffer (each 1..255), NUL-terminated: how Simple
// passes a text argument. The string belongs to the buffer: valid until the buffer is freed or
// buffer_text is called on it again. 0 with the last error set on failure.
inline int64_t buffer_text(const char* fn, int64_t h) noexcept {
  return guard<int64_t>(fn, 0, [&] {
    const Buffer b = buffer_of("buffer", h, Kind::I64);
    std::string s(b->words.size(), '\0');
    for (size_t i = 0; i < s.size(); ++i) {
      const int64_t w = load(*b, i);
      if (w < 1 || w > 255) {
        stf::detail::bad_arg("buffer", "element " + std::to_string(i) + " (" + std::to_string(w) +
                                           ") is not a byte of text (1..255)");
      }
      s[i] = static_cast<char>(static_cast<unsigned char>(w));
    }
    std::lock_guard lock(b->text_mu);
    b->text = std::move(s);
    return text_word(b->text.c_str());
  });
}

}  // namespace stf::lane
