# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
"""simple_torch_ffi.nn.functional: the spec's operations with `python_module: nn.functional`, as
torch has them in torch.nn.functional (torch's names, argument names and defaults).

Each is a module-level function calling the spec function through the same machinery as the
Tensor methods (simple_torch_ffi.tensor.invoke); tensors may be given as Tensors, numbers or
ndarrays, and the result lives in the backend of the first tensor given.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._api import Tensor
from ..tensor import (
    DIRECT_MISSES,
    REALS,
    BackendLike,
    Operand,
    direct_dims,
    invoke,
    wrap_direct,
)

__all__ = [
    "relu",
    "sigmoid",
    "tanh",
    "softmax",
    "linear",
    "conv2d",
    "max_pool2d",
    "avg_pool2d",
    "batch_norm",
    "layer_norm",
    "dropout",
    "embedding",
    "gelu",
    "leaky_relu",
    "log_softmax",
    "mse_loss",
    "cross_entropy",
    "nll_loss",
    "binary_cross_entropy_with_logits",
]


def relu(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Rectified linear unit max(x, 0), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None:
                h = ops[5](input._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "relu")
    return invoke(Tensor, "relu", (input,), backend)  # type: ignore[no-any-return]


def sigmoid(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None:
                h = ops[6](input._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "sigmoid")
    return invoke(Tensor, "sigmoid", (input,), backend)  # type: ignore[no-any-return]


def tanh(input: Operand, *, backend: BackendLike = None) -> Tensor:
    """Hyperbolic tangent, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None:
                h = ops[7](input._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "tanh")
    return invoke(Tensor, "tanh", (input,), backend)  # type: ignore[no-any-return]


def softmax(input: Operand, dim: int = -1, *, backend: BackendLike = None) -> Tensor:
    """Softmax along dim, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(dim) is int:
                h = ops[46](input._handle, dim)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "softmax")
    return invoke(Tensor, "softmax", (input, dim,), backend)  # type: ignore[no-any-return]


def linear(input: Operand, weight: Operand, bias: Operand | None = None, *, backend: BackendLike = None) -> Tensor:
    """input @ weight^T + bias (no bias when none), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and weight._ops is ops and (bias is None or bias._ops is ops):
                h = ops[70](input._handle, weight._handle, 0 if bias is None else bias._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "linear")
    return invoke(Tensor, "linear", (input, weight, bias,), backend)  # type: ignore[no-any-return]


def conv2d(input: Operand, weight: Operand, bias: Operand | None = None, stride: int | Sequence[int] = (1,), padding: int | Sequence[int] = (0,), dilation: int | Sequence[int] = (1,), groups: int = 1, *, backend: BackendLike = None) -> Tensor:
    """2-d convolution of input (N, C, H, W) or (C, H, W) with weight (out, C / groups, kH, kW) plus bias; stride, padding and dilation are one int or one per spatial dim, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and weight._ops is ops and (bias is None or bias._ops is ops) and type(groups) is int:
                h = ops[71](input._handle, weight._handle, 0 if bias is None else bias._handle, *direct_dims(stride), *direct_dims(padding), *direct_dims(dilation), groups)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "conv2d")
    return invoke(Tensor, "conv2d", (input, weight, bias, stride, padding, dilation, groups,), backend)  # type: ignore[no-any-return]


def max_pool2d(input: Operand, kernel_size: int | Sequence[int], stride: int | Sequence[int] | None = None, padding: int | Sequence[int] = (0,), dilation: int | Sequence[int] = (1,), ceil_mode: bool = False, *, backend: BackendLike = None) -> Tensor:
    """2-d max pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(ceil_mode) is bool:
                h = ops[72](input._handle, *direct_dims(kernel_size), *direct_dims(stride), *direct_dims(padding), *direct_dims(dilation), ceil_mode)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "max_pool2d")
    return invoke(Tensor, "max_pool2d", (input, kernel_size, stride, padding, dilation, ceil_mode,), backend)  # type: ignore[no-any-return]


