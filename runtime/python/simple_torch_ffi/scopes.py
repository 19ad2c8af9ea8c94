"""Handle scopes and the census: leaks found and freed by the library's handle table.

    import simple_torch_ffi as stf
    with stf.scope():                    # every tensor made on this thread inside is freed
        x = stf.ones(3)                  # at the end of the block...
        y = stf.keep((x + 1).relu())     # ...except the kept ones (also y.keep())
    y.numpy()                            # fine; using x now raises InvalidHandleError
    stf.census()                         # {spec function: live tensors it made, ...}

A scope is the library's (roles scope_begin / scope_end / scope_keep / census): it frees the
handles the calling thread created since the scope began, whoever holds them: Tensor objects,
temporaries, handles of the raw `lib`. Tensor objects whose handle it freed stay, and any use
of them raises InvalidHandleError (their handle is stale: generation-checked, never reused).
Scopes nest and are per thread: another thread's tensors are never freed by this thread's
scope, and only the innermost scope of a thread can end (nested `with` blocks do that).
`keep(t)` moves t's handle out of the scope that owns it into the enclosing scope (or out of
all scopes at the outermost one); keep it again to carry it further out.
The pure backend follows the same rules but frees nothing (its tensors are numpy arrays the
garbage collector frees) and has no census. Nothing here names a spec function.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, TypeVar

from .backends import get_backend
from .errors import InvalidArgumentError, NotAvailableError
from .tensor import BackendLike, TensorBase

__all__ = ["census", "keep", "scope"]

T = TypeVar("T", bound=TensorBase)


def _scoped(b: Any, member: str) -> Any:
    fn = getattr(b, member, None)
    if fn is None:
        raise NotAvailableError(f"backend {b.name!r} has no handle scopes ({member})")
    return fn


class scope:  # noqa: N801  (a context manager used like a function, as torch.no_grad)
    """`with stf.scope():` frees, at the end of the block, every tensor handle the calling
    thread created inside it and did not keep (see the module docstring). After the block,
    `freed` is how many it freed; `id` is the library's scope id while it is open."""

    def __init__(self, *, backend: BackendLike = None) -> None:
        self._backend = get_backend(backend)
        self.id: int | None = None
        self.freed: int | None = None

    def __enter__(self) -> scope:
        if self.id is not None:
            raise InvalidArgumentError("this scope is already open; make a new stf.scope()")
        self.id = _scoped(self._backend, "scope_begin")()
        self.freed = None
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        scope_id, self.id = self.id, None
        if scope_id is not None:
            self.freed = _scoped(self._backend, "scope_end")(scope_id)

    def __repr__(self) -> str:
        state = f"open, id {self.id}" if self.id is not None else (
            "not entered" if self.freed is None else f"ended, freed {self.freed}")
        return f"<stf.scope ({self._backend.name}): {state}>"


def keep(t: T) -> T:
    """t survives the scope that owns its handle (it moves to the enclosing scope, or out of
    all scopes at the outermost one); returns t. A tensor made outside any scope stays so."""
    if not isinstance(t, TensorBase):
        raise TypeError(f"keep() takes a Tensor, not {type(t).__name__}")
    return t.keep()


def census(*, backend: BackendLike = None) -> dict[str, int]:
    """The live tensor handles per spec function that created them ({function name: count}),
    most first: what to look at when live_handles() grows."""
    return _scoped(get_backend(backend), "census")()  # type: ignore[no-any-return]
