"""stf.nn.functional against torch.nn.functional: every function with the same inputs, in
float64 and float32, values AND gradients (through backward), optional arguments none and
given, int64 targets and indices, batch_norm's running statistics, dropout under a shared seed,
torch's error messages; the in-place operations optimizers need, checked by running torch.optim's
SGD and Adam updates with them; manual_seed and the random generator libtorch shares with torch
in one process."""

from __future__ import annotations

import inspect
import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
import simple_torch_ffi.nn.functional as F
from simple_torch_ffi import InvalidArgumentError, NotAvailableError, TorchError, _abi, backends

torch = pytest.importorskip("torch", reason="torch is the reference of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")
TF = torch.nn.functional

DTYPES = ["float64", "float32"]
TOL = {"float64": {"rtol": 1e-10, "atol": 1e-12}, "float32": {"rtol": 1e-5, "atol": 1e-6}}


@pytest.fixture
def tb(tb: backends.Backend) -> Iterator[backends.Backend]:
    """conftest's torch backend, gradient mode on."""
    with stf.enable_grad():
        yield tb


def _values(shape: tuple[int, ...], seed: int, low: float = -2.0, high: float = 2.0) -> Any:
    return np.random.default_rng(seed).uniform(low, high, size=shape)


# ---- one case: the arguments of both calls, made from one description ------------------------

@dataclass(frozen=True)
class Grad:
    """A float tensor argument (requires grad: its gradient is compared)."""

    values: Any


@dataclass(frozen=True)
class Const:
    """A float tensor argument without gradient (running statistics, targets)."""

    values: Any


@dataclass(frozen=True)
class Index:
    """An int64 tensor argument (class targets, embedding indices)."""

    values: Any


@dataclass(frozen=True)
class Case:
    fn: str  # the name in both torch.nn.functional and stf.nn.functional
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    id: str = ""


def _build(spec: Any, dtype: str, ours: bool, leaves: list[Any]) -> Any:
    if isinstance(spec, Grad | Const):
        if ours:
            t = stf.tensor(np.asarray(spec.values), dtype=dtype)
            if isinstance(spec, Grad):
                t.requires_grad_()
        else:
            t = torch.tensor(np.asarray(spec.values), dtype=getattr(torch, dtype),
                             requires_grad=isinstance(spec, Grad))
        if isinstance(spec, Grad):
            leaves.append(t)
        return t
    if isinstance(spec, Index):
        return stf.tensor(np.asarray(spec.values, dtype=np.int64)) if ours else \
            torch.tensor(np.asarray(spec.values, dtype=np.int64))
    if isinstance(spec, tuple):
        return tuple(spec)
    return spec


def _call(case: Case, dtype: str, ours: bool) -> tuple[Any, list[Any], list[Any]]:
    """(result, tensor arguments in order, leaves) of one side."""
    leaves: list[Any] = []
    args = [_build(a, dtype, ours, leaves) for a in case.args]
    kwargs = {k: _build(v, dtype, ours, leaves) for k, v in case.kwargs.items()}
    fn = getattr(F if ours else TF, case.fn)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's size-mismatch warning of mse_loss
        out = fn(*args, **kwargs)
    return out, [*args, *kwargs.values()], leaves


