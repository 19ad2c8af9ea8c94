"""`Parameter`: a Tensor that a Module registers as one of its parameters (torch's name)."""

from __future__ import annotations

from typing import Any

from .._api import Tensor

__all__ = ["Parameter"]


class Parameter(Tensor):
    """A leaf tensor that requires grad (by default) and that a Module attribute assignment
    registers as a parameter. `Parameter(t)` holds t's values (sharing t's memory where the
    backend can: CPU tensors of the torch backend); it is a new leaf of the autograd graph."""

    __slots__ = ()

    def __init__(self, data: Any = None, requires_grad: bool = True) -> None:
        if data is None:
            data = Tensor([])
        super().__init__(data)
        if requires_grad:
            self.requires_grad_(True)

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()

    __str__ = __repr__
