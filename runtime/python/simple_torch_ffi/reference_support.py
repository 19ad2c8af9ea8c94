"""What a spec function's `numpy:` reference may call besides numpy and math (see
generated _reference.py): the pure backend's random generator, ways to fail like the
library does, and the decoder of index keys. The pure backend prefixes the C symbol to the
message."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, NoReturn

import numpy as np

from . import _abi
from .errors import InvalidArgumentError, NotAvailableError, TorchError
from .indexing import (
    BOOL,
    ELLIPSIS,
    GROUP_WORDS,
    INTEGER,
    NO_VALUE,
    NONE_AXIS,
    SLICE,
    TENSOR,
)

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


def index_key(indices: Sequence[int], tensors: Sequence[np.ndarray[Any, Any]]) -> tuple[Any, ...]:
    """The numpy key of an index key's words (simple_torch_ffi.indexing; the C++ decoder is
    runtime/cpp/stf/torch_indexing.h): refused as the library refuses it, with its words; what
    torch refuses itself (a step below 1, a float index tensor) fails with torch's message. A
    key without an Ellipsis gets one at its end, so integers alone give a 0-d view, as in torch
    (numpy would give a scalar)."""
    words = [int(w) for w in indices]
    if len(words) % GROUP_WORDS:
        invalid(f"argument 'indices': {len(words)} words are not whole groups of {GROUP_WORDS}")
    groups = len(words) // GROUP_WORDS
    if groups > _abi.MAX_DIMS:
        invalid(f"argument 'indices': {groups} index groups exceed the maximum of "
                f"{_abi.MAX_DIMS}")
    key: list[Any] = []
    used = [False] * len(tensors)
    for g in range(groups):
        kind, a, b, c = words[g * GROUP_WORDS:(g + 1) * GROUP_WORDS]
        name = _KIND_NAMES.get(kind)
        if name is None:
            invalid(f"argument 'indices': group {g} has unknown kind {kind}")
        first_unused = {SLICE: 4, NONE_AXIS: 1, ELLIPSIS: 1}.get(kind, 2)
        for i, w in enumerate((a, b, c)[first_unused - 1:], start=first_unused):
            if w != 0:
                invalid(f"argument 'indices': group {g} ({name}) has word {i} = {w}, which "
                        "must be 0")
        if kind == INTEGER:
            key.append(a)
        elif kind == SLICE:
            step = 1 if c == NO_VALUE else c
            if step == 0:  # at::indexing::Slice refuses it as it is made
                fail("slice step cannot be zero")
            key.append(slice(None if a == NO_VALUE else a, None if b == NO_VALUE else b, step))
        elif kind == NONE_AXIS:
            key.append(None)
        elif kind == ELLIPSIS:
            key.append(Ellipsis)
        elif kind == BOOL:
            if a not in (0, 1):
                invalid(f"argument 'indices': group {g} (bool) needs 0 or 1, got {a}")
            key.append(a == 1)
        else:  # TENSOR
            if not 0 <= a < len(tensors):
                invalid(f"argument 'indices': group {g} (tensor) refers to tensor {a} of "
                        f"{len(tensors)} in 'tensors'")
            used[a] = True
            t = tensors[a]
            key.append(t.astype(np.bool_) if t.dtype == np.uint8 else t)  # torch: a byte mask
    unused = [i for i, u in enumerate(used) if not u]
    if unused:
        invalid(f"argument 'tensors': tensor {unused[0]} is not referenced by any index group")
    # torch's own checks, when it indexes (after the key is read)
    if any(isinstance(k, slice) and k.step < 0 for k in key):
        fail("step must be greater than zero")
    if any(t.dtype.kind not in "biu" for t in tensors):
        fail("tensors used as indices must be long, int, byte or bool tensors")
    if not any(k is Ellipsis for k in key):
        key.append(Ellipsis)
    return tuple(key)


_KIND_NAMES = {INTEGER: "integer", SLICE: "slice", NONE_AXIS: "None", ELLIPSIS: "Ellipsis",
               BOOL: "bool", TENSOR: "tensor"}
