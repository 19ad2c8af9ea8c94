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


# ---- the generated lane files ------------------------------------------------------------------

import re  # noqa: E402
import sys  # noqa: E402

from codegen.__main__ import render_all  # noqa: E402
from codegen.targets import word_lane  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spl_grammar  # noqa: E402

sys.path.insert(0, str(ROOT / "runtime" / "python"))
from simple_torch_ffi.sdn import parse_sdn  # noqa: E402

LANE_FILES = ("simple/lane/ffi.spl", "simple/lane/mod.spl")
EXCLUDED_FN = """  - name: tensor_nine
    doc: Nine words, left out of the lane.
    args: [{name: a, type: tensor}, {name: b, type: i64}, {name: c, type: i64},
           {name: d, type: i64}, {name: e, type: i64}, {name: g, type: i64},
           {name: h, type: i64}, {name: k, type: i64}, {name: m, type: i64}]
    returns: tensor
    sentinel: 0
    torch: a
    word_lane: false
  - name: greeting
    doc: A text in, a text out.
    args: [{name: who, type: text}, {name: flag, type: bool}, {name: w, type: "[f32]"}]
    returns: "[f32]"
    sentinel: -1
    torch: w
"""


def _extended() -> dict[str, str]:
    text = (ROOT / "spec" / "ffi.yaml").read_text()
    spec = parse_spec(text.replace("\nfunctions:\n", "\nfunctions:\n" + EXCLUDED_FN, 1))
    return render_all(spec).files


@pytest.mark.parametrize("rel", LANE_FILES)
def test_lane_simple_files_pass_the_grammar_checker(rel: str) -> None:
    assert spl_grammar.check_file(ROOT / "generated" / rel) == []
    assert spl_grammar.check_text(_extended()[rel], rel) == []


@pytest.mark.parametrize("rel", [*LANE_FILES, "simple/lane/manifest.sdn", "simple/ffi.spl",
                                 "simple/mod.spl"])
def test_each_simple_file_says_which_lane_it_is_for(rel: str) -> None:
    head = "\n".join((ROOT / "generated" / rel).read_text().splitlines()[:4])
    if "/lane/" in rel:
        assert "WORD LANE" in head
    else:  # the typed lane's files say so too
        assert "TYPED LANE (pointer + length" in head


def test_tier2_is_all_i64() -> None:
    text = (ROOT / "generated" / "simple/lane/ffi.spl").read_text()
    externs = [line for line in text.splitlines() if line.startswith("extern fn ")]
    assert externs
    for line in externs:
        params = re.search(r"\((.*)\)", line).group(1)  # type: ignore[union-attr]
        assert all(p.split(": ")[1] == "i64" for p in params.split(", ") if p), line
        assert line.endswith(") -> i64"), line


def test_every_function_or_its_exclusion_is_in_tier2_tier3_and_the_manifest() -> None:
    files = _extended()
    spec = parse_spec((ROOT / "spec" / "ffi.yaml").read_text().replace(
        "\nfunctions:\n", "\nfunctions:\n" + EXCLUDED_FN, 1))
    ffi, mod = files["simple/lane/ffi.spl"], files["simple/lane/mod.spl"]
    manifest = parse_sdn(files["simple/lane/manifest.sdn"].split("\n", 1)[1])
    (plugin,) = manifest["plugins"]  # type: ignore[misc]
    assert plugin["library"] == "build/libspl_torch.so"
    listed = plugin["functions"]
    for f in spec.functions:
        sym = naming.lane_symbol(spec.lane, f.name)
        t3 = naming.lane_tier3(f.name)
        if f.word_lane:
            assert f"\nextern fn {sym}(" in ffi, f.name
            assert f"\nfn {t3}(" in mod and f"    {sym},\n" in mod, f.name
            assert sym in listed, f.name
            assert f" {sym}(" in files[word_lane.lane_cpp_path(spec)], f.name
            assert f'"{sym}"' in files[word_lane.host_calls_path(spec)], f.name
        else:  # documented where it would be
            for text in (ffi, mod, files[word_lane.lane_cpp_path(spec)]):
                assert "Not in this lane (`word_lane: false` in the spec): " in text
                assert sym not in text and f"fn {t3}(" not in text
            assert sym not in listed
    for name in naming.LANE_CORE:
        assert naming.lane_symbol(spec.lane, name) in listed
    assert "fn lane_greeting(who: text, flag: bool, w: [f64]) -> [f64]:" in mod


def test_the_word_table_encodes_floats_as_bits() -> None:
    from codegen.types import F32, F64
    assert word_lane.TABLE[F64].failure("nan") == 0x7FF8000000000000
    assert word_lane.TABLE[F64].failure(1.5) == 0x3FF8000000000000
    assert word_lane.TABLE[F32].failure(0.1) != word_lane.TABLE[F64].failure(0.1)
