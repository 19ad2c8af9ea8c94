# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 790b350c323d482d
"""The simple_torch_ffi ABI as the Python package sees it (rendered from the spec)."""

from __future__ import annotations

from typing import NamedTuple

LIBRARY = "simple_torch_ffi"
LANE = "torch"  # the word lane: rt_<LANE>_* in libspl_<LANE>.so
PREFIX = "simple_torch_"
VERSION = "0.1.0"
ABI_VERSION = 2
SPEC_HASH = "790b350c323d482d"
MAX_DIMS = 64
MAX_TENSOR_LIST = 1048576

# The dtype table (codes are ABI): name -> DTypeInfo.
class DTypeInfo(NamedTuple):
    name: str
    code: int
    numpy: str  # the numpy dtype name (bfloat16: ml_dtypes)
    size: int  # bytes per element


DTYPES: dict[str, DTypeInfo] = {
    "float32": DTypeInfo("float32", 0, "float32", 4),
    "float64": DTypeInfo("float64", 1, "float64", 8),
    "float16": DTypeInfo("float16", 2, "float16", 2),
    "bfloat16": DTypeInfo("bfloat16", 3, "bfloat16", 2),
    "int64": DTypeInfo("int64", 4, "int64", 8),
    "int32": DTypeInfo("int32", 5, "int32", 4),
    "int16": DTypeInfo("int16", 6, "int16", 2),
    "int8": DTypeInfo("int8", 7, "int8", 1),
    "uint8": DTypeInfo("uint8", 8, "uint8", 1),
    "bool": DTypeInfo("bool", 9, "bool", 1),
}
DTYPE_NAMES: dict[int, str] = {d.code: d.name for d in DTYPES.values()}
DEFAULT_DTYPE = "float32"

# name -> code of every error kind (last_error_kind()).
ERROR_KINDS: dict[str, int] = {
    "ok": 0,
    "invalid_handle": 1,
    "invalid_argument": 2,
    "torch_error": 3,
    "not_available": 4,
    "out_of_memory": 5,
    "internal": 6,
}


class FunctionInfo(NamedTuple):
    name: str
    symbol: str
    args: tuple[tuple[str, str, bool], ...]  # (name, logical type, consumed)
    returns: str
    sentinel: object
    keeps_error: bool
    has_stub: bool  # false: the stub variant reports not_available
    defaults: dict[str, object]  # argument defaults the bindings apply (C takes every argument)
    doc: str
    role: str | None  # the core role it takes (codegen/roles.py), None for an operation
    api_name: str  # its Python name (a Tensor method or a module-level function)
    promote: bool  # tensor arguments combine elementwise (torch's type promotion)
    inplace: bool  # writes into its first argument (a tensor) and returns nothing


