"""The spec's logical type enum. No target language appears here; each target module maps
every member exhaustively (see codegen/targets/*)."""

from __future__ import annotations

from enum import Enum


class Type(Enum):
    """A logical argument or return type of an ABI function."""

    TENSOR = "tensor"  # a tensor handle: positive i64, 0 = invalid
    I64 = "i64"
    I32 = "i32"
    F64 = "f64"
    F32 = "f32"  # float32 (tensor data in and out without conversion)
    BOOL = "bool"
    TEXT = "text"  # UTF-8 string; borrowed on both sides
    SHAPE = "shape"  # [i64] of non-negative dims, validated as a tensor shape
    DEVICE = "device"  # i32 device code: negative = CPU, N >= 0 = CUDA device N
    I64_ARRAY = "[i64]"
    F64_ARRAY = "[f64]"
    F32_ARRAY = "[f32]"
    TENSOR_ARRAY = "[tensor]"  # handles, e.g. the inputs of cat
    VOID = "void"

    @property
    def is_array(self) -> bool:
        return self in (Type.SHAPE, Type.I64_ARRAY, Type.F64_ARRAY, Type.F32_ARRAY,
                        Type.TENSOR_ARRAY)

    @property
    def element(self) -> Type:
        """The element type of an array type."""
        if self in (Type.SHAPE, Type.I64_ARRAY):
            return Type.I64
        if self is Type.F64_ARRAY:
            return Type.F64
        if self is Type.F32_ARRAY:
            return Type.F32
        if self is Type.TENSOR_ARRAY:
            return Type.TENSOR
        raise ValueError(f"{self.value} is not an array type")


ARG_TYPES: frozenset[Type] = frozenset(t for t in Type if t is not Type.VOID)
RETURN_TYPES: frozenset[Type] = frozenset(
    {Type.TENSOR, Type.I64, Type.I32, Type.F64, Type.F32, Type.BOOL, Type.TEXT, Type.VOID,
     Type.I64_ARRAY, Type.F64_ARRAY, Type.F32_ARRAY}
)
