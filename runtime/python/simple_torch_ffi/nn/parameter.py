"""`Parameter`: a Tensor that a Module registers as one of its parameters (torch's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._api import Tensor

__all__ = ["Parameter"]


class Parameter(Tensor):
    """A leaf tensor that requires grad (by default) and that a Module attribute assignment
    registers as a parameter. `Parameter(t)` holds a copy of t's values, a new leaf of the
    autograd graph."""

    __slots__ = ()

    def __init__(self, data: Any = None, requires_grad: bool = True) -> None:
        if data is None:
            data = Tensor([])
        super().__init__(data)
        if requires_grad:
            self.requires_grad_(True)

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        # copy.deepcopy(model) and pickle: a Parameter again, with its requires_grad
        return Parameter, (self.detach(), self.requires_grad)

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()

    __str__ = __repr__
