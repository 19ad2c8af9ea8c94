"""`Optimizer`: the base of stf.optim's optimizers (torch.optim.Optimizer's bookkeeping).

Parameters come as an iterable of tensors or of dicts (parameter groups, each a dict with a
"params" list and optional per-group settings); `state[p]` holds each parameter's buffers;
`zero_grad()` drops the gradients; `step()` applies the update in place under no_grad;
`state_dict()` / `load_state_dict()` use torch.optim's layout, so a state moves between this
library and torch (either's tensors load).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .._api import Tensor, zeros
from ..autograd import enable_grad, no_grad
from ..nn.module import _as_tensor
from ..tensor import TensorBase

__all__ = ["Optimizer", "required"]


class _Required:
    def __repr__(self) -> str:
        return "<required parameter>"


required: Any = _Required()  # a default no group may leave out


class Optimizer:
    def __init__(self, params: Iterable[Any], defaults: dict[str, Any]) -> None:
        self.defaults = defaults
        self.state: dict[Tensor, dict[str, Any]] = {}
        self.param_groups: list[dict[str, Any]] = []
        if isinstance(params, TensorBase):
            raise TypeError("params argument given to the optimizer should be an iterable of "
                            f"Tensors or dicts, but got {type(params).__name__}")
        groups = list(params)
        if not groups:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)

    def add_param_group(self, param_group: dict[str, Any]) -> None:
        """Add a group of parameters with its own settings (the defaults fill the rest)."""
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group).__name__}")
        params = param_group["params"]
        params = [params] if isinstance(params, TensorBase) else list(params)
        for p in params:
            if not isinstance(p, TensorBase):
                raise TypeError("optimizer can only optimize Tensors, but one of the params "
                                f"is {type(p).__name__}")
        group = {**param_group, "params": params}
        for name, default in self.defaults.items():
            if default is required and name not in group:
                raise ValueError("parameter group didn't specify a value of required "
                                 f"optimization parameter {name}")
            group.setdefault(name, default)
        seen = {id(p) for g in self.param_groups for p in g["params"]}
        if len({id(p) for p in params}) != len(params):
            raise ValueError("optimizer contains a parameter group with duplicate parameters")
        if seen & {id(p) for p in params}:
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(group)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Drop every parameter's gradient (set_to_none=False: fill it with zeros)."""
        for group in self.param_groups:
            for p in group["params"]:
                if set_to_none:
                    p.grad = None
                else:
                    g = p.grad
                    if g is not None:
                        with no_grad():
                            g.zero_()

    def step(self, closure: Callable[[], Any] | None = None) -> Any:
        """One update of every parameter that has a gradient; closure (if given) re-evaluates
        the model and returns the loss, which step returns."""
        loss = None
        if closure is not None:
            with enable_grad():
                loss = closure()
        with no_grad():
            for group in self.param_groups:
                self._update_group(group)
        return loss

    def state_dict(self) -> dict[str, Any]:
        """torch.optim's layout: {"state": {index: buffers}, "param_groups": [settings with
        "params": indices]}, the parameters numbered in group order. The buffers are the
        optimizer's own tensors (not copies), as torch's are; "step" is a number."""
        index: dict[int, int] = {}
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            packed["params"] = [index.setdefault(id(p), len(index)) for p in group["params"]]
            groups.append(packed)
        state = {index[id(p)]: dict(buffers) for p, buffers in self.state.items()
                 if id(p) in index}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict: Mapping[str, Any]) -> None:
        """Load a state_dict() of this library's optimizer or of torch's same optimizer: the
        groups' settings, and each parameter's buffers copied to its dtype and device (torch
        tensors, this library's tensors or arrays; "step" as a number)."""
        saved = list(state_dict["param_groups"])
        if len(saved) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(s["params"]) != len(g["params"]) for s, g in zip(saved, self.param_groups,
                                                                    strict=True)):
            raise ValueError("loaded state dict contains a parameter group that doesn't match "
                             "the size of optimizer's group")
        by_index = {i: p for s, g in zip(saved, self.param_groups, strict=True)
                    for i, p in zip(s["params"], g["params"], strict=True)}
        state: dict[Tensor, dict[str, Any]] = {}
        for i, buffers in state_dict["state"].items():
            if i in by_index:
                p = by_index[i]
                state[p] = {k: _state_value(k, v, p) for k, v in buffers.items()}
        self.state = state
        self.param_groups = [{**s, "params": g["params"]}
                             for s, g in zip(saved, self.param_groups, strict=True)]

    def _update_group(self, group: dict[str, Any]) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        lines = [f"{type(self).__name__} ("]
        for i, group in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            lines += [f"    {k}: {v}" for k, v in sorted(group.items()) if k != "params"]
        return "\n".join(lines) + "\n)"


def _state_value(key: str, value: Any, param: Tensor) -> Any:
    """A loaded buffer as the optimizer keeps it: "step" a float (torch keeps a 0-d tensor), a
    tensor a copy of param's dtype and device (never shared with the loaded dict)."""
    if key == "step":
        return float(value)
    if isinstance(value, TensorBase) or hasattr(value, "__dlpack__") or hasattr(value, "shape"):
        t = _as_tensor(value)
        return t.to(device=param.device, dtype=param.dtype)  # always a copy
    return value


def zeros_like(t: Tensor) -> Tensor:
    """Zeros of t's shape, dtype and device (an optimizer's fresh state buffer)."""
    z = zeros(t.shape, dtype=t.dtype)
    return z if z.device == t.device else z.to(t.device)
