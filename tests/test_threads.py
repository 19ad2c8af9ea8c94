"""Concurrency of the raw C ABI (issue 3): many threads creating, using, freeing and
double-freeing handles, some of them shared; and the per-thread last-error slot.

cffi releases the GIL around every C call, so the threads really run the library
concurrently. Every thread checks, after each call, that the last error it reads is the one of
its own call (never another thread's). A thread still alive after JOIN_TIMEOUT is a deadlock and
fails the test (the threads are daemons, so the run still ends). STF_STRESS_SCALE=N runs N
times the steps (`nox -s stress` uses 20).
"""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from stf_conformance import make_tensor

from simple_torch_ffi import Variant, _abi

pytestmark = pytest.mark.usefixtures("stable_live_count")

KINDS = _abi.ERROR_KINDS
NOT_AVAILABLE = "libtorch is not available in this build"
N_THREADS = 6
OPS_PER_THREAD = 1500 * int(os.environ.get("STF_STRESS_SCALE", "1"))  # `nox -s stress`: 20
N_SHARED = 64
JOIN_TIMEOUT = 60.0


def run_threads(n: int, target: Callable[[int], None]) -> None:
    """Run target(0..n-1) in n daemon threads started together; re-raise the first failure."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(n)

    def body(tid: int) -> None:
        try:
            barrier.wait(timeout=JOIN_TIMEOUT)
            target(tid)
        except BaseException as e:  # reported by the main thread
            errors.append(e)

    threads = [threading.Thread(target=body, args=(i,), daemon=True, name=f"stf-{i}")
               for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(JOIN_TIMEOUT)
    stuck = [t.name for t in threads if t.is_alive()]
    if stuck:
        pytest.fail(f"threads {stuck} still running after {JOIN_TIMEOUT} s: deadlock?")
    if errors:
        raise errors[0]


class Worker:
    """One thread's view of the library; every call checks the thread's own last error."""

    def __init__(self, v: Variant, tid: int) -> None:
        self.v = v
        self.tid = tid
        self.rng = random.Random(1000 + tid)
        self.torch = v.available
        self.mine: dict[int, float] = {}  # handle -> the value of all its elements
        self.freed: list[int] = []
        self.shared_frees = 0

    def call(self, name: str, *args: Any) -> tuple[Any, int, str]:
        raw = self.v.func(name)(*args)
        kind, msg = self.v.last_error()
        symbol = _abi.PREFIX + name
        if kind == 0:
            assert msg == "", (name, msg)
        else:
            assert msg.startswith(symbol + ": "), f"thread {self.tid} called {name}, read {msg!r}"
        if not self.torch and not _abi.FUNCTIONS[name].has_stub:
            assert (kind, msg) == (KINDS["not_available"], f"{symbol}: {NOT_AVAILABLE}")
        return raw, kind, msg

    def expect_ok(self, name: str, *args: Any) -> Any:
        raw, kind, msg = self.call(name, *args)
        if self.torch:
            assert kind == 0, (name, msg)
        return raw

    def expect_stale(self, name: str, arg: str, h: int) -> None:
        _, kind, msg = self.call(name, h)
        if self.torch:
            assert (kind, msg) == (KINDS["invalid_handle"], f"{_abi.PREFIX}{name}: argument "
                                   f"'{arg}': handle {h} is stale (already freed)")

    def create(self) -> None:
        value = float(self.tid * 10_000 + len(self.mine))
        data = self.v.ffi.new("double[]", [value] * 6)
        dims = self.v.ffi.new("int64_t[]", [2, 3])
        h = self.expect_ok("tensor_from_data", data, 6, dims, 2)
        if self.torch:
            assert h > 0
            self.mine[h] = value

    def values(self, h: int) -> list[float]:
        out = self.v.ffi.new("double[8]")
        assert self.expect_ok("tensor_to_data", h, out, 8) == 6
        return list(out[0:6])

    def step(self, shared: list[int]) -> None:
        r = self.rng.random()
        ffi = self.v.ffi
        if r < 0.25 or not self.mine and r < 0.6:
            self.create()
        elif r < 0.6 and self.mine:
            h = self.rng.choice(list(self.mine))
            s = self.expect_ok("tensor_add", h, h)
            assert self.values(s) == [2 * self.mine[h]] * 6
            p = self.expect_ok("relu", s)
            assert self.values(p) == [2 * self.mine[h]] * 6
            for x in (s, p):
                self.expect_ok("tensor_free", x)
            shape = ffi.new("int64_t[4]")
            assert self.expect_ok("tensor_shape", h, shape, 4) == 2 and list(shape[0:2]) == [2, 3]
        elif r < 0.8 and self.mine:
            h = self.rng.choice(list(self.mine))
            del self.mine[h]
            self.expect_ok("tensor_free", h)
            self.expect_stale("tensor_free", "handle", h)  # double free
            self.freed.append(h)
        elif r < 0.85 and self.freed:
            h = self.rng.choice(self.freed)
            self.expect_stale("tensor_numel", "handle", h)  # use after free
        elif r < 0.9:
            _, kind, msg = self.call("tensor_ndim", 0)
            if self.torch:
                assert (kind, msg) == (KINDS["invalid_handle"], "simple_torch_tensor_ndim: "
                                       "argument 'handle': handle 0 is null")
        else:
            # Shared handles: every thread reads, adds and frees them; exactly one free wins.
            h = self.rng.choice(shared)
            op = self.rng.randrange(3)
            name = ("tensor_numel", "tensor_add", "tensor_free")[op]
            raw, kind, msg = self.call(name, *((h, h) if op == 1 else (h,)))
            if not self.torch:
                return
            if kind == 0:
                if op == 0:
                    assert raw == 4
                elif op == 1:
                    self.expect_ok("tensor_free", raw)
                else:
                    self.shared_frees += 1
            else:
                arg = "a" if op == 1 else "handle"
                assert (kind, msg) == (KINDS["invalid_handle"], f"{_abi.PREFIX}{name}: argument "
                                       f"'{arg}': handle {h} is stale (already freed)")

    def finish(self) -> None:
        for h in list(self.mine):
            self.expect_ok("tensor_free", h)
        self.mine.clear()


def test_concurrent_create_use_free(variant: Variant) -> None:
    v = variant
    base = v.func("live_handles")()
    shared = [make_tensor(v, np.ones((2, 2))) for _ in range(N_SHARED)]  # 1 on the stub
    workers = [Worker(v, i) for i in range(N_THREADS)]

    def target(tid: int) -> None:
        w = workers[tid]
        for _ in range(OPS_PER_THREAD):
            w.step(shared)
        w.finish()

    run_threads(N_THREADS, target)
    if v.available:
        leftover = 0
        for h in set(shared):
            v.func("tensor_free")(h)
            leftover += v.func("last_error_kind")() == 0
        assert sum(w.shared_frees for w in workers) + leftover == N_SHARED
        assert sum(len(w.freed) for w in workers) > 0
    assert v.func("live_handles")() == base


def test_concurrent_frees_of_the_same_handles(variant: Variant) -> None:
    """All threads free the same handles at once: each is freed exactly once."""
    v = variant
    base = v.func("live_handles")()
    rounds = 200
    handles = [[make_tensor(v, np.zeros(3)) for _ in range(8)] for _ in range(rounds)]
    wins = [0] * N_THREADS
    start = [threading.Barrier(N_THREADS) for _ in range(rounds)]

    def target(tid: int) -> None:
        free, kind = v.func("tensor_free"), v.func("last_error_kind")
        for r in range(rounds):
            start[r].wait(JOIN_TIMEOUT)
            for h in handles[r][tid % 2::2] + handles[r]:
                free(h)
                wins[tid] += kind() == 0
    run_threads(N_THREADS, target)
    assert sum(wins) == (rounds * 8 if v.available else 0)
    assert v.func("live_handles")() == base


def test_last_error_is_per_thread(variant: Variant) -> None:
    v = variant
    ffi = v.ffi
    sym = "simple_torch_tensor_ndim"
    mine = (KINDS["invalid_handle"], f"{sym}: argument 'handle': handle -7 is negative") \
        if v.available else (KINDS["not_available"], f"{sym}: {NOT_AVAILABLE}")
    assert v.func("tensor_ndim")(-7) == -1
    assert v.last_error() == mine
    p = v.func("last_error")()  # valid until this thread's next call
    seen: dict[str, Any] = {}
    b_has_error = threading.Event()
    a_succeeded = threading.Event()

    def thread_b() -> None:
        seen["fresh"] = v.last_error()  # A's error is not visible here
        v.func("tensor_numel")(0)
        seen["own"] = v.last_error()
        seen["after_success"] = (v.func("abi_version")(), *v.last_error())
        v.func("tensor_numel")(0)
        b_has_error.set()
        assert a_succeeded.wait(JOIN_TIMEOUT)
        seen["after_a_success"] = v.last_error()  # A's success did not clear B's error

    b = threading.Thread(target=thread_b, daemon=True)
    b.start()
    assert b_has_error.wait(JOIN_TIMEOUT)
    # B's calls neither changed A's error nor invalidated A's message pointer.
    assert ffi.string(p).decode() == mine[1]
    assert v.last_error() == mine
    assert v.func("abi_version")() == _abi.ABI_VERSION
    assert v.last_error() == (0, "")
    a_succeeded.set()
    b.join(JOIN_TIMEOUT)
    assert not b.is_alive()
    numel_err = (KINDS["invalid_handle"], "simple_torch_tensor_numel: argument 'handle': handle 0 "
                 "is null") if v.available else (
        KINDS["not_available"], f"simple_torch_tensor_numel: {NOT_AVAILABLE}")
    assert seen == {"fresh": (0, ""), "own": numel_err,
                    "after_success": (_abi.ABI_VERSION, 0, ""), "after_a_success": numel_err}


def test_message_pointer_survives_other_threads(variant: Variant) -> None:
    """While other threads fail and succeed in a loop, this thread's message stays intact."""
    v = variant
    v.func("tensor_ndim")(-123)
    expected = v.last_error()
    p = v.func("last_error")()
    stop = threading.Event()

    def noisy(tid: int) -> None:
        i = 0
        while not stop.is_set() and i < 20_000:
            v.func("tensor_numel")(-(tid + 1) * 1_000_003 - i)
            v.func("abi_version")()
            i += 1

    threads = [threading.Thread(target=noisy, args=(i,), daemon=True) for i in range(4)]
    for t in threads:
        t.start()
    for _ in range(2000):
        assert v.ffi.string(p).decode() == expected[1]
        assert v.func("last_error_kind")() == expected[0]
    stop.set()
    for t in threads:
        t.join(JOIN_TIMEOUT)
        assert not t.is_alive()
    assert v.last_error() == expected
