"""Stateful property test of the raw C ABI (issue 3), run in a child process.

A hypothesis RuleBasedStateMachine drives random sequences of ABI calls (create zeros / ones /
randn / from_data with small random dims, add / mul / matmul of compatible and incompatible
shapes, tensor_cat of 1-3 handles, relu / sigmoid / tanh, shape / ndim / numel / to_data,
cpu / to_device(negative), free, double free, use after free, null / negative / foreign /
never-issued / forged handles, also inside a [tensor] list) against one variant, and checks
every result, sentinel, error kind and message against a Python model of the handle table
(live handles -> numpy float32 values; freed handles). Invariant after every step:
live_handles() == the model's count. The stub variant must answer every tensor
function with not_available.

Two modes in this one file:
  * parent (plain `pytest`): test_state_machine[torch|stub] runs
    `python -m pytest tests/test_stateful.py` in a child with STF_STATEFUL_CHILD=<variant>, so a
    crash of the library (SIGSEGV, abort) is a failure of this test, not of the test run. It
    shows the child's output: hypothesis' shrunk "Falsifying example" for a wrong result, or,
    for a crash (no shrinking possible), the steps of the example that crashed, which the child
    logs to a file before each call.
  * child (STF_STATEFUL_CHILD set): the machine's TestCase is collected and run.

A second machine, ScopeMachine, drives handle scopes (scope_begin / scope_end / scope_keep,
nested, wrong ids, explicit frees inside scopes, use of what a scope freed) and checks that
every scope frees exactly what the model says, and the census, after every step.

Settings: STF_HYPOTHESIS_PROFILE=fast (default; ~5 s per variant) or stress (`nox -s stress`).
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    multiple,
    precondition,
    rule,
)

import simple_torch_ffi
from simple_torch_ffi import Variant, _abi
from simple_torch_ffi import load_variant as load

CHILD_ENV = "STF_STATEFUL_CHILD"
LOG_ENV = "STF_STATEFUL_LOG"
PROFILE_ENV = "STF_HYPOTHESIS_PROFILE"
ROOT = Path(__file__).resolve().parents[1]

_COMMON: dict[str, Any] = {
    "deadline": None, "database": None, "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much,
                              HealthCheck.data_too_large],
}
settings.register_profile("fast", max_examples=40, stateful_step_count=40, **_COMMON)
settings.register_profile("stress", max_examples=1000, stateful_step_count=100, **_COMMON)

KINDS = _abi.ERROR_KINDS
NOT_AVAILABLE = "libtorch is not available in this build"
TABLE_SHIFT = 55
STALE = "is stale (already freed)"
HAS_CAT = "tensor_cat" in _abi.FUNCTIONS

# ---- the parent: run the machine in a child process -----------------------------------------


def _child_pythonpath() -> str:
    return os.pathsep.join(str(Path(p).parent) for p in simple_torch_ffi.__path__)


def run_child(variant: str, log: Path, profile: str | None = None,
              timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """Run the machine on `variant` in a child pytest; its steps are logged to `log`."""
    profile = profile or os.environ.get(PROFILE_ENV)
    if timeout is None:
        timeout = 3600 if profile == "stress" else 600
    env = dict(os.environ, PYTHONPATH=_child_pythonpath(), PYTHONFAULTHANDLER="1")
    env[CHILD_ENV] = variant
    env[LOG_ENV] = str(log)
    if profile:
        env[PROFILE_ENV] = profile
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
           "--rootdir", str(ROOT), str(Path(__file__).resolve())]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=ROOT)


def explain_failure(proc: subprocess.CompletedProcess[str], log: Path) -> str:
    out = (proc.stdout + proc.stderr)[-20_000:]
    text = f"state machine child exited with {proc.returncode}\n{out}"
    if proc.returncode < 0 or "Falsifying example" not in out:
        steps = log.read_text() if log.exists() else "(no step log)"
        text += f"\n---- steps of the example that was running when it died ----\n{steps}"
    return text


if not os.environ.get(CHILD_ENV):

    def test_state_machine(variant: Variant, tmp_path: Path) -> None:
        log = tmp_path / "steps.log"
        proc = run_child(variant.variant, log)
        assert proc.returncode == 0, explain_failure(proc, log)


# ---- the model ---------------------------------------------------------------------------------


def broadcast_error(a: tuple[int, ...], b: tuple[int, ...]) -> str | None:
    """libtorch's message for shapes that do not broadcast (infer_size), else None."""
    ndim = max(len(a), len(b))
    for i in range(ndim - 1, -1, -1):
        offset = ndim - 1 - i
        da, db = len(a) - 1 - offset, len(b) - 1 - offset
        sa = a[da] if da >= 0 else 1
        sb = b[db] if db >= 0 else 1
        if sa != sb and sa != 1 and sb != 1:
            return (f"The size of tensor a ({sa}) must match the size of tensor b ({sb}) at "
                    f"non-singleton dimension {i}")
    return None


