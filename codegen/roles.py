"""The library's fixed core: the functions every binding's hand-written runtime stands on.

A spec function takes a core role with `role: NAME`; the runtime (C++, Python, Simple) refers
to the role, never to the function's name, so every function (core or operation) can be renamed
in the spec alone. Each role is taken exactly once, by a function of the signature below
(argument types in order, result type); everything without a role is an operation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SpecError
from .model import Spec
from .types import (
    BOOL,
    DEVICE,
    DIM,
    DTYPE,
    F32,
    F64,
    I32,
    I64,
    TENSOR,
    TEXT,
    U8,
    VOID,
    Array,
    Optional,
    Type,
)


@dataclass(frozen=True)
class Role:
    name: str
    args: tuple[Type, ...]
    returns: Type
    doc: str


ROLES: dict[str, Role] = {r.name: r for r in (
    Role("available", (), BOOL, "whether the library was built against libtorch"),
    Role("version", (), TEXT, "the library version"),
    Role("abi_version", (), I32, "the ABI version the library implements"),
    Role("spec_hash", (), TEXT, "the hash of the spec the library was generated from"),
    Role("last_error", (), TEXT, "the message of the last failed call on this thread"),
    Role("last_error_kind", (), I32, "the kind code of the last failed call on this thread"),
    Role("live_count", (), I64, "the number of live tensor handles"),
    Role("cuda_available", (), BOOL, "whether CUDA can be used"),
    Role("cuda_device_count", (), I32, "the number of CUDA devices"),
    Role("free", (TENSOR,), VOID, "release a tensor handle (its argument is consumed)"),
    Role("shape", (TENSOR,), Array(I64), "a tensor's dims"),
    Role("from_f64", (Array(F64), Array(DIM)), TENSOR, "a new tensor from f64 values"),
    Role("to_f64", (TENSOR,), Array(F64), "a tensor's values as f64"),
    Role("from_f32", (Array(F32), Array(DIM)), TENSOR, "a new tensor from float32 values"),
    Role("to_f32", (TENSOR,), Array(F32), "a tensor's values as float32"),
    Role("dtype", (TENSOR,), DTYPE, "a tensor's dtype code"),
    Role("to_dtype", (TENSOR, DTYPE), TENSOR, "a copy of a tensor converted to a dtype"),
    Role("from_bytes", (Array(U8), Array(DIM), DTYPE), TENSOR,
         "a new tensor of a dtype from raw bytes (one copy)"),
    Role("to_bytes", (TENSOR,), Array(U8), "a tensor's raw bytes, row-major"),
    Role("to_dlpack", (TENSOR, BOOL), I64,
         "the tensor as a new DLPack managed tensor (its address; zero copy)"),
    Role("from_dlpack", (I64, BOOL), TENSOR,
         "a new tensor sharing a DLPack managed tensor's memory (ownership moves on success)"),
    Role("index", (TENSOR, Array(I64), Array(TENSOR)), TENSOR,
         "t[key] (torch's indexing; a view where torch makes one): the key encoded in index "
         "words, its index tensors in a list"),
    Role("index_put", (TENSOR, Array(I64), Array(TENSOR), TENSOR), VOID,
         "t[key] = value, in place (torch's indexed assignment; the key encoded as for index)"),
    Role("is_cuda", (TENSOR,), BOOL, "whether a tensor lives on a CUDA device"),
    Role("device", (TENSOR,), DEVICE, "the device code of a tensor (negative = CPU)"),
    Role("to_device", (TENSOR, DEVICE), TENSOR, "a copy of a tensor on a device"),
    Role("requires_grad", (TENSOR,), BOOL, "whether autograd records operations on a tensor"),
    Role("set_requires_grad", (TENSOR, BOOL), VOID,
         "switch autograd recording for a tensor (a leaf) on or off"),
    Role("grad", (TENSOR,), Optional(TENSOR), "a tensor's gradient, or none"),
    Role("clear_grad", (TENSOR,), VOID, "drop a tensor's gradient (grad becomes none)"),
    Role("is_grad_enabled", (), BOOL, "whether gradient mode is on (on this thread)"),
    Role("set_grad_enabled", (BOOL,), BOOL,
         "switch gradient mode on this thread; returns the previous mode"),
)}


def require_core(spec: Spec) -> None:
    """Every role must be taken before anything is generated: the runtimes stand on them."""
    taken = spec.roles
    missing = [r for r in ROLES if r not in taken]
    if missing:
        raise SpecError(spec.path, 1, None,
                        f"no function takes the core role {missing[0]!r} "
                        f"({ROLES[missing[0]].doc}); add `role: {missing[0]}` to one")