def avg_pool2d(input: Operand, kernel_size: int | Sequence[int], stride: int | Sequence[int] | None = None, padding: int | Sequence[int] = (0,), ceil_mode: bool = False, count_include_pad: bool = True, *, backend: BackendLike = None) -> Tensor:
    """2-d average pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(ceil_mode) is bool and type(count_include_pad) is bool:
                h = ops[73](input._handle, *direct_dims(kernel_size), *direct_dims(stride), *direct_dims(padding), ceil_mode, count_include_pad)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "avg_pool2d")
    return invoke(Tensor, "avg_pool2d", (input, kernel_size, stride, padding, ceil_mode, count_include_pad,), backend)  # type: ignore[no-any-return]


def batch_norm(input: Operand, running_mean: Operand | None, running_var: Operand | None, weight: Operand | None = None, bias: Operand | None = None, training: bool = False, momentum: float = 0.1, eps: float = 1e-05, *, backend: BackendLike = None) -> Tensor:
    """Batch normalization over dim 1 of input; training normalizes by the batch's statistics and updates running_mean/running_var in place (momentum), else uses them, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and (running_mean is None or running_mean._ops is ops) and (running_var is None or running_var._ops is ops) and (weight is None or weight._ops is ops) and (bias is None or bias._ops is ops) and type(training) is bool and type(momentum) in REALS and type(eps) in REALS:
                h = ops[74](input._handle, 0 if running_mean is None else running_mean._handle, 0 if running_var is None else running_var._handle, 0 if weight is None else weight._handle, 0 if bias is None else bias._handle, training, momentum, eps)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "batch_norm")
    return invoke(Tensor, "batch_norm", (input, running_mean, running_var, weight, bias, training, momentum, eps,), backend)  # type: ignore[no-any-return]


def layer_norm(input: Operand, normalized_shape: int | Sequence[int], weight: Operand | None = None, bias: Operand | None = None, eps: float = 1e-05, *, backend: BackendLike = None) -> Tensor:
    """Layer normalization over the last dims of input given by normalized_shape (then * weight + bias), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and (weight is None or weight._ops is ops) and (bias is None or bias._ops is ops) and type(eps) in REALS:
                h = ops[75](input._handle, *direct_dims(normalized_shape), 0 if weight is None else weight._handle, 0 if bias is None else bias._handle, eps)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "layer_norm")
    return invoke(Tensor, "layer_norm", (input, normalized_shape, weight, bias, eps,), backend)  # type: ignore[no-any-return]


def dropout(input: Operand, p: float = 0.5, training: bool = True, *, backend: BackendLike = None) -> Tensor:
    """Zeroes each element with probability p and scales the others by 1 / (1 - p) when training (the identity otherwise), a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(p) in REALS and type(training) is bool:
                h = ops[76](input._handle, p, training)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "dropout")
    return invoke(Tensor, "dropout", (input, p, training,), backend)  # type: ignore[no-any-return]


def embedding(input: Operand, weight: Operand, *, backend: BackendLike = None) -> Tensor:
    """The rows of weight at the int64 indices in input (a lookup table), a new tensor of shape input.shape + (weight.shape[1],)."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and weight._ops is ops:
                h = ops[77](input._handle, weight._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "embedding")
    return invoke(Tensor, "embedding", (input, weight,), backend)  # type: ignore[no-any-return]


def gelu(input: Operand, approximate: str = 'none', *, backend: BackendLike = None) -> Tensor:
    """Gaussian error linear unit x * Phi(x) (approximate "none", exact) or its "tanh" approximation, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(approximate) is str:
                h = ops[78](input._handle, approximate.encode())
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "gelu")
    return invoke(Tensor, "gelu", (input, approximate,), backend)  # type: ignore[no-any-return]


