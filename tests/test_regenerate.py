"""Editing the spec and regenerating is the whole job: new functions, renamed prefix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.__main__ import render_all
from codegen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_TEXT = (ROOT / "spec" / "ffi.yaml").read_text()

NEW_FUNCTION = """  - name: tensor_square
    doc: Element-wise x * x, a new tensor.
    args: [{name: handle, type: tensor}]
    returns: tensor
    sentinel: 0
    torch: at::square(handle)
    examples:
      - {args: {handle: [[1.0, -2.0], [3.0, 0.5]]}, expect: "handle ** 2"}

"""


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


def test_new_function_by_spec_entry_alone(tmp_path: Path) -> None:
    """Copy the project, add a function to the spec, run the pipeline, call it from Python."""
    project = tmp_path / "proj"
    for part in ("codegen", "spec", "generated", "runtime", "build_tools", "cmake"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "CMakeLists.txt", project / "CMakeLists.txt")
    spec = project / "spec" / "ffi.yaml"
    marker = "  # ---- lifetime"
    spec.write_text(spec.read_text().replace(marker, NEW_FUNCTION + marker))

    run = {"cwd": project, "capture_output": True, "text": True, "check": False}
    gen = subprocess.run([sys.executable, "-m", "codegen", "generate"], **run)  # type: ignore[call-overload]
    assert gen.returncode == 0, gen.stderr
    out = project / "build" / "python"
    configure = subprocess.run(
        [_tool("cmake"), "-S", str(project), "-B", str(project / "build" / "cmake"), "-G",
         "Ninja", f"-DCMAKE_MAKE_PROGRAM={_tool('ninja')}",
         f"-DPython3_EXECUTABLE={sys.executable}", f"-DSTF_PYTHON={sys.executable}",
         f"-DSTF_PYTHON_OUT={out}"], **run)  # type: ignore[call-overload]
    assert configure.returncode == 0, configure.stderr
    build = subprocess.run([_tool("cmake"), "--build", str(project / "build" / "cmake"),
                            "--target", "stf_py_torch"], **run)  # type: ignore[call-overload]
    assert build.returncode == 0, build.stdout[-3000:]

    code = """
import numpy as np
from simple_torch_ffi import load
from stf_conformance import make_tensor, read_tensor
v = load("torch")
h = make_tensor(v, np.array([[1.0, -2.0], [3.0, 0.5]]))
r = v.lib.simple_torch_tensor_square(h)
print(read_tensor(v, r).tolist(), v.func("tensor_square").__name__)
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        str(p) for p in (out, project / "generated/python", project / "runtime/python"))}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("]] ")[0] + "]]" == "[[1.0, 4.0], [9.0, 0.25]]"
    # The new function is in every generated layer.
    generated = project / "generated"
    assert "simple_torch_tensor_square(int64_t handle)" in \
        (generated / "include/simple_torch_ffi.h").read_text()
    assert "extern fn simple_torch_tensor_square(handle: i64) -> i64" in \
        (generated / "simple/ffi.spl").read_text()
    assert "def test_tensor_square(" in (generated / "tests/test_conformance.py").read_text()