X4 = _values((2, 4, 5, 5), 1)  # N, C, H, W
W_CONV = _values((3, 4, 3, 3), 2)
LOGITS = _values((4, 3), 3)
TARGETS = [0, 2, 1, 2]
CASES = [
    Case("linear", (Grad(_values((3, 4), 4)), Grad(_values((2, 4), 5))), id="no bias"),
    Case("linear", (Grad(_values((3, 4), 4)), Grad(_values((2, 4), 5)), Grad([0.5, -1.0])),
         id="bias"),
    Case("linear", (Grad(_values((2, 3, 4), 6)), Grad(_values((5, 4), 7))),
         {"bias": Grad(_values((5,), 8))}, id="3-d input, keyword bias"),
    Case("conv2d", (Grad(X4), Grad(W_CONV)), id="defaults"),
    Case("conv2d", (Grad(X4), Grad(W_CONV), Grad([0.1, 0.2, -0.3]), 2, 1), id="int stride"),
    Case("conv2d", (Grad(X4), Grad(W_CONV), None), {"padding": (1, 2), "dilation": 2},
         id="tuple padding, dilation"),
    Case("conv2d", (Grad(X4), Grad(_values((4, 2, 2, 2), 9))), {"groups": 2, "stride": (1, 2)},
         id="groups"),
    Case("conv2d", (Grad(X4[0]), Grad(W_CONV)), id="unbatched"),
    Case("max_pool2d", (Grad(X4), 2), id="kernel 2"),
    Case("max_pool2d", (Grad(X4), (2, 3), 1), id="kernel (2, 3) stride 1"),
    Case("max_pool2d", (Grad(X4), 3, None, 1, 2), id="padding, dilation, stride None"),
    Case("max_pool2d", (Grad(X4), 2), {"ceil_mode": True}, id="ceil_mode"),
    Case("avg_pool2d", (Grad(X4), 2), id="kernel 2"),
    Case("avg_pool2d", (Grad(X4), 3, 2, 1), {"count_include_pad": False}, id="padding"),
    Case("avg_pool2d", (Grad(X4), (2, 3)), {"stride": (1, 2), "ceil_mode": True}, id="ceil"),
    Case("batch_norm", (Grad(X4), Const(_values((4,), 10)), Const(_values((4,), 11, 0.5, 2.0))),
         id="eval"),
    Case("batch_norm", (Grad(X4), Const(_values((4,), 10)), Const(_values((4,), 11, 0.5, 2.0)),
                        Grad(_values((4,), 12)), Grad(_values((4,), 13))), id="eval affine"),
    Case("batch_norm", (Grad(X4), None, None, Grad(_values((4,), 12)), None, True),
         id="training without running stats"),
    Case("layer_norm", (Grad(_values((3, 5), 14)), (5,)), id="tuple shape"),
    Case("layer_norm", (Grad(X4), [5, 5], Grad(_values((5, 5), 15)), Grad(_values((5, 5), 16))),
         {"eps": 1e-3}, id="affine"),
    Case("dropout", (Grad(_values((3, 4), 17)),), {"training": False}, id="eval"),
    Case("dropout", (Grad(_values((3, 4), 17)), 0.0), id="p 0"),
    Case("embedding", (Index([[0, 2], [1, 0]]), Grad(_values((3, 4), 18))), id="2-d indices"),
    Case("gelu", (Grad(_values((3, 4), 19, -4, 4)),), id="exact"),
    Case("gelu", (Grad(_values((3, 4), 19, -4, 4)),), {"approximate": "tanh"}, id="tanh"),
    Case("leaky_relu", (Grad(_values((3, 4), 20)),), id="default"),
    Case("leaky_relu", (Grad(_values((3, 4), 20)), 0.2), id="slope"),
    Case("log_softmax", (Grad(_values((3, 4), 21)), 1), id="dim 1"),
    Case("log_softmax", (Grad(_values((2, 3, 4), 21)),), {"dim": 0}, id="dim 0"),
    Case("relu", (Grad(_values((3, 4), 22)),), id=""),
    Case("sigmoid", (Grad(_values((3, 4), 22)),), id=""),
    Case("tanh", (Grad(_values((3, 4), 22)),), id=""),
    Case("softmax", (Grad(_values((3, 4), 22)),), {"dim": 1}, id=""),
    Case("mse_loss", (Grad(_values((3, 4), 23)), Const(_values((3, 4), 24))), id="mean"),
    Case("mse_loss", (Grad(_values((3, 4), 23)), Grad(_values((3, 4), 24))),
         {"reduction": "sum"}, id="sum"),
    Case("mse_loss", (Grad(_values((3, 4), 23)), Const(_values((4,), 24))),
         {"reduction": "none"}, id="broadcast none"),
    Case("cross_entropy", (Grad(LOGITS), Index(TARGETS)), id="indices"),
    Case("cross_entropy", (Grad(LOGITS), Index(TARGETS), Const([1.0, 2.0, 0.5])),
         {"reduction": "sum", "label_smoothing": 0.2}, id="weight smoothing"),
    Case("cross_entropy", (Grad(LOGITS), Index([0, -100, 1, 2])), {"reduction": "none"},
         id="ignore_index"),
    Case("cross_entropy", (Grad(LOGITS), Index([0, 1, 1, 2])), {"ignore_index": 1},
         id="own ignore_index"),
    Case("cross_entropy", (Grad(LOGITS), Const(_values((4, 3), 25, 0.0, 1.0))),
         id="probabilities"),
    Case("cross_entropy", (Grad(_values((2, 3, 5), 26)), Index([[0, 1, 2, 1, 0], [2, 2, 1, 0, 0]])),
         id="(N, C, d)"),
    Case("nll_loss", (Grad(LOGITS), Index(TARGETS)), id="mean"),
    Case("nll_loss", (Grad(LOGITS), Index([0, -100, 1, 2]), Const([1.0, 2.0, 0.5])),
         {"reduction": "sum"}, id="weight sum ignore"),
    Case("nll_loss", (Grad(LOGITS), Index(TARGETS)), {"weight": Const([1.0, 2.0, 0.5]),
                                                       "reduction": "none"}, id="none"),
    Case("binary_cross_entropy_with_logits",
         (Grad(_values((3, 4), 27)), Const(_values((3, 4), 28, 0.0, 1.0))), id="mean"),
    Case("binary_cross_entropy_with_logits",
         (Grad(_values((3, 4), 27)), Grad(_values((3, 4), 28, 0.0, 1.0)),
          Const(_values((3, 4), 29, 0.0, 2.0))),
         {"reduction": "sum", "pos_weight": Const(_values((4,), 30, 0.5, 3.0))}, id="weights"),
]


