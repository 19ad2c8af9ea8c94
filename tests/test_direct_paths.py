"""The direct paths of the generated Python surface (codegen/targets/python.py `Direct`): an
operation on tensors of the torch backend on one device whose other arguments are of exact
Python types calls its C function itself instead of the generic `invoke`. These tests prove
that the direct path is taken where it should be (invoke patched to fail), and that it changes
nothing: for ordinary and hostile values alike, a call gives the same value or the same
exception (class and message) as the generic path given the same arguments.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
import simple_torch_ffi.nn.functional as F
from simple_torch_ffi import NotAvailableError, Tensor, _abi, _api, backends
from simple_torch_ffi.tensor import invoke


@pytest.fixture(autouse=True)
def torch_default() -> Iterator[None]:
    try:
        backends.get_backend("torch")
    except NotAvailableError as e:
        if os.environ.get("STF_REQUIRE_TORCH") == "1":
            raise
        pytest.skip(f"torch backend not available: {e}")
    backends.set_backend("torch")
    try:
        yield
    finally:
        backends.set_backend(None)


RNG = np.random.default_rng(0)
IMAGE = RNG.standard_normal((2, 3, 6, 6), dtype=np.float32)
KERNEL = RNG.standard_normal((4, 3, 3, 3), dtype=np.float32)
BIAS = RNG.standard_normal(4, dtype=np.float32)
ROWS = RNG.standard_normal((5, 7), dtype=np.float32)
WEIGHT = RNG.standard_normal((3, 7), dtype=np.float32)
LABELS = np.array([0, 2, 1, 1, 0])


def t(a: Any) -> Tensor:
    return stf.tensor(np.array(a))


def test_direct_ops_follow_fast_ops() -> None:
    """raw_ops covers DIRECT_OPS, FAST_OPS first at the same indices (the fast paths' numbers)."""
    assert _abi.DIRECT_OPS[:len(_abi.FAST_OPS)] == _abi.FAST_OPS
    assert len(set(_abi.DIRECT_OPS)) == len(_abi.DIRECT_OPS)
    b = backends.get_backend("torch")
    assert len(b.raw_ops) == len(_abi.DIRECT_OPS)  # type: ignore[attr-defined]
    for op in _abi.DIRECT_OPS:
        info = _abi.FUNCTIONS[op]
        assert info.role is None and info.returns in ("tensor", "void"), op
        assert any(ty == "tensor" for _, ty, _ in info.args), op


def _generic(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the generated modules' invoke fail: what still works took the direct path."""
    called: list[str] = []

    def refuse(cls: type, op: str, *args: Any, **kwargs: Any) -> Any:
        called.append(op)
        raise AssertionError(f"{op} took the generic path")

    monkeypatch.setattr(_api, "invoke", refuse)
    monkeypatch.setattr(F, "invoke", refuse)
    return called


def test_the_direct_path_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch")
    tf = torch.nn.functional
    x, w, b = t(IMAGE), t(KERNEL), t(BIAS)
    tx, tw, tb = (torch.from_numpy(a) for a in (IMAGE, KERNEL, BIAS))
    rows, weight, labels = t(ROWS), t(WEIGHT), t(LABELS)
    p = stf.tensor([1.0, 2.0]).requires_grad_()
    loss = (p * p).sum()  # sum() has an overload (dim): the generic path
    called = _generic(monkeypatch)
    cases: list[tuple[Tensor, Any]] = [
        (F.conv2d(x, w, b), tf.conv2d(tx, tw, tb)),
        (F.conv2d(x, w, None, 2, [1, 0], (1,)), tf.conv2d(tx, tw, None, 2, (1, 0))),
        (F.max_pool2d(x, 2), tf.max_pool2d(tx, 2)),
        (F.max_pool2d(x, [3, 2], None, 1, ceil_mode=True),
         tf.max_pool2d(tx, (3, 2), None, 1, ceil_mode=True)),
        (F.relu(x), tf.relu(tx)),
        (F.linear(rows, weight), tf.linear(torch.from_numpy(ROWS), torch.from_numpy(WEIGHT))),
        (F.cross_entropy(F.linear(rows, weight), labels, reduction="sum", label_smoothing=0),
         tf.cross_entropy(torch.from_numpy(ROWS @ WEIGHT.T), torch.from_numpy(LABELS),
                          reduction="sum")),
        (x.flatten(1), tx.flatten(1)),
        (x.reshape(6, 36), tx.reshape(6, 36)),
    ]
    for got, want in cases:
        np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-5, atol=1e-5)
    a, other = t([1.0, 2.0]), t([3.0, 4.0])
    assert a.add_(other, alpha=2) is a and a.mul_(other) is a
    a.addcmul_(other, other, value=0.5).addcdiv_(other, other, value=-1.0)
    np.testing.assert_allclose(a.numpy(), [(1 + 6) * 3 + 4.5 - 1, (2 + 8) * 4 + 8 - 1])
    assert loss.backward() is None
    np.testing.assert_allclose(p.grad.numpy(), [2.0, 4.0])
    assert called == []


def _outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    """What a call gives: its value (a tensor's values, dtype and shape) or its exception."""
    try:
        result = fn()
    except Exception as e:  # the class and the message must agree
        return type(e).__name__, str(e)
    if isinstance(result, Tensor):
        return "tensor", (result.numpy().tolist(), result.dtype, result.shape)
    return "value", result


def _closed() -> Tensor:
    c = t([1.0, 2.0])
    c.close()
    return c


# (what to call, its spec function, its spec arguments in order): each called through the API
# (the direct path where the values allow it) and through invoke (the generic path).
def _cases() -> list[tuple[str, Callable[..., Any], str, Callable[[], tuple[Any, ...]]]]:
    x, w = (lambda: t(IMAGE)), (lambda: t(KERNEL))
    conv = [  # every [i64] form: direct (ints, tuples, lists, None) or generic (the rest)
        2, (1, 2), [1, 1], [], None, (True, 1), (np.int64(1), 1), [np.int32(2)], ((1, 2),),
        [[1, 1]], np.array([1, 1]), (1.0, 1), (np.float32(1),), (2**70,), (-1,), (1, 2, 3),
        "2", (None,),
    ]
    cases: list[tuple[str, Callable[..., Any], str, Callable[[], tuple[Any, ...]]]] = []
    for v in conv:
        cases.append((f"conv2d stride={v!r}", F.conv2d, "conv2d",
                      lambda v=v: (x(), w(), None, v, 0, 1, 1)))
        cases.append((f"conv2d padding={v!r}", F.conv2d, "conv2d",
                      lambda v=v: (x(), w(), None, 1, v, 1, 1)))
        cases.append((f"max_pool2d kernel_size={v!r}", F.max_pool2d, "max_pool2d",
                      lambda v=v: (x(), v, None, 0, 1, False)))
    for g in (1, 3, True, np.int64(1), 1.0, 2**63, -(2**63) - 1, 2**31, None, "1"):
        cases.append((f"conv2d groups={g!r}", F.conv2d, "conv2d",
                      lambda g=g: (t(IMAGE), t(KERNEL), None, 1, 0, 1, g)))
    for bias in (None, BIAS, BIAS[:3], 0.5, 1, BIAS.tolist(), "b"):
        cases.append((f"conv2d bias={bias!r}", F.conv2d, "conv2d",
                      lambda bias=bias: (t(IMAGE), t(KERNEL),
                                         t(bias) if isinstance(bias, np.ndarray) else bias,
                                         1, 0, 1, 1)))
    for ceil in (True, False, 1, 0, np.bool_(True), None):
        cases.append((f"max_pool2d ceil_mode={ceil!r}", F.max_pool2d, "max_pool2d",
                      lambda ceil=ceil: (t(IMAGE), 2, None, 0, 1, ceil)))
    for d in (0, 1, -1, 4, -5, True, np.int64(1), 1.0, 2**63, 2**70, None):
        cases.append((f"flatten start_dim={d!r}", Tensor.flatten, "tensor_flatten",
                      lambda d=d: (t(IMAGE), d, -1)))
    for alpha in (2, 2.5, -1, True, np.float64(0.5), np.float32(2), 2**1100, float("nan"),
                  float("inf"), "1", None, 10**20):
        cases.append((f"add_ alpha={alpha!r}", Tensor.add_, "tensor_add_",
                      lambda alpha=alpha: (t([1.0, 2.0]), t([3.0, 4.0]), alpha)))
    for other in (lambda: t([3.0, 4.0]), lambda: t([1.0, 2.0, 3.0]), lambda: 2.0,
                  lambda: 3, lambda: True, lambda: np.float64(2), lambda: np.array([1, 2]),
                  lambda: t([1, 2]), lambda: t(1.5), lambda: _closed(),
                  lambda: stf.tensor([3.0, 4.0], backend="pure"), lambda: "x", lambda: None):
        cases.append(("mul_ other", Tensor.mul_, "tensor_mul_",
                      lambda other=other: (t([1.0, 2.0]), other())))
        cases.append(("addcmul_ tensor2", Tensor.addcmul_, "tensor_addcmul_",
                      lambda other=other: (t([1.0, 2.0]), t([1.0, 1.0]), other(), 0.5)))
        cases.append(("linear bias", F.linear, "linear",
                      lambda other=other: (t(ROWS), t(WEIGHT), other())))
    for reduction in ("mean", "sum", "none", "max", "", "sum\0x", b"sum", None):
        cases.append((f"cross_entropy reduction={reduction!r}", F.cross_entropy,
                      "cross_entropy",
                      lambda r=reduction: (t(ROWS), t(LABELS), None, -100, r, 0.0)))
    for smoothing in (0, 0.1, 1.5, -0.5, np.float64(0.1), "0"):
        cases.append((f"cross_entropy label_smoothing={smoothing!r}", F.cross_entropy,
                      "cross_entropy",
                      lambda s=smoothing: (t(ROWS), t(LABELS), None, -100, "mean", s)))
    for first in (lambda: t(ROWS), lambda: ROWS, lambda: ROWS.tolist(), lambda: 1.0,
                  lambda: _closed(), lambda: stf.tensor(ROWS, backend="pure")):
        cases.append(("linear input", F.linear, "linear",
                      lambda first=first: (first(), t(WEIGHT), None)))
    for retain in (False, True, 0, None):
        cases.append((f"backward retain_graph={retain!r}", Tensor.backward, "tensor_backward",
                      lambda r=retain: ((t([1.0, 2.0]).requires_grad_() * 2).sum(), None, r)))
    cases.append(("backward without grad", Tensor.backward, "tensor_backward",
                  lambda: (t([1.0, 2.0]).sum(), None, False)))
    return cases


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c[0])
def test_direct_and_generic_paths_agree(case: tuple[str, Callable[..., Any], str,
                                                    Callable[[], tuple[Any, ...]]]) -> None:
    _, fn, op, make = case
    api_args = make()
    generic_args = make()
    got = _outcome(lambda: fn(*api_args))
    want = _outcome(lambda: invoke(Tensor, op, generic_args))
    if _abi.FUNCTIONS[op].inplace:  # compare what was written
        if want[0] == "value" and got[0] == "tensor":
            got = ("value", None)
        got = (got, _outcome(lambda: api_args[0].numpy().tolist()))
        want = (want, _outcome(lambda: generic_args[0].numpy().tolist()))
    assert repr(got) == repr(want)  # repr: NaN values compare equal


