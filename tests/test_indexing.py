"""Indexing and in-place writes, checked against torch doing the same on the same data.

- `t[key]` and `t[key] = value` for every key form torch's Python indexing has (integers,
  slices, None, Ellipsis, bools, index tensors, masks, lists and arrays, tuples of them) on
  several dtypes and both backends; views share memory, index tensors copy.
- In-place operations (`inplace: true` in the spec): fill_, zero_, copy_ return the tensor and
  write into it and every view of it; libtorch's refusals are TorchError with its message.
- The key's words through the raw C function: every hostile encoding is refused with
  invalid_argument naming the value (never a crash, no handle leaked), the pure backend's
  decoder refuses it with the same words, and the C++ header, the Python encoder and the spec
  agree on the layout.
- `t ** 2`, `2 ** t` (tensor_pow with promotion), `t.permute(...)`, and torch's spellings of
  the reductions (`t.sum(dim=None, keepdim=False)`, `amax`/`amin`); len, iteration, tolist.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import (
    InvalidArgumentError,
    InvalidHandleError,
    Tensor,
    TorchError,
    Variant,
    _abi,
    backends,
    dtypes,
    indexing,
)
from simple_torch_ffi import load_variant as load
from simple_torch_ffi.pure import PureBackend
from simple_torch_ffi.reference_support import index_key

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")

ROOT = Path(__file__).resolve().parent.parent
PREFIX = _abi.PREFIX
INDEX, INDEX_PUT = _abi.ROLES["index"], _abi.ROLES["index_put"]
NONE = indexing.NO_VALUE
DTYPES = ["float32", "float64", "int64", "int16", "uint8", "bool"]


def data(dtype: str, shape: tuple[int, ...] = (2, 3, 4)) -> np.ndarray[Any, Any]:
    """0, 1, 2, ... in `dtype` (bool: alternating)."""
    a = np.arange(int(np.prod(shape))).reshape(shape)
    return (a % 2 == 1) if dtype == "bool" else a.astype(dtypes.numpy_dtype(dtype))


def pair(dtype: str, shape: tuple[int, ...] = (2, 3, 4)) -> tuple[Tensor, Any]:
    """The same values as a Tensor and as a torch tensor."""
    a = data(dtype, shape)
    return stf.tensor(a), torch.tensor(a)


def same(got: Any, want: Any, where: object = "") -> None:
    """A Tensor equals a torch tensor: dtype, shape and every value."""
    assert isinstance(got, Tensor), (where, type(got))
    assert got.dtype == str(want.dtype).removeprefix("torch."), (where, got.dtype, want.dtype)
    assert got.shape == tuple(want.shape), (where, got.shape, tuple(want.shape))
    np.testing.assert_array_equal(got.numpy().astype(np.float64),
                                  want.to(torch.float64).numpy(), err_msg=str(where))


def raises(cls: type[BaseException], message: str, fn: Callable[[], Any]) -> None:
    with pytest.raises(cls) as info:
        fn()
    assert type(info.value) is cls, info.value
    assert str(info.value) == message


# ---- reading: t[key] ------------------------------------------------------------------------

# Keys as functions of (index tensor maker, library): the same key for stf and for torch.
KEYS: list[tuple[str, Callable[[Callable[..., Any]], Any]]] = [
    ("t[1]", lambda T: 1),
    ("t[-1]", lambda T: -1),
    ("t[0, 2]", lambda T: (0, 2)),
    ("t[1, -2, 3]", lambda T: (1, -2, 3)),
    ("t[1:3]", lambda T: slice(1, 3)),
    ("t[-2:]", lambda T: slice(-2, None)),
    ("t[:, ::2]", lambda T: (slice(None), slice(None, None, 2))),
    ("t[1:3, ::2]", lambda T: (slice(1, 3), slice(None, None, 2))),
    ("t[0, 1:, 1:4:2]", lambda T: (0, slice(1, None), slice(1, 4, 2))),
    ("t[0:10**30]", lambda T: slice(0, 10**30)),
    ("t[5:]", lambda T: slice(5, None)),
    ("t[..., None]", lambda T: (Ellipsis, None)),
    ("t[None, 0]", lambda T: (None, 0)),
    ("t[..., 1]", lambda T: (Ellipsis, 1)),
    ("t[0, ..., 1:]", lambda T: (0, Ellipsis, slice(1, None))),
    ("t[...]", lambda T: Ellipsis),
    ("t[()]", lambda T: ()),
    ("t[True]", lambda T: True),
    ("t[False]", lambda T: False),
    ("t[0, True]", lambda T: (0, True)),
    ("t[index_tensor]", lambda T: T([1, 0, 1])),
    ("t[int32 index]", lambda T: T([1, 0], dtype="int32")),
    ("t[:, index]", lambda T: (slice(None), T([2, 0, 2]))),
    ("t[index, index]", lambda T: (T([0, 1]), T([2, 1]))),
    ("t[index, :, index]", lambda T: (T([[0], [1]]), slice(None), T([3, 0]))),
    ("t[0, index]", lambda T: (0, T([2, 0]))),
    ("t[mask of dim 0]", lambda T: T([True, False])),
    ("t[empty index]", lambda T: T([], dtype="int64")),
]


def _stf_index(values: Any, dtype: str | None = None) -> Any:
    return stf.tensor(values, dtype=dtype)


def _torch_index(values: Any, dtype: str | None = None) -> Any:
    return torch.tensor(values, dtype=getattr(torch, dtype) if dtype else None)


@pytest.mark.parametrize("dtype", ["float32", "int64", "uint8", "bool"])
@pytest.mark.parametrize(("name", "key"), KEYS, ids=[k for k, _ in KEYS])
def test_getitem_matches_torch(be: str, dtype: str, name: str,
                               key: Callable[[Callable[..., Any]], Any]) -> None:
    t, tx = pair(dtype)
    same(t[key(_stf_index)], tx[key(_torch_index)], name)


@pytest.mark.parametrize("dtype", DTYPES)
def test_masks_lists_and_arrays_as_keys(be: str, dtype: str) -> None:
    t, tx = pair(dtype)
    same(t[t > 5] if dtype != "bool" else t[t], tx[tx > 5] if dtype != "bool" else tx[tx])
    same(t[[1, 0]], tx[torch.tensor([1, 0])])  # a list is an index tensor
    same(t[[True, False]], tx[torch.tensor([True, False])])
    same(t[np.array([1, 0])], tx[np.array([1, 0])])
    same(t[:, [2, 0]], tx[:, [2, 0]])
    same(t[[1.7, 0.2]], tx[[1.7, 0.2]])  # float lists are truncated, as torch does
    same(t[np.array([[0, 1], [1, 0]])], tx[torch.tensor([[0, 1], [1, 0]])])
    same(t[np.int64(1), np.bool_(True)], tx[1, True])


def test_zero_d_and_one_d(be: str) -> None:
    x = torch.tensor(5.0)
    t = stf.tensor(5.0)
    for key in ((), Ellipsis, None, True, False):
        same(t[key], x[key], key)
    v, vx = stf.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 2.0, 3.0])
    for key in (0, -1, (Ellipsis, 0), slice(None, None, 2)):
        same(v[key], vx[key], key)
    assert v[2].shape == () and v[2].item() == 3.0


def test_views_share_memory_and_index_tensors_copy(be: str) -> None:
    t, tx = pair("float32")
    row = t[0]
    row.fill_(7.0)  # a write through t[0] shows in t
    tx[0].fill_(7.0)
    same(t, tx)
    col = t[:, 1]  # not contiguous: still a view
    col.zero_()
    tx[:, 1].zero_()
    same(t, tx)
    t[..., None][1, 2, 3, 0] = -1.0
    tx[..., None][1, 2, 3, 0] = -1.0
    same(t, tx)
    picked = t[[0, 1]]  # an index tensor gives a copy
    picked.fill_(100.0)
    same(t, tx)
    nested = t[1][2]
    nested.copy_(stf.tensor([9.0, 8.0, 7.0, 6.0]))
    tx[1][2].copy_(torch.tensor([9.0, 8.0, 7.0, 6.0]))
    same(t, tx)


# ---- writing: t[key] = value ----------------------------------------------------------------

@pytest.mark.parametrize("dtype", DTYPES)
def test_setitem_matches_torch(be: str, dtype: str) -> None:
    t, tx = pair(dtype)

    def both(key: Callable[[Callable[..., Any]], Any], value: Callable[[Any], Any]) -> None:
        t[key(_stf_index)] = value(stf)
        tx[key(_torch_index)] = value(torch)
        same(t, tx, (key(_torch_index), dtype))

    both(lambda T: 0, lambda m: 1.5)  # t[0] = 1.5 (taken in the tensor's dtype)
    both(lambda T: (slice(None), 1), lambda m: m.tensor([7.0, 8.0, 9.0, 10.0]))  # t[:, 1] = other
    both(lambda T: (1, slice(None), 0), lambda m: m.tensor([True, False, True]))
    both(lambda T: (Ellipsis, 2), lambda m: 3)
    # with index tensors a Tensor value must have the tensor's dtype (torch refuses others)
    both(lambda T: T([1, 0]), lambda m: m.tensor(2, dtype=dtype if m is stf else
                                                   getattr(torch, dtype)))
    both(lambda T: (slice(None), T([2, 0])), lambda m: 4)
    both(lambda T: (slice(1, 3), slice(None, None, 2)), lambda m: -1 if dtype != "uint8" else 250)
    both(lambda T: (), lambda m: 0)
    both(lambda T: True, lambda m: 1)
    both(lambda T: False, lambda m: 2)
    mask, mask_x = (t > 0, tx > 0) if dtype != "bool" else (t, tx)
    t[mask] = 0  # t[mask] = 0
    tx[mask_x] = 0
    same(t, tx, "mask")
    t[0] = np.array([5, 6, 7, 8])  # numbers, lists and arrays are taken in the tensor's dtype
    tx[0] = torch.tensor([5, 6, 7, 8])
    t[1, 0] = [1, 2, 3, 4]
    tx[1, 0] = torch.tensor([1, 2, 3, 4])
    same(t, tx, "arrays")


def test_setitem_through_views_and_iteration(be: str) -> None:
    t, tx = pair("float64")
    for row, row_x in zip(t, tx, strict=True):  # iteration gives views
        row[0, 0] = 42.0
        row_x[0, 0] = 42.0
    same(t, tx)
    sub = t[1]
    sub[sub > 20] = -5.0  # writes through a view reach the tensor
    sub_x = tx[1]
    sub_x[sub_x > 20] = -5.0
    same(t, tx)


def test_len_iteration_and_tolist(be: str) -> None:
    t, tx = pair("int64")
    assert len(t) == len(tx) == 2
    rows = list(t)
    assert len(rows) == 2
    for got, want in zip(rows, tx, strict=True):
        same(got, want)
    assert [r.tolist() for r in t] == [r.tolist() for r in tx]
    assert t.tolist() == tx.tolist()
    assert [x.item() for x in stf.tensor([1.5, 2.5])] == [1.5, 2.5]
    assert list(stf.zeros(0, 3)) == []
    raises(TypeError, "iteration over a 0-d tensor", lambda: iter(stf.tensor(1.0)))
    raises(TypeError, "len() of a 0-d tensor", lambda: len(stf.tensor(1.0)))


def test_torch_refusals_are_torch_errors(be: str) -> None:
    t = stf.tensor(data("float32"))
    fn = PREFIX + INDEX
    torch_words = be == "torch"  # the pure backend's messages are numpy's words
    for key, message in [
        (5, "index 5 is out of bounds for dimension 0 with size 2"),
        ((0, 3), "index 3 is out of bounds for dimension 1 with size 3"),
        ((0, 0, 0, 0), "too many indices for tensor of dimension 3"),
        (stf.tensor([5]), "index 5 is out of bounds for dimension 0 with size 2"),
    ]:
        with pytest.raises(TorchError) as info:
            t[key]
        assert str(info.value).startswith(f"{fn}: ")
        if torch_words:
            assert str(info.value) == f"{fn}: {message}"
    # what torch refuses for any backend, with torch's message
    raises(TorchError, f"{fn}: step must be greater than zero", lambda: t[::-1])
    raises(TorchError, f"{fn}: step must be greater than zero", lambda: t[0, 3:0:-2])
    raises(TorchError, f"{fn}: slice step cannot be zero", lambda: t[::0])
    raises(TorchError, f"{fn}: tensors used as indices must be long, int, byte or bool tensors",
           lambda: t[stf.tensor([0.0, 1.0])])
    put = PREFIX + INDEX_PUT
    with pytest.raises(TorchError) as info:
        t[0] = stf.ones(5)
    assert str(info.value).startswith(f"{put}: ")
    if torch_words:
        assert str(info.value) == (
            f"{put}: The expanded size of the tensor (4) must match the existing size (5) at "
            "non-singleton dimension 1.  Target sizes: [3, 4].  Tensor sizes: [5]")
    raises(TorchError, f"{put}: step must be greater than zero",
           lambda: t.__setitem__(slice(None, None, -1), 0.0))
    if torch_words:  # numpy converts; torch does not with index tensors
        raises(TorchError, f"{put}: Index put requires the source and destination dtypes match, "
                           "got Float for the destination and Double for the source.",
               lambda: t.__setitem__(stf.tensor([1]), stf.tensor(1.0, dtype="float64")))
    np.testing.assert_array_equal(t.numpy(), data("float32"))  # refused writes wrote nothing


def test_python_level_refusals(be: str) -> None:
    t = stf.tensor(data("float32"))
    raises(IndexError, "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                       "Variables are valid indices (got float)", lambda: t[1.5])
    raises(IndexError, "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                       "Variables are valid indices (got str)", lambda: t["a"])
    raises(TypeError, "slice indices must be integers or None or have an __index__ method",
           lambda: t[1.5:])
    raises(IndexError, f"index {2**70} does not fit in int64", lambda: t[2**70])
    with pytest.raises(IndexError, match="cannot index with"):
        t[[[0, 1], [0]]]
    raises(TypeError, "can't assign a str to a Tensor", lambda: t.__setitem__(0, "x"))
    t.close()
    raises(InvalidHandleError, "the tensor has been closed", lambda: t[0])
    with pytest.raises(InvalidHandleError):
        t[0] = 1.0


def test_other_backend_index_tensor_is_refused() -> None:
    try:
        backends.get_backend("torch")
    except stf.NotAvailableError:
        pytest.skip("torch backend not available")
    t = stf.tensor([1.0, 2.0], backend="torch")
    idx = stf.tensor([0], backend="pure")
    raises(TypeError, "cannot combine a tensor of backend 'torch' with one of backend 'pure'",
           lambda: t[idx])


# ---- in-place operations --------------------------------------------------------------------

@pytest.mark.parametrize("dtype", DTYPES)
def test_inplace_operations_match_torch(be: str, dtype: str) -> None:
    t, tx = pair(dtype)
    assert t.fill_(2.75) is t  # torch's habit: the tensor itself comes back
    tx.fill_(2.75)
    same(t, tx)
    assert t.zero_() is t
    tx.zero_()
    same(t, tx)
    src = np.linspace(-3.7, 3.7, 4)  # broadcast over the last dim, converted to the dtype
    if dtype == "uint8":
        src = np.abs(src)
    assert t.copy_(stf.tensor(src, dtype="float64")) is t
    tx.copy_(torch.tensor(src, dtype=torch.float64))
    same(t, tx)
    t.copy_(stf.tensor([[True], [False], [True]]))
    tx.copy_(torch.tensor([[True], [False], [True]]))
    same(t, tx)
    t.copy_(5)  # a number is a 0-d tensor
    tx.copy_(torch.tensor(5))
    same(t, tx)


def test_inplace_refusals(be: str) -> None:
    t = stf.zeros(3)
    with pytest.raises(TorchError) as info:
        t.copy_(stf.ones(2))
    assert str(info.value).startswith(f"{PREFIX}tensor_copy_: ")
    if be == "torch":
        assert str(info.value).endswith("The size of tensor a (3) must match the size of tensor "
                                        "b (2) at non-singleton dimension 0")
    raises(TorchError, f"{PREFIX}tensor_fill_: value cannot be converted to type float without "
                       "overflow", lambda: t.fill_(1e300))
    np.testing.assert_array_equal(t.numpy(), np.zeros(3, np.float32))


def test_libtorch_refuses_writing_into_expanded_memory() -> None:
    """torch's own check (the pure backend writes like numpy: no such check there)."""
    try:
        backends.get_backend("torch")
    except stf.NotAvailableError:
        pytest.skip("torch backend not available")
    e = stf.ones(1, backend="torch").expand(3)
    raises(TorchError, f"{PREFIX}tensor_copy_: unsupported operation: more than one element of "
                       "the written-to tensor refers to a single memory location. Please "
                       "clone() the tensor before performing the operation.",
           lambda: e.copy_(stf.tensor([1.0, 2.0, 3.0], backend="torch")))
    assert e.fill_(4.0).tolist() == [4.0, 4.0, 4.0]  # as torch allows


