"""Exceptions: one class per ABI error kind, all subclasses of SimpleTorchError."""

from __future__ import annotations

from ._abi import ERROR_KINDS


class SimpleTorchError(Exception):
    """A call into the library failed; `kind` is the ABI error kind, `function` the C symbol."""

    kind: str = "internal"

    def __init__(self, message: str, function: str | None = None) -> None:
        super().__init__(message)
        self.function = function


class InvalidHandleError(SimpleTorchError):
    kind = "invalid_handle"


class InvalidArgumentError(SimpleTorchError, ValueError):
    kind = "invalid_argument"


class TorchError(SimpleTorchError):
    kind = "torch_error"


class NotAvailableError(SimpleTorchError):
    kind = "not_available"


class OutOfMemoryError(SimpleTorchError, MemoryError):
    kind = "out_of_memory"


class InternalError(SimpleTorchError):
    kind = "internal"


class LibraryMismatchError(SimpleTorchError, ImportError):
    """The compiled library was built from another spec than these bindings."""

    kind = "internal"


_BY_KIND: dict[str, type[SimpleTorchError]] = {
    cls.kind: cls
    for cls in (InvalidHandleError, InvalidArgumentError, TorchError, NotAvailableError,
                OutOfMemoryError, InternalError)
}
_missing = [k for k in ERROR_KINDS if k != "ok" and k not in _BY_KIND]
if _missing:  # a new error kind in the spec needs its exception class here
    raise ImportError(f"simple_torch_ffi.errors has no exception class for error kinds {_missing}")

_BY_CODE: dict[int, type[SimpleTorchError]] = {
    code: _BY_KIND[name] for name, code in ERROR_KINDS.items() if name != "ok"
}


def error_class(code: int) -> type[SimpleTorchError]:
    """The exception class for an error kind code (InternalError for unknown codes)."""
    return _BY_CODE.get(code, InternalError)


def kind_name(code: int) -> str:
    for name, c in ERROR_KINDS.items():
        if c == code:
            return name
    return f"unknown({code})"
