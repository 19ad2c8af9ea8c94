"""The spec's examples, evaluated once, here, at generation time.

An example's `expect` is a numpy expression over its arguments (tensors presented as float64
arrays of their float32 values, lists of tensors as lists of those) and the spec's constants.
Its value is computed when the generator runs and rendered into every output that checks it
(the conformance suite, the Simple spec file). Expressions that depend on the machine (`torch`,
`CUDA_AVAILABLE`, `CUDA_DEVICE_COUNT`) or on the run (`NEW_SCOPE`: any fresh scope id) cannot
be computed here: the conformance harness evaluates those few where it runs, and the Simple
spec file checks only that the call succeeds.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .model import Example, Function, Spec, Value
from .targets import python


def present(type_: Any, value: Value) -> Any:
    """What an `expect` expression sees for an argument value of this type."""
    match python.TABLE[type_].pure:
        case "handle" | "optional_handle" if value is not None:
            return np.asarray(value, dtype=np.float32).astype(np.float64)
        case "handles":
            return [np.asarray(v, dtype=np.float32).astype(np.float64) for v in value]  # type: ignore[union-attr]
    return value


def evaluate(spec: Spec, f: Function, e: Example) -> tuple[bool, Any]:
    """(True, value) when the example's expect expression can be computed here."""
    if e.expect is None:
        return False, None
    names: dict[str, Any] = {"np": np, "math": math, "LIB_VERSION": spec.version,
                             "ABI_VERSION": spec.abi_version, "SPEC_HASH": spec.hash}
    for a in f.args:
        names[a.name] = present(a.type, e.args[a.name])
    try:
        # the spec is trusted input, like the C++ expressions it holds
        return True, eval(e.expect, {"__builtins__": __builtins__}, names)  # noqa: S307
    except NameError:  # names that depend on the machine (torch, CUDA_*)
        return False, None


def plain(value: Any) -> Any:
    """A computed value as plain Python data (floats, ints, bools, str, None, lists of them)
    or an ndarray (kept: its shape matters, an empty one too)."""
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def literal(value: Any) -> str:
    """A Python literal of a plain value (non-finite floats spelled float("..."))."""
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, np.ndarray):
        data = literal(value.ravel().tolist())
        return f"np.array({data}, dtype=np.{value.dtype.name}).reshape({value.shape!r})"
    return repr(value)