def test_inplace_writes_reach_shared_numpy_memory() -> None:
    """On the torch backend from_numpy and numpy() share memory (as torch's do), so in-place
    writes are seen through them."""
    try:
        backends.get_backend("torch")
    except stf.NotAvailableError:
        pytest.skip("torch backend not available")
    src = np.zeros(4, dtype=np.float32)
    t = stf.from_numpy(src, backend="torch")
    t[1:3] = 5.0
    assert src.tolist() == [0.0, 5.0, 5.0, 0.0]
    view = t.numpy()
    t.zero_()
    assert view.tolist() == [0.0] * 4
    x = torch.from_dlpack(t)
    t[0] = 9.0
    assert x.tolist() == [9.0, 0.0, 0.0, 0.0]


# ---- the words of a key, through the raw C function -----------------------------------------

@pytest.fixture
def v() -> Variant:
    try:
        return load("torch")
    except stf.NotAvailableError as e:
        if os.environ.get("STF_REQUIRE_TORCH") == "1":
            raise
        pytest.skip(f"torch variant not built: {e}")


@pytest.fixture
def no_gc() -> None:
    """No finalizer of earlier garbage frees a handle while a test counts them (conftest's
    _gc_enabled resumes the collector)."""
    import gc

    gc.disable()


def _handle(v: Variant, values: Any) -> int:
    from stf_conformance import make_tensor

    return make_tensor(v, np.asarray(values, dtype=np.float64))


