"""DLPack capsules for the Python exchange protocol (`__dlpack__`, `from_dlpack`).

The C ABI exports a tensor as the address of a managed tensor (role to_dlpack) and imports one
(role from_dlpack); Python consumers want it in a PyCapsule named "dltensor_versioned"
(DLPack 1.x) or "dltensor" (legacy). A consumer renames the capsule "used_..." when it takes
ownership; a capsule that dies unconsumed calls the managed tensor's deleter, exactly once.
ctypes reaches the CPython capsule API; the destructor is C, compiled into the cffi module
(build_tools/cffi_build.py), since it may run with an exception pending. Nothing here names a
spec function.
"""

from __future__ import annotations

import ctypes
from typing import Any

__all__ = ["VERSIONED", "LEGACY", "capsule", "consume", "pointer"]

VERSIONED = b"dltensor_versioned"
LEGACY = b"dltensor"
_USED = {VERSIONED: b"used_dltensor_versioned", LEGACY: b"used_dltensor"}

_api = ctypes.pythonapi
_api.PyCapsule_New.restype = ctypes.py_object
_api.PyCapsule_New.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
_api.PyCapsule_IsValid.restype = ctypes.c_int
_api.PyCapsule_IsValid.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
_api.PyCapsule_GetPointer.restype = ctypes.c_void_p
_api.PyCapsule_GetPointer.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
_api.PyCapsule_SetName.restype = ctypes.c_int
_api.PyCapsule_SetName.argtypes = [ctypes.py_object, ctypes.c_char_p]

_Deleter = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


class _Version(ctypes.Structure):
    _fields_ = [("major", ctypes.c_uint32), ("minor", ctypes.c_uint32)]


class _DLTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("device_type", ctypes.c_int32),
                ("device_id", ctypes.c_int32), ("ndim", ctypes.c_int32),
                ("dtype_code", ctypes.c_uint8), ("dtype_bits", ctypes.c_uint8),
                ("dtype_lanes", ctypes.c_uint16), ("shape", ctypes.c_void_p),
                ("strides", ctypes.c_void_p), ("byte_offset", ctypes.c_uint64)]


class _Versioned(ctypes.Structure):  # DLManagedTensorVersioned (tests build hostile ones)
    _fields_ = [("version", _Version), ("manager_ctx", ctypes.c_void_p),
                ("deleter", _Deleter), ("flags", ctypes.c_uint64), ("dl_tensor", _DLTensor)]


def capsule(address: int, versioned: bool, destructor: int) -> Any:
    """A capsule owning the managed tensor at `address` (deleted with it unless consumed):
    `destructor` is the address of the cffi module's C stf_dlpack_capsule_destructor."""
    return _api.PyCapsule_New(address, VERSIONED if versioned else LEGACY, destructor)


def pointer(cap: Any) -> tuple[int, bool]:
    """(address, versioned) of an unconsumed DLPack capsule; ValueError for anything else."""
    for name in (VERSIONED, LEGACY):
        if _api.PyCapsule_IsValid(id(cap), name):
            return int(_api.PyCapsule_GetPointer(id(cap), name)), name == VERSIONED
    raise ValueError("not an unconsumed DLPack capsule (dltensor_versioned or dltensor)")


def consume(cap: Any, versioned: bool) -> None:
    """Mark a capsule consumed: its managed tensor now belongs to whoever imported it."""
    _api.PyCapsule_SetName(cap, _USED[VERSIONED if versioned else LEGACY])
