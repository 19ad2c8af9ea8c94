// stf/torch_indexing.h — decodes an index key, a Python `t[key]` written as int64 words, into
// the `at::indexing::TensorIndex` list that Tensor::index / index_put_ take (the semantics of
// torch's Python indexing: at::indexing::get_item / set_item). A value decoder: it names no
// operation; the spec's expressions call the operation with what it returns.
//
// The key (an [i64] argument) is a sequence of groups of kIndexGroupWords words
// [kind, a, b, c], one group per element of the Python index tuple, in order:
//
//   kind 1  integer   a = the index (negative counts from the end)        b = c = 0
//   kind 2  slice     a = start, b = stop, c = step; each may be
//                     kIndexNone (INT64_MIN): start 0, stop the end, step 1
//   kind 3  None      a new dim of size 1 (numpy's newaxis)               a = b = c = 0
//   kind 4  Ellipsis  as many full slices as the other groups leave       a = b = c = 0
//   kind 5  bool      a = 0 (False) or 1 (True)                           b = c = 0
//   kind 6  tensor    a = the position of an index tensor (int64/int32 indices or a bool
//                     mask) in the [tensor] argument                      b = c = 0
//
// Every tensor of the [tensor] argument must be referenced by a group. No words (no group) is
// the whole tensor, as `t[()]` in Python. Refused as invalid_argument, naming the argument and
// the value: a word count that is not whole groups, more groups than kMaxDims, an unknown kind,
// a nonzero word a kind does not use, a bool other than 0/1, a tensor position out of range,
// a tensor no group uses. What torch itself refuses (an index out of range, a step below 1, a
// float index tensor, too many indices) is torch_error with torch's message.
//
// The Python binding writes keys with simple_torch_ffi/indexing.py and the pure backend reads
// them with reference_support.index_key; tests/test_indexing.py checks the three agree.
#pragma once

#include <ATen/TensorIndexing.h>
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "stf/errors.h"

namespace stf {

inline constexpr int64_t kIndexGroupWords = 4;
inline constexpr int64_t kIndexNone = std::numeric_limits<int64_t>::min();

enum class IndexKind : int64_t {
  Integer = 1,
  Slice = 2,
  None = 3,
  Ellipsis = 4,
  Bool = 5,
  Tensor = 6,
};

namespace detail {

inline const char* index_kind_name(int64_t kind) noexcept {
  switch (static_cast<IndexKind>(kind)) {
    case IndexKind::Integer: return "integer";
    case IndexKind::Slice: return "slice";
    case IndexKind::None: return "None";
    case IndexKind::Ellipsis: return "Ellipsis";
    case IndexKind::Bool: return "bool";
    case IndexKind::Tensor: return "tensor";
  }
  return "?";
}

inline std::optional<c10::SymInt> slice_bound(int64_t word) {
  if (word == kIndexNone) return std::nullopt;
  return c10::SymInt(word);
}

}  // namespace detail

// The TensorIndex list of the key `words` (argument `name`) whose tensor groups refer to
// `tensors` (argument `tensors_name`).
inline std::vector<at::indexing::TensorIndex> index_key(const char* name,
                                                        at::IntArrayRef words,
                                                        const char* tensors_name,
                                                        const std::vector<at::Tensor>& tensors) {
  const auto n_words = static_cast<int64_t>(words.size());
  if (n_words % kIndexGroupWords != 0) {
    detail::bad_arg(name, std::to_string(n_words) + " words are not whole groups of " +
                              std::to_string(kIndexGroupWords));
  }
  const int64_t groups = n_words / kIndexGroupWords;
  if (groups > kMaxDims) {
    detail::bad_arg(name, std::to_string(groups) + " index groups exceed the maximum of " +
                              std::to_string(kMaxDims));
  }
  std::vector<at::indexing::TensorIndex> key;
  if (groups == 0) {  // t[()]: the whole tensor
    key.emplace_back(at::indexing::Ellipsis);
    if (!tensors.empty()) {
      detail::bad_arg(tensors_name, "tensor 0 is not referenced by any index group");
    }
    return key;
  }
  key.reserve(static_cast<size_t>(groups));
  std::vector<bool> used(tensors.size(), false);
  for (int64_t g = 0; g < groups; ++g) {
    const int64_t* w = words.data() + g * kIndexGroupWords;
    const int64_t kind = w[0];
    const std::string group = "group " + std::to_string(g);
    const auto unused_from = [&](int64_t first) {
      for (int64_t i = first; i < kIndexGroupWords; ++i) {
        if (w[i] != 0) {
          detail::bad_arg(name, group + " (" + detail::index_kind_name(kind) + ") has word " +
                                    std::to_string(i) + " = " + std::to_string(w[i]) +
                                    ", which must be 0");
        }
      }
    };
    switch (static_cast<IndexKind>(kind)) {
      case IndexKind::Integer:
        unused_from(2);
        key.emplace_back(w[1]);
        break;
      case IndexKind::Slice:
        key.emplace_back(at::indexing::Slice(detail::slice_bound(w[1]),
                                             detail::slice_bound(w[2]),
                                             detail::slice_bound(w[3])));
        break;
      case IndexKind::None:
        unused_from(1);
        key.emplace_back(at::indexing::None);
        break;
      case IndexKind::Ellipsis:
        unused_from(1);
        key.emplace_back(at::indexing::Ellipsis);
        break;
      case IndexKind::Bool:
        unused_from(2);
        if (w[1] != 0 && w[1] != 1) {
          detail::bad_arg(name, group + " (bool) needs 0 or 1, got " + std::to_string(w[1]));
        }
        key.emplace_back(w[1] == 1);
        break;
      case IndexKind::Tensor: {
        unused_from(2);
        const int64_t pos = w[1];
        if (pos < 0 || pos >= static_cast<int64_t>(tensors.size())) {
          detail::bad_arg(name, group + " (tensor) refers to tensor " + std::to_string(pos) +
                                    " of " + std::to_string(tensors.size()) + " in '" +
                                    tensors_name + "'");
        }
        used[static_cast<size_t>(pos)] = true;
        key.emplace_back(tensors[static_cast<size_t>(pos)]);
        break;
      }
      default:
        detail::bad_arg(name, group + " has unknown kind " + std::to_string(kind));
    }
  }
  for (size_t i = 0; i < used.size(); ++i) {
    if (!used[i]) {
      detail::bad_arg(tensors_name,
                      "tensor " + std::to_string(i) + " is not referenced by any index group");
    }
  }
  return key;
}

}  // namespace stf
