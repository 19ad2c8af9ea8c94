"""One table of facts per target, keyed by logical type (codegen.types).

Each target module builds exactly one `TypeTable` whose rows are a frozen dataclass of that
target's facts (every field required, so a row is complete by construction). Lowering is a
lookup: `TABLE[t]`; a type without a row raises UnhandledTypeError naming the type and the
target at generation time. Every table registers itself in TABLES, and
tests/test_type_tables.py proves each one has a row for every type in types.ALL_TYPES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from .errors import UnhandledTypeError
from .types import ALL_TYPES, Type

R = TypeVar("R")

TABLES: dict[str, TypeTable[object]] = {}


class TypeTable(Generic[R]):
    """target -> {type: row}; `table[t]` is the row or an UnhandledTypeError."""

    def __init__(self, target: str, rows: Mapping[Type, R]) -> None:
        unknown = [t for t in rows if t not in ALL_TYPES]
        if unknown:
            raise ValueError(f"table {target!r} has rows for unknown types {unknown}")
        self.target = target
        self.rows: dict[Type, R] = dict(rows)
        TABLES[target] = self  # type: ignore[assignment]

    def __getitem__(self, t: Type) -> R:
        try:
            return self.rows[t]
        except KeyError:
            raise UnhandledTypeError(self.target, t) from None

    def missing(self) -> list[Type]:
        """The spec's types this table has no row for (must be empty)."""
        return [t for t in ALL_TYPES if t not in self.rows]
