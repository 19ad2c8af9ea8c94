"""generated/cmake/stf_generated.cmake: what the build needs to know about the spec.

CMakeLists.txt includes it instead of repeating the spec: the library name, the versions and the
generated files the build compiles, installs or feeds to cffi. The paths are those the other
targets rendered, so this target runs after them (it checks that each file it names exists in the
output).
"""

from __future__ import annotations

from ..model import Spec
from ..render import render
from ..writer import Output
from . import c_header, word_lane

PATH = "cmake/stf_generated.cmake"


def _files(spec: Spec, rendered: list[str]) -> dict[str, list[str]]:
    """CMake list name -> paths relative to generated/ (`rendered`: every file rendered)."""
    lib = spec.library
    python = sorted(p for p in rendered if p.startswith(f"python/{lib}/"))
    return {
        "STF_TORCH_SOURCES": [f"cpp/{lib}_torch.cpp"],
        "STF_STUB_SOURCES": [f"cpp/{lib}_stub.cpp"],
        "STF_LANE_SOURCES": [word_lane.lane_cpp_path(spec)],
        "STF_LANE_HOST_CALLS": [word_lane.host_calls_path(spec)],
        "STF_HEADERS": [c_header.header_path(spec), c_header.decls_path(spec)],
        "STF_PUBLIC_HEADER": [c_header.header_path(spec)],
        "STF_PYTHON_ABI": [f"python/{lib}/_abi.py"],
        # every generated file of the package (installed beside the hand-written ones, in
        # the same subdirectories: nn/functional.py)
        "STF_PYTHON_FILES": python,
        # the Simple modules (upstream's src/lib/torch/: lib.torch.ffi, lib.torch) and those of
        # the word lane (src/lib/torch/lane/), and the spec file (upstream's test/lib/)
        "STF_SIMPLE_MODULES": ["simple/ffi.spl", "simple/mod.spl"],
        "STF_SIMPLE_LANE_MODULES": ["simple/lane/ffi.spl", "simple/lane/mod.spl"],
        "STF_SIMPLE_SPECS": ["simple/torch_spec.spl"],
    }


def generate(spec: Spec, out: Output) -> None:
    files = _files(spec, sorted(out.files))
    missing = sorted({p for paths in files.values() for p in paths} - set(out.files))
    if missing:
        raise ValueError(f"{PATH} names files no target rendered: {', '.join(missing)} "
                         "(the cmake target must run after the others)")
    out.add(PATH, render("cmake/stf_generated.cmake.j2", spec=spec, files=files))
