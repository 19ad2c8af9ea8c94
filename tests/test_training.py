"""Training through the ABI, against torch: stf.nn modules and stf.optim optimizers.

- every optimizer's update against torch.optim's on the same parameters and gradients (a few
  steps, so the state buffers count), float32 and float64, several settings each;
- the proof of issue 12: an MLP classifier and a small CNN trained for 100 steps with
  SGD+momentum and with Adam, here and in torch from the same initial weights and batches:
  every step's loss and the final weights agree;
- modules as torch's: state_dict keys and round trips (both ways with torch), load errors,
  train()/eval() switching dropout and batch norm, torch's initialisation from the same seed;
- the live handle count stays flat over 200 training steps;
- the README's training loop runs.
"""

from __future__ import annotations

import copy
import gc
import os
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")

ROOT = Path(__file__).resolve().parents[1]
nn, F, optim = stf.nn, stf.nn.functional, stf.optim

pytestmark = pytest.mark.usefixtures("tb")  # the torch backend as the default (conftest)


@pytest.fixture(autouse=True)
def one_thread() -> Iterator[None]:
    """One intra-op thread for both libraries (one libtorch in the process): on a busy machine
    OpenMP's spinning threads make tiny models crawl, and the comparisons do not depend on it."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def ours(t: Any) -> Any:
    """A torch tensor as one of ours (a copy)."""
    return stf.tensor(t.detach().numpy().copy())


def values(t: Any) -> np.ndarray[Any, Any]:
    """The values of a tensor of either library, copied."""
    if isinstance(t, torch.Tensor):
        return t.detach().numpy().copy()
    return np.array(t.numpy(), copy=True)


def rel_err(a: np.ndarray[Any, Any], b: np.ndarray[Any, Any]) -> float:
    """max |a - b| / max(|b|, tiny): the relative error of a against b, elementwise worst."""
    a64, b64 = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return float(np.max(np.abs(a64 - b64) / np.maximum(np.abs(b64), 1e-30), initial=0.0))


# ---- optimizers: one update at a time, against torch.optim ----------------------------------

OPTIMIZERS: list[tuple[str, dict[str, Any]]] = [
    ("SGD", {"lr": 0.1}),
    ("SGD", {"lr": 0.1, "momentum": 0.9}),
    ("SGD", {"lr": 0.05, "momentum": 0.9, "dampening": 0.5, "weight_decay": 0.01}),
    ("SGD", {"lr": 0.05, "momentum": 0.8, "nesterov": True, "weight_decay": 0.1}),
    ("SGD", {"lr": 0.1, "momentum": 0.5, "maximize": True}),
    ("Adam", {}),
    ("Adam", {"lr": 0.01, "betas": (0.8, 0.99), "eps": 1e-6, "weight_decay": 0.1}),
    ("Adam", {"lr": 0.01, "amsgrad": True}),
    ("Adam", {"lr": 0.01, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("Adam", {"lr": 0.01, "maximize": True}),
    ("RMSprop", {}),
    ("RMSprop", {"lr": 0.01, "alpha": 0.9, "momentum": 0.9, "weight_decay": 0.1}),
    ("RMSprop", {"lr": 0.01, "centered": True}),
    ("RMSprop", {"lr": 0.01, "centered": True, "momentum": 0.5, "eps": 1e-4}),
]


def step_both(t_opt: Any, s_opt: Any, theirs: list[Any], mine: list[Any],
              grads: list[np.ndarray[Any, Any]]) -> None:
    """One step of torch's optimizer and of ours, each parameter's gradient set to grads."""
    for p, g in zip(theirs, grads, strict=True):
        p.grad = torch.tensor(g)
    for p, g in zip(mine, grads, strict=True):
        p.grad = None
        p.clone().backward(stf.tensor(g))  # p.grad = g (only None can be assigned)
    t_opt.step()
    s_opt.step()


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize(("name", "kwargs"), OPTIMIZERS,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(OPTIMIZERS)])
def test_optimizer_steps_match_torch(name: str, kwargs: dict[str, Any], dtype: str) -> None:
    rng = np.random.default_rng(7)
    shapes = [(3, 4), (4,), (2, 3, 2)]
    init = [rng.standard_normal(s).astype(dtype) for s in shapes]
    theirs = [torch.tensor(a, requires_grad=True) for a in init]
    mine = [nn.Parameter(stf.tensor(a)) for a in init]
    t_opt = getattr(torch.optim, name)(theirs, foreach=False, **kwargs)
    s_opt = getattr(optim, name)(mine, **kwargs)
    for _ in range(4):  # a few steps: momentum buffers, running averages, bias corrections
        step_both(t_opt, s_opt, theirs, mine, [rng.standard_normal(s).astype(dtype)
                                               for s in shapes])
        for p, q in zip(mine, theirs, strict=True):
            assert p.dtype == dtype
            np.testing.assert_array_equal(values(p), values(q))


def _to_torch_state(state: dict[str, Any]) -> dict[str, Any]:
    """Our optimizer's state_dict with torch tensors (copies) for torch's load_state_dict."""
    return {"state": {i: {k: torch.from_dlpack(v).clone() if isinstance(v, stf.Tensor) else v
                          for k, v in buffers.items()}
                      for i, buffers in state["state"].items()},
            "param_groups": state["param_groups"]}


@pytest.mark.parametrize(("name", "kwargs"), OPTIMIZERS,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(OPTIMIZERS)])
def test_optimizer_state_dict_moves_both_ways_with_torch(name: str,
                                                         kwargs: dict[str, Any]) -> None:
    """Two steps in each library, then each state loaded into a fresh optimizer of the other
    (torch.optim's state_dict layout both ways): the next two steps agree bit for bit."""
    rng = np.random.default_rng(11)
    shapes = [(3, 4), (4,)]
    init = [rng.standard_normal(s).astype("float32") for s in shapes]
    theirs = [torch.tensor(a, requires_grad=True) for a in init]
    mine = [nn.Parameter(stf.tensor(a)) for a in init]
    t_opt = getattr(torch.optim, name)(theirs, foreach=False, **kwargs)
    s_opt = getattr(optim, name)(mine, **kwargs)

    def steps(t_opt: Any, s_opt: Any, n: int) -> None:
        for _ in range(n):
            step_both(t_opt, s_opt, theirs, mine, [rng.standard_normal(s).astype("float32")
                                                   for s in shapes])

    steps(t_opt, s_opt, 2)
    t_state, s_state = t_opt.state_dict(), s_opt.state_dict()
    assert s_state["state"].keys() == t_state["state"].keys()
    for i, buffers in s_state["state"].items():
        assert buffers.keys() == t_state["state"][i].keys()
        for k, v in buffers.items():
            np.testing.assert_array_equal(np.asarray(v), t_state["state"][i][k].numpy())
    for mine_group, torch_group in zip(s_state["param_groups"], t_state["param_groups"],
                                       strict=True):
        assert {k: v for k, v in mine_group.items() if k in torch_group} == {
            k: v for k, v in torch_group.items() if k in mine_group}
    t_next = getattr(torch.optim, name)(theirs, foreach=False, **kwargs)
    s_next = getattr(optim, name)(mine, **kwargs)
    t_next.load_state_dict(_to_torch_state(s_state))
    s_next.load_state_dict(t_state)
    steps(t_next, s_next, 2)
    for p, q in zip(mine, theirs, strict=True):
        np.testing.assert_array_equal(values(p), values(q))


def test_optimizer_load_state_dict_refuses_another_layout() -> None:
    a, b = nn.Parameter(stf.ones(2)), nn.Parameter(stf.ones(3))
    state = optim.SGD([a, b], lr=0.1).state_dict()
    with pytest.raises(ValueError, match="different number of parameter groups"):
        optim.SGD([{"params": [a]}, {"params": [b]}], lr=0.1).load_state_dict(state)
    with pytest.raises(ValueError, match="doesn't match the size of optimizer's group"):
        optim.SGD([a], lr=0.1).load_state_dict(state)


def test_optimizer_bookkeeping() -> None:
    w = nn.Parameter(stf.ones(2))
    b = nn.Parameter(stf.zeros(2))
    opt = optim.SGD([{"params": [w]}, {"params": b, "lr": 0.5}], lr=0.1, momentum=0.9)
    assert [g["lr"] for g in opt.param_groups] == [0.1, 0.5]
    assert opt.param_groups[1]["momentum"] == 0.9 and opt.defaults["nesterov"] is False
    (w * b + w).clone().backward(stf.ones(2))
    assert w.grad is not None and b.grad is not None
    opt.zero_grad()
    assert w.grad is None and b.grad is None
    with pytest.raises(ValueError, match="empty parameter list"):
        optim.Adam([])
    with pytest.raises(TypeError, match="iterable of Tensors or dicts"):
        optim.SGD(w, lr=0.1)
    with pytest.raises(TypeError, match="can only optimize Tensors"):
        optim.SGD([w, 3.0], lr=0.1)
    with pytest.raises(ValueError, match="more than one parameter group"):
        optim.SGD([{"params": [w]}, {"params": [w]}], lr=0.1)
    with pytest.raises(ValueError, match="Nesterov momentum requires"):
        optim.SGD([w], lr=0.1, nesterov=True)
    with pytest.raises(ValueError, match="Invalid beta parameter at index 1: 1.0"):
        optim.Adam([w], betas=(0.9, 1.0))
    with pytest.raises(ValueError, match="Invalid learning rate: -1"):
        optim.RMSprop([w], lr=-1)
    # a parameter without a gradient is left alone; step(closure) returns the closure's loss
    before = values(w)
    assert optim.Adam([w]).step(lambda: 42.0) == 42.0
    np.testing.assert_array_equal(values(w), before)


# ---- the proof: two models trained here and in torch, step by step --------------------------

def mlp(lib: Any) -> Any:
    return lib.nn.Sequential(lib.nn.Linear(20, 32), lib.nn.ReLU(), lib.nn.Linear(32, 16),
                             lib.nn.ReLU(), lib.nn.Linear(16, 5))


def cnn(lib: Any) -> Any:
    return lib.nn.Sequential(
        lib.nn.Conv2d(1, 4, 3, padding=1), lib.nn.ReLU(), lib.nn.MaxPool2d(2),
        lib.nn.Conv2d(4, 8, 3), lib.nn.ReLU(), lib.nn.MaxPool2d(2),
        lib.nn.Flatten(), lib.nn.Linear(8 * 2 * 2, 5))


def synthetic(kind: str, steps: int, batch: int,
              seed: int = 0) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """Seeded batches of a learnable 5-class problem: (inputs float32, targets int64)."""
    rng = np.random.default_rng(seed)
    shape = (20,) if kind == "mlp" else (1, 12, 12)
    centers = rng.standard_normal((5, *shape)).astype(np.float32)
    out = []
    for _ in range(steps):
        y = rng.integers(0, 5, batch)
        x = centers[y] + 0.8 * rng.standard_normal((batch, *shape)).astype(np.float32)
        out.append((x.astype(np.float32), y.astype(np.int64)))
    return out


def train(lib: Any, model: Any, opt: Any, batches: list[Any],
          as_tensor: Callable[[np.ndarray[Any, Any]], Any]) -> list[float]:
    losses = []
    for x, y in batches:
        opt.zero_grad()
        loss = lib.nn.functional.cross_entropy(model(as_tensor(x)), as_tensor(y))
        loss.backward()
        opt.step()
        losses.append(float(loss.item()))
    return losses


OPTIMIZER_RUNS = [("SGD", {"lr": 0.05, "momentum": 0.9}), ("Adam", {"lr": 5e-3})]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("kind", ["mlp", "cnn"])
@pytest.mark.parametrize(("opt_name", "opt_kwargs"), OPTIMIZER_RUNS, ids=["sgd", "adam"])
def test_training_matches_torch(kind: str, opt_name: str, opt_kwargs: dict[str, Any],
                                dtype: str) -> None:
    """The issue asks for 1e-5 relative; measured: bitwise equal in both dtypes (the same
    libtorch kernels in the same order, Python floats kept in double precision)."""
    torch.manual_seed(0)
    theirs = (mlp if kind == "mlp" else cnn)(torch)
    mine = (mlp if kind == "mlp" else cnn)(stf)
    if dtype == "float64":
        theirs.double()
        mine.double()
    mine.load_state_dict(theirs.state_dict())  # the same initial weights
    batches = [(x.astype(dtype), y) for x, y in synthetic(kind, 100, 16)]
    t_losses = train(torch, theirs, getattr(torch.optim, opt_name)(
        theirs.parameters(), foreach=False, **opt_kwargs), batches, torch.from_numpy)
    s_losses = train(stf, mine, getattr(optim, opt_name)(mine.parameters(), **opt_kwargs),
                     batches, stf.tensor)
    assert t_losses[-1] < 0.7 * t_losses[0]  # it learned something: a real training run
    assert rel_err(np.array(s_losses), np.array(t_losses)) <= 1e-5
    t_state, s_state = theirs.state_dict(), mine.state_dict()
    assert list(s_state) == list(t_state)
    for key in t_state:
        a, b = values(s_state[key]), values(t_state[key])
        assert rel_err(a, b) <= 1e-5 or np.allclose(a, b, rtol=1e-5, atol=1e-7), key


# ---- modules: state_dict, modes, initialisation ---------------------------------------------

def net(lib: Any) -> Any:
    return lib.nn.Sequential(
        lib.nn.Conv2d(2, 3, 3, padding=1, bias=False), lib.nn.BatchNorm2d(3), lib.nn.ReLU(),
        lib.nn.MaxPool2d(2), lib.nn.Flatten(), lib.nn.Dropout(0.25), lib.nn.Linear(3 * 2 * 2, 4))


def test_state_dict_keys_and_round_trips_with_torch() -> None:
    theirs, mine = net(torch), net(stf)
    keys = list(theirs.state_dict())
    assert keys == ["0.weight", "1.weight", "1.bias", "1.running_mean", "1.running_var",
                    "1.num_batches_tracked", "6.weight", "6.bias"]
    assert list(mine.state_dict()) == keys
    assert [n for n, _ in mine.named_parameters()] == [n for n, _ in theirs.named_parameters()]
    assert [n for n, _ in mine.named_buffers()] == [n for n, _ in theirs.named_buffers()]
    assert mine.state_dict()["1.num_batches_tracked"].dtype == "int64"
    # torch -> ours (torch tensors) and ours -> torch (numpy of our tensors)
    for v in theirs.parameters():
        with torch.no_grad():
            v.uniform_(-1, 1)
    result = mine.load_state_dict(theirs.state_dict())
    assert result.missing_keys == [] and result.unexpected_keys == []
    for key, value in theirs.state_dict().items():
        np.testing.assert_array_equal(values(mine.state_dict()[key]), values(value))
    other = net(torch)
    other.load_state_dict({k: torch.from_numpy(values(v)) for k, v in mine.state_dict().items()})
    for key, value in other.state_dict().items():
        np.testing.assert_array_equal(values(value), values(theirs.state_dict()[key]))
    # ours -> ours; the state_dict shares the module's memory, as torch's does
    again = net(stf)
    again.load_state_dict(mine.state_dict())
    sd = again.state_dict()
    with stf.no_grad():
        again[6].bias.add_(1.0)
    np.testing.assert_array_equal(values(sd["6.bias"]), values(again[6].bias))
    assert again[6].bias.requires_grad and not sd["6.bias"].requires_grad


def test_load_state_dict_errors() -> None:
    model = net(stf)
    sd = dict(model.state_dict())
    del sd["6.bias"]
    sd["7.weight"] = stf.zeros(1)
    with pytest.raises(RuntimeError) as e:
        model.load_state_dict(sd)
    assert str(e.value) == ('Error(s) in loading state_dict for Sequential:\n\t'
                            'Missing key(s) in state_dict: "6.bias". \n\t'
                            'Unexpected key(s) in state_dict: "7.weight". ')
    assert model.load_state_dict(sd, strict=False) == (["6.bias"], ["7.weight"])
    with pytest.raises(RuntimeError, match=re.escape(
            "size mismatch for 6.weight: copying a param with shape (4, 5) from checkpoint, "
            "the shape in current model is (4, 12).")):
        model.load_state_dict({**model.state_dict(), "6.weight": np.zeros((4, 5), np.float32)})


def test_modules_as_torch() -> None:
    model = net(stf)
    assert model.training and all(m.training for m in model.modules())
    assert model.eval() is model and not any(m.training for m in model.modules())
    model.train()
    assert [type(m).__name__ for m in model.children()] == [
        "Conv2d", "BatchNorm2d", "ReLU", "MaxPool2d", "Flatten", "Dropout", "Linear"]
    assert len(model) == 7 and isinstance(model[-1], nn.Linear)
    assert list(model[1:3]._modules) == list(net(torch)[1:3]._modules) == ["1", "2"]
    assert sum(1 for _ in model.parameters()) == 5
    assert model[0].bias is None and model[0].weight.shape == (3, 2, 3, 3)
    assert model[0].kernel_size == (3, 3) and model[0].padding == (1, 1)
    assert repr(model[6]) == "Linear(in_features=12, out_features=4, bias=True)"
    assert repr(torch.nn.Conv2d(2, 3, 3, padding=1, bias=False)) == repr(model[0])
    with pytest.raises(TypeError, match="cannot assign 'Tensor' as parameter 'weight'"):
        model[6].weight = stf.zeros(4, 12)
    with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1"):
        nn.Dropout(1.5)
    with pytest.raises(ValueError, match="expected 4D input"):
        model[1](stf.zeros(2, 3))
    for double in (net(stf).double(), net(stf).to("float64"), net(stf).to(dtype="float64")):
        assert {p.dtype for p in double.parameters()} == {"float64"}
        assert double[1].num_batches_tracked.dtype == "int64"
        assert all(isinstance(p, nn.Parameter) and p.requires_grad
                   for p in double.parameters())
    twin = copy.deepcopy(model)
    assert list(twin.state_dict()) == list(model.state_dict())
    assert all(isinstance(p, nn.Parameter) and p.requires_grad for p in twin.parameters())
    with stf.no_grad():
        twin[6].bias.add_(1.0)  # its own memory
    np.testing.assert_array_equal(values(twin[6].bias), values(model[6].bias) + 1)
    # zero_grad: None by default, zeros with set_to_none=False (module and optimizer alike)
    lin = nn.Linear(3, 2)
    for zero in (lin.zero_grad, optim.SGD(lin.parameters(), lr=0.1).zero_grad):
        F.mse_loss(lin(stf.ones(4, 3)), stf.zeros(4, 2)).backward()
        zero(set_to_none=False)
        assert all(values(p.grad).tolist() == np.zeros(p.shape).tolist()
                   for p in lin.parameters())
        zero()
        assert all(p.grad is None for p in lin.parameters())


def test_layers_and_losses_compute_as_torch() -> None:
    rng = np.random.default_rng(11)
    x = rng.standard_normal((2, 4, 9, 9)).astype(np.float32)
    cases = [
        (lambda lib: lib.nn.Conv2d(4, 6, 3, stride=2, padding=1, groups=2), x),
        (lambda lib: lib.nn.Conv2d(4, 2, (3, 2), dilation=2, bias=False), x),
        (lambda lib: lib.nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True), x),
        (lambda lib: lib.nn.Linear(9, 3, bias=False), x),
        (lambda lib: lib.nn.Flatten(0, 2), x),
        (lambda lib: lib.nn.BatchNorm2d(4, momentum=None, affine=False), x),
    ]
    for make, data in cases:
        theirs, mine = make(torch), make(stf)
        mine.load_state_dict(theirs.state_dict())
        np.testing.assert_allclose(values(mine(stf.tensor(data))),
                                   values(theirs(torch.from_numpy(data))), rtol=1e-6, atol=1e-6)
    logits = rng.standard_normal((5, 3)).astype(np.float32)
    target = rng.integers(0, 3, 5)
    other = rng.standard_normal((5, 3)).astype(np.float32)
    losses = [
        (lambda lib: lib.nn.CrossEntropyLoss(), target),
        (lambda lib: lib.nn.CrossEntropyLoss(reduction="sum", label_smoothing=0.1), target),
        (lambda lib: lib.nn.CrossEntropyLoss(ignore_index=1, reduction="none"), target),
        (lambda lib: lib.nn.MSELoss(), other),
        (lambda lib: lib.nn.MSELoss(size_average=False), other),
    ]
    for make, tgt in losses:
        with warnings.catch_warnings(record=True) as ours_warned:
            warnings.simplefilter("always")
            got = make(stf)(stf.tensor(logits), stf.tensor(tgt))
        with warnings.catch_warnings(record=True) as torch_warned:
            warnings.simplefilter("always")
            want = make(torch)(torch.from_numpy(logits), torch.from_numpy(tgt))
        assert [str(w.message) for w in ours_warned] == [str(w.message) for w in torch_warned]
        np.testing.assert_allclose(values(got), values(want), rtol=1e-6)
    with pytest.raises(ValueError, match="mean2 is not a valid value for reduction"):
        nn.MSELoss(reduction="mean2")


