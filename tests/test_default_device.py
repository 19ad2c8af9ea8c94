"""New tensors go to the device dl.config.sdn names; a missing CUDA device is an error unless the
config says `fallback: cpu`. This machine may or may not have CUDA: the tests ask the backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from simple_torch_ffi import Tensor, device, ones, tensor, zeros
from simple_torch_ffi.backends import get_backend
from simple_torch_ffi.config import DeviceUnavailableError


@pytest.fixture(params=["torch", "pure"])
def backend_name(request: pytest.FixtureRequest) -> str:
    if request.param == "torch":
        try:
            get_backend("torch")
        except Exception as e:  # noqa: BLE001 - the reason is shown in the skip
            pytest.skip(f"torch backend unavailable: {e}")
    return str(request.param)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SIMPLE_DL_DEVICE", raising=False)
    device.reset_default_device()
    yield tmp_path
    device.reset_default_device()


def _cuda_count(name: str) -> int:
    b = get_backend(name)
    return device._cuda_device_count(b)


def test_cpu_config_keeps_tensors_on_cpu(config_dir: Path, backend_name: str) -> None:
    (config_dir / "dl.config.sdn").write_text("device: cpu\n")
    t = zeros(2, 3, backend=backend_name)
    assert t.device == "cpu"


def test_missing_cuda_device_is_an_error(config_dir: Path, backend_name: str) -> None:
    count = _cuda_count(backend_name)
    (config_dir / "dl.config.sdn").write_text(f"dl:\n    device: cuda:{count}\n")
    with pytest.raises(DeviceUnavailableError) as info:
        ones(2, backend=backend_name)
    assert str(info.value).startswith(f"{config_dir / 'dl.config.sdn'}: device cuda:{count} "
                                      "requested but")
    assert "fallback: cpu" in str(info.value)


def test_fallback_cpu_warns_and_uses_cpu(config_dir: Path, backend_name: str) -> None:
    count = _cuda_count(backend_name)
    (config_dir / "dl.config.sdn").write_text(f"device: cuda:{count}\nfallback: cpu\n")
    with pytest.warns(RuntimeWarning, match=f"asks for cuda:{count}"):
        t = tensor([[1.0, 2.0]], backend=backend_name)
    assert t.device == "cpu"
    assert t.tolist() == [[1.0, 2.0]]
    # Resolved once: no second warning, same answer.
    assert Tensor([1.0], backend=backend_name).device == "cpu"


def test_env_var_is_used_without_a_file(config_dir: Path, backend_name: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMPLE_DL_DEVICE", "cpu")
    assert zeros(1, backend=backend_name).device == "cpu"
    device.reset_default_device()
    monkeypatch.setenv("SIMPLE_DL_DEVICE", "tpu")
    with pytest.raises(ValueError, match="SIMPLE_DL_DEVICE: unknown device 'tpu'"):
        zeros(1, backend=backend_name)
