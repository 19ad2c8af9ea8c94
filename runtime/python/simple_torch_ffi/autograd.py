"""Gradient mode, as torch has it: `no_grad`, `enable_grad`, `set_grad_enabled`,
`is_grad_enabled`.

libtorch's gradient mode is thread-local, so these switch it for the calling thread only (each
Python thread is an OS thread). They act on the default backend's library through the core roles
`is_grad_enabled` / `set_grad_enabled`; the pure (numpy) backend records no graph at all, so
there they change nothing and `is_grad_enabled()` answers False.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from . import _abi
from .backends import Backend, get_backend

BackendLike = str | Backend | None

F = TypeVar("F", bound=Callable[..., Any])


def is_grad_enabled(*, backend: BackendLike = None) -> bool:
    """Whether operations on this thread are recorded for backward()."""
    b = get_backend(backend)
    role = _abi.ROLES["is_grad_enabled"]
    return bool(b.call(role)) if b.has_op(role) else False


def _switch(b: Any, mode: bool) -> bool | None:
    """Set the mode; the previous one (None on a backend without autograd)."""
    role = _abi.ROLES["set_grad_enabled"]
    return bool(b.call(role, mode)) if b.has_op(role) else None


class set_grad_enabled:  # noqa: N801  (torch's name)
    """Switch gradient mode on this thread: called, now; as a context manager, for its block
    (the previous mode comes back on exit); as a decorator, for each call."""

    def __init__(self, mode: bool, *, backend: BackendLike = None) -> None:
        if not isinstance(mode, bool):
            raise TypeError(f"set_grad_enabled: mode must be a bool, not {type(mode).__name__}")
        self._backend = get_backend(backend)
        self._mode = mode
        self._previous = _switch(self._backend, mode)

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            _switch(self._backend, self._previous)

    def __call__(self, fn: F) -> F:
        # used as a decorator: the switch made in __init__ is undone, each call redoes it
        self.__exit__()
        mode, backend = self._mode, self._backend

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with set_grad_enabled(mode, backend=backend):
                return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]


class _GradModeBlock:
    """Base of no_grad / enable_grad: a context manager and decorator setting one mode."""

    mode = False

    def __init__(self, *, backend: BackendLike = None) -> None:
        self._backend = backend
        self._stack: list[set_grad_enabled] = []

    def __enter__(self) -> None:
        self._stack.append(set_grad_enabled(self.mode, backend=self._backend))

    def __exit__(self, *exc: object) -> None:
        self._stack.pop().__exit__()

    def __call__(self, fn: F) -> F:
        mode, backend = self.mode, self._backend

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with set_grad_enabled(mode, backend=backend):
                return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]


class no_grad(_GradModeBlock):  # noqa: N801  (torch's name)
    """Operations in the block (or the decorated function) are not recorded for backward()."""

    mode = False


class enable_grad(_GradModeBlock):  # noqa: N801  (torch's name)
    """Operations in the block are recorded again (inside a no_grad block)."""

    mode = True
