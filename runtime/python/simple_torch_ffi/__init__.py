"""simple-torch-ffi: a libtorch C ABI generated from one spec, and its Python bindings.

    from simple_torch_ffi import ffi, lib      # the torch variant when built, else the stub
    simple_torch_ffi.load("stub")              # a specific variant: .ffi, .lib, .variant

Importing this package never imports torch.
"""

from __future__ import annotations

from pkgutil import extend_path

# The package is assembled from three roots in a source checkout: runtime/python (hand-written),
# generated/python (rendered from the spec) and build/python (compiled by `nox -s build`);
# an installed wheel merges them into one directory.
__path__ = extend_path(__path__, __name__)

from typing import Any  # noqa: E402

from ._abi import ABI_VERSION, SPEC_HASH, VERSION  # noqa: E402
from .backends import backend, set_backend  # noqa: E402
from .errors import (  # noqa: E402
    InternalError,
    InvalidArgumentError,
    InvalidHandleError,
    LibraryMismatchError,
    NotAvailableError,
    OutOfMemoryError,
    SimpleTorchError,
    TorchError,
)
from .loader import Variant, default_variant, load  # noqa: E402
from .tensor import Tensor, from_numpy, ones, randn, tensor, zeros  # noqa: E402

__version__ = VERSION

__all__ = [
    "ABI_VERSION",
    "SPEC_HASH",
    "InternalError",
    "InvalidArgumentError",
    "InvalidHandleError",
    "LibraryMismatchError",
    "NotAvailableError",
    "OutOfMemoryError",
    "SimpleTorchError",
    "Tensor",
    "TorchError",
    "Variant",
    "backend",
    "default_variant",
    "ffi",
    "from_numpy",
    "lib",
    "live_handles",
    "load",
    "ones",
    "randn",
    "set_backend",
    "tensor",
    "zeros",
]


def live_handles() -> int:
    """Tensor handles alive in the default variant's library."""
    v = default_variant()
    return int(getattr(v.lib, v.symbol("live_handles"))())


def __getattr__(name: str) -> Any:
    # `ffi` and `lib` load the default variant on first use, not at import.
    if name in ("ffi", "lib"):
        return getattr(default_variant(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
