"""Device configuration for simple-torch-ffi: ``dl.config.sdn`` and ``SIMPLE_DL_DEVICE``.

This module has no dependency on torch; the caller supplies the CUDA device count.

The SDN parser is simple_torch_ffi.sdn (re-exported here).

Device configuration
====================

:func:`load_device_config` picks the configuration from the first source that exists:

1. ``./dl.config.sdn`` (in the working directory),
2. ``~/.simple/dl.config.sdn``,
3. the environment variable ``SIMPLE_DL_DEVICE`` (ignored when empty or blank),
4. otherwise the default, CPU.

In a file the device is read from the top-level ``device`` key or from ``device`` inside the
``dl:`` block, and the optional ``fallback`` likewise; setting either in both places is an
error.  The first file found wins even if it has no ``device`` key: such a file means the
default device (CPU), with the file as the source.  Later locations are not consulted.
Other keys (e.g. ``dtype``) are accepted and ignored here.

Device names are ``cpu``, ``cuda`` and ``cuda:N`` (N >= 0), case-insensitive.  On the C ABI a
device is an integer code: ``-1`` for the CPU and ``N`` for CUDA device N (``cuda`` is 0).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .sdn import LineTable, SdnError, parse_sdn, parse_sdn_with_lines

__all__ = [
    "CONFIG_FILENAME",
    "CPU",
    "ENV_VAR",
    "ConfigError",
    "DeviceConfig",
    "DeviceSpec",
    "DeviceUnavailableError",
    "find_config_file",
    "load_device_config",
    "parse_device",
    "parse_sdn",
    "parse_sdn_with_lines",
    "resolve_device",
]

CONFIG_FILENAME = "dl.config.sdn"
ENV_VAR = "SIMPLE_DL_DEVICE"

# Every configuration error, malformed SDN included, is a ConfigError.
ConfigError = SdnError


class DeviceUnavailableError(ConfigError):
    """The configured device does not exist on this machine and there is no usable fallback."""


# --------------------------------------------------------------------------------------------
# Devices
# --------------------------------------------------------------------------------------------

_DEVICE_RE = re.compile(r"(cpu)|cuda(?::([0-9]+))?", re.IGNORECASE)


@dataclass(frozen=True)
class DeviceSpec:
    """A device: the CPU, or a CUDA device (``index`` None means plain ``cuda``, i.e. 0)."""

    kind: Literal["cpu", "cuda"]
    index: int | None = None

    def __post_init__(self) -> None:
        if self.kind == "cpu":
            if self.index is not None:
                raise ValueError("a cpu device has no index")
        elif self.kind == "cuda":
            if self.index is not None and self.index < 0:
                raise ValueError(f"cuda device index must be >= 0, got {self.index}")
        else:
            raise ValueError(f"unknown device kind {self.kind!r}")

    @property
    def code(self) -> int:
        """Device code on the C ABI: -1 for the CPU, N for CUDA device N."""
        if self.kind == "cpu":
            return -1
        return 0 if self.index is None else self.index

    def __str__(self) -> str:
        if self.kind == "cpu":
            return "cpu"
        return "cuda" if self.index is None else f"cuda:{self.index}"


CPU = DeviceSpec("cpu")


def parse_device(value: str, where: str) -> DeviceSpec:
    """Parse ``cpu``, ``cuda`` or ``cuda:N`` (case-insensitive, surrounding spaces trimmed).

    ``where`` prefixes error messages: ``"path:line"`` for files, ``"SIMPLE_DL_DEVICE"`` for the
    environment variable.
    """
    text = value.strip()
    match = _DEVICE_RE.fullmatch(text)
    if match is None:
        raise ConfigError(f"{where}: unknown device {text!r} (expected cpu, cuda or cuda:N)")
    if match.group(1) is not None:
        return CPU
    index = match.group(2)
    return DeviceSpec("cuda", None if index is None else int(index))


@dataclass(frozen=True)
class DeviceConfig:
    """The configured default device, its optional fallback and where they came from.

    ``source`` is the config file path, ``"SIMPLE_DL_DEVICE"`` or ``"default"``.
    """

    device: DeviceSpec
    fallback: DeviceSpec | None
    source: str


def find_config_file(cwd: Path | None = None, home: Path | None = None) -> Path | None:
    """Return ``cwd/dl.config.sdn`` or else ``home/.simple/dl.config.sdn``, if either exists."""
    cwd = Path.cwd() if cwd is None else cwd
    home = Path.home() if home is None else home
    for candidate in (cwd / CONFIG_FILENAME, home / ".simple" / CONFIG_FILENAME):
        if candidate.is_file():
            return candidate
    return None


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a block"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _device_setting(
    data: dict[str, object], table: LineTable, key: str, path: str
) -> DeviceSpec | None:
    """Read ``key`` from the top level or the ``dl:`` block of a parsed config file."""
    found: list[tuple[int, object]] = []
    if key in data:
        found.append((table[(key,)], data[key]))
    if "dl" in data:
        block = data["dl"]
        if not isinstance(block, dict):
            line = table[("dl",)]
            raise ConfigError(
                f"{path}:{line}: 'dl' must be a block of settings, got {_describe(block)}"
            )
        if key in block:
            found.append((table[("dl", key)], block[key]))
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    if len(found) > 1:
        raise ConfigError(
            f"{path}:{found[1][0]}: {key!r} is set both at top level and in the 'dl:' block "
            f"(first set on line {found[0][0]})"
        )
    line, value = found[0]
    where = f"{path}:{line}"
    if not isinstance(value, str):
        raise ConfigError(
            f"{where}: {key!r} must be a device name (cpu, cuda or cuda:N), got {_describe(value)}"
        )
    return parse_device(value, where)


def _load_file(path: Path) -> DeviceConfig:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read config file: {exc}") from exc
    data, table = parse_sdn_with_lines(text, source)
    device = _device_setting(data, table, "device", source)
    fallback = _device_setting(data, table, "fallback", source)
    return DeviceConfig(CPU if device is None else device, fallback, source)


def load_device_config(
    cwd: Path | None = None,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> DeviceConfig:
    """Load the device configuration (see the module docstring for the lookup order)."""
    path = find_config_file(cwd, home)
    if path is not None:
        return _load_file(path)
    env = os.environ if environ is None else environ
    value = env.get(ENV_VAR, "")
    if value.strip():
        return DeviceConfig(parse_device(value, ENV_VAR), None, ENV_VAR)
    return DeviceConfig(CPU, None, "default")


def _is_available(device: DeviceSpec, cuda_device_count: int) -> bool:
    return device.kind == "cpu" or device.code < cuda_device_count


def _count_devices(count: int) -> str:
    return f"{count} CUDA device" if count == 1 else f"{count} CUDA devices"


def resolve_device(config: DeviceConfig, cuda_device_count: int) -> tuple[DeviceSpec, str | None]:
    """Pick the device to use given how many CUDA devices this machine has.

    Returns ``(device, warning)``; ``warning`` is None unless the fallback was used.  If the
    configured device is missing and there is no usable fallback, raises
    :class:`DeviceUnavailableError`.
    """
    if cuda_device_count < 0:
        raise ValueError(f"cuda_device_count must be >= 0, got {cuda_device_count}")
    device = config.device
    if _is_available(device, cuda_device_count):
        return device, None
    fallback = config.fallback
    if fallback is not None and _is_available(fallback, cuda_device_count):
        warning = (
            f"{config.source} asks for {device} but this machine has "
            f"{_count_devices(cuda_device_count)}; using {fallback} (fallback: {fallback})"
        )
        return fallback, warning
    if cuda_device_count == 0:
        reason = "CUDA is not available (0 devices)"
    else:
        reason = f"this machine has only {_count_devices(cuda_device_count)}"
    if config.source == ENV_VAR:
        advice = f"set {ENV_VAR}=cpu to use the CPU instead"
    else:
        advice = "set `fallback: cpu` to use the CPU instead"
    raise DeviceUnavailableError(
        f"{config.source}: device {device} requested but {reason}; {advice}"
    )
