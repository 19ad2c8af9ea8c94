"""`BatchNorm2d` (torch.nn.BatchNorm2d): batch statistics in training, running statistics in
evaluation; the running statistics are buffers updated in place by the functional op."""

from __future__ import annotations

from typing import Any

from .._api import Tensor, zeros
from ..autograd import no_grad
from . import functional as F
from . import init
from ._factory import filled, placed
from .module import Module
from .parameter import Parameter

__all__ = ["BatchNorm2d"]


class BatchNorm2d(Module):
    """Normalises each channel of (N, C, H, W) input. Buffers running_mean, running_var and
    num_batches_tracked (state_dict keys as torch's); momentum=None is the cumulative average."""

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float | None = 0.1,
                 affine: bool = True, track_running_stats: bool = True,
                 device: str | None = None, dtype: Any = None) -> None:
        super().__init__()
        self.num_features = num_features
        self.eps = eps
        self.momentum = momentum
        self.affine = affine
        self.track_running_stats = track_running_stats
        if affine:
            # torch's reset_parameters(): weight ones, bias zeros (made so directly)
            self.weight = Parameter(filled((num_features,), 1.0, dtype, device))
            self.bias = Parameter(filled((num_features,), 0.0, dtype, device))
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", filled((num_features,), 0.0, dtype, device))
            self.register_buffer("running_var", filled((num_features,), 1.0, dtype, device))
            self.register_buffer("num_batches_tracked",
                                 placed(zeros((), dtype="int64"), device))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)
            self.register_buffer("num_batches_tracked", None)

    def reset_running_stats(self) -> None:
        if self.track_running_stats:
            with no_grad():
                self.running_mean.zero_()
                self.running_var.fill_(1.0)
                self.num_batches_tracked.zero_()

    def reset_parameters(self) -> None:
        self.reset_running_stats()
        if self.affine:
            init.ones_(self.weight)
            init.zeros_(self.bias)

    def forward(self, input: Tensor) -> Tensor:
        if input.ndim != 4:
            raise ValueError(f"expected 4D input (got {input.ndim}D input)")
        factor = 0.0 if self.momentum is None else self.momentum
        if self.training and self.track_running_stats and self.num_batches_tracked is not None:
            with no_grad():  # torch: add_(1); the ABI's add_ takes alpha as a float, which
                # libtorch refuses for an integer tensor, so the count is copied back
                self.num_batches_tracked.copy_(self.num_batches_tracked + 1)
            if self.momentum is None:
                factor = 1.0 / float(self.num_batches_tracked.item())
        use_batch = self.training or (self.running_mean is None and self.running_var is None)
        track = not self.training or self.track_running_stats
        return F.batch_norm(input, self.running_mean if track else None,
                            self.running_var if track else None, self.weight, self.bias,
                            use_batch, factor, self.eps)

    def extra_repr(self) -> str:
        return (f"{self.num_features}, eps={self.eps}, momentum={self.momentum}, "
                f"affine={self.affine}, track_running_stats={self.track_running_stats}")
