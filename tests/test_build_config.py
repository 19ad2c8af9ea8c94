"""The build takes what the spec holds from the spec: generated/cmake/stf_generated.cmake names
the library, its versions and the generated files; pyproject.toml reads the version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from codegen.__main__ import render_all
from codegen.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC_TEXT = (ROOT / "spec" / "ffi.yaml").read_text()
CMAKE = "cmake/stf_generated.cmake"


def _sets(text: str) -> dict[str, list[str]]:
    """set(NAME values...) lines of a CMake file -> NAME: values (quotes removed)."""
    found = {}
    for m in re.finditer(r"^set\((\w+) (.*)\)$", text, re.MULTILINE):
        found[m.group(1)] = [v.strip('"') for v in m.group(2).split()]
    return found


def test_cmake_file_follows_the_spec() -> None:
    renamed = SPEC_TEXT.replace("library: simple_torch_ffi", "library: my_ffi")
    renamed = re.sub(r"(?m)^version: .*$", "version: 2.5.1", renamed)
    spec = parse_spec(renamed)
    files = render_all(spec).files
    sets = _sets(files[CMAKE])
    assert sets["STF_LIBRARY"] == ["my_ffi"]
    assert sets["STF_VERSION"] == ["2.5.1"]
    assert sets["STF_ABI_VERSION"] == [str(spec.abi_version)]
    assert sets["STF_TORCH_SOURCES"] == ["${STF_GENERATED}/cpp/my_ffi_torch.cpp"]
    assert sets["STF_STUB_SOURCES"] == ["${STF_GENERATED}/cpp/my_ffi_stub.cpp"]
    assert sets["STF_PUBLIC_HEADER"] == ["${STF_GENERATED}/include/my_ffi.h"]
    # Every file the build is told about is one the generator renders.
    for name, values in sets.items():
        for v in values:
            if v.startswith("${STF_GENERATED}/"):
                assert v.removeprefix("${STF_GENERATED}/") in files, (name, v)


def test_cmakelists_does_not_repeat_the_spec() -> None:
    text = (ROOT / "CMakeLists.txt").read_text()
    assert "generated/cmake/stf_generated.cmake" in text
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert "simple_torch_ffi" not in code


def test_package_version_is_the_spec_version() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"]
    assert "version" in pyproject["project"]["dynamic"]
    how = pyproject["tool"]["scikit-build"]["metadata"]["version"]
    assert how["provider"] == "scikit_build_core.metadata.regex"
    assert how["input"] == "spec/ffi.yaml"
    # What scikit-build-core does with it (re.search with re.MULTILINE, group "value").
    found = re.search(how["regex"], (ROOT / how["input"]).read_text(), re.MULTILINE)
    assert found is not None
    assert found.group("value") == parse_spec(SPEC_TEXT).version


def test_every_generated_python_file_is_installed() -> None:
    """STF_PYTHON_FILES (what CMake installs beside the hand-written package, each in its
    subdirectory) is every file the generator renders into the package: _api.py, a
    python_module's nn/functional.py, ..."""
    files = render_all(parse_spec(SPEC_TEXT)).files
    sets = _sets(files[CMAKE])
    package = sorted(p for p in files if p.startswith("python/simple_torch_ffi/"))
    assert "python/simple_torch_ffi/nn/functional.py" in package
    assert sets["STF_PYTHON_FILES"] == [f"${{STF_GENERATED}}/{p}" for p in package]


def test_the_installed_package_is_one_directory(tmp_path: Path) -> None:
    """What a wheel holds: `cmake --install` (the generated modules and the libraries) over a
    copy of the hand-written package, one directory; it imports, nn.functional included."""
    cache = ROOT / "build" / "cmake" / "CMakeCache.txt"
    if not cache.is_file():
        pytest.skip("the build is not configured (`nox -s build`)")
    cmake = re.search(r"^CMAKE_COMMAND:INTERNAL=(.*)$", cache.read_text(), re.MULTILINE)
    assert cmake is not None
    subprocess.run([cmake.group(1), "--install", str(cache.parent), "--prefix", str(tmp_path)],
                   check=True, capture_output=True)
    shutil.copytree(ROOT / "runtime" / "python" / "simple_torch_ffi",
                    tmp_path / "simple_torch_ffi", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    assert (tmp_path / "simple_torch_ffi" / "nn" / "functional.py").is_file()
    code = ("import simple_torch_ffi as stf; import simple_torch_ffi.nn.functional as F; "
            "print(F.__file__); print(F.relu(stf.tensor([-1.0, 2.0])).tolist())")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(tmp_path)},
                         cwd=tmp_path)
    assert out.stdout.splitlines() == [str(tmp_path / "simple_torch_ffi" / "nn" / "functional.py"),
                                       "[0.0, 2.0]"]
