"""An invalid spec is refused with `FILE:LINE: FUNCTION: what`, exit code 2, nothing written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.errors import SpecError
from codegen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent

HEAD = """abi_version: 1
version: 0.1.0
prefix: simple_torch_
library: simple_torch_ffi
error_kinds:
  - {name: ok, code: 0, doc: no error}
  - {name: invalid_handle, code: 1, doc: bad handle}
limits: {max_dims: 64, max_tensor_list: 1048576}
functions:
"""

GOOD_FN = """  - name: tensor_add
    doc: Add.
    args: [{name: a, type: tensor}, {name: b, type: tensor}]
    returns: tensor
    sentinel: 0
    torch: at::add(a, b)
"""


def error_of(text: str) -> str:
    with pytest.raises(SpecError) as info:
        parse_spec(text, "spec/ffi.yaml")
    return str(info.value)


def test_good_spec_parses() -> None:
    spec = parse_spec(HEAD + GOOD_FN)
    assert [f.symbol for f in spec.functions] == ["simple_torch_tensor_add"]
    assert len(spec.hash) == 16


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (GOOD_FN + "    colour: blue\n",
         "spec/ffi.yaml:16: tensor_add: unknown key 'colour'"),
        (GOOD_FN + GOOD_FN,
         "spec/ffi.yaml:16: tensor_add: function 'tensor_add' is defined twice "
         "(symbol simple_torch_tensor_add, first on line 10)"),
        (GOOD_FN.replace("type: tensor}, {name: b", "type: tensr}, {name: b"),
         "spec/ffi.yaml:12: tensor_add: unknown argument type 'tensr' (known: [bool], [f32], "
         "[f64], [i64], [tensor], [u8], bool, device, dtype, f32, f64, i32, i64, shape, tensor, "
         "tensor?, text)"),
        (GOOD_FN.replace("    sentinel: 0\n", ""),
         "spec/ffi.yaml:10: tensor_add: missing required key 'sentinel' (returns tensor)"),
        (GOOD_FN.replace("sentinel: 0", "sentinel: -1"),
         "spec/ffi.yaml:14: tensor_add: a tensor function's sentinel must be 0 (the null "
         "handle), got -1"),
        (GOOD_FN.replace("returns: tensor", "returns: bool").replace("sentinel: 0",
                                                                       "sentinel: 0.5"),
         "spec/ffi.yaml:14: tensor_add: sentinel 0.5 does not fit return type bool"),
        (GOOD_FN.replace("name: tensor_add", "name: tensor-add"),
         "spec/ffi.yaml:10: tensor-add: name 'tensor-add' is not a C identifier"),
        (GOOD_FN.replace("{name: a,", "{name: val,"),
         "spec/ffi.yaml:12: tensor_add: argument name 'val' is reserved in Simple; rename it"),
        (GOOD_FN.replace("{name: a,", "{name: type,"),
         "spec/ffi.yaml:12: tensor_add: argument name 'type' is reserved in Simple; rename it"),
        (GOOD_FN.replace("{name: a,", "{name: int,"),
         "spec/ffi.yaml:12: tensor_add: argument name 'int' is reserved in C, C++ or Python"),
        (GOOD_FN.replace("{name: b,", "{name: a,"),
         "spec/ffi.yaml:12: tensor_add: argument 'a' collides with line 12"),
        (GOOD_FN.replace("returns: tensor", "returns: matrix"),
         "spec/ffi.yaml:13: tensor_add: unknown return type 'matrix' (known: [bool], [f32], "
         "[f64], [i64], [u8], bool, device, dtype, f32, f64, i32, i64, tensor, tensor?, text, "
         "void)"),
        (GOOD_FN.replace("returns: tensor", "returns: void"),
         "spec/ffi.yaml:14: tensor_add: a void function has no sentinel"),
        (GOOD_FN.replace("    doc: Add.\n", ""),
         "spec/ffi.yaml:10: tensor_add: missing required key 'doc'"),
        (GOOD_FN.replace("type: tensor}]", "type: i64, default: 1.5}]"),
         "spec/ffi.yaml:12: tensor_add: default 1.5 of argument 'b' does not fit type i64"),
        (GOOD_FN.replace("type: tensor}]", "type: tensor, default: 0}]"),
         "spec/ffi.yaml:12: tensor_add: argument 'b' of type tensor cannot have a default"),
        (GOOD_FN.replace("{name: a, type: tensor}", "{name: a, type: i64, default: 0}"),
         "spec/ffi.yaml:12: tensor_add: argument 'b' without a default follows one with a "
         "default"),
        (GOOD_FN + "    result_device: cuda\n",
         "spec/ffi.yaml:16: tensor_add: result_device 'cuda': the one value is 'cpu' (leave it "
         "out for a result beside the tensor arguments)"),
        (GOOD_FN.replace("returns: tensor", "returns: i64").replace("sentinel: 0", "sentinel: -1")
         + "    result_device: cpu\n",
         "spec/ffi.yaml:16: tensor_add: result_device needs a tensor result"),
        (GOOD_FN + "    examples:\n      - {args: {a: [1.0], c: [2.0]}, expect: a}\n",
         "spec/ffi.yaml:17: tensor_add: example names unknown argument 'c'"),
        (GOOD_FN + "    examples:\n      - {args: {a: [1.0], b: [2.0]}}\n",
         "spec/ffi.yaml:17: tensor_add: an example needs exactly one of expect, shape, error"),
        (GOOD_FN + "    examples:\n      - {args: {a: [1.0], b: [2.0]}, error: oops, "
         "message: x}\n",
         "spec/ffi.yaml:17: tensor_add: unknown error kind 'oops'"),
    ],
)
def test_bad_function_is_refused(body: str, message: str) -> None:
    assert error_of(HEAD + body) == message


NN_FN = """  - name: linear
    doc: Linear.
    python_module: nn.functional
    args: [{name: input, type: tensor}, {name: weight, type: tensor}]
    returns: tensor
    sentinel: 0
    torch: at::linear(input, weight)
