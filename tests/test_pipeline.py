"""The built artifacts: every spec function exported, declared and loadable, no surprises."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import simple_torch_ffi
from codegen.spec import load_spec
from simple_torch_ffi import LibraryMismatchError, Variant, loader

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec" / "ffi.yaml")
SYMBOLS = sorted(f.symbol for f in SPEC.functions)
PYTHONPATH = os.pathsep.join(str(p) for p in (
    os.environ.get("STF_BUILD_PYTHON") or ROOT / "build/python",
    ROOT / "generated/python", ROOT / "runtime/python"))


def _exported(library: Path) -> list[str]:
    out = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True,
                         text=True, check=True).stdout
    return sorted(line.split()[-1] for line in out.splitlines() if line.strip())


def test_every_spec_function_is_exported_and_nothing_else(variant: Variant) -> None:
    """Every defined dynamic symbol, of any kind: no template instantiation, typeinfo or
    statically linked libstdc++ code leaks out (exported, a toolchain's private libstdc++
    copy interposes on libtorch's calls and crashes it; seen with GCC 13 and torch 2.11)."""
    assert _exported(variant.library_path) == SYMBOLS


def test_word_lane_libraries_export_only_the_abi() -> None:
    from simple_torch_ffi.__main__ import word_lane

    found = word_lane()  # where `info` and upstream's loader find them
    if os.environ.get("STF_REQUIRE_TORCH") == "1":
        assert found["torch"], "the torch word lane is not built"
    libraries = [Path(found[v]) for v in ("torch", "stub") if found[v]]
    if not libraries:
        pytest.skip("the word-lane libraries are not built (nox -s build)")
    for library in libraries:
        names = _exported(library)
        assert set(SYMBOLS) <= set(names), library
        strays = [n for n in names if not n.startswith((SPEC.prefix, f"rt_{SPEC.lane}_"))]
        assert strays == [], f"{library.name} exports {strays[:5]}"


def test_libraries_resolve_without_ld_library_path(variant: Variant) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    for path in (variant.library_path, variant.module_path):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=True).stdout
        assert "not found" not in out, out


def test_header_cdef_and_simple_declare_every_function() -> None:
    header = (ROOT / "generated/include/simple_torch_ffi.h").read_text()
    spl = (ROOT / "generated/simple/ffi.spl").read_text()
    from simple_torch_ffi import _abi

    for f in SPEC.functions:
        assert re.search(rf"\b{f.symbol}\(", header), f.symbol
        assert re.search(rf"\b{f.symbol}\(", _abi.CDEF), f.symbol
        assert re.search(rf"^extern fn {f.symbol}\(", spl, re.M), f.symbol
        assert f.name in _abi.FUNCTIONS


def test_both_variants_live_in_one_process(torch_variant: Variant, stub_variant: Variant) -> None:
    assert torch_variant.available is True
    assert stub_variant.available is False
    assert torch_variant.version.startswith(f"{SPEC.version}+torch")
    assert stub_variant.version == f"{SPEC.version}+stub"
    h = torch_variant.func("tensor_zeros")(torch_variant.ffi.new("int64_t[]", [2]), 1, 0)
    assert h > 0
    # The stub knows nothing of the torch variant's handles.
    assert stub_variant.func("tensor_numel")(h) == -1
    assert stub_variant.last_error() == (
        4, "simple_torch_tensor_numel: libtorch is not available in this build")
    torch_variant.func("tensor_free")(h)


def test_fresh_process_imports_without_torch() -> None:
    code = ("import sys; from simple_torch_ffi import ffi, lib; "
            "print(lib.simple_torch_available(), 'torch' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": PYTHONPATH}
    env.pop("LD_LIBRARY_PATH", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    expected_available = "True" if _torch_built() else "False"
    assert out == [expected_available, "False"]


def _torch_built() -> bool:
    try:
        loader.load("torch")
    except simple_torch_ffi.NotAvailableError:
        return False
    return True


def test_spec_hash_mismatch_is_refused(variant: Variant, monkeypatch: pytest.MonkeyPatch) -> None:
    from simple_torch_ffi import _abi

    monkeypatch.setattr(_abi, "SPEC_HASH", "0000000000000000")
    with pytest.raises(LibraryMismatchError) as info:
        loader._check_hash(variant)
    assert str(info.value) == (
        f"{variant.library_path} was built from spec hash {SPEC.hash}, but these Python "
        "bindings expect 0000000000000000: the spec changed since the last build. Rebuild with "
        "`nox -s build` (or reinstall with `pip install .`)."
    )


def test_unknown_variant() -> None:
    with pytest.raises(ValueError, match="unknown variant 'gpu'"):
        simple_torch_ffi.load_variant("gpu")


def test_info_lists_libraries() -> None:
    env = {**os.environ, "PYTHONPATH": PYTHONPATH}
    out = subprocess.run([sys.executable, "-m", "simple_torch_ffi", "info"], capture_output=True,
                         text=True, env=env, check=True).stdout
    assert f"spec hash {SPEC.hash}" in out
    assert "libsimple_torch_ffi_stub.so" in out
    assert ("cuda_available:" in out) == _torch_built()


def test_selftest_passes() -> None:
    env = {**os.environ, "PYTHONPATH": PYTHONPATH}
    result = subprocess.run([sys.executable, "-m", "simple_torch_ffi", "selftest"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("selftest passed")
    assert ("ok   torch: no handle leaked" in result.stdout) == _torch_built()
