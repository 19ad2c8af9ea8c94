"""DLPack, both ways, zero copy: numpy and torch share memory with Tensors (proved by address and
by mutation), lifetimes hold past a freed handle, the deleter runs exactly once, and hostile
managed tensors are refused with invalid_argument before libtorch reads them."""

from __future__ import annotations

import ctypes
import gc
import os
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import Variant, _abi, dlpack

torch = pytest.importorskip("torch", reason="torch is a DLPack partner of these tests") \
    if os.environ.get("STF_REQUIRE_TORCH") != "1" else __import__("torch")


def address(a: np.ndarray[Any, Any]) -> int:
    return int(a.__array_interface__["data"][0])


def test_numpy_views_share_memory_with_a_tensor(tb: None) -> None:
    t = stf.tensor([1.0, 2.0, 3.0])
    a = np.from_dlpack(t)
    b = t.numpy()  # zero copy too
    assert address(a) == address(b)
    a[0] = 42.0
    assert t.tolist() == [42.0, 2.0, 3.0] and b[0] == 42.0


def test_torch_shares_memory_both_ways(tb: None) -> None:
    t = stf.tensor([[1.0, 2.0], [3.0, 4.0]])
    x = torch.from_dlpack(t)
    assert x.data_ptr() == address(t.numpy()) and x.dtype == torch.float32
    x[0, 1] = -5.0
    assert t.tolist() == [[1.0, -5.0], [3.0, 4.0]]
    y = torch.arange(6, dtype=torch.int64).reshape(2, 3)
    u = stf.from_dlpack(y)
    assert u.dtype == "int64" and u.shape == (2, 3) and address(u.numpy()) == y.data_ptr()
    y[1, 2] = 100
    assert u.tolist() == [[0, 1, 2], [3, 4, 100]]


def test_from_numpy_and_from_dlpack_are_zero_copy(tb: None) -> None:
    src = np.arange(12, dtype=np.float64).reshape(3, 4)
    for t in (stf.from_numpy(src), stf.from_dlpack(src)):
        assert t.dtype == "float64" and address(t.numpy()) == address(src)
    t = stf.from_numpy(src)
    src[0, 0] = 7.0
    assert t.tolist()[0][0] == 7.0
    strided = src[:, ::2]  # a strided view stays a view
    s = stf.from_dlpack(strided)
    assert s.shape == (3, 2) and s.tolist() == strided.tolist()
    src[2, 2] = -1.0
    assert s.tolist()[2][1] == -1.0


def test_zero_size_0d_and_read_only(tb: None) -> None:
    for a in (np.zeros((0, 3), np.float32), np.array(2.5, np.float32), np.ones(4, np.int8)):
        t = stf.from_dlpack(a)
        assert t.shape == a.shape and t.dtype == stf.dtypes.name_of(a.dtype)
        np.testing.assert_array_equal(np.from_dlpack(t), a)
    ro = np.arange(3, dtype=np.float32)
    ro.flags.writeable = False
    assert stf.from_dlpack(ro).tolist() == [0.0, 1.0, 2.0]


def test_a_view_outlives_the_handle(tb: None) -> None:
    t = stf.tensor(np.arange(1000, dtype=np.float32))
    view = np.from_dlpack(t)
    cap = t.__dlpack__(max_version=(1, 0))
    t.close()
    gc.collect()
    assert view[999] == 999.0 and view.sum() == sum(range(1000))
    later = stf.from_dlpack(_Capsule(cap))  # the export is still valid after the free
    assert later.numpy()[10] == 10.0


class _Capsule:
    """A producer handing out one capsule (what an exporter's __dlpack__ returns)."""

    def __init__(self, cap: Any) -> None:
        self.cap = cap

    def __dlpack__(self, **kwargs: Any) -> Any:
        return self.cap

    def __dlpack_device__(self) -> tuple[int, int]:
        return (1, 0)