"""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (NN_FN.replace("nn.functional", "nn.Functional"),
         "spec/ffi.yaml:12: linear: python_module 'nn.Functional' must be dotted lower-case "
         "Python names, e.g. nn.functional"),
        (NN_FN.replace("nn.functional", "nn..functional"),
         "spec/ffi.yaml:12: linear: python_module 'nn..functional' must be dotted lower-case "
         "Python names, e.g. nn.functional"),
        (NN_FN.replace("nn.functional", "nn.lambda"),
         "spec/ffi.yaml:12: linear: python_module 'nn.lambda' must be dotted lower-case "
         "Python names, e.g. nn.functional"),
        (NN_FN.replace("nn.functional", "tensor.nn"),
         "spec/ffi.yaml:12: linear: python_module 'tensor.nn': 'tensor' is a module of the "
         "package itself; choose another name"),
        (NN_FN.replace("python_module: nn.functional", "tensor_method: true"),
         "spec/ffi.yaml:12: linear: tensor_method needs python_module (without one, an "
         "operation on a tensor is a Tensor method anyway)"),
        (NN_FN.replace("nn.functional\n", "nn.functional\n    tensor_method: yes please\n"),
         "spec/ffi.yaml:13: linear: tensor_method must be true or false, got 'yes please'"),
        (NN_FN.replace("nn.functional\n", "nn.functional\n    tensor_method: true\n")
         .replace("{name: input, type: tensor}", "{name: input, type: \"[tensor]\"}"),
         "spec/ffi.yaml:13: linear: tensor_method needs a tensor as the first argument"),
        (NN_FN.replace("nn.functional\n", "nn.functional\n    role: requires_grad\n")
         .replace(", {name: weight, type: tensor}", "").replace("returns: tensor", "returns: bool")
         .replace("sentinel: 0", "sentinel: false"),
         "spec/ffi.yaml:12: linear: a core function (role 'requires_grad') has no Python name, "
         "so no python_module"),
        # array defaults: a list of numbers of the element type, for number arrays only
        (NN_FN.replace("type: tensor}]", "type: \"[i64]\", default: [1, 2]}]"), None),
        (NN_FN.replace("type: tensor}]", "type: \"[i64]\", default: 1}]"),
         "spec/ffi.yaml:13: linear: default 1 of argument 'weight' is not a list of i64 values"),
        (NN_FN.replace("type: tensor}]", "type: \"[i64]\", default: [1.5]}]"),
         "spec/ffi.yaml:13: linear: default [1.5] of argument 'weight' is not a list of i64 "
         "values"),
        (NN_FN.replace("type: tensor}]", "type: shape, default: [2, -1]}]"),
         "spec/ffi.yaml:13: linear: default [2, -1] of argument 'weight' is not a list of dim "
         "values"),
        (NN_FN.replace("type: tensor}]", "type: \"[tensor]\", default: []}]"),
         "spec/ffi.yaml:13: linear: argument 'weight' of type [tensor] cannot have a default"),
        (NN_FN.replace("type: tensor}]", "type: \"[u8]\", default: [0]}]"),
         "spec/ffi.yaml:13: linear: argument 'weight' of type [u8] cannot have a default"),
    ],
)
def test_bad_python_module_or_array_default_is_refused(body: str, message: str | None) -> None:
    if message is None:
        spec = parse_spec(HEAD + body)
        assert spec.functions[0].args[1].default == [1, 2]
        return
    assert error_of(HEAD + body) == message


def test_python_names_clash_per_namespace() -> None:
    """A python_module function may share its name with a Tensor method or a package function
    (torch has t.relu() beside F.relu), never with another function of its module; a module's
    first name may not be a package function's."""
    from codegen.targets import python

    ok = parse_spec(HEAD + NN_FN + NN_FN.replace("name: linear", "name: tensor_linear")
                    .replace("    python_module: nn.functional\n", ""))
    api = python.surface(ok)
    assert [f.name for f in api.modules["nn.functional"]] == ["linear"]
    assert [f.name for f in api.methods] == ["linear"]
    twice = parse_spec(HEAD + NN_FN + NN_FN.replace("name: linear", "name: tensor_linear"))
    with pytest.raises(SpecError) as info:
        python.surface(twice)
    assert str(info.value) == (
        "spec/ffi.yaml:17: tensor_linear: becomes the Python function nn.functional.linear, "
        "as does linear (line 10); rename one")
    zeros = """  - name: zeros
    doc: Zeros.
    args: [{name: dims, type: shape}]
    returns: tensor
    sentinel: 0
    torch: at::zeros(dims)
"""
    shadow = parse_spec(HEAD + NN_FN.replace("nn.functional", "zeros.functional") + zeros)
    with pytest.raises(SpecError) as info:
        python.surface(shadow)
    assert str(info.value) == (
        "spec/ffi.yaml:17: zeros: becomes the Python function zeros, the name of python_module "
        "'zeros.functional'; rename one")