def _case_id(c: Case) -> str:
    return f"{c.fn}-{c.id}" if c.id else c.fn


def _seed_gradient(out: Any) -> Any:
    shape = tuple(out.shape)
    return np.linspace(0.5, 1.5, num=max(int(np.prod(shape)), 1)).reshape(shape)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_matches_torch_values_and_gradients(tb: None, case: Case, dtype: str) -> None:
    got, _, ours = _call(case, dtype, ours=True)
    want, _, theirs = _call(case, dtype, ours=False)
    assert got.dtype == str(want.dtype).removeprefix("torch.")
    assert got.shape == tuple(want.shape)
    np.testing.assert_allclose(got.numpy(), want.detach().numpy(), **TOL[dtype])
    assert got.requires_grad == want.requires_grad
    seed = _seed_gradient(want)
    want.backward(torch.tensor(seed, dtype=want.dtype))
    got.backward(stf.tensor(seed, dtype=dtype))
    for a, t in zip(ours, theirs, strict=True):
        assert a.grad is not None and t.grad is not None
        np.testing.assert_allclose(a.grad.numpy(), t.grad.numpy(), **TOL[dtype])


@pytest.mark.parametrize("case", [c for c in CASES if c.fn != "dropout"], ids=_case_id)
def test_the_pure_backend_agrees_where_it_has_a_reference(case: Case) -> None:
    """The numpy references (the pure backend) give torch's values, in float64."""
    if not backends.get_backend("pure").has_op(case.fn):
        with pytest.raises(NotAvailableError, match="has no numpy reference"):
            _call_pure(case)
        return
    want, _, _ = _call(case, "float64", ours=False)
    got = _call_pure(case)
    np.testing.assert_allclose(got.numpy(), want.detach().numpy(), rtol=1e-7, atol=1e-9)


def _call_pure(case: Case) -> Any:
    backends.set_backend("pure")
    try:
        leaves: list[Any] = []
        args = [_build(a, "float64", True, leaves) if not isinstance(a, Grad) else
                stf.tensor(np.asarray(a.values), dtype="float64") for a in case.args]
        kwargs = {k: stf.tensor(np.asarray(v.values), dtype="float64") if isinstance(v, Grad)
                  else _build(v, "float64", True, leaves) for k, v in case.kwargs.items()}
        return getattr(F, case.fn)(*args, **kwargs)
    finally:
        backends.set_backend(None)


def test_every_nn_functional_function_is_covered() -> None:
    spec_module = {name for name, f in _abi.FUNCTIONS.items() if f.python_module == "nn.functional"}
    assert spec_module == set(F.__all__)
    tested = {c.fn for c in CASES} | {"dropout"}
    assert set(F.__all__) <= tested, set(F.__all__) - tested
    for name in F.__all__:  # each is torch.nn.functional's
        assert hasattr(TF, name), name


