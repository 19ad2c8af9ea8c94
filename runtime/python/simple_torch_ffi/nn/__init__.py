"""simple_torch_ffi.nn, as torch.nn: layers and models with torch.nn's names, constructors,
defaults and bookkeeping (hand-written compositions, this package), and `functional`: the spec's
operations with `python_module: nn.functional` (F.linear, F.conv2d, F.cross_entropy, ...).

    import simple_torch_ffi as stf
    model = stf.nn.Sequential(stf.nn.Linear(4, 8), stf.nn.ReLU(), stf.nn.Linear(8, 2))
    loss = stf.nn.CrossEntropyLoss()(model(x), y)

Like the package itself, this subpackage is assembled from the package's roots in a source
checkout (runtime/python: this file and the modules; generated/python: nn/functional.py,
rendered from the spec); an installed wheel merges them into one directory.
"""

from pkgutil import extend_path as _extend_path

__path__ = _extend_path(__path__, __name__)

from . import functional, init  # noqa: E402
from .activation import Flatten, ReLU  # noqa: E402
from .batchnorm import BatchNorm2d  # noqa: E402
from .container import Sequential  # noqa: E402
from .conv import Conv2d  # noqa: E402
from .dropout import Dropout  # noqa: E402
from .linear import Linear  # noqa: E402
from .loss import CrossEntropyLoss, MSELoss  # noqa: E402
from .module import Module  # noqa: E402
from .parameter import Parameter  # noqa: E402
from .pooling import MaxPool2d  # noqa: E402

__all__ = [
    "BatchNorm2d",
    "Conv2d",
    "CrossEntropyLoss",
    "Dropout",
    "Flatten",
    "Linear",
    "MSELoss",
    "MaxPool2d",
    "Module",
    "Parameter",
    "ReLU",
    "Sequential",
    "functional",
    "init",
]
