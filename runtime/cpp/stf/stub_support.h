// What the generated stub variant (built without libtorch) stands on.
#pragma once

#include "stf/errors.h"
#include "stf/handle_table.h"

namespace stf {

inline constexpr const char* kNotAvailable = "libtorch is not available in this build";

// The stub's handle table: always empty (the stub makes no tensors), but scopes open and end
// on it as in the torch variant, and its census is empty. Deliberately leaked, like the torch
// variant's table.
namespace detail {
inline HandleTable<char>* const stub_table = new HandleTable<char>(1);
}  // namespace detail

inline HandleTable<char>& stub_handles() noexcept { return *detail::stub_table; }

// A function the stub cannot perform: returns its sentinel with kind NotAvailable.
template <class R>
R unavailable(const char* fn, R sentinel) noexcept {
  set_error(ErrorKind::NotAvailable, fn, kNotAvailable);
  return sentinel;
}

inline void unavailable_void(const char* fn) noexcept {
  set_error(ErrorKind::NotAvailable, fn, kNotAvailable);
}

}  // namespace stf
