"""The conformance harness: runs spec examples and hostile arguments against a variant.

The generated suite (generated/tests/test_conformance.py) calls `run_cases` and
`run_bad_argument`; this module marshals the spec's logical values (nested lists for tensors,
lists for arrays) to the C ABI through the variant's cffi `lib`, by the type facts in
_abi.TYPES, and checks raw ABI behaviour: result or sentinel, last_error_kind, last_error text,
and that no handle leaks. It reaches the core by role (_abi.ROLES) and names no operation. It
lives outside the shipped package (tests/support, on sys.path through conftest.py).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from simple_torch_ffi import _abi
from simple_torch_ffi.loader import Variant

__all__ = ["Case", "Variant", "run_bad_argument", "run_cases"]

NOT_AVAILABLE_MESSAGE = "libtorch is not available in this build"
CUDA_NOT_AVAILABLE = "CUDA is not available"
MAX_DIMS = _abi.MAX_DIMS
ROLES = _abi.ROLES


@dataclass(frozen=True)
class Case:
    """One spec example (see the `examples` key in spec/ffi.yaml)."""

    line: int
    args: dict[str, Any]
    expect: str | None = None
    shape: list[int] | None = None
    error: str | None = None
    message: str | None = None
    when: str | None = None
    variant: str | None = None
    value: Any = None  # the expect expression's value, computed by the generator
    has_value: bool = False  # False: machine-dependent (torch, CUDA_*), evaluated here


@cache
def _torch_cuda() -> tuple[bool, int]:
    try:
        import torch
    except ImportError:
        return False, 0
    return bool(torch.cuda.is_available()), int(torch.cuda.device_count())


class _Reference(Mapping[str, Any]):
    """Names a spec `expect` expression may use; torch is imported only when asked for."""

    def __init__(self, args: dict[str, Any]) -> None:
        self._values: dict[str, Any] = {
            "np": np, "math": math, "LIB_VERSION": _abi.VERSION,
            "ABI_VERSION": _abi.ABI_VERSION, "SPEC_HASH": _abi.SPEC_HASH, **args,
        }

    def __getitem__(self, key: str) -> Any:
        if key in self._values:
            return self._values[key]
        if key == "torch":
            import torch
            return torch
        if key == "CUDA_AVAILABLE":
            return _torch_cuda()[0]
        if key == "CUDA_DEVICE_COUNT":
            return _torch_cuda()[1]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


VALID_TENSOR = [[1.0, 2.0], [3.0, 4.0]]  # what the hostile-handle cases start from


@dataclass
class _Call:
    """Marshalled C arguments and what must be released after the call."""

    v: Variant
    c_args: list[Any] = field(default_factory=list)
    keep: list[Any] = field(default_factory=list)
    handles: list[int] = field(default_factory=list)

    def tensor(self, value: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value  # a raw handle
        arr = np.asarray(value, dtype=np.float64)
        h = make_tensor(self.v, arr)
        self.handles.append(h)
        return h

    def add(self, type_: str, value: Any) -> None:
        t = _abi.TYPES[type_]
        if t.pure == "handle":
            self.c_args.append(self.tensor(value))
        elif t.pure == "optional_handle":  # None is the handle 0
            self.c_args.append(0 if value is None else self.tensor(value))
        elif t.pure == "handles":
            handles = [self.tensor(item) for item in value]
            buf = self.v.ffi.new(f"{t.ctype}[]", handles)
            self.keep.append(buf)
            self.c_args += [buf, len(handles)]
        elif t.lower == "array":
            buf = self.v.ffi.new(f"{t.ctype}[]", list(value))
            self.keep.append(buf)
            self.c_args += [buf, len(value)]
        elif t.lower == "text":
            self.c_args.append(value.encode() if isinstance(value, str) else value)
        elif t.convert == "dtype":  # the spec names dtypes; the ABI takes codes
            self.c_args.append(_abi.DTYPES[value].code if isinstance(value, str) else value)
        else:
            self.c_args.append(value)

    def release(self) -> None:
        free = self.v.role("free")
        for h in self.handles:
            free(h)
        self.handles.clear()


def make_tensor(v: Variant, arr: np.ndarray) -> int:
    """A tensor handle holding arr (float32); 1 (never valid) on the stub variant."""
    if not v.available:
        return 1
    data = np.ascontiguousarray(arr, dtype=np.float64).ravel()
    dims = v.ffi.new("int64_t[]", list(arr.shape))
    h = v.role("from_f64")(v.ffi.from_buffer("double[]", data), data.size, dims, arr.ndim)
    assert h > 0, v.last_error()
    return int(h)


def read_tensor(v: Variant, h: int) -> np.ndarray:
    """The values of tensor h as a float64 array of its shape."""
    ndim = v.role("shape")(h, v.ffi.NULL, 0)
    assert ndim >= 0, v.last_error()
    dims = v.ffi.new("int64_t[]", ndim)
    assert v.role("shape")(h, dims, ndim) == ndim
    n = v.role("to_f64")(h, v.ffi.NULL, 0)
    assert n >= 0, v.last_error()
    out = np.empty(n, dtype=np.float64)
    assert v.role("to_f64")(h, v.ffi.from_buffer("double[]", out), n) == n
    return out.reshape(tuple(dims))


def _read_array(v: Variant, fn: Any, c_args: list[Any], elem: str) -> Any:
    n = fn(*c_args, v.ffi.NULL, 0)
    if n < 0:
        return n
    buf = v.ffi.new(f"{elem}[]", max(n, 1))
    assert fn(*c_args, buf, n) == n
    return list(buf[0:n])


def _invoke(v: Variant, info: _abi.FunctionInfo, c_args: list[Any]) -> tuple[Any, Any]:
    """Call the function; return (raw result, logical value)."""
    fn = v.func(info.name)
    result = _abi.TYPES[info.returns]
    raw = _read_array(v, fn, c_args, result.ctype) if result.lower == "array" else fn(*c_args)
    return raw, raw


def _is_sentinel(info: _abi.FunctionInfo, raw: Any, v: Variant) -> bool:
    kind = _abi.TYPES[info.returns].result
    if kind == "void":
        return True
    if kind == "text":
        return raw == v.ffi.NULL
    if isinstance(info.sentinel, float) and math.isnan(info.sentinel):
        return isinstance(raw, float) and math.isnan(raw)
    return bool(raw == info.sentinel and type(raw) is type(info.sentinel))


def _expect_error(v: Variant, info: _abi.FunctionInfo, raw: Any, kind: str, text: str,
                  where: str) -> None:
    assert _is_sentinel(info, raw, v), \
        f"{where}: expected the sentinel {info.sentinel!r}, got {raw!r}"
    code, msg = v.last_error()
    assert code == _abi.ERROR_KINDS[kind], f"{where}: expected kind {kind}, got {code}: {msg!r}"
    assert msg.startswith(f"{info.symbol}: "), f"{where}: message must name the function: {msg!r}"
    assert text in msg, f"{where}: expected {text!r} in {msg!r}"


def _baseline(v: Variant) -> int:
    """Live handles before a case. The cyclic GC is paused until _check_usable, so garbage left
    by earlier code (finalizers freeing handles) cannot change the count mid-case."""
    gc.disable()
    return int(v.role("live_count")())


def _check_usable(v: Variant, baseline: int, where: str) -> None:
    """No handle leaked, and the library still answers."""
    live = v.role("live_count")()
    gc.enable()
    assert live == baseline, f"{where}: live handles {live}, expected {baseline} (leak?)"
    assert v.role("abi_version")() == _abi.ABI_VERSION
    assert v.role("last_error_kind")() == 0


def _skip(v: Variant, case: Case) -> bool:
    if case.variant is not None and case.variant != v.variant:
        return True
    if case.when is not None and v.available:
        has_cuda = bool(v.role("cuda_available")())
        return (case.when == "cuda") != has_cuda
    return case.when == "cuda"


def run_cases(v: Variant, name: str, cases: list[Case]) -> None:
    """Run a function's spec examples against a variant."""
    info = _abi.FUNCTIONS[name]
    for case in cases:
        if _skip(v, case):
            continue
        where = f"spec/ffi.yaml:{case.line}: {name} [{v.variant}]"
        baseline = _baseline(v)
        call = _Call(v)
        for arg_name, type_, _consumed in info.args:
            call.add(type_, case.args[arg_name])
        consumed = [i for i, (_, _, c) in enumerate(info.args) if c]
        raw, _ = _invoke(v, info, call.c_args)
        try:
            if v.variant == "stub" and not info.has_stub:
                _expect_error(v, info, raw, "not_available", NOT_AVAILABLE_MESSAGE, where)
            elif case.error is not None:
                _expect_error(v, info, raw, case.error, case.message or "", where)
            elif info.inplace:  # the example gives the first argument's value after the call
                code, msg = v.last_error()
                assert code == 0, f"{where}: unexpected error {code}: {msg}"
                _check_tensor(v, read_tensor(v, call.c_args[0]), info, case, where)
            else:
                code, msg = v.last_error()
                assert code == 0, f"{where}: unexpected error {code}: {msg}"
                _check_value(v, info, raw, case, where)
        finally:
            if consumed:  # the function released these handles itself
                call.handles = [h for h in call.handles if h not in
                                {call.c_args[i] for i in consumed}]
            call.release()
        _check_usable(v, baseline, where)