def _raw_index(v: Variant, h: int, words: list[int], tensors: list[int]) -> tuple[int, int, str]:
    ffi = v.ffi
    w = ffi.new("int64_t[]", words) if words else ffi.NULL
    ts = ffi.new("int64_t[]", tensors) if tensors else ffi.NULL
    r = v.func(INDEX)(h, w, len(words), ts, len(tensors))
    kind, msg = v.last_error()
    return r, kind, msg


G = [1, 0, 0, 0]  # a valid group: integer 0
HOSTILE: list[tuple[str, list[int], int, str]] = [
    # (what, words, how many tensors, the message after "argument '...': ")
    ("1 word", [1], 0, "indices': 1 words are not whole groups of 4"),
    ("7 words", G + [1, 0, 0], 0, "indices': 7 words are not whole groups of 4"),
    ("65 groups", [3, 0, 0, 0] * 65, 0, "indices': 65 index groups exceed the maximum of 64"),
    ("kind 0", [0, 0, 0, 0], 0, "indices': group 0 has unknown kind 0"),
    ("kind 7", G + [7, 0, 0, 0], 0, "indices': group 1 has unknown kind 7"),
    ("kind -1", [-1, 0, 0, 0], 0, "indices': group 0 has unknown kind -1"),
    ("kind 2^62", [2**62, 0, 0, 0], 0, f"indices': group 0 has unknown kind {2**62}"),
    ("kind INT64_MIN", [NONE, 0, 0, 0], 0, f"indices': group 0 has unknown kind {NONE}"),
    ("integer word 2", [1, 0, 5, 0], 0, "indices': group 0 (integer) has word 2 = 5, which "
                                        "must be 0"),
    ("integer word 3", [1, 0, 0, -1], 0, "indices': group 0 (integer) has word 3 = -1, which "
                                         "must be 0"),
    ("None word 1", [3, 1, 0, 0], 0, "indices': group 0 (None) has word 1 = 1, which must "
                                     "be 0"),
    ("Ellipsis word 3", [4, 0, 0, NONE], 0, f"indices': group 0 (Ellipsis) has word 3 = "
                                            f"{NONE}, which must be 0"),
    ("bool 2", [5, 2, 0, 0], 0, "indices': group 0 (bool) needs 0 or 1, got 2"),
    ("bool -1", [5, -1, 0, 0], 0, "indices': group 0 (bool) needs 0 or 1, got -1"),
    ("bool word 2", [5, 1, 1, 0], 0, "indices': group 0 (bool) has word 2 = 1, which must be 0"),
    ("tensor -1", [6, -1, 0, 0], 1, "indices': group 0 (tensor) refers to tensor -1 of 1 in "
                                    "'tensors'"),
    ("tensor past the end", [6, 1, 0, 0], 1, "indices': group 0 (tensor) refers to tensor 1 "
                                             "of 1 in 'tensors'"),
    ("tensor without tensors", [6, 0, 0, 0], 0, "indices': group 0 (tensor) refers to tensor "
                                                "0 of 0 in 'tensors'"),
    ("tensor INT64_MAX", [6, 2**63 - 1, 0, 0], 1, f"indices': group 0 (tensor) refers to "
                                                  f"tensor {2**63 - 1} of 1 in 'tensors'"),
    ("tensor word 3", [6, 0, 0, 9], 1, "indices': group 0 (tensor) has word 3 = 9, which must "
                                       "be 0"),
    ("unreferenced tensor", G, 1, "tensors': tensor 0 is not referenced by any index group"),
    ("second unreferenced", [6, 0, 0, 0], 2, "tensors': tensor 1 is not referenced by any "
                                             "index group"),
    ("no words, a tensor", [], 1, "tensors': tensor 0 is not referenced by any index group"),
]


