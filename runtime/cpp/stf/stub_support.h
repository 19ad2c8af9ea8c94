// What the generated stub variant (built without libtorch) stands on.
#pragma once

#include "stf/errors.h"

namespace stf {

inline constexpr const char* kNotAvailable = "libtorch is not available in this build";

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
