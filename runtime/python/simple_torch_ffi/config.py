"""Device configuration for simple-torch-ffi: ``dl.config.sdn`` and ``SIMPLE_DL_DEVICE``.

This module has no dependency on torch; the caller supplies the CUDA device count.

SDN subset
==========

SDN (Simple Data Notation) is an indentation-based format, similar to YAML.  The subset
understood by :func:`parse_sdn` is:

* One entry per line: ``key: value``.  The key ends at the FIRST ``:`` that is followed by a
  space, a tab or the end of the line, so ``device: cuda:1`` has key ``device`` and value
  ``cuda:1``.  Keys match ``[A-Za-z_][A-Za-z0-9_.-]*``.
* ``key:`` with nothing after it opens a nested block: the following lines indented deeper
  than the key form a mapping.  A ``key:`` with no deeper lines after it is an empty mapping.
  A block's indentation is set by its first line; later lines must use the same column.
  Indentation is spaces only; a tab in the indentation is an error.
* Comments: a line whose first non-blank character is ``#`` is ignored, and so is text from a
  ``#`` that starts the value or follows whitespace (``key: v  # note``).  A ``#`` inside a
  quoted string, or glued to a bare word (``a#b``), is part of the value.  Blank lines are
  ignored.
* Scalar values:

  - ``"double quoted"`` strings with the escapes ``\\\\ \\" \\' \\n \\t \\r``;
  - ``'single quoted'`` strings, taken literally (no escapes);
  - integers ``42``, ``-7``, ``1_000_000`` (underscores only between digits);
  - floats ``3.14``, ``-0.5``, ``1e-3``, ``2.5E+10``, ``1_000.5``;
  - ``true`` / ``false`` (booleans) and ``null`` (``None``), lower case only;
  - anything else is a bare string, trimmed of surrounding whitespace (``cuda:1``, ``cpu``).

* Inline containers, written on one line: ``key = [a, b, 3]`` and ``key = {a: 1, b: x}``.
  The ``key: [a, b]`` spelling is accepted as well.  Items are scalars or nested inline
  containers; a trailing comma is allowed; in inline mappings the key is a bare key or a
  quoted string and bare values end at ``,`` or ``}`` (so ``{device: cuda:1}`` works).

Anything else is an error.  Errors raise :class:`ConfigError` with the message
``"{path}:{line}: {what}"`` (line numbers are 1-based).  Duplicate keys in the same mapping
are errors.

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

#: Key path (tuple of keys from the top level) -> 1-based line number of that key.
LineTable = dict[tuple[str, ...], int]


class ConfigError(ValueError):
    """A configuration file, value or environment variable is invalid."""


class DeviceUnavailableError(ConfigError):
    """The configured device does not exist on this machine and there is no usable fallback."""


# --------------------------------------------------------------------------------------------
# SDN parser
# --------------------------------------------------------------------------------------------

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_SEPARATOR_RE = re.compile(r":(?=[ \t]|$)")
_ASSIGN_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*")
_COMMENT_RE = re.compile(r"[ \t]#")
_INT_RE = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*")
_DIGITS = r"[0-9]+(?:_[0-9]+)*"
_FLOAT_RE = re.compile(rf"[+-]?{_DIGITS}(?:\.{_DIGITS}(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)")
_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r"}


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    content: str


def _convert_scalar(token: str) -> object:
    """Turn an unquoted token into bool / None / int / float, or keep it as a string."""
    if token == "true":
        return True
    if token == "false":
        return False
    if token == "null":
        return None
    if _INT_RE.fullmatch(token):
        return int(token.replace("_", ""))
    if _FLOAT_RE.fullmatch(token):
        return float(token.replace("_", ""))
    return token


class _ValueScanner:
    """Parses the value part of one line (scalars and inline containers)."""

    def __init__(self, text: str, path: str, line: int) -> None:
        self.text = text
        self.pos = 0
        self.path = path
        self.line = line

    def error(self, what: str) -> ConfigError:
        return ConfigError(f"{self.path}:{self.line}: {what}")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def at_end_or_comment(self) -> bool:
        """True at end of line or at a comment (call after :meth:`skip_ws`)."""
        return self.pos >= len(self.text) or self.text[self.pos] == "#"

    def expect_end(self) -> None:
        self.skip_ws()
        if not self.at_end_or_comment():
            raise self.error(f"unexpected text after value: {self.text[self.pos :]!r}")

    def quoted(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if ch == "\\" and quote == '"':
                nxt = self.text[self.pos + 1 : self.pos + 2]
                if nxt not in _ESCAPES:
                    raise self.error(f"unknown escape sequence '\\{nxt}' in string")
                out.append(_ESCAPES[nxt])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1
        raise self.error(f"unterminated string (missing closing {quote})")

    def block_value(self) -> object:
        """A value after ``key:`` (the rest of the line); the caller handles an empty value."""
        ch = self.peek()
        if ch in ("'", '"'):
            value: object = self.quoted()
        elif ch in ("[", "{"):
            value = self.container()
        else:
            rest = self.text[self.pos :]
            match = _COMMENT_RE.search(rest)
            token = (rest[: match.start()] if match else rest).strip()
            self.pos = len(self.text)
            return _convert_scalar(token)
        self.expect_end()
        return value

    def container(self) -> object:
        if self.peek() == "[":
            return self.inline_list()
        return self.inline_dict()

    def inline_item(self, stops: str, what: str) -> object:
        self.skip_ws()
        ch = self.peek()
        if ch in ("'", '"'):
            return self.quoted()
        if ch in ("[", "{"):
            return self.container()
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stops:
            if self.text[self.pos] == "#" and self.text[self.pos - 1] in " \t":
                break
            self.pos += 1
        token = self.text[start : self.pos].strip()
        if not token:
            raise self.error(f"missing {what}")
        return _convert_scalar(token)

    def inline_list(self) -> list[object]:
        self.pos += 1  # '['
        items: list[object] = []
        while True:
            self.skip_ws()
            if self.peek() == "]":
                self.pos += 1
                return items
            if self.at_end_or_comment():
                raise self.error("unterminated list (missing ']')")
            items.append(self.inline_item(",]", "list item"))
            self.skip_ws()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
            elif ch != "]":
                if self.at_end_or_comment():
                    raise self.error("unterminated list (missing ']')")
                raise self.error(f"expected ',' or ']' in list, found {ch!r}")

    def inline_key(self) -> str:
        ch = self.peek()
        if ch in ("'", '"'):
            key = self.quoted()
        else:
            match = _KEY_RE.match(self.text, self.pos)
            if match is None:
                raise self.error(f"expected a key in inline mapping, found {ch!r}")
            key = match.group()
            self.pos = match.end()
        self.skip_ws()
        if self.peek() != ":":
            raise self.error(f"expected ':' after key {key!r} in inline mapping")
        self.pos += 1
        return key

    def inline_dict(self) -> dict[str, object]:
        self.pos += 1  # '{'
        items: dict[str, object] = {}
        while True:
            self.skip_ws()
            if self.peek() == "}":
                self.pos += 1
                return items
            if self.at_end_or_comment():
                raise self.error("unterminated mapping (missing '}')")
            key = self.inline_key()
            if key in items:
                raise self.error(f"duplicate key {key!r}")
            items[key] = self.inline_item(",}", f"value for key {key!r}")
            self.skip_ws()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
            elif ch != "}":
                if self.at_end_or_comment():
                    raise self.error("unterminated mapping (missing '}')")
                raise self.error(f"expected ',' or '}}' in mapping, found {ch!r}")


def _split_lines(text: str, path: str) -> list[_Line]:
    lines: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        stripped = raw.lstrip(" \t")
        if not stripped.strip() or stripped.startswith("#"):
            continue
        indentation = raw[: len(raw) - len(stripped)]
        if "\t" in indentation:
            raise ConfigError(f"{path}:{number}: tab in indentation (indent with spaces only)")
        lines.append(_Line(number, len(indentation), stripped.rstrip()))
    return lines


def _record_inline_lines(
    value: object, key_path: tuple[str, ...], line: int, table: LineTable
) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            table[(*key_path, key)] = line
            _record_inline_lines(item, (*key_path, key), line, table)


def _parse_block(
    lines: list[_Line],
    start: int,
    indent: int,
    key_path: tuple[str, ...],
    path: str,
    table: LineTable,
) -> tuple[dict[str, object], int]:
    """Parse the mapping whose lines sit at column ``indent``; return it and the next index."""
    result: dict[str, object] = {}
    index = start
    after_child = False
    while index < len(lines):
        line = lines[index]
        where = f"{path}:{line.number}"
        if line.indent < indent:
            break
        if line.indent > indent:
            if after_child:
                raise ConfigError(f"{where}: indentation does not match any enclosing block")
            raise ConfigError(f"{where}: unexpected indentation")
        after_child = False

        # ``key = [...]``: the key has no ':' so this can't swallow a ``key: value`` line.
        assign = _ASSIGN_RE.match(line.content)
        separator = _SEPARATOR_RE.search(line.content)
        if assign is not None:
            key, rest, is_assign = assign.group(1), line.content[assign.end() :], True
        elif separator is not None:
            key = line.content[: separator.start()].strip()
            rest, is_assign = line.content[separator.end() :], False
            if not key:
                raise ConfigError(f"{where}: missing key before ':'")
            if not _KEY_RE.fullmatch(key):
                raise ConfigError(f"{where}: invalid key {key!r}")
        else:
            raise ConfigError(f"{where}: expected 'key: value', found {line.content!r}")

        if key in result:
            first = table[(*key_path, key)]
            raise ConfigError(f"{where}: duplicate key {key!r} (first defined on line {first})")
        table[(*key_path, key)] = line.number

        scanner = _ValueScanner(rest, path, line.number)
        scanner.skip_ws()
        if is_assign:
            if scanner.peek() not in ("[", "{"):
                raise ConfigError(f"{where}: expected '[' or '{{' after '='")
            value = scanner.container()
            scanner.expect_end()
            _record_inline_lines(value, (*key_path, key), line.number, table)
            index += 1
        elif scanner.at_end_or_comment():
            index += 1
            if index < len(lines) and lines[index].indent > indent:
                value, index = _parse_block(
                    lines, index, lines[index].indent, (*key_path, key), path, table
                )
                after_child = True
            else:
                value = {}
        else:
            value = scanner.block_value()
            _record_inline_lines(value, (*key_path, key), line.number, table)
            index += 1
        result[key] = value
    return result, index


def parse_sdn_with_lines(text: str, path: str = "<string>") -> tuple[dict[str, object], LineTable]:
    """Parse SDN text; also return the line number of every key, keyed by its key path.

    ``("dl", "device")`` maps to the line of ``device`` inside the ``dl:`` block.  Keys of
    inline mappings get the line of the inline value.
    """
    lines = _split_lines(text, path)
    table: LineTable = {}
    result, _ = _parse_block(lines, 0, 0, (), path, table)
    return result, table


def parse_sdn(text: str, path: str = "<string>") -> dict[str, object]:
    """Parse SDN text (see the module docstring for the subset) into plain Python values.

    Raises :class:`ConfigError` with a ``"{path}:{line}: {what}"`` message on invalid input.
    """
    return parse_sdn_with_lines(text, path)[0]


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