# ---- batch_norm's running statistics ------------------------------------------------------------

@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("momentum", [0.1, 0.5])
def test_batch_norm_updates_running_stats_like_torch(tb: None, dtype: str,
                                                     momentum: float) -> None:
    x = _values((6, 3, 2, 2), 31)
    mean0, var0 = _values((3,), 32), _values((3,), 33, 0.5, 2.0)
    rm, rv = stf.tensor(mean0, dtype=dtype), stf.tensor(var0, dtype=dtype)
    trm = torch.tensor(mean0, dtype=getattr(torch, dtype))
    trv = torch.tensor(var0, dtype=getattr(torch, dtype))
    for step in range(3):  # the statistics accumulate over calls
        got = F.batch_norm(stf.tensor(x + step, dtype=dtype), rm, rv, training=True,
                           momentum=momentum, eps=1e-3)
        want = TF.batch_norm(torch.tensor(x + step, dtype=getattr(torch, dtype)), trm, trv,
                             training=True, momentum=momentum, eps=1e-3)
        np.testing.assert_allclose(got.numpy(), want.numpy(), **TOL[dtype])
        np.testing.assert_allclose(rm.numpy(), trm.numpy(), **TOL[dtype])
        np.testing.assert_allclose(rv.numpy(), trv.numpy(), **TOL[dtype])
    assert not np.allclose(rm.numpy(), mean0)  # they did move
    frozen = rm.numpy().copy()  # numpy() shares the tensor's memory, as torch's does
    F.batch_norm(stf.tensor(x, dtype=dtype), rm, rv)  # evaluation: used, not updated
    np.testing.assert_array_equal(rm.numpy(), frozen)


# ---- dropout and the random generator ----------------------------------------------------------

def test_manual_seed_shares_torchs_generator(tb: None) -> None:
    """The library links the libtorch this process's torch uses: one default CPU generator, so
    stf.manual_seed and torch.manual_seed seed the same stream (either side draws from it)."""
    stf.manual_seed(0)
    a = stf.randn(3, 4).numpy()
    torch.manual_seed(0)
    b = torch.randn(3, 4).numpy()
    np.testing.assert_array_equal(a, b)
    torch.manual_seed(7)  # seeded by torch, drawn by us
    c = stf.randn(5, dtype="float64").numpy()
    stf.manual_seed(7)  # and the other way round
    d = torch.randn(5, dtype=torch.float64).numpy()
    np.testing.assert_array_equal(c, d)
    stf.manual_seed(-1)  # a negative seed is its two's complement, as torch's
    e = stf.randn(2).numpy()
    torch.manual_seed(-1)
    np.testing.assert_array_equal(e, torch.randn(2).numpy())
    assert torch.initial_seed() == 2**64 - 1
    stf.manual_seed(3)
    assert torch.initial_seed() == 3
    with pytest.raises(InvalidArgumentError, match="does not fit in i64"):
        stf.manual_seed(2**64 - 1)  # torch takes up to 2^64 - 1; the ABI's seed is an i64


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("p", [0.2, 0.5, 0.9])
def test_dropout_with_a_seed_is_torchs_mask(tb: None, dtype: str, p: float) -> None:
    x = _values((8, 16), 34)
    ours = stf.tensor(x, dtype=dtype).requires_grad_()
    theirs = torch.tensor(x, dtype=getattr(torch, dtype), requires_grad=True)
    stf.manual_seed(1234)
    got = F.dropout(ours, p)
    torch.manual_seed(1234)
    want = TF.dropout(theirs, p)
    np.testing.assert_allclose(got.numpy(), want.detach().numpy(), **TOL[dtype])
    assert 0 < (got.numpy() == 0).sum() < x.size  # some dropped, some kept
    got.sum().backward()
    want.sum().backward()
    np.testing.assert_allclose(ours.grad.numpy(), theirs.grad.numpy(), **TOL[dtype])
    stf.manual_seed(1234)  # the same seed, the same mask again
    np.testing.assert_array_equal(F.dropout(ours, p).detach().numpy(), got.detach().numpy())


