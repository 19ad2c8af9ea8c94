"""A machine without libtorch: the build warns, builds the stub alone, and its tests pass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    assert found, f"{name} is needed to build"
    return found


def test_stub_only_build_passes_stub_conformance(tmp_path: Path) -> None:
    build, out = tmp_path / "cmake", tmp_path / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("LIBTORCH", "LD_LIBRARY_PATH")}
    configure = subprocess.run(
        [_tool("cmake"), "-S", str(ROOT), "-B", str(build), "-G", "Ninja",
         f"-DCMAKE_MAKE_PROGRAM={_tool('ninja')}", f"-DPython3_EXECUTABLE={sys.executable}",
         "-DSTF_PYTHON=/bin/false",  # a Python without torch
         f"-DSTF_PYTHON_OUT={out}"],
        capture_output=True, text=True, env=env, check=False)
    assert configure.returncode == 0, configure.stderr
    assert "libtorch not found" in configure.stderr
    assert "Building the stub variant only" in " ".join(configure.stderr.split())
    subprocess.run([_tool("cmake"), "--build", str(build)], capture_output=True, env=env,
                   check=True)
    native = out / "simple_torch_ffi" / "_native"
    assert (native / "libsimple_torch_ffi_stub.so").exists()
    assert not (native / "libsimple_torch_ffi.so").exists()
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(ROOT / "generated" / "tests"), "-k", "stub"],
        capture_output=True, text=True, cwd=ROOT, check=False,
        env={**env, "STF_BUILD_PYTHON": str(out), "STF_REQUIRE_TORCH": "0"})
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout and " failed" not in tests.stdout