def test_package_modules_list_the_runtime() -> None:
    """naming.PYTHON_PACKAGE_MODULES (names no python_module may take) are the runtime's
    modules and subpackages, except those the spec's python_modules live in (nn)."""
    from codegen import naming
    from simple_torch_ffi import _abi

    runtime = ROOT / "runtime" / "python" / "simple_torch_ffi"
    found = {p.stem for p in runtime.glob("*.py") if not p.stem.startswith("_")}
    spec_tops = {m.split(".", 1)[0] for m in _abi.PYTHON_MODULES}
    found |= {p.parent.name for p in runtime.glob("*/__init__.py")} - spec_tops
    assert found == set(naming.PYTHON_PACKAGE_MODULES)


def test_duplicate_yaml_key() -> None:
    text = HEAD + GOOD_FN.replace("    doc: Add.\n", "    doc: Add.\n    doc: Again.\n")
    assert error_of(text) == "spec/ffi.yaml:12: tensor_add: duplicate key 'doc' (first on line 11)"


def test_malformed_yaml() -> None:
    assert error_of(HEAD + "  - name: [unclosed\n").startswith("spec/ffi.yaml:11: malformed YAML")


def test_bad_prefix_and_empty() -> None:
    assert error_of(HEAD.replace("prefix: simple_torch_", "prefix: 9x") + GOOD_FN) == \
        "spec/ffi.yaml:3: prefix '9x' is not a C identifier"
    assert error_of("") == "spec/ffi.yaml:1: the spec is empty"
    assert error_of(HEAD + "  []\n").startswith("spec/ffi.yaml:")


def test_names_colliding_after_prefix() -> None:
    other = GOOD_FN.replace("tensor_add", "add")
    text = HEAD.replace("prefix: simple_torch_", "prefix: simple_torch_tensor_") + other
    text += GOOD_FN.replace("name: tensor_add", "name: add")
    assert "is defined twice" in error_of(text)