def _check_value(v: Variant, info: _abi.FunctionInfo, raw: Any, case: Case, where: str) -> None:
    kind = _abi.TYPES[info.returns].result
    if kind == "optional_handle" and case.has_value and case.value is None:
        assert raw == 0, f"{where}: expected no tensor (0), got {raw}"
        return
    if kind in ("handle", "optional_handle"):
        assert raw > 0, f"{where}: expected a handle, got {raw}"
        try:
            got = read_tensor(v, raw)
        finally:
            v.role("free")(raw)
        _check_tensor(v, got, info, case, where)
        return
    expected = case.value if case.has_value else _reference(info, case)
    match kind:
        case "text":
            got_text = v.ffi.string(raw).decode() if raw != v.ffi.NULL else None
            assert got_text == expected, f"{where}: {got_text!r} != {expected!r}"
        case "floats":
            np.testing.assert_allclose(raw, expected, rtol=1e-6, err_msg=where)
        case "float":
            assert math.isclose(raw, expected, rel_tol=1e-6), f"{where}: {raw} != {expected}"
        case "dtype":  # a code; the spec names dtypes
            assert _abi.DTYPE_NAMES.get(raw) == expected, f"{where}: {raw!r} != {expected!r}"
        case _:
            assert raw == expected, f"{where}: {raw!r} != {expected!r}"


