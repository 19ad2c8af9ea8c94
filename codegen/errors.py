"""Errors raised while reading or rendering the spec."""

from __future__ import annotations


class SpecError(Exception):
    """An invalid spec: the message is `FILE:LINE: FUNCTION: what is wrong`."""

    def __init__(self, path: str, line: int, where: str | None, what: str) -> None:
        self.path = path
        self.line = line
        self.where = where
        self.what = what
        prefix = f"{path}:{line}: "
        super().__init__(prefix + (f"{where}: {what}" if where else what))


class UnhandledTypeError(Exception):
    """A target met a spec type it has no lowering for (add a case to its type mapping)."""

    def __init__(self, target: str, type_: object) -> None:
        super().__init__(f"target {target!r} has no lowering for spec type {type_!r}")