def _copy_project(tmp_path: Path) -> Path:
    dst = tmp_path / "proj"
    for part in ("codegen", "spec", "generated"):
        shutil.copytree(ROOT / part, dst / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def _generate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "codegen", "generate", *args],
                          cwd=project, capture_output=True, text=True, check=False)


def test_cli_refuses_bad_spec_and_writes_nothing(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    spec = project / "spec" / "ffi.yaml"
    before = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    text = spec.read_text()
    spec.write_text(text.replace("  - name: tensor_mul\n", "  - name: tensor_mul\n    bogus: 1\n"))
    result = _generate(project)
    assert result.returncode == 2
    line = spec.read_text().splitlines().index("    bogus: 1") + 1
    assert result.stderr.strip() == f"error: spec/ffi.yaml:{line}: tensor_mul: unknown key 'bogus'"
    after = {p: p.read_bytes() for p in (project / "generated").rglob("*") if p.is_file()}
    assert after == before


def test_check_passes_on_main_and_fails_after_unregenerated_edit(tmp_path: Path) -> None:
    assert _generate(ROOT, "--check").returncode == 0
    project = _copy_project(tmp_path)
    spec = project / "spec" / "ffi.yaml"
    spec.write_text(spec.read_text().replace("torch: at::relu(handle)",
                                             "torch: at::relu(handle).clone()"))
    result = _generate(project, "--check")
    assert result.returncode == 1
    assert '+    return stf::new_handle(at::relu(handle).clone(), "relu");' in result.stdout
    assert "is out of date" in result.stderr
    # Regenerating fixes it; a second run writes nothing.
    assert _generate(project).returncode == 0
    again = _generate(project)
    assert "0 written" in again.stdout
    assert _generate(project, "--check").returncode == 0


# ---- in-place functions (`inplace: true`) ---------------------------------------------------

FILL = """  - name: tensor_fill_
    doc: Fill.
    args: [{name: handle, type: tensor}, {name: value, type: f64}]
    returns: void
    inplace: true
    torch: handle.fill_(value)
"""


def test_inplace_function_parses() -> None:
    spec = parse_spec(HEAD + FILL)
    (f,) = spec.functions
    assert f.inplace and f.symbol == "simple_torch_tensor_fill_"
    assert parse_spec(HEAD + GOOD_FN).functions[0].inplace is False
    assert spec.hash != parse_spec(HEAD + FILL.replace("tensor_fill_", "tensor_fill_x_")).hash


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (FILL.replace("returns: void", "returns: tensor\n    sentinel: 0"),
         "spec/ffi.yaml:15: tensor_fill_: an inplace function returns void (it writes into "
         "'handle'), not tensor"),
        (FILL.replace("{name: handle, type: tensor}, ", ""),
         "spec/ffi.yaml:14: tensor_fill_: an inplace function takes the tensor it writes into "
         "as its first argument"),
        (FILL.replace("type: tensor}", "type: tensor, consumed: true}"),
         "spec/ffi.yaml:14: tensor_fill_: an inplace function takes the tensor it writes into "
         "as its first argument"),
        (FILL.replace("tensor_fill_", "tensor_fill"),
         "spec/ffi.yaml:14: tensor_fill: an inplace function's name ends with '_', as torch's "
         "do (e.g. tensor_fill_)"),
        (FILL.replace("    inplace: true\n", ""),
         "spec/ffi.yaml:10: tensor_fill_: name 'tensor_fill_' ends with '_', torch's mark of an "
         "in-place operation: add `inplace: true` or rename it"),
        (FILL.replace("inplace: true", "inplace: 1"),
         "spec/ffi.yaml:14: tensor_fill_: inplace must be true or false, got 1"),
    ],
)
def test_bad_inplace_function_is_refused(body: str, message: str) -> None:
    assert error_of(HEAD + body) == message


# ---- overloads in Python (`overload_of`) ----------------------------------------------------

