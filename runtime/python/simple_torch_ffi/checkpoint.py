"""Checkpoints in torch.save's format, with torch's names: stf.save(obj, f) and stf.load(f).

    import simple_torch_ffi as stf
    stf.save({"weight": w, "bias": b}, "model.pt")   # torch.load("model.pt", weights_only=True)
    state = stf.load("model.pt")                     # {"weight": Tensor, "bias": Tensor}; also
                                                     # files of torch.save(model.state_dict(), f)

What travels is a state dict: a dict of str -> Tensor (dtypes, shapes, strides and shared
storages kept, as torch.save keeps them). `f` is a path (str or os.PathLike) or a binary file
object. Loading never runs code from the file (it is always weights-only) and puts tensors on
the CPU unless `map_location` names a device. The library does the work (roles save,
load_names, load_tensor; runtime/cpp/stf/checkpoint.h): only the torch backend has it, the
pure backend raises NotAvailableError. Names must be non-empty and hold no newline (the ABI
passes them joined by '\\n'). Nothing here names a spec function.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, TypeAlias

from .backends import Backend, get_backend
from .device import device_name, parse_device_code
from .errors import InvalidArgumentError, NotAvailableError
from .loader import VARIANTS
from .tensor import BackendLike, DeviceLike, TensorBase, _tensor_class

__all__ = ["load", "save"]

FileLike: TypeAlias = "str | os.PathLike[str] | os.PathLike[bytes] | IO[bytes]"


def _member(b: Backend, name: str) -> Any:
    fn = getattr(b, name, None)
    if fn is None:
        raise NotAvailableError(f"backend {b.name!r} has no checkpoints ({name})")
    return fn


def _names_and_tensors(obj: Any) -> tuple[list[str], list[TensorBase]]:
    if not isinstance(obj, Mapping):
        raise TypeError("save() takes a dict of tensors {name: Tensor} (a state dict), "
                        f"not {type(obj).__name__}")
    names: list[str] = []
    tensors: list[TensorBase] = []
    for name, t in obj.items():
        if not isinstance(name, str):
            raise TypeError(f"save(): the key {name!r} is not a str")
        if not name or "\n" in name:
            raise InvalidArgumentError(f"save(): the name {name!r} cannot be saved: names must "
                                       "be non-empty and hold no newline")
        if not isinstance(t, TensorBase):
            raise TypeError(f"save(): {name!r} is {type(t).__name__}, not a Tensor (only a "
                            "dict of tensors can be saved)")
        names.append(name)
        tensors.append(t)
    return names, tensors


def save(obj: Mapping[str, TensorBase], f: FileLike) -> None:
    """Write obj, a dict {name: Tensor}, to f in torch.save's format: torch.load(f,
    weights_only=True) reads it back as a dict of torch tensors."""
    names, tensors = _names_and_tensors(obj)
    backends = {id(t._backend): t._backend for t in tensors}
    if len(backends) > 1:
        raise TypeError("save(): the tensors belong to different backends")
    b = next(iter(backends.values())) if backends else get_backend(None)
    write = _member(b, "save")
    handles = [t._h() for t in tensors]
    if hasattr(f, "write"):  # a file object: write a file, then copy it in
        with tempfile.TemporaryDirectory(prefix="stf-save-") as tmp:
            path = Path(tmp) / "checkpoint.pt"
            write(str(path), names, handles)
            with path.open("rb") as src:
                shutil.copyfileobj(src, f)  # type: ignore[arg-type]
        return
    write(os.fsdecode(f), names, handles)  # type: ignore[arg-type]


def load(f: FileLike, map_location: DeviceLike | None = None, *, weights_only: bool = True,
         backend: BackendLike = None) -> dict[str, TensorBase]:
    """The dict {name: Tensor} in f, a file torch.save wrote (a state dict, or any dict of
    tensors) or save() did, in file order; tensors on the CPU, or on map_location ("cpu",
    "cuda", "cuda:N"). Always weights-only: nothing in the file is executed, whatever
    `weights_only` says; anything but a dict of tensors is refused (InvalidArgumentError)."""
    del weights_only  # accepted for torch's signature: loading never runs code
    b = get_backend(backend)
    if hasattr(f, "read"):  # a file object: copy it to a file first
        with tempfile.TemporaryDirectory(prefix="stf-load-") as tmp:
            path = Path(tmp) / "checkpoint.pt"
            with path.open("wb") as dst:
                shutil.copyfileobj(f, dst)  # type: ignore[arg-type]
            return _load(b, str(path), map_location)
    path = os.fsdecode(f)  # type: ignore[arg-type]
    if path in VARIANTS and not os.path.exists(path):
        raise InvalidArgumentError(f"load({path!r}): no such checkpoint; {path!r} is a variant "
                                   f"name: its loader is simple_torch_ffi.load_variant({path!r})")
    return _load(b, path, map_location)


def _load(b: Backend, path: str, map_location: DeviceLike | None) -> dict[str, TensorBase]:
    names = _member(b, "load_names")(path)
    load_tensor = _member(b, "load_tensor")
    code = None if map_location is None else parse_device_code(map_location)
    cls = _tensor_class()
    out: dict[str, TensorBase] = {}
    try:
        for name in names:
            t = cls._wrap(b, load_tensor(path, name), "cpu")
            if code is not None and device_name(code) != "cpu":
                with t:
                    t = t.to(code)
            out[name] = t
    except BaseException:
        for t in out.values():
            t.close()
        raise
    return out
