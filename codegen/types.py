"""The spec's logical types, compositional and free of any target language.

A type is a `Base` (a handle or a scalar of one kind), an `Array` of a base element, an
`Optional` of a base (`tensor?`: a value or none), or `VOID` (a result only). Array-ness and
optionality are structure: `[i64]` is `Array(I64)`, `shape` is `Array(DIM)` (an array of
non-negative dimensions), `[tensor]` is `Array(TENSOR)`, `tensor?` is `Optional(TENSOR)`.
`parse` reads the spec's spelling, `Type.value` writes it back.

What a type *is* lives here (its spelling, what literal a default or sentinel of it is, its
integer width); what it *becomes* in a language lives in one table per target
(codegen/targets/*, built on codegen.tables.TypeTable), keyed by these objects. A new type is
one entry in BASES (or one composition) plus one row in every target's table; a table without
the row fails generation naming the type and the target.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Literal

LiteralKind = Literal["handle", "int", "float", "bool", "text", "dtype", "none"]


@dataclass(frozen=True)
class Type(ABC):
    """A logical argument or result type of an ABI function (Base, Array or Void)."""

    @property
    @abstractmethod
    def value(self) -> str:
        """The spec's spelling: "i64", "[f64]", "shape", "void"."""

    @property
    def is_array(self) -> bool:
        return isinstance(self, Array)

    @property
    def element(self) -> Base:
        """The element type of an array or optional type."""
        if isinstance(self, Array | Optional):
            return self.element_type
        raise ValueError(f"{self.value} is not an array or optional type")

    @property
    def is_optional(self) -> bool:
        return isinstance(self, Optional)

    @property
    def holds_tensors(self) -> bool:
        """A tensor, an optional tensor or an array of tensors."""
        return self == TENSOR or (isinstance(self, Array | Optional)
                                  and self.element_type == TENSOR)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return self.value


@dataclass(frozen=True, repr=False)
class Base(Type):
    """A handle or a scalar: `name` is its spelling, `literal` what a spec value of it is
    (a default, a sentinel, an example), `bits` the width of an integer kind."""

    name: str
    literal: LiteralKind
    bits: int = 0
    doc: str = ""

    @property
    def value(self) -> str:
        return self.name

    @property
    def int_range(self) -> tuple[int, int]:
        if self.literal not in ("int", "handle"):
            raise ValueError(f"{self.name} is not an integer type")
        bits = self.bits or 64
        return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


@dataclass(frozen=True, repr=False)
class Array(Type):
    """An array of `element_type` values (pointer + length in C)."""

    element_type: Base

    @property
    def value(self) -> str:
        return ALIASES_BY_TYPE.get(self) or f"[{self.element_type.value}]"


@dataclass(frozen=True, repr=False)
class Optional(Type):
    """A value of `element_type` or none (`tensor?`: the handle 0 is none)."""

    element_type: Base

    @property
    def value(self) -> str:
        return f"{self.element_type.value}?"

    @property
    def literal(self) -> LiteralKind:
        """What a spec value of it is (a sentinel): that of its element; a default is null."""
        return self.element_type.literal


@dataclass(frozen=True, repr=False)
class Void(Type):
    """No result."""

    @property
    def value(self) -> str:
        return "void"


TENSOR = Base("tensor", "handle", 64, "a tensor handle: positive i64, 0 = invalid")
I64 = Base("i64", "int", 64)
I32 = Base("i32", "int", 32)
F64 = Base("f64", "float")
F32 = Base("f32", "float", doc="float32 (tensor data in and out without conversion)")
BOOL = Base("bool", "bool")
TEXT = Base("text", "text", doc="UTF-8 string, borrowed on both sides")
DEVICE = Base("device", "int", 32, "i32 device code: negative = CPU, N >= 0 = CUDA device N")
DIM = Base("dim", "int", 64, "a non-negative dimension (the element of a shape)")
DTYPE = Base("dtype", "dtype", 32, "an i32 dtype code from the spec's dtypes table; a spec "
             "value (default, example) names the dtype")
U8 = Base("u8", "int", 8, "a byte (the element of raw tensor data)")
VOID = Void()

BASES: dict[str, Base] = {b.name: b for b in (TENSOR, I64, I32, F64, F32, BOOL, TEXT, DEVICE,
                                              DIM, DTYPE, U8)}
# Spellings that name a composition.
ALIASES: dict[str, Type] = {"shape": Array(DIM)}
ALIASES_BY_TYPE: dict[Type, str] = {t: name for name, t in ALIASES.items()}

# What a spec may use. An array is an argument (pointer + length) or a result (a caller
# buffer); [tensor] is an argument only; DIM appears only inside a shape.
ARRAY_ELEMENTS: tuple[Base, ...] = (DIM, I64, F64, F32, U8, TENSOR)
# The arrays an argument default may be given for (a list of numbers: torch's stride=1).
ARRAY_DEFAULT_ELEMENTS: tuple[Base, ...] = (DIM, I64, F64, F32)
# What may be optional: a tensor (an argument such as a bias, a result such as a gradient).
OPTIONAL_ELEMENTS: tuple[Base, ...] = (TENSOR,)
SCALARS: tuple[Base, ...] = (TENSOR, I64, I32, F64, F32, BOOL, TEXT, DEVICE, DTYPE)
ARG_TYPES: frozenset[Type] = frozenset(
    [*SCALARS, *(Array(e) for e in ARRAY_ELEMENTS), *(Optional(e) for e in OPTIONAL_ELEMENTS)])
RETURN_TYPES: frozenset[Type] = frozenset(
    [*SCALARS, VOID, *(Array(e) for e in ARRAY_ELEMENTS if e not in (DIM, TENSOR)),
     *(Optional(e) for e in OPTIONAL_ELEMENTS)])
ALL_TYPES: tuple[Type, ...] = tuple(sorted(ARG_TYPES | RETURN_TYPES, key=lambda t: t.value))


def parse(text: str) -> Type | None:
    """The type spelled `text` ("i64", "[f64]", "shape", "tensor?", "void"), or None if it
    names none."""
    t = text.replace(" ", "")
    if t == "void":
        return VOID
    if t in ALIASES:
        return ALIASES[t]
    if t.endswith("?"):
        inner = BASES.get(t[:-1])
        return Optional(inner) if inner in OPTIONAL_ELEMENTS else None
    if t.startswith("[") and t.endswith("]"):
        inner = BASES.get(t[1:-1])
        return Array(inner) if inner is not None else None
    return BASES.get(t)

