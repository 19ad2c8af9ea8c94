"""Handle scopes and the census (issue 12): `with stf.scope()`, `stf.keep` / `Tensor.keep`,
`stf.census()`, and the raw C functions behind them (roles scope_begin, scope_end, scope_keep,
census) on both variants.

A scope frees, at its end, every handle its thread created inside it and did not keep; the
Tensor objects of freed handles raise InvalidHandleError when used. The census counts the live
handles per spec function that created them. The C++ side is tested by tests/cpp
(test_handle_table: the table's scopes and census; test_abi_threads: the ABI from 6 threads);
tests/test_stateful.py checks random sequences against a Python model of the table.
"""

from __future__ import annotations

import gc
import re
import threading
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import (
    InvalidArgumentError,
    InvalidHandleError,
    NotAvailableError,
    Variant,
    _abi,
    backends,
)

pytestmark = pytest.mark.usefixtures("stable_live_count")

PREFIX = _abi.PREFIX
ROLES = _abi.ROLES
STALE = "is stale (already freed)"
STALE_RE = re.escape(STALE)


def live() -> int:
    return backends.get_backend("torch").live_handles()


def stale_message(fn: str, h: int, arg: str = "handle") -> str:
    return f"{PREFIX}{fn}: argument '{arg}': handle {h} {STALE}"


# ---- with stf.scope() -----------------------------------------------------------------------

def test_scope_frees_what_the_block_made(tb: Any) -> None:
    base = live()
    before = stf.ones(2)  # made outside: never freed by a scope
    with stf.scope() as s:
        assert s.id is not None and s.id > 0
        a = stf.ones(3)
        b = (a + 1).relu()  # the temporaries of `+` are freed by the operation itself
        assert live() == base + 3
    assert s.freed == 2 and s.id is None
    assert live() == base + 1
    h = a._handle
    with pytest.raises(InvalidHandleError) as info:
        a.numpy()
    assert str(info.value).endswith(f"handle {h} {STALE}")
    with pytest.raises(InvalidHandleError, match=STALE_RE):
        _ = b + before  # the fast path of an operation
    with pytest.raises(InvalidHandleError, match=STALE_RE):
        b.sum()
    assert "InvalidHandleError" in repr(a)
    np.testing.assert_array_equal(before.numpy(), [1.0, 1.0])
    del a, b
    gc.collect()  # collecting the stale tensors frees nothing and breaks nothing
    assert live() == base + 1
    before.close()
    assert live() == base


def test_keep_nested_scopes(tb: Any) -> None:
    base = live()
    with stf.scope() as outer:
        x = stf.ones(2)
        with stf.scope() as inner:
            y = stf.keep(x + 1)       # kept: moves to `outer`
            z = (y * 3).keep()        # Tensor.keep(): the same
            w = y - 1                 # freed by `inner`
            assert stf.keep(z) is z   # kept again: out of `outer` too
        assert inner.freed == 1
        with pytest.raises(InvalidHandleError, match=STALE_RE):
            w.numpy()
        np.testing.assert_array_equal(y.numpy(), [2.0, 2.0])
    assert outer.freed == 2  # x and y
    with pytest.raises(InvalidHandleError, match=STALE_RE):
        y.numpy()
    np.testing.assert_array_equal(z.numpy(), [6.0, 6.0])
    assert live() == base + 1
    z.keep()  # unscoped: stays so, harmless
    z.close()
    assert live() == base


def test_keep_outside_any_scope_and_closed_tensors(tb: Any) -> None:
    t = stf.zeros(1)
    assert t.keep() is t
    t.close()
    with pytest.raises(InvalidHandleError, match="the tensor has been closed"):
        stf.keep(t)
    with pytest.raises(TypeError, match="keep\\(\\) takes a Tensor, not ndarray"):
        stf.keep(np.ones(2))  # type: ignore[type-var]


def test_explicitly_freed_and_exceptions(tb: Any) -> None:
    base = live()
    with pytest.raises(ValueError, match="boom"):
        with stf.scope() as s:
            a = stf.ones(2)
            b = stf.ones(2)
            a.close()  # freed inside: the scope skips it
            with stf.ones(4):  # a `with` block of a tensor frees it too
                pass
            raise ValueError("boom")
    assert s.freed == 1  # b only; the exception propagates, the scope still ended
    with pytest.raises(InvalidHandleError, match=STALE_RE):
        b.numpy()
    assert live() == base


