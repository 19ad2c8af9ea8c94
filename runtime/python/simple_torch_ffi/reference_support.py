"""What a spec function's `numpy:` reference may call besides numpy and math (see
generated _reference.py): the pure backend's random generator and ways to fail like the
library does. The pure backend prefixes the C symbol to the message."""

from __future__ import annotations

import threading
from typing import Any, NoReturn

import numpy as np

from .errors import InvalidArgumentError, NotAvailableError, TorchError

_local = threading.local()


def rng() -> np.random.Generator:
    """This thread's random generator (a numpy Generator is not thread-safe)."""
    g = getattr(_local, "rng", None)
    if g is None:
        g = _local.rng = np.random.default_rng()
    return g


def reseed(seed: int) -> None:
    """A new random generator for this thread, seeded (the pure backend's manual_seed: numpy's
    stream, not torch's)."""
    _local.rng = np.random.default_rng(seed % 2**64)


def apply_reduction(values: Any, reduction: str, weights: Any = None) -> Any:
    """A loss's elementwise values reduced as torch's `reduction` says: "none" keeps them,
    "sum" adds them, "mean" averages them (weighted: sum / sum of weights)."""
    if reduction == "none":
        return values
    if reduction == "sum":
        return np.sum(values)
    if reduction == "mean":
        return np.mean(values) if weights is None else np.sum(values) / np.sum(weights)
    invalid(f"argument 'reduction': {reduction} is not a valid value for reduction")


def unavailable(message: str) -> NoReturn:
    """Fail with not_available (NotAvailableError)."""
    raise NotAvailableError(message)


def invalid(message: str) -> NoReturn:
    """Fail with invalid_argument (InvalidArgumentError)."""
    raise InvalidArgumentError(message)


def fail(message: str) -> NoReturn:
    """Fail with torch_error (TorchError), as libtorch would."""
    raise TorchError(message)