@pytest.mark.parametrize(("what", "words", "n_tensors", "message"), HOSTILE,
                         ids=[h[0] for h in HOSTILE])
def test_hostile_words_are_refused(v: Variant, no_gc: None, what: str,
                                   words: list[int], n_tensors: int, message: str) -> None:
    live = v.role("live_count")()
    h = _handle(v, [[1.0, 2.0], [3.0, 4.0]])
    idx = [_handle(v, [0.0]) for _ in range(n_tensors)]
    try:
        r, kind, msg = _raw_index(v, h, words, idx)
        assert r == 0
        assert kind == _abi.ERROR_KINDS["invalid_argument"]
        assert msg == f"{PREFIX}{INDEX}: argument '{message}"
        # index_put refuses the same words before it writes anything
        value = _handle(v, 9.0)
        ffi = v.ffi
        v.func(INDEX_PUT)(h, ffi.new("int64_t[]", words) if words else ffi.NULL, len(words),
                          ffi.new("int64_t[]", idx) if idx else ffi.NULL, len(idx), value)
        kind, msg = v.last_error()
        assert (kind, msg) == (_abi.ERROR_KINDS["invalid_argument"],
                               f"{PREFIX}{INDEX_PUT}: argument '{message}")
        from stf_conformance import read_tensor

        assert read_tensor(v, h).tolist() == [[1.0, 2.0], [3.0, 4.0]]
        v.role("free")(value)
    finally:
        for x in [h, *idx]:
            v.role("free")(x)
    assert v.role("live_count")() == live
    # the pure backend's decoder refuses it with the same words
    pure = PureBackend()
    ph = pure.from_numpy(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
    pidx = [pure.from_numpy(np.array([0], np.int64)) for _ in range(n_tensors)]
    raises(InvalidArgumentError, f"{PREFIX}{INDEX}: argument '{message}",
           lambda: pure.call(INDEX, ph, tuple(words), tuple(pidx)))


@pytest.mark.parametrize(("words", "key"), [
    ([1, 2**63 - 1, 0, 0], None),
    ([1, -(2**63) + 1, 0, 0], None),
    ([2, 2**63 - 1, NONE, NONE], slice(2**63 - 1, None)),
    ([2, -(2**63) + 1, 2**63 - 1, 2**63 - 1], None),  # libtorch: the size overflows
    ([2, NONE, -(2**63) + 1, NONE], slice(None, -(2**61))),  # torch warns past 2**62
    ([2, 1, NONE, 2**62], slice(1, None, 2**62)),
    ([5, 0, 0, 0, 5, 1, 0, 0, 3, 0, 0, 0], (False, True, None)),
    ([3, 0, 0, 0] * 63, (None,) * 63),
    ([4, 0, 0, 0, 4, 0, 0, 0], (Ellipsis, Ellipsis)),
    ([1, 0, 0, 0, 1, 0, 0, 0], None),
])
def test_extreme_words_answer_like_torch(v: Variant, no_gc: None,
                                         words: list[int], key: Any) -> None:
    """Values at the ends of int64: a result equal to torch's `t[key]`, or torch's refusal
    (key None), never a crash."""
    live = v.role("live_count")()
    h = _handle(v, [1.0, 2.0, 3.0])
    try:
        r, kind, msg = _raw_index(v, h, words, [])
        if key is None:
            assert r == 0 and kind == _abi.ERROR_KINDS["torch_error"], msg
        else:
            from stf_conformance import read_tensor

            assert r > 0, msg
            want = torch.tensor([1.0, 2.0, 3.0])[key]
            assert read_tensor(v, r).tolist() == want.tolist()
            v.role("free")(r)
    finally:
        v.role("free")(h)
    assert v.role("live_count")() == live


def test_random_words_never_crash(v: Variant, no_gc: None) -> None:
    """2000 random keys of interesting words: a tensor or a refusal (invalid_argument or
    torch_error), the same outcome as the pure backend's decoder, no leak."""
    rng = np.random.default_rng(11)
    interesting = [0, 1, -1, 2, 3, -3, 5, 6, 7, 2**31, -(2**31), 2**62, 2**63 - 1, NONE]
    live = v.role("live_count")()
    h = _handle(v, np.arange(24.0).reshape(2, 3, 4))
    idx = _handle(v, [0.0])
    pure = PureBackend()
    ph = pure.from_numpy(np.arange(24.0, dtype=np.float32).reshape(2, 3, 4))
    pidx = pure.from_numpy(np.array([0], np.float32))
    seen = {0: 0, 2: 0, 3: 0}
    try:
        for _ in range(2000):
            groups = int(rng.integers(0, 4))
            words = []
            for _ in range(groups):
                kind = int(rng.integers(0, 8))
                words += [kind] + [int(rng.choice(interesting)) if rng.random() < 0.3 else 0
                                   for _ in range(3)]
            n = int(rng.integers(0, 2))
            r, kind, msg = _raw_index(v, h, words, [idx] * n)
            assert kind in seen, msg
            seen[kind] += 1
            if r:
                v.role("free")(r)
            try:
                pure.call(INDEX, ph, tuple(words), (pidx,) * n)
                pure_kind = 0
            except InvalidArgumentError as e:
                pure_kind = 2
                assert str(e) == msg  # the same words as the library
            except TorchError:
                pure_kind = 3
            assert (kind == 2) == (pure_kind == 2), (words, n, msg)
    finally:
        v.role("free")(h)
        v.role("free")(idx)
    assert v.role("live_count")() == live
    assert all(seen.values()), seen  # successes and both kinds of refusal were exercised


def test_layout_agrees_between_cpp_python_and_spec() -> None:
    header = (ROOT / "runtime/cpp/stf/torch_indexing.h").read_text()
    assert re.search(r"kIndexGroupWords = (\d+);", header)[1] == str(indexing.GROUP_WORDS)  # type: ignore[index]
    assert "kIndexNone = std::numeric_limits<int64_t>::min();" in header
    assert indexing.NO_VALUE == -(2**63)
    enum = dict(re.findall(r"^\s+(\w+) = (\d+),$", header, re.M))
    python = {"Integer": indexing.INTEGER, "Slice": indexing.SLICE, "None": indexing.NONE_AXIS,
              "Ellipsis": indexing.ELLIPSIS, "Bool": indexing.BOOL, "Tensor": indexing.TENSOR}
    assert {k: int(x) for k, x in enum.items()} == python
    spec = " ".join((ROOT / "spec/ffi.yaml").read_text().replace("#", " ").split())
    assert (f"[kind, a, b, c], one per element of the index tuple: 1 integer (a = the index), "
            f"2 slice (a, b, c = start, stop, step; {NONE} = none), 3 None, 4 Ellipsis, 5 bool "
            "(a = 0 or 1), 6 tensor") in spec


def test_encoder_words() -> None:
    enc = indexing.encode_key
    assert enc(1, Tensor) == ([1, 1, 0, 0], [])
    assert enc((slice(None), slice(1, None, 2)), Tensor) == (
        [2, NONE, NONE, NONE, 2, 1, NONE, 2], [])
    assert enc((Ellipsis, None, True), Tensor)[0] == [4, 0, 0, 0, 3, 0, 0, 0, 5, 1, 0, 0]
    assert enc(slice(-(10**30), 10**30), Tensor)[0] == [2, -(2**63) + 1, 2**63 - 1, NONE]
    words, ops = enc(([1, 0], np.array([True])), Tensor)
    assert words == [6, 0, 0, 0, 6, 1, 0, 0]
    assert ops[0].dtype == np.int64 and ops[1].dtype == np.bool_
    assert enc((), Tensor) == ([], [])
    assert index_key([], []) == (Ellipsis,)
    assert index_key([1, -1, 0, 0, 2, NONE, 3, NONE], []) == (-1, slice(None, 3, 1), Ellipsis)


# ---- pow, permute, torch's spellings of the reductions --------------------------------------

@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int32", "float16"])
def test_pow_operators_match_torch(be: str, dtype: str) -> None:
    a = np.array([[1, 2, 3], [4, 0, 2]])
    t, tx = stf.tensor(a, dtype=dtype), torch.tensor(a, dtype=getattr(torch, dtype))
    for got, want in [(t ** 2, tx ** 2), (2 ** t, 2 ** tx), (t ** 0.5, tx ** 0.5),
                      (1.5 ** t, 1.5 ** tx), (t ** t, tx ** tx), (t.pow(3), tx.pow(3)),
                      (pow(t, 2), pow(tx, 2)), (t ** True, tx ** True)]:
        assert got.dtype == str(want.dtype).removeprefix("torch.")
        np.testing.assert_allclose(got.numpy().astype(np.float64),
                                   want.to(torch.float64).numpy(), rtol=1e-3)
    f = stf.tensor([4.0, 9.0])
    assert (f ** stf.tensor([0.5, 0.5])).tolist() == [2.0, 3.0]
    assert (f ** np.array([2.0, 1.0])).tolist() == [16.0, 9.0]


def test_permute_matches_torch(be: str) -> None:
    t, tx = pair("float32")
    for dims in [(2, 0, 1), (0, 1, 2), (-1, -3, -2)]:
        same(t.permute(*dims), tx.permute(*dims), dims)
        same(t.permute(dims), tx.permute(dims), dims)
    p = t.permute(1, 0, 2)
    p[0, 1, 0] = -7.0  # a view, as torch's
    tx.permute(1, 0, 2)[0, 1, 0] = -7.0
    same(t, tx)
    with pytest.raises(TorchError) as info:
        t.permute(0, 1)
    if be == "torch":
        assert "input.dim() = 3 is not equal to len(dims) = 2" in str(info.value)


def test_reductions_with_torch_spellings(be: str) -> None:
    x = np.array([[1.5, -2.0, 3.0], [0.5, 5.0, -1.0]], dtype=np.float32)
    t, tx = stf.tensor(x), torch.tensor(x)
    for name in ("sum", "mean", "prod", "std", "var"):
        m, mx = getattr(t, name), getattr(tx, name)
        same_close(m(), mx())  # a 0-d tensor, as torch (ABI 3)
        assert m().shape == () and m().item() == pytest.approx(mx().item(), rel=1e-6), name
        for dim in (0, 1, -1):
            same_close(m(dim), mx(dim))
            same_close(m(dim, keepdim=True), mx(dim, keepdim=True))
            same_close(m(dim=dim, keepdim=True), mx(dim=dim, keepdim=True))
        raises(TypeError, f"{name}(): keepdim needs dim", lambda m=m: m(keepdim=True))
    same_close(t.amax(1), tx.amax(1))
    same_close(t.amin(0, keepdim=True), tx.amin(0, keepdim=True))
    assert not hasattr(t, "sum_dim") and not hasattr(t, "max_dim")


def same_close(got: Tensor, want: Any) -> None:
    assert got.dtype == str(want.dtype).removeprefix("torch.")
    assert got.shape == tuple(want.shape)
    np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-5)
