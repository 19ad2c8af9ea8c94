"""Dtypes through every layer, checked against torch itself: the spec's dtype table, creation
with a dtype, conversion between every pair, raw data in and out, torch's type promotion over
every pair (both backends), and torch's Python habits (inference, dtype arguments, repr)."""

from __future__ import annotations

import itertools
import os
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import InvalidArgumentError, TorchError, Variant, _abi, dtypes

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")

NAMES = list(_abi.DTYPES)
NUMERIC = [n for n in NAMES if n != "bool"]
FLOATING = [n for n in NAMES if n.startswith(("float", "bfloat"))]


def tdtype(name: str) -> Any:
    return getattr(torch, name)


def as_f64(x: Any) -> np.ndarray[Any, Any]:
    """Values as float64 for comparison (bfloat16 and bool included)."""
    if isinstance(x, torch.Tensor):
        return x.to(torch.float64).numpy()
    return np.asarray(x).astype(np.float64)


def test_the_table_matches_torch_and_numpy() -> None:
    codes = [d.code for d in _abi.DTYPES.values()]
    assert len(set(codes)) == len(codes)
    for name, info in _abi.DTYPES.items():
        assert torch.empty(0, dtype=tdtype(name)).element_size() == info.size, name
        assert dtypes.numpy_dtype(name).itemsize == info.size, name
        assert dtypes.name(dtypes.numpy_dtype(name)) == name
    assert _abi.DEFAULT_DTYPE == "float32" == str(torch.get_default_dtype()).split(".")[1]


@pytest.mark.parametrize("name", NAMES)
def test_creation_with_every_dtype(be: str, name: str) -> None:
    t = tdtype(name)
    for got, want in ((stf.zeros(2, 3, dtype=name), torch.zeros(2, 3, dtype=t)),
                      (stf.ones(4, dtype=name), torch.ones(4, dtype=t)),
                      (stf.full((2,), 1, dtype=name), torch.full((2,), 1, dtype=t)),
                      (stf.eye(3, dtype=name), torch.eye(3, dtype=t))):
        assert got.dtype == name and got.numpy().dtype == dtypes.numpy_dtype(name)
        np.testing.assert_array_equal(as_f64(got.numpy()), as_f64(want))
    if name != "bool":
        got = stf.arange(0, 5, 1, dtype=name)
        assert got.dtype == name
        np.testing.assert_array_equal(as_f64(got.numpy()),
                                      as_f64(torch.arange(0, 5, 1, dtype=t)))
    if name in FLOATING:
        r = stf.randn(3, 2, dtype=name)
        assert r.dtype == name and r.shape == (3, 2)
    else:
        with pytest.raises(TorchError):
            stf.randn(2, dtype=name)


VALUES = [0.0, 1.0, 2.5, 100.0]  # in range of every dtype, so conversions are defined


@pytest.mark.parametrize(("src", "dst"), list(itertools.product(NAMES, NAMES)))
def test_conversion_between_every_pair(be: str, src: str, dst: str) -> None:
    want = torch.tensor(VALUES).to(tdtype(src)).to(tdtype(dst))
    got = stf.tensor(VALUES).to(dtype=src).to(dst)
    assert got.dtype == dst
    np.testing.assert_array_equal(as_f64(got.numpy()), as_f64(want))


@pytest.mark.parametrize(("a", "b"), list(itertools.product(NAMES, NAMES)))
def test_add_promotes_like_torch(be: str, a: str, b: str) -> None:
    xs, ys = [1.0, 0.0, 1.0], [1.0, 1.0, 0.0]
    want = torch.tensor(xs).to(tdtype(a)) + torch.tensor(ys).to(tdtype(b))
    got = stf.tensor(xs, dtype=a) + stf.tensor(ys, dtype=b)
    assert got.dtype == str(want.dtype).split(".")[1], (a, b)
    np.testing.assert_array_equal(as_f64(got.numpy()), as_f64(want))