def test_scope_object_rules(tb: Any) -> None:
    s = stf.scope()
    assert "not entered" in repr(s)
    with s:
        assert f"open, id {s.id}" in repr(s)
        with pytest.raises(InvalidArgumentError, match="already open"):
            s.__enter__()
    assert "ended, freed 0" in repr(s)
    with s:  # a scope object can be used again once ended
        t = stf.ones(1)
    assert s.freed == 1
    del t


def test_only_the_innermost_scope_ends(tb: Any) -> None:
    b = backends.get_backend("torch")
    outer = b.scope_begin()
    inner = b.scope_begin()
    fn = PREFIX + ROLES["scope_end"]
    with pytest.raises(InvalidArgumentError) as info:
        b.scope_end(outer)
    assert str(info.value) == (f"{fn}: argument 'scope': scope {outer} is not the innermost "
                               f"open scope of this thread (scope {inner} is): end the inner "
                               "scopes first")
    assert b.scope_end(inner) == 0
    assert b.scope_end(outer) == 0
    with pytest.raises(InvalidArgumentError) as info:
        b.scope_end(outer)
    assert str(info.value) == f"{fn}: argument 'scope': scope {outer} is not open on this thread"


def test_scopes_are_per_thread(tb: Any) -> None:
    base = live()
    barrier = threading.Barrier(2)
    results: dict[str, Any] = {}

    def other() -> None:
        t = stf.ones(5)  # made on another thread while the main thread's scope is open
        barrier.wait()
        barrier.wait()
        results["value"] = t.numpy().tolist()
        with stf.scope() as s:
            u = stf.ones(1)
        results["freed"] = s.freed
        del u
        t.close()

    th = threading.Thread(target=other)
    with stf.scope() as s:
        mine = stf.ones(2)
        th.start()
        barrier.wait()
    barrier.wait()
    th.join()
    assert s.freed == 1
    assert results == {"value": [1.0] * 5, "freed": 1}
    with pytest.raises(InvalidHandleError):
        mine.numpy()
    assert live() == base


def test_many_threads_with_scopes(tb: Any) -> None:
    base = live()
    errors: list[BaseException] = []
    kept: list[Any] = []
    lock = threading.Lock()

    def work(seed: int) -> None:
        try:
            rng = np.random.default_rng(seed)
            for _ in range(50):
                with stf.scope() as s:
                    xs = [stf.tensor(rng.normal(size=3)) for _ in range(int(rng.integers(1, 5)))]
                    total = xs[0]
                    for x in xs[1:]:
                        total = total + x
                    k = stf.keep(total * 1)
                assert s.freed >= 1
                with lock:
                    kept.append(k)
        except BaseException as e:  # noqa: BLE001 (reported below)
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors
    assert live() == base + len(kept) == base + 200
    for k in kept:
        assert k.shape == (3,)
        k.close()
    assert live() == base


# ---- the census -----------------------------------------------------------------------------

def test_census_names_the_function_that_leaked(tb: Any) -> None:
    base = stf.census()
    t = stf.arange(0, 4, 1)
    r = t.reshape(2, 2)
    handle = r._handle
    r._handle = None  # the Tensor forgets its handle: a leak, as a binding that loses one makes
    t.close()
    del r
    now = stf.census()
    grew = {k: now.get(k, 0) - base.get(k, 0) for k in now if now.get(k, 0) != base.get(k, 0)}
    assert grew == {"tensor_reshape": 1}  # the spec function that made the leaked handle
    assert list(now) == sorted(now, key=lambda k: (-now[k], k))  # most first, then by name
    backends.get_backend("torch").free(handle)
    assert stf.census() == base


def test_census_counts_every_creator(tb: Any) -> None:
    base = stf.census()
    with stf.scope():
        made = [stf.ones(1), stf.ones(1), stf.zeros(1), stf.tensor([1.0, 2.0])]
        made.append(made[-1].relu())
        grew = {k: v - base.get(k, 0) for k, v in stf.census().items() if v != base.get(k, 0)}
    assert grew["tensor_ones"] == 2
    assert grew["tensor_zeros"] == 1
    assert grew["relu"] == 1
    assert sum(grew.values()) == 5
    assert stf.census() == base


