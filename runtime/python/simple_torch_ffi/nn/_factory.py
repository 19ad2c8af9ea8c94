"""Fresh parameter storage for layers: zeros of a shape, dtype and device (torch's
factory_kwargs), to be filled by an initialiser."""

from __future__ import annotations

from typing import Any

from .._api import Tensor, ones, zeros
from .parameter import Parameter


def empty_parameter(shape: tuple[int, ...], dtype: Any, device: str | None) -> Parameter:
    return Parameter(placed(zeros(shape, dtype=dtype or "float32"), device))


def placed(t: Tensor, device: str | None) -> Tensor:
    return t if device is None or t.device == device else t.to(device)


def filled(shape: tuple[int, ...], value: float, dtype: Any, device: str | None) -> Tensor:
    make = ones if value == 1 else zeros
    return placed(make(shape, dtype=dtype or "float32"), device)


def pair(value: int | tuple[int, ...], name: str) -> tuple[int, int]:
    """An int or a pair as a pair (torch's _pair)."""
    if isinstance(value, int):
        return (value, value)
    pair_ = tuple(int(v) for v in value)
    if len(pair_) != 2:
        raise ValueError(f"{name} must be an int or a pair of ints, not {value!r}")
    return pair_  # type: ignore[return-value]