def test_initialisation_is_torchs_from_the_same_seed() -> None:
    torch.manual_seed(123)
    theirs = cnn(torch)
    stf.manual_seed(123)
    mine = cnn(stf)
    for key, value in theirs.state_dict().items():
        np.testing.assert_array_equal(values(mine.state_dict()[key]), values(value), key)


def test_train_and_eval_switch_dropout_and_batch_norm_as_torch() -> None:
    theirs, mine = net(torch), net(stf)
    mine.load_state_dict(theirs.state_dict())
    x = np.random.default_rng(3).standard_normal((6, 2, 4, 4)).astype(np.float32)
    for mode in ("train", "train", "eval", "train", "eval"):
        getattr(theirs, mode)()
        getattr(mine, mode)()
        torch.manual_seed(5)
        expected = theirs(torch.from_numpy(x))
        stf.manual_seed(5)
        got = mine(stf.tensor(x))
        # the same dropout mask from the same seed, batch statistics in training (updating
        # the running ones), the running statistics in evaluation
        np.testing.assert_allclose(values(got), values(expected), rtol=1e-5, atol=1e-6)
        for key, value in theirs.state_dict().items():
            np.testing.assert_allclose(values(mine.state_dict()[key]), values(value),
                                       rtol=1e-5, atol=1e-7, err_msg=key)
    assert int(mine[1].num_batches_tracked.item()) == 3
    drop = nn.Dropout(0.5)
    ones = stf.ones(1000)
    kept = values(drop(ones))
    assert set(np.unique(kept)) == {0.0, 2.0} and 350 < int((kept == 0).sum()) < 650
    np.testing.assert_array_equal(values(drop.eval()(ones)), np.ones(1000, np.float32))


# ---- lifetime ---------------------------------------------------------------------------------

def test_live_handles_stay_flat_while_training() -> None:
    model = cnn(stf)
    opt = optim.Adam(model.parameters(), lr=1e-3)
    batches = synthetic("cnn", 10, 8)
    counts = []
    for step in range(200):
        x, y = batches[step % len(batches)]
        opt.zero_grad()
        loss = F.cross_entropy(model(stf.tensor(x)), stf.tensor(y))
        loss.backward()
        opt.step()
        del loss
        if step in (9, 199):
            gc.collect()
            counts.append(stf.live_handles())
    assert counts[0] == counts[1], counts


# ---- the README's training loop -----------------------------------------------------------------

def test_readme_training_loop_runs() -> None:
    text = (ROOT / "README.md").read_text()
    section = text.split("### Training", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None, "README: no python block in the Training section"
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), "README.md (Training)", "exec"), namespace)  # noqa: S102
    assert namespace["losses"][-1] < namespace["losses"][0]