@pytest.mark.parametrize("name", NUMERIC)
def test_scalars_follow_torch(be: str, name: str) -> None:
    x = stf.tensor([1.0, 2.0], dtype=name)
    tx = torch.tensor([1.0, 2.0]).to(tdtype(name))
    for got, want in ((x + 1, tx + 1), (x * 2.5, tx * 2.5), (x + True, tx + True)):
        assert got.dtype == str(want.dtype).split(".")[1], name
        np.testing.assert_allclose(as_f64(got.numpy()), as_f64(want), rtol=1e-2)


@pytest.mark.parametrize("name", ["float32", "float64"])
def test_python_floats_keep_their_precision(be: str, name: str) -> None:
    """A Python float is a double in torch: next to float64 it is not rounded to float32 first
    (0.1 in float32 is 0.100000001490116...). Results bit for bit, with dims and 0-d."""
    values = [1.0, -2.5, 3.0e-3]
    for shape in ((3,), ()):
        data = np.array(values if shape else values[0])
        x, tx = stf.tensor(data, dtype=name), torch.tensor(data).to(tdtype(name))
        for got, want in ((x * 0.1, tx * 0.1), (0.1 * x, 0.1 * tx), (x + 1e-9, tx + 1e-9),
                          (x / 3.3, tx / 3.3), (x - 0.7, tx - 0.7)):
            assert got.dtype == str(want.dtype).split(".")[1], name
            np.testing.assert_array_equal(as_f64(got.numpy()), as_f64(want), name)
    ints = stf.tensor([1, 2])
    assert (ints * 0.1).dtype == "float32"  # a float next to integers: the default dtype


@pytest.mark.parametrize("name", NAMES)
def test_numbers_keep_their_value_and_promote_like_torch(be: str, name: str) -> None:
    """A Python float beside a float64 tensor keeps all its digits (0.1 is not 0.1f), beside
    any tensor it promotes as torch promotes it; exact values, every operator form."""
    x = stf.tensor([1.0, 0.0, 0.1]).to(name)
    tx = torch.tensor([1.0, 0.0, 0.1]).to(tdtype(name))
    for op in (lambda t: t + 0.1, lambda t: 0.1 * t, lambda t: t == 0.1, lambda t: t < 0.1,
               lambda t: t.add(0.1), lambda t: t / 3, lambda t: t * 3, lambda t: t.mul(True)):
        got, want = op(x), op(tx)
        assert got.dtype == str(want.dtype).split(".")[1], name
        np.testing.assert_array_equal(as_f64(got.numpy()), as_f64(want), err_msg=name)


@pytest.mark.parametrize("name", NAMES)
def test_numpy_round_trip_keeps_the_dtype(be: str, name: str) -> None:
    a = np.array([[0, 1, 2], [3, 1, 0]]).astype(dtypes.numpy_dtype(name))
    t = stf.from_numpy(a)
    assert t.dtype == name and t.shape == (2, 3)
    out = t.numpy()
    assert out.dtype == a.dtype and out.tobytes() == a.tobytes()
    assert np.asarray(t).dtype == a.dtype
    assert stf.tensor(a).dtype == name  # an array keeps its dtype, as in torch.tensor


def test_python_habits(be: str) -> None:
    assert stf.tensor([1, 2]).dtype == "int64"
    assert stf.tensor([True, False]).dtype == "bool"
    assert stf.tensor([1.5]).dtype == "float32"
    assert stf.tensor(np.array([1.5])).dtype == "float64"
    assert stf.zeros(2, dtype=np.int32).dtype == "int32"
    assert stf.zeros(2, dtype=np.dtype("float64")).dtype == "float64"
    assert stf.zeros(2, dtype=torch.float16).dtype == "float16"
    assert stf.zeros(2, dtype=int).dtype == "int64" and stf.zeros(1, dtype=float).dtype == "float32"
    t = stf.tensor([1.0, 2.0])
    assert t.to(dtype="float64").dtype == "float64" and t.to("int64").dtype == "int64"
    assert t.to(np.float16).dtype == "float16" and t.to("cpu", "int8").dtype == "int8"
    assert repr(t.to("float64")) == "tensor([1., 2.], dtype=float64)"
    assert repr(stf.tensor([1, 2])) == "tensor([1, 2])"
    assert repr(stf.tensor([True])) == "tensor([ True])"
    assert stf.tensor(3).item() == 3 and isinstance(stf.tensor(3).item(), int)
    assert stf.tensor(True).item() is True
    assert isinstance(stf.tensor(2.5).item(), float)
    with pytest.raises(InvalidArgumentError, match="'complex' is not a dtype"):
        stf.zeros(2, dtype="complex")
    with pytest.raises(TypeError, match="needs a device or a dtype"):
        t.to()


