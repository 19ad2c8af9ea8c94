"""Editing the spec and regenerating is the whole job: new functions, renamed prefix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.__main__ import render_all
from codegen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_TEXT = (ROOT / "spec" / "ffi.yaml").read_text()

NEW_FUNCTIONS = (ROOT / "tests" / "data" / "new_functions.yaml").read_text()
MARKER = "  # ---- lifetime"
INNER = "STF_INNER_SUITE"  # set in the copy's own test run: it must not copy itself again
COPIED = ("codegen", "spec", "generated", "runtime", "build_tools", "cmake", "tests", "abi",
          "bench", "tools", "CMakeLists.txt", "conftest.py", "pyproject.toml", "noxfile.py")


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    assert found, f"{name} is needed to build"
    return found


def test_prefix_rename_is_one_line() -> None:
    spec = parse_spec(SPEC_TEXT.replace("prefix: simple_torch_", "prefix: rt_torch_"))
    files = render_all(spec).files
    for f in spec.functions:
        assert f.symbol == f"rt_torch_{f.name}"
    everything = "\n".join(files.values())
    assert "simple_torch_" not in everything.replace("simple_torch_ffi", "")
    assert "extern fn rt_torch_tensor_add(a: i64, b: i64) -> i64" in files["simple/ffi.spl"]
    assert "int64_t rt_torch_tensor_add(int64_t a, int64_t b);" in \
        files["include/simple_torch_ffi.h"]
    assert "#define RT_TORCH_ERR_INVALID_HANDLE 1" in files["include/simple_torch_ffi.h"]
    assert 'PREFIX = "rt_torch_"' in files["python/simple_torch_ffi/_abi.py"]


def test_doc_edit_keeps_the_spec_hash_and_compiled_sources() -> None:
    before = render_all(parse_spec(SPEC_TEXT)).files
    edited = parse_spec(SPEC_TEXT.replace("doc: Element-wise a + b (broadcasting), a new tensor.",
                                          "doc: Adds two tensors, broadcasting."))
    after = render_all(edited).files
    assert parse_spec(SPEC_TEXT).hash == edited.hash
    for rel in ("cpp/simple_torch_ffi_torch.cpp", "cpp/simple_torch_ffi_stub.cpp",
                "include/simple_torch_ffi_decls.h"):
        assert before[rel] == after[rel]
    assert before["include/simple_torch_ffi.h"] != after["include/simple_torch_ffi.h"]


def _copy_project(project: Path) -> None:
    for part in COPIED:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, project / part, ignore=shutil.ignore_patterns(
                "__pycache__", ".pytest_cache", ".hypothesis", "results"))
        elif src.exists():
            shutil.copy(src, project / part)


WALKTHROUGH_CALLS = """
import math
import numpy as np
import simple_torch_ffi as stf
from simple_torch_ffi import _abi, load
from stf_conformance import make_tensor, read_tensor

v = load("torch")
lib, ffi = v.lib, v.ffi
# the raw lib: C signatures as the header says
h = make_tensor(v, np.array([[1.0, -2.0], [3.0, 0.5]]))
r = lib.simple_torch_tensor_power(h, 2.0)
assert read_tensor(v, r).tolist() == [[1.0, 4.0], [9.0, 0.25]]
lib.simple_torch_tensor_free(r)
assert lib.simple_torch_tensor_scaled_sum(h, 2.0, 1, True) == (1 + 4 + 9 + 0.25) * 2 + 1
assert lib.simple_torch_tensor_count_positive(h) == 3
assert lib.simple_torch_tensor_rank32(h) == 2
assert lib.simple_torch_tensor_all_positive(h) is False
assert lib.simple_torch_tensor_max32(h) == 3.0
assert ffi.string(lib.simple_torch_tensor_describe(h)) == b"2-d float32"
n = lib.simple_torch_tensor_named(b"ones", 2)
assert read_tensor(v, n).tolist() == [1.0, 1.0]
lib.simple_torch_tensor_free(n)
dims = ffi.new("int64_t[]", [1, 0])
p = lib.simple_torch_tensor_reorder(h, dims, 2)
assert read_tensor(v, p).tolist() == [[1.0, 3.0], [-2.0, 0.5]]
hs = ffi.new("int64_t[]", [h, p])
s = lib.simple_torch_tensor_stack_all(hs, 2, 0)
assert read_tensor(v, s).shape == (2, 2, 2)
for x in (p, s):
    lib.simple_torch_tensor_free(x)
