"""`Linear`: y = x @ weight.T + bias (torch.nn.Linear)."""

from __future__ import annotations

import math
from typing import Any

from .._api import Tensor
from ..autograd import no_grad
from . import functional as F
from . import init
from ._factory import empty_parameter
from .module import Module

__all__ = ["Linear"]


class Linear(Module):
    """Applies y = x A^T + b. weight: (out_features, in_features); bias: (out_features,).
    Initialised as torch does: kaiming_uniform_(a=sqrt(5)) and U(-1/sqrt(in), 1/sqrt(in))."""

    def __init__(self, in_features: int, out_features: int, bias: bool = True,
                 device: str | None = None, dtype: Any = None) -> None:
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = empty_parameter((out_features, in_features), dtype, device)
        if bias:
            self.bias = empty_parameter((out_features,), dtype, device)
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        with no_grad():
            init.kaiming_uniform_(self.weight, a=math.sqrt(5))
            if self.bias is not None:
                fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
                bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
                init.uniform_(self.bias, -bound, bound)

    def forward(self, input: Tensor) -> Tensor:
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, "
                f"bias={self.bias is not None}")