def test_backend_argument_takes_the_generic_path(monkeypatch: pytest.MonkeyPatch) -> None:
    called = _generic(monkeypatch)
    with pytest.raises(AssertionError, match="generic path"):
        F.relu(t([1.0, -1.0]), backend="torch")
    assert called == ["relu"]


def test_ops_are_one_object_per_device() -> None:
    """Two tensors share an `_ops` object exactly when they share backend and device: the
    fast and direct paths' only test before the C call."""
    b = backends.get_backend("torch")
    assert b.ops_for("cpu") is b.raw_ops  # type: ignore[attr-defined]
    cuda0 = b.ops_for("cuda:0")  # type: ignore[attr-defined]
    assert cuda0 is b.ops_for("cuda:0") and cuda0 is not b.raw_ops  # type: ignore[attr-defined]
    assert cuda0 == b.raw_ops  # the same C functions
    assert b.ops_for("cuda:1") is not cuda0  # type: ignore[attr-defined]
    x = t(ROWS)
    assert x._ops is b.raw_ops and (x + x)._ops is b.raw_ops and x.cpu()._ops is b.raw_ops


def _cuda() -> None:
    if not backends.get_backend("torch").cuda_available():
        pytest.skip("no CUDA device: the CUDA direct paths need one (tools/device_check.sh)")