def test_census_text_in_the_raw_abi(torch_variant: Variant, stub_variant: Variant) -> None:
    v = torch_variant
    f = v.func
    dims = v.ffi.new("int64_t[]", [2])
    base = v.ffi.string(v.role("census")()).decode()
    hs = [f("tensor_ones")(dims, 1, 0) for _ in range(3)] + [f("tensor_zeros")(dims, 1, 0)]
    hs.append(f("tensor_add")(hs[0], hs[3]))
    text = v.ffi.string(v.role("census")()).decode()
    if not base:  # nothing else alive: the exact text
        assert text == "tensor_ones 3\ntensor_add 1\ntensor_zeros 1\n"
    for h in hs:
        v.role("free")(h)
    assert v.ffi.string(v.role("census")()).decode() == base
    # The stub keeps no tensors: an empty census, scopes that open and end, keep refused.
    s = stub_variant
    assert s.ffi.string(s.role("census")()).decode() == ""
    scope = s.role("scope_begin")()
    assert scope > 0 and s.last_error() == (0, "")
    assert s.role("scope_end")(scope + 1) == -1
    assert s.last_error()[0] == _abi.ERROR_KINDS["invalid_argument"]
    assert s.role("scope_end")(scope) == 0 and s.last_error() == (0, "")
    s.role("scope_keep")(1)
    assert s.last_error() == (_abi.ERROR_KINDS["not_available"],
                              f"{PREFIX}{ROLES['scope_keep']}: libtorch is not available in "
                              "this build")


def test_raw_scope_keep_errors(torch_variant: Variant) -> None:
    v = torch_variant
    keep = v.role("scope_keep")
    fn = PREFIX + ROLES["scope_keep"]
    keep(0)
    assert v.last_error() == (1, f"{fn}: argument 'handle': handle 0 is null")
    dims = v.ffi.new("int64_t[]", [1])
    h = v.func("tensor_ones")(dims, 1, 0)
    v.role("free")(h)
    keep(h)
    assert v.last_error() == (1, f"{fn}: argument 'handle': handle {h} {STALE}")
    # A handle of another thread's open scope cannot be kept on this one.
    ready, done = threading.Event(), threading.Event()
    box: dict[str, int] = {}

    def owner() -> None:
        s = v.role("scope_begin")()
        box["h"] = v.func("tensor_ones")(dims, 1, 0)
        ready.set()
        done.wait()
        box["freed"] = v.role("scope_end")(s)

    th = threading.Thread(target=owner)
    th.start()
    ready.wait()
    keep(box["h"])
    assert v.last_error() == (2, f"{fn}: argument 'handle': handle {box['h']} belongs to a "
                                 "scope of another thread")
    done.set()
    th.join()
    assert box["freed"] == 1


# ---- the pure backend -------------------------------------------------------------------------

def test_pure_backend_scopes_free_nothing() -> None:
    backends.set_backend("pure")
    try:
        with stf.scope() as outer:
            a = stf.ones(2)
            with stf.scope():
                b = stf.keep(a + 1)
        assert outer.freed == 0
        np.testing.assert_array_equal(b.numpy(), [2.0, 2.0])  # numpy arrays: still there
        p = backends.get_backend("pure")
        s1, s2 = p.scope_begin(), p.scope_begin()
        fn = PREFIX + ROLES["scope_end"]
        with pytest.raises(InvalidArgumentError) as info:
            p.scope_end(s1)
        assert str(info.value) == (f"{fn}: argument 'scope': scope {s1} is not the innermost "
                                   f"open scope of this thread (scope {s2} is): end the inner "
                                   "scopes first")
        assert p.scope_end(s2) == 0 and p.scope_end(s1) == 0
        with pytest.raises(InvalidArgumentError, match=f"scope {s1} is not open on this thread"):
            p.scope_end(s1)
        with pytest.raises(NotAvailableError) as ninfo:
            stf.census()
        assert str(ninfo.value).startswith(f"{PREFIX}{ROLES['census']}: the pure backend has "
                                           "no census")
    finally:
        backends.set_backend(None)