def _check_tensor(v: Variant, got: np.ndarray, info: _abi.FunctionInfo, case: Case,
                  where: str) -> None:
    """A tensor's values (read back as float64) against the case's shape or value."""
    if case.shape is not None:
        assert list(got.shape) == list(case.shape), f"{where}: shape {got.shape}"
        assert np.isfinite(got).all(), f"{where}: non-finite values"
        return
    expected = case.value if case.has_value else _reference(info, case)
    want = np.asarray(expected, dtype=np.float64)
    assert got.shape == want.shape, f"{where}: shape {got.shape} != {want.shape}"
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6, err_msg=where)


def _reference(info: _abi.FunctionInfo, case: Case) -> Any:
    values: dict[str, Any] = {}
    for arg_name, type_, _ in info.args:
        value = case.args[arg_name]
        kind = _abi.TYPES[type_].pure
        if kind == "handle" or (kind == "optional_handle" and value is not None):
            value = np.asarray(value, dtype=np.float32).astype(np.float64)
        elif kind == "handles":
            value = [np.asarray(v, dtype=np.float32).astype(np.float64) for v in value]
        values[arg_name] = value
    return eval(case.expect or "None", {"__builtins__": __builtins__}, _Reference(values))  # noqa: S307


# ---- hostile arguments, derived from each argument's type (codegen/targets/tests.py) ----