def leaky_relu(input: Operand, negative_slope: float = 0.01, *, backend: BackendLike = None) -> Tensor:
    """Element-wise x where x >= 0, negative_slope * x elsewhere, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(negative_slope) in REALS:
                h = ops[79](input._handle, negative_slope)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "leaky_relu")
    return invoke(Tensor, "leaky_relu", (input, negative_slope,), backend)  # type: ignore[no-any-return]


def log_softmax(input: Operand, dim: int, *, backend: BackendLike = None) -> Tensor:
    """log(softmax(x)) along dim, computed stably, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and type(dim) is int:
                h = ops[80](input._handle, dim)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "log_softmax")
    return invoke(Tensor, "log_softmax", (input, dim,), backend)  # type: ignore[no-any-return]


def mse_loss(input: Operand, target: Operand, reduction: str = 'mean', *, backend: BackendLike = None) -> Tensor:
    """Mean squared error (input - target)^2 (broadcasting), reduced as reduction says, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and target._ops is ops and type(reduction) is str:
                h = ops[81](input._handle, target._handle, reduction.encode())
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "mse_loss")
    return invoke(Tensor, "mse_loss", (input, target, reduction,), backend)  # type: ignore[no-any-return]


def cross_entropy(input: Operand, target: Operand, weight: Operand | None = None, ignore_index: int = -100, reduction: str = 'mean', label_smoothing: float = 0.0, *, backend: BackendLike = None) -> Tensor:
    """Cross entropy of logits input (N, C, ...) against target class indices (int64, N, ...) or class probabilities (input's shape), with class weights, ignore_index and label smoothing, reduced as reduction says, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and target._ops is ops and (weight is None or weight._ops is ops) and type(ignore_index) is int and type(reduction) is str and type(label_smoothing) in REALS:
                h = ops[82](input._handle, target._handle, 0 if weight is None else weight._handle, ignore_index, reduction.encode(), label_smoothing)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "cross_entropy")
    return invoke(Tensor, "cross_entropy", (input, target, weight, ignore_index, reduction, label_smoothing,), backend)  # type: ignore[no-any-return]


def nll_loss(input: Operand, target: Operand, weight: Operand | None = None, ignore_index: int = -100, reduction: str = 'mean', *, backend: BackendLike = None) -> Tensor:
    """Negative log likelihood of log-probabilities input (N, C, ...) at the int64 class indices target (N, ...), with class weights and ignore_index, reduced as reduction says, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and target._ops is ops and (weight is None or weight._ops is ops) and type(ignore_index) is int and type(reduction) is str:
                h = ops[83](input._handle, target._handle, 0 if weight is None else weight._handle, ignore_index, reduction.encode())
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "nll_loss")
    return invoke(Tensor, "nll_loss", (input, target, weight, ignore_index, reduction,), backend)  # type: ignore[no-any-return]


def binary_cross_entropy_with_logits(input: Operand, target: Operand, weight: Operand | None = None, reduction: str = 'mean', pos_weight: Operand | None = None, *, backend: BackendLike = None) -> Tensor:
    """Binary cross entropy of sigmoid(input) against target (the same size), with element weights and pos_weight for positives, computed stably, reduced as reduction says, a new tensor."""
    ops = getattr(input, "_ops", None)
    if ops is not None:
        h = None
        try:
            if backend is None and target._ops is ops and (weight is None or weight._ops is ops) and type(reduction) is str and (pos_weight is None or pos_weight._ops is ops):
                h = ops[84](input._handle, target._handle, 0 if weight is None else weight._handle, reduction.encode(), 0 if pos_weight is None else pos_weight._handle)
        except DIRECT_MISSES:
            pass
        if h is not None:
            return wrap_direct(Tensor, input._backend, h, "binary_cross_entropy_with_logits")
    return invoke(Tensor, "binary_cross_entropy_with_logits", (input, target, weight, reduction, pos_weight,), backend)  # type: ignore[no-any-return]