SUM = """  - name: tensor_sum
    doc: Sum.
    args: [{name: handle, type: tensor}]
    returns: f64
    sentinel: nan
    torch: at::sum(handle).item<double>()
"""
SUM_DIM = """  - name: tensor_sum_dim
    doc: Sum over dim.
    args: [{name: handle, type: tensor}, {name: dim, type: i64},
           {name: keepdim, type: bool, default: false}]
    returns: tensor
    sentinel: 0
    overload_of: tensor_sum
    torch: at::sum(handle, at::IntArrayRef{dim}, keepdim)
"""
SUM_ALL = """  - name: tensor_sum_all
    doc: Sum over dims.
    args: [{name: handle, type: tensor}, {name: dims, type: "[i64]"}]
    returns: tensor
    sentinel: 0
    overload_of: tensor_sum
    torch: at::sum(handle, dims)
"""


def test_overload_gives_one_python_method() -> None:
    from codegen.targets import python

    spec = parse_spec(HEAD + SUM + SUM_DIM)
    assert spec.function("tensor_sum_dim").overload_of == "tensor_sum"
    methods = python.surface(spec).methods
    (m,) = methods
    assert (m.name, m.op, m.returns) == ("sum", "tensor_sum", "float | Tensor")
    assert m.signature == "dim: int | None = None, keepdim: bool = False"
    assert m.overload is not None and m.overload.op == "tensor_sum_dim"
    # the C symbols stay (ABI), and overload_of reaches no compiled code
    assert [f.symbol for f in spec.functions] == ["simple_torch_tensor_sum",
                                                  "simple_torch_tensor_sum_dim"]
    assert spec.hash == parse_spec(HEAD + SUM + SUM_DIM.replace(
        "    overload_of: tensor_sum\n", "")).hash


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (SUM + SUM_DIM.replace("overload_of: tensor_sum", "overload_of: tensor_summ"),
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of tensor_summ: no function of that name"),
        (SUM + SUM_DIM.replace("overload_of: tensor_sum", "overload_of: tensor_sum_dim"),
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of tensor_sum_dim: a function cannot be an "
         "overload of itself"),
        (SUM + SUM_DIM.replace("overload_of: tensor_sum", "overload_of: tensor-sum"),
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of 'tensor-sum' is not a function name"),
        (SUM.replace("{name: handle, type: tensor}", "{name: x, type: tensor}") + SUM_DIM,
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of tensor_sum: its arguments (x: tensor) "
         "must begin this function's (handle: tensor, dim: i64, keepdim: bool)"),
        (SUM + SUM_DIM.replace("{name: dim, type: i64}", "{name: dim, type: i64, default: 0}"),
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of tensor_sum: argument 'dim' selects this "
         "function (None calls tensor_sum), so it cannot have a default"),
        (SUM + SUM_DIM.replace("type: bool, default: false}", "type: bool}"),
         "spec/ffi.yaml:22: tensor_sum_dim: overload_of tensor_sum: argument 'keepdim' follows "
         "'dim', which Python makes optional (None calls tensor_sum), so it needs a default"),
        (SUM + SUM_DIM.replace(
            "[{name: handle, type: tensor}, {name: dim, type: i64},\n           {name: keepdim, "
            "type: bool, default: false}]", "[{name: handle, type: tensor}]"),
         "spec/ffi.yaml:21: tensor_sum_dim: overload_of tensor_sum: this function takes no "
         "argument beyond those of tensor_sum, so nothing tells the two apart"),
        (SUM + SUM_DIM + SUM_ALL,
         "spec/ffi.yaml:29: tensor_sum_all: overload_of tensor_sum: tensor_sum already has an "
         "overload, tensor_sum_dim (line 22)"),
        (SUM + SUM_DIM + SUM_ALL.replace("overload_of: tensor_sum", "overload_of: tensor_sum_dim"),
         "spec/ffi.yaml:29: tensor_sum_all: overload_of tensor_sum_dim: tensor_sum_dim is itself "
         "an overload (of tensor_sum); name the function they share"),
        (SUM.replace("returns: f64", 'returns: "[i64]"').replace("sentinel: nan", "sentinel: -1")
         .replace("    torch:", "    role: shape\n    torch:") + SUM_DIM,
         "spec/ffi.yaml:23: tensor_sum_dim: overload_of tensor_sum: core functions (role) are "
         "not in the Python surface"),
    ],
)
def test_bad_overload_is_refused(body: str, message: str) -> None:
    assert error_of(HEAD + body) == message
