"""`SGD`: stochastic gradient descent with momentum, dampening, weight decay and Nesterov
momentum: torch.optim.SGD's update (its single-tensor path), op for op."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .optimizer import Optimizer

__all__ = ["SGD"]


class SGD(Optimizer):
    def __init__(self, params: Iterable[Any], lr: float = 1e-3, momentum: float = 0,
                 dampening: float = 0, weight_decay: float = 0, nesterov: bool = False, *,
                 maximize: bool = False) -> None:
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, {"lr": lr, "momentum": momentum, "dampening": dampening,
                                  "weight_decay": weight_decay, "nesterov": nesterov,
                                  "maximize": maximize})

    def _update_group(self, group: dict[str, Any]) -> None:
        lr, momentum, dampening = group["lr"], group["momentum"], group["dampening"]
        weight_decay, nesterov = group["weight_decay"], group["nesterov"]
        for p in group["params"]:
            grad = p.grad
            if grad is None:
                continue
            if group["maximize"]:
                grad = -grad
            if weight_decay != 0:  # torch: grad = grad.add(param, alpha=weight_decay)
                grad = grad.clone()
                grad.add_(p, alpha=weight_decay)
            if momentum != 0:
                state = self.state.setdefault(p, {})
                buf = state.get("momentum_buffer")
                if buf is None:
                    buf = state["momentum_buffer"] = grad.clone()
                else:
                    buf.mul_(momentum)
                    buf.add_(grad, alpha=1 - dampening)
                if nesterov:  # torch: grad = grad.add(buf, alpha=momentum)
                    grad = grad.clone()
                    grad.add_(buf, alpha=momentum)
                else:
                    grad = buf
            p.add_(grad, alpha=-lr)