def shape_str(dims: list[int]) -> str:
    return "[" + ", ".join(str(d) for d in dims) + "]"


def close(got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> bool:
    if got.shape != want.shape:
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(got, want, rtol=rtol, atol=atol, equal_nan=True))


# Small shapes: up to 3 dims of 0..3, biased to share sizes so that ops often succeed.
dims_st = st.lists(st.sampled_from([0, 1, 2, 2, 3, 3]), min_size=0, max_size=3)
values_st = st.floats(-8, 8, allow_nan=False, width=32)
data_st = dims_st.flatmap(lambda d: st.tuples(
    st.just(d), st.lists(values_st, min_size=math.prod(d), max_size=math.prod(d))))


def invalid_handle_st(table_id: int) -> st.SearchStrategy[tuple[int, str]]:
    """(handle, reason) for handles that can never be valid."""
    return st.one_of(
        st.just((0, "is null")),
        st.integers(-(1 << 63), -1).map(lambda h: (h, "is negative")),
        st.integers(1, (1 << 63) - 1).filter(lambda h: (h >> TABLE_SHIFT) & 0xFF != table_id)
        .map(lambda h: (h, "belongs to another table")),
        # The last slot of a shard (never reached in a test run), any generation.
        st.tuples(st.integers(0, (1 << 31) - 1), st.integers(0, 15)).map(
            lambda gs: ((table_id << TABLE_SHIFT) | (gs[0] << 24) | (gs[1] << 20) | 0xFFFFF,
                        "was never issued")),
    )


F32 = _abi.DTYPES["float32"].code  # the dtype argument of creation functions


