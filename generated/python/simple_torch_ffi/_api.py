# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 1cb097189d5e8920
"""The simple_torch_ffi Tensor API: every operation of the spec, as real code.

Tensor methods are the operations whose first argument is a tensor; module-level functions are
the creation functions and the operations taking a list of tensors first. The hand-written base
(simple_torch_ffi.tensor.TensorBase) holds the lifetime, properties and data exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tensor import (
    NUMBERS,
    BackendLike,
    DTypeLike,
    Operand,
    TensorBase,
    binary,
    invoke,
    new_object,
    operand_types,
    scalar_binary,
    unary,
)

__all__ = [
    "Tensor",
    "zeros",
    "ones",
    "randn",
    "full",
    "arange",
    "eye",
    "cat",
]


class Tensor(TensorBase):
    """A tensor owning one handle of its backend: libtorch through the C ABI ("torch") or
    numpy ("pure"). Operations return new tensors; see simple_torch_ffi.tensor for lifetime."""

    __slots__ = ()

    def add(self, other: Operand) -> Tensor:
        """Element-wise a + b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[0](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_add")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_add", ops[0], False)
        return binary(Tensor, self, "tensor_add", other, False)

    def __add__(self, other: Operand) -> Tensor:
        """Element-wise a + b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[0](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_add")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_add", ops[0], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_add", other, False)

    def __radd__(self, other: Operand) -> Tensor:
        """Element-wise a + b (broadcasting), a new tensor. (reflected: other add self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[0](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_add")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_add", ops[0], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_add", other, True)

    def mul(self, other: Operand) -> Tensor:
        """Element-wise a * b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[1](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_mul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_mul", ops[1], False)
        return binary(Tensor, self, "tensor_mul", other, False)

    def __mul__(self, other: Operand) -> Tensor:
        """Element-wise a * b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[1](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_mul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_mul", ops[1], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_mul", other, False)

    def __rmul__(self, other: Operand) -> Tensor:
        """Element-wise a * b (broadcasting), a new tensor. (reflected: other mul self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[1](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_mul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_mul", ops[1], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_mul", other, True)

    def matmul(self, other: Operand) -> Tensor:
        """Matrix product a @ b, a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[2](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_matmul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_matmul", ops[2], False)
        return binary(Tensor, self, "tensor_matmul", other, False)

    def __matmul__(self, other: Operand) -> Tensor:
        """Matrix product a @ b, a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[2](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_matmul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_matmul", ops[2], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_matmul", other, False)

    def __rmatmul__(self, other: Operand) -> Tensor:
        """Matrix product a @ b, a new tensor. (reflected: other matmul self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[2](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_matmul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_matmul", ops[2], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_matmul", other, True)

    def dim(self) -> int:
        """Number of dimensions of the tensor."""
        return invoke(Tensor, "tensor_ndim", (self,))  # type: ignore[no-any-return]

    def numel(self) -> int:
        """Number of elements of the tensor."""
        return invoke(Tensor, "tensor_numel", (self,))  # type: ignore[no-any-return]

    def relu(self) -> Tensor:
        """Rectified linear unit max(x, 0), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[3](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("relu")
        return unary(Tensor, self, "relu")

    def sigmoid(self) -> Tensor:
        """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[4](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("sigmoid")
        return unary(Tensor, self, "sigmoid")

    def tanh(self) -> Tensor:
        """Hyperbolic tangent, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[5](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tanh")
        return unary(Tensor, self, "tanh")

    def cuda(self, device_id: int = 0) -> Tensor:
        """Copy of the tensor on CUDA device device_id."""
        return invoke(Tensor, "tensor_cuda", (self, device_id,))  # type: ignore[no-any-return]

    def cpu(self) -> Tensor:
        """Copy of the tensor on the CPU (the same tensor if it is already there)."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[6](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_cpu")
        return unary(Tensor, self, "tensor_cpu")

    def sub(self, other: Operand) -> Tensor:
        """Element-wise a - b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[7](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[7], False)
        return binary(Tensor, self, "tensor_sub", other, False)

    def __sub__(self, other: Operand) -> Tensor:
        """Element-wise a - b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[7](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[7], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_sub", other, False)

    def __rsub__(self, other: Operand) -> Tensor:
        """Element-wise a - b (broadcasting), a new tensor. (reflected: other sub self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[7](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[7], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_sub", other, True)

    def div(self, other: Operand) -> Tensor:
        """Element-wise a / b (broadcasting, true division), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[8](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[8], False)
        return binary(Tensor, self, "tensor_div", other, False)

    def __truediv__(self, other: Operand) -> Tensor:
        """Element-wise a / b (broadcasting, true division), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[8](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[8], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_div", other, False)

    def __rtruediv__(self, other: Operand) -> Tensor:
        """Element-wise a / b (broadcasting, true division), a new tensor. (reflected: other div self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[8](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = "cpu"
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[8], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_div", other, True)

    def neg(self) -> Tensor:
        """Element-wise -x, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[9](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_neg")
        return unary(Tensor, self, "tensor_neg")

    def __neg__(self) -> Tensor:
        """Element-wise -x, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[9](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_neg")
        return unary(Tensor, self, "tensor_neg")

    def exp(self) -> Tensor:
        """Element-wise exp(x), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[10](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_exp")
        return unary(Tensor, self, "tensor_exp")

    def log(self) -> Tensor:
        """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch)."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[11](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_log")
        return unary(Tensor, self, "tensor_log")

    def sum(self) -> float:
        """Sum of all elements."""
        return invoke(Tensor, "tensor_sum", (self,))  # type: ignore[no-any-return]

    def mean(self) -> float:
        """Mean of all elements (NaN for an empty tensor)."""
        return invoke(Tensor, "tensor_mean", (self,))  # type: ignore[no-any-return]

    def reshape(self, *dims: int | Sequence[int]) -> Tensor:
        """The tensor with new dims (one may be -1 to infer it), a new tensor."""
        return invoke(Tensor, "tensor_reshape", (self, dims,))  # type: ignore[no-any-return]

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """The tensor with dims dim0 and dim1 swapped, a new tensor."""
        return invoke(Tensor, "tensor_transpose", (self, dim0, dim1,))  # type: ignore[no-any-return]

    def softmax(self, dim: int = -1) -> Tensor:
        """Softmax along dim, a new tensor."""
        return invoke(Tensor, "softmax", (self, dim,))  # type: ignore[no-any-return]

    def clone(self) -> Tensor:
        """A copy of the tensor that shares no memory with it."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[12](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = "cpu"
                    t._ops = ops
                    return t
                self._backend.fail("tensor_clone")
        return unary(Tensor, self, "tensor_clone")


def zeros(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of zeros with the given dims and dtype."""
    return invoke(Tensor, "tensor_zeros", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def ones(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of ones with the given dims and dtype."""
    return invoke(Tensor, "tensor_ones", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def randn(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of standard-normal random values with the given dims and (floating) dtype."""
    return invoke(Tensor, "tensor_randn", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def full(dims: int | Sequence[int], value: float, dtype: DTypeLike = 'float32', *, backend: BackendLike = None) -> Tensor:
    """New tensor with the given dims and dtype, every element equal to value."""
    return invoke(Tensor, "tensor_full", (dims, value, dtype,), backend, place=True)  # type: ignore[no-any-return]


def arange(start: float, end: float, step: float, dtype: DTypeLike = 'float32', *, backend: BackendLike = None) -> Tensor:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype."""
    return invoke(Tensor, "tensor_arange", (start, end, step, dtype,), backend, place=True)  # type: ignore[no-any-return]


def eye(n: int, dtype: DTypeLike = 'float32', *, backend: BackendLike = None) -> Tensor:
    """New n x n identity matrix of the given dtype."""
    return invoke(Tensor, "tensor_eye", (n, dtype,), backend, place=True)  # type: ignore[no-any-return]


def cat(tensors: Sequence[Operand], dim: int = 0, *, backend: BackendLike = None) -> Tensor:
    """Concatenation of the tensors along dim, a new tensor."""
    return invoke(Tensor, "tensor_cat", (tensors, dim,), backend)  # type: ignore[no-any-return]

