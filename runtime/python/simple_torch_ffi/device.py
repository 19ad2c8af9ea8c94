"""The default device of new tensors: dl.config.sdn (shared with Simple), resolved once.

Lookup as in config.load_device_config: ./dl.config.sdn, ~/.simple/dl.config.sdn,
SIMPLE_DL_DEVICE, else cpu. A CUDA device this machine lacks raises
config.DeviceUnavailableError, unless the config says `fallback: cpu` (then a RuntimeWarning).
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

from .config import load_device_config, resolve_device

_lock = threading.Lock()
_cache: dict[str, str] = {}


def _cuda_device_count(backend: Any) -> int:
    count = getattr(backend, "cuda_device_count", None)
    if count is not None:
        return int(count())
    return 1 if backend.cuda_available() else 0


def default_device(backend: Any) -> str:
    """"cpu" or "cuda:N" for new tensors of this backend (read once per backend)."""
    name = str(getattr(backend, "name", backend))
    with _lock:
        if name in _cache:
            return _cache[name]
        config = load_device_config()
        if config.device.kind == "cpu":
            device = "cpu"
        else:
            spec, warning = resolve_device(config, _cuda_device_count(backend))
            if warning:
                warnings.warn(warning, RuntimeWarning, stacklevel=3)
            device = "cpu" if spec.kind == "cpu" else f"cuda:{spec.index or 0}"
        _cache[name] = device
        return device


def reset_default_device() -> None:
    """Forget the resolved device (read dl.config.sdn again on the next new tensor)."""
    with _lock:
        _cache.clear()
