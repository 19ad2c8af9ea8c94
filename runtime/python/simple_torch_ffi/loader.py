"""Find, load and verify the compiled variants (cffi API-mode extension modules).

Each variant is an extension module `simple_torch_ffi._native._<variant>` linked against its
shared library (`lib<library>.so` or `lib<library>_stub.so`) next to it. Loading checks that the
library was generated from the same spec as these bindings (the spec hash).
"""

from __future__ import annotations

import importlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _abi
from .errors import LibraryMismatchError, NotAvailableError, error_class

VARIANTS = ("torch", "stub")
ENV_VARIANT = "SIMPLE_TORCH_FFI_VARIANT"

_lock = threading.Lock()
_loaded: dict[str, Variant] = {}
_failures: dict[str, str] = {}
_default: Variant | None = None


@dataclass(frozen=True)
class Variant:
    """One loaded variant: the cffi `ffi` and `lib`, and where they came from."""

    variant: str
    ffi: Any
    lib: Any
    module_path: Path
    library_path: Path

    def symbol(self, name: str) -> str:
        return _abi.PREFIX + name

    def func(self, name: str) -> Any:
        return getattr(self.lib, _abi.PREFIX + name)

    def role(self, role: str) -> Any:
        """The C function that takes a core role (see codegen/roles.py)."""
        return self.func(_abi.ROLES[role])

    def text(self, role: str) -> str:
        """The text a core role without arguments returns (version, spec_hash, last_error)."""
        return self.ffi.string(self.role(role)()).decode("utf-8", "replace")

    def last_error(self) -> tuple[int, str]:
        return int(self.role("last_error_kind")()), self.text("last_error")

    def raise_last_error(self, function: str) -> None:
        """Raise the exception for the error the last call on this thread recorded."""
        kind, msg = self.last_error()
        raise error_class(kind)(msg or f"{function} failed", function)

    @property
    def available(self) -> bool:
        return bool(self.role("available")())

    @property
    def version(self) -> str:
        return self.text("version")


def library_filename(variant: str) -> str:
    suffix = "" if variant == "torch" else f"_{variant}"
    return f"lib{_abi.LIBRARY}{suffix}.so"


def load(variant: str) -> Variant:
    """Load a variant ("torch" or "stub"); raises NotAvailableError if it was not built or
    cannot load here, LibraryMismatchError if it was built from another spec."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} (expected one of {', '.join(VARIANTS)})")
    with _lock:
        if variant in _loaded:
            return _loaded[variant]
        try:
            module = importlib.import_module(f"{__package__}._native._{variant}")
        except ImportError as e:
            _failures[variant] = str(e)
            raise NotAvailableError(
                f"the {variant} variant of {_abi.LIBRARY} is not built or cannot load ({e}); "
                "build it with `nox -s build` or install with `pip install .`"
            ) from e
        module_path = Path(module.__file__ or "")
        v = Variant(variant, module.ffi, module.lib, module_path,
                    module_path.parent / library_filename(variant))
        _check_hash(v)
        _loaded[variant] = v
        return v


def _check_hash(v: Variant) -> None:
    lib_hash = v.text("spec_hash")
    if lib_hash != _abi.SPEC_HASH:
        raise LibraryMismatchError(
            f"{v.library_path} was built from spec hash {lib_hash}, but these Python bindings "
            f"expect {_abi.SPEC_HASH}: the spec changed since the last build. Rebuild with "
            "`nox -s build` (or reinstall with `pip install .`)."
        )


def default_variant() -> Variant:
    """The torch variant when it loads, else the stub; SIMPLE_TORCH_FFI_VARIANT forces one."""
    global _default
    if _default is not None:
        return _default
    forced = os.environ.get(ENV_VARIANT, "").strip()
    if forced:
        _default = load(forced)
        return _default
    try:
        _default = load("torch")
    except NotAvailableError:
        _default = load("stub")
    return _default


def failures() -> dict[str, str]:
    """Why variants failed to load so far (for `python -m simple_torch_ffi info`)."""
    return dict(_failures)


def call_checked(v: Variant, name: str, *args: Any) -> Any:
    """Call `name` and raise the matching exception if it failed (last_error_kind != 0)."""
    result = v.func(name)(*args)
    if int(v.role("last_error_kind")()) != 0:
        v.raise_last_error(_abi.PREFIX + name)
    return result