z = lib.simple_torch_tensor_zeros_on(ffi.new("int64_t[]", [2]), 1, -1)
assert read_tensor(v, z).tolist() == [0.0, 0.0]
lib.simple_torch_tensor_free(z)
assert lib.simple_torch_tensor_zeros_on(ffi.new("int64_t[]", [2]), 1, 0) == 0  # no CUDA here
assert v.last_error()[0] == _abi.ERROR_KINDS["not_available"] or lib.simple_torch_cuda_available()
data = ffi.new("float[]", [1.0, 2.0])
f = lib.simple_torch_tensor_scaled_f32(data, 2, ffi.new("int64_t[]", [2]), 1, 3.0)
assert read_tensor(v, f).tolist() == [3.0, 6.0]
lib.simple_torch_tensor_free(f)
w = ffi.new("double[]", [1.0, 1.0, 1.0, 1.0])
assert lib.simple_torch_tensor_weighted_sum(h, w, 4) == 2.5
out = ffi.new("double[]", 2)
assert lib.simple_torch_tensor_row_sums(h, out, 2) == 2 and list(out) == [-1.0, 3.5]
out32 = ffi.new("float[]", 4)
assert lib.simple_torch_tensor_halves(h, out32, 4) == 4 and list(out32) == [0.5, -1.0, 1.5, 0.25]
idx = ffi.new("int64_t[]", 2)
assert lib.simple_torch_tensor_argmax_rows(h, idx, 2) == 2 and list(idx) == [0, 0]
assert lib.simple_torch_tensor_home(h) == -1
lib.simple_torch_tensor_touch(h)
assert lib.simple_torch_last_error_kind() == 0
lib.simple_torch_tensor_free(h)
assert lib.simple_torch_live_handles() == 0

# the Tensor API and the module-level functions, on both backends: the same answers
for backend in ("torch", "pure"):
    stf.set_backend(backend)
    t = stf.tensor([[1.0, -2.0], [3.0, 0.5]])
    assert t.backend == backend
    assert t.power().tolist() == [[1.0, 4.0], [9.0, 0.25]]
    assert np.allclose(t.power(exponent=0.5).numpy()[0, 0], 1.0)
    assert t.scaled_sum() == 2.5 and t.scaled_sum(2.0, 1, square=True) == 29.5
    assert t.count_positive() == 3 and t.rank32() == 2 and t.all_positive() is False
    assert t.max32() == 3.0 and t.describe() == "2-d float32"
    assert stf.named().tolist() == [0.0, 0.0, 0.0] and stf.named("ones", 2).tolist() == [1.0, 1.0]
    assert t.reorder(1, 0).tolist() == [[1.0, 3.0], [-2.0, 0.5]]
    assert stf.stack_all([t, t], dim=1).shape == (2, 2, 2)
    assert stf.zeros_on((2, 3)).shape == (2, 3)
    try:
        stf.zeros_on(2, device_code="cuda:0")
    except stf.NotAvailableError:
        pass
    assert stf.scaled_f32([1.0, 2.0], [2], scale=3.0).tolist() == [3.0, 6.0]
    assert t.weighted_sum([1.0, 1.0, 1.0, 1.0]) == 2.5
    assert t.row_sums() == [-1.0, 3.5] and t.halves() == [0.5, -1.0, 1.5, 0.25]
    assert t.argmax_rows() == (0, 0) and t.home() == -1 and t.touch() is None
    print(backend, "ok")
"""


def test_every_type_by_spec_entries_alone(tmp_path: Path) -> None:
    """The README walkthrough: in a copy of the project, append tests/data/new_functions.yaml
    (a function per argument and result type the spec knows) to the spec, generate, build,
    run the whole test suite there, and call each new function through the raw lib, the Tensor
    API on both backends and the module-level functions. No file but the spec is edited."""
    if os.environ.get(INNER):
        pytest.skip("this run is the suite inside the copy this test makes")
    project = tmp_path / "proj"
    _copy_project(project)
    spec = project / "spec" / "ffi.yaml"
    text = spec.read_text()
    assert MARKER in text
    spec.write_text(text.replace(MARKER, NEW_FUNCTIONS + MARKER))

    run = {"cwd": project, "capture_output": True, "text": True, "check": False}
    gen = subprocess.run([sys.executable, "-m", "codegen", "generate"], **run)  # type: ignore[call-overload]
    assert gen.returncode == 0, gen.stderr
    out = project / "build" / "python"
    configure = subprocess.run(
        [_tool("cmake"), "-S", str(project), "-B", str(project / "build" / "cmake"), "-G",
         "Ninja", f"-DCMAKE_MAKE_PROGRAM={_tool('ninja')}",
         f"-DPython3_EXECUTABLE={sys.executable}", f"-DSTF_PYTHON={sys.executable}",
         f"-DSTF_PYTHON_OUT={out}", "-DSTF_BUILD_BENCH=OFF"], **run)  # type: ignore[call-overload]
    assert configure.returncode == 0, configure.stderr
    build = subprocess.run([_tool("cmake"), "--build", str(project / "build" / "cmake"),
                            "-j", "2"], **run)  # type: ignore[call-overload]
    assert build.returncode == 0, build.stdout[-3000:]
    ctest = subprocess.run([_tool("ctest"), "--test-dir", str(project / "build" / "cmake"),
                            "--output-on-failure"], **run)  # type: ignore[call-overload]
    assert ctest.returncode == 0, ctest.stdout[-3000:]

    roots = (project / "tests/support", out, project / "generated/python",
             project / "runtime/python")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in roots), INNER: "1"}
    calls = subprocess.run([sys.executable, "-c", WALKTHROUGH_CALLS], env=env,
                           capture_output=True, text=True, check=False, cwd=project)
    assert calls.returncode == 0, calls.stderr[-3000:]
    assert calls.stdout.split() == ["torch", "ok", "pure", "ok"]

    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"],
                           env=env, capture_output=True, text=True, check=False, cwd=project)
    assert suite.returncode == 0, suite.stdout[-5000:]
    assert " passed" in suite.stdout.splitlines()[-1]
