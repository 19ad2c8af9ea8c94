"""The validated spec model: frozen dataclasses built by codegen.spec, read by every target."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal

from .types import Type

Scalar = int | float | bool | str | None
Value = Scalar | list["Value"]


@dataclass(frozen=True)
class ErrorKind:
    name: str
    code: int
    doc: str
    line: int


@dataclass(frozen=True)
class DType:
    """One element type of the ABI: its code is part of the ABI (header, every binding)."""

    name: str  # float32, int64, ... (the spelling every binding uses)
    code: int
    aten: str  # the at::ScalarType constant, e.g. kFloat
    numpy: str  # the numpy dtype name (bfloat16 through ml_dtypes)
    size: int  # bytes per element
    line: int


@dataclass(frozen=True)
class Arg:
    name: str
    type: Type
    consumed: bool
    line: int
    has_default: bool = False
    default: Value = None  # used by the bindings (Python, Simple Tier 3) and examples


@dataclass(frozen=True)
class Example:
    """One conformance case. Exactly one of expect / shape / error is set."""

    args: dict[str, Value]
    expect: str | None
    shape: tuple[int, ...] | None
    error: str | None
    message: str | None
    when: Literal["cuda", "no_cuda"] | None
    variant: Literal["torch", "stub"] | None
    line: int


@dataclass(frozen=True)
class Function:
    name: str
    doc: str
    args: tuple[Arg, ...]
    returns: Type
    sentinel: Scalar
    torch: str
    stub: str | None
    keeps_error: bool
    examples: tuple[Example, ...]
    line: int
    symbol: str = field(default="")
    pure_fallback: bool = False  # a pure-Simple `pure_<name>` exists (Simple Tier 3 falls back)
    role: str | None = None  # a core role (codegen.roles) or None for an operation
    numpy: str | None = None  # the reference implementation (a numpy expression), if any
    promote: bool = False  # tensor arguments combine elementwise: torch's type promotion
    word_lane: bool = True  # exported in the word lane (rt_<lane>_<name>); `word_lane: false`
    inplace: bool = False  # writes into its first (tensor) argument; returns void (torch's `x_`)
    overload_of: str | None = None  # the Python surface merges it into this function's entry
    # the Python namespace of the operation ("nn.functional": a module-level function of
    # <library>.nn.functional) instead of a Tensor method / top-level function; None: the default
    python_module: str | None = None
    tensor_method: bool = False  # with python_module: also a Tensor method (where torch has one)
    # where the result lives: None, beside the tensor arguments (torch's rule for operations);
    # "cpu": on the CPU whatever the inputs' device (`t.cpu()`)
    result_device: str | None = None

    @property
    def is_operation(self) -> bool:
        return self.role is None

    @property
    def sentinel_is_nan(self) -> bool:
        return self.sentinel == "nan"


@dataclass(frozen=True)
class Spec:
    path: str
    abi_version: int
    version: str
    prefix: str
    library: str
    error_kinds: tuple[ErrorKind, ...]
    functions: tuple[Function, ...]
    limits: tuple[tuple[str, int], ...] = ()  # (name, value): max_dims, max_tensor_list
    dtypes: tuple[DType, ...] = ()
    default_dtype: str = "float32"  # what creation functions and tensor(...) of floats make
    lane: str = "torch"  # the word lane's <name>: symbols rt_<name>_*, library libspl_<name>.so

    @property
    def hash(self) -> str:
        """Hash of everything that reaches compiled code (docs and examples excluded), so a
        doc-only edit keeps the hash and rebuilds nothing."""
        payload = {
            "abi_version": self.abi_version,
            "version": self.version,
            "prefix": self.prefix,
            "library": self.library,
            "error_kinds": [(k.name, k.code) for k in self.error_kinds],
            "limits": list(self.limits),
            "dtypes": [(d.name, d.code, d.aten, d.size) for d in self.dtypes],
            "default_dtype": self.default_dtype,
            "lane": self.lane,
            "functions": [
                {
                    "name": f.name,
                    "args": [(a.name, a.type.value, a.consumed, a.has_default, a.default)
                             for a in f.args],
                    "returns": f.returns.value,
                    "sentinel": f.sentinel,
                    "torch": f.torch,
                    "stub": f.stub,
                    "keeps_error": f.keeps_error,
                    "word_lane": f.word_lane,
                    "inplace": f.inplace,
                }
                for f in self.functions
            ],
        }
        blob = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def dtype(self, name: str) -> DType:
        for d in self.dtypes:
            if d.name == name:
                return d
        raise KeyError(name)

    def role(self, role: str) -> Function:
        """The function that takes a core role (codegen.roles); the loader checks each role
        is taken once."""
        for f in self.functions:
            if f.role == role:
                return f
        raise KeyError(role)

    @property
    def roles(self) -> dict[str, str]:
        """role -> function name."""
        return {f.role: f.name for f in self.functions if f.role is not None}

    @property
    def lane_functions(self) -> tuple[Function, ...]:
        """The functions the word lane exports (codegen/targets/word_lane.py)."""
        return tuple(f for f in self.functions if f.word_lane)

    def function(self, name: str) -> Function:
        for f in self.functions:
            if f.name == name:
                return f
        raise KeyError(name)
