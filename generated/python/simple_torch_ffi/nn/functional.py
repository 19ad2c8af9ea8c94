# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash ead4a65e3c03cd87
"""simple_torch_ffi.nn.functional: the spec's operations with `python_module: nn.functional`, as
torch has them in torch.nn.functional (torch's names, argument names and defaults).

Each is a module-level function calling the spec function through the same machinery as the
Tensor methods (simple_torch_ffi.tensor.invoke); tensors may be given as Tensors, numbers or
ndarrays, and the result lives in the backend of the first tensor given.
"""

from __future__ import annotations

from .._api import Tensor
from ..tensor import (
    BackendLike,
    Operand,
    invoke,
)

__all__ = [
    "relu",
    "sigmoid",
    "tanh",
    "softmax",
]


def relu(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Rectified linear unit max(x, 0), a new tensor."""
    return invoke(Tensor, "relu", (input,), backend)  # type: ignore[no-any-return]


def sigmoid(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""
    return invoke(Tensor, "sigmoid", (input,), backend)  # type: ignore[no-any-return]


def tanh(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Hyperbolic tangent, a new tensor."""
    return invoke(Tensor, "tanh", (input,), backend)  # type: ignore[no-any-return]


def softmax(input: Operand, dim: int = -1, *, backend: BackendLike = None) -> Tensor:
    """Softmax along dim, a new tensor."""
    return invoke(Tensor, "softmax", (input, dim,), backend)  # type: ignore[no-any-return]
