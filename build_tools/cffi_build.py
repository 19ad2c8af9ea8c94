"""Emit the C source of one cffi API-mode extension module (run by CMake at build time).

    python build_tools/cffi_build.py --abi generated/python/simple_torch_ffi/_abi.py \
        --variant torch --out build/_torch.c

The module includes the real generated header, so the C compiler checks every cdef prototype
against it (plus explicit function-pointer checks from _abi.C_CHECKS). This script lives outside
the shipped package, as pyca/cryptography does.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import cffi


def _load_abi(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("_stf_abi", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The destructor of the DLPack capsules the Python package makes (simple_torch_ffi.dlpack):
# C, because it runs while a capsule is deallocated, possibly with an exception pending, where
# no Python code may run. A capsule still named as made was never consumed: its managed tensor
# is deleted here, exactly once. The structs are DLPack's leading members (dlpack.h, v1).
DLPACK_HELPERS_CDEF = "void stf_dlpack_capsule_destructor(void* capsule);\n"
DLPACK_HELPERS_SOURCE = """
typedef struct { uint32_t major, minor; } stf_dl_version;
typedef struct stf_dl_versioned {
  stf_dl_version version;
  void* manager_ctx;
  void (*deleter)(struct stf_dl_versioned*);
} stf_dl_versioned;
typedef struct { void* data; int32_t device_type, device_id, ndim; uint8_t code, bits;
                 uint16_t lanes; int64_t* shape; int64_t* strides; uint64_t byte_offset; }
  stf_dl_tensor;
typedef struct stf_dl_legacy {
  stf_dl_tensor dl_tensor;
  void* manager_ctx;
  void (*deleter)(struct stf_dl_legacy*);
} stf_dl_legacy;

static void stf_dlpack_capsule_destructor(void* capsule) {
  PyObject* cap = (PyObject*)capsule;
  if (PyCapsule_IsValid(cap, "dltensor_versioned")) {
    stf_dl_versioned* m = (stf_dl_versioned*)PyCapsule_GetPointer(cap, "dltensor_versioned");
    if (m != NULL && m->deleter != NULL) m->deleter(m);
  } else if (PyCapsule_IsValid(cap, "dltensor")) {
    stf_dl_legacy* m = (stf_dl_legacy*)PyCapsule_GetPointer(cap, "dltensor");
    if (m != NULL && m->deleter != NULL) m->deleter(m);
  }
}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--abi", type=Path, required=True)
    parser.add_argument("--variant", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    abi = _load_abi(args.abi)
    ffi = cffi.FFI()
    ffi.cdef(abi.CDEF + DLPACK_HELPERS_CDEF)
    # Both headers: the documented one users see and the docs-free one the library was compiled
    # with; a prototype that differed between them would be a "conflicting types" error.
    ffi.set_source(f"{abi.LIBRARY}._native._{args.variant}",
                   f'#include "{abi.LIBRARY}.h"\n#include "{abi.LIBRARY}_decls.h"\n'
                   f"{abi.C_CHECKS}{DLPACK_HELPERS_SOURCE}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp.c")
    ffi.emit_c_code(str(tmp))
    # Write only on change, so a rebuild after an unchanged spec recompiles nothing.
    if args.out.exists() and args.out.read_bytes() == tmp.read_bytes():
        tmp.unlink()
    else:
        tmp.replace(args.out)


if __name__ == "__main__":
    main()
