# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
"""The simple_torch_ffi Tensor API: every operation of the spec, as real code.

Tensor methods are the operations whose first argument is a tensor; module-level functions are
the other operations (creation functions, those taking a list of tensors first, ...). An
operation with a `python_module` lives in that module instead (simple_torch_ffi.nn.functional),
and is a method here only with `tensor_method`. The hand-written base
(simple_torch_ffi.tensor.TensorBase) holds the lifetime, properties and data exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

from .tensor import (
    DIRECT_MISSES,
    NUMBERS,
    REALS,
    BackendLike,
    DTypeLike,
    Operand,
    TensorBase,
    binary,
    direct_dims,
    invoke,
    new_object,
    operand_types,
    scalar_binary,
    unary,
    wrap_direct,
)

__all__ = [
    "Tensor",
    "last_warning",
    "zeros",
    "ones",
    "randn",
    "rand",
    "cuda_synchronize",
    "full",
    "arange",
    "eye",
    "cat",
    "manual_seed",
]


class Tensor(TensorBase):
    """A tensor owning one handle of its backend: libtorch through the C ABI ("torch") or
    numpy ("pure"). Operations return new tensors; see simple_torch_ffi.tensor for lifetime."""

    __slots__ = ()
    # == is elementwise, as in torch: hashing stays by identity
    __hash__ = TensorBase.__hash__

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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
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
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_matmul")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_matmul", ops[2], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_matmul", other, True)

    def mm(self, other: Operand) -> Tensor:
        """Matrix product of two 2-d tensors (torch.mm, no broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[3](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_mm")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_mm", ops[3], False)
        return binary(Tensor, self, "tensor_mm", other, False)

    def dot(self, other: Operand) -> Tensor:
        """Inner product of two 1-d tensors of the same size and dtype (torch.dot), a new 0-d tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[4](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_dot")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_dot", ops[4], False)
        return binary(Tensor, self, "tensor_dot", other, False)

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
                h = ops[5](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("relu")
        return unary(Tensor, self, "relu")

    def sigmoid(self) -> Tensor:
        """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""
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
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("sigmoid")
        return unary(Tensor, self, "sigmoid")

    def tanh(self) -> Tensor:
        """Hyperbolic tangent, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[7](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tanh")
        return unary(Tensor, self, "tanh")

    def cuda(self, device_id: int = 0) -> Tensor:
        """Copy of the tensor on CUDA device device_id."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(device_id) is int:
                    h = ops[40](self._handle, device_id)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_cuda")
        return invoke(Tensor, "tensor_cuda", (self, device_id,))  # type: ignore[no-any-return]

    def cpu(self) -> Tensor:
        """Copy of the tensor on the CPU (the same tensor if it is already there)."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                h = ops[41](self._handle)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_cpu")
        return invoke(Tensor, "tensor_cpu", (self,))  # type: ignore[no-any-return]

    def sub(self, other: Operand) -> Tensor:
        """Element-wise a - b (broadcasting), a new tensor."""
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
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[8], False)
        return binary(Tensor, self, "tensor_sub", other, False)

    def __sub__(self, other: Operand) -> Tensor:
        """Element-wise a - b (broadcasting), a new tensor."""
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
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[8], False)
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
                        h = ops[8](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_sub")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_sub", ops[8], True)
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
                        h = ops[9](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[9], False)
        return binary(Tensor, self, "tensor_div", other, False)

    def __truediv__(self, other: Operand) -> Tensor:
        """Element-wise a / b (broadcasting, true division), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[9](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[9], False)
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
                        h = ops[9](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_div")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_div", ops[9], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_div", other, True)

    def neg(self) -> Tensor:
        """Element-wise -x, a new tensor."""
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
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_neg")
        return unary(Tensor, self, "tensor_neg")

    def __neg__(self) -> Tensor:
        """Element-wise -x, a new tensor."""
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
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_neg")
        return unary(Tensor, self, "tensor_neg")

    def exp(self) -> Tensor:
        """Element-wise exp(x), a new tensor."""
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
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_exp")
        return unary(Tensor, self, "tensor_exp")

    def log(self) -> Tensor:
        """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch)."""
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
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_log")
        return unary(Tensor, self, "tensor_log")

    def sum(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """Sum of all elements, a new 0-d tensor (integer and bool tensors sum to int64, as torch; ABI 3, was f64). With dim: Sum over dim (kept as size 1 when keepdim), a new tensor."""
        if dim is None:
            if (keepdim,) != (False,):
                raise TypeError("sum(): keepdim needs dim")
            return invoke(Tensor, "tensor_sum", (self,))  # type: ignore[no-any-return]
        return invoke(Tensor, "tensor_sum_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def mean(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """Mean of all elements, a new 0-d tensor of a floating tensor (NaN when empty; ABI 3, was f64). With dim: Mean over dim (kept as size 1 when keepdim), a new tensor."""
        if dim is None:
            if (keepdim,) != (False,):
                raise TypeError("mean(): keepdim needs dim")
            return invoke(Tensor, "tensor_mean", (self,))  # type: ignore[no-any-return]
        return invoke(Tensor, "tensor_mean_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def prod(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """Product of all elements, a new 0-d tensor (1 when empty; integer and bool tensors give int64, as torch). With dim: Product over dim (kept as size 1 when keepdim), a new tensor."""
        if dim is None:
            if (keepdim,) != (False,):
                raise TypeError("prod(): keepdim needs dim")
            return invoke(Tensor, "tensor_prod", (self,))  # type: ignore[no-any-return]
        return invoke(Tensor, "tensor_prod_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def std(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """Standard deviation of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor. With dim: Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor."""
        if dim is None:
            if (keepdim,) != (False,):
                raise TypeError("std(): keepdim needs dim")
            return invoke(Tensor, "tensor_std", (self,))  # type: ignore[no-any-return]
        return invoke(Tensor, "tensor_std_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def var(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """Variance of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor. With dim: Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor."""
        if dim is None:
            if (keepdim,) != (False,):
                raise TypeError("var(): keepdim needs dim")
            return invoke(Tensor, "tensor_var", (self,))  # type: ignore[no-any-return]
        return invoke(Tensor, "tensor_var_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def reshape(self, *dims: int | Sequence[int]) -> Tensor:
        """The tensor with new dims (one may be -1 to infer it), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                h = ops[42](self._handle, *direct_dims(dims))
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_reshape")
        return invoke(Tensor, "tensor_reshape", (self, dims,))  # type: ignore[no-any-return]

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """The tensor with dims dim0 and dim1 swapped, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim0) is int and type(dim1) is int:
                    h = ops[43](self._handle, dim0, dim1)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_transpose")
        return invoke(Tensor, "tensor_transpose", (self, dim0, dim1,))  # type: ignore[no-any-return]

    def view(self, *dims: int | Sequence[int]) -> Tensor:
        """The tensor with new dims (one may be -1 to infer it) sharing its memory (torch's view; a tensor whose strides do not allow it is refused, reshape copies instead), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                h = ops[44](self._handle, *direct_dims(dims))
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_view")
        return invoke(Tensor, "tensor_view", (self, dims,))  # type: ignore[no-any-return]

    def permute(self, *dims: int | Sequence[int]) -> Tensor:
        """The tensor with its dims reordered (dim i of the result is dim dims[i]), a new tensor sharing memory."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                h = ops[45](self._handle, *direct_dims(dims))
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_permute")
        return invoke(Tensor, "tensor_permute", (self, dims,))  # type: ignore[no-any-return]

    def softmax(self, dim: int = -1) -> Tensor:
        """Softmax along dim, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int:
                    h = ops[46](self._handle, dim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "softmax")
        return invoke(Tensor, "softmax", (self, dim,))  # type: ignore[no-any-return]

    def clone(self) -> Tensor:
        """A copy of the tensor that shares no memory with it."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[18](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_clone")
        return unary(Tensor, self, "tensor_clone")

    def eq(self, other: Operand) -> Tensor:
        """Element-wise a == b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[19](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_eq")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_eq", ops[19], False)
        return binary(Tensor, self, "tensor_eq", other, False)

    def __eq__(self, other: Operand) -> Tensor:
        """Element-wise a == b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[19](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_eq")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_eq", ops[19], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_eq", other, False)

    def ne(self, other: Operand) -> Tensor:
        """Element-wise a != b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[20](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_ne")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_ne", ops[20], False)
        return binary(Tensor, self, "tensor_ne", other, False)

    def __ne__(self, other: Operand) -> Tensor:
        """Element-wise a != b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[20](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_ne")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_ne", ops[20], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_ne", other, False)

    def lt(self, other: Operand) -> Tensor:
        """Element-wise a < b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[21](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_lt")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_lt", ops[21], False)
        return binary(Tensor, self, "tensor_lt", other, False)

    def __lt__(self, other: Operand) -> Tensor:
        """Element-wise a < b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[21](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_lt")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_lt", ops[21], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_lt", other, False)

    def le(self, other: Operand) -> Tensor:
        """Element-wise a <= b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[22](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_le")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_le", ops[22], False)
        return binary(Tensor, self, "tensor_le", other, False)

    def __le__(self, other: Operand) -> Tensor:
        """Element-wise a <= b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[22](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_le")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_le", ops[22], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_le", other, False)

    def gt(self, other: Operand) -> Tensor:
        """Element-wise a > b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[23](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_gt")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_gt", ops[23], False)
        return binary(Tensor, self, "tensor_gt", other, False)

    def __gt__(self, other: Operand) -> Tensor:
        """Element-wise a > b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[23](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_gt")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_gt", ops[23], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_gt", other, False)

    def ge(self, other: Operand) -> Tensor:
        """Element-wise a >= b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[24](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_ge")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_ge", ops[24], False)
        return binary(Tensor, self, "tensor_ge", other, False)

    def __ge__(self, other: Operand) -> Tensor:
        """Element-wise a >= b (broadcasting), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[24](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_ge")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_ge", ops[24], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_ge", other, False)

    def logical_and(self, other: Operand) -> Tensor:
        """Element-wise logical a and b (nonzero is true), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[25](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_logical_and")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_logical_and", ops[25], False)
        return binary(Tensor, self, "tensor_logical_and", other, False)

    def logical_or(self, other: Operand) -> Tensor:
        """Element-wise logical a or b (nonzero is true), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[26](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_logical_or")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_logical_or", ops[26], False)
        return binary(Tensor, self, "tensor_logical_or", other, False)

    def logical_not(self) -> Tensor:
        """Element-wise logical not (zero is false), a new bool tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[27](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_logical_not")
        return unary(Tensor, self, "tensor_logical_not")

    def where(self, condition: Operand, other: Operand) -> Tensor:
        """Elements of the tensor where condition (a bool tensor) is true, of other elsewhere (broadcasting, torch's promotion of the two), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if condition._ops is ops and other._ops is ops:
                    h = ops[47](self._handle, condition._handle, other._handle)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_where")
        return invoke(Tensor, "tensor_where", (self, condition, other,))  # type: ignore[no-any-return]

    def any(self) -> bool:
        """True when any element is nonzero."""
        return invoke(Tensor, "tensor_any", (self,))  # type: ignore[no-any-return]

    def all(self) -> bool:
        """True when every element is nonzero."""
        return invoke(Tensor, "tensor_all", (self,))  # type: ignore[no-any-return]

    def abs(self) -> Tensor:
        """Element-wise |x|, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[28](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_abs")
        return unary(Tensor, self, "tensor_abs")

    def __abs__(self) -> Tensor:
        """Element-wise |x|, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[28](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_abs")
        return unary(Tensor, self, "tensor_abs")

    def sqrt(self) -> Tensor:
        """Element-wise square root (NaN for negative inputs, as in torch), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[29](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_sqrt")
        return unary(Tensor, self, "tensor_sqrt")

    def floor(self) -> Tensor:
        """Element-wise floor, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[30](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_floor")
        return unary(Tensor, self, "tensor_floor")

    def ceil(self) -> Tensor:
        """Element-wise ceiling, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[31](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_ceil")
        return unary(Tensor, self, "tensor_ceil")

    def round(self) -> Tensor:
        """Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[32](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_round")
        return unary(Tensor, self, "tensor_round")

    def clamp(self, min_value: float, max_value: float) -> Tensor:
        """Element-wise x limited to [min_value, max_value], a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(min_value) in REALS and type(max_value) in REALS:
                    h = ops[48](self._handle, min_value, max_value)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_clamp")
        return invoke(Tensor, "tensor_clamp", (self, min_value, max_value,))  # type: ignore[no-any-return]

    def floor_divide(self, other: Operand) -> Tensor:
        """Element-wise floor(a / b) (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[33](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_floor_divide")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_floor_divide", ops[33], False)
        return binary(Tensor, self, "tensor_floor_divide", other, False)

    def __floordiv__(self, other: Operand) -> Tensor:
        """Element-wise floor(a / b) (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[33](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_floor_divide")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_floor_divide", ops[33], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_floor_divide", other, False)

    def __rfloordiv__(self, other: Operand) -> Tensor:
        """Element-wise floor(a / b) (broadcasting), a new tensor. (reflected: other floor_divide self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[33](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_floor_divide")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_floor_divide", ops[33], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_floor_divide", other, True)

    def remainder(self, other: Operand) -> Tensor:
        """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[34](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_remainder")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_remainder", ops[34], False)
        return binary(Tensor, self, "tensor_remainder", other, False)

    def __mod__(self, other: Operand) -> Tensor:
        """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[34](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_remainder")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_remainder", ops[34], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_remainder", other, False)

    def __rmod__(self, other: Operand) -> Tensor:
        """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor. (reflected: other remainder self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[34](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_remainder")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_remainder", ops[34], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_remainder", other, True)

    def pow(self, other: Operand) -> Tensor:
        """Element-wise a ** b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[35](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_pow")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_pow", ops[35], False)
        return binary(Tensor, self, "tensor_pow", other, False)

    def __pow__(self, other: Operand) -> Tensor:
        """Element-wise a ** b (broadcasting), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[35](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_pow")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_pow", ops[35], False)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_pow", other, False)

    def __rpow__(self, other: Operand) -> Tensor:
        """Element-wise a ** b (broadcasting), a new tensor. (reflected: other pow self)"""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[35](other._handle, self._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_pow")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_pow", ops[35], True)
        if not isinstance(other, operand_types()):
            return NotImplemented
        return binary(Tensor, self, "tensor_pow", other, True)

    def amax(self, dim: int, keepdim: bool = False) -> Tensor:
        """Largest element over dim (kept as size 1 when keepdim), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(keepdim) is bool:
                    h = ops[51](self._handle, dim, keepdim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_max_dim")
        return invoke(Tensor, "tensor_max_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def amin(self, dim: int, keepdim: bool = False) -> Tensor:
        """Smallest element over dim (kept as size 1 when keepdim), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(keepdim) is bool:
                    h = ops[52](self._handle, dim, keepdim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_min_dim")
        return invoke(Tensor, "tensor_min_dim", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def argmax(self, dim: int, keepdim: bool = False) -> Tensor:
        """Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(keepdim) is bool:
                    h = ops[53](self._handle, dim, keepdim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_argmax")
        return invoke(Tensor, "tensor_argmax", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def argmin(self, dim: int, keepdim: bool = False) -> Tensor:
        """Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(keepdim) is bool:
                    h = ops[54](self._handle, dim, keepdim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_argmin")
        return invoke(Tensor, "tensor_argmin", (self, dim, keepdim,))  # type: ignore[no-any-return]

    def item_f64(self) -> float:
        """The one element of a one-element tensor, as f64."""
        return invoke(Tensor, "tensor_item_f64", (self,))  # type: ignore[no-any-return]

    def item_i64(self) -> int:
        """The one element of a one-element tensor, as i64 (truncated toward zero)."""
        return invoke(Tensor, "tensor_item_i64", (self,))  # type: ignore[no-any-return]

    def squeeze(self, dim: int) -> Tensor:
        """The tensor without dim when its size is 1 (unchanged otherwise), a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int:
                    h = ops[58](self._handle, dim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_squeeze")
        return invoke(Tensor, "tensor_squeeze", (self, dim,))  # type: ignore[no-any-return]

    def unsqueeze(self, dim: int) -> Tensor:
        """The tensor with a new dim of size 1 at dim, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int:
                    h = ops[59](self._handle, dim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_unsqueeze")
        return invoke(Tensor, "tensor_unsqueeze", (self, dim,))  # type: ignore[no-any-return]

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        """The tensor with dims start_dim..end_dim merged into one, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(start_dim) is int and type(end_dim) is int:
                    h = ops[60](self._handle, start_dim, end_dim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_flatten")
        return invoke(Tensor, "tensor_flatten", (self, start_dim, end_dim,))  # type: ignore[no-any-return]

    def contiguous(self) -> Tensor:
        """The tensor with its elements in row-major order in memory, a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[36](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_contiguous")
        return unary(Tensor, self, "tensor_contiguous")

    def expand(self, *dims: int | Sequence[int]) -> Tensor:
        """The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                h = ops[61](self._handle, *direct_dims(dims))
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_expand")
        return invoke(Tensor, "tensor_expand", (self, dims,))  # type: ignore[no-any-return]

    def narrow(self, dim: int, start: int, length: int) -> Tensor:
        """length elements of dim from start, a new tensor sharing memory."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(start) is int and type(length) is int:
                    h = ops[62](self._handle, dim, start, length)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_narrow")
        return invoke(Tensor, "tensor_narrow", (self, dim, start, length,))  # type: ignore[no-any-return]

    def slice(self, dim: int = 0, start: int = 0, end: int = 9223372036854775807, step: int = 1) -> Tensor:
        """Elements start, start + step, ... before end of dim (Python's slicing), a new tensor sharing memory."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(start) is int and type(end) is int and type(step) is int:
                    h = ops[63](self._handle, dim, start, end, step)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_slice")
        return invoke(Tensor, "tensor_slice", (self, dim, start, end, step,))  # type: ignore[no-any-return]

    def select(self, dim: int, index: int) -> Tensor:
        """The slice at index of dim (that dim removed), a new tensor sharing memory."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and type(index) is int:
                    h = ops[64](self._handle, dim, index)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_select")
        return invoke(Tensor, "tensor_select", (self, dim, index,))  # type: ignore[no-any-return]

    def index_select(self, dim: int, index: Operand) -> Tensor:
        """The slices of dim at the int64 indexes in index, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int and index._ops is ops:
                    h = ops[65](self._handle, dim, index._handle)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "tensor_index_select")
        return invoke(Tensor, "tensor_index_select", (self, dim, index,))  # type: ignore[no-any-return]

    def masked_select(self, other: Operand) -> Tensor:
        """The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[37](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_masked_select")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_masked_select", ops[37], False)
        return binary(Tensor, self, "tensor_masked_select", other, False)

    def backward(self, gradient: Operand | None = None, retain_graph: bool = False) -> None:
        """Accumulate the gradients of the tensor into the leaves that require grad (gradient none = 1 for a one-element tensor; retain_graph keeps the graph for another backward)."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if (gradient is None or gradient._ops is ops) and type(retain_graph) is bool:
                    ops[66](self._handle, 0 if gradient is None else gradient._handle, retain_graph)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_backward")  # type: ignore[attr-defined]
                return None
        return invoke(Tensor, "tensor_backward", (self, gradient, retain_graph,))  # type: ignore[no-any-return]

    def detach(self) -> Tensor:
        """The tensor cut from the autograd graph (no grad, sharing memory), a new tensor."""
        ops = self._ops
        if ops is not None:
            try:
                h = ops[38](self._handle)
            except TypeError:  # closed meanwhile: the generic path raises
                pass
            else:
                if h:  # the hot path, inline
                    t = new_object(Tensor)
                    t._backend = self._backend
                    t._handle = h
                    t._device = self._device
                    t._ops = ops
                    return t
                self._backend.fail("tensor_detach")
        return unary(Tensor, self, "tensor_detach")

    def fill_(self, value: float) -> Tensor:
        """Writes value (converted to the tensor's dtype) into every element, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if type(value) in REALS:
                    ops[67](self._handle, value)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_fill_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_fill_", (self, value,))
        return self

    def zero_(self) -> Tensor:
        """Writes zero into every element, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                ops[68](self._handle)
                done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_zero_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_zero_", (self,))
        return self

    def copy_(self, src: Operand) -> Tensor:
        """Writes src into the tensor (src broadcast to its shape, converted to its dtype), in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if src._ops is ops:
                    ops[69](self._handle, src._handle)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_copy_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_copy_", (self, src,))
        return self

    def log_softmax(self, dim: int) -> Tensor:
        """log(softmax(x)) along dim, computed stably, a new tensor."""
        ops = self._ops
        if ops is not None:
            h = None
            try:
                if type(dim) is int:
                    h = ops[80](self._handle, dim)
            except DIRECT_MISSES:
                pass
            if h is not None:
                return wrap_direct(Tensor, self._backend, h, "log_softmax")
        return invoke(Tensor, "log_softmax", (self, dim,))  # type: ignore[no-any-return]

    def maximum(self, other: Operand) -> Tensor:
        """Element-wise max(a, b) (broadcasting; NaN wins), a new tensor."""
        ops = self._ops
        if ops is not None:
            if type(other) is Tensor:
                if other._ops is ops:
                    try:
                        h = ops[39](self._handle, other._handle)
                    except TypeError:  # closed meanwhile: the generic path raises
                        pass
                    else:
                        if h:  # the hot path, inline
                            t = new_object(Tensor)
                            t._backend = self._backend
                            t._handle = h
                            t._device = self._device
                            t._ops = ops
                            return t
                        self._backend.fail("tensor_maximum")
            elif type(other) in NUMBERS:
                return scalar_binary(self, other, "tensor_maximum", ops[39], False)
        return binary(Tensor, self, "tensor_maximum", other, False)

    def add_(self, other: Operand, alpha: float = 1.0) -> Tensor:
        """Adds alpha * other to the tensor, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if other._ops is ops and type(alpha) in REALS:
                    ops[85](self._handle, other._handle, alpha)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_add_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_add_", (self, other, alpha,))
        return self

    def mul_(self, other: Operand) -> Tensor:
        """Multiplies the tensor by other, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if other._ops is ops:
                    ops[86](self._handle, other._handle)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_mul_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_mul_", (self, other,))
        return self

    def addcmul_(self, tensor1: Operand, tensor2: Operand, value: float = 1.0) -> Tensor:
        """Adds value * tensor1 * tensor2 to the tensor, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if tensor1._ops is ops and tensor2._ops is ops and type(value) in REALS:
                    ops[87](self._handle, tensor1._handle, tensor2._handle, value)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_addcmul_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_addcmul_", (self, tensor1, tensor2, value,))
        return self

    def addcdiv_(self, tensor1: Operand, tensor2: Operand, value: float = 1.0) -> Tensor:
        """Adds value * tensor1 / tensor2 to the tensor, in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if tensor1._ops is ops and tensor2._ops is ops and type(value) in REALS:
                    ops[88](self._handle, tensor1._handle, tensor2._handle, value)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_addcdiv_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_addcdiv_", (self, tensor1, tensor2, value,))
        return self

    def lerp_(self, end: Operand, weight: float) -> Tensor:
        """Moves the tensor toward end by weight (self + weight * (end - self)), in place. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if end._ops is ops and type(weight) in REALS:
                    ops[89](self._handle, end._handle, weight)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_lerp_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_lerp_", (self, end, weight,))
        return self

    def uniform_(self, low: float = 0.0, high: float = 1.0) -> Tensor:
        """Fills the tensor with values drawn uniformly from [low, high), in place, from the default generator (manual_seed), as torch's uniform_. Returns the tensor itself."""
        ops = self._ops
        if ops is not None:
            done = False
            try:
                if type(low) in REALS and type(high) in REALS:
                    ops[90](self._handle, low, high)
                    done = True
            except DIRECT_MISSES:
                pass
            if done:
                self._backend.check("tensor_uniform_")  # type: ignore[attr-defined]
                return self
        invoke(Tensor, "tensor_uniform_", (self, low, high,))
        return self


def last_warning(*, backend: BackendLike = None) -> str:
    """The last warning libtorch raised during a call on this thread ("" if none yet); the library never prints them. Borrowed, valid until the next call on this thread."""
    return invoke(Tensor, "last_warning", (), backend)  # type: ignore[no-any-return]


def zeros(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of zeros with the given dims and dtype."""
    return invoke(Tensor, "tensor_zeros", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def ones(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of ones with the given dims and dtype."""
    return invoke(Tensor, "tensor_ones", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def randn(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of standard-normal random values with the given dims and (floating) dtype."""
    return invoke(Tensor, "tensor_randn", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def rand(*dims: int | Sequence[int], dtype: DTypeLike = 'float32', backend: BackendLike = None) -> Tensor:
    """New tensor of random values uniform in [0, 1) with the given dims and (floating) dtype (torch.rand)."""
    return invoke(Tensor, "tensor_rand", (dims, dtype,), backend, place=True)  # type: ignore[no-any-return]


def cuda_synchronize(device_id: int = 0, *, backend: BackendLike = None) -> None:
    """Wait until all work queued on every stream of CUDA device device_id has finished (torch.cuda.synchronize)."""
    return invoke(Tensor, "cuda_synchronize", (device_id,), backend)  # type: ignore[no-any-return]


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


def manual_seed(seed: int, *, backend: BackendLike = None) -> None:
    """Seed libtorch's default random generators (CPU and every CUDA device), as torch.manual_seed; randn and dropout then repeat."""
    return invoke(Tensor, "manual_seed", (seed,), backend)  # type: ignore[no-any-return]