@pytest.mark.parametrize("device", ["cpu", "cuda:0"])
def test_fast_and_direct_paths_on_each_device(device: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """On one device the fast and direct paths are taken, their results stay there (and
    `cpu()`, a result_device function, lands on the CPU), values equal torch's."""
    if device != "cpu":
        _cuda()
    torch = pytest.importorskip("torch")
    tf = torch.nn.functional
    x, w, b, rows, weight = (t(a).to(device) for a in (IMAGE, KERNEL, BIAS, ROWS, WEIGHT))
    _generic(monkeypatch)
    c = F.relu(F.conv2d(x, w, b, padding=1))
    y = c + c * 2.0
    z = F.linear(rows, weight).tanh() - rows[:, :3]
    back = y.cpu()
    for got in (y, z):
        assert got.device == device and got._ops is x._ops
    assert back.device == "cpu" and back._ops is backends.get_backend("torch").raw_ops
    tx, tw, tb, trows, tweight = (torch.from_numpy(a).to(device)
                                  for a in (IMAGE, KERNEL, BIAS, ROWS, WEIGHT))
    tc = tf.relu(tf.conv2d(tx, tw, tb, padding=1))
    want_y = tc + tc * 2.0
    want_z = tf.linear(trows, tweight).tanh() - trows[:, :3]
    np.testing.assert_allclose(back.numpy(), want_y.cpu().numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(z.cpu().numpy(), want_z.cpu().numpy(), rtol=1e-5, atol=1e-5)


def test_mixed_devices_take_the_generic_path() -> None:
    """A CPU and a CUDA tensor never share `_ops`: the generic path runs and raises libtorch's
    device error, exactly as before the CUDA direct paths."""
    _cuda()
    a, g = t(ROWS), t(ROWS).cuda()
    assert a._ops is not g._ops
    with pytest.raises(stf.TorchError) as direct:
        a + g
    with pytest.raises(stf.TorchError) as generic:
        invoke(Tensor, "tensor_add", (a, g))
    assert str(direct.value) == str(generic.value)
    assert "cuda" in str(direct.value).lower()
