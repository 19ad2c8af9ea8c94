"""simple_torch_ffi.nn, as torch.nn: `functional` holds the spec's operations with
`python_module: nn.functional` (F.linear, F.conv2d, F.cross_entropy, ...).

Like the package itself, this subpackage is assembled from the package's roots in a source
checkout (runtime/python: this file; generated/python: nn/functional.py, rendered from the
spec); an installed wheel merges them into one directory.
"""

from pkgutil import extend_path as _extend_path

__path__ = _extend_path(__path__, __name__)

from . import functional  # noqa: E402

__all__ = ["functional"]