class FFIMachine(RuleBasedStateMachine):
    """Drives one variant (VARIANT) through its raw cffi functions."""

    VARIANT = "torch"
    tensors = Bundle("tensors")
    freed = Bundle("freed")

    def __init__(self) -> None:
        super().__init__()
        self.v: Variant = load(self.VARIANT)
        self.f = self.v.func
        self.ffi = self.v.ffi
        self.torch = self.v.available
        self.base = int(self.f("live_handles")())
        self.model: dict[int, np.ndarray] = {}
        self._log_fd: int | None = None
        path = os.environ.get(LOG_ENV)
        if path:
            self._log_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._log(f"state = {type(self).__name__}()  # live_handles {self.base}")

    # ---- helpers
    def _log(self, line: str) -> None:
        if self._log_fd is not None:
            os.write(self._log_fd, (line + "\n").encode())

    def _err(self) -> tuple[int, str]:
        return self.v.last_error()

    def _expect_error(self, raw: Any, sentinel: Any, name: str, kind: str, text: str,
                      exact: bool = True) -> None:
        got = self._err()
        symbol = _abi.PREFIX + name
        if not self.torch and not _abi.FUNCTIONS[name].has_stub:
            kind, text, exact = "not_available", NOT_AVAILABLE, True
        if isinstance(sentinel, float) and math.isnan(sentinel):
            assert isinstance(raw, float) and math.isnan(raw), (name, raw)
        elif _abi.TYPES[_abi.FUNCTIONS[name].returns].result == "text":
            assert raw == self.ffi.NULL, (name, raw)
        else:
            assert raw == sentinel and type(raw) is type(sentinel), (name, raw)
        assert got[0] == KINDS[kind], (name, got, kind, text)
        if exact:
            assert got[1] == f"{symbol}: {text}", (got[1], text)
        else:
            assert got[1].startswith(f"{symbol}: {text}"), (got[1], text)

    def _expect_ok(self, name: str) -> bool:
        """True if the call must have succeeded (torch), False if the stub refused it."""
        kind, msg = self._err()
        if not self.torch and not _abi.FUNCTIONS[name].has_stub:
            assert (kind, msg) == (KINDS["not_available"],
                                   f"{_abi.PREFIX}{name}: {NOT_AVAILABLE}"), (kind, msg)
            return False
        assert (kind, msg) == (0, ""), (name, kind, msg)
        return True

    def _read(self, h: int) -> np.ndarray:
        ndim = self.f("tensor_shape")(h, self.ffi.NULL, 0)
        assert ndim >= 0, self._err()
        dims = self.ffi.new("int64_t[]", max(ndim, 1))
        assert self.f("tensor_shape")(h, dims, ndim) == ndim
        n = self.f("tensor_to_data")(h, self.ffi.NULL, 0)
        assert n >= 0, self._err()
        out = np.empty(n, dtype=np.float64)
        assert self.f("tensor_to_data")(h, self.ffi.from_buffer("double[]", out), n) == n
        return out.reshape(tuple(dims[0:ndim]))

    def _new(self, h: int, name: str, want: np.ndarray | None, rtol: float = 0.0,
             atol: float = 0.0) -> Any:
        """Check a call that must return a new tensor equal to `want` (None: any values of
        want's shape is not known -> just read them); add it to the model."""
        if not self._expect_ok(name):
            assert h == 0
            return multiple()
        assert h > 0 and h not in self.model, h
        got = self._read(h)
        if want is not None:
            assert close(got, want.astype(np.float64), rtol, atol), (name, got, want)
        self.model[h] = got.astype(np.float32)
        return h

    def _dims(self, dims: list[int]) -> tuple[Any, int]:
        return (self.ffi.new("int64_t[]", dims) if dims else self.ffi.NULL), len(dims)

    # ---- creation
    @rule(target=tensors, fn=st.sampled_from(["tensor_zeros", "tensor_ones"]), dims=dims_st)
    def create_const(self, fn: str, dims: list[int]) -> Any:
        self._log(f"state.create_const({fn!r}, {dims})")
        h = self.f(fn)(*self._dims(dims), F32)
        fill = np.zeros if fn == "tensor_zeros" else np.ones
        return self._new(h, fn, fill(dims, dtype=np.float32))

    @rule(target=tensors, dims=dims_st)
    def create_randn(self, dims: list[int]) -> Any:
        self._log(f"state.create_randn({dims})")
        h = self.f("tensor_randn")(*self._dims(dims), F32)
        result = self._new(h, "tensor_randn", None)
        if isinstance(result, int):
            got = self.model[result]
            assert got.shape == tuple(dims) and np.isfinite(got).all()
        return result

    @rule(target=tensors, dd=data_st)
    def create_from_data(self, dd: tuple[list[int], list[float]]) -> Any:
        dims, data = dd
        self._log(f"state.create_from_data({dims}, {data})")
        buf = self.ffi.new("double[]", data) if data else self.ffi.NULL
        h = self.f("tensor_from_data")(buf, len(data), *self._dims(dims))
        return self._new(h, "tensor_from_data", np.asarray(data, np.float32).reshape(dims))

    @rule(dims=dims_st, extra=st.sampled_from([-1, 1, 2]))
    def create_from_wrong_data(self, dims: list[int], extra: int) -> None:
        n = math.prod(dims) + extra
        if n < 0:
            return
        self._log(f"state.create_from_wrong_data({dims}, {n} values)")
        buf = self.ffi.new("double[]", max(n, 1))
        h = self.f("tensor_from_data")(buf, n, *self._dims(dims))
        numel = math.prod(dims)
        self._expect_error(h, 0, "tensor_from_data", "invalid_argument",
                           f"argument 'data': {n} values do not fill shape {shape_str(dims)} "
                           f"({numel} element{'' if numel == 1 else 's'})")

    @rule(dims=dims_st, where=st.integers(0, 3), neg=st.integers(-(1 << 63), -1))
    def create_negative_dims(self, dims: list[int], where: int, neg: int) -> None:
        i = min(where, len(dims))
        dims = dims[:i] + [neg] + dims[i:]
        self._log(f"state.create_negative_dims({dims})")
        h = self.f("tensor_zeros")(*self._dims(dims), F32)
        self._expect_error(h, 0, "tensor_zeros", "invalid_argument",
                           f"argument 'dims': dimension {i} is negative ({dims[i]})")

    # ---- arithmetic and activations
    @rule(target=tensors, op=st.sampled_from(["tensor_add", "tensor_mul"]), a=tensors,
          b=tensors)
    def elementwise(self, op: str, a: int, b: int) -> Any:
        self._log(f"state.elementwise({op!r}, {a}, {b})")
        x, y = self.model[a], self.model[b]
        h = self.f(op)(a, b)
        error = broadcast_error(x.shape, y.shape)
        event(f"{op}: {'broadcast error' if error else 'ok'}")
        if error is not None:
            self._expect_error(h, 0, op, "torch_error", error)
            return multiple()
        with np.errstate(all="ignore"):
            want = x + y if op == "tensor_add" else x * y
        return self._new(h, op, want, rtol=1e-6, atol=1e-30)

    @rule(target=tensors, a=tensors, b=tensors)
    def matmul(self, a: int, b: int) -> Any:
        self._log(f"state.matmul({a}, {b})")
        x, y = self.model[a].astype(np.float64), self.model[b].astype(np.float64)
        h = self.f("tensor_matmul")(a, b)
        try:
            with np.errstate(all="ignore"):
                want = np.matmul(x, y)
                scale = np.matmul(np.abs(x), np.abs(y))
        except ValueError:
            event("matmul: shape error")
            self._expect_error(h, 0, "tensor_matmul", "torch_error", "", exact=False)
            return multiple()
        event("matmul: ok")
        result = self._new(h, "tensor_matmul", None)
        if isinstance(result, int):
            got = self.model[result].astype(np.float64)
            assert got.shape == np.shape(want), (got.shape, np.shape(want))
            tol = 1e-5 * (np.asarray(scale) + 1e-30)
            with np.errstate(all="ignore"):
                ok = (np.abs(got - want) <= tol) | (np.isnan(want) & np.isnan(got)) | (got == want)
            assert ok.all(), (got, want)
        return result

    @rule(target=tensors, op=st.sampled_from(["relu", "sigmoid", "tanh"]), h=tensors)
    def activation(self, op: str, h: int) -> Any:
        self._log(f"state.activation({op!r}, {h})")
        x = self.model[h].astype(np.float64)
        with np.errstate(all="ignore"):
            want = {"relu": lambda: np.maximum(x, 0), "sigmoid": lambda: 1 / (1 + np.exp(-x)),
                    "tanh": lambda: np.tanh(x)}[op]()
        return self._new(self.f(op)(h), op, want, rtol=1e-5, atol=1e-6)

    @rule(target=tensors, h=tensors, code=st.sampled_from([None, -1, -2, -(1 << 31)]))
    def to_cpu(self, h: int, code: int | None) -> Any:
        self._log(f"state.to_cpu({h}, device_code={code})")
        if code is None:
            name, r = "tensor_cpu", self.f("tensor_cpu")(h)
        else:
            name, r = "tensor_to_device", self.f("tensor_to_device")(h, code)
        return self._new(r, name, self.model[h])

    @precondition(lambda self: HAS_CAT)
    @rule(target=tensors, first=tensors, rest=st.lists(tensors, max_size=2))
    def cat(self, first: int, rest: list[int]) -> Any:
        """tensor_cat along dim 0 (a [tensor] argument: a C array of handles)."""
        hs = [first, *rest]
        self._log(f"state.cat({hs})")
        xs = [self.model[h] for h in hs]
        h = self.f("tensor_cat")(self.ffi.new("int64_t[]", hs), len(hs), 0)
        want: np.ndarray | None = None
        if all(x.ndim > 0 for x in xs):
            # libtorch skips legacy empty 1-d tensors (shape (0,)) next to others.
            kept = [x for x in xs if x.shape != (0,)] or xs[:1]
            try:
                want = np.concatenate(kept, axis=0)
            except ValueError:
                pass
        event(f"cat: {'ok' if want is not None else 'shape error'}")
        if want is None:
            self._expect_error(h, 0, "tensor_cat", "torch_error", "", exact=False)
            return multiple()
        return self._new(h, "tensor_cat", want)

    @precondition(lambda self: HAS_CAT)
    @rule(data=st.data(), where=st.integers(0, 2))
    def cat_invalid_handle(self, data: st.DataObject, where: int) -> None:
        bad, reason = data.draw(invalid_handle_st(1), label="bad handle")
        hs: list[int] = data.draw(st.lists(st.sampled_from(sorted(self.model)), max_size=2),
                                  label="valid handles") if self.model else []
        i = min(where, len(hs))
        hs = hs[:i] + [bad] + hs[i:]
        self._log(f"state.cat_invalid_handle({hs})  # {reason} at {i}")
        h = self.f("tensor_cat")(self.ffi.new("int64_t[]", hs), len(hs), 0)
        self._expect_error(h, 0, "tensor_cat", "invalid_handle",
                           f"argument 'tensors[{i}]': handle {bad} {reason}")

    # ---- queries
    @rule(h=tensors, extra=st.integers(-2, 2))
    def query(self, h: int, extra: int) -> None:
        self._log(f"state.query({h}, out_len=len{extra:+d})")
        want = self.model[h]
        f, ffi = self.f, self.ffi
        assert f("tensor_ndim")(h) == want.ndim and self._expect_ok("tensor_ndim")
        assert f("tensor_numel")(h) == want.size and self._expect_ok("tensor_numel")
        assert f("tensor_is_cuda")(h) is False and self._expect_ok("tensor_is_cuda")
        # snprintf-style outputs: a buffer of len+extra (>= 0) filled with a marker.
        for name, full, ctype, values in (
                ("tensor_shape", want.ndim, "int64_t", list(want.shape)),
                ("tensor_to_data", want.size, "double", want.ravel().astype(np.float64))):
            n = max(0, full + extra)
            buf = ffi.new(f"{ctype}[]", [-7] * (n + 1))
            assert f(name)(h, buf if n else ffi.NULL, n) == full and self._expect_ok(name)
            got = list(buf[0:n + 1])
            k = min(n, full)
            assert np.array_equal(np.asarray(got[:k]), np.asarray(values[:k]), equal_nan=True)
            assert all(g == -7 for g in got[k:]), (name, got, k)

    # ---- lifetime
    @rule(target=freed, h=consumes(tensors))
    def free(self, h: int) -> int:
        self._log(f"state.free({h})")
        assert self.f("tensor_free")(h) is None
        assert self._expect_ok("tensor_free")
        del self.model[h]
        return h

    @rule(h=freed)
    def double_free(self, h: int) -> None:
        self._log(f"state.double_free({h})")
        self.f("tensor_free")(h)
        self._expect_error(None, None, "tensor_free", "invalid_handle",
                           f"argument 'handle': handle {h} {STALE}")

    @rule(h=freed, op=st.sampled_from(["tensor_numel", "relu", "tensor_add_a", "tensor_add_b",
                                        "tensor_to_data", "tensor_cpu"]), other=tensors)
    def use_after_free(self, h: int, op: str, other: int) -> None:
        self._log(f"state.use_after_free({h}, {op!r}, other={other})")
        self._call_bad(op, h, STALE, other)

    @rule(data=st.data(), op=st.sampled_from(["tensor_ndim", "sigmoid", "tensor_mul_a",
                                              "tensor_mul_b", "tensor_shape", "tensor_free",
                                              "tensor_to_device"]))
    def invalid_handle(self, data: st.DataObject, op: str) -> None:
        bad, reason = data.draw(invalid_handle_st(1), label="bad handle")
        other = next(iter(self.model), 0)
        self._log(f"state.invalid_handle({bad}, {op!r})  # {reason}")
        self._call_bad(op, bad, reason, other)

    def _call_bad(self, op: str, bad: int, reason: str, other: int) -> None:
        ffi = self.ffi
        if op.endswith(("_a", "_b")):
            name, arg = op[:-2], op[-1]
            if not other:  # no live tensor: use the bad one twice (the first argument fails)
                other, arg = bad, "a"
            args = (bad, other) if op.endswith("_a") else (other, bad)
            if other == bad:
                args, arg = (bad, bad), "a"
            raw = self.f(name)(*args)
        else:
            name, arg = op, "handle"
            extra: tuple[Any, ...] = {"tensor_to_data": (ffi.new("double[4]"), 4),
                                      "tensor_shape": (ffi.new("int64_t[4]"), 4),
                                      "tensor_to_device": (-1,)}.get(name, ())
            raw = self.f(name)(bad, *extra)
        self._expect_error(raw, _abi.FUNCTIONS[name].sentinel, name, "invalid_handle",
                           f"argument '{arg}': handle {bad} {reason}")

    @precondition(lambda self: not self.torch)
    @rule(fn=st.sampled_from(sorted(_abi.FUNCTIONS)))
    def stub_any_function(self, fn: str) -> None:
        """The stub: every function without a stub expression refuses, whatever the args."""
        info = _abi.FUNCTIONS[fn]
        if info.has_stub:
            return
        self._log(f"state.stub_any_function({fn!r})")
        args: list[Any] = []
        for _, type_, _ in info.args:
            t = _abi.TYPES[type_]
            if t.lower == "array":  # any array: (NULL, 0)
                args += [self.ffi.NULL, 0]
            elif t.lower == "text":
                args.append(b"x")
            else:
                args.append({"float": 1.0, "bool": True}.get(t.convert, 12345))
        if _abi.TYPES[info.returns].lower == "array":  # any array result: (NULL, 0)
            args += [self.ffi.NULL, 0]
        raw = self.f(fn)(*args)
        self._expect_error(raw, info.sentinel, fn, "not_available", NOT_AVAILABLE)

    # ---- invariants and teardown
    @invariant()
    def live_count_matches_model(self) -> None:
        assert self.f("live_handles")() == (self.base + len(self.model) if self.torch else 0)

    def teardown(self) -> None:
        for h in list(self.model):
            self.f("tensor_free")(h)
            assert self.v.last_error() == (0, ""), self.v.last_error()
        self.model.clear()
        assert self.f("live_handles")() == (self.base if self.torch else 0)
        if self._log_fd is not None:
            os.close(self._log_fd)
            self._log_fd = None


