"""The default device of new tensors: dl.config.sdn (shared with Simple), resolved once.

Lookup as in config.load_device_config: ./dl.config.sdn, ~/.simple/dl.config.sdn,
SIMPLE_DL_DEVICE, else cpu. A CUDA device this machine lacks raises
config.DeviceUnavailableError, unless the config says `fallback: cpu` (then a RuntimeWarning).
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

import numpy as np

from .config import ConfigError, load_device_config, parse_device, resolve_device
from .errors import InvalidArgumentError

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


def parse_device_code(device: Any) -> int:
    """A device as the C ABI's code: "cpu" -> -1, "cuda" -> 0, "cuda:N" -> N (names parsed
    as dl.config.sdn parses them, case-insensitive), an int is a code (negative = CPU)."""
    if isinstance(device, bool) or not isinstance(device, (str, int, np.integer)):
        raise TypeError(f"device must be a str or an int, not {type(device).__name__}")
    if not isinstance(device, str):
        code = int(device)
        if not -(2**31) <= code < 2**31:
            raise InvalidArgumentError(f"device code {code} does not fit in int32")
        return code
    try:
        spec = parse_device(device, "device")
    except ConfigError:
        raise InvalidArgumentError(
            f"invalid device {device!r}: expected 'cpu', 'cuda', 'cuda:N' or an int device "
            "code") from None
    code = spec.code
    if code >= 2**31:
        raise InvalidArgumentError(f"invalid device {device!r}: index does not fit in int32")
    return code


def device_name(code: int) -> str:
    """The name of a device code: "cpu" or "cuda:N"."""
    return "cpu" if code < 0 else f"cuda:{code}"