def test_dropout_edges(tb: None) -> None:
    x = stf.tensor(_values((4, 5), 35))
    np.testing.assert_array_equal(F.dropout(x, 0.7, training=False).numpy(), x.numpy())
    np.testing.assert_array_equal(F.dropout(x, 1.0).numpy(), np.zeros((4, 5), np.float32))
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1"):
            TF.dropout(torch.ones(2), bad)
        with pytest.raises(TorchError, match=f"dropout probability has to be between 0 and 1, "
                                             f"but got {bad}"):
            F.dropout(x, bad)


def test_manual_seed_makes_the_pure_backend_repeat() -> None:
    stf.manual_seed(5, backend="pure")
    a = stf.randn(4, backend="pure").numpy()
    b = F.dropout(stf.ones(100, backend="pure"), 0.5).numpy()
    stf.manual_seed(5, backend="pure")
    np.testing.assert_array_equal(stf.randn(4, backend="pure").numpy(), a)
    np.testing.assert_array_equal(F.dropout(stf.ones(100, backend="pure"), 0.5).numpy(), b)
    assert set(np.unique(b)) == {0.0, 2.0}


# ---- Python habits ------------------------------------------------------------------------------

def test_torch_names_signatures_and_places(tb: None) -> None:
    assert stf.nn.functional is F and "functional" in stf.nn.__all__
    # the leading parameters are torch's, in torch's order (its deprecated size_average /
    # reduce are left out: pass the rest by keyword, as torch's own docs do)
    for name in F.__all__:
        ours = [p for p in inspect.signature(getattr(F, name)).parameters if p != "backend"]
        try:
            theirs = inspect.signature(getattr(TF, name)).parameters
        except ValueError:  # a builtin without a signature in torch (checked below)
            continue
        if any(p.kind is p.VAR_POSITIONAL for p in theirs.values()):
            continue  # max_pool2d's dispatcher (*args, **kwargs)
        assert ours[0] == "input" and [p for p in theirs if p in ours] == ours, (name, ours)
    assert list(inspect.signature(F.conv2d).parameters)[:7] == \
        ["input", "weight", "bias", "stride", "padding", "dilation", "groups"]
    assert str(inspect.signature(F.max_pool2d).parameters["stride"]) == \
        "stride: 'int | Sequence[int] | None' = None"
    assert str(inspect.signature(F.gelu).parameters["approximate"]) == "approximate: 'str' = 'none'"
    # Tensor methods only where torch.Tensor has them
    for name in F.__all__:
        assert hasattr(stf.Tensor, name) == hasattr(torch.Tensor, name), name
    x = stf.tensor([[1.0, -2.0, 3.0]])
    np.testing.assert_allclose(x.log_softmax(1).numpy(), F.log_softmax(x, dim=1).numpy())
    np.testing.assert_array_equal(F.relu(input=x).numpy(), x.relu().numpy())


