"""Autograd through the ABI, checked against torch's own autograd: requires_grad, backward
(with and without a gradient, retain_graph), grad (none is not an error), clearing it, detach,
and the thread-local gradient mode (no_grad, enable_grad, set_grad_enabled).

The gradient of every differentiable spec operation is compared with torch's, in float64, from
the operation's own spec examples: the list of operations is read from the spec, so a new
operation is covered without touching this file."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import NotAvailableError, TorchError, _abi

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")

ROOT = Path(__file__).resolve().parents[1]


# ---- every differentiable operation, against torch.autograd ---------------------------------

def _gradient_cases() -> list[tuple[str, str, dict[str, Any]]]:
    """(spec function, Python name, example args) of every operation that is a Tensor method
    named as torch.Tensor's, whose tensor arguments are float data (the spec's examples)."""
    from codegen.spec import load_spec

    spec = load_spec(ROOT / "spec" / "ffi.yaml")
    cases = []
    for f in spec.functions:
        info = _abi.FUNCTIONS[f.name]
        if f.role is not None or not f.args or f.args[0].type.value != "tensor":
            continue
        if info.returns != "tensor" or any(a.consumed for a in f.args):
            continue
        if not hasattr(torch.Tensor, info.api_name):
            continue  # not torch's name (e.g. sum_dim): compared elsewhere by value only
        for e in f.examples:
            if e.expect is None or e.variant not in (None, "torch") or e.when is not None:
                continue
            tensors = [e.args[a.name] for a in f.args if a.type.holds_tensors
                       and e.args.get(a.name) is not None]
            if all(np.asarray(v).dtype.kind == "f" for v in tensors):
                cases.append((f.name, info.api_name, dict(e.args)))
                break
    return cases


CASES = _gradient_cases()


def test_the_gradient_cases_cover_the_spec() -> None:
    names = {c[1] for c in CASES}
    assert {"add", "mul", "matmul", "relu", "sigmoid", "tanh", "exp", "log", "softmax",
            "reshape", "transpose"} <= names, sorted(names)


def _torch_call(t: Any, name: str, values: list[Any], names: list[str]) -> Any:
    """torch's method with the non-tensor arguments by name where torch takes that name (a
    positional 0 can mean something else there: t.std(0) is std(unbiased=False))."""
    pos = [v for v in values if isinstance(v, torch.Tensor)]
    kw = {n: v for n, v in zip(names, values, strict=True) if not isinstance(v, torch.Tensor)}
    if len(pos) + len(kw) == len(values) and all(
            isinstance(v, torch.Tensor) for v in values[:len(pos)]):
        try:
            return getattr(t, name)(*pos, **kw)
        except TypeError:  # torch spells that argument otherwise (reshape's shape)
            pass
    return getattr(t, name)(*values)


@pytest.mark.parametrize(("fn", "name", "args"), CASES, ids=[c[0] for c in CASES])
def test_gradient_matches_torch(tb: None, fn: str, name: str, args: dict[str, Any]) -> None:
    info = _abi.FUNCTIONS[fn]
    ours: list[Any] = []
    theirs: list[Any] = []
    leaves: list[tuple[Any, Any]] = []
    for arg, type_, _ in info.args:
        if arg not in args:
            break  # the defaults from here on
        v = args[arg]
        if arg in ("condition", "mask"):  # bool by meaning (torch requires it)
            ours.append(stf.tensor(np.asarray(v, dtype=bool)))
            theirs.append(torch.tensor(np.asarray(v, dtype=bool)))
        elif type_ in ("tensor", "tensor?") and v is not None:
            a = stf.tensor(v, dtype="float64").requires_grad_()
            t = torch.tensor(v, dtype=torch.float64, requires_grad=True)
            leaves.append((a, t))
            ours.append(a)
            theirs.append(t)
        else:
            ours.append(v)
            theirs.append(v)
    try:
        want = _torch_call(theirs[0], name, theirs[1:], list(args)[1:len(theirs)])
    except RuntimeError as e:  # torch refuses: so must we, as torch_error
        with pytest.raises(TorchError):
            getattr(ours[0], name)(*ours[1:])
        pytest.skip(f"torch refuses these arguments in float64: {e}")  # compared: both refuse
    got = getattr(ours[0], name)(*ours[1:])
    np.testing.assert_allclose(got.numpy(), want.detach().numpy(), rtol=1e-12, atol=1e-12)
    assert got.requires_grad == want.requires_grad, fn
    if not want.requires_grad:
        with pytest.raises(TorchError, match="does not require grad"):
            got.backward(stf.ones(*got.shape, dtype="float64"))
        return
    seed = np.linspace(0.5, 1.5, num=max(want.numel(), 1)).reshape(want.shape)
    try:
        want.backward(torch.tensor(seed))
    except RuntimeError as e:  # no derivative in torch (floor_divide): the same error here
        with pytest.raises(TorchError, match=str(e).splitlines()[0]):
            got.backward(stf.tensor(seed))
        return
    got.backward(stf.tensor(seed))
    for a, t in leaves:
        if t.grad is None:
            assert a.grad is None, fn
        else:
            assert a.grad is not None, fn
            np.testing.assert_allclose(a.grad.numpy(), t.grad.numpy(), rtol=1e-10, atol=1e-12,
                                       err_msg=fn)


# ---- the autograd surface ---------------------------------------------------------------------

def test_backward_accumulates_like_torch(tb: None) -> None:
    x = stf.tensor([[1.0, -2.0], [3.0, 0.5]], dtype="float64").requires_grad_()
    tx = torch.tensor([[1.0, -2.0], [3.0, 0.5]], dtype=torch.float64, requires_grad=True)
    assert x.requires_grad and x.grad is None
    for _ in range(2):  # gradients accumulate across backward calls, as in torch
        (x * x).matmul(x).sum().backward()
        (tx * tx).matmul(tx).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), tx.grad.numpy(), rtol=1e-12)
    x.grad = None  # torch's way to drop a gradient
    assert x.grad is None
    with pytest.raises(TypeError, match="only None can be assigned"):
        x.grad = stf.tensor([1.0])  # type: ignore[assignment]


def test_backward_with_gradient_and_retain_graph(tb: None) -> None:
    x = stf.tensor([1.0, 2.0, 3.0]).requires_grad_()
    y = x.exp()
    y.backward(stf.tensor([1.0, 0.0, 2.0]), retain_graph=True)
    y.backward(stf.tensor([1.0, 1.0, 1.0]))
    want = np.exp([1.0, 2.0, 3.0]) * np.array([2.0, 1.0, 3.0])
    np.testing.assert_allclose(x.grad.numpy(), want, rtol=1e-6)
    with pytest.raises(TorchError, match="backward through the graph a second time"):
        y.backward(stf.tensor([1.0, 1.0, 1.0]))
    with pytest.raises(TorchError, match="grad can be implicitly created only for scalar outputs"):
        x.exp().backward()


def test_torch_refusals_are_torch_errors(tb: None) -> None:
    with pytest.raises(TorchError, match="Only Tensors of floating point"):
        stf.tensor([1, 2]).requires_grad_()
    x = stf.tensor([1.0]).requires_grad_()
    assert not x.detach().requires_grad and x.requires_grad


def test_a_freed_leaf_keeps_the_graph_valid(tb: None) -> None:
    """Freeing handles the graph still uses is safe: the graph holds its own references."""
    x = stf.tensor([1.0, 2.0]).requires_grad_()
    w = stf.tensor([3.0, 4.0]).requires_grad_()
    y = (x * w).relu()
    w.close()
    y.backward(stf.tensor([1.0, 1.0]))
    np.testing.assert_allclose(x.grad.numpy(), [3.0, 4.0])
    grad = x.grad
    x.close()  # the gradient tensor has its own handle
    np.testing.assert_allclose(grad.numpy(), [3.0, 4.0])


def test_grad_is_none_not_an_error_at_the_abi(tb: None) -> None:
    v = stf.default_variant()
    h = stf.tensor([1.0, 2.0])
    grad = v.func(_abi.ROLES["grad"])
    assert grad(h._handle) == 0 and v.last_error() == (0, "")  # none: no error
    assert grad(-3) == 0 and v.last_error()[0] == _abi.ERROR_KINDS["invalid_handle"]


def test_no_grad_and_enable_grad(tb: None) -> None:
    x = stf.tensor([1.0, 2.0]).requires_grad_()
    assert stf.is_grad_enabled()
    with stf.no_grad():
        assert not stf.is_grad_enabled()
        assert not (x * 2).requires_grad
        with stf.enable_grad():
            assert (x * 2).requires_grad
        assert not stf.is_grad_enabled()
    assert stf.is_grad_enabled() and (x * 2).requires_grad

    @stf.no_grad()
    def doubled(t: stf.Tensor) -> stf.Tensor:
        return t * 2

    assert not doubled(x).requires_grad and stf.is_grad_enabled()
    stf.set_grad_enabled(False)
    try:
        assert not stf.is_grad_enabled()
    finally:
        stf.set_grad_enabled(True)
    with stf.set_grad_enabled(False):
        assert not stf.is_grad_enabled()
    assert stf.is_grad_enabled()


def test_grad_mode_is_per_thread(tb: None) -> None:
    """libtorch's GradMode is thread-local: no_grad on one thread leaves the others alone."""
    inside = threading.Event()
    done = threading.Event()
    seen: list[bool] = []

    def other() -> None:
        inside.wait()
        seen.append(stf.is_grad_enabled())
        done.set()

    th = threading.Thread(target=other)
    th.start()
    with stf.no_grad():
        inside.set()
        done.wait()
    th.join()
    assert seen == [True]


def test_the_pure_backend_has_no_autograd() -> None:
    t = stf.tensor([1.0, 2.0], backend="pure")
    assert t.requires_grad is False and t.grad is None
    with pytest.raises(NotAvailableError, match="the pure backend has no autograd"):
        t.requires_grad_()
    with pytest.raises(NotAvailableError, match="no numpy reference"):
        t.backward()
    with stf.no_grad(backend="pure"):  # nothing records there: a no-op
        assert not stf.is_grad_enabled(backend="pure")