def test_the_abi_refuses_unknown_codes_and_wrong_byte_counts(torch_variant: Variant) -> None:
    v = torch_variant
    dims = v.ffi.new("int64_t[]", [2])
    assert v.func("tensor_zeros")(dims, 1, 99) == 0
    assert v.last_error() == (_abi.ERROR_KINDS["invalid_argument"],
                              "simple_torch_tensor_zeros: argument 'dtype': unknown dtype code 99")
    data = v.ffi.new("uint8_t[]", 3)
    code = _abi.DTYPES["int16"].code
    assert v.func("tensor_from_bytes")(data, 3, dims, 1, code) == 0
    assert v.last_error()[1] == ("simple_torch_tensor_from_bytes: argument 'data': 3 bytes do "
                                 "not fill shape [2] of int16 (4 bytes)")


def test_comparisons_indexing_and_reductions_match_torch(be: str) -> None:
    """The issue-11 operations through the Tensor API (operators included) against torch."""
    x = np.array([[1.5, -2.0, 3.0], [0.0, 5.0, -1.0]], dtype=np.float32)
    t, tx = stf.tensor(x), torch.tensor(x)
    y = stf.tensor([1.5, 0.0, 3.0])
    ty = torch.tensor([1.5, 0.0, 3.0])
    pairs = [
        (t == y, tx == ty), (t != y, tx != ty), (t < y, tx < ty), (t <= y, tx <= ty),
        (t > y, tx > ty), (t >= y, tx >= ty), (t > 0, tx > 0), (abs(t), abs(tx)),
        (t // 2, tx // 2), (t % 2, tx % 2), (t.sqrt(), tx.sqrt()),
        (t.clamp(-1.0, 2.0), tx.clamp(-1.0, 2.0)), (t.round(), tx.round()),
        (t.where(t > 0, y), tx.where(tx > 0, ty)),
        (t.sum(1), tx.sum(1)), (t.mean(0, keepdim=True), tx.mean(0, keepdim=True)),
        (t.amax(1), tx.amax(1)), (t.argmax(1), tx.argmax(1)),
        (t.std(0), tx.std(0)), (t.var(1), tx.var(1)),
        (t.index_select(1, stf.tensor([2, 0])), tx.index_select(1, torch.tensor([2, 0]))),
        (t.masked_select(t > 0), tx.masked_select(tx > 0)),
        (t.unsqueeze(0).squeeze(0), tx.unsqueeze(0).squeeze(0)), (t.flatten(), tx.flatten()),
        (t.slice(1, 0, 3, 2), tx[:, 0:3:2]), (t.select(0, 1), tx[1]),
        (t.narrow(1, 1, 2), tx.narrow(1, 1, 2)),
        (stf.tensor([[1.0], [2.0]]).expand(2, 3), torch.tensor([[1.0], [2.0]]).expand(2, 3)),
        (t.logical_and(y), tx.logical_and(ty)), (t.logical_not(), tx.logical_not()),
    ]
    for i, (got, want) in enumerate(pairs):
        assert got.dtype == str(want.dtype).split(".")[1], (i, got.dtype, want.dtype)
        assert got.shape == tuple(want.shape), i
        np.testing.assert_allclose(as_f64(got.numpy()), as_f64(want), rtol=1e-6, err_msg=str(i))
    assert stf.tensor([[2.5]]).item_f64() == 2.5 and stf.tensor([7.9]).item_i64() == 7
    assert t.any() is True and (t > 10).any() is False and (t > -3).all() is True
    assert {t, y} == {t, y}  # == is elementwise, hashing is by identity (as in torch)