def test_int_and_tuple_arguments_as_torch_takes_them(tb: None) -> None:
    x = stf.tensor(X4, dtype="float32")
    tx = torch.tensor(X4, dtype=torch.float32)
    w, tw = stf.tensor(W_CONV, dtype="float32"), torch.tensor(W_CONV, dtype=torch.float32)
    for kwargs in ({"stride": 2}, {"stride": (2, 1)}, {"stride": [1, 2]},
                   {"padding": 1}, {"dilation": (2, 1), "padding": 2}):
        np.testing.assert_allclose(F.conv2d(x, w, **kwargs).numpy(),
                                   TF.conv2d(tx, tw, **kwargs).numpy(), rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(F.max_pool2d(x, 2, stride=None).numpy(),
                                  TF.max_pool2d(tx, 2).numpy())
    # numbers and arrays are tensors too, as for the Tensor methods
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's warning: the sizes differ
        want = TF.mse_loss(tx, torch.tensor(0.5))
    np.testing.assert_allclose(F.mse_loss(x, 0.5).numpy(), want.numpy(), rtol=1e-6)
    lw = _values((2, 5), 60)
    np.testing.assert_allclose(F.linear(X4[0, 0], lw).numpy(), X4[0, 0] @ lw.T, rtol=1e-12)


# ---- torch's errors ----------------------------------------------------------------------------

ERRORS: list[tuple[str, Callable[[Any, Any], Any], type[Exception], type[Exception]]] = [
    ("linear", lambda f, t: f.linear(t(np.ones((2, 3))), t(np.ones((4, 2)))), RuntimeError,
     TorchError),
    ("conv2d channels", lambda f, t: f.conv2d(t(np.ones((1, 2, 4, 4))), t(np.ones((1, 3, 2, 2)))),
     RuntimeError, TorchError),
    ("conv2d stride", lambda f, t: f.conv2d(t(np.ones((1, 1, 4, 4))), t(np.ones((1, 1, 2, 2))),
                                            stride=(1, 1, 1)), RuntimeError, TorchError),
    ("max_pool2d kernel", lambda f, t: f.max_pool2d(t(np.ones((1, 1, 3, 3))), 4), RuntimeError,
     TorchError),
    ("avg_pool2d padding", lambda f, t: f.avg_pool2d(t(np.ones((1, 1, 4, 4))), 2, padding=2),
     RuntimeError, TorchError),
    ("batch_norm size", lambda f, t: f.batch_norm(t(np.ones((2, 3))), t(np.ones(2)),
                                                  t(np.ones(2))), RuntimeError, TorchError),
    ("layer_norm shape", lambda f, t: f.layer_norm(t(np.ones((2, 3))), [2]), RuntimeError,
     TorchError),
    ("embedding range", lambda f, t: f.embedding(t(np.array([3])), t(np.ones((3, 2)))),
     IndexError, TorchError),
    ("embedding dtype", lambda f, t: f.embedding(t(np.array([1.0])), t(np.ones((3, 2)))),
     RuntimeError, TorchError),
    ("gelu approximate", lambda f, t: f.gelu(t(np.ones(2)), approximate="erf"), RuntimeError,
     TorchError),
    ("log_softmax dim", lambda f, t: f.log_softmax(t(np.ones(2)), 2), IndexError, TorchError),
    ("mse_loss broadcast", lambda f, t: f.mse_loss(t(np.ones((2, 3))), t(np.ones(2))),
     RuntimeError, TorchError),
    ("mse_loss reduction", lambda f, t: f.mse_loss(t(np.ones(2)), t(np.ones(2)),
                                                   reduction="average"), ValueError,
     InvalidArgumentError),
    ("cross_entropy target dtype", lambda f, t: f.cross_entropy(t(np.ones((2, 3))),
                                                                t(np.array([0.0, 1.0]))),
     RuntimeError, TorchError),
    ("cross_entropy target range", lambda f, t: f.cross_entropy(t(np.ones((2, 3))),
                                                                t(np.array([0, 5]))),
     IndexError, TorchError),
    ("nll_loss batch", lambda f, t: f.nll_loss(t(np.ones((2, 3))), t(np.array([0, 1, 2]))),
     ValueError, TorchError),
    ("bce size", lambda f, t: f.binary_cross_entropy_with_logits(t(np.ones((3, 1))),
                                                                 t(np.ones(3))), ValueError,
     InvalidArgumentError),
    ("bce reduction", lambda f, t: f.binary_cross_entropy_with_logits(
        t(np.ones(3)), t(np.ones(3)), reduction="max"), ValueError, InvalidArgumentError),
]


@pytest.mark.parametrize(("what", "call", "torch_error", "ours_error"), ERRORS,
                         ids=[e[0] for e in ERRORS])
def test_torchs_errors(tb: None, what: str, call: Callable[[Any, Any], Any],
                       torch_error: type[Exception], ours_error: type[Exception]) -> None:
    """The same mistake: torch's exception (its message's first line), ours of the library's
    kind with the same words after the C symbol."""
    def ours(a: Any) -> Any:
        a = np.asarray(a)
        return stf.tensor(a, dtype="int64" if a.dtype.kind == "i" else "float32")

    def theirs(a: Any) -> Any:
        a = np.asarray(a)
        return torch.tensor(a, dtype=torch.int64 if a.dtype.kind == "i" else torch.float32)

    with pytest.raises(torch_error) as t_info, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # mse_loss's size warning before its error
        call(TF, theirs)
    message = str(t_info.value).splitlines()[0]
    message = message.replace("torch.FloatTensor", "CPUFloatType")  # Python's spelling
    with pytest.raises(ours_error) as o_info:
        call(F, ours)
    assert message in str(o_info.value), (what, str(o_info.value))


# ---- reductions to a tensor and the in-place operations ----------------------------------------

@pytest.mark.parametrize("dtype", DTYPES)
def test_sum_mean_maximum(tb: None, dtype: str) -> None:
    v, w = _values((3, 4), 36), _values((3, 4), 37)
    a, b = stf.tensor(v, dtype=dtype).requires_grad_(), stf.tensor(w, dtype=dtype).requires_grad_()
    ta = torch.tensor(v, dtype=getattr(torch, dtype), requires_grad=True)
    tb_ = torch.tensor(w, dtype=getattr(torch, dtype), requires_grad=True)
    got = a.maximum(b).sum() + (a * b).mean()
    want = torch.maximum(ta, tb_).sum() + (ta * tb_).mean()
    assert got.shape == () and got.dtype == dtype
    np.testing.assert_allclose(got.numpy(), want.detach().numpy(), **TOL[dtype])
    got.backward()
    want.backward()
    np.testing.assert_allclose(a.grad.numpy(), ta.grad.numpy(), **TOL[dtype])
    np.testing.assert_allclose(b.grad.numpy(), tb_.grad.numpy(), **TOL[dtype])
    assert stf.tensor([1, 2, 3]).sum().item() == 6
    with pytest.raises(TorchError, match=r"mean\(\): could not infer output dtype"):
        stf.tensor([1, 2]).mean()


INPLACE = [
    ("add_", lambda t, o: t.add_(o(_values((3, 4), 40)))),
    ("add_ alpha", lambda t, o: t.add_(o(_values((4,), 40)), alpha=-0.25)),
    ("add_ scalar", lambda t, o: t.add_(1.5)),
    ("mul_", lambda t, o: t.mul_(o(_values((3, 1), 41)))),
    # a Python float is a float32 0-d tensor here (the Tensor API's rule for numbers): exact
    # in float32, so float64 results are torch's too
    ("mul_ scalar", lambda t, o: t.mul_(0.875)),
    ("addcmul_", lambda t, o: t.addcmul_(o(_values((3, 4), 42)), o(_values((3, 4), 43)))),
    ("addcmul_ value", lambda t, o: t.addcmul_(o(_values((3, 4), 42)), o(_values((4,), 43)),
                                               value=0.1)),
    ("addcdiv_ value", lambda t, o: t.addcdiv_(o(_values((3, 4), 44)),
                                               o(_values((3, 4), 45, 0.5, 2.0)), value=-0.01)),
    ("lerp_", lambda t, o: t.lerp_(o(_values((3, 4), 46)), 0.1)),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("what", "update"), INPLACE, ids=[i[0] for i in INPLACE])
def test_inplace_matches_torch(tb: None, what: str, update: Callable[[Any, Any], Any],
                               dtype: str) -> None:
    start = _values((3, 4), 47)
    ours = stf.tensor(start, dtype=dtype)
    theirs = torch.tensor(start, dtype=getattr(torch, dtype))
    assert update(ours, lambda v: stf.tensor(v, dtype=dtype)) is ours  # torch: self
    update(theirs, lambda v: torch.tensor(v, dtype=getattr(torch, dtype)))
    np.testing.assert_allclose(ours.numpy(), theirs.numpy(), **TOL[dtype])
    assert ours.shape == (3, 4) and ours.dtype == dtype


def test_inplace_and_autograd(tb: None) -> None:
    """A leaf that requires grad refuses in-place updates (torch's words) except under no_grad,
    where optimizers make them; an in-place update inside a graph is differentiated."""
    w = stf.tensor([1.0, 2.0]).requires_grad_()
    tw = torch.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError) as t_info:
        tw.add_(torch.ones(2))
    with pytest.raises(TorchError, match=str(t_info.value).splitlines()[0]):
        w.add_(stf.ones(2))
    with stf.no_grad():
        w.add_(stf.ones(2), alpha=-0.5)
    np.testing.assert_allclose(w.numpy(), [0.5, 1.5])
    assert w.requires_grad and w.grad is None
    x = stf.tensor([1.0, -1.0, 2.0], dtype="float64").requires_grad_()
    tx = torch.tensor([1.0, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
    y, ty = x * x, tx * tx
    y.mul_(3.0)
    ty.mul_(3.0)
    y.addcmul_(x, x, value=0.5)
    ty.addcmul_(tx, tx, value=0.5)
    y.sum().backward()
    ty.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), tx.grad.numpy(), rtol=1e-12)
    with pytest.raises(TorchError, match="output with shape \\[2\\] doesn't match the broadcast "
                                         "shape \\[2, 2\\]"):
        stf.ones(2).add_(stf.ones(2, 2))


