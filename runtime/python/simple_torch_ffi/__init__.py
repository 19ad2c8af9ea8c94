"""simple-torch-ffi: a libtorch C ABI generated from one spec, and its Python bindings.

    import simple_torch_ffi as stf
    t = stf.tensor([[1.0, 2.0]]); stf.zeros(2, 3); stf.cat([t, t]); (t + 1).relu()
    from simple_torch_ffi import ffi, lib      # the raw C ABI: the torch variant when built
    simple_torch_ffi.load("stub")              # a specific variant: .ffi, .lib, .variant

The operations (Tensor methods and module-level functions) are generated from the spec
(_api.py); importing this package never imports torch.
"""

from pkgutil import extend_path as _extend_path

# The package is assembled from three roots in a source checkout: runtime/python (hand-written),
# generated/python (rendered from the spec) and build/python (compiled by `nox -s build`);
# an installed wheel merges them into one directory.
__path__ = _extend_path(__path__, __name__)

import importlib as _importlib  # noqa: E402

from . import _api  # noqa: E402
from ._abi import ABI_VERSION, PYTHON_MODULES, SPEC_HASH, VERSION  # noqa: E402
from ._api import *  # noqa: E402, F403  (Tensor and the spec's module-level functions)
from .autograd import enable_grad, is_grad_enabled, no_grad, set_grad_enabled  # noqa: E402
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
from .tensor import from_dlpack, from_numpy, tensor  # noqa: E402

# The spec's python_module namespaces (stf.nn.functional, as torch.nn.functional): imported
# here so that `import simple_torch_ffi as stf; stf.nn.functional.linear(...)` works.
for _module in PYTHON_MODULES:
    _importlib.import_module(f".{_module}", __name__)

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
    "TorchError",
    "Variant",
    "backend",
    "default_variant",
    "enable_grad",
    "ffi",  # noqa: F405  (module __getattr__)
    "from_dlpack",
    "from_numpy",
    "is_grad_enabled",
    "lib",  # noqa: F405  (module __getattr__)
    "live_handles",
    "load",
    "no_grad",
    "set_backend",
    "set_grad_enabled",
    "tensor",
]
__all__ += _api.__all__  # Tensor and the spec's module-level functions


def live_handles() -> int:
    """Tensor handles alive in the default variant's library."""
    return int(default_variant().role("live_count")())


def __getattr__(name: str) -> object:
    # `ffi` and `lib` load the default variant on first use, not at import.
    if name in ("ffi", "lib"):
        return getattr(default_variant(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
