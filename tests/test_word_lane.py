"""The word lane (issue 13): spec settings, the lane's type table, the generated files.

Python drives what is natural here (the spec loader, the generated text); the lane library
itself is proven by the C host program tests/lane/lane_host.c under ctest (both variants, 4
threads, hostile inputs; ASan in `nox -s sanitize`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import naming
from codegen.errors import SpecError
from codegen.spec import load_spec, parse_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec" / "ffi.yaml")

HEAD = """abi_version: 1
version: 0.1.0
prefix: simple_torch_
library: simple_torch_ffi
error_kinds:
  - {name: ok, code: 0, doc: no error}
limits: {max_dims: 64, max_tensor_list: 1048576}
"""


def _fn(n_args: int, extra: str = "") -> str:
    args = ", ".join(f"{{name: x{i}, type: i64}}" for i in range(n_args))
    return f"""  - name: wide
    doc: Many words.
    args: [{args}]
    returns: i64
    sentinel: -1
    torch: x0
{extra}"""


def error_of(text: str) -> str:
    with pytest.raises(SpecError) as info:
        parse_spec(text, "spec/ffi.yaml")
    return str(info.value)


def test_the_spec_names_the_lane_and_the_symbol_rule_is_upstreams() -> None:
    assert SPEC.lane == "torch"
    assert naming.lane_symbol(SPEC.lane, "tensor_add") == "rt_torch_tensor_add"
    assert naming.lane_library(SPEC.lane, "torch") == "libspl_torch.so"
    assert naming.lane_library(SPEC.lane, "stub") == "libspl_torch_stub.so"


def test_lane_name_is_a_spec_setting_and_reaches_the_hash() -> None:
    a = parse_spec(HEAD + "lane: {name: torch}\nfunctions:\n" + _fn(1))
    b = parse_spec(HEAD + "lane: {name: tch}\nfunctions:\n" + _fn(1))
    assert (a.lane, b.lane) == ("torch", "tch") and a.hash != b.hash
    assert parse_spec(HEAD + "functions:\n" + _fn(1)).lane == "torch"  # the default


@pytest.mark.parametrize(("lane", "message"), [
    ("lane: {name: Torch}\n", "spec/ffi.yaml:8: lane name 'Torch' must be lower-case"),
    ("lane: {name: torch, colour: blue}\n", "spec/ffi.yaml:8: unknown key 'colour'"),
    ("lane: torch\n", "spec/ffi.yaml:8: lane must be a mapping"),
])
def test_bad_lane_settings_are_refused_with_their_line(lane: str, message: str) -> None:
    assert error_of(HEAD + lane + "functions:\n" + _fn(1)).startswith(message)


def test_more_than_eight_words_is_refused_at_the_functions_line() -> None:
    text = HEAD + "functions:\n" + _fn(9)
    assert error_of(text).startswith(
        "spec/ffi.yaml:9: wide: takes 9 argument words; the word lane carries at most 8")
    spec = parse_spec(HEAD + "functions:\n" + _fn(9, "    word_lane: false\n"))
    assert spec.lane_functions == ()
    assert parse_spec(HEAD + "functions:\n" + _fn(8)).lane_functions[0].name == "wide"


def test_a_function_may_not_take_a_lane_core_name() -> None:
    text = HEAD + "functions:\n" + _fn(1).replace("name: wide", "name: buffer_len")
    assert "taken by the word lane's own core" in error_of(text)


def test_word_lane_flag_must_be_a_boolean() -> None:
    text = HEAD + "functions:\n" + _fn(1, "    word_lane: maybe\n")
    assert "word_lane must be true or false" in error_of(text)
