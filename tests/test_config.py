"""Tests for simple_torch_ffi.config: the SDN parser and the device configuration."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from simple_torch_ffi import config
from simple_torch_ffi.config import (
    CPU,
    ConfigError,
    DeviceConfig,
    DeviceSpec,
    DeviceUnavailableError,
    find_config_file,
    load_device_config,
    parse_device,
    parse_sdn,
    parse_sdn_with_lines,
    resolve_device,
)

CUDA1 = DeviceSpec("cuda", 1)


def raises_exactly(message: str) -> AbstractContextManager[pytest.ExceptionInfo[ConfigError]]:
    return pytest.raises(ConfigError, match=f"^{re.escape(message)}$")


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    """An empty working directory and an empty home directory."""
    cwd = tmp_path / "project"
    home = tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    return cwd, home


def write_cwd_config(cwd: Path, text: str) -> Path:
    path = cwd / "dl.config.sdn"
    path.write_text(text, encoding="utf-8")
    return path


def write_home_config(home: Path, text: str) -> Path:
    (home / ".simple").mkdir(exist_ok=True)
    path = home / ".simple" / "dl.config.sdn"
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------
# parse_sdn: accepted shapes
# ------------------------------------------------------------------------------------------


def test_flat_bare_string_keeps_colons_after_the_first() -> None:
    assert parse_sdn("device: cuda:1\n") == {"device": "cuda:1"}


def test_nested_block() -> None:
    text = 'dl:\n    device: "cuda:1"\n    dtype: "f32"\n    fallback: cpu\n'
    assert parse_sdn(text) == {"dl": {"device": "cuda:1", "dtype": "f32", "fallback": "cpu"}}


def test_deeper_nesting_and_dedent() -> None:
    text = "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n"
    assert parse_sdn(text) == {"a": {"b": {"c": 1}, "d": 2}, "e": 3}


def test_empty_block_is_empty_mapping() -> None:
    assert parse_sdn("dl:\nother: x\n") == {"dl": {}, "other": "x"}


def test_double_quoted_with_escapes_and_hash() -> None:
    text = r'a: "x \"y\" # not a comment\n\tz\\"' + "\n"
    assert parse_sdn(text) == {"a": 'x "y" # not a comment\n\tz\\'}


def test_single_quoted_is_literal() -> None:
    assert parse_sdn(r"a: 'cuda:1 \n # x'") == {"a": r"cuda:1 \n # x"}


def test_comments_and_blank_lines() -> None:
    text = "# header\n\n   # indented comment\ndevice: cpu\n\n\n# end\n"
    assert parse_sdn(text) == {"device": "cpu"}


def test_trailing_comments() -> None:
    text = 'a: cuda:1  # the 2nd gpu\nb: "q" # c\nc: 3 #n\nd: # block\n  e: x#y\n'
    assert parse_sdn(text) == {"a": "cuda:1", "b": "q", "c": 3, "d": {"e": "x#y"}}


def test_inline_list() -> None:
    text = "shape = [2, 3.5, 'a b', \"c\", true, null, x]\n"
    assert parse_sdn(text) == {"shape": [2, 3.5, "a b", "c", True, None, "x"]}


def test_inline_dict_nested_and_trailing_comma() -> None:
    text = "opts = {a: 1, 'b c': cuda:1, d: [x, [y]], e: {f: null},}  # note\n"
    assert parse_sdn(text) == {
        "opts": {"a": 1, "b c": "cuda:1", "d": ["x", ["y"]], "e": {"f": None}}
    }


def test_inline_forms_empty_and_colon_spelling() -> None:
    assert parse_sdn("a = []\nb = {}\nc: [1, 2]\n") == {"a": [], "b": {}, "c": [1, 2]}


def test_integers_with_underscores_and_signs() -> None:
    text = "a: 1_000_000\nb: -7\nc: +3\nd: 0\n"
    assert parse_sdn(text) == {"a": 1_000_000, "b": -7, "c": 3, "d": 0}


def test_floats() -> None:
    values = parse_sdn("a: 3.14\nb: -0.5\nc: 1e-3\nd: 2.5E+10\ne: 1_000.5\n")
    assert values == {"a": 3.14, "b": -0.5, "c": 1e-3, "d": 2.5e10, "e": 1000.5}
    assert all(isinstance(v, float) for v in values.values())


def test_booleans_null_and_lookalikes() -> None:
    text = "a: true\nb: false\nc: null\nd: True\ne: 1_\nf: '1'\n"
    assert parse_sdn(text) == {"a": True, "b": False, "c": None, "d": "True", "e": "1_", "f": "1"}


def test_crlf_and_bom_free_text() -> None:
    assert parse_sdn("dl:\r\n  device: cpu\r\n") == {"dl": {"device": "cpu"}}


def test_line_table() -> None:
    text = "# c\ndevice: cpu\ndl:\n\n    device: cuda\nx = {y: 1}\n"
    _, lines = parse_sdn_with_lines(text)
    assert lines == {("device",): 2, ("dl",): 3, ("dl", "device"): 5, ("x",): 6, ("x", "y"): 6}


# ------------------------------------------------------------------------------------------
# parse_sdn: errors
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\n  b: 2\n", "cfg:2: unexpected indentation"),
        ("  a: 1\n", "cfg:1: unexpected indentation"),
        ("a:\n    b: 1\n  c: 2\n", "cfg:3: indentation does not match any enclosing block"),
        ("a:\n\tb: 1\n", "cfg:2: tab in indentation (indent with spaces only)"),
        ("a:\n  \tb: 1\n", "cfg:2: tab in indentation (indent with spaces only)"),
        ("a: 1\njust text\n", "cfg:2: expected 'key: value', found 'just text'"),
        ("a:b\n", "cfg:1: expected 'key: value', found 'a:b'"),
        (": x\n", "cfg:1: missing key before ':'"),
        ("a b: x\n", "cfg:1: invalid key 'a b'"),
        ("a: 1\n\nb: 2\na: 3\n", "cfg:4: duplicate key 'a' (first defined on line 1)"),
        ("dl:\n  x: 1\n  x: 2\n", "cfg:3: duplicate key 'x' (first defined on line 2)"),
        ("a = {x: 1, x: 2}\n", "cfg:1: duplicate key 'x'"),
        ('\na: "cuda:1\n', 'cfg:2: unterminated string (missing closing ")'),
        ("a: 'cuda:1\n", "cfg:1: unterminated string (missing closing ')"),
        ('a: "x" y\n', "cfg:1: unexpected text after value: 'y'"),
        ('a: "\\q"\n', "cfg:1: unknown escape sequence '\\q' in string"),
        ("a = [1, 2\n", "cfg:1: unterminated list (missing ']')"),
        ("a = [1, 2 # c]\n", "cfg:1: unterminated list (missing ']')"),
        ("a = [1,, 2]\n", "cfg:1: missing list item"),
        ("a = {b: 1\n", "cfg:1: unterminated mapping (missing '}')"),
        ("a = {b}\n", "cfg:1: expected ':' after key 'b' in inline mapping"),
        ("a = {b: }\n", "cfg:1: missing value for key 'b'"),
        ("a = 5\n", "cfg:1: expected '[' or '{' after '='"),
        ("a = [1] x\n", "cfg:1: unexpected text after value: 'x'"),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with raises_exactly(message):
        parse_sdn(text, "cfg")


def test_config_error_is_value_error_and_default_path() -> None:
    with pytest.raises(ValueError, match=r"^<string>:1: unexpected indentation$"):
        parse_sdn(" a: 1")
    assert issubclass(DeviceUnavailableError, ConfigError)


# ------------------------------------------------------------------------------------------
# Devices
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "code", "shown"),
    [
        ("cpu", CPU, -1, "cpu"),
        ("  CPU ", CPU, -1, "cpu"),
        ("cuda", DeviceSpec("cuda", None), 0, "cuda"),
        ("cuda:0", DeviceSpec("cuda", 0), 0, "cuda:0"),
        ("CUDA:1", CUDA1, 1, "cuda:1"),
        (" Cuda:12\t", DeviceSpec("cuda", 12), 12, "cuda:12"),
    ],
)
def test_parse_device(text: str, expected: DeviceSpec, code: int, shown: str) -> None:
    device = parse_device(text, "here")
    assert device == expected
    assert device.code == code
    assert str(device) == shown


@pytest.mark.parametrize("text", ["tpu:0", "cuda:-1", "cuda:x", "cuda:", "cuda: 1", "gpu", ""])
def test_parse_device_rejects(text: str) -> None:
    with raises_exactly(f"f.sdn:3: unknown device {text!r} (expected cpu, cuda or cuda:N)"):
        parse_device(text, "f.sdn:3")


def test_device_spec_is_frozen_and_validated() -> None:
    with pytest.raises(AttributeError):
        CUDA1.index = 2  # type: ignore[misc]
    with pytest.raises(ValueError):
        DeviceSpec("cuda", -1)
    with pytest.raises(ValueError):
        DeviceSpec("cpu", 0)


# ------------------------------------------------------------------------------------------
# Lookup and loading
# ------------------------------------------------------------------------------------------


def test_find_config_file_order(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    assert find_config_file(cwd, home) is None
    home_file = write_home_config(home, "device: cpu\n")
    assert find_config_file(cwd, home) == home_file
    cwd_file = write_cwd_config(cwd, "device: cpu\n")
    assert find_config_file(cwd, home) == cwd_file


def test_find_config_file_defaults_to_cwd_and_home(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd, home = dirs
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(home))
    home_file = write_home_config(home, "device: cpu\n")
    assert find_config_file() == home_file


def test_load_flat_file_in_cwd(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "device: cuda:1\n")
    assert load_device_config(cwd, home, {}) == DeviceConfig(CUDA1, None, str(path))


def test_load_nested_file_with_fallback(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    text = 'dl:\n    device: "cuda:1"\n    dtype: "f32"\n    fallback: cpu\n'
    path = write_cwd_config(cwd, text)
    assert load_device_config(cwd, home, {}) == DeviceConfig(CUDA1, CPU, str(path))


def test_load_mixed_top_level_fallback_and_dl_device(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "fallback: CPU\ndl:\n  device: 'cuda'\n")
    expected = DeviceConfig(DeviceSpec("cuda", None), CPU, str(path))
    assert load_device_config(cwd, home, {}) == expected


def test_load_home_file(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_home_config(home, "device: cuda:0  # first gpu\n")
    expected = DeviceConfig(DeviceSpec("cuda", 0), None, str(path))
    assert load_device_config(cwd, home, {"SIMPLE_DL_DEVICE": "cuda:3"}) == expected


def test_cwd_file_wins_over_home_and_env(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write_home_config(home, "device: cuda:0\n")
    path = write_cwd_config(cwd, "device: cpu\n")
    config_ = load_device_config(cwd, home, {"SIMPLE_DL_DEVICE": "cuda:3"})
    assert config_ == DeviceConfig(CPU, None, str(path))


def test_found_file_without_device_means_cpu(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    write_home_config(home, "device: cuda:0\n")
    path = write_cwd_config(cwd, "# nothing yet\ndl:\n  dtype: f32\n")
    config_ = load_device_config(cwd, home, {"SIMPLE_DL_DEVICE": "cuda:3"})
    assert config_ == DeviceConfig(CPU, None, str(path))


def test_env_var(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    config_ = load_device_config(cwd, home, {"SIMPLE_DL_DEVICE": " Cuda:2 "})
    assert config_ == DeviceConfig(DeviceSpec("cuda", 2), None, "SIMPLE_DL_DEVICE")


def test_env_var_from_os_environ(dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    cwd, home = dirs
    monkeypatch.setenv("SIMPLE_DL_DEVICE", "cuda")
    expected = DeviceConfig(DeviceSpec("cuda", None), None, "SIMPLE_DL_DEVICE")
    assert load_device_config(cwd, home) == expected


def test_env_var_invalid(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    message = "SIMPLE_DL_DEVICE: unknown device 'tpu:0' (expected cpu, cuda or cuda:N)"
    with raises_exactly(message):
        load_device_config(cwd, home, {"SIMPLE_DL_DEVICE": "tpu:0"})


@pytest.mark.parametrize("environ", [{}, {"SIMPLE_DL_DEVICE": ""}, {"SIMPLE_DL_DEVICE": "  "}])
def test_default_is_cpu(dirs: tuple[Path, Path], environ: dict[str, str]) -> None:
    cwd, home = dirs
    assert load_device_config(cwd, home, environ) == DeviceConfig(CPU, None, "default")


@pytest.mark.parametrize(
    ("text", "line", "shown"),
    [
        ("device: tpu:0\n", 1, "'tpu:0'"),
        ("# gpu\ndevice: cuda:-1\n", 2, "'cuda:-1'"),
        ("dl:\n  dtype: f32\n  device: 'cuda:x'\n", 3, "'cuda:x'"),
        ("dl:\n  device: cpu\n  fallback: tpu\n", 3, "'tpu'"),
    ],
)
def test_unknown_device_in_file_names_the_line(
    dirs: tuple[Path, Path], text: str, line: int, shown: str
) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, text)
    with raises_exactly(f"{path}:{line}: unknown device {shown} (expected cpu, cuda or cuda:N)"):
        load_device_config(cwd, home, {})


def test_device_must_be_a_string(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "\ndevice: 1\n")
    message = f"{path}:2: 'device' must be a device name (cpu, cuda or cuda:N), got 1"
    with raises_exactly(message):
        load_device_config(cwd, home, {})


def test_dl_must_be_a_block(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "dl: cuda:1\n")
    with raises_exactly(f"{path}:1: 'dl' must be a block of settings, got 'cuda:1'"):
        load_device_config(cwd, home, {})


def test_device_in_both_places(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "device: cpu\ndl:\n    dtype: f32\n    device: cuda:1\n")
    message = (
        f"{path}:4: 'device' is set both at top level and in the 'dl:' block (first set on line 1)"
    )
    with raises_exactly(message):
        load_device_config(cwd, home, {})


def test_fallback_in_both_places_names_the_later_line(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "dl:\n  fallback: cpu\nfallback: cpu\n")
    message = (
        f"{path}:3: 'fallback' is set both at top level and in the 'dl:' block "
        "(first set on line 2)"
    )
    with raises_exactly(message):
        load_device_config(cwd, home, {})


def test_syntax_error_in_file_names_file_and_line(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_home_config(home, 'dl:\n  device: "cuda:1\n')
    with raises_exactly(f'{path}:2: unterminated string (missing closing ")'):
        load_device_config(cwd, home, {})


# ------------------------------------------------------------------------------------------
# resolve_device
# ------------------------------------------------------------------------------------------


def test_resolve_available_devices_need_no_warning() -> None:
    assert resolve_device(DeviceConfig(CPU, None, "default"), 0) == (CPU, None)
    assert resolve_device(DeviceConfig(CUDA1, None, "f.sdn"), 2) == (CUDA1, None)
    cuda = DeviceSpec("cuda", None)
    assert resolve_device(DeviceConfig(cuda, None, "f.sdn"), 1) == (cuda, None)


def test_resolve_uses_cpu_fallback_with_warning() -> None:
    device, warning = resolve_device(DeviceConfig(CUDA1, CPU, "dl.config.sdn"), 0)
    assert device == CPU
    assert warning == (
        "dl.config.sdn asks for cuda:1 but this machine has 0 CUDA devices; "
        "using cpu (fallback: cpu)"
    )


def test_resolve_fallback_warning_names_source_and_count() -> None:
    _, warning = resolve_device(DeviceConfig(CUDA1, CPU, "/p/dl.config.sdn"), 1)
    assert warning == (
        "/p/dl.config.sdn asks for cuda:1 but this machine has 1 CUDA device; "
        "using cpu (fallback: cpu)"
    )


def test_resolve_without_fallback_raises() -> None:
    message = (
        "dl.config.sdn: device cuda:1 requested but CUDA is not available (0 devices); "
        "set `fallback: cpu` to use the CPU instead"
    )
    with pytest.raises(DeviceUnavailableError, match=f"^{re.escape(message)}$"):
        resolve_device(DeviceConfig(CUDA1, None, "dl.config.sdn"), 0)


def test_resolve_without_fallback_too_few_devices() -> None:
    message = (
        "/p/dl.config.sdn: device cuda:1 requested but this machine has only 1 CUDA device; "
        "set `fallback: cpu` to use the CPU instead"
    )
    with pytest.raises(DeviceUnavailableError, match=f"^{re.escape(message)}$"):
        resolve_device(DeviceConfig(CUDA1, None, "/p/dl.config.sdn"), 1)


def test_resolve_env_var_without_cuda_raises() -> None:
    message = (
        "SIMPLE_DL_DEVICE: device cuda requested but CUDA is not available (0 devices); "
        "set SIMPLE_DL_DEVICE=cpu to use the CPU instead"
    )
    with pytest.raises(DeviceUnavailableError, match=f"^{re.escape(message)}$"):
        resolve_device(DeviceConfig(DeviceSpec("cuda"), None, "SIMPLE_DL_DEVICE"), 0)


def test_resolve_end_to_end_from_file(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    path = write_cwd_config(cwd, "dl:\n  device: cuda:1\n  fallback: cpu\n")
    device, warning = resolve_device(load_device_config(cwd, home, {}), 0)
    assert device.code == -1
    assert warning == (
        f"{path} asks for cuda:1 but this machine has 0 CUDA devices; using cpu (fallback: cpu)"
    )


def test_module_exports() -> None:
    assert set(config.__all__) <= set(dir(config))