FUNCTIONS: dict[str, FunctionInfo] = {
    "available": FunctionInfo(
        "available",
        "simple_torch_available",
        (),
        "bool",
        False,
        False,
        True,
        {},
        "True when this library was built against libtorch (false in the stub variant).",
        "available",
        "available",
        False,
        False,
    ),
    "version": FunctionInfo(
        "version",
        "simple_torch_version",
        (),
        "text",
        None,
        False,
        True,
        {},
        "The library version, e.g. \"0.1.0+torch2.13.0\" or \"0.1.0+stub\".",
        "version",
        "version",
        False,
        False,
    ),
    "abi_version": FunctionInfo(
        "abi_version",
        "simple_torch_abi_version",
        (),
        "i32",
        -1,
        False,
        True,
        {},
        "The ABI version this library implements (the spec\u0027s abi_version).",
        "abi_version",
        "abi_version",
        False,
        False,
    ),
    "spec_hash": FunctionInfo(
        "spec_hash",
        "simple_torch_spec_hash",
        (),
        "text",
        None,
        False,
        True,
        {},
        "Hash of the spec the library was generated from; bindings refuse a library whose hash differs.",
        "spec_hash",
        "spec_hash",
        False,
        False,
    ),
    "last_error": FunctionInfo(
        "last_error",
        "simple_torch_last_error",
        (),
        "text",
        None,
        True,
        True,
        {},
        "Message of the last failed call on this thread (\"\" if the last call succeeded); borrowed, valid until the next call on this thread.",
        "last_error",
        "last_error",
        False,
        False,
    ),
    "last_error_kind": FunctionInfo(
        "last_error_kind",
        "simple_torch_last_error_kind",
        (),
        "i32",
        -1,
        True,
        True,
        {},
        "Kind code of the last failed call on this thread (0 if it succeeded); see the error kind constants.",
        "last_error_kind",
        "last_error_kind",
        False,
        False,
    ),
    "live_handles": FunctionInfo(
        "live_handles",
        "simple_torch_live_handles",
        (),
        "i64",
        -1,
        False,
        True,
        {},
        "Number of tensor handles currently alive (for leak checks).",
        "live_count",
        "live_handles",
        False,
        False,
    ),
    "cuda_available": FunctionInfo(
        "cuda_available",
        "simple_torch_cuda_available",
        (),
        "bool",
        False,
        False,
        True,
        {},
        "True when libtorch can use at least one CUDA device.",
        "cuda_available",
        "cuda_available",
        False,
        False,
    ),
    "cuda_device_count": FunctionInfo(
        "cuda_device_count",
        "simple_torch_cuda_device_count",
        (),
        "i32",
        -1,
        False,
        True,
        {},
        "Number of CUDA devices libtorch can use (0 without CUDA).",
        "cuda_device_count",
        "cuda_device_count",
        False,
        False,
    ),
    "tensor_zeros": FunctionInfo(
        "tensor_zeros",
        "simple_torch_tensor_zeros",
        (("dims", "shape", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New tensor of zeros with the given dims and dtype.",
        None,
        "zeros",
        False,
        False,
    ),
    "tensor_ones": FunctionInfo(
        "tensor_ones",
        "simple_torch_tensor_ones",
        (("dims", "shape", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New tensor of ones with the given dims and dtype.",
        None,
        "ones",
        False,
        False,
    ),
    "tensor_randn": FunctionInfo(
        "tensor_randn",
        "simple_torch_tensor_randn",
        (("dims", "shape", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New tensor of standard-normal random values with the given dims and (floating) dtype.",
        None,
        "randn",
        False,
        False,
    ),
    "tensor_rand": FunctionInfo(
        "tensor_rand",
        "simple_torch_tensor_rand",
        (("dims", "shape", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New tensor of random values uniform in [0, 1) with the given dims and (floating) dtype (torch.rand).",
        None,
        "rand",
        False,
        False,
    ),
    "tensor_from_data": FunctionInfo(
        "tensor_from_data",
        "simple_torch_tensor_from_data",
        (("data", "[f64]", False), ("dims", "shape", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product.",
        "from_f64",
        "from_data",
        False,
        False,
    ),
    "tensor_from_f32": FunctionInfo(
        "tensor_from_f32",
        "simple_torch_tensor_from_f32",
        (("data", "[f32]", False), ("dims", "shape", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims.",
        "from_f32",
        "from_f32",
        False,
        False,
    ),
    "tensor_add": FunctionInfo(
        "tensor_add",
        "simple_torch_tensor_add",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a + b (broadcasting), a new tensor.",
        None,
        "add",
        True,
        False,
    ),
    "tensor_mul": FunctionInfo(
        "tensor_mul",
        "simple_torch_tensor_mul",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a * b (broadcasting), a new tensor.",
        None,
        "mul",
        True,
        False,
    ),
    "tensor_matmul": FunctionInfo(
        "tensor_matmul",
        "simple_torch_tensor_matmul",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Matrix product a @ b, a new tensor.",
        None,
        "matmul",
        True,
        False,
    ),
    "tensor_mm": FunctionInfo(
        "tensor_mm",
        "simple_torch_tensor_mm",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Matrix product of two 2-d tensors (torch.mm, no broadcasting), a new tensor.",
        None,
        "mm",
        False,
        False,
    ),
    "tensor_dot": FunctionInfo(
        "tensor_dot",
        "simple_torch_tensor_dot",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Inner product of two 1-d tensors of the same size and dtype (torch.dot), a new 0-d tensor.",
        None,
        "dot",
        False,
        False,
    ),
    "tensor_shape": FunctionInfo(
        "tensor_shape",
        "simple_torch_tensor_shape",
        (("handle", "tensor", False), ),
        "[i64]",
        -1,
        False,
        False,
        {},
        "The tensor\u0027s dims, written to a caller buffer; returns the number of dims.",
        "shape",
        "shape",
        False,
        False,
    ),
    "tensor_ndim": FunctionInfo(
        "tensor_ndim",
        "simple_torch_tensor_ndim",
        (("handle", "tensor", False), ),
        "i64",
        -1,
        False,
        False,
        {},
        "Number of dimensions of the tensor.",
        None,
        "dim",
        False,
        False,
    ),
    "tensor_numel": FunctionInfo(
        "tensor_numel",
        "simple_torch_tensor_numel",
        (("handle", "tensor", False), ),
        "i64",
        -1,
        False,
        False,
        {},
        "Number of elements of the tensor.",
        None,
        "numel",
        False,
        False,
    ),
    "tensor_to_data": FunctionInfo(
        "tensor_to_data",
        "simple_torch_tensor_to_data",
        (("handle", "tensor", False), ),
        "[f64]",
        -1,
        False,
        False,
        {},
        "The tensor\u0027s values as f64 (row-major), written to a caller buffer; returns the element count.",
        "to_f64",
        "to_data",
        False,
        False,
    ),
    "tensor_to_f32": FunctionInfo(
        "tensor_to_f32",
        "simple_torch_tensor_to_f32",
        (("handle", "tensor", False), ),
        "[f32]",
        -1,
        False,
        False,
        {},
        "The tensor\u0027s values as float32 (row-major), written to a caller buffer; returns the element count.",
        "to_f32",
        "to_f32",
        False,
        False,
    ),
    "tensor_dtype": FunctionInfo(
        "tensor_dtype",
        "simple_torch_tensor_dtype",
        (("handle", "tensor", False), ),
        "dtype",
        -1,
        False,
        False,
        {},
        "The tensor\u0027s dtype code (see the dtype table).",
        "dtype",
        "dtype",
        False,
        False,
    ),
    "tensor_to_dtype": FunctionInfo(
        "tensor_to_dtype",
        "simple_torch_tensor_to_dtype",
        (("handle", "tensor", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "A copy of the tensor converted to dtype (torch\u0027s rounding and wrapping rules).",
        "to_dtype",
        "to_dtype",
        False,
        False,
    ),
    "tensor_from_bytes": FunctionInfo(
        "tensor_from_bytes",
        "simple_torch_tensor_from_bytes",
        (("data", "[u8]", False), ("dims", "shape", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype\u0027s size).",
        "from_bytes",
        "from_bytes",
        False,
        False,
    ),
    "tensor_to_bytes": FunctionInfo(
        "tensor_to_bytes",
        "simple_torch_tensor_to_bytes",
        (("handle", "tensor", False), ),
        "[u8]",
        -1,
        False,
        False,
        {},
        "The tensor\u0027s raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count.",
        "to_bytes",
        "to_bytes",
        False,
        False,
    ),
    "tensor_to_dlpack": FunctionInfo(
        "tensor_to_dlpack",
        "simple_torch_tensor_to_dlpack",
        (("handle", "tensor", False), ("versioned", "bool", False), ),
        "i64",
        0,
        False,
        False,
        {'versioned': True},
        "The tensor as a new DLPack managed tensor, zero copy: the address of a DLManagedTensorVersioned (versioned) or a legacy DLManagedTensor. The consumer owns it and calls its deleter exactly once; the memory stays valid until then, even after the handle is freed.",
        "to_dlpack",
        "to_dlpack",
        False,
        False,
    ),
    "tensor_from_dlpack": FunctionInfo(
        "tensor_from_dlpack",
        "simple_torch_tensor_from_dlpack",
        (("managed", "i64", False), ("versioned", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'versioned': True},
        "New tensor sharing the memory of the DLPack managed tensor at address managed (versioned: a DLManagedTensorVersioned, else a legacy DLManagedTensor). On success the library owns it (its deleter runs once the last tensor using the memory is freed); on failure the caller still owns it. The address must be a managed tensor or 0 (refused): like any C pointer it cannot be checked further.",
        "from_dlpack",
        "from_dlpack",
        False,
        False,
    ),
    "relu": FunctionInfo(
        "relu",
        "simple_torch_relu",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Rectified linear unit max(x, 0), a new tensor.",
        None,
        "relu",
        False,
        False,
    ),
    "sigmoid": FunctionInfo(
        "sigmoid",
        "simple_torch_sigmoid",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Logistic sigmoid 1 / (1 + exp(-x)), a new tensor.",
        None,
        "sigmoid",
        False,
        False,
    ),
    "tanh": FunctionInfo(
        "tanh",
        "simple_torch_tanh",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Hyperbolic tangent, a new tensor.",
        None,
        "tanh",
        False,
        False,
    ),
    "tensor_cuda": FunctionInfo(
        "tensor_cuda",
        "simple_torch_tensor_cuda",
        (("handle", "tensor", False), ("device_id", "i32", False), ),
        "tensor",
        0,
        False,
        False,
        {'device_id': 0},
        "Copy of the tensor on CUDA device device_id.",
        None,
        "cuda",
        False,
        False,
    ),
    "tensor_cpu": FunctionInfo(
        "tensor_cpu",
        "simple_torch_tensor_cpu",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Copy of the tensor on the CPU (the same tensor if it is already there).",
        None,
        "cpu",
        False,
        False,
    ),
    "tensor_is_cuda": FunctionInfo(
        "tensor_is_cuda",
        "simple_torch_tensor_is_cuda",
        (("handle", "tensor", False), ),
        "bool",
        False,
        False,
        False,
        {},
        "True when the tensor lives on a CUDA device.",
        "is_cuda",
        "is_cuda",
        False,
        False,
    ),
    "tensor_device": FunctionInfo(
        "tensor_device",
        "simple_torch_tensor_device",
        (("handle", "tensor", False), ),
        "device",
        -2147483648,
        False,
        False,
        {},
        "The device code of the tensor (negative = CPU, N = CUDA device N).",
        "device",
        "device",
        False,
        False,
    ),
    "tensor_to_device": FunctionInfo(
        "tensor_to_device",
        "simple_torch_tensor_to_device",
        (("handle", "tensor", False), ("device_code", "device", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N).",
        "to_device",
        "to_device",
        False,
        False,
    ),
    "cuda_synchronize": FunctionInfo(
        "cuda_synchronize",
        "simple_torch_cuda_synchronize",
        (("device_id", "i32", False), ),
        "void",
        None,
        False,
        False,
        {'device_id': 0},
        "Wait until all work queued on every stream of CUDA device device_id has finished (torch.cuda.synchronize).",
        None,
        "cuda_synchronize",
        False,
        False,
    ),
    "tensor_sub": FunctionInfo(
        "tensor_sub",
        "simple_torch_tensor_sub",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a - b (broadcasting), a new tensor.",
        None,
        "sub",
        True,
        False,
    ),
    "tensor_div": FunctionInfo(
        "tensor_div",
        "simple_torch_tensor_div",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a / b (broadcasting, true division), a new tensor.",
        None,
        "div",
        True,
        False,
    ),
    "tensor_neg": FunctionInfo(
        "tensor_neg",
        "simple_torch_tensor_neg",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise -x, a new tensor.",
        None,
        "neg",
        False,
        False,
    ),
    "tensor_exp": FunctionInfo(
        "tensor_exp",
        "simple_torch_tensor_exp",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise exp(x), a new tensor.",
        None,
        "exp",
        False,
        False,
    ),
    "tensor_log": FunctionInfo(
        "tensor_log",
        "simple_torch_tensor_log",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch).",
        None,
        "log",
        False,
        False,
    ),
    "tensor_sum": FunctionInfo(
        "tensor_sum",
        "simple_torch_tensor_sum",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "Sum of all elements.",
        None,
        "sum",
        False,
        False,
    ),
    "tensor_mean": FunctionInfo(
        "tensor_mean",
        "simple_torch_tensor_mean",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "Mean of all elements (NaN for an empty tensor).",
        None,
        "mean",
        False,
        False,
    ),
    "tensor_prod": FunctionInfo(
        "tensor_prod",
        "simple_torch_tensor_prod",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "Product of all elements (1 for an empty tensor).",
        None,
        "prod",
        False,
        False,
    ),
    "tensor_std": FunctionInfo(
        "tensor_std",
        "simple_torch_tensor_std",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "Standard deviation of all elements (Bessel-corrected, as torch; NaN for fewer than two).",
        None,
        "std",
        False,
        False,
    ),
    "tensor_var": FunctionInfo(
        "tensor_var",
        "simple_torch_tensor_var",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "Variance of all elements (Bessel-corrected, as torch; NaN for fewer than two).",
        None,
        "var",
        False,
        False,
    ),
    "tensor_reshape": FunctionInfo(
        "tensor_reshape",
        "simple_torch_tensor_reshape",
        (("handle", "tensor", False), ("dims", "[i64]", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with new dims (one may be -1 to infer it), a new tensor.",
        None,
        "reshape",
        False,
        False,
    ),
    "tensor_transpose": FunctionInfo(
        "tensor_transpose",
        "simple_torch_tensor_transpose",
        (("handle", "tensor", False), ("dim0", "i64", False), ("dim1", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with dims dim0 and dim1 swapped, a new tensor.",
        None,
        "transpose",
        False,
        False,
    ),
    "tensor_view": FunctionInfo(
        "tensor_view",
        "simple_torch_tensor_view",
        (("handle", "tensor", False), ("dims", "[i64]", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with new dims (one may be -1 to infer it) sharing its memory (torch\u0027s view; a tensor whose strides do not allow it is refused, reshape copies instead), a new tensor.",
        None,
        "view",
        False,
        False,
    ),
    "tensor_permute": FunctionInfo(
        "tensor_permute",
        "simple_torch_tensor_permute",
        (("handle", "tensor", False), ("dims", "[i64]", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with its dims reordered (dim i of the result is dim dims[i]), a new tensor sharing memory.",
        None,
        "permute",
        False,
        False,
    ),
    "softmax": FunctionInfo(
        "softmax",
        "simple_torch_softmax",
        (("handle", "tensor", False), ("dim", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {'dim': -1},
        "Softmax along dim, a new tensor.",
        None,
        "softmax",
        False,
        False,
    ),
    "tensor_full": FunctionInfo(
        "tensor_full",
        "simple_torch_tensor_full",
        (("dims", "shape", False), ("value", "f64", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New tensor with the given dims and dtype, every element equal to value.",
        None,
        "full",
        False,
        False,
    ),
    "tensor_arange": FunctionInfo(
        "tensor_arange",
        "simple_torch_tensor_arange",
        (("start", "f64", False), ("end", "f64", False), ("step", "f64", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype.",
        None,
        "arange",
        False,
        False,
    ),
    "tensor_eye": FunctionInfo(
        "tensor_eye",
        "simple_torch_tensor_eye",
        (("n", "i64", False), ("dtype", "dtype", False), ),
        "tensor",
        0,
        False,
        False,
        {'dtype': 'float32'},
        "New n x n identity matrix of the given dtype.",
        None,
        "eye",
        False,
        False,
    ),
    "tensor_cat": FunctionInfo(
        "tensor_cat",
        "simple_torch_tensor_cat",
        (("tensors", "[tensor]", False), ("dim", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {'dim': 0},
        "Concatenation of the tensors along dim, a new tensor.",
        None,
        "cat",
        True,
        False,
    ),
    "tensor_clone": FunctionInfo(
        "tensor_clone",
        "simple_torch_tensor_clone",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "A copy of the tensor that shares no memory with it.",
        None,
        "clone",
        False,
        False,
    ),
    "tensor_eq": FunctionInfo(
        "tensor_eq",
        "simple_torch_tensor_eq",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a == b (broadcasting), a new bool tensor.",
        None,
        "eq",
        True,
        False,
    ),
    "tensor_ne": FunctionInfo(
        "tensor_ne",
        "simple_torch_tensor_ne",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a != b (broadcasting), a new bool tensor.",
        None,
        "ne",
        True,
        False,
    ),
    "tensor_lt": FunctionInfo(
        "tensor_lt",
        "simple_torch_tensor_lt",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a \u003c b (broadcasting), a new bool tensor.",
        None,
        "lt",
        True,
        False,
    ),
    "tensor_le": FunctionInfo(
        "tensor_le",
        "simple_torch_tensor_le",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a \u003c= b (broadcasting), a new bool tensor.",
        None,
        "le",
        True,
        False,
    ),
    "tensor_gt": FunctionInfo(
        "tensor_gt",
        "simple_torch_tensor_gt",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a \u003e b (broadcasting), a new bool tensor.",
        None,
        "gt",
        True,
        False,
    ),
    "tensor_ge": FunctionInfo(
        "tensor_ge",
        "simple_torch_tensor_ge",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a \u003e= b (broadcasting), a new bool tensor.",
        None,
        "ge",
        True,
        False,
    ),
    "tensor_logical_and": FunctionInfo(
        "tensor_logical_and",
        "simple_torch_tensor_logical_and",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise logical a and b (nonzero is true), a new bool tensor.",
        None,
        "logical_and",
        False,
        False,
    ),
    "tensor_logical_or": FunctionInfo(
        "tensor_logical_or",
        "simple_torch_tensor_logical_or",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise logical a or b (nonzero is true), a new bool tensor.",
        None,
        "logical_or",
        False,
        False,
    ),
    "tensor_logical_not": FunctionInfo(
        "tensor_logical_not",
        "simple_torch_tensor_logical_not",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise logical not (zero is false), a new bool tensor.",
        None,
        "logical_not",
        False,
        False,
    ),
    "tensor_where": FunctionInfo(
        "tensor_where",
        "simple_torch_tensor_where",
        (("handle", "tensor", False), ("condition", "tensor", False), ("other", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Elements of the tensor where condition is nonzero (true), of other elsewhere (broadcasting), a new tensor.",
        None,
        "where",
        False,
        False,
    ),
    "tensor_any": FunctionInfo(
        "tensor_any",
        "simple_torch_tensor_any",
        (("handle", "tensor", False), ),
        "bool",
        False,
        False,
        False,
        {},
        "True when any element is nonzero.",
        None,
        "any",
        False,
        False,
    ),
    "tensor_all": FunctionInfo(
        "tensor_all",
        "simple_torch_tensor_all",
        (("handle", "tensor", False), ),
        "bool",
        False,
        False,
        False,
        {},
        "True when every element is nonzero.",
        None,
        "all",
        False,
        False,
    ),
    "tensor_abs": FunctionInfo(
        "tensor_abs",
        "simple_torch_tensor_abs",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise |x|, a new tensor.",
        None,
        "abs",
        False,
        False,
    ),
    "tensor_sqrt": FunctionInfo(
        "tensor_sqrt",
        "simple_torch_tensor_sqrt",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise square root (NaN for negative inputs, as in torch), a new tensor.",
        None,
        "sqrt",
        False,
        False,
    ),
    "tensor_floor": FunctionInfo(
        "tensor_floor",
        "simple_torch_tensor_floor",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise floor, a new tensor.",
        None,
        "floor",
        False,
        False,
    ),
    "tensor_ceil": FunctionInfo(
        "tensor_ceil",
        "simple_torch_tensor_ceil",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise ceiling, a new tensor.",
        None,
        "ceil",
        False,
        False,
    ),
    "tensor_round": FunctionInfo(
        "tensor_round",
        "simple_torch_tensor_round",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor.",
        None,
        "round",
        False,
        False,
    ),
    "tensor_clamp": FunctionInfo(
        "tensor_clamp",
        "simple_torch_tensor_clamp",
        (("handle", "tensor", False), ("min_value", "f64", False), ("max_value", "f64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise x limited to [min_value, max_value], a new tensor.",
        None,
        "clamp",
        False,
        False,
    ),
    "tensor_floor_divide": FunctionInfo(
        "tensor_floor_divide",
        "simple_torch_tensor_floor_divide",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise floor(a / b) (broadcasting), a new tensor.",
        None,
        "floor_divide",
        True,
        False,
    ),
    "tensor_remainder": FunctionInfo(
        "tensor_remainder",
        "simple_torch_tensor_remainder",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a mod b with the sign of b (Python\u0027s %, broadcasting), a new tensor.",
        None,
        "remainder",
        True,
        False,
    ),
    "tensor_pow": FunctionInfo(
        "tensor_pow",
        "simple_torch_tensor_pow",
        (("a", "tensor", False), ("b", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "Element-wise a ** b (broadcasting), a new tensor.",
        None,
        "pow",
        True,
        False,
    ),
    "tensor_sum_dim": FunctionInfo(
        "tensor_sum_dim",
        "simple_torch_tensor_sum_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Sum over dim (kept as size 1 when keepdim), a new tensor.",
        None,
        "sum",
        False,
        False,
    ),
    "tensor_mean_dim": FunctionInfo(
        "tensor_mean_dim",
        "simple_torch_tensor_mean_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Mean over dim (kept as size 1 when keepdim), a new tensor.",
        None,
        "mean",
        False,
        False,
    ),
    "tensor_max_dim": FunctionInfo(
        "tensor_max_dim",
        "simple_torch_tensor_max_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Largest element over dim (kept as size 1 when keepdim), a new tensor.",
        None,
        "amax",
        False,
        False,
    ),
    "tensor_min_dim": FunctionInfo(
        "tensor_min_dim",
        "simple_torch_tensor_min_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Smallest element over dim (kept as size 1 when keepdim), a new tensor.",
        None,
        "amin",
        False,
        False,
    ),
    "tensor_argmax": FunctionInfo(
        "tensor_argmax",
        "simple_torch_tensor_argmax",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor.",
        None,
        "argmax",
        False,
        False,
    ),
    "tensor_argmin": FunctionInfo(
        "tensor_argmin",
        "simple_torch_tensor_argmin",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor.",
        None,
        "argmin",
        False,
        False,
    ),
    "tensor_prod_dim": FunctionInfo(
        "tensor_prod_dim",
        "simple_torch_tensor_prod_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Product over dim (kept as size 1 when keepdim), a new tensor.",
        None,
        "prod",
        False,
        False,
    ),
    "tensor_std_dim": FunctionInfo(
        "tensor_std_dim",
        "simple_torch_tensor_std_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor.",
        None,
        "std",
        False,
        False,
    ),
    "tensor_var_dim": FunctionInfo(
        "tensor_var_dim",
        "simple_torch_tensor_var_dim",
        (("handle", "tensor", False), ("dim", "i64", False), ("keepdim", "bool", False), ),
        "tensor",
        0,
        False,
        False,
        {'keepdim': False},
        "Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor.",
        None,
        "var",
        False,
        False,
    ),
    "tensor_item_f64": FunctionInfo(
        "tensor_item_f64",
        "simple_torch_tensor_item_f64",
        (("handle", "tensor", False), ),
        "f64",
        float("nan"),
        False,
        False,
        {},
        "The one element of a one-element tensor, as f64.",
        None,
        "item_f64",
        False,
        False,
    ),
    "tensor_item_i64": FunctionInfo(
        "tensor_item_i64",
        "simple_torch_tensor_item_i64",
        (("handle", "tensor", False), ),
        "i64",
        -1,
        False,
        False,
        {},
        "The one element of a one-element tensor, as i64 (truncated toward zero).",
        None,
        "item_i64",
        False,
        False,
    ),
    "tensor_squeeze": FunctionInfo(
        "tensor_squeeze",
        "simple_torch_tensor_squeeze",
        (("handle", "tensor", False), ("dim", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor without dim when its size is 1 (unchanged otherwise), a new tensor.",
        None,
        "squeeze",
        False,
        False,
    ),
    "tensor_unsqueeze": FunctionInfo(
        "tensor_unsqueeze",
        "simple_torch_tensor_unsqueeze",
        (("handle", "tensor", False), ("dim", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with a new dim of size 1 at dim, a new tensor.",
        None,
        "unsqueeze",
        False,
        False,
    ),
    "tensor_flatten": FunctionInfo(
        "tensor_flatten",
        "simple_torch_tensor_flatten",
        (("handle", "tensor", False), ("start_dim", "i64", False), ("end_dim", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {'start_dim': 0, 'end_dim': -1},
        "The tensor with dims start_dim..end_dim merged into one, a new tensor.",
        None,
        "flatten",
        False,
        False,
    ),
    "tensor_contiguous": FunctionInfo(
        "tensor_contiguous",
        "simple_torch_tensor_contiguous",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor with its elements in row-major order in memory, a new tensor.",
        None,
        "contiguous",
        False,
        False,
    ),
    "tensor_expand": FunctionInfo(
        "tensor_expand",
        "simple_torch_tensor_expand",
        (("handle", "tensor", False), ("dims", "[i64]", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory.",
        None,
        "expand",
        False,
        False,
    ),
    "tensor_narrow": FunctionInfo(
        "tensor_narrow",
        "simple_torch_tensor_narrow",
        (("handle", "tensor", False), ("dim", "i64", False), ("start", "i64", False), ("length", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "length elements of dim from start, a new tensor sharing memory.",
        None,
        "narrow",
        False,
        False,
    ),
    "tensor_slice": FunctionInfo(
        "tensor_slice",
        "simple_torch_tensor_slice",
        (("handle", "tensor", False), ("dim", "i64", False), ("start", "i64", False), ("end", "i64", False), ("step", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {'dim': 0, 'start': 0, 'end': 9223372036854775807, 'step': 1},
        "Elements start, start + step, ... before end of dim (Python\u0027s slicing), a new tensor sharing memory.",
        None,
        "slice",
        False,
        False,
    ),
    "tensor_select": FunctionInfo(
        "tensor_select",
        "simple_torch_tensor_select",
        (("handle", "tensor", False), ("dim", "i64", False), ("index", "i64", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The slice at index of dim (that dim removed), a new tensor sharing memory.",
        None,
        "select",
        False,
        False,
    ),
    "tensor_index_select": FunctionInfo(
        "tensor_index_select",
        "simple_torch_tensor_index_select",
        (("handle", "tensor", False), ("dim", "i64", False), ("index", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The slices of dim at the int64 indexes in index, a new tensor.",
        None,
        "index_select",
        False,
        False,
    ),
    "tensor_masked_select": FunctionInfo(
        "tensor_masked_select",
        "simple_torch_tensor_masked_select",
        (("handle", "tensor", False), ("mask", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor.",
        None,
        "masked_select",
        False,
        False,
    ),
    "tensor_requires_grad": FunctionInfo(
        "tensor_requires_grad",
        "simple_torch_tensor_requires_grad",
        (("handle", "tensor", False), ),
        "bool",
        False,
        False,
        False,
        {},
        "True when autograd records operations on the tensor (torch\u0027s requires_grad).",
        "requires_grad",
        "requires_grad",
        False,
        False,
    ),
    "tensor_requires_grad_": FunctionInfo(
        "tensor_requires_grad_",
        "simple_torch_tensor_requires_grad_",
        (("handle", "tensor", False), ("requires_grad", "bool", False), ),
        "void",
        None,
        False,
        False,
        {'requires_grad': True},
        "Switch autograd recording for the tensor on or off (a leaf of a floating dtype; torch\u0027s requires_grad_).",
        "set_requires_grad",
        "requires_grad_",
        False,
        True,
    ),
    "tensor_grad": FunctionInfo(
        "tensor_grad",
        "simple_torch_tensor_grad",
        (("handle", "tensor", False), ),
        "tensor?",
        0,
        False,
        False,
        {},
        "The gradient accumulated by backward, a new tensor; none (the handle 0 with no error) when the tensor has none.",
        "grad",
        "grad",
        False,
        False,
    ),
    "tensor_zero_grad": FunctionInfo(
        "tensor_zero_grad",
        "simple_torch_tensor_zero_grad",
        (("handle", "tensor", False), ),
        "void",
        None,
        False,
        False,
        {},
        "Drop the tensor\u0027s gradient (grad becomes none; torch\u0027s zero_grad(set_to_none=True)).",
        "clear_grad",
        "zero_grad",
        False,
        False,
    ),
    "tensor_backward": FunctionInfo(
        "tensor_backward",
        "simple_torch_tensor_backward",
        (("handle", "tensor", False), ("gradient", "tensor?", False), ("retain_graph", "bool", False), ),
        "void",
        None,
        False,
        False,
        {'gradient': None, 'retain_graph': False},
        "Accumulate the gradients of the tensor into the leaves that require grad (gradient none = 1 for a one-element tensor; retain_graph keeps the graph for another backward).",
        None,
        "backward",
        False,
        False,
    ),
    "tensor_detach": FunctionInfo(
        "tensor_detach",
        "simple_torch_tensor_detach",
        (("handle", "tensor", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "The tensor cut from the autograd graph (no grad, sharing memory), a new tensor.",
        None,
        "detach",
        False,
        False,
    ),
    "is_grad_enabled": FunctionInfo(
        "is_grad_enabled",
        "simple_torch_is_grad_enabled",
        (),
        "bool",
        False,
        False,
        True,
        {},
        "True when gradient mode is on for the calling thread (libtorch\u0027s thread-local GradMode).",
        "is_grad_enabled",
        "is_grad_enabled",
        False,
        False,
    ),
    "set_grad_enabled": FunctionInfo(
        "set_grad_enabled",
        "simple_torch_set_grad_enabled",
        (("enabled", "bool", False), ),
        "bool",
        False,
        False,
        False,
        {},
        "Switch gradient mode for the calling thread; returns the previous mode (torch.set_grad_enabled, no_grad).",
        "set_grad_enabled",
        "set_grad_enabled",
        False,
        False,
    ),
    "tensor_fill_": FunctionInfo(
        "tensor_fill_",
        "simple_torch_tensor_fill_",
        (("handle", "tensor", False), ("value", "f64", False), ),
        "void",
        None,
        False,
        False,
        {},
        "Writes value (converted to the tensor\u0027s dtype) into every element, in place.",
        None,
        "fill_",
        False,
        True,
    ),
    "tensor_zero_": FunctionInfo(
        "tensor_zero_",
        "simple_torch_tensor_zero_",
        (("handle", "tensor", False), ),
        "void",
        None,
        False,
        False,
        {},
        "Writes zero into every element, in place.",
        None,
        "zero_",
        False,
        True,
    ),
    "tensor_copy_": FunctionInfo(
        "tensor_copy_",
        "simple_torch_tensor_copy_",
        (("handle", "tensor", False), ("src", "tensor", False), ),
        "void",
        None,
        False,
        False,
        {},
        "Writes src into the tensor (src broadcast to its shape, converted to its dtype), in place.",
        None,
        "copy_",
        False,
        True,
    ),
    "tensor_index": FunctionInfo(
        "tensor_index",
        "simple_torch_tensor_index",
        (("handle", "tensor", False), ("indices", "[i64]", False), ("tensors", "[tensor]", False), ),
        "tensor",
        0,
        False,
        False,
        {},
        "handle[key] as torch indexes (a view for integers, slices, None and Ellipsis; a copy with index tensors), the key encoded in indices (groups [kind, a, b, c]) and tensors.",
        "index",
        "index",
        False,
        False,
    ),
    "tensor_index_put_": FunctionInfo(
        "tensor_index_put_",
        "simple_torch_tensor_index_put_",
        (("handle", "tensor", False), ("indices", "[i64]", False), ("tensors", "[tensor]", False), ("value", "tensor", False), ),
        "void",
        None,
        False,
        False,
        {},
        "handle[key] = value as torch assigns (value broadcast and converted to the tensor\u0027s dtype), in place; the key encoded as for tensor_index.",
        "index_put",
        "index_put_",
        False,
        True,
    ),
    "tensor_free": FunctionInfo(
        "tensor_free",
        "simple_torch_tensor_free",
        (("handle", "tensor", True), ),
        "void",
        None,
        False,
        False,
        {},
        "Release the tensor handle; an invalid or already freed handle is reported through last_error and otherwise ignored.",
        "free",
        "free",
        False,
        False,
    ),
}

# core role -> the function that takes it: the runtime names roles, never functions.
ROLES: dict[str, str] = {
    "available": "available",
    "version": "version",
    "abi_version": "abi_version",
    "spec_hash": "spec_hash",
    "last_error": "last_error",
    "last_error_kind": "last_error_kind",
    "live_count": "live_handles",
    "cuda_available": "cuda_available",
    "cuda_device_count": "cuda_device_count",
    "from_f64": "tensor_from_data",
    "from_f32": "tensor_from_f32",
    "shape": "tensor_shape",
    "to_f64": "tensor_to_data",
    "to_f32": "tensor_to_f32",
    "dtype": "tensor_dtype",
    "to_dtype": "tensor_to_dtype",
    "from_bytes": "tensor_from_bytes",
    "to_bytes": "tensor_to_bytes",
    "to_dlpack": "tensor_to_dlpack",
    "from_dlpack": "tensor_from_dlpack",
    "is_cuda": "tensor_is_cuda",
    "device": "tensor_device",
    "to_device": "tensor_to_device",
    "requires_grad": "tensor_requires_grad",
    "set_requires_grad": "tensor_requires_grad_",
    "grad": "tensor_grad",
    "clear_grad": "tensor_zero_grad",
    "is_grad_enabled": "is_grad_enabled",
    "set_grad_enabled": "set_grad_enabled",
    "index": "tensor_index",
    "index_put": "tensor_index_put_",
    "free": "tensor_free",
}


class TypeInfo(NamedTuple):
    """How the runtime handles values of one logical type (codegen/targets/python.py)."""

    convert: str  # the Tensor API's argument converter (marshal.CONVERTERS)
    lower: str  # how the torch backend passes it: value | text | array
    ctype: str  # the cffi element type of an array
    dtype: str  # the numpy dtype of an array's elements
    result: str  # how a result of this type is read back (marshal.RESULTS)
    pure: str  # how the pure backend checks an argument: handle | handles | dims | value


TYPES: dict[str, TypeInfo] = {
    "[f32]": TypeInfo("f32s", "array", "float", "float32",
                       "floats", "value"),
    "[f64]": TypeInfo("f64s", "array", "double", "float64",
                       "floats", "value"),
    "[i64]": TypeInfo("dims", "array", "int64_t", "int64",
                       "ints", "value"),
    "[tensor]": TypeInfo("operands", "array", "int64_t", "int64",
                       "ints", "handles"),
    "[u8]": TypeInfo("bytes", "array", "uint8_t", "uint8",
                       "bytes", "value"),
    "bool": TypeInfo("bool", "value", "", "",
                       "bool", "value"),
    "device": TypeInfo("device", "value", "", "",
                       "int", "value"),
    "dtype": TypeInfo("dtype", "value", "", "",
                       "dtype", "dtype"),
    "f64": TypeInfo("float", "value", "", "",
                       "float", "value"),
    "i32": TypeInfo("int32", "value", "", "",
                       "int", "value"),
    "i64": TypeInfo("int64", "value", "", "",
                       "int", "value"),
    "shape": TypeInfo("dims", "array", "int64_t", "int64",
                       "ints", "dims"),
    "tensor": TypeInfo("operand", "value", "", "",
                       "handle", "handle"),
    "tensor?": TypeInfo("optional_operand", "optional", "", "",
                       "optional_handle", "optional_handle"),
    "text": TypeInfo("text", "text", "", "",
                       "text", "value"),
    "void": TypeInfo("none", "value", "", "",
                       "void", "value"),
}

# Operations on one or two tensors with a tensor result, in this order: the torch backend's
# raw_ops, which the Tensor API's fast paths index.
FAST_OPS: tuple[str, ...] = (
    "tensor_add",
    "tensor_mul",
    "tensor_matmul",
    "tensor_mm",
    "tensor_dot",
    "relu",
    "sigmoid",
    "tanh",
    "tensor_cpu",
    "tensor_sub",
    "tensor_div",
    "tensor_neg",
    "tensor_exp",
    "tensor_log",
    "tensor_clone",
    "tensor_eq",
    "tensor_ne",
    "tensor_lt",
    "tensor_le",
    "tensor_gt",
    "tensor_ge",
    "tensor_logical_and",
    "tensor_logical_or",
    "tensor_logical_not",
    "tensor_abs",
    "tensor_sqrt",
    "tensor_floor",
    "tensor_ceil",
    "tensor_round",
    "tensor_floor_divide",
    "tensor_remainder",
    "tensor_pow",
    "tensor_contiguous",
    "tensor_masked_select",
    "tensor_detach",
)

# The cffi cdef: compiled in API mode against the real header, so a mismatch is a C error.
CDEF = """
#define SIMPLE_TORCH_ABI_VERSION 2
#define SIMPLE_TORCH_ERR_OK 0
#define SIMPLE_TORCH_ERR_INVALID_HANDLE 1
#define SIMPLE_TORCH_ERR_INVALID_ARGUMENT 2
#define SIMPLE_TORCH_ERR_TORCH_ERROR 3
#define SIMPLE_TORCH_ERR_NOT_AVAILABLE 4
#define SIMPLE_TORCH_ERR_OUT_OF_MEMORY 5
#define SIMPLE_TORCH_ERR_INTERNAL 6
bool simple_torch_available(void);
const char* simple_torch_version(void);
int32_t simple_torch_abi_version(void);
const char* simple_torch_spec_hash(void);
const char* simple_torch_last_error(void);
int32_t simple_torch_last_error_kind(void);
int64_t simple_torch_live_handles(void);
bool simple_torch_cuda_available(void);
int32_t simple_torch_cuda_device_count(void);
int64_t simple_torch_tensor_zeros(const int64_t* dims, int64_t dims_len, int32_t dtype);
int64_t simple_torch_tensor_ones(const int64_t* dims, int64_t dims_len, int32_t dtype);
int64_t simple_torch_tensor_randn(const int64_t* dims, int64_t dims_len, int32_t dtype);
int64_t simple_torch_tensor_rand(const int64_t* dims, int64_t dims_len, int32_t dtype);
int64_t simple_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_tensor_from_f32(const float* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_tensor_add(int64_t a, int64_t b);
int64_t simple_torch_tensor_mul(int64_t a, int64_t b);
int64_t simple_torch_tensor_matmul(int64_t a, int64_t b);
int64_t simple_torch_tensor_mm(int64_t a, int64_t b);
int64_t simple_torch_tensor_dot(int64_t a, int64_t b);
int64_t simple_torch_tensor_shape(int64_t handle, int64_t* out, int64_t out_len);
int64_t simple_torch_tensor_ndim(int64_t handle);
int64_t simple_torch_tensor_numel(int64_t handle);
int64_t simple_torch_tensor_to_data(int64_t handle, double* out, int64_t out_len);
int64_t simple_torch_tensor_to_f32(int64_t handle, float* out, int64_t out_len);
int32_t simple_torch_tensor_dtype(int64_t handle);
int64_t simple_torch_tensor_to_dtype(int64_t handle, int32_t dtype);
int64_t simple_torch_tensor_from_bytes(const uint8_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len, int32_t dtype);
int64_t simple_torch_tensor_to_bytes(int64_t handle, uint8_t* out, int64_t out_len);
int64_t simple_torch_tensor_to_dlpack(int64_t handle, bool versioned);
int64_t simple_torch_tensor_from_dlpack(int64_t managed, bool versioned);
int64_t simple_torch_relu(int64_t handle);
int64_t simple_torch_sigmoid(int64_t handle);
int64_t simple_torch_tanh(int64_t handle);
int64_t simple_torch_tensor_cuda(int64_t handle, int32_t device_id);
int64_t simple_torch_tensor_cpu(int64_t handle);
bool simple_torch_tensor_is_cuda(int64_t handle);
int32_t simple_torch_tensor_device(int64_t handle);
int64_t simple_torch_tensor_to_device(int64_t handle, int32_t device_code);
void simple_torch_cuda_synchronize(int32_t device_id);
int64_t simple_torch_tensor_sub(int64_t a, int64_t b);
int64_t simple_torch_tensor_div(int64_t a, int64_t b);
int64_t simple_torch_tensor_neg(int64_t handle);
int64_t simple_torch_tensor_exp(int64_t handle);
int64_t simple_torch_tensor_log(int64_t handle);
double simple_torch_tensor_sum(int64_t handle);
double simple_torch_tensor_mean(int64_t handle);
double simple_torch_tensor_prod(int64_t handle);
double simple_torch_tensor_std(int64_t handle);
double simple_torch_tensor_var(int64_t handle);
int64_t simple_torch_tensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_tensor_transpose(int64_t handle, int64_t dim0, int64_t dim1);
int64_t simple_torch_tensor_view(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_tensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_softmax(int64_t handle, int64_t dim);
int64_t simple_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value, int32_t dtype);
int64_t simple_torch_tensor_arange(double start, double end, double step, int32_t dtype);
int64_t simple_torch_tensor_eye(int64_t n, int32_t dtype);
int64_t simple_torch_tensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
int64_t simple_torch_tensor_clone(int64_t handle);
int64_t simple_torch_tensor_eq(int64_t a, int64_t b);
int64_t simple_torch_tensor_ne(int64_t a, int64_t b);
int64_t simple_torch_tensor_lt(int64_t a, int64_t b);
int64_t simple_torch_tensor_le(int64_t a, int64_t b);
int64_t simple_torch_tensor_gt(int64_t a, int64_t b);
int64_t simple_torch_tensor_ge(int64_t a, int64_t b);
int64_t simple_torch_tensor_logical_and(int64_t a, int64_t b);
int64_t simple_torch_tensor_logical_or(int64_t a, int64_t b);
int64_t simple_torch_tensor_logical_not(int64_t handle);
int64_t simple_torch_tensor_where(int64_t handle, int64_t condition, int64_t other);
bool simple_torch_tensor_any(int64_t handle);
bool simple_torch_tensor_all(int64_t handle);
int64_t simple_torch_tensor_abs(int64_t handle);
int64_t simple_torch_tensor_sqrt(int64_t handle);
int64_t simple_torch_tensor_floor(int64_t handle);
int64_t simple_torch_tensor_ceil(int64_t handle);
int64_t simple_torch_tensor_round(int64_t handle);
int64_t simple_torch_tensor_clamp(int64_t handle, double min_value, double max_value);
int64_t simple_torch_tensor_floor_divide(int64_t a, int64_t b);
int64_t simple_torch_tensor_remainder(int64_t a, int64_t b);
int64_t simple_torch_tensor_pow(int64_t a, int64_t b);
int64_t simple_torch_tensor_sum_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_mean_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_max_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_min_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_argmax(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_argmin(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_prod_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_std_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t simple_torch_tensor_var_dim(int64_t handle, int64_t dim, bool keepdim);
double simple_torch_tensor_item_f64(int64_t handle);
int64_t simple_torch_tensor_item_i64(int64_t handle);
int64_t simple_torch_tensor_squeeze(int64_t handle, int64_t dim);
int64_t simple_torch_tensor_unsqueeze(int64_t handle, int64_t dim);
int64_t simple_torch_tensor_flatten(int64_t handle, int64_t start_dim, int64_t end_dim);
int64_t simple_torch_tensor_contiguous(int64_t handle);
int64_t simple_torch_tensor_expand(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t simple_torch_tensor_narrow(int64_t handle, int64_t dim, int64_t start, int64_t length);
int64_t simple_torch_tensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
int64_t simple_torch_tensor_select(int64_t handle, int64_t dim, int64_t index);
int64_t simple_torch_tensor_index_select(int64_t handle, int64_t dim, int64_t index);
int64_t simple_torch_tensor_masked_select(int64_t handle, int64_t mask);
bool simple_torch_tensor_requires_grad(int64_t handle);
void simple_torch_tensor_requires_grad_(int64_t handle, bool requires_grad);
int64_t simple_torch_tensor_grad(int64_t handle);
void simple_torch_tensor_zero_grad(int64_t handle);
void simple_torch_tensor_backward(int64_t handle, int64_t gradient, bool retain_graph);
int64_t simple_torch_tensor_detach(int64_t handle);
bool simple_torch_is_grad_enabled(void);
bool simple_torch_set_grad_enabled(bool enabled);
void simple_torch_tensor_fill_(int64_t handle, double value);
void simple_torch_tensor_zero_(int64_t handle);
void simple_torch_tensor_copy_(int64_t handle, int64_t src);
int64_t simple_torch_tensor_index(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len);
void simple_torch_tensor_index_put_(int64_t handle, const int64_t* indices, int64_t indices_len, const int64_t* tensors, int64_t tensors_len, int64_t value);
void simple_torch_tensor_free(int64_t handle);
"""

# Compiled into the cffi module: fails to compile if a prototype differs from the header.
C_CHECKS = """
static bool (*const stf_check_available)(void) __attribute__((unused)) = simple_torch_available;
static const char* (*const stf_check_version)(void) __attribute__((unused)) = simple_torch_version;
static int32_t (*const stf_check_abi_version)(void) __attribute__((unused)) = simple_torch_abi_version;
static const char* (*const stf_check_spec_hash)(void) __attribute__((unused)) = simple_torch_spec_hash;
static const char* (*const stf_check_last_error)(void) __attribute__((unused)) = simple_torch_last_error;
static int32_t (*const stf_check_last_error_kind)(void) __attribute__((unused)) = simple_torch_last_error_kind;
static int64_t (*const stf_check_live_handles)(void) __attribute__((unused)) = simple_torch_live_handles;
static bool (*const stf_check_cuda_available)(void) __attribute__((unused)) = simple_torch_cuda_available;
static int32_t (*const stf_check_cuda_device_count)(void) __attribute__((unused)) = simple_torch_cuda_device_count;
static int64_t (*const stf_check_tensor_zeros)(const int64_t*, int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_zeros;
static int64_t (*const stf_check_tensor_ones)(const int64_t*, int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_ones;
static int64_t (*const stf_check_tensor_randn)(const int64_t*, int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_randn;
static int64_t (*const stf_check_tensor_rand)(const int64_t*, int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_rand;
static int64_t (*const stf_check_tensor_from_data)(const double*, int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_from_data;
static int64_t (*const stf_check_tensor_from_f32)(const float*, int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_from_f32;
static int64_t (*const stf_check_tensor_add)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_add;
static int64_t (*const stf_check_tensor_mul)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_mul;
static int64_t (*const stf_check_tensor_matmul)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_matmul;
static int64_t (*const stf_check_tensor_mm)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_mm;
static int64_t (*const stf_check_tensor_dot)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_dot;
static int64_t (*const stf_check_tensor_shape)(int64_t, int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_shape;
static int64_t (*const stf_check_tensor_ndim)(int64_t) __attribute__((unused)) = simple_torch_tensor_ndim;
static int64_t (*const stf_check_tensor_numel)(int64_t) __attribute__((unused)) = simple_torch_tensor_numel;
static int64_t (*const stf_check_tensor_to_data)(int64_t, double*, int64_t) __attribute__((unused)) = simple_torch_tensor_to_data;
static int64_t (*const stf_check_tensor_to_f32)(int64_t, float*, int64_t) __attribute__((unused)) = simple_torch_tensor_to_f32;
static int32_t (*const stf_check_tensor_dtype)(int64_t) __attribute__((unused)) = simple_torch_tensor_dtype;
static int64_t (*const stf_check_tensor_to_dtype)(int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_to_dtype;
static int64_t (*const stf_check_tensor_from_bytes)(const uint8_t*, int64_t, const int64_t*, int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_from_bytes;
static int64_t (*const stf_check_tensor_to_bytes)(int64_t, uint8_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_to_bytes;
static int64_t (*const stf_check_tensor_to_dlpack)(int64_t, bool) __attribute__((unused)) = simple_torch_tensor_to_dlpack;
static int64_t (*const stf_check_tensor_from_dlpack)(int64_t, bool) __attribute__((unused)) = simple_torch_tensor_from_dlpack;
static int64_t (*const stf_check_relu)(int64_t) __attribute__((unused)) = simple_torch_relu;
static int64_t (*const stf_check_sigmoid)(int64_t) __attribute__((unused)) = simple_torch_sigmoid;
static int64_t (*const stf_check_tanh)(int64_t) __attribute__((unused)) = simple_torch_tanh;
static int64_t (*const stf_check_tensor_cuda)(int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_cuda;
static int64_t (*const stf_check_tensor_cpu)(int64_t) __attribute__((unused)) = simple_torch_tensor_cpu;
static bool (*const stf_check_tensor_is_cuda)(int64_t) __attribute__((unused)) = simple_torch_tensor_is_cuda;
static int32_t (*const stf_check_tensor_device)(int64_t) __attribute__((unused)) = simple_torch_tensor_device;
static int64_t (*const stf_check_tensor_to_device)(int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_to_device;
static void (*const stf_check_cuda_synchronize)(int32_t) __attribute__((unused)) = simple_torch_cuda_synchronize;
static int64_t (*const stf_check_tensor_sub)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_sub;
static int64_t (*const stf_check_tensor_div)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_div;
static int64_t (*const stf_check_tensor_neg)(int64_t) __attribute__((unused)) = simple_torch_tensor_neg;
static int64_t (*const stf_check_tensor_exp)(int64_t) __attribute__((unused)) = simple_torch_tensor_exp;
static int64_t (*const stf_check_tensor_log)(int64_t) __attribute__((unused)) = simple_torch_tensor_log;
static double (*const stf_check_tensor_sum)(int64_t) __attribute__((unused)) = simple_torch_tensor_sum;
static double (*const stf_check_tensor_mean)(int64_t) __attribute__((unused)) = simple_torch_tensor_mean;
static double (*const stf_check_tensor_prod)(int64_t) __attribute__((unused)) = simple_torch_tensor_prod;
static double (*const stf_check_tensor_std)(int64_t) __attribute__((unused)) = simple_torch_tensor_std;
static double (*const stf_check_tensor_var)(int64_t) __attribute__((unused)) = simple_torch_tensor_var;
static int64_t (*const stf_check_tensor_reshape)(int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_reshape;
static int64_t (*const stf_check_tensor_transpose)(int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_transpose;
static int64_t (*const stf_check_tensor_view)(int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_view;
static int64_t (*const stf_check_tensor_permute)(int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_permute;
static int64_t (*const stf_check_softmax)(int64_t, int64_t) __attribute__((unused)) = simple_torch_softmax;
static int64_t (*const stf_check_tensor_full)(const int64_t*, int64_t, double, int32_t) __attribute__((unused)) = simple_torch_tensor_full;
static int64_t (*const stf_check_tensor_arange)(double, double, double, int32_t) __attribute__((unused)) = simple_torch_tensor_arange;
static int64_t (*const stf_check_tensor_eye)(int64_t, int32_t) __attribute__((unused)) = simple_torch_tensor_eye;
static int64_t (*const stf_check_tensor_cat)(const int64_t*, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_cat;
static int64_t (*const stf_check_tensor_clone)(int64_t) __attribute__((unused)) = simple_torch_tensor_clone;
static int64_t (*const stf_check_tensor_eq)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_eq;
static int64_t (*const stf_check_tensor_ne)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_ne;
static int64_t (*const stf_check_tensor_lt)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_lt;
static int64_t (*const stf_check_tensor_le)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_le;
static int64_t (*const stf_check_tensor_gt)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_gt;
static int64_t (*const stf_check_tensor_ge)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_ge;
static int64_t (*const stf_check_tensor_logical_and)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_logical_and;
static int64_t (*const stf_check_tensor_logical_or)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_logical_or;
static int64_t (*const stf_check_tensor_logical_not)(int64_t) __attribute__((unused)) = simple_torch_tensor_logical_not;
static int64_t (*const stf_check_tensor_where)(int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_where;
static bool (*const stf_check_tensor_any)(int64_t) __attribute__((unused)) = simple_torch_tensor_any;
static bool (*const stf_check_tensor_all)(int64_t) __attribute__((unused)) = simple_torch_tensor_all;
static int64_t (*const stf_check_tensor_abs)(int64_t) __attribute__((unused)) = simple_torch_tensor_abs;
static int64_t (*const stf_check_tensor_sqrt)(int64_t) __attribute__((unused)) = simple_torch_tensor_sqrt;
static int64_t (*const stf_check_tensor_floor)(int64_t) __attribute__((unused)) = simple_torch_tensor_floor;
static int64_t (*const stf_check_tensor_ceil)(int64_t) __attribute__((unused)) = simple_torch_tensor_ceil;
static int64_t (*const stf_check_tensor_round)(int64_t) __attribute__((unused)) = simple_torch_tensor_round;
static int64_t (*const stf_check_tensor_clamp)(int64_t, double, double) __attribute__((unused)) = simple_torch_tensor_clamp;
static int64_t (*const stf_check_tensor_floor_divide)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_floor_divide;
static int64_t (*const stf_check_tensor_remainder)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_remainder;
static int64_t (*const stf_check_tensor_pow)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_pow;
static int64_t (*const stf_check_tensor_sum_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_sum_dim;
static int64_t (*const stf_check_tensor_mean_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_mean_dim;
static int64_t (*const stf_check_tensor_max_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_max_dim;
static int64_t (*const stf_check_tensor_min_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_min_dim;
static int64_t (*const stf_check_tensor_argmax)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_argmax;
static int64_t (*const stf_check_tensor_argmin)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_argmin;
static int64_t (*const stf_check_tensor_prod_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_prod_dim;
static int64_t (*const stf_check_tensor_std_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_std_dim;
static int64_t (*const stf_check_tensor_var_dim)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_var_dim;
static double (*const stf_check_tensor_item_f64)(int64_t) __attribute__((unused)) = simple_torch_tensor_item_f64;
static int64_t (*const stf_check_tensor_item_i64)(int64_t) __attribute__((unused)) = simple_torch_tensor_item_i64;
static int64_t (*const stf_check_tensor_squeeze)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_squeeze;
static int64_t (*const stf_check_tensor_unsqueeze)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_unsqueeze;
static int64_t (*const stf_check_tensor_flatten)(int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_flatten;
static int64_t (*const stf_check_tensor_contiguous)(int64_t) __attribute__((unused)) = simple_torch_tensor_contiguous;
static int64_t (*const stf_check_tensor_expand)(int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_expand;
static int64_t (*const stf_check_tensor_narrow)(int64_t, int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_narrow;
static int64_t (*const stf_check_tensor_slice)(int64_t, int64_t, int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_slice;
static int64_t (*const stf_check_tensor_select)(int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_select;
static int64_t (*const stf_check_tensor_index_select)(int64_t, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_index_select;
static int64_t (*const stf_check_tensor_masked_select)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_masked_select;
static bool (*const stf_check_tensor_requires_grad)(int64_t) __attribute__((unused)) = simple_torch_tensor_requires_grad;
static void (*const stf_check_tensor_requires_grad_)(int64_t, bool) __attribute__((unused)) = simple_torch_tensor_requires_grad_;
static int64_t (*const stf_check_tensor_grad)(int64_t) __attribute__((unused)) = simple_torch_tensor_grad;
static void (*const stf_check_tensor_zero_grad)(int64_t) __attribute__((unused)) = simple_torch_tensor_zero_grad;
static void (*const stf_check_tensor_backward)(int64_t, int64_t, bool) __attribute__((unused)) = simple_torch_tensor_backward;
static int64_t (*const stf_check_tensor_detach)(int64_t) __attribute__((unused)) = simple_torch_tensor_detach;
static bool (*const stf_check_is_grad_enabled)(void) __attribute__((unused)) = simple_torch_is_grad_enabled;
static bool (*const stf_check_set_grad_enabled)(bool) __attribute__((unused)) = simple_torch_set_grad_enabled;
static void (*const stf_check_tensor_fill_)(int64_t, double) __attribute__((unused)) = simple_torch_tensor_fill_;
static void (*const stf_check_tensor_zero_)(int64_t) __attribute__((unused)) = simple_torch_tensor_zero_;
static void (*const stf_check_tensor_copy_)(int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_copy_;
static int64_t (*const stf_check_tensor_index)(int64_t, const int64_t*, int64_t, const int64_t*, int64_t) __attribute__((unused)) = simple_torch_tensor_index;
static void (*const stf_check_tensor_index_put_)(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, int64_t) __attribute__((unused)) = simple_torch_tensor_index_put_;
static void (*const stf_check_tensor_free)(int64_t) __attribute__((unused)) = simple_torch_tensor_free;
"""