class ScopeMachine(RuleBasedStateMachine):
    """Handle scopes (roles scope_begin / scope_end / scope_keep / census) against a model of
    the table: live handles -> the scope that owns each (None: unscoped) and the function that
    made it; the open scopes of this thread, outermost first. Every scope_end must free exactly
    the live handles the model says its scope owns; the census must count the model's handles
    per creating function. On the stub, scopes open and end (nothing to free) and creation is
    refused."""

    VARIANT = "torch"

    def __init__(self) -> None:
        super().__init__()
        self.v: Variant = load(self.VARIANT)
        self.f = self.v.func
        self.ffi = self.v.ffi
        self.torch = self.v.available
        self.base = int(self.f("live_handles")())
        self.base_census = self._census()
        self.live: dict[int, tuple[int | None, str]] = {}  # handle -> (owner scope, creator)
        self.freed: list[int] = []
        self.frames: list[int] = []
        self.ended: list[int] = []
        self._log_fd: int | None = None
        path = os.environ.get(LOG_ENV)
        if path:
            self._log_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._log(f"state = {type(self).__name__}()  # live_handles {self.base}")

    def _log(self, line: str) -> None:
        if self._log_fd is not None:
            os.write(self._log_fd, (line + "\n").encode())

    def _census(self) -> dict[str, int]:
        text = self.ffi.string(self.v.role("census")()).decode()
        assert self.v.last_error() == (0, ""), self.v.last_error()
        return {n: int(c) for n, _, c in (line.rpartition(" ") for line in text.splitlines())}

    def _made(self, h: int, fn: str) -> None:
        if not self.torch:
            assert h == 0 and self.v.last_error() == (KINDS["not_available"],
                                                      f"{_abi.PREFIX}{fn}: {NOT_AVAILABLE}")
            return
        assert h > 0 and h not in self.live, (h, self.v.last_error())
        self.live[h] = (self.frames[-1] if self.frames else None, fn)

    def _pick(self, data: st.DataObject, pool: list[int], label: str) -> int:
        # by position in creation order: handle values differ between replays of an example
        return data.draw(st.sampled_from(pool), label=label)

    @rule(fn=st.sampled_from(["tensor_ones", "tensor_zeros"]), n=st.integers(0, 3))
    def create(self, fn: str, n: int) -> None:
        self._log(f"state.create({fn!r}, {n})")
        dims = self.ffi.new("int64_t[]", [n])
        self._made(self.f(fn)(dims, 1, F32), fn)

    @precondition(lambda self: self.live)
    @rule(data=st.data(), fn=st.sampled_from(["relu", "tensor_neg"]))
    def derive(self, data: st.DataObject, fn: str) -> None:
        h = self._pick(data, list(self.live), "source")
        self._log(f"state.derive({h}, {fn!r})")
        self._made(self.f(fn)(h), fn)

    @precondition(lambda self: self.live)
    @rule(data=st.data())
    def free(self, data: st.DataObject) -> None:
        h = self._pick(data, list(self.live), "freed")
        self._log(f"state.free({h})")
        self.f("tensor_free")(h)
        assert self.v.last_error() == (0, "")
        del self.live[h]
        self.freed.append(h)

    @rule()
    def begin(self) -> None:
        s = self.v.role("scope_begin")()
        self._log(f"state.begin()  # {s}")
        assert s > 0 and s not in self.frames and s not in self.ended, s
        assert self.v.last_error() == (0, "")
        self.frames.append(s)

    @precondition(lambda self: self.frames)
    @rule()
    def end(self) -> None:
        s = self.frames[-1]
        owned = [h for h, (o, _) in self.live.items() if o == s]
        self._log(f"state.end()  # scope {s} owns {owned}")
        n = self.v.role("scope_end")(s)
        assert self.v.last_error() == (0, ""), self.v.last_error()
        assert n == len(owned), (n, owned)
        for h in owned:
            del self.live[h]
            self.freed.append(h)
        self.ended.append(self.frames.pop())

    @rule(data=st.data())
    def end_wrong(self, data: st.DataObject) -> None:
        fn = _abi.PREFIX + _abi.ROLES["scope_end"]
        if len(self.frames) >= 2 and data.draw(st.booleans(), label="outer"):
            s = self._pick(data, self.frames[:-1], "outer scope")
            why = (f"is not the innermost open scope of this thread (scope {self.frames[-1]} "
                   "is): end the inner scopes first")
        else:
            s = data.draw(st.sampled_from(self.ended) if self.ended and data.draw(
                st.booleans(), label="ended") else st.integers(-(1 << 63), (1 << 63) - 1).filter(
                lambda x: x not in self.frames), label="unknown scope")
            why = "is not open on this thread"
        self._log(f"state.end_wrong({s})")
        assert self.v.role("scope_end")(s) == -1
        assert self.v.last_error() == (KINDS["invalid_argument"],
                                       f"{fn}: argument 'scope': scope {s} {why}")

    @precondition(lambda self: self.live)
    @rule(data=st.data())
    def keep(self, data: st.DataObject) -> None:
        h = self._pick(data, list(self.live), "kept")
        self._log(f"state.keep({h})")
        self.v.role("scope_keep")(h)
        assert self.v.last_error() == (0, "")
        owner, fn = self.live[h]
        if owner is not None:
            i = self.frames.index(owner)
            self.live[h] = (self.frames[i - 1] if i > 0 else None, fn)

    @precondition(lambda self: self.freed)
    @rule(data=st.data(), op=st.sampled_from(["keep", "numel"]))
    def use_freed(self, data: st.DataObject, op: str) -> None:
        h = self._pick(data, self.freed, "stale")
        self._log(f"state.use_freed({h}, {op!r})")
        fn = _abi.ROLES["scope_keep"] if op == "keep" else "tensor_numel"
        r = self.f(fn)(h)
        assert r is None if op == "keep" else r == -1
        assert self.v.last_error() == (KINDS["invalid_handle"], f"{_abi.PREFIX}{fn}: argument "
                                                                f"'handle': handle {h} {STALE}")

    @invariant()
    def table_matches_model(self) -> None:
        assert self.f("live_handles")() == (self.base + len(self.live) if self.torch else 0)
        want = dict(self.base_census)
        for _, fn in self.live.values():
            want[fn] = want.get(fn, 0) + 1
        assert self._census() == want

    def teardown(self) -> None:
        while self.frames:
            self.end()
        for h in list(self.live):
            self.f("tensor_free")(h)
            assert self.v.last_error() == (0, ""), self.v.last_error()
        self.live.clear()
        assert self.f("live_handles")() == (self.base if self.torch else 0)
        if self._log_fd is not None:
            os.close(self._log_fd)
            self._log_fd = None


if os.environ.get(CHILD_ENV):
    settings.load_profile(os.environ.get(PROFILE_ENV, "fast"))
    FFIMachine.VARIANT = ScopeMachine.VARIANT = os.environ[CHILD_ENV]
    TestFFIMachine = FFIMachine.TestCase
    TestScopeMachine = ScopeMachine.TestCase
    if FFIMachine.VARIANT == "stub":  # the stub only refuses: a quarter of the examples
        TestFFIMachine.settings = settings(
            max_examples=max(10, settings.default.max_examples // 4))
        TestScopeMachine.settings = TestFFIMachine.settings
