"""Handle validation, last-error rules and allocation failures of the raw C ABI (issue 3).

Everything here goes through the cffi `lib` of a variant (no Python wrapper): each bad handle
must give the function's sentinel, last_error_kind() == invalid_handle (1) and the exact message
"<symbol>: argument '<arg>': handle <value> <reason>", and leave live_handles() unchanged.

Handle layout (runtime/cpp/stf/handle_table.h): [0 | table:8 | generation:31 | shard:4 | slot:20];
the tensor table has id 1.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from stf_conformance import make_tensor, read_tensor

import simple_torch_ffi
from simple_torch_ffi import Variant, _abi

pytestmark = pytest.mark.usefixtures("stable_live_count")

KINDS = _abi.ERROR_KINDS
INVALID_HANDLE = KINDS["invalid_handle"]
TABLE_SHIFT, GEN_SHIFT, SHARD_SHIFT = 55, 24, 20
GEN_MASK = (1 << 31) - 1
LOW_MASK = (1 << 24) - 1  # shard + slot: where the value lives
TENSOR_TABLE = 1
INT64_MIN = -(1 << 63)

# Valid values for the non-tensor arguments (mirrors conformance._VALID).
_VALID: dict[str, Any] = {
    "shape": [2, 2], "[i64]": [-1], "[f64]": [1.0, 2.0, 3.0, 4.0], "[f32]": [1.0, 2.0, 3.0, 4.0],
    "i64": 0, "i32": 0, "f64": 1.0, "bool": False, "text": "x", "device": -1,
    "dtype": 0, "[u8]": [0, 0, 128, 63],  # float32, and the bytes of 1.0f
}


def encode(table: int, generation: int, shard: int, slot: int) -> int:
    return ((table & 0xFF) << TABLE_SHIFT) | ((generation & GEN_MASK) << GEN_SHIFT) \
        | ((shard & 0xF) << SHARD_SHIFT) | (slot & 0xFFFFF)


def decode(h: int) -> tuple[int, int, int, int]:
    return (h >> TABLE_SHIFT) & 0xFF, (h >> GEN_SHIFT) & GEN_MASK, (h >> SHARD_SHIFT) & 0xF, \
        h & 0xFFFFF


def live(v: Variant) -> int:
    return int(v.func("live_handles")())


def new_tensor(v: Variant, shape: tuple[int, ...] = (2, 2)) -> int:
    n = int(np.prod(shape))
    return make_tensor(v, np.arange(n, dtype=np.float64).reshape(shape))


KNOWN_TYPES = {"tensor", "[tensor]", *_VALID}
# C element type of the caller buffer of each array result.
OUT_CTYPES = {"[i64]": "int64_t", "[f64]": "double", "[f32]": "float", "[i32]": "int32_t",
              "[u8]": "uint8_t"}


def marshallable(info: _abi.FunctionInfo) -> bool:
    """False for functions with argument or result types this file does not know (added to
    the spec later): they are left out rather than called with wrong arguments."""
    return all(type_ in KNOWN_TYPES for _, type_, _ in info.args) and (
        not info.returns.startswith("[") or info.returns in OUT_CTYPES)


def tensor_args() -> Iterator[tuple[_abi.FunctionInfo, str, str]]:
    """Every (function, argument, name in the error message) taking a tensor handle; a
    [tensor] argument is checked at element 1 (element 0 holds a valid handle)."""
    for info in _abi.FUNCTIONS.values():
        if not marshallable(info):
            continue
        for name, type_, _consumed in info.args:
            if type_ == "tensor":
                yield info, name, name
            elif type_ == "[tensor]":
                yield info, name, f"{name}[1]"


def call(v: Variant, info: _abi.FunctionInfo, valid: int, bad: tuple[str, int] | None = None
         ) -> Any:
    """Call `info` with `valid` for every handle (bad[1] for argument bad[0]; a [tensor]
    argument gets [valid, handle]) and valid values for every other argument."""
    ffi = v.ffi
    c_args: list[Any] = []
    for name, type_, _ in info.args:
        h = bad[1] if bad is not None and bad[0] == name else valid
        if type_ == "tensor":
            c_args.append(h)
        elif type_ == "[tensor]":
            c_args += [ffi.new("int64_t[]", [valid, h]), 2]
        elif type_ in ("shape", "[i64]", "[f64]", "[f32]", "[u8]"):
            value = _VALID[type_]
            c_args += [ffi.new(f"{OUT_CTYPES.get(type_, 'int64_t')}[]", value), len(value)]
        elif type_ == "text":
            c_args.append(b"x")
        else:
            c_args.append(_VALID[type_])
    if info.returns in OUT_CTYPES:
        c_args += [ffi.new(f"{OUT_CTYPES[info.returns]}[64]"), 64]
    return v.func(info.name)(*c_args)


def is_sentinel(v: Variant, info: _abi.FunctionInfo, raw: Any) -> bool:
    if info.returns == "void":
        return raw is None
    if info.returns == "text":
        return raw == v.ffi.NULL
    if isinstance(info.sentinel, float) and math.isnan(info.sentinel):
        return isinstance(raw, float) and math.isnan(raw)
    return bool(raw == info.sentinel and type(raw) is type(info.sentinel))


def expect_error(v: Variant, info: _abi.FunctionInfo, raw: Any, kind: int, message: str) -> None:
    assert is_sentinel(v, info, raw), f"{info.name}: expected sentinel, got {raw!r}"
    assert v.last_error() == (kind, message)


def bad_handle_message(info: _abi.FunctionInfo, arg: str, h: int, reason: str) -> str:
    return f"{info.symbol}: argument '{arg}': handle {h} {reason}"


def check_rejected(v: Variant, bad: int, reason: str, valid: int) -> None:
    """Every tensor argument of every function rejects `bad` with `reason`."""
    before = live(v)
    for info, arg, shown in tensor_args():
        raw = call(v, info, valid, (arg, bad))
        expect_error(v, info, raw, INVALID_HANDLE, bad_handle_message(info, shown, bad, reason))
        assert live(v) == before, f"{info.name}({arg}={bad}) changed live_handles"


# ---- invalid handles ---------------------------------------------------------------------


def test_null_and_negative_handles(torch_variant: Variant) -> None:
    v = torch_variant
    base = live(v)
    valid = new_tensor(v)
    try:
        check_rejected(v, 0, "is null", valid)
        for bad in (-1, -5, -(1 << 62), INT64_MIN + 1, INT64_MIN):
            check_rejected(v, bad, "is negative", valid)
        # The example, spelled out.
        assert v.func("tensor_add")(0, valid) == 0
        assert v.last_error() == (1, "simple_torch_tensor_add: argument 'a': handle 0 is null")
    finally:
        v.func("tensor_free")(valid)
    assert live(v) == base


def test_never_issued_handles(torch_variant: Variant) -> None:
    v = torch_variant
    valid = new_tensor(v)
    table, gen, shard, slot = decode(valid)
    assert table == TENSOR_TABLE and valid > 0
    try:
        # A slot past the end of its shard, and a future generation of a live slot.
        check_rejected(v, encode(table, gen, shard, 0xFFFFF), "was never issued", valid)
        check_rejected(v, encode(table, gen + 5, shard, slot), "was never issued", valid)
        check_rejected(v, encode(table, 1 << 30, (shard + 7) % 16, 12345), "was never issued",
                       valid)
    finally:
        v.func("tensor_free")(valid)


def test_handles_of_another_table(torch_variant: Variant) -> None:
    v = torch_variant
    valid = new_tensor(v)
    try:
        for table in (0, 2, 0x7F, 0x80, 0xFF):
            foreign = (valid & ~(0xFF << TABLE_SHIFT)) | (table << TABLE_SHIFT)
            assert foreign > 0
            check_rejected(v, foreign, "belongs to another table", valid)
        check_rejected(v, 1, "belongs to another table", valid)  # table 0, slot 1
    finally:
        v.func("tensor_free")(valid)


def test_freed_and_double_free(torch_variant: Variant) -> None:
    v = torch_variant
    free = v.func("tensor_free")
    info = _abi.FUNCTIONS["tensor_free"]
    base = live(v)
    valid = new_tensor(v)
    h = new_tensor(v)
    assert live(v) == base + 2
    assert free(h) is None
    assert v.last_error() == (0, "")
    assert live(v) == base + 1
    stale = bad_handle_message(info, "handle", h, "is stale (already freed)")
    for _ in range(3):  # double, triple, quadruple free: harmless and reported each time
        free(h)
        assert v.last_error() == (INVALID_HANDLE, stale)
        assert live(v) == base + 1
    check_rejected(v, h, "is stale (already freed)", valid)
    # Freeing any invalid handle is harmless and reported.
    for bad, reason in ((0, "is null"), (-3, "is negative"), (1, "belongs to another table")):
        free(bad)
        assert v.last_error() == (INVALID_HANDLE, bad_handle_message(info, "handle", bad, reason))
    # The library is still usable and the surviving tensor untouched.
    np.testing.assert_array_equal(read_tensor(v, valid), [[0.0, 1.0], [2.0, 3.0]])
    free(valid)
    assert v.last_error() == (0, "")
    assert live(v) == base


def test_reused_slot_is_stale(torch_variant: Variant) -> None:
    """ABA: a freed handle stays stale when its slot holds a new tensor."""
    v = torch_variant
    free = v.func("tensor_free")
    base = live(v)
    h = new_tensor(v, (3,))
    free(h)
    created: list[int] = []
    reused = 0
    try:
        for _ in range(5000):
            n = new_tensor(v, (2, 2))
            created.append(n)
            if n & LOW_MASK == h & LOW_MASK:
                reused = n
                break
        assert reused, "no new tensor landed in the freed slot"
        assert reused != h
        assert decode(reused)[1] != decode(h)[1]  # same place, new generation
        check_rejected(v, h, "is stale (already freed)", reused)
        free(h)
        assert v.last_error() == (
            INVALID_HANDLE,
            f"simple_torch_tensor_free: argument 'handle': handle {h} is stale (already freed)")
        # The stale free did not touch the slot's new occupant.
        np.testing.assert_array_equal(read_tensor(v, reused), [[0.0, 1.0], [2.0, 3.0]])
        assert live(v) == base + len(created)
    finally:
        for n in created:
            free(n)
    assert live(v) == base


def test_forged_handles(torch_variant: Variant) -> None:
    v = torch_variant
    rng = random.Random(0x5EED_F0F6)
    valid = new_tensor(v)
    live_set = {valid}
    numel, relu, free = v.func("tensor_numel"), v.func("relu"), v.func("tensor_free")
    base = live(v)
    forged = [rng.getrandbits(63) for _ in range(300)]
    # With the right table id and a generation no slot of a test run reaches.
    forged += [encode(TENSOR_TABLE, (1 << 30) | rng.getrandbits(30), rng.getrandbits(4),
                      rng.getrandbits(20)) for _ in range(200)]
    forged += [rng.getrandbits(63) - (1 << 63) for _ in range(50)]  # negative
    try:
        for bad in forged:
            if bad == 0 or bad in live_set:
                continue
            table, gen, _, _ = decode(bad)
            if bad < 0:
                reasons = ["is negative"]
            elif table != TENSOR_TABLE:
                reasons = ["belongs to another table"]
            elif gen >= 1 << 30:
                reasons = ["was never issued"]
            else:  # random bits in the right table: never issued, or a freed generation
                reasons = ["was never issued", "is stale (already freed)"]
            for fn, sym in ((numel, "tensor_numel"), (relu, "relu"), (free, "tensor_free")):
                raw = fn(bad)
                kind, msg = v.last_error()
                assert raw == _abi.FUNCTIONS[sym].sentinel, (sym, bad, raw)
                assert kind == INVALID_HANDLE, (sym, bad, msg)
                assert msg in [f"simple_torch_{sym}: argument 'handle': handle {bad} {r}"
                               for r in reasons], msg
            assert live(v) == base
        assert numel(valid) == 4
    finally:
        free(valid)


def test_live_handles_is_exact(torch_variant: Variant) -> None:
    v = torch_variant
    f = v.func
    base = live(v)
    hs = [new_tensor(v, (i % 3 + 1, 2)) for i in range(30)]
    assert live(v) == base + 30
    sums = [f("tensor_add")(hs[i], hs[i]) for i in range(10)]
    assert all(s > 0 for s in sums) and live(v) == base + 40
    # Failing calls create nothing.
    assert f("tensor_add")(hs[1], hs[2]) == 0 and v.last_error()[0] == KINDS["torch_error"]
    assert f("tensor_matmul")(hs[0], hs[0]) == 0 and v.last_error()[0] == KINDS["torch_error"]
    assert live(v) == base + 40
    for i, h in enumerate(hs + sums):
        f("tensor_free")(h)
        f("tensor_free")(h)  # double free changes nothing
        assert live(v) == base + 40 - i - 1
    assert live(v) == base


@pytest.mark.skipif("tensor_cat" not in _abi.FUNCTIONS, reason="no [tensor] argument")
def test_hostile_tensor_list_length(torch_variant: Variant) -> None:
    """A [tensor] length far beyond any buffer is an invalid argument, never internal/OOM."""
    v = torch_variant
    valid = new_tensor(v)
    buf = v.ffi.new("int64_t[]", [valid, valid])
    try:
        for n in (1 << 62, 1 << 59, 1 << 40):
            assert v.func("tensor_cat")(buf, n, 0) == 0
            assert v.last_error() == (
                KINDS["invalid_argument"],
                f"simple_torch_tensor_cat: argument 'tensors': {n} tensors exceed the maximum "
                "of 1048576")
    finally:
        v.func("tensor_free")(valid)


def test_stub_live_handles_and_bad_handles(stub_variant: Variant) -> None:
    v = stub_variant
    assert live(v) == 0
    for bad in (0, -1, 1, 12345):
        v.func("tensor_free")(bad)
        assert v.last_error() == (KINDS["not_available"], "simple_torch_tensor_free: "
                                  "libtorch is not available in this build")
    assert live(v) == 0


# ---- last_error rules ----------------------------------------------------------------------


CORE_FUNCTIONS = (
    "available", "version", "abi_version", "spec_hash", "live_handles", "cuda_available",
    "cuda_device_count", "tensor_zeros", "tensor_ones", "tensor_randn", "tensor_from_data",
    "tensor_add", "tensor_mul", "tensor_matmul", "tensor_shape", "tensor_ndim", "tensor_numel",
    "tensor_to_data", "relu", "sigmoid", "tanh", "tensor_cuda", "tensor_cpu", "tensor_is_cuda",
    "tensor_to_device", "tensor_free",
)


def _provoke(v: Variant, fn: str = "tensor_add") -> tuple[int, str]:
    v.func(fn)(0, 0)
    err = v.last_error()
    assert err[0] != 0 and err[1]
    return err


def test_every_call_clears_the_error(variant: Variant) -> None:
    v = variant
    valid = new_tensor(v)  # 1 (never valid) on the stub
    succeeded = []
    try:
        for info in _abi.FUNCTIONS.values():
            if info.keeps_error or not marshallable(info):
                continue
            # a fresh tensor for the function that consumes it and for those writing into it
            # (torch's trailing `_`), so that `valid` keeps its values for the others
            fresh = info.name == "tensor_free" or info.name.endswith("_")
            handle = new_tensor(v) if fresh else valid
            provoked = _provoke(v, "tensor_mul" if info.name == "tensor_add" else "tensor_add")
            raw = call(v, info, handle)
            kind, msg = v.last_error()
            if fresh and info.name != "tensor_free" and v.available:
                v.func("tensor_free")(handle)
            assert msg != provoked[1], f"{info.name} did not clear the previous error"
            if kind == 0:
                assert msg == "", (info.name, msg)
                # false is a valid bool result; 0 without an error is none for tensor?
                if info.returns not in ("void", "bool", "tensor?"):
                    assert not is_sentinel(v, info, raw), (info.name, raw)
                succeeded.append(info.name)
                if info.returns in ("tensor", "tensor?") and raw:
                    v.func("tensor_free")(raw)
            else:
                assert msg.startswith(f"{info.symbol}: "), (info.name, msg)
                assert is_sentinel(v, info, raw), (info.name, raw)
    finally:
        if v.available:
            v.func("tensor_free")(valid)
            # every function ran, set_grad_enabled(False) among them: later tests on this
            # thread record gradients again
            v.func(_abi.ROLES["set_grad_enabled"])(True)
    if v.available:
        # Functions added to the spec later may need other arguments to succeed: for them only
        # the clearing is checked above.
        want = set(CORE_FUNCTIONS)
        if not v.func("cuda_available")():
            want.discard("tensor_cuda")
        assert set(succeeded) >= want
    else:
        assert set(succeeded) == {n for n, i in _abi.FUNCTIONS.items()
                                  if i.has_stub and not i.keeps_error}


def test_error_readers_keep_the_error(variant: Variant) -> None:
    v = variant
    provoked = _provoke(v)
    p = v.func("last_error")()
    for _ in range(3):
        assert v.func("last_error_kind")() == provoked[0]
        assert v.ffi.string(v.func("last_error")()).decode() == provoked[1]
    # The first pointer is still valid (no other call happened on this thread).
    assert v.ffi.string(p).decode() == provoked[1]
    assert v.func("abi_version")() == _abi.ABI_VERSION
    assert v.last_error() == (0, "")


def test_error_of_one_call_replaces_the_previous(torch_variant: Variant) -> None:
    v = torch_variant
    _provoke(v)
    assert v.func("tensor_ndim")(-7) == -1
    assert v.last_error() == (1, "simple_torch_tensor_ndim: argument 'handle': handle -7 "
                                 "is negative")
    dims = v.ffi.new("int64_t[]", [2, -3])
    assert v.func("tensor_zeros")(dims, 2, 0) == 0
    assert v.last_error() == (2, "simple_torch_tensor_zeros: argument 'dims': dimension 1 is "
                                 "negative (-3)")


# ---- allocation failures -------------------------------------------------------------------

# 2^60 float32 elements = 2^62 bytes: more than any address space, so it fails even with
# overcommit, and the element count does not overflow int64. The message is libtorch's
# (CPU allocator enforce, torch==2.13.0 is pinned); the runtime maps it to out_of_memory.
HUGE_DIMS = [1 << 40, 1 << 20]
HUGE_MESSAGE = ("[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't "
                "allocate memory: you tried to allocate 4611686018427387904 bytes. "
                "Error code 12 (Cannot allocate memory)")
# 2^62 elements: numel fits int64 (so the argument check passes), the byte size does not:
# libtorch refuses before allocating, and reports it as a plain error (torch_error).
OVERFLOW_DIMS = [1 << 62]
OVERFLOW_MESSAGE = "Storage size calculation overflowed with sizes=[4611686018427387904]"


@pytest.mark.parametrize("fn", ["tensor_zeros", "tensor_ones", "tensor_randn"])
def test_allocation_too_large(torch_variant: Variant, fn: str) -> None:
    v = torch_variant
    base = live(v)
    for dims, kind, message in ((HUGE_DIMS, KINDS["out_of_memory"], HUGE_MESSAGE),
                                (OVERFLOW_DIMS, KINDS["torch_error"], OVERFLOW_MESSAGE)):
        buf = v.ffi.new("int64_t[]", dims)
        assert v.func(fn)(buf, len(dims), 0) == 0  # 0: float32
        assert v.last_error() == (kind, f"simple_torch_{fn}: {message}")
        assert live(v) == base
    # Still usable.
    h = new_tensor(v, (3, 2))
    assert v.func("tensor_numel")(h) == 6
    v.func("tensor_free")(h)
    assert live(v) == base


# ---- the library never prints --------------------------------------------------------------

_SILENT_CHILD = textwrap.dedent("""
    import json, sys
    from simple_torch_ffi import load
    seen = {}
    def note(v, what):
        kind, msg = v.last_error()
        seen.setdefault(kind, f"{v.variant}: {what}: {msg}")
    for name in ("torch", "stub"):
        v = load(name); f = v.func; ffi = v.ffi
        dims = lambda *d: (ffi.new("int64_t[]", list(d)), len(d), 0)  # 0: float32
        a = f("tensor_zeros")(*dims(2, 3)); note(v, "zeros")
        b = f("tensor_ones")(*dims(2, 2)); note(v, "ones")
        for bad in (0, -1, 1, a | 0xFFFFF, (a ^ (5 << 55)) if a else 7):
            f("relu")(bad); note(v, "relu(bad)")
            f("tensor_free")(bad); note(v, "free(bad)")
        f("tensor_zeros")(*dims(2, -1)); note(v, "zeros(negative)")
        f("tensor_zeros")(ffi.NULL, 3, 0); note(v, "zeros(NULL, 3)")
        f("tensor_zeros")(*dims(*([1] * 65))); note(v, "zeros(65 dims)")
        f("tensor_zeros")(*dims(1 << 40, 1 << 40)); note(v, "zeros(overflow)")
        f("tensor_from_data")(ffi.new("double[]", 5), 5, *dims(2, 3)[:2]); note(v, "from_data")
        f("tensor_to_data")(a, ffi.NULL, 4); note(v, "to_data(NULL, 4)")
        f("tensor_add")(a, b); note(v, "add mismatch")
        f("tensor_matmul")(a, a); note(v, "matmul mismatch")
        f("tensor_cuda")(a, -1); note(v, "cuda(-1)")
        f("tensor_cuda")(a, 1000); note(v, "cuda(1000)")
        f("tensor_to_device")(a, 1000); note(v, "to_device(1000)")
        f("tensor_zeros")(*dims(1 << 40, 1 << 20)); note(v, "zeros(huge)")
        f("tensor_randn")(*dims(1 << 62)); note(v, "randn(1 << 62)")
        f("cuda_device_count")(); note(v, "cuda_device_count")
        for h in (a, b, a):
            f("tensor_free")(h); note(v, "free")
    json.dump({str(k): m for k, m in seen.items()}, open(sys.argv[1], "w"))
""")


def _child_pythonpath() -> str:
    """The package roots this process imported simple_torch_ffi from, in the same order."""
    return os.pathsep.join(str(Path(p).parent) for p in simple_torch_ffi.__path__)


def test_library_prints_nothing(torch_variant: Variant, tmp_path: Path) -> None:
    """Provoke every error kind reachable through the ABI in a child whose fds 1 and 2 are
    pipes: the library (and libtorch under it) must write nothing to either."""
    out = tmp_path / "seen.json"
    env = dict(os.environ, PYTHONPATH=_child_pythonpath(), PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, "-c", _SILENT_CHILD, str(out)], env=env,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert proc.stdout == b"", proc.stdout.decode(errors="replace")
    # Under `nox -s sanitize` the preloaded ASan runtime (not the library) warns about the
    # refused 2^62-byte allocation; only that exact line is tolerated.
    stderr = re.sub(rb"(?m)^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ "
                    rb"bytes\n", b"", proc.stderr)
    assert stderr == b"", proc.stderr.decode(errors="replace")
    seen = {int(k): m for k, m in json.loads(out.read_text()).items()}
    # internal (6) is not reachable through the ABI with valid libtorch objects.
    assert set(seen) >= {0, 1, 2, 3, 4, 5}, seen