def test_a_capsule_is_imported_once(tb: None) -> None:
    t = stf.tensor([1.0, 2.0])
    producer = _Capsule(t.__dlpack__(max_version=(1, 0)))
    stf.from_dlpack(producer)
    with pytest.raises(ValueError, match="not an unconsumed DLPack capsule"):
        stf.from_dlpack(producer)
    with pytest.raises(TypeError, match="does not speak DLPack"):
        stf.from_dlpack([1.0, 2.0])


def test_pure_backend_exchanges_too() -> None:
    t = stf.tensor([1.0, 2.0], backend="pure")
    assert np.from_dlpack(t).tolist() == [1.0, 2.0]
    u = stf.from_dlpack(np.arange(3, dtype=np.int16), backend="pure")
    assert u.backend == "pure" and u.dtype == "int16" and u.tolist() == [0, 1, 2]


# ---- through the C ABI: ownership, the deleter, hostile structures ---------------------------

_COUNT: list[int] = []


@dlpack._Deleter
def _counting_deleter(address: int) -> None:
    _COUNT.append(address)


class _Managed:
    """A DLManagedTensorVersioned over a numpy buffer, with a counting deleter."""

    def __init__(self, data: np.ndarray[Any, Any], *, ndim: int | None = None,
                 shape: list[int] | None = None, strides: list[int] | None = None,
                 code: int = 2, bits: int = 32, device: int = 1, major: int = 1,
                 null_data: bool = False) -> None:
        self.data = data
        self.shape = (ctypes.c_int64 * 8)(*(shape if shape is not None else data.shape))
        self.strides = (ctypes.c_int64 * 8)(*strides) if strides is not None else None
        m = self.m = dlpack._Versioned()
        m.version.major, m.version.minor = major, 0
        m.deleter = _counting_deleter
        t = m.dl_tensor
        t.data = None if null_data else data.ctypes.data
        t.device_type, t.device_id = device, 0
        t.ndim = data.ndim if ndim is None else ndim
        t.dtype_code, t.dtype_bits, t.dtype_lanes = code, bits, 1
        t.shape = ctypes.addressof(self.shape)
        t.strides = ctypes.addressof(self.strides) if self.strides is not None else None
        t.byte_offset = 0

    @property
    def address(self) -> int:
        return ctypes.addressof(self.m)


def test_ownership_moves_on_success_and_the_deleter_runs_once(torch_variant: Variant) -> None:
    v = torch_variant
    _COUNT.clear()
    data = np.arange(6, dtype=np.float32)
    m = _Managed(data)
    h = v.func("tensor_from_dlpack")(m.address, True)
    assert h > 0 and v.last_error()[0] == 0
    assert v.func("tensor_numel")(h) == 6 and _COUNT == []
    v.func("tensor_free")(h)
    assert _COUNT == [m.address]  # exactly once, when the last tensor went


HOSTILE = [
    ({"ndim": 100}, "ndim 100 is outside [0, 64]"),
    ({"shape": [-3]}, "dimension 0 is negative (-3)"),
    ({"strides": [-1]}, "stride 0 is negative (-1)"),
    ({"null_data": True}, "null data with elements"),
    ({"code": 5, "bits": 64}, "unsupported dtype (code 5, bits 64"),
    ({"device": 4}, "unsupported device type 4"),
    ({"major": 2}, "DLPack major version 2 is not 1"),
    ({"shape": [1 << 40], "strides": [1 << 40]}, "strides reach past int64"),
]


@pytest.mark.parametrize(("fields", "message"), HOSTILE, ids=[m for _, m in HOSTILE])
def test_hostile_managed_tensors_are_refused_and_stay_the_callers(
        torch_variant: Variant, fields: dict[str, Any], message: str) -> None:
    v = torch_variant
    _COUNT.clear()
    m = _Managed(np.arange(4, dtype=np.float32), **fields)
    assert v.func("tensor_from_dlpack")(m.address, True) == 0
    kind, text = v.last_error()
    assert kind == _abi.ERROR_KINDS["invalid_argument"]
    assert text.startswith("simple_torch_tensor_from_dlpack: argument 'managed': ") and \
        message in text, text
    assert _COUNT == []  # refused: not taken, not deleted