def _bad_value(v: Variant, call: _Call, case: str, type_: str) -> tuple[list[Any], str, str]:
    """C values for one hostile case, the expected error kind and message fragment."""
    ffi = v.ffi
    match case:
        case "zero_handle":
            return [0], "invalid_handle", "handle 0 is null"
        case "negative_handle":
            return [-5], "invalid_handle", "handle -5 is negative"
        case "never_issued_handle":
            h = call.tensor(VALID_TENSOR)
            bogus = h | 0xFFFFF  # the last slot of its shard: never handed out in a test run
            return [bogus], "invalid_handle", f"handle {bogus} was never issued"
        case "freed_handle":
            h = make_tensor(v, np.ones(2))
            v.role("free")(h)
            return [h], "invalid_handle", f"handle {h} is stale (already freed)"
        case "forged_handle":
            forged = 0x5A5A_1234_DEAD_BEEF & ((1 << 63) - 1)
            return [forged], "invalid_handle", f"handle {forged} "
        case "foreign_table_handle":
            h = call.tensor(VALID_TENSOR)
            foreign = h ^ (0x7F << 55)  # another table id (handle bits 55..62)
            return [foreign], "invalid_handle", f"handle {foreign} belongs to another table"
        case "null_with_length":
            return [ffi.NULL, 3], "invalid_argument", "null pointer with length 3"
        case "negative_length":
            buf = ffi.new(f"{_abi.TYPES[type_].ctype}[]", 2)
            call.keep.append(buf)
            return [buf, -1], "invalid_argument", "negative length -1"
        case "negative_dim":
            buf = ffi.new("int64_t[]", [2, -3])
            call.keep.append(buf)
            return [buf, 2], "invalid_argument", "dimension 1 is negative (-3)"
        case "too_many_dims":
            buf = ffi.new("int64_t[]", [1] * (MAX_DIMS + 1))
            call.keep.append(buf)
            return [buf, MAX_DIMS + 1], "invalid_argument", \
                f"{MAX_DIMS + 1} dimensions exceed the maximum of {MAX_DIMS}"
        case "overflowing_numel":
            buf = ffi.new("int64_t[]", [1 << 40, 1 << 40])
            call.keep.append(buf)
            return [buf, 2], "invalid_argument", "element count overflows int64"
        case "stale_element":
            good = call.tensor(VALID_TENSOR)
            stale = make_tensor(v, np.ones(2))
            v.role("free")(stale)
            buf = ffi.new("int64_t[]", [good, stale])
            call.keep.append(buf)
            return [buf, 2], "invalid_handle", f"handle {stale} is stale (already freed)"
        case "null_text":
            return [ffi.NULL], "invalid_argument", "null"
        case "unknown_dtype_code":
            return [99], "invalid_argument", "unknown dtype code 99"
        case "device_out_of_range":
            if v.role("cuda_available")():
                return [1000], "invalid_argument", "out of range"
            return [1000], "not_available", CUDA_NOT_AVAILABLE
        case _:
            raise AssertionError(f"unknown hostile case {case!r}")


def run_bad_argument(v: Variant, name: str, arg: str, case: str,
                     valid: Mapping[str, Any]) -> None:
    """Call `name` with valid arguments (`valid`: type -> a valid value, from the generator's
    type table) except `arg`, which gets the hostile value `case`."""
    info = _abi.FUNCTIONS[name]
    where = f"{name}({arg}={case}) [{v.variant}]"
    baseline = _baseline(v)
    call = _Call(v)
    expected: tuple[str, str] | None = None
    out_override: list[Any] | None = None
    for arg_name, type_, _ in info.args:
        if arg_name == arg:
            c_vals, kind, text = _bad_value(v, call, case, type_)
            call.c_args += c_vals
            label = f"{arg}[1]" if case == "stale_element" else arg
            expected = (kind, text if kind == "not_available" else f"argument '{label}': {text}")
        else:
            call.add(type_, valid[type_])
    if arg == "out":
        out_override, expected = _bad_out(v, info, call, case, where)
    if out_override is None and _abi.TYPES[info.returns].lower == "array":
        elem = _abi.TYPES[info.returns].ctype
        buf = v.ffi.new(f"{elem}[]", 64)
        call.keep.append(buf)
        out_override = [buf, 64]
    try:
        if expected is not None:
            raw = v.func(info.name)(*call.c_args, *(out_override or []))
            if v.variant == "stub" and not info.has_stub:
                _expect_error(v, info, raw, "not_available", NOT_AVAILABLE_MESSAGE, where)
            else:
                _expect_error(v, info, raw, expected[0], expected[1], where)
    finally:
        call.release()
    _check_usable(v, baseline, where)


def _bad_out(v: Variant, info: _abi.FunctionInfo, call: _Call, case: str,
             where: str) -> tuple[list[Any] | None, tuple[str, str] | None]:
    ffi = v.ffi
    elem = _abi.TYPES[info.returns].ctype
    match case:
        case "out_null_with_length":
            return [ffi.NULL, 5], ("invalid_argument", "argument 'out': null pointer with length 5")
        case "out_negative_length":
            buf = ffi.new(f"{elem}[]", 4)
            call.keep.append(buf)
            return [buf, -1], ("invalid_argument", "argument 'out': negative length -1")
        case "out_too_small":
            fn = v.func(info.name)
            full = fn(*call.c_args, ffi.NULL, 0)
            if v.variant == "stub" and not info.has_stub:
                _expect_error(v, info, full, "not_available", NOT_AVAILABLE_MESSAGE, where)
                return None, None
            assert full >= 2, f"{where}: need a result of 2+ values, got {full}"
            buf = ffi.new(f"{elem}[]", [7] * full)
            got = fn(*call.c_args, buf, 1)
            assert got == full, f"{where}: must return the full count {full}, got {got}"
            assert all(x == 7 for x in buf[1:full]), f"{where}: wrote past out_len"
            assert v.role("last_error_kind")() == 0
            return None, None
        case _:
            raise AssertionError(f"unknown output case {case!r}")
