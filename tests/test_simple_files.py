"""The generated Simple files (generated/simple/): grammar, coverage of the spec, golden output.

tests/spl_grammar.py checks the upstream grammar facts; the negative tests here show it rejects
each broken form, so a pass on the generated files means something.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from codegen import validate_simple
from codegen.__main__ import render_all
from codegen.errors import SpecError
from codegen.model import Function, Spec
from codegen.naming import SIMPLE_RESERVED, dtype_constant
from codegen.spec import load_spec, parse_spec
from codegen.targets import simple, simple_names, simple_types
from codegen.types import ALL_TYPES, TENSOR

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spl_grammar  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "ffi.yaml"
SIMPLE_DIR = ROOT / "generated" / "simple"
FILES = ("ffi.spl", "mod.spl", "torch_spec.spl")

# The Tier-2 lowering, written out independently of codegen/targets/simple_types.py.
TIER2 = {"tensor": "i64", "i64": "i64", "i32": "i32", "device": "i32", "f64": "f64", "f32": "f32",
         "bool": "bool", "text": "text", "shape": "[i64]", "[i64]": "[i64]", "[f64]": "[f64]",
         "[f32]": "[f32]", "[u8]": "[i64]", "[bool]": "[bool]", "dtype": "i32",
         "[tensor]": "[i64]", "tensor?": "i64", "void": None}
# Tier 3 names dtypes ("float32"; mod.spl's dtype_code/dtype_name translate)
TIER3 = {**TIER2, "tensor": "Tensor", "[tensor]": "[Tensor]", "tensor?": "Tensor", "dtype": "text"}


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec(SPEC_PATH)


@pytest.fixture(scope="module")
def rendered(spec: Spec) -> dict[str, str]:
    out = render_all(spec)
    return {name: out.files[f"simple/{name}"] for name in FILES}


def disk(name: str) -> str:
    return (SIMPLE_DIR / name).read_text(encoding="utf-8")


def short(f: Function) -> str:
    s = f.name.removeprefix("tensor_")
    if f.inplace:  # torch's trailing _ means a mutable binding to Simple: x_ is x_inplace
        s = s.removesuffix("_") + "_inplace"
    return {"var": "variance"}.get(s, s)  # torch's var is a Simple keyword


def is_method(f: Function) -> bool:
    return bool(f.args) and f.args[0].type == TENSOR


def is_drop(f: Function) -> bool:
    return f.role == "free"


# Free functions upstream's Tier 3 (src/lib/torch/mod.spl) names without the torch_ prefix.
BARE = {"cuda_available", "manual_seed"}


def is_creation(f: Function) -> bool:
    """A tensor result and no tensor-holding argument: also a static Tensor constructor."""
    return f.returns.value == "tensor" and not any(
        a.type.value in ("tensor", "tensor?", "[tensor]") for a in f.args)


def tier3_name(f: Function) -> str:
    if is_drop(f):
        return "drop"
    if is_method(f):
        return short(f)
    return short(f) if short(f) in BARE else f"torch_{short(f)}"


def code_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not line.lstrip()
            .startswith("#")]


def use_block(text: str, module: str) -> list[str]:
    m = re.search(rf"^use {re.escape(module)}\.\{{\n(.*?)\n\}}$", text, re.S | re.M)
    assert m, f"no multi-line `use {module}.{{...}}` block"
    return [x.strip().rstrip(",") for x in m.group(1).splitlines()]


# ---- the grammar checker on the generated files ----------------------------------------------

@pytest.mark.parametrize("name", FILES)
def test_generated_file_passes_grammar_checker(name: str) -> None:
    assert spl_grammar.check_file(SIMPLE_DIR / name) == []


@pytest.mark.parametrize("name", FILES)
def test_generated_file_is_stamped_as_generated(name: str) -> None:
    first = disk(name).splitlines()[0]
    assert first.startswith("# generated from spec/ffi.yaml") and "do not edit" in first


@pytest.mark.parametrize("name", FILES)
def test_golden_rendering_equals_committed_file(name: str, rendered: dict[str, str]) -> None:
    assert rendered[name] == disk(name), \
        f"generated/simple/{name} is stale: run `python -m codegen generate`"


# ---- the checker rejects each broken form ----------------------------------------------------

GOOD = '''# a header
use lib.torch.ffi.{
    simple_torch_tensor_zeros,
    simple_torch_tensor_free
}
use lib.pure.tensor.{PureTensor, pure_zeros}

extern fn simple_torch_tensor_zeros(dims: [i64]) -> i64
extern fn simple_torch_tensor_free(handle: i64)
extern fn simple_torch_pair(xs: [f64; 4], t: (text, i64)) -> (i64, bool)

class Tensor:
    """A tensor."""

    handle: i64
    pure_tensor: PureTensor<f64>

    static fn from_handle(handle: i64) -> Tensor:
        Tensor(handle: handle, pure_tensor: PureTensor(data: [], shape: []))

    me retarget(handle: i64, then: fn(i64) -> bool, after: fn()):
        self.handle = handle

    fn drop():
        """Free it.

        Multi-line docstrings may say anything: ( [ {
        """
        if self.handle != 0:
            simple_torch_tensor_free(self.handle)
        else:
            print "nothing to free {self.handle}"

fn torch_zeros(dims: [i64]) -> Tensor:
    val handle = simple_torch_tensor_zeros(dims)  # a comment with ( and "
    Tensor.from_handle(handle)

fn torch_scaled(dims: [i64], scale: f64 = 1.5, name: text = "a, b") -> Tensor:
    torch_zeros(dims)

describe "Tensor":
    it "makes zeros":
        val t = torch_zeros([2, 3])
        expect(t.handle).to_be_greater_than(0)
        expect(r"raw {brace").to_contain("x")

export Tensor, torch_zeros
'''


def problems(text: str) -> list[str]:
    return spl_grammar.check_text(text, "x.spl")


def mutate(old: str, new: str) -> str:
    assert GOOD.count(old) == 1, old
    return GOOD.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_checker_accepts_the_good_sample() -> None:
    assert problems(GOOD) == []


BROKEN = [
    pytest.param("extern fn simple_torch_tensor_free(handle: i64)",
                 "extern fn simple_torch_tensor_free(handle: i64):",
                 "extern fn must not end with ':'", id="trailing-colon-on-extern"),
    pytest.param("extern fn simple_torch_tensor_free(handle: i64)",
                 "extern fn simple_torch_tensor_free(val: i64)",
                 "parameter name 'val' is reserved", id="val-as-extern-parameter"),
    pytest.param("fn torch_zeros(dims: [i64]) -> Tensor:", "fn torch_zeros(type: [i64]) -> Tensor:",
                 "parameter name 'type' is reserved", id="keyword-as-fn-parameter"),
    pytest.param("extern fn simple_torch_tensor_zeros(dims: [i64]) -> i64",
                 "extern fn simple_torch_tensor_zeros(dims: [int]) -> i64",
                 "unknown type 'int'", id="unknown-type"),
    pytest.param("extern fn simple_torch_tensor_zeros(dims: [i64]) -> i64",
                 "extern fn simple_torch_tensor_zeros(dims: [i64]) -> Widget",
                 "unknown type 'Widget'", id="undeclared-class-type"),
    pytest.param("    pure_tensor: PureTensor<f64>", "    pure_tensor: Box<f64>",
                 "unknown generic type 'Box'", id="unknown-generic"),
    pytest.param("extern fn simple_torch_tensor_zeros(dims: [i64]) -> i64",
                 "extern fn simple_torch_tensor_zeros(dims: [i64) -> i64",
                 "unbalanced ')'", id="unbalanced-bracket"),
    pytest.param("        val t = torch_zeros([2, 3])", "        val t = torch_zeros([2, 3]",
                 "unclosed '('", id="unclosed-bracket"),
    pytest.param("    Tensor.from_handle(handle)", "\tTensor.from_handle(handle)",
                 "tab in indentation", id="tab-indentation"),
    pytest.param("    Tensor.from_handle(handle)", "      Tensor.from_handle(handle)",
                 "not a multiple of 4", id="indent-not-multiple-of-4"),
    pytest.param("fn torch_zeros(dims: [i64]) -> Tensor:\n    val handle",
                 "fn torch_zeros(dims: [i64]) -> Tensor:\nval handle",
                 "has no indented body", id="body-not-indented"),
    pytest.param("        expect(t.handle)", "            expect(t.handle)",
                 "unexpected indentation", id="unexpected-indent"),
    pytest.param("fn torch_zeros(dims: [i64]) -> Tensor:", "fn torch_zeros(dims: [i64]) -> Tensor",
                 "fn with a body must end with ':'", id="missing-colon-on-fn"),
    pytest.param('describe "Tensor":', 'describe "Tensor"', "describe must end with ':'",
                 id="missing-colon-on-describe"),
    pytest.param('    it "makes zeros":', '    it "makes zeros', "unterminated string",
                 id="unterminated-string"),
    pytest.param("        if self.handle != 0:", "        if self.handle != 0",
                 "'if' must end with ':'", id="missing-colon-on-if"),
    pytest.param('"nothing to free {self.handle}"', '"nothing to free {self.handle"',
                 "unclosed '{' in an interpolated string", id="unclosed-interpolation"),
    pytest.param("extern fn simple_torch_tensor_free(handle: i64)",
                 "extern fn simple-torch-free(handle: i64)", "is not a C identifier",
                 id="extern-name-not-c-identifier"),
    pytest.param("extern fn simple_torch_tensor_free(handle: i64)",
                 "extern fn simple_torch_tensor_free(handle i64)", "is not 'name: Type'",
                 id="parameter-without-type"),
    pytest.param("use lib.pure.tensor.{PureTensor, pure_zeros}",
                 "use lib.pure.tensor.{PureTensor pure_zeros}", "use is not", id="bad-use-line"),
    pytest.param("    simple_torch_tensor_zeros,\n", "    simple_torch_tensor_zeros, extra\n",
                 "must be one indented name", id="bad-use-block-entry"),
    pytest.param("extern fn simple_torch_tensor_free(handle: i64)",
                 "extern fn simple_torch_tensor_free(handle: i64 = 0)",
                 "an extern parameter has no default value", id="default-on-extern-parameter"),
    pytest.param("export Tensor, torch_zeros", "export Tensor torch_zeros", "export is not",
                 id="bad-export"),
    pytest.param("        val t = torch_zeros([2, 3])", "        val pass = torch_zeros([2, 3])",
                 "val name 'pass' is reserved", id="reserved-binding"),
    pytest.param("    handle: i64\n", "    handle: integer\n", "unknown type 'integer'",
                 id="unknown-field-type"),
    pytest.param("        val t = torch_zeros([2, 3])", "        val t = torch_zeros(['x'])",
                 "Simple strings use double quotes", id="single-quote"),
    pytest.param("fn torch_zeros(dims: [i64]) -> Tensor:", "me torch_zeros(dims: [i64]) -> Tensor:",
                 "a 'me' method must be directly inside a class", id="me-outside-a-class"),
    pytest.param("then: fn(i64) -> bool", "then: fn(i64 bool) -> bool",
                 "unclosed '(' in function type", id="unclosed-function-type"),
    pytest.param("after: fn()", "after: fn(Widget)", "unknown type 'Widget'",
                 id="unknown-type-in-function-type"),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN)
def test_checker_rejects_broken_form(old: str, new: str, message: str) -> None:
    text = mutate(old, new)
    found = problems(text)
    assert any(message in p for p in found), found
    first = new.splitlines()[0].strip()
    expected_line = line_of(text, first) if first else None
    assert all(p.startswith("x.spl:") for p in found)
    if expected_line is not None and message != "has no indented body":
        assert any(p.startswith(f"x.spl:{expected_line}: ") and message in p for p in found), \
            found


def test_checker_reports_an_unclosed_use_block() -> None:
    found = problems("use lib.torch.ffi.{\n    a,\n    b\n")
    assert found == ["x.spl:1: use block is never closed with '}'"]


def test_checker_reports_a_dedent_to_no_enclosing_level() -> None:
    text = "fn f() -> i64:\n    if true:\n        1\n  2\n"
    assert any("matches no enclosing block" in p for p in problems(text))


def test_checker_reports_a_body_indented_too_deep() -> None:
    text = "fn f() -> i64:\n        1\n"
    assert any("body indented 8 spaces; expected 4" in p for p in problems(text))


def test_checker_reports_an_it_without_body() -> None:
    text = 'describe "d":\n    it "has none":\n\ndescribe "e":\n    it "x":\n        1\n'
    assert problems(text) == ["x.spl:2: line ending with ':' has no indented body"]


def test_checker_knows_every_reserved_word_the_spec_validator_refuses() -> None:
    assert SIMPLE_RESERVED <= spl_grammar.RESERVED


# ---- ffi.spl: one extern per spec function ---------------------------------------------------

def test_tier2_lowering_table_covers_every_type() -> None:
    assert set(TIER2) == {t.value for t in ALL_TYPES}


def test_the_simple_type_table_has_a_row_for_every_type() -> None:
    assert simple_types.TABLE.missing() == []
    for t in ALL_TYPES:
        r = simple_types.TABLE[t]
        assert r.tier2 == (TIER2[t.value] or ""), t
        assert r.tier3 == (TIER3[t.value] or ""), t


def expected_extern(f: Function) -> str:
    ps = ", ".join(f"{a.name}: {TIER2[a.type.value]}" for a in f.args)
    ret = TIER2[f.returns.value]
    return f"extern fn {f.symbol}({ps})" + (f" -> {ret}" if ret else "")


def test_every_spec_function_is_an_extern_with_its_derived_signature(spec: Spec) -> None:
    lines = disk("ffi.spl").splitlines()
    externs = [line for line in lines if line.startswith("extern fn ")]
    assert externs == [expected_extern(f) for f in spec.functions]
    for f in spec.functions:
        i = lines.index(expected_extern(f))
        assert lines[i - 2] == f"# {f.doc}", f"{f.name}: the doc comment must precede it"
        assert lines[i - 1].startswith("# C: ") and f.symbol in lines[i - 1]


# ---- mod.spl: the Tier-3 API ----------------------------------------------------------------

def class_body(text: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index("class Tensor:")
    body = []
    for line in lines[start + 1:]:
        if line and not line.startswith(" "):
            break
        body.append(line)
    return body


def test_mod_imports_and_calls_every_extern(spec: Spec) -> None:
    text = disk("mod.spl")
    assert use_block(text, simple.FFI_MODULE) == [f.symbol for f in spec.functions]
    after_imports = text.split("\n}\n", 1)[1]
    for f in spec.functions:
        assert re.search(rf"\b{f.symbol}\(", after_imports), f"mod.spl never calls {f.symbol}"


def test_mod_has_the_tensor_class_with_handle_fields() -> None:
    body = class_body(disk("mod.spl"))
    assert "    handle: i64" in body
    assert "    owns_handle: bool" in body
    assert "    backend: text" in body


def default_literal(v: object) -> str:
    if v is None:  # an optional tensor's default: none
        return "Tensor.none()"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, float) and "e" in repr(v):  # Simple has no exponent form: 1e-05 is 0.00001
        return f"{v:.20f}".rstrip("0")
    return repr(v)


def tier3_signature(f: Function) -> str:
    args = f.args[1:] if is_method(f) else f.args
    others = [a for a in args if a.type == TENSOR]
    rename = (is_method(f) and len(others) == 1 and others[0].name == "b"
              and all(a.name != "other" for a in args))
    ps = ", ".join(f"{'other' if rename and a is others[0] else a.name}: {TIER3[a.type.value]}"
                   + (f" = {default_literal(a.default)}" if a.has_default else "")
                   for a in args)
    ret = TIER3[f.returns.value]
    return f"fn {tier3_name(f)}({ps})" + (f" -> {ret}" if ret else "") + ":"


def test_every_spec_function_has_its_tier3_method_or_function(spec: Spec) -> None:
    text = disk("mod.spl")
    methods = {line.strip() for line in class_body(text) if line.startswith("    fn ")}
    functions = {line for line in text.splitlines() if line.startswith("fn ")}
    for f in spec.functions:
        sig = tier3_signature(f)
        assert sig in (methods if is_method(f) else functions), f"{f.name}: no `{sig}`"
    exported = text.splitlines()[-1]
    assert exported.startswith("export Tensor, ")
    for f in spec.functions:
        if not is_method(f):
            assert f" {tier3_name(f)}," in exported + ",", f"{tier3_name(f)} is not exported"


def test_mod_has_the_user_facing_api_of_the_seed() -> None:
    text = disk("mod.spl")
    for sig in ('fn torch_zeros(dims: [i64], dtype: text = "float32") -> Tensor:',
                'fn torch_ones(dims: [i64], dtype: text = "float32") -> Tensor:',
                'fn torch_randn(dims: [i64], dtype: text = "float32") -> Tensor:',
                "fn torch_from_data(data: [f64], dims: [i64]) -> Tensor:",
                "fn torch_available() -> bool:", "fn cuda_available() -> bool:",
                "fn torch_last_error() -> text:"):
        assert f"\n{sig}\n" in text, sig
    for sig in ("fn add(other: Tensor) -> Tensor:", "fn shape() -> [i64]:", "fn ndim() -> i64:",
                "fn numel() -> i64:", "fn is_cuda() -> bool:", "fn to_data() -> [f64]:",
                "fn cuda(device_id: i32 = 0) -> Tensor:", "fn cpu() -> Tensor:",
                "fn to_device(device_code: i32) -> Tensor:", "fn drop():"):
        assert f"\n    {sig}\n" in text, sig


def test_creation_functions_are_static_tensor_constructors(spec: Spec) -> None:
    body = "\n".join(class_body(disk("mod.spl"))) + "\n"
    creations = [f for f in spec.functions if is_creation(f)]
    assert {"zeros", "ones", "randn", "from_data", "full", "eye"} <= {short(f) for f in creations}
    for f in creations:
        sig = tier3_signature(f).replace(f"fn {tier3_name(f)}(", f"static fn {short(f)}(", 1)
        call = f"{tier3_name(f)}({', '.join(a.name for a in f.args)})"
        assert f"\n    {sig}\n        {call}\n" in body, f.name
    others = [f for f in spec.functions if not is_creation(f) and not is_method(f)]
    for f in others:
        assert f"    static fn {short(f)}(" not in body, f.name


def test_size_is_one_entry_of_the_shape() -> None:
    assert ("\n    fn size(dim: i64) -> i64:\n        val dims = self.shape()\n"
            "        var d = dim\n        if d < 0:\n            d = d + dims.len()\n"
            "        if d < 0 or d >= dims.len():\n            return -1\n"
            "        dims[d]\n") in disk("mod.spl")


def test_upstreams_bare_names_are_kept(spec: Spec) -> None:
    text = disk("mod.spl")
    assert "\nfn cuda_available() -> bool:\n" in text
    assert not re.search(r"\btorch_cuda_available\b", text)
    exported = text.splitlines()[-1]
    assert " cuda_available," in exported


def test_drop_frees_only_an_owned_handle(spec: Spec) -> None:
    free = next(f for f in spec.functions if is_drop(f))
    text = disk("mod.spl")
    assert (f"    fn drop():\n        if self.owns_handle and self.handle != 0:\n"
            f"            {free.symbol}(self.handle)\n") in text


def test_pure_fallbacks_name_spec_functions_and_are_imported(spec: Spec) -> None:
    assert any(f.pure_fallback for f in spec.functions)
    text = disk("mod.spl")
    pure = use_block(text, simple.PURE_MODULE)
    assert pure[0] == simple.PURE_TENSOR_NAME
    wanted = [f"pure_{f.name}" for f in spec.functions if f.pure_fallback]
    assert pure[1:] == wanted
    for name in wanted:
        assert re.search(rf"\b{name}\(", text.split("\n}\n", 2)[2]), f"{name} is never called"


def test_factories_fall_back_to_pure_simple_only_when_not_available(spec: Spec) -> None:
    code = next(k.code for k in spec.error_kinds if k.name == "not_available")
    kind = spec.function("last_error_kind").symbol
    text = disk("mod.spl")
    assert (f'fn torch_zeros(dims: [i64], dtype: text = "float32") -> Tensor:\n'
            f"    val result = {spec.function('tensor_zeros').symbol}(dims, dtype_code(dtype))\n"
            f"    if result != 0:\n"
            f"        return Tensor.from_handle(result)\n"
            f"    if {kind}() == {code}:\n"
            f"        return Tensor.from_pure(pure_tensor_zeros(dims, dtype))\n"
            f"    Tensor.native_failure()\n") in text


def test_tensor_members_are_what_the_class_defines(spec: Spec) -> None:
    """simple_names.TENSOR_MEMBERS (what no spec method may be named) is exactly what the
    template's Tensor class defines besides the spec's methods."""
    body = class_body(disk("mod.spl"))
    defined = {m.group(1) for line in body
               if (m := re.match(r"^    (?:static fn |fn )?(\w+)[(:]", line))}
    methods = {tier3_name(f) for f in spec.functions if is_method(f) and not is_drop(f)}
    methods |= {m for f in spec.functions for m, _ in simple_names.number_methods(f)}
    constructors = {short(f) for f in spec.functions if is_creation(f)}
    assert defined - methods - constructors == simple_names.TENSOR_MEMBERS


def test_failed_native_calls_surface_last_error(spec: Spec) -> None:
    text = disk("mod.spl")
    assert (f"    static fn native_failure() -> Tensor:\n"
            f"        Tensor.failed({spec.function('last_error').symbol}())\n") in text
    assert not any("panic(" in line for line in code_lines(text))  # errors are values


def test_tier2_declares_every_dtype_code(spec: Spec) -> None:
    """The ABI's dtype codes as Tier-2 constants, the C header's names and values."""
    lines = disk("ffi.spl").splitlines()
    header = (ROOT / "generated" / "include" / f"{spec.library}.h").read_text()
    for d in spec.dtypes:
        name = dtype_constant(spec.prefix, d.name)
        assert f"val {name}: i32 = {d.code}" in lines, d.name
        assert f"#define {name} {d.code} " in header, d.name
    assert lines.index(f"val {dtype_constant(spec.prefix, 'bool')}: i32 = 9") < min(
        i for i, line in enumerate(lines) if line.startswith("extern fn "))


def test_tier3_has_dtypes_typed_data_comparisons_and_slicing() -> None:
    """Issue 11's Simple surface, all generated from spec entries."""
    mod = disk("mod.spl")
    for line in ('fn torch_zeros(dims: [i64], dtype: text = "float32") -> Tensor:',
                 "    fn dtype() -> text:", "    fn to_dtype(dtype: text) -> Tensor:",
                 "fn torch_from_i64(data: [i64], dims: [i64]) -> Tensor:",
                 "fn torch_from_bool(data: [bool], dims: [i64]) -> Tensor:",
                 "    fn to_i64() -> [i64]:", "    fn to_bool() -> [bool]:",
                 "    fn item_f64() -> f64:", "    fn item_i64() -> i64:",
                 "    fn eq(other: Tensor) -> Tensor:", "    fn ge(other: Tensor) -> Tensor:",
                 "    fn narrow(dim: i64, start: i64, length: i64) -> Tensor:",
                 "    fn slice(dim: i64 = 0, start: i64 = 0, end: i64 = 9223372036854775807, "
                 "step: i64 = 1) -> Tensor:",
                 "    fn select(dim: i64, index: i64) -> Tensor:",
                 "    fn index_select(dim: i64, index: Tensor) -> Tensor:",
                 'fn torch_scalar_tensor(value: f64, dtype: text = "float32") -> Tensor:'):
        assert f"\n{line}\n" in mod, line


def test_number_methods_where_torch_takes_a_number(spec: Spec) -> None:
    mod, spec_file = disk("mod.spl"), disk("torch_spec.spl")
    made = [(f, m, n) for f in spec.functions for m, n in simple_names.number_methods(f)]
    names = {m for _, m, _ in made}
    assert {"add_f64", "add_i64", "sub_f64", "div_i64", "lt_f64", "eq_i64",
            "floor_divide_f64", "remainder_i64"} <= names
    assert not names & {"matmul_f64", "logical_and_f64", "where_f64"}  # torch: no number there
    for f, m, number in made:
        assert (f"\n    fn {m}(value: {number}) -> Tensor:\n"
                f"        val scalar = {simple.NUMBER_HELPERS[number]}(value, self)\n"
                f"        val result = self.{tier3_name(f)}(scalar)\n"
                "        scalar.drop()\n        result\n") in mod, m
        assert f".{m}(" in spec_file, m
    helpers = [f"\nfn {h}(" for h in (*simple.NUMBER_HELPERS.values(), simple.FLOATING_HELPER)]
    assert all(h in mod for h in helpers)
    assert not any(h.strip("\n(").removeprefix("fn ") in mod.splitlines()[-1].split(", ")
                   for h in helpers)  # helpers, not exported


def test_spec_file_checks_every_dtype_and_number_method(spec: Spec) -> None:
    text = disk("torch_spec.spl")
    for d in spec.dtypes:
        assert (f'.to_dtype("{d.name}")\n'
                f'            expect(t.dtype()).to_equal("{d.name}")\n'
                "            expect(t.to_i64()).to_equal([0, 1, 1])\n"
                "            expect(t.to_bool()).to_equal([false, true, true])\n") in text
    assert ("            val got = a.add_f64(10.0)\n"
            "            expect(got.is_ok()).to_equal(true)\n"
            '            expect(got.dtype()).to_equal("float32")\n') in text
    assert ("val got = a.lt_i64(2)\n            expect(got.is_ok()).to_equal(true)\n"
            '            expect(got.dtype()).to_equal("bool")\n') in text


# ---- torch_spec.spl: every conformance example -----------------------------------------------

def describe_blocks(text: str) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        m = re.match(r'^describe "(\S+) \(', line)
        if m:
            current = blocks.setdefault(m.group(1), [])
        elif line and not line.startswith(" "):
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_spec_file_covers_every_function_and_example(spec: Spec) -> None:
    blocks = describe_blocks(disk("torch_spec.spl"))
    assert list(blocks) == [f.symbol for f in spec.functions]
    for f in spec.functions:
        its = [line for line in blocks[f.symbol] if line.startswith('    it "')]
        assert len(its) == max(len(f.examples), 1), f.name
        for e in f.examples:
            assert any(f'"line {e.line}: ' in line for line in its), f"{f.name}: line {e.line}"
        call = f".{tier3_name(f)}(" if is_method(f) else f"{tier3_name(f)}("
        assert any(call in line for line in blocks[f.symbol]), f"{f.name}: never calls {call}"


def test_spec_file_calls_every_static_constructor(spec: Spec) -> None:
    text = disk("torch_spec.spl")
    assert "use lib.torch.{\n    Tensor,\n" in text  # Tensor.none(), Tensor.zeros(...)
    blocks = describe_blocks(text)
    for f in spec.functions:
        if is_creation(f) and any(e.error is None for e in f.examples):
            lines = blocks[f.symbol]
            assert any(f"val same = Tensor.{short(f)}(" in line for line in lines), f.name
            assert any("expect(same.shape()).to_equal(got.shape())" in line for line in lines)


def test_spec_file_checks_error_cases_through_last_error(spec: Spec) -> None:
    blocks = describe_blocks(disk("torch_spec.spl"))
    for f in spec.functions:
        for e in f.examples:
            if e.error is None:
                continue
            body = "\n".join(blocks[f.symbol])
            assert "expect(torch_last_error()).to_contain(" in body
            assert e.message is not None and e.message in body, f"{f.name}: {e.message}"
            if f.returns == TENSOR:
                assert "expect(got.handle).to_equal(0)" in body


def test_spec_file_guards_cuda_cases() -> None:
    text = disk("torch_spec.spl")
    cases = re.findall(r'    it "[^"]*\(with CUDA\)":\n        (.*)\n', text)
    assert cases and all("cuda_available()" in c and "not " not in c for c in cases)
    cases = re.findall(r'    it "[^"]*\(without CUDA\)":\n        (.*)\n', text)
    assert cases and all("not cuda_available()" in c for c in cases)


def test_spec_file_states_computed_values() -> None:
    text = disk("torch_spec.spl")
    assert 'val got = torch_zeros([2, 3])\n        expect(got.is_ok()).to_equal(true)\n' \
           '        expect(got.shape()).to_equal([2, 3])\n' in text
    assert "val got = handle.ndim()\n        expect(got).to_equal(3)\n" in text
    assert "val got = handle.is_cuda()\n        expect(got).to_equal(false)\n" in text


# ---- generality: a new spec function appears everywhere --------------------------------------

NEW_FUNCTIONS = '''  - name: tensor_magnitude
    doc: Element-wise |x|, a new tensor.
    args: [{name: handle, type: tensor}]
    returns: tensor
    sentinel: 0
    torch: at::abs(handle)
    examples:
      - {args: {handle: [[-1.0, 2.5]]}, expect: "np.abs(handle)"}
      - {args: {handle: [[-1.0, 2.5]]}, expect: "np.abs(handle)", when: cuda}
  - name: tensor_probe
    doc: Every argument type at once.
    args: [{name: handle, type: tensor}, {name: n, type: i64}, {name: k, type: i32},
           {name: x, type: f64}, {name: flag, type: bool}, {name: label, type: text},
           {name: idx, type: "[i64]"}, {name: weights, type: "[f64]"}, {name: code, type: device}]
    returns: f64
    sentinel: nan
    torch: "0.0"
    word_lane: false  # 9 argument words: more than the word lane carries
    examples:
      - {args: {handle: [1.0], n: 2, k: -3, x: 0.1, flag: true, label: "a {b}", idx: [1, 2],
                weights: [0.5], code: -1}, expect: "x * 3"}
      - {args: {handle: [1.0], n: 2, k: -3, x: 0.1, flag: true, label: "q\\"", idx: [],
                weights: [], code: -1}, error: invalid_argument, message: "bad"}
  - name: greeting
    doc: A text in, a text out.
    args: [{name: who, type: text}]
    returns: text
    sentinel: null
    torch: who
    stub: who
    examples:
      - {args: {who: "x"}, expect: "who + '!'"}
  - name: tensor_join
    doc: Concatenation along dim.
    args: [{name: tensors, type: "[tensor]"}, {name: dim, type: i64, default: 0},
           {name: tag, type: text, default: "x"}]
    returns: tensor
    sentinel: 0
    torch: at::cat(tensors, dim)
    pure_fallback: true
    examples:
      - {args: {tensors: [[1.0], [2.0, 3.0]]}, expect: "np.concatenate(tensors)"}
      - {args: {tensors: [[1.0], [2.0]], dim: 1}, error: torch_error, message: "out of range"}
  - name: seed
    doc: Seed the generator.
    args: [{name: value, type: i64}]
    returns: void
    torch: at::manual_seed(value)
    examples:
      - {args: {value: 1}, expect: "None"}
'''


def extended_spec(extra: str) -> Spec:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.count("\nfunctions:\n") == 1
    return parse_spec(text.replace("\nfunctions:\n", "\nfunctions:\n" + extra, 1),
                      "spec/ffi.yaml")


def test_a_new_spec_function_appears_in_every_simple_file() -> None:
    spec = extended_spec(NEW_FUNCTIONS)
    files = render_all(spec).files
    for name in FILES:
        assert spl_grammar.check_text(files[f"simple/{name}"], name) == []
    ffi, mod, spec_file = (files[f"simple/{n}"] for n in FILES)
    abs_fn, probe, greeting, seed = (
        spec.function(n) for n in ("tensor_magnitude", "tensor_probe", "greeting", "seed"))
    for f in (abs_fn, probe, greeting, seed):
        assert expected_extern(f) in ffi.splitlines()
        assert f"\n    {f.symbol},\n" in mod
        assert f'describe "{f.symbol} (' in spec_file
    assert "\n    fn magnitude() -> Tensor:\n" in mod
    assert ("\n    fn probe(n: i64, k: i32, x: f64, flag: bool, label: text, idx: [i64], "
            "weights: [f64], code: i32) -> f64:\n") in mod
    assert "\n        0.0 / 0.0\n" in mod  # the NaN sentinel of an unusable tensor
    assert "\nfn torch_greeting(who: text) -> text:\n" in mod
    assert "\nfn torch_seed(value: i64):\n" in mod
    assert "val got = handle.magnitude()" in spec_file
    assert ('val got = handle.probe(2, -3, 0.1, true, r"a {b}", [1, 2], [0.5], -1)\n'
            "            expect(close_to([got], [0.30000000000000004])).to_equal(true)\n"
            ) in spec_file
    assert "expect(got != got).to_equal(true)" in spec_file  # the NaN sentinel
    assert 'handle.probe(2, -3, 0.1, true, "q\\"", [], [], -1)' in spec_file
    assert 'val got = torch_greeting("x")\n        expect(got).to_equal("x!")' in spec_file
    assert "torch_seed(1)" in spec_file
    # [tensor] arguments and defaults
    assert expected_extern(spec.function("tensor_join")) in ffi.splitlines()
    assert ('\nfn torch_join(tensors: [Tensor], dim: i64 = 0, tag: text = "x") -> Tensor:\n'
            "    for t in tensors:\n"
            '        if t.backend == "error":\n'
            "            return t\n"
            '    if all_backend(tensors, "torch"):\n'
            "        val result = simple_torch_tensor_join(tensor_handles(tensors), dim, tag)\n"
            ) in mod
    assert '    if all_backend(tensors, "pure"):\n' in mod
    assert "pure_tensor_join(pure_values(tensors), dim, tag)" in mod
    for helper in ("tensor_handles", "pure_values", "all_backend"):
        assert f"\nfn {helper}(tensors: [Tensor]" in mod
        assert helper not in mod.splitlines()[-1]  # not exported
    assert ("val tensors_0 = torch_from_data([1.0], [1])\n"
            "        val tensors_1 = torch_from_data([2.0, 3.0], [2])\n"
            "        val got = torch_join([tensors_0, tensors_1])\n") in spec_file
    assert "torch_join([tensors_0, tensors_1], 1)\n" in spec_file  # tag left at its default


@pytest.mark.parametrize(("name", "message"), [
    ("tensor_is_ok", "Tensor.is_ok is already defined"),
    ("tensor_type", "'type' is reserved in Simple"),
])
def test_spec_functions_that_cannot_be_simple_methods_are_refused(name: str, message: str) -> None:
    spec = extended_spec(f'''  - name: {name}
    doc: A clash.
    args: [{{name: handle, type: tensor}}]
    returns: bool
    sentinel: false
    torch: "true"
''')
    with pytest.raises(SpecError, match=re.escape(message)) as info:
        render_all(spec)
    assert str(info.value).startswith(f"spec/ffi.yaml:{spec.function(name).line}: {name}: ")


def test_a_function_named_like_a_number_method_is_refused() -> None:
    spec = extended_spec('''  - name: tensor_add_f64
    doc: A clash with the number method of tensor_add.
    args: [{name: handle, type: tensor}, {name: value, type: f64}]
    returns: tensor
    sentinel: 0
    torch: at::add(handle, value)
''')
    first, second = spec.function("tensor_add_f64"), spec.function("tensor_add")
    with pytest.raises(SpecError) as info:
        render_all(spec)
    assert str(info.value) == (
        f"spec/ffi.yaml:{second.line}: tensor_add: becomes Tensor.add_f64 in Simple, as does "
        f"tensor_add_f64 (line {first.line}); rename one")


@pytest.mark.parametrize(("name", "message"), [
    ("tensor_size", "its static constructor Tensor.size is already defined by the Simple Tensor "
                    "class"),
    ("clone", "its static constructor Tensor.clone clashes with the method Tensor.clone of "
              "tensor_clone"),
])
def test_static_constructors_that_clash_are_refused(name: str, message: str) -> None:
    spec = extended_spec(f"""  - name: {name}
    doc: A creation function whose static constructor clashes.
    args: [{{name: n, type: i64}}]
    returns: tensor
    sentinel: 0
    torch: at::zeros({{n}})
""")
    with pytest.raises(SpecError, match=re.escape(message)) as info:
        render_all(spec)
    assert str(info.value).startswith(f"spec/ffi.yaml:{spec.function(name).line}: {name}: ")


def test_two_functions_with_one_simple_name_are_refused_at_the_second() -> None:
    # its own Python namespace keeps it from clashing in Python (zeros() there is tensor_zeros)
    spec = extended_spec('''  - name: zeros
    doc: A clash with tensor_zeros (both become torch_zeros).
    python_module: extra
    returns: bool
    sentinel: false
    torch: "true"
''')
    first, second = spec.function("zeros"), spec.function("tensor_zeros")
    with pytest.raises(SpecError) as info:
        render_all(spec)
    assert str(info.value) == (
        f"spec/ffi.yaml:{second.line}: tensor_zeros: becomes torch_zeros in Simple, as does "
        f"zeros (line {first.line}); rename one")


def test_a_spec_without_not_available_is_refused_at_its_error_kinds(spec: Spec) -> None:
    kinds = tuple(k for k in spec.error_kinds if k.name != "not_available")
    with pytest.raises(SpecError, match="the Simple bindings need the error kind "
                       "'not_available'") as info:
        validate_simple.validate(dataclasses.replace(spec, error_kinds=kinds))
    assert str(info.value).startswith(f"spec/ffi.yaml:{kinds[0].line}: ")


# ---- core functions are found by role, so they can be renamed --------------------------------

RENAMES = {"last_error_kind": "err_kind", "last_error": "err_msg", "available": "has_torch",
           "cuda_available": "has_cuda", "tensor_from_data": "tensor_from_values",
           "tensor_free": "tensor_release", "scalar_tensor": "zero_dim",
           "tensor_from_i64": "tensor_from_ints", "tensor_dtype": "tensor_kind"}


def test_renamed_core_functions_still_give_correct_simple_files() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    for old, new in RENAMES.items():
        assert text.count(f"  - name: {old}\n") == 1, old
        text = text.replace(f"  - name: {old}\n", f"  - name: {new}\n")
    spec = parse_spec(text, "spec/ffi.yaml")
    files = render_all(spec).files
    for name in FILES:
        assert spl_grammar.check_text(files[f"simple/{name}"], name) == []
    mod, spec_file = files["simple/mod.spl"], files["simple/torch_spec.spl"]
    prefix = spec.prefix
    assert (f"    fn drop():\n        if self.owns_handle and self.handle != 0:\n"
            f"            {prefix}tensor_release(self.handle)\n") in mod
    assert f"        Tensor.failed({prefix}err_msg())\n" in mod
    assert f"    if {prefix}err_kind() == " in mod
    assert ("    if dtype_is_floating(like.kind()):\n"
            '        return torch_zero_dim(value, "float64")\n') in mod  # number methods
    assert "    torch_from_ints([value], [])\n" in mod
    assert "torch_from_values([1.0, 2.0], [2])" in spec_file
    assert "if torch_has_torch():" in spec_file and "torch_has_cuda()" in spec_file
    assert "expect(torch_err_kind()).to_equal(" in spec_file
    assert "expect(torch_err_msg()).to_contain(" in spec_file
    for old in ("torch_available", "torch_last_error", "torch_from_data", "tensor_free"):
        assert old not in mod + spec_file, old