def test_sgd_and_adam_steps_match_torch_optim(tb: None) -> None:
    """torch.optim's update rules, SGD (momentum, dampening, weight decay, Nesterov) and Adam
    (weight decay, amsgrad), written with these operations as torch.optim writes them (float32
    parameters), give torch.optim's parameters."""
    w0, g_seq = _values((3, 4), 50), [_values((3, 4), 51 + i) for i in range(4)]

    def f32(v: Any) -> Any:
        return stf.tensor(v, dtype="float32")

    for nesterov in (False, True):
        lr, mom, damp, wd = 0.1, 0.9, 0.0 if nesterov else 0.1, 0.01
        p = torch.tensor(w0, dtype=torch.float32, requires_grad=True)
        opt = torch.optim.SGD([p], lr=lr, momentum=mom, dampening=damp, weight_decay=wd,
                              nesterov=nesterov)
        w = f32(w0).requires_grad_()
        buf = None
        for g in g_seq:
            p.grad = torch.tensor(g, dtype=torch.float32)
            opt.step()
            with stf.no_grad():
                grad = f32(g)
                grad.add_(w, alpha=wd)  # torch: grad = grad.add(param, alpha=weight_decay)
                if buf is None:
                    buf = grad.clone()
                else:
                    buf.mul_(mom)
                    buf.add_(grad, alpha=1 - damp)
                if nesterov:
                    grad.add_(buf, alpha=mom)
                else:
                    grad = buf
                w.add_(grad, alpha=-lr)
        np.testing.assert_allclose(w.numpy(), p.detach().numpy(), rtol=1e-6, atol=1e-7)

    lr, b1, b2, eps, wd = 0.01, 0.9, 0.99, 1e-8, 0.1
    p = torch.tensor(w0, dtype=torch.float32, requires_grad=True)
    opt = torch.optim.Adam([p], lr=lr, betas=(b1, b2), eps=eps, weight_decay=wd, amsgrad=True)
    w = f32(w0).requires_grad_()
    m, v, vmax = stf.zeros(3, 4), stf.zeros(3, 4), stf.zeros(3, 4)
    for step, g in enumerate(g_seq, start=1):
        p.grad = torch.tensor(g, dtype=torch.float32)
        opt.step()
        with stf.no_grad():
            grad = f32(g)
            grad.add_(w, alpha=wd)
            m.lerp_(grad, 1 - b1)
            v.mul_(b2)
            v.addcmul_(grad, grad, value=1 - b2)
            vmax = vmax.maximum(v)
            denom = vmax.sqrt() / (1 - b2 ** step) ** 0.5
            denom.add_(eps)
            w.addcdiv_(m, denom, value=-(lr / (1 - b1 ** step)))
    np.testing.assert_allclose(w.numpy(), p.detach().numpy(), rtol=1e-6, atol=1e-7)
    assert w.requires_grad and w.grad is None


def test_inplace_leaves_the_callers_memory_alone(tb: None) -> None:
    """tensor() copies its data as torch.tensor does, and a read-only array shared through
    DLPack (from_numpy) is copied: an in-place write never reaches the caller's memory."""
    a = np.zeros(3)
    t = stf.tensor(a)
    t.add_(1.0)
    np.testing.assert_array_equal(a, np.zeros(3))
    u = stf.tensor(t)
    u.add_(1.0)
    np.testing.assert_array_equal(t.numpy(), np.ones(3))
    data = bytes(12)
    ro = np.frombuffer(data, dtype=np.float32)
    assert not ro.flags.writeable
    for shared in (stf.from_numpy(ro), stf.from_dlpack(ro)):
        shared.add_(1.0)
        np.testing.assert_array_equal(shared.numpy(), np.ones(3, np.float32))
    assert data == bytes(12) and not ro.any()
    w = np.zeros(2, np.float32)  # a writeable array is shared, as torch.from_numpy shares it
    stf.from_numpy(w).add_(1.0)
    np.testing.assert_array_equal(w, np.ones(2, np.float32))
