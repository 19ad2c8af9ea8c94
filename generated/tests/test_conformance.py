# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
"""Conformance of every simple_torch_ffi function, against every built variant.

Rendered from the spec's examples (values checked against numpy references) and from the
hostile values each argument type brings. The `variant` fixture (conftest.py) yields each
variant; the harness is tests/support/stf_conformance.py.
"""

from __future__ import annotations

import numpy as np  # noqa: F401  (computed example values)
from stf_conformance import Case, Variant, run_bad_argument, run_cases

# A valid value of each argument type (codegen/targets/tests.py): what the other arguments
# get while one argument takes a hostile value.
VALID = {'[bool]': [True, False, True, True],
 '[f32]': [1.0, 2.0, 3.0, 4.0],
 '[f64]': [1.0, 2.0],
 '[i64]': [1],
 '[tensor]': [[[1.0, 2.0]], [[3.0, 4.0]]],
 '[u8]': [0, 0, 128, 63],
 'bool': False,
 'device': -1,
 'dtype': 'float32',
 'f64': 1.0,
 'i32': 0,
 'i64': 0,
 'shape': [2, 2],
 'tensor': [[1.0, 2.0], [3.0, 4.0]],
 'tensor?': [[1.0, 2.0], [3.0, 4.0]],
 'text': 'x'}


def test_available(variant: Variant) -> None:
    """available (spec/ffi.yaml:102)"""
    run_cases(variant, "available", [
        Case(line=110, args={}, expect='True', variant='torch', value=True, has_value=True),
        Case(line=111, args={}, expect='False', variant='stub', value=False, has_value=True),
    ])


def test_version(variant: Variant) -> None:
    """version (spec/ffi.yaml:113)"""
    run_cases(variant, "version", [
        Case(line=121, args={}, expect="LIB_VERSION + '+torch' + torch.__version__.split('+')[0]", variant='torch'),
        Case(line=122, args={}, expect="LIB_VERSION + '+stub'", variant='stub', value='0.1.0+stub', has_value=True),
    ])


def test_abi_version(variant: Variant) -> None:
    """abi_version (spec/ffi.yaml:124)"""
    run_cases(variant, "abi_version", [
        Case(line=132, args={}, expect='ABI_VERSION', value=3, has_value=True),
    ])


def test_spec_hash(variant: Variant) -> None:
    """spec_hash (spec/ffi.yaml:134)"""
    run_cases(variant, "spec_hash", [
        Case(line=142, args={}, expect='SPEC_HASH', value='c524218e063cfca1', has_value=True),
    ])


def test_last_error(variant: Variant) -> None:
    """last_error (spec/ffi.yaml:144)"""
    run_cases(variant, "last_error", [
        Case(line=153, args={}, expect="''", value='', has_value=True),
    ])


def test_last_error_kind(variant: Variant) -> None:
    """last_error_kind (spec/ffi.yaml:155)"""
    run_cases(variant, "last_error_kind", [
        Case(line=164, args={}, expect='0', value=0, has_value=True),
    ])


def test_last_warning(variant: Variant) -> None:
    """last_warning (spec/ffi.yaml:166)"""
    run_cases(variant, "last_warning", [
        Case(line=174, args={}, expect="''", variant='stub', value='', has_value=True),
    ])


def test_live_handles(variant: Variant) -> None:
    """live_handles (spec/ffi.yaml:176)"""
    run_cases(variant, "live_handles", [
        Case(line=184, args={}, expect='0', value=0, has_value=True),
    ])


def test_cuda_available(variant: Variant) -> None:
    """cuda_available (spec/ffi.yaml:186)"""
    run_cases(variant, "cuda_available", [
        Case(line=194, args={}, expect='CUDA_AVAILABLE', variant='torch'),
    ])


def test_cuda_device_count(variant: Variant) -> None:
    """cuda_device_count (spec/ffi.yaml:196)"""
    run_cases(variant, "cuda_device_count", [
        Case(line=204, args={}, expect='CUDA_DEVICE_COUNT', variant='torch'),
        Case(line=205, args={}, expect='0', variant='stub', value=0, has_value=True),
    ])


def test_tensor_zeros(variant: Variant) -> None:
    """tensor_zeros (spec/ffi.yaml:208)"""
    run_cases(variant, "tensor_zeros", [
        Case(line=217, args={'dims': [2, 3], 'dtype': 'float32'}, expect='np.zeros((2, 3))', value=np.array([0.0, 0.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=218, args={'dims': [], 'dtype': 'float32'}, expect='np.zeros(())', value=np.array([0.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=219, args={'dims': [0, 4], 'dtype': 'float32'}, expect='np.zeros((0, 4))', value=np.array([], dtype=np.float64).reshape((0, 4)), has_value=True),
    ])


def test_tensor_zeros_bad_arguments(variant: Variant) -> None:
    """tensor_zeros: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_zeros", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_zeros", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_zeros", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_zeros", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_zeros", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_zeros", "dtype", "unknown_dtype_code", VALID)


def test_tensor_ones(variant: Variant) -> None:
    """tensor_ones (spec/ffi.yaml:221)"""
    run_cases(variant, "tensor_ones", [
        Case(line=230, args={'dims': [3, 1, 2], 'dtype': 'float32'}, expect='np.ones((3, 1, 2))', value=np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0], dtype=np.float64).reshape((3, 1, 2)), has_value=True),
    ])


def test_tensor_ones_bad_arguments(variant: Variant) -> None:
    """tensor_ones: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_ones", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_ones", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_ones", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_ones", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_ones", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_ones", "dtype", "unknown_dtype_code", VALID)


def test_tensor_randn(variant: Variant) -> None:
    """tensor_randn (spec/ffi.yaml:232)"""
    run_cases(variant, "tensor_randn", [
        Case(line=241, args={'dims': [64, 32], 'dtype': 'float32'}, shape=(64, 32)),
    ])


def test_tensor_randn_bad_arguments(variant: Variant) -> None:
    """tensor_randn: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_randn", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_randn", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_randn", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_randn", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_randn", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_randn", "dtype", "unknown_dtype_code", VALID)


def test_tensor_rand(variant: Variant) -> None:
    """tensor_rand (spec/ffi.yaml:243)"""
    run_cases(variant, "tensor_rand", [
        Case(line=251, args={'dims': [64, 32], 'dtype': 'float32'}, shape=(64, 32)),
        Case(line=252, args={'dims': [2], 'dtype': 'int64'}, error='torch_error', message="not implemented for 'Long'"),
    ])


def test_tensor_rand_bad_arguments(variant: Variant) -> None:
    """tensor_rand: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_rand", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_rand", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_rand", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_rand", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_rand", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_rand", "dtype", "unknown_dtype_code", VALID)


def test_tensor_from_data(variant: Variant) -> None:
    """tensor_from_data (spec/ffi.yaml:254)"""
    run_cases(variant, "tensor_from_data", [
        Case(line=264, args={'data': [1.5, -2.0, 3.25, 4.0, 5.0, 6.0], 'dims': [2, 3]}, expect='np.array(data).reshape(dims)', value=np.array([1.5, -2.0, 3.25, 4.0, 5.0, 6.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=265, args={'data': [7.0], 'dims': []}, expect='np.array(7.0)', value=np.array([7.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=266, args={'data': [1.0, 2.0, 3.0, 4.0, 5.0], 'dims': [2, 3]}, error='invalid_argument', message="argument 'data': 5 values do not fill shape [2, 3] (6 elements)"),
    ])


def test_tensor_from_data_bad_arguments(variant: Variant) -> None:
    """tensor_from_data: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_from_data", "data", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_data", "data", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_data", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_data", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_data", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_from_data", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_from_data", "dims", "overflowing_numel", VALID)


def test_tensor_from_f32(variant: Variant) -> None:
    """tensor_from_f32 (spec/ffi.yaml:268)"""
    run_cases(variant, "tensor_from_f32", [
        Case(line=277, args={'data': [1.5, -2.0, 3.25, 4.0, 5.0, 6.0], 'dims': [3, 2]}, expect='np.array(data).reshape(dims)', value=np.array([1.5, -2.0, 3.25, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=278, args={'data': [], 'dims': [0, 3]}, expect='np.zeros((0, 3))', value=np.array([], dtype=np.float64).reshape((0, 3)), has_value=True),
        Case(line=279, args={'data': [1.0, 2.0], 'dims': [3]}, error='invalid_argument', message="argument 'data': 2 values do not fill shape [3] (3 elements)"),
    ])


def test_tensor_from_f32_bad_arguments(variant: Variant) -> None:
    """tensor_from_f32: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_from_f32", "data", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_f32", "data", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_f32", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_f32", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_f32", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_from_f32", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_from_f32", "dims", "overflowing_numel", VALID)


def test_tensor_add(variant: Variant) -> None:
    """tensor_add (spec/ffi.yaml:282)"""
    run_cases(variant, "tensor_add", [
        Case(line=292, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[10.0, 20.0, 30.0], [0.5, 0.25, -1.0]]}, expect='a + b', value=np.array([11.0, 22.0, 33.0, 4.5, 5.25, 5.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=293, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [1.0, -1.0, 2.0]}, expect='a + b', value=np.array([2.0, 1.0, 5.0, 5.0, 4.0, 8.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=294, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 2.0], [3.0, 4.0]]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1'),
    ])


def test_tensor_add_bad_arguments(variant: Variant) -> None:
    """tensor_add: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_add", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_add", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_add", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_add", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_add", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_add", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_add", "b", "foreign_table_handle", VALID)


def test_tensor_mul(variant: Variant) -> None:
    """tensor_mul (spec/ffi.yaml:296)"""
    run_cases(variant, "tensor_mul", [
        Case(line=306, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[2.0, 0.5, -1.0], [0.0, 3.0, 1.0]]}, expect='a * b', value=np.array([2.0, 1.0, -3.0, 0.0, 15.0, 6.0], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_tensor_mul_bad_arguments(variant: Variant) -> None:
    """tensor_mul: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_mul", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mul", "b", "foreign_table_handle", VALID)


def test_tensor_matmul(variant: Variant) -> None:
    """tensor_matmul (spec/ffi.yaml:308)"""
    run_cases(variant, "tensor_matmul", [
        Case(line=318, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, expect='a @ b', value=np.array([7.0, -1.0, 16.0, -1.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=319, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, error='torch_error', message='mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)'),
    ])


def test_tensor_matmul_bad_arguments(variant: Variant) -> None:
    """tensor_matmul: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_matmul", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_matmul", "b", "foreign_table_handle", VALID)


def test_tensor_mm(variant: Variant) -> None:
    """tensor_mm (spec/ffi.yaml:321)"""
    run_cases(variant, "tensor_mm", [
        Case(line=329, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, expect='a @ b', value=np.array([7.0, -1.0, 16.0, -1.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=330, args={'a': [1.0, 2.0, 3.0], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, error='torch_error', message='self must be a matrix'),
        Case(line=331, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [1.0, 2.0, 3.0]}, error='torch_error', message='mat2 must be a matrix'),
    ])


def test_tensor_mm_bad_arguments(variant: Variant) -> None:
    """tensor_mm: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_mm", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mm", "b", "foreign_table_handle", VALID)


def test_tensor_dot(variant: Variant) -> None:
    """tensor_dot (spec/ffi.yaml:333)"""
    run_cases(variant, "tensor_dot", [
        Case(line=341, args={'a': [1.0, 2.0, 3.0], 'b': [4.0, -5.0, 6.0]}, expect='np.asarray(np.dot(a, b))', value=np.array([12.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=342, args={'a': [[1.0, 2.0]], 'b': [[1.0, 2.0]]}, error='torch_error', message='1D tensors expected, but got 2D and 2D tensors'),
        Case(line=343, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 2.0]}, error='torch_error', message='inconsistent tensor size'),
    ])


def test_tensor_dot_bad_arguments(variant: Variant) -> None:
    """tensor_dot: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_dot", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_dot", "b", "foreign_table_handle", VALID)


def test_tensor_shape(variant: Variant) -> None:
    """tensor_shape (spec/ffi.yaml:346)"""
    run_cases(variant, "tensor_shape", [
        Case(line=356, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, expect='list(handle.shape)', value=[2, 3], has_value=True),
    ])


def test_tensor_shape_bad_arguments(variant: Variant) -> None:
    """tensor_shape: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_shape", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_shape", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_shape", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_shape", "out", "out_too_small", VALID)


def test_tensor_ndim(variant: Variant) -> None:
    """tensor_ndim (spec/ffi.yaml:358)"""
    run_cases(variant, "tensor_ndim", [
        Case(line=367, args={'handle': [[[1.0], [2.0]]]}, expect='handle.ndim', value=3, has_value=True),
    ])


def test_tensor_ndim_bad_arguments(variant: Variant) -> None:
    """tensor_ndim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_ndim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ndim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ndim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ndim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ndim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ndim", "handle", "foreign_table_handle", VALID)


def test_tensor_numel(variant: Variant) -> None:
    """tensor_numel (spec/ffi.yaml:369)"""
    run_cases(variant, "tensor_numel", [
        Case(line=378, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, expect='handle.size', value=6, has_value=True),
    ])


def test_tensor_numel_bad_arguments(variant: Variant) -> None:
    """tensor_numel: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_numel", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_numel", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_numel", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_numel", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_numel", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_numel", "handle", "foreign_table_handle", VALID)


def test_tensor_to_data(variant: Variant) -> None:
    """tensor_to_data (spec/ffi.yaml:380)"""
    run_cases(variant, "tensor_to_data", [
        Case(line=390, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='handle.ravel().tolist()', value=[1.5, 2.0, -3.0, 0.25], has_value=True),
    ])


def test_tensor_to_data_bad_arguments(variant: Variant) -> None:
    """tensor_to_data: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_data", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_data", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_to_data", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_to_data", "out", "out_too_small", VALID)


def test_tensor_to_f32(variant: Variant) -> None:
    """tensor_to_f32 (spec/ffi.yaml:392)"""
    run_cases(variant, "tensor_to_f32", [
        Case(line=401, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='handle.ravel().tolist()', value=[1.5, 2.0, -3.0, 0.25], has_value=True),
    ])


def test_tensor_to_f32_bad_arguments(variant: Variant) -> None:
    """tensor_to_f32: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_f32", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_f32", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_to_f32", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_to_f32", "out", "out_too_small", VALID)


def test_tensor_dtype(variant: Variant) -> None:
    """tensor_dtype (spec/ffi.yaml:404)"""
    run_cases(variant, "tensor_dtype", [
        Case(line=413, args={'handle': [1.0, 2.0]}, expect="'float32'", value='float32', has_value=True),
    ])


def test_tensor_dtype_bad_arguments(variant: Variant) -> None:
    """tensor_dtype: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_dtype", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_dtype", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_dtype", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_dtype", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_dtype", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_dtype", "handle", "foreign_table_handle", VALID)


def test_tensor_to_dtype(variant: Variant) -> None:
    """tensor_to_dtype (spec/ffi.yaml:415)"""
    run_cases(variant, "tensor_to_dtype", [
        Case(line=424, args={'handle': [1.5, -2.5, 3.0], 'dtype': 'int64'}, expect='np.array([1, -2, 3])', value=np.array([1, -2, 3], dtype=np.int64).reshape((3,)), has_value=True),
        Case(line=425, args={'handle': [0.0, 2.0], 'dtype': 'bool'}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
    ])


def test_tensor_to_dtype_bad_arguments(variant: Variant) -> None:
    """tensor_to_dtype: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_dtype", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_dtype", "dtype", "unknown_dtype_code", VALID)


def test_tensor_from_bytes(variant: Variant) -> None:
    """tensor_from_bytes (spec/ffi.yaml:427)"""
    run_cases(variant, "tensor_from_bytes", [
        Case(line=436, args={'data': [1, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255], 'dims': [2], 'dtype': 'int64'}, expect='np.array([1, -1])', value=np.array([1, -1], dtype=np.int64).reshape((2,)), has_value=True),
        Case(line=437, args={'data': [0, 0, 128, 63], 'dims': [], 'dtype': 'float32'}, expect='np.array(1.0)', value=np.array([1.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=438, args={'data': [1, 2, 3], 'dims': [2], 'dtype': 'int16'}, error='invalid_argument', message="argument 'data': 3 bytes do not fill shape [2] of int16 (4 bytes)"),
    ])


def test_tensor_from_bytes_bad_arguments(variant: Variant) -> None:
    """tensor_from_bytes: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_from_bytes", "data", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "data", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_from_bytes", "dtype", "unknown_dtype_code", VALID)


def test_tensor_to_bytes(variant: Variant) -> None:
    """tensor_to_bytes (spec/ffi.yaml:440)"""
    run_cases(variant, "tensor_to_bytes", [
        Case(line=449, args={'handle': 1.0}, expect='[0, 0, 128, 63]', value=[0, 0, 128, 63], has_value=True),
    ])


def test_tensor_to_bytes_bad_arguments(variant: Variant) -> None:
    """tensor_to_bytes: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_bytes", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_to_bytes", "out", "out_too_small", VALID)


def test_tensor_to_dlpack(variant: Variant) -> None:
    """tensor_to_dlpack (spec/ffi.yaml:451)"""
    run_cases(variant, "tensor_to_dlpack", [
        Case(line=460, args={'handle': 0, 'versioned': True}, error='invalid_handle', message="argument 'handle': handle 0 is null"),
    ])


def test_tensor_to_dlpack_bad_arguments(variant: Variant) -> None:
    """tensor_to_dlpack: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_dlpack", "handle", "foreign_table_handle", VALID)


def test_tensor_from_dlpack(variant: Variant) -> None:
    """tensor_from_dlpack (spec/ffi.yaml:462)"""
    run_cases(variant, "tensor_from_dlpack", [
        Case(line=471, args={'managed': 0, 'versioned': True}, error='invalid_argument', message="argument 'managed': null DLPack tensor"),
    ])


def test_tensor_from_i64(variant: Variant) -> None:
    """tensor_from_i64 (spec/ffi.yaml:474)"""
    run_cases(variant, "tensor_from_i64", [
        Case(line=483, args={'data': [1, -2, 3, 4, 5, 6], 'dims': [2, 3]}, expect='np.array(data).reshape(dims)', value=np.array([1, -2, 3, 4, 5, 6], dtype=np.int64).reshape((2, 3)), has_value=True),
        Case(line=484, args={'data': [7], 'dims': []}, expect='np.array(7)', value=np.array([7], dtype=np.int64).reshape(()), has_value=True),
        Case(line=485, args={'data': [], 'dims': [0, 2]}, expect='np.zeros((0, 2))', value=np.array([], dtype=np.float64).reshape((0, 2)), has_value=True),
        Case(line=486, args={'data': [1, 2], 'dims': [3]}, error='invalid_argument', message="argument 'data': 2 values do not fill shape [3] (3 elements)"),
    ])


def test_tensor_from_i64_bad_arguments(variant: Variant) -> None:
    """tensor_from_i64: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_from_i64", "data", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_i64", "data", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_i64", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_i64", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_i64", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_from_i64", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_from_i64", "dims", "overflowing_numel", VALID)


def test_tensor_to_i64(variant: Variant) -> None:
    """tensor_to_i64 (spec/ffi.yaml:488)"""
    run_cases(variant, "tensor_to_i64", [
        Case(line=497, args={'handle': [[1.5, -2.5], [3.0, 0.0]]}, expect='[1, -2, 3, 0]', value=[1, -2, 3, 0], has_value=True),
    ])


def test_tensor_to_i64_bad_arguments(variant: Variant) -> None:
    """tensor_to_i64: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_i64", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_i64", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_to_i64", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_to_i64", "out", "out_too_small", VALID)


def test_tensor_from_bool(variant: Variant) -> None:
    """tensor_from_bool (spec/ffi.yaml:499)"""
    run_cases(variant, "tensor_from_bool", [
        Case(line=508, args={'data': [True, False, False, True], 'dims': [2, 2]}, expect='np.array([[1.0, 0.0], [0.0, 1.0]])', value=np.array([1.0, 0.0, 0.0, 1.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=509, args={'data': [True, True], 'dims': [3]}, error='invalid_argument', message="argument 'data': 2 values do not fill shape [3] (3 elements)"),
    ])


def test_tensor_from_bool_bad_arguments(variant: Variant) -> None:
    """tensor_from_bool: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_from_bool", "data", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_bool", "data", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_bool", "data", "non_bool_element", VALID)
    run_bad_argument(variant, "tensor_from_bool", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_from_bool", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_from_bool", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_from_bool", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_from_bool", "dims", "overflowing_numel", VALID)


def test_tensor_to_bool(variant: Variant) -> None:
    """tensor_to_bool (spec/ffi.yaml:511)"""
    run_cases(variant, "tensor_to_bool", [
        Case(line=520, args={'handle': [[0.0, 2.5], [-1.0, 0.0]]}, expect='[False, True, True, False]', value=[False, True, True, False], has_value=True),
    ])


def test_tensor_to_bool_bad_arguments(variant: Variant) -> None:
    """tensor_to_bool: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_bool", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_bool", "out", "out_null_with_length", VALID)
    run_bad_argument(variant, "tensor_to_bool", "out", "out_negative_length", VALID)
    run_bad_argument(variant, "tensor_to_bool", "out", "out_too_small", VALID)


def test_scalar_tensor(variant: Variant) -> None:
    """scalar_tensor (spec/ffi.yaml:522)"""
    run_cases(variant, "scalar_tensor", [
        Case(line=531, args={'value': 2.5, 'dtype': 'float32'}, expect='np.array(2.5)', value=np.array([2.5], dtype=np.float64).reshape(()), has_value=True),
        Case(line=532, args={'value': -3.0, 'dtype': 'int64'}, expect='np.array(-3)', value=np.array([-3], dtype=np.int64).reshape(()), has_value=True),
        Case(line=533, args={'value': 300.0, 'dtype': 'uint8'}, error='torch_error', message='value cannot be converted to type uint8_t without overflow'),
    ])


def test_scalar_tensor_bad_arguments(variant: Variant) -> None:
    """scalar_tensor: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "scalar_tensor", "dtype", "unknown_dtype_code", VALID)


def test_relu(variant: Variant) -> None:
    """relu (spec/ffi.yaml:536)"""
    run_cases(variant, "relu", [
        Case(line=547, args={'handle': [[-1.0, 0.0, 2.5], [3.0, -0.5, 1.0]]}, expect='np.maximum(handle, 0)', value=np.array([0.0, 0.0, 2.5, 3.0, 0.0, 1.0], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_relu_bad_arguments(variant: Variant) -> None:
    """relu: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "relu", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "relu", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "relu", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "relu", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "relu", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "relu", "handle", "foreign_table_handle", VALID)


def test_sigmoid(variant: Variant) -> None:
    """sigmoid (spec/ffi.yaml:549)"""
    run_cases(variant, "sigmoid", [
        Case(line=560, args={'handle': [[-2.0, 0.0, 2.0], [10.0, -10.0, 0.5]]}, expect='1 / (1 + np.exp(-handle))', value=np.array([0.11920292202211755, 0.5, 0.8807970779778823, 0.9999546021312976, 4.5397868702434395e-05, 0.6224593312018546], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_sigmoid_bad_arguments(variant: Variant) -> None:
    """sigmoid: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "sigmoid", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "sigmoid", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "sigmoid", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "sigmoid", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "sigmoid", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "sigmoid", "handle", "foreign_table_handle", VALID)


def test_tanh(variant: Variant) -> None:
    """tanh (spec/ffi.yaml:562)"""
    run_cases(variant, "tanh", [
        Case(line=573, args={'handle': [[-2.0, 0.0, 2.0], [10.0, -10.0, 0.5]]}, expect='np.tanh(handle)', value=np.array([-0.9640275800758169, 0.0, 0.9640275800758169, 0.9999999958776927, -0.9999999958776927, 0.46211715726000974], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_tanh_bad_arguments(variant: Variant) -> None:
    """tanh: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tanh", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tanh", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tanh", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tanh", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tanh", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tanh", "handle", "foreign_table_handle", VALID)


def test_tensor_cuda(variant: Variant) -> None:
    """tensor_cuda (spec/ffi.yaml:576)"""
    run_cases(variant, "tensor_cuda", [
        Case(line=584, args={'handle': [1.0, 2.0], 'device_id': 0}, expect='handle', when='cuda', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=585, args={'handle': [1.0, 2.0], 'device_id': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
        Case(line=586, args={'handle': [1.0, 2.0], 'device_id': -1}, error='invalid_argument', message="argument 'device_id': CUDA device index must be >= 0, got -1"),
    ])


def test_tensor_cuda_bad_arguments(variant: Variant) -> None:
    """tensor_cuda: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_cuda", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_cuda", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_cuda", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_cuda", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_cuda", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_cuda", "handle", "foreign_table_handle", VALID)


def test_tensor_cpu(variant: Variant) -> None:
    """tensor_cpu (spec/ffi.yaml:588)"""
    run_cases(variant, "tensor_cpu", [
        Case(line=598, args={'handle': [[1.0, 2.0], [3.0, 4.0]]}, expect='handle', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_cpu_bad_arguments(variant: Variant) -> None:
    """tensor_cpu: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_cpu", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_cpu", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_cpu", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_cpu", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_cpu", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_cpu", "handle", "foreign_table_handle", VALID)


def test_tensor_is_cuda(variant: Variant) -> None:
    """tensor_is_cuda (spec/ffi.yaml:600)"""
    run_cases(variant, "tensor_is_cuda", [
        Case(line=610, args={'handle': [1.0]}, expect='False', value=False, has_value=True),
    ])


def test_tensor_is_cuda_bad_arguments(variant: Variant) -> None:
    """tensor_is_cuda: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_is_cuda", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_is_cuda", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_is_cuda", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_is_cuda", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_is_cuda", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_is_cuda", "handle", "foreign_table_handle", VALID)


def test_tensor_device(variant: Variant) -> None:
    """tensor_device (spec/ffi.yaml:612)"""
    run_cases(variant, "tensor_device", [
        Case(line=621, args={'handle': [1.0, 2.0]}, expect='-1', value=-1, has_value=True),
    ])


def test_tensor_device_bad_arguments(variant: Variant) -> None:
    """tensor_device: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_device", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_device", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_device", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_device", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_device", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_device", "handle", "foreign_table_handle", VALID)


def test_tensor_to_device(variant: Variant) -> None:
    """tensor_to_device (spec/ffi.yaml:623)"""
    run_cases(variant, "tensor_to_device", [
        Case(line=632, args={'handle': [1.0, 2.0], 'device_code': -1}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=633, args={'handle': [1.0, 2.0], 'device_code': 0}, expect='handle', when='cuda', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=634, args={'handle': [1.0, 2.0], 'device_code': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
    ])


def test_tensor_to_device_bad_arguments(variant: Variant) -> None:
    """tensor_to_device: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_to_device", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_to_device", "device_code", "device_out_of_range", VALID)


def test_cuda_synchronize(variant: Variant) -> None:
    """cuda_synchronize (spec/ffi.yaml:636)"""
    run_cases(variant, "cuda_synchronize", [
        Case(line=643, args={'device_id': 0}, expect='None', when='cuda', value=None, has_value=True),
        Case(line=644, args={'device_id': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
        Case(line=645, args={'device_id': -1}, error='invalid_argument', message="argument 'device_id': CUDA device index must be >= 0, got -1"),
    ])


def test_tensor_sub(variant: Variant) -> None:
    """tensor_sub (spec/ffi.yaml:648)"""
    run_cases(variant, "tensor_sub", [
        Case(line=657, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[0.5, 2.0, -1.0], [4.0, 0.0, 1.0]]}, expect='a - b', value=np.array([0.5, 0.0, 4.0, 0.0, 5.0, 5.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=658, args={'a': [[1.0, 2.0, 3.0]], 'b': [[1.0, 2.0]]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1'),
    ])


def test_tensor_sub_bad_arguments(variant: Variant) -> None:
    """tensor_sub: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_sub", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_sub", "b", "foreign_table_handle", VALID)


def test_tensor_div(variant: Variant) -> None:
    """tensor_div (spec/ffi.yaml:660)"""
    run_cases(variant, "tensor_div", [
        Case(line=669, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[2.0, 4.0, -1.0], [8.0, 0.5, 3.0]]}, expect='a / b', value=np.array([0.5, 0.5, -3.0, 0.5, 10.0, 2.0], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_tensor_div_bad_arguments(variant: Variant) -> None:
    """tensor_div: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_div", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_div", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_div", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_div", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_div", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_div", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_div", "b", "foreign_table_handle", VALID)


def test_tensor_neg(variant: Variant) -> None:
    """tensor_neg (spec/ffi.yaml:671)"""
    run_cases(variant, "tensor_neg", [
        Case(line=679, args={'handle': [[1.0, -2.0], [0.0, 3.5]]}, expect='-handle', value=np.array([-1.0, 2.0, -0.0, -3.5], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_neg_bad_arguments(variant: Variant) -> None:
    """tensor_neg: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_neg", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_neg", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_neg", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_neg", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_neg", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_neg", "handle", "foreign_table_handle", VALID)


def test_tensor_exp(variant: Variant) -> None:
    """tensor_exp (spec/ffi.yaml:681)"""
    run_cases(variant, "tensor_exp", [
        Case(line=689, args={'handle': [[0.0, 1.0], [-2.0, 3.0]]}, expect='np.exp(handle)', value=np.array([1.0, 2.718281828459045, 0.1353352832366127, 20.085536923187668], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_exp_bad_arguments(variant: Variant) -> None:
    """tensor_exp: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_exp", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_exp", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_exp", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_exp", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_exp", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_exp", "handle", "foreign_table_handle", VALID)


def test_tensor_log(variant: Variant) -> None:
    """tensor_log (spec/ffi.yaml:691)"""
    run_cases(variant, "tensor_log", [
        Case(line=699, args={'handle': [[1.0, 2.0], [0.5, 10.0]]}, expect='np.log(handle)', value=np.array([0.0, 0.6931471805599453, -0.6931471805599453, 2.302585092994046], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_log_bad_arguments(variant: Variant) -> None:
    """tensor_log: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_log", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_log", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_log", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_log", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_log", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_log", "handle", "foreign_table_handle", VALID)


def test_tensor_sum(variant: Variant) -> None:
    """tensor_sum (spec/ffi.yaml:701)"""
    run_cases(variant, "tensor_sum", [
        Case(line=709, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='np.array(handle.sum())', value=np.array([0.75], dtype=np.float64).reshape(()), has_value=True),
    ])


def test_tensor_sum_bad_arguments(variant: Variant) -> None:
    """tensor_sum: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_sum", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_sum", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_sum", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_sum", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_sum", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_sum", "handle", "foreign_table_handle", VALID)


def test_tensor_mean(variant: Variant) -> None:
    """tensor_mean (spec/ffi.yaml:711)"""
    run_cases(variant, "tensor_mean", [
        Case(line=719, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='np.array(handle.mean())', value=np.array([0.1875], dtype=np.float64).reshape(()), has_value=True),
    ])


def test_tensor_mean_bad_arguments(variant: Variant) -> None:
    """tensor_mean: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_mean", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mean", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mean", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mean", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mean", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mean", "handle", "foreign_table_handle", VALID)


def test_tensor_prod(variant: Variant) -> None:
    """tensor_prod (spec/ffi.yaml:721)"""
    run_cases(variant, "tensor_prod", [
        Case(line=729, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='np.array(handle.prod())', value=np.array([-2.25], dtype=np.float64).reshape(()), has_value=True),
        Case(line=730, args={'handle': []}, expect='np.array(1.0)', value=np.array([1.0], dtype=np.float64).reshape(()), has_value=True),
    ])


def test_tensor_prod_bad_arguments(variant: Variant) -> None:
    """tensor_prod: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_prod", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_prod", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_prod", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_prod", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_prod", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_prod", "handle", "foreign_table_handle", VALID)


def test_tensor_std(variant: Variant) -> None:
    """tensor_std (spec/ffi.yaml:732)"""
    run_cases(variant, "tensor_std", [
        Case(line=740, args={'handle': [[1.0, 2.0], [4.0, 9.0]]}, expect='np.array(handle.std(ddof=1))', value=np.array([3.559026084010437], dtype=np.float64).reshape(()), has_value=True),
    ])


def test_tensor_std_bad_arguments(variant: Variant) -> None:
    """tensor_std: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_std", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_std", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_std", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_std", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_std", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_std", "handle", "foreign_table_handle", VALID)


def test_tensor_var(variant: Variant) -> None:
    """tensor_var (spec/ffi.yaml:742)"""
    run_cases(variant, "tensor_var", [
        Case(line=750, args={'handle': [[1.0, 2.0], [4.0, 9.0]]}, expect='np.array(handle.var(ddof=1))', value=np.array([12.666666666666666], dtype=np.float64).reshape(()), has_value=True),
    ])


def test_tensor_var_bad_arguments(variant: Variant) -> None:
    """tensor_var: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_var", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_var", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_var", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_var", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_var", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_var", "handle", "foreign_table_handle", VALID)


def test_tensor_reshape(variant: Variant) -> None:
    """tensor_reshape (spec/ffi.yaml:752)"""
    run_cases(variant, "tensor_reshape", [
        Case(line=760, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [3, -1]}, expect='handle.reshape(3, -1)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=761, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [4, 2]}, error='torch_error', message="shape '[4, 2]' is invalid for input of size 6"),
    ])


def test_tensor_reshape_bad_arguments(variant: Variant) -> None:
    """tensor_reshape: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_reshape", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_reshape", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_reshape", "dims", "negative_length", VALID)


def test_tensor_transpose(variant: Variant) -> None:
    """tensor_transpose (spec/ffi.yaml:763)"""
    run_cases(variant, "tensor_transpose", [
        Case(line=771, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim0': 0, 'dim1': 1}, expect='handle.T', value=np.array([1.0, 4.0, 2.0, 5.0, 3.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=772, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim0': 0, 'dim1': 5}, error='torch_error', message='Dimension out of range (expected to be in range of [-2, 1], but got 5)'),
    ])


def test_tensor_transpose_bad_arguments(variant: Variant) -> None:
    """tensor_transpose: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_transpose", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_transpose", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_transpose", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_transpose", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_transpose", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_transpose", "handle", "foreign_table_handle", VALID)


def test_tensor_view(variant: Variant) -> None:
    """tensor_view (spec/ffi.yaml:774)"""
    run_cases(variant, "tensor_view", [
        Case(line=782, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [3, -1]}, expect='handle.reshape(3, -1)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=783, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [6]}, expect='handle.reshape(6)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((6,)), has_value=True),
        Case(line=784, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [4, 2]}, error='torch_error', message="shape '[4, 2]' is invalid for input of size 6"),
    ])


def test_tensor_view_bad_arguments(variant: Variant) -> None:
    """tensor_view: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_view", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_view", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_view", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_view", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_view", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_view", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_view", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_view", "dims", "negative_length", VALID)


def test_tensor_permute(variant: Variant) -> None:
    """tensor_permute (spec/ffi.yaml:786)"""
    run_cases(variant, "tensor_permute", [
        Case(line=794, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [1, 0]}, expect='handle.T', value=np.array([1.0, 4.0, 2.0, 5.0, 3.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=795, args={'handle': [[[1.0, 2.0]], [[3.0, 4.0]]], 'dims': [2, 0, -2]}, expect='np.transpose(handle, (2, 0, 1))', value=np.array([1.0, 3.0, 2.0, 4.0], dtype=np.float64).reshape((2, 2, 1)), has_value=True),
        Case(line=796, args={'handle': [[1.0, 2.0]], 'dims': [0]}, error='torch_error', message='number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 1'),
        Case(line=797, args={'handle': [[1.0, 2.0]], 'dims': [0, 0]}, error='torch_error', message='permute(): duplicate dims are not allowed.'),
    ])


def test_tensor_permute_bad_arguments(variant: Variant) -> None:
    """tensor_permute: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_permute", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_permute", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_permute", "dims", "negative_length", VALID)


def test_softmax(variant: Variant) -> None:
    """softmax (spec/ffi.yaml:799)"""
    run_cases(variant, "softmax", [
        Case(line=809, args={'handle': [[1.0, 2.0, 3.0], [1.0, 1.0, -1.0]], 'dim': 1}, expect='np.exp(handle) / np.exp(handle).sum(axis=1, keepdims=True)', value=np.array([0.09003057317038046, 0.24472847105479767, 0.6652409557748219, 0.46831053083348123, 0.46831053083348123, 0.06337893833303763], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=810, args={'handle': [[1.0, 2.0], [3.0, 5.0]], 'dim': -1}, expect='np.exp(handle) / np.exp(handle).sum(axis=-1, keepdims=True)', value=np.array([0.2689414213699951, 0.7310585786300049, 0.11920292202211756, 0.8807970779778824], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=811, args={'handle': [[1.0, 2.0], [3.0, 5.0]], 'dim': 0}, expect='np.exp(handle) / np.exp(handle).sum(axis=0, keepdims=True)', value=np.array([0.11920292202211755, 0.04742587317756679, 0.8807970779778824, 0.9525741268224333], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_softmax_bad_arguments(variant: Variant) -> None:
    """softmax: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "softmax", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "softmax", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "softmax", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "softmax", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "softmax", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "softmax", "handle", "foreign_table_handle", VALID)


def test_tensor_full(variant: Variant) -> None:
    """tensor_full (spec/ffi.yaml:813)"""
    run_cases(variant, "tensor_full", [
        Case(line=821, args={'dims': [2, 3], 'value': 2.5, 'dtype': 'float32'}, expect='np.full(dims, value)', value=np.array([2.5, 2.5, 2.5, 2.5, 2.5, 2.5], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=822, args={'dims': [2], 'value': 1e+300, 'dtype': 'float32'}, error='torch_error', message='value cannot be converted to type float without overflow'),
    ])


def test_tensor_full_bad_arguments(variant: Variant) -> None:
    """tensor_full: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_full", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_full", "dims", "negative_length", VALID)
    run_bad_argument(variant, "tensor_full", "dims", "negative_dim", VALID)
    run_bad_argument(variant, "tensor_full", "dims", "too_many_dims", VALID)
    run_bad_argument(variant, "tensor_full", "dims", "overflowing_numel", VALID)
    run_bad_argument(variant, "tensor_full", "dtype", "unknown_dtype_code", VALID)


def test_tensor_arange(variant: Variant) -> None:
    """tensor_arange (spec/ffi.yaml:824)"""
    run_cases(variant, "tensor_arange", [
        Case(line=832, args={'start': 0.0, 'end': 5.0, 'step': 1.0, 'dtype': 'float32'}, expect='np.arange(start, end, step)', value=np.array([0.0, 1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((5,)), has_value=True),
        Case(line=833, args={'start': 1.0, 'end': 2.0, 'step': 0.25, 'dtype': 'float32'}, expect='np.arange(start, end, step)', value=np.array([1.0, 1.25, 1.5, 1.75], dtype=np.float64).reshape((4,)), has_value=True),
        Case(line=834, args={'start': 0.0, 'end': 5.0, 'step': 0.0, 'dtype': 'float32'}, error='torch_error', message='step must be nonzero'),
    ])


def test_tensor_arange_bad_arguments(variant: Variant) -> None:
    """tensor_arange: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_arange", "dtype", "unknown_dtype_code", VALID)


def test_tensor_eye(variant: Variant) -> None:
    """tensor_eye (spec/ffi.yaml:836)"""
    run_cases(variant, "tensor_eye", [
        Case(line=844, args={'n': 3, 'dtype': 'float32'}, expect='np.eye(n)', value=np.array([1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0], dtype=np.float64).reshape((3, 3)), has_value=True),
        Case(line=845, args={'n': -1, 'dtype': 'float32'}, error='torch_error', message='n must be greater or equal to 0, got -1'),
    ])


def test_tensor_eye_bad_arguments(variant: Variant) -> None:
    """tensor_eye: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_eye", "dtype", "unknown_dtype_code", VALID)


def test_tensor_cat(variant: Variant) -> None:
    """tensor_cat (spec/ffi.yaml:847)"""
    run_cases(variant, "tensor_cat", [
        Case(line=856, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0]], [[5.0, 6.0]]], 'dim': 0}, expect='np.concatenate(tensors)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=857, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0]]], 'dim': 1}, expect='np.concatenate(tensors, axis=1)', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((1, 4)), has_value=True),
        Case(line=858, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0, 5.0]]], 'dim': 0}, error='torch_error', message='Sizes of tensors must match except in dimension 0'),
    ])


def test_tensor_cat_bad_arguments(variant: Variant) -> None:
    """tensor_cat: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_cat", "tensors", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_cat", "tensors", "negative_length", VALID)
    run_bad_argument(variant, "tensor_cat", "tensors", "stale_element", VALID)


def test_tensor_clone(variant: Variant) -> None:
    """tensor_clone (spec/ffi.yaml:860)"""
    run_cases(variant, "tensor_clone", [
        Case(line=868, args={'handle': [[1.0, 2.0], [3.0, 4.0]]}, expect='handle', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_clone_bad_arguments(variant: Variant) -> None:
    """tensor_clone: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_clone", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_clone", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_clone", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_clone", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_clone", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_clone", "handle", "foreign_table_handle", VALID)


def test_tensor_eq(variant: Variant) -> None:
    """tensor_eq (spec/ffi.yaml:871)"""
    run_cases(variant, "tensor_eq", [
        Case(line=880, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 0.0, 3.0]}, expect='np.array([True, False, True])', value=np.array([True, False, True], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_eq_bad_arguments(variant: Variant) -> None:
    """tensor_eq: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_eq", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_eq", "b", "foreign_table_handle", VALID)


def test_tensor_ne(variant: Variant) -> None:
    """tensor_ne (spec/ffi.yaml:882)"""
    run_cases(variant, "tensor_ne", [
        Case(line=891, args={'a': [1.0, 2.0], 'b': [1.0, 0.0]}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
    ])


def test_tensor_ne_bad_arguments(variant: Variant) -> None:
    """tensor_ne: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_ne", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ne", "b", "foreign_table_handle", VALID)


def test_tensor_lt(variant: Variant) -> None:
    """tensor_lt (spec/ffi.yaml:893)"""
    run_cases(variant, "tensor_lt", [
        Case(line=902, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([True, False, False])', value=np.array([True, False, False], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_lt_bad_arguments(variant: Variant) -> None:
    """tensor_lt: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_lt", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_lt", "b", "foreign_table_handle", VALID)


def test_tensor_le(variant: Variant) -> None:
    """tensor_le (spec/ffi.yaml:904)"""
    run_cases(variant, "tensor_le", [
        Case(line=913, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([True, True, False])', value=np.array([True, True, False], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_le_bad_arguments(variant: Variant) -> None:
    """tensor_le: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_le", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_le", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_le", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_le", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_le", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_le", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_le", "b", "foreign_table_handle", VALID)


def test_tensor_gt(variant: Variant) -> None:
    """tensor_gt (spec/ffi.yaml:915)"""
    run_cases(variant, "tensor_gt", [
        Case(line=924, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([False, False, True])', value=np.array([False, False, True], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_gt_bad_arguments(variant: Variant) -> None:
    """tensor_gt: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_gt", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_gt", "b", "foreign_table_handle", VALID)


def test_tensor_ge(variant: Variant) -> None:
    """tensor_ge (spec/ffi.yaml:926)"""
    run_cases(variant, "tensor_ge", [
        Case(line=935, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([False, True, True])', value=np.array([False, True, True], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_ge_bad_arguments(variant: Variant) -> None:
    """tensor_ge: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_ge", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ge", "b", "foreign_table_handle", VALID)


def test_tensor_logical_and(variant: Variant) -> None:
    """tensor_logical_and (spec/ffi.yaml:937)"""
    run_cases(variant, "tensor_logical_and", [
        Case(line=945, args={'a': [1.0, 0.0, 2.0], 'b': [1.0, 1.0, 0.0]}, expect='np.array([True, False, False])', value=np.array([True, False, False], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_logical_and_bad_arguments(variant: Variant) -> None:
    """tensor_logical_and: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_logical_and", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_logical_and", "b", "foreign_table_handle", VALID)


def test_tensor_logical_or(variant: Variant) -> None:
    """tensor_logical_or (spec/ffi.yaml:947)"""
    run_cases(variant, "tensor_logical_or", [
        Case(line=955, args={'a': [1.0, 0.0, 0.0], 'b': [0.0, 0.0, 3.0]}, expect='np.array([True, False, True])', value=np.array([True, False, True], dtype=np.bool).reshape((3,)), has_value=True),
    ])


def test_tensor_logical_or_bad_arguments(variant: Variant) -> None:
    """tensor_logical_or: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_logical_or", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_logical_or", "b", "foreign_table_handle", VALID)


def test_tensor_logical_not(variant: Variant) -> None:
    """tensor_logical_not (spec/ffi.yaml:957)"""
    run_cases(variant, "tensor_logical_not", [
        Case(line=965, args={'handle': [1.0, 0.0]}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
    ])


def test_tensor_logical_not_bad_arguments(variant: Variant) -> None:
    """tensor_logical_not: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_logical_not", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_logical_not", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_logical_not", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_logical_not", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_logical_not", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_logical_not", "handle", "foreign_table_handle", VALID)


def test_tensor_where(variant: Variant) -> None:
    """tensor_where (spec/ffi.yaml:967)"""
    run_cases(variant, "tensor_where", [
        Case(line=975, args={'handle': [1.0, 2.0, 3.0], 'condition': [1.0, 0.0, 1.0], 'other': [-1.0, -2.0, -3.0]}, error='torch_error', message='where expected condition to be a boolean tensor'),
    ])


def test_tensor_where_bad_arguments(variant: Variant) -> None:
    """tensor_where: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_where", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_where", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_where", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_where", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_where", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_where", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_where", "condition", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_where", "other", "foreign_table_handle", VALID)


def test_tensor_any(variant: Variant) -> None:
    """tensor_any (spec/ffi.yaml:977)"""
    run_cases(variant, "tensor_any", [
        Case(line=985, args={'handle': [0.0, 0.0, 2.0]}, expect='True', value=True, has_value=True),
        Case(line=986, args={'handle': [0.0, 0.0]}, expect='False', value=False, has_value=True),
    ])


def test_tensor_any_bad_arguments(variant: Variant) -> None:
    """tensor_any: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_any", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_any", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_any", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_any", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_any", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_any", "handle", "foreign_table_handle", VALID)


def test_tensor_all(variant: Variant) -> None:
    """tensor_all (spec/ffi.yaml:988)"""
    run_cases(variant, "tensor_all", [
        Case(line=996, args={'handle': [1.0, 2.0]}, expect='True', value=True, has_value=True),
        Case(line=997, args={'handle': [1.0, 0.0]}, expect='False', value=False, has_value=True),
    ])


def test_tensor_all_bad_arguments(variant: Variant) -> None:
    """tensor_all: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_all", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_all", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_all", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_all", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_all", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_all", "handle", "foreign_table_handle", VALID)


def test_tensor_abs(variant: Variant) -> None:
    """tensor_abs (spec/ffi.yaml:999)"""
    run_cases(variant, "tensor_abs", [
        Case(line=1007, args={'handle': [-1.5, 0.0, 2.0]}, expect='np.array([1.5, 0.0, 2.0])', value=np.array([1.5, 0.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_abs_bad_arguments(variant: Variant) -> None:
    """tensor_abs: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_abs", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_abs", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_abs", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_abs", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_abs", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_abs", "handle", "foreign_table_handle", VALID)


def test_tensor_sqrt(variant: Variant) -> None:
    """tensor_sqrt (spec/ffi.yaml:1009)"""
    run_cases(variant, "tensor_sqrt", [
        Case(line=1017, args={'handle': [4.0, 2.25, 0.0]}, expect='np.array([2.0, 1.5, 0.0])', value=np.array([2.0, 1.5, 0.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_sqrt_bad_arguments(variant: Variant) -> None:
    """tensor_sqrt: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_sqrt", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_sqrt", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_sqrt", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_sqrt", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_sqrt", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_sqrt", "handle", "foreign_table_handle", VALID)


def test_tensor_floor(variant: Variant) -> None:
    """tensor_floor (spec/ffi.yaml:1019)"""
    run_cases(variant, "tensor_floor", [
        Case(line=1027, args={'handle': [-1.5, 0.5, 2.0]}, expect='np.array([-2.0, 0.0, 2.0])', value=np.array([-2.0, 0.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_floor_bad_arguments(variant: Variant) -> None:
    """tensor_floor: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_floor", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_floor", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_floor", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_floor", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_floor", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_floor", "handle", "foreign_table_handle", VALID)


def test_tensor_ceil(variant: Variant) -> None:
    """tensor_ceil (spec/ffi.yaml:1029)"""
    run_cases(variant, "tensor_ceil", [
        Case(line=1037, args={'handle': [-1.5, 0.5, 2.0]}, expect='np.array([-1.0, 1.0, 2.0])', value=np.array([-1.0, 1.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_ceil_bad_arguments(variant: Variant) -> None:
    """tensor_ceil: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_ceil", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_ceil", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_ceil", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_ceil", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_ceil", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_ceil", "handle", "foreign_table_handle", VALID)


def test_tensor_round(variant: Variant) -> None:
    """tensor_round (spec/ffi.yaml:1039)"""
    run_cases(variant, "tensor_round", [
        Case(line=1047, args={'handle': [-1.5, 0.5, 2.4, 2.5]}, expect='np.array([-2.0, 0.0, 2.0, 2.0])', value=np.array([-2.0, 0.0, 2.0, 2.0], dtype=np.float64).reshape((4,)), has_value=True),
    ])


def test_tensor_round_bad_arguments(variant: Variant) -> None:
    """tensor_round: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_round", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_round", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_round", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_round", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_round", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_round", "handle", "foreign_table_handle", VALID)


def test_tensor_clamp(variant: Variant) -> None:
    """tensor_clamp (spec/ffi.yaml:1049)"""
    run_cases(variant, "tensor_clamp", [
        Case(line=1057, args={'handle': [-2.0, 0.5, 3.0], 'min_value': -1.0, 'max_value': 1.0}, expect='np.array([-1.0, 0.5, 1.0])', value=np.array([-1.0, 0.5, 1.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_clamp_bad_arguments(variant: Variant) -> None:
    """tensor_clamp: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_clamp", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_clamp", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_clamp", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_clamp", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_clamp", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_clamp", "handle", "foreign_table_handle", VALID)


def test_tensor_floor_divide(variant: Variant) -> None:
    """tensor_floor_divide (spec/ffi.yaml:1059)"""
    run_cases(variant, "tensor_floor_divide", [
        Case(line=1068, args={'a': [7.0, -7.0, 5.5], 'b': [2.0, 2.0, 2.0]}, expect='np.array([3.0, -4.0, 2.0])', value=np.array([3.0, -4.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_floor_divide_bad_arguments(variant: Variant) -> None:
    """tensor_floor_divide: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_floor_divide", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_floor_divide", "b", "foreign_table_handle", VALID)


def test_tensor_remainder(variant: Variant) -> None:
    """tensor_remainder (spec/ffi.yaml:1070)"""
    run_cases(variant, "tensor_remainder", [
        Case(line=1079, args={'a': [7.0, -7.0, 5.5], 'b': [2.0, 2.0, 2.0]}, expect='np.array([1.0, 1.0, 1.5])', value=np.array([1.0, 1.0, 1.5], dtype=np.float64).reshape((3,)), has_value=True),
    ])


def test_tensor_remainder_bad_arguments(variant: Variant) -> None:
    """tensor_remainder: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_remainder", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_remainder", "b", "foreign_table_handle", VALID)


def test_tensor_pow(variant: Variant) -> None:
    """tensor_pow (spec/ffi.yaml:1081)"""
    run_cases(variant, "tensor_pow", [
        Case(line=1090, args={'a': [[1.0, -2.0], [3.0, 0.5]], 'b': [2.0]}, expect='a ** 2', value=np.array([1.0, 4.0, 9.0, 0.25], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1091, args={'a': [4.0, 9.0], 'b': [0.5, -1.0]}, expect='np.array([2.0, 1.0 / 9.0])', value=np.array([2.0, 0.1111111111111111], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1092, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 2.0]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0'),
    ])


def test_tensor_pow_bad_arguments(variant: Variant) -> None:
    """tensor_pow: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_pow", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_pow", "b", "foreign_table_handle", VALID)


def test_tensor_sum_dim(variant: Variant) -> None:
    """tensor_sum_dim (spec/ffi.yaml:1095)"""
    run_cases(variant, "tensor_sum_dim", [
        Case(line=1104, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([4.0, 6.0])', value=np.array([4.0, 6.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1105, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 1, 'keepdim': True}, expect='np.array([[3.0], [7.0]])', value=np.array([3.0, 7.0], dtype=np.float64).reshape((2, 1)), has_value=True),
    ])


def test_tensor_sum_dim_bad_arguments(variant: Variant) -> None:
    """tensor_sum_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_sum_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_sum_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_sum_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_sum_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_sum_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_sum_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_mean_dim(variant: Variant) -> None:
    """tensor_mean_dim (spec/ffi.yaml:1107)"""
    run_cases(variant, "tensor_mean_dim", [
        Case(line=1116, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': -1, 'keepdim': False}, expect='np.array([1.5, 3.5])', value=np.array([1.5, 3.5], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_mean_dim_bad_arguments(variant: Variant) -> None:
    """tensor_mean_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_mean_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mean_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mean_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mean_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mean_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mean_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_max_dim(variant: Variant) -> None:
    """tensor_max_dim (spec/ffi.yaml:1118)"""
    run_cases(variant, "tensor_max_dim", [
        Case(line=1126, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([3.0, 5.0])', value=np.array([3.0, 5.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_max_dim_bad_arguments(variant: Variant) -> None:
    """tensor_max_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_max_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_max_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_max_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_max_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_max_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_max_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_min_dim(variant: Variant) -> None:
    """tensor_min_dim (spec/ffi.yaml:1128)"""
    run_cases(variant, "tensor_min_dim", [
        Case(line=1136, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 1, 'keepdim': False}, expect='np.array([1.0, 3.0])', value=np.array([1.0, 3.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_min_dim_bad_arguments(variant: Variant) -> None:
    """tensor_min_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_min_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_min_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_min_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_min_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_min_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_min_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_argmax(variant: Variant) -> None:
    """tensor_argmax (spec/ffi.yaml:1138)"""
    run_cases(variant, "tensor_argmax", [
        Case(line=1146, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([1, 0])', value=np.array([1, 0], dtype=np.int64).reshape((2,)), has_value=True),
    ])


def test_tensor_argmax_bad_arguments(variant: Variant) -> None:
    """tensor_argmax: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_argmax", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_argmax", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_argmax", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_argmax", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_argmax", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_argmax", "handle", "foreign_table_handle", VALID)


def test_tensor_argmin(variant: Variant) -> None:
    """tensor_argmin (spec/ffi.yaml:1148)"""
    run_cases(variant, "tensor_argmin", [
        Case(line=1156, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 1, 'keepdim': False}, expect='np.array([0, 0])', value=np.array([0, 0], dtype=np.int64).reshape((2,)), has_value=True),
    ])


def test_tensor_argmin_bad_arguments(variant: Variant) -> None:
    """tensor_argmin: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_argmin", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_argmin", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_argmin", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_argmin", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_argmin", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_argmin", "handle", "foreign_table_handle", VALID)


def test_tensor_prod_dim(variant: Variant) -> None:
    """tensor_prod_dim (spec/ffi.yaml:1158)"""
    run_cases(variant, "tensor_prod_dim", [
        Case(line=1167, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([3.0, 8.0])', value=np.array([3.0, 8.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_prod_dim_bad_arguments(variant: Variant) -> None:
    """tensor_prod_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_prod_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_prod_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_prod_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_prod_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_prod_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_prod_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_std_dim(variant: Variant) -> None:
    """tensor_std_dim (spec/ffi.yaml:1169)"""
    run_cases(variant, "tensor_std_dim", [
        Case(line=1178, args={'handle': [[1.0, 2.0], [3.0, 6.0]], 'dim': 0, 'keepdim': False}, expect='np.array([1.4142135623730951, 2.8284271247461903])', value=np.array([1.4142135623730951, 2.8284271247461903], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_std_dim_bad_arguments(variant: Variant) -> None:
    """tensor_std_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_std_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_std_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_std_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_std_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_std_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_std_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_var_dim(variant: Variant) -> None:
    """tensor_var_dim (spec/ffi.yaml:1180)"""
    run_cases(variant, "tensor_var_dim", [
        Case(line=1189, args={'handle': [[1.0, 2.0], [3.0, 6.0]], 'dim': 0, 'keepdim': False}, expect='np.array([2.0, 8.0])', value=np.array([2.0, 8.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_var_dim_bad_arguments(variant: Variant) -> None:
    """tensor_var_dim: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_var_dim", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_var_dim", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_var_dim", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_var_dim", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_var_dim", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_var_dim", "handle", "foreign_table_handle", VALID)


def test_tensor_item_f64(variant: Variant) -> None:
    """tensor_item_f64 (spec/ffi.yaml:1191)"""
    run_cases(variant, "tensor_item_f64", [
        Case(line=1199, args={'handle': [[2.5]]}, expect='2.5', value=2.5, has_value=True),
        Case(line=1200, args={'handle': [1.0, 2.0]}, error='torch_error', message='a Tensor with 2 elements cannot be converted to Scalar'),
    ])


def test_tensor_item_f64_bad_arguments(variant: Variant) -> None:
    """tensor_item_f64: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_item_f64", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_item_f64", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_item_f64", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_item_f64", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_item_f64", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_item_f64", "handle", "foreign_table_handle", VALID)


def test_tensor_item_i64(variant: Variant) -> None:
    """tensor_item_i64 (spec/ffi.yaml:1202)"""
    run_cases(variant, "tensor_item_i64", [
        Case(line=1210, args={'handle': [7.0]}, expect='7', value=7, has_value=True),
    ])


def test_tensor_item_i64_bad_arguments(variant: Variant) -> None:
    """tensor_item_i64: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_item_i64", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_item_i64", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_item_i64", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_item_i64", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_item_i64", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_item_i64", "handle", "foreign_table_handle", VALID)


def test_tensor_squeeze(variant: Variant) -> None:
    """tensor_squeeze (spec/ffi.yaml:1213)"""
    run_cases(variant, "tensor_squeeze", [
        Case(line=1221, args={'handle': [[1.0, 2.0]], 'dim': 0}, expect='np.array([1.0, 2.0])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1222, args={'handle': [[1.0, 2.0]], 'dim': 1}, expect='np.array([[1.0, 2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
    ])


def test_tensor_squeeze_bad_arguments(variant: Variant) -> None:
    """tensor_squeeze: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_squeeze", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_squeeze", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_squeeze", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_squeeze", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_squeeze", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_squeeze", "handle", "foreign_table_handle", VALID)


def test_tensor_unsqueeze(variant: Variant) -> None:
    """tensor_unsqueeze (spec/ffi.yaml:1224)"""
    run_cases(variant, "tensor_unsqueeze", [
        Case(line=1232, args={'handle': [1.0, 2.0], 'dim': 1}, expect='np.array([[1.0], [2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2, 1)), has_value=True),
    ])


def test_tensor_unsqueeze_bad_arguments(variant: Variant) -> None:
    """tensor_unsqueeze: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_unsqueeze", "handle", "foreign_table_handle", VALID)


def test_tensor_flatten(variant: Variant) -> None:
    """tensor_flatten (spec/ffi.yaml:1234)"""
    run_cases(variant, "tensor_flatten", [
        Case(line=1242, args={'handle': [[[1.0, 2.0], [3.0, 4.0]]], 'start_dim': 0, 'end_dim': -1}, expect='np.array([1.0, 2.0, 3.0, 4.0])', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((4,)), has_value=True),
        Case(line=1243, args={'handle': [[[1.0, 2.0], [3.0, 4.0]]], 'start_dim': 1, 'end_dim': -1}, expect='np.array([[1.0, 2.0, 3.0, 4.0]])', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((1, 4)), has_value=True),
    ])


def test_tensor_flatten_bad_arguments(variant: Variant) -> None:
    """tensor_flatten: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_flatten", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_flatten", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_flatten", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_flatten", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_flatten", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_flatten", "handle", "foreign_table_handle", VALID)


def test_tensor_contiguous(variant: Variant) -> None:
    """tensor_contiguous (spec/ffi.yaml:1245)"""
    run_cases(variant, "tensor_contiguous", [
        Case(line=1253, args={'handle': [[1.0, 2.0]]}, expect='np.array([[1.0, 2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
    ])


def test_tensor_contiguous_bad_arguments(variant: Variant) -> None:
    """tensor_contiguous: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_contiguous", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_contiguous", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_contiguous", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_contiguous", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_contiguous", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_contiguous", "handle", "foreign_table_handle", VALID)


def test_tensor_expand(variant: Variant) -> None:
    """tensor_expand (spec/ffi.yaml:1255)"""
    run_cases(variant, "tensor_expand", [
        Case(line=1263, args={'handle': [[1.0], [2.0]], 'dims': [2, 3]}, expect='np.array([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])', value=np.array([1.0, 1.0, 1.0, 2.0, 2.0, 2.0], dtype=np.float64).reshape((2, 3)), has_value=True),
    ])


def test_tensor_expand_bad_arguments(variant: Variant) -> None:
    """tensor_expand: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_expand", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_expand", "dims", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_expand", "dims", "negative_length", VALID)


def test_tensor_narrow(variant: Variant) -> None:
    """tensor_narrow (spec/ffi.yaml:1265)"""
    run_cases(variant, "tensor_narrow", [
        Case(line=1273, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim': 1, 'start': 1, 'length': 2}, expect='np.array([[2.0, 3.0], [5.0, 6.0]])', value=np.array([2.0, 3.0, 5.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_narrow_bad_arguments(variant: Variant) -> None:
    """tensor_narrow: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_narrow", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_narrow", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_narrow", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_narrow", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_narrow", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_narrow", "handle", "foreign_table_handle", VALID)


def test_tensor_slice(variant: Variant) -> None:
    """tensor_slice (spec/ffi.yaml:1275)"""
    run_cases(variant, "tensor_slice", [
        Case(line=1283, args={'handle': [0.0, 1.0, 2.0, 3.0, 4.0], 'start': 1, 'step': 2, 'dim': 0, 'end': 9223372036854775807}, expect='np.array([1.0, 3.0])', value=np.array([1.0, 3.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1284, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim': 1, 'start': 0, 'end': 2, 'step': 1}, expect='np.array([[1.0, 2.0], [4.0, 5.0]])', value=np.array([1.0, 2.0, 4.0, 5.0], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_slice_bad_arguments(variant: Variant) -> None:
    """tensor_slice: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_slice", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_slice", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_slice", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_slice", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_slice", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_slice", "handle", "foreign_table_handle", VALID)


def test_tensor_select(variant: Variant) -> None:
    """tensor_select (spec/ffi.yaml:1286)"""
    run_cases(variant, "tensor_select", [
        Case(line=1294, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'index': 1}, expect='np.array([3.0, 4.0])', value=np.array([3.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1295, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 1, 'index': -1}, expect='np.array([2.0, 4.0])', value=np.array([2.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_select_bad_arguments(variant: Variant) -> None:
    """tensor_select: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_select", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_select", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_select", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_select", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_select", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_select", "handle", "foreign_table_handle", VALID)


def test_tensor_index_select(variant: Variant) -> None:
    """tensor_index_select (spec/ffi.yaml:1297)"""
    run_cases(variant, "tensor_index_select", [
        Case(line=1305, args={'handle': [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], 'dim': 0, 'index': [2.0, 0.0]}, error='torch_error', message='index_select(): Expected dtype int32 or int64 for index'),
    ])


def test_tensor_index_select_bad_arguments(variant: Variant) -> None:
    """tensor_index_select: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_index_select", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_index_select", "index", "foreign_table_handle", VALID)


def test_tensor_masked_select(variant: Variant) -> None:
    """tensor_masked_select (spec/ffi.yaml:1307)"""
    run_cases(variant, "tensor_masked_select", [
        Case(line=1315, args={'handle': [1.0, 2.0, 3.0], 'mask': [1.0, 0.0, 1.0]}, error='torch_error', message='masked_select: expected BoolTensor for mask'),
    ])


def test_tensor_masked_select_bad_arguments(variant: Variant) -> None:
    """tensor_masked_select: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_masked_select", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_masked_select", "mask", "foreign_table_handle", VALID)


def test_tensor_requires_grad(variant: Variant) -> None:
    """tensor_requires_grad (spec/ffi.yaml:1318)"""
    run_cases(variant, "tensor_requires_grad", [
        Case(line=1327, args={'handle': [1.0, 2.0]}, expect='False', value=False, has_value=True),
    ])


def test_tensor_requires_grad_bad_arguments(variant: Variant) -> None:
    """tensor_requires_grad: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_requires_grad", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad", "handle", "foreign_table_handle", VALID)


def test_tensor_requires_grad_(variant: Variant) -> None:
    """tensor_requires_grad_ (spec/ffi.yaml:1329)"""
    run_cases(variant, "tensor_requires_grad_", [
        Case(line=1338, args={'handle': [1.0, 2.0], 'requires_grad': True}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_requires_grad__bad_arguments(variant: Variant) -> None:
    """tensor_requires_grad_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_requires_grad_", "handle", "foreign_table_handle", VALID)


def test_tensor_grad(variant: Variant) -> None:
    """tensor_grad (spec/ffi.yaml:1340)"""
    run_cases(variant, "tensor_grad", [
        Case(line=1349, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
    ])


def test_tensor_grad_bad_arguments(variant: Variant) -> None:
    """tensor_grad: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_grad", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_grad", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_grad", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_grad", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_grad", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_grad", "handle", "foreign_table_handle", VALID)


def test_tensor_zero_grad(variant: Variant) -> None:
    """tensor_zero_grad (spec/ffi.yaml:1351)"""
    run_cases(variant, "tensor_zero_grad", [
        Case(line=1359, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
    ])


def test_tensor_zero_grad_bad_arguments(variant: Variant) -> None:
    """tensor_zero_grad: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_zero_grad", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_zero_grad", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_zero_grad", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_zero_grad", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_zero_grad", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_zero_grad", "handle", "foreign_table_handle", VALID)


def test_tensor_backward(variant: Variant) -> None:
    """tensor_backward (spec/ffi.yaml:1361)"""
    run_cases(variant, "tensor_backward", [
        Case(line=1367, args={'handle': [1.0, 2.0], 'gradient': None, 'retain_graph': False}, error='torch_error', message='element 0 of tensors does not require grad and does not have a grad_fn'),
    ])


def test_tensor_backward_bad_arguments(variant: Variant) -> None:
    """tensor_backward: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_backward", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "gradient", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "gradient", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "gradient", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "gradient", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_backward", "gradient", "foreign_table_handle", VALID)


def test_tensor_detach(variant: Variant) -> None:
    """tensor_detach (spec/ffi.yaml:1369)"""
    run_cases(variant, "tensor_detach", [
        Case(line=1377, args={'handle': [1.0, 2.0]}, expect='np.array([1.0, 2.0])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
    ])


def test_tensor_detach_bad_arguments(variant: Variant) -> None:
    """tensor_detach: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_detach", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_detach", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_detach", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_detach", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_detach", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_detach", "handle", "foreign_table_handle", VALID)


def test_is_grad_enabled(variant: Variant) -> None:
    """is_grad_enabled (spec/ffi.yaml:1379)"""
    run_cases(variant, "is_grad_enabled", [
        Case(line=1387, args={}, expect='True', variant='torch', value=True, has_value=True),
    ])


def test_set_grad_enabled(variant: Variant) -> None:
    """set_grad_enabled (spec/ffi.yaml:1389)"""
    run_cases(variant, "set_grad_enabled", [
        Case(line=1397, args={'enabled': True}, expect='True', variant='torch', value=True, has_value=True),
    ])


def test_tensor_fill_(variant: Variant) -> None:
    """tensor_fill_ (spec/ffi.yaml:1401)"""
    run_cases(variant, "tensor_fill_", [
        Case(line=1409, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'value': 2.5}, expect='np.full((2, 2), 2.5)', value=np.array([2.5, 2.5, 2.5, 2.5], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1410, args={'handle': [], 'value': -1.0}, expect='np.zeros(0)', value=np.array([], dtype=np.float64).reshape((0,)), has_value=True),
        Case(line=1411, args={'handle': [1.0], 'value': 1e+300}, error='torch_error', message='value cannot be converted to type float without overflow'),
    ])


def test_tensor_fill__bad_arguments(variant: Variant) -> None:
    """tensor_fill_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_fill_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_fill_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_fill_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_fill_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_fill_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_fill_", "handle", "foreign_table_handle", VALID)


def test_tensor_zero_(variant: Variant) -> None:
    """tensor_zero_ (spec/ffi.yaml:1413)"""
    run_cases(variant, "tensor_zero_", [
        Case(line=1421, args={'handle': [[1.0, -2.0], [3.0, 4.0]]}, expect='np.zeros((2, 2))', value=np.array([0.0, 0.0, 0.0, 0.0], dtype=np.float64).reshape((2, 2)), has_value=True),
    ])


def test_tensor_zero__bad_arguments(variant: Variant) -> None:
    """tensor_zero_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_zero_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_zero_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_zero_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_zero_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_zero_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_zero_", "handle", "foreign_table_handle", VALID)


def test_tensor_copy_(variant: Variant) -> None:
    """tensor_copy_ (spec/ffi.yaml:1423)"""
    run_cases(variant, "tensor_copy_", [
        Case(line=1431, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'src': [5.0, 6.0]}, expect='np.array([[5.0, 6.0], [5.0, 6.0]])', value=np.array([5.0, 6.0, 5.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1432, args={'handle': [1.0, 2.0, 3.0], 'src': [1.0, 2.0]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0'),
    ])


def test_tensor_copy__bad_arguments(variant: Variant) -> None:
    """tensor_copy_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_copy_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_copy_", "src", "foreign_table_handle", VALID)


def test_tensor_index(variant: Variant) -> None:
    """tensor_index (spec/ffi.yaml:1440)"""
    run_cases(variant, "tensor_index", [
        Case(line=1449, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, -1, 0, 0], 'tensors': []}, expect='handle[-1]', value=np.array([3.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1450, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'indices': [2, -9223372036854775808, -9223372036854775808, -9223372036854775808, 2, -9223372036854775808, -9223372036854775808, 2], 'tensors': []}, expect='handle[:, ::2]', value=np.array([1.0, 3.0, 4.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1451, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'indices': [2, 1, 3, -9223372036854775808], 'tensors': []}, expect='handle[1:3]', value=np.array([4.0, 5.0, 6.0], dtype=np.float64).reshape((1, 3)), has_value=True),
        Case(line=1452, args={'handle': [1.0, 2.0], 'indices': [4, 0, 0, 0, 3, 0, 0, 0], 'tensors': []}, expect='handle[..., None]', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2, 1)), has_value=True),
        Case(line=1453, args={'handle': [1.0, 2.0], 'indices': [5, 1, 0, 0], 'tensors': []}, expect='handle[True]', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
        Case(line=1454, args={'handle': [1.0, 2.0], 'indices': [], 'tensors': []}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1455, args={'handle': [1.0, 2.0], 'indices': [1, 5, 0, 0], 'tensors': []}, error='torch_error', message='index 5 is out of bounds for dimension 0 with size 2'),
        Case(line=1456, args={'handle': [1.0, 2.0], 'indices': [2, -9223372036854775808, -9223372036854775808, -1], 'tensors': []}, error='torch_error', message='step must be greater than zero'),
        Case(line=1457, args={'handle': [1.0, 2.0], 'indices': [2, -9223372036854775808, -9223372036854775808, 0], 'tensors': []}, error='torch_error', message='slice step cannot be zero'),
        Case(line=1458, args={'handle': [1.0, 2.0], 'indices': [6, 0, 0, 0], 'tensors': [[1.0]]}, error='torch_error', message='tensors used as indices must be long, int, byte or bool tensors'),
        Case(line=1459, args={'handle': [1.0, 2.0], 'indices': [1, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': 3 words are not whole groups of 4"),
        Case(line=1460, args={'handle': [1.0, 2.0], 'indices': [9, 0, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 has unknown kind 9"),
        Case(line=1461, args={'handle': [1.0, 2.0], 'indices': [3, 0, 7, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 (None) has word 2 = 7, which must be 0"),
        Case(line=1462, args={'handle': [1.0, 2.0], 'indices': [5, 2, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 (bool) needs 0 or 1, got 2"),
        Case(line=1463, args={'handle': [1.0, 2.0], 'indices': [6, 1, 0, 0], 'tensors': [[0.0]]}, error='invalid_argument', message="argument 'indices': group 0 (tensor) refers to tensor 1 of 1 in 'tensors'"),
        Case(line=1464, args={'handle': [1.0, 2.0], 'indices': [1, 0, 0, 0], 'tensors': [[0.0]]}, error='invalid_argument', message="argument 'tensors': tensor 0 is not referenced by any index group"),
    ])


def test_tensor_index_bad_arguments(variant: Variant) -> None:
    """tensor_index: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_index", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_index", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_index", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_index", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_index", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_index", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_index", "indices", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_index", "indices", "negative_length", VALID)
    run_bad_argument(variant, "tensor_index", "tensors", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_index", "tensors", "negative_length", VALID)
    run_bad_argument(variant, "tensor_index", "tensors", "stale_element", VALID)


def test_tensor_index_put_(variant: Variant) -> None:
    """tensor_index_put_ (spec/ffi.yaml:1466)"""
    run_cases(variant, "tensor_index_put_", [
        Case(line=1475, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, 0, 0, 0], 'tensors': [], 'value': 7.5}, expect='np.array([[7.5, 7.5], [3.0, 4.0]])', value=np.array([7.5, 7.5, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1476, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [2, -9223372036854775808, -9223372036854775808, -9223372036854775808, 1, 1, 0, 0], 'tensors': [], 'value': [8.0, 9.0]}, expect='np.array([[1.0, 8.0], [3.0, 9.0]])', value=np.array([1.0, 8.0, 3.0, 9.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1477, args={'handle': [1.0, 2.0, 3.0], 'indices': [], 'tensors': [], 'value': 0.5}, expect='np.full(3, 0.5)', value=np.array([0.5, 0.5, 0.5], dtype=np.float64).reshape((3,)), has_value=True),
        Case(line=1478, args={'handle': [1.0, 2.0], 'indices': [1, 2, 0, 0], 'tensors': [], 'value': 1.0}, error='torch_error', message='index 2 is out of bounds for dimension 0 with size 2'),
        Case(line=1479, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, 0, 0, 0], 'tensors': [], 'value': [1.0, 2.0, 3.0]}, error='torch_error', message='The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0'),
        Case(line=1480, args={'handle': [1.0, 2.0], 'indices': [0, 0, 0, 0], 'tensors': [], 'value': 1.0}, error='invalid_argument', message="argument 'indices': group 0 has unknown kind 0"),
    ])


def test_tensor_index_put__bad_arguments(variant: Variant) -> None:
    """tensor_index_put_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_index_put_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "indices", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_index_put_", "indices", "negative_length", VALID)
    run_bad_argument(variant, "tensor_index_put_", "tensors", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_index_put_", "tensors", "negative_length", VALID)
    run_bad_argument(variant, "tensor_index_put_", "tensors", "stale_element", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_index_put_", "value", "foreign_table_handle", VALID)


def test_save(variant: Variant) -> None:
    """save (spec/ffi.yaml:1482)"""
    run_cases(variant, "save", [
        Case(line=1489, args={'path': '', 'names': 'a', 'tensors': [[1.0]]}, error='invalid_argument', message="argument 'path': empty path"),
        Case(line=1490, args={'path': 'never-written.pt', 'names': 'a\nb', 'tensors': [[1.0]]}, error='invalid_argument', message="argument 'names': 2 names for 1 tensor (names are joined by newlines)"),
        Case(line=1491, args={'path': 'never-written.pt', 'names': 'a\na', 'tensors': [[1.0], [2.0]]}, error='invalid_argument', message="argument 'names': name 'a' appears twice"),
    ])


def test_save_bad_arguments(variant: Variant) -> None:
    """save: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "save", "path", "null_text", VALID)
    run_bad_argument(variant, "save", "names", "null_text", VALID)
    run_bad_argument(variant, "save", "tensors", "null_with_length", VALID)
    run_bad_argument(variant, "save", "tensors", "negative_length", VALID)
    run_bad_argument(variant, "save", "tensors", "stale_element", VALID)


def test_load_names(variant: Variant) -> None:
    """load_names (spec/ffi.yaml:1493)"""
    run_cases(variant, "load_names", [
        Case(line=1501, args={'path': '/nonexistent/stf-checkpoint.pt'}, error='invalid_argument', message="argument 'path': cannot open '/nonexistent/stf-checkpoint.pt': No such file or directory"),
        Case(line=1502, args={'path': '/'}, error='invalid_argument', message="argument 'path': '/' is not a regular file"),
    ])


def test_load_names_bad_arguments(variant: Variant) -> None:
    """load_names: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "load_names", "path", "null_text", VALID)


def test_load_tensor(variant: Variant) -> None:
    """load_tensor (spec/ffi.yaml:1504)"""
    run_cases(variant, "load_tensor", [
        Case(line=1512, args={'path': '/nonexistent/stf-checkpoint.pt', 'name': 'w'}, error='invalid_argument', message="argument 'path': cannot open '/nonexistent/stf-checkpoint.pt': No such file or directory"),
    ])


def test_load_tensor_bad_arguments(variant: Variant) -> None:
    """load_tensor: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "load_tensor", "path", "null_text", VALID)
    run_bad_argument(variant, "load_tensor", "name", "null_text", VALID)


def test_linear(variant: Variant) -> None:
    """linear (spec/ffi.yaml:1516)"""
    run_cases(variant, "linear", [
        Case(line=1525, args={'input': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'weight': [[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]], 'bias': None}, expect='input @ weight.T', value=np.array([-2.0, 3.0, -2.0, 7.5], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1526, args={'input': [[1.0, 2.0, 3.0]], 'weight': [[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]], 'bias': [0.25, -1.0]}, expect='input @ weight.T + bias', value=np.array([-1.75, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
        Case(line=1527, args={'input': [[1.0, 2.0]], 'weight': [[1.0, 0.0, -1.0]], 'bias': None}, error='torch_error', message='mat1 and mat2 shapes cannot be multiplied (1x2 and 3x1)'),
    ])


def test_linear_bad_arguments(variant: Variant) -> None:
    """linear: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "linear", "input", "zero_handle", VALID)
    run_bad_argument(variant, "linear", "input", "negative_handle", VALID)
    run_bad_argument(variant, "linear", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "linear", "input", "freed_handle", VALID)
    run_bad_argument(variant, "linear", "input", "forged_handle", VALID)
    run_bad_argument(variant, "linear", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "zero_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "linear", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "linear", "bias", "negative_handle", VALID)
    run_bad_argument(variant, "linear", "bias", "never_issued_handle", VALID)
    run_bad_argument(variant, "linear", "bias", "freed_handle", VALID)
    run_bad_argument(variant, "linear", "bias", "forged_handle", VALID)
    run_bad_argument(variant, "linear", "bias", "foreign_table_handle", VALID)


def test_conv2d(variant: Variant) -> None:
    """conv2d (spec/ffi.yaml:1529)"""
    run_cases(variant, "conv2d", [
        Case(line=1537, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'weight': [[[[1.0, 1.0], [1.0, 1.0]]]], 'bias': [0.5], 'stride': [1], 'padding': [0], 'dilation': [1], 'groups': 1}, expect='np.array([[[[8.5, 12.5], [20.5, 24.5]]]])', value=np.array([8.5, 12.5, 20.5, 24.5], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1538, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'weight': [[[[1.0, 1.0], [1.0, 1.0]]]], 'stride': [2], 'padding': [1], 'bias': None, 'dilation': [1], 'groups': 1}, expect='np.array([[[[0.0, 3.0], [9.0, 24.0]]]])', value=np.array([0.0, 3.0, 9.0, 24.0], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1539, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'weight': [[1.0, 1.0], [1.0, 1.0]], 'bias': None, 'stride': [1], 'padding': [0], 'dilation': [1], 'groups': 1}, error='torch_error', message='weight should have at least three dimensions'),
        Case(line=1540, args={'input': [[[[0.0, 1.0], [3.0, 4.0]]]], 'weight': [[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]]], 'bias': None, 'stride': [1], 'padding': [0], 'dilation': [1], 'groups': 1}, error='torch_error', message="Calculated padded input size per channel: (2 x 2). Kernel size: (3 x 3). Kernel size can't be greater than actual input size"),
    ])


def test_conv2d_bad_arguments(variant: Variant) -> None:
    """conv2d: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "conv2d", "input", "zero_handle", VALID)
    run_bad_argument(variant, "conv2d", "input", "negative_handle", VALID)
    run_bad_argument(variant, "conv2d", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "conv2d", "input", "freed_handle", VALID)
    run_bad_argument(variant, "conv2d", "input", "forged_handle", VALID)
    run_bad_argument(variant, "conv2d", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "zero_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "conv2d", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "conv2d", "bias", "negative_handle", VALID)
    run_bad_argument(variant, "conv2d", "bias", "never_issued_handle", VALID)
    run_bad_argument(variant, "conv2d", "bias", "freed_handle", VALID)
    run_bad_argument(variant, "conv2d", "bias", "forged_handle", VALID)
    run_bad_argument(variant, "conv2d", "bias", "foreign_table_handle", VALID)
    run_bad_argument(variant, "conv2d", "stride", "null_with_length", VALID)
    run_bad_argument(variant, "conv2d", "stride", "negative_length", VALID)
    run_bad_argument(variant, "conv2d", "padding", "null_with_length", VALID)
    run_bad_argument(variant, "conv2d", "padding", "negative_length", VALID)
    run_bad_argument(variant, "conv2d", "dilation", "null_with_length", VALID)
    run_bad_argument(variant, "conv2d", "dilation", "negative_length", VALID)


def test_max_pool2d(variant: Variant) -> None:
    """max_pool2d (spec/ffi.yaml:1542)"""
    run_cases(variant, "max_pool2d", [
        Case(line=1550, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2], 'stride': [], 'padding': [0], 'dilation': [1], 'ceil_mode': False}, expect='np.array([[[[4.0]]]])', value=np.array([4.0], dtype=np.float64).reshape((1, 1, 1, 1)), has_value=True),
        Case(line=1551, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2], 'stride': [1], 'padding': [0], 'dilation': [1], 'ceil_mode': False}, expect='np.array([[[[4.0, 5.0], [7.0, 8.0]]]])', value=np.array([4.0, 5.0, 7.0, 8.0], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1552, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2], 'ceil_mode': True, 'stride': [], 'padding': [0], 'dilation': [1]}, expect='np.array([[[[4.0, 5.0], [7.0, 8.0]]]])', value=np.array([4.0, 5.0, 7.0, 8.0], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1553, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2, 2, 2], 'stride': [], 'padding': [0], 'dilation': [1], 'ceil_mode': False}, error='torch_error', message='max_pool2d: kernel_size must either be a single int, or a tuple of two ints'),
        Case(line=1554, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [4], 'stride': [], 'padding': [0], 'dilation': [1], 'ceil_mode': False}, error='torch_error', message='Given input size: (1x3x3). Calculated output size: (1x0x0). Output size is too small'),
    ])


def test_max_pool2d_bad_arguments(variant: Variant) -> None:
    """max_pool2d: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "max_pool2d", "input", "zero_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "input", "negative_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "input", "freed_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "input", "forged_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "max_pool2d", "kernel_size", "null_with_length", VALID)
    run_bad_argument(variant, "max_pool2d", "kernel_size", "negative_length", VALID)
    run_bad_argument(variant, "max_pool2d", "stride", "null_with_length", VALID)
    run_bad_argument(variant, "max_pool2d", "stride", "negative_length", VALID)
    run_bad_argument(variant, "max_pool2d", "padding", "null_with_length", VALID)
    run_bad_argument(variant, "max_pool2d", "padding", "negative_length", VALID)
    run_bad_argument(variant, "max_pool2d", "dilation", "null_with_length", VALID)
    run_bad_argument(variant, "max_pool2d", "dilation", "negative_length", VALID)


def test_avg_pool2d(variant: Variant) -> None:
    """avg_pool2d (spec/ffi.yaml:1556)"""
    run_cases(variant, "avg_pool2d", [
        Case(line=1564, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2], 'stride': [1], 'padding': [0], 'ceil_mode': False, 'count_include_pad': True}, expect='np.array([[[[2.0, 3.0], [5.0, 6.0]]]])', value=np.array([2.0, 3.0, 5.0, 6.0], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1565, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [2], 'padding': [1], 'stride': [], 'ceil_mode': False, 'count_include_pad': True}, expect='np.array([[[[0.0, 0.75], [2.25, 6.0]]]])', value=np.array([0.0, 0.75, 2.25, 6.0], dtype=np.float64).reshape((1, 1, 2, 2)), has_value=True),
        Case(line=1566, args={'input': [[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]]], 'kernel_size': [4], 'stride': [], 'padding': [0], 'ceil_mode': False, 'count_include_pad': True}, error='torch_error', message='Given input size: (1x3x3). Calculated output size: (1x0x0). Output size is too small'),
    ])


def test_avg_pool2d_bad_arguments(variant: Variant) -> None:
    """avg_pool2d: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "avg_pool2d", "input", "zero_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "input", "negative_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "input", "freed_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "input", "forged_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "avg_pool2d", "kernel_size", "null_with_length", VALID)
    run_bad_argument(variant, "avg_pool2d", "kernel_size", "negative_length", VALID)
    run_bad_argument(variant, "avg_pool2d", "stride", "null_with_length", VALID)
    run_bad_argument(variant, "avg_pool2d", "stride", "negative_length", VALID)
    run_bad_argument(variant, "avg_pool2d", "padding", "null_with_length", VALID)
    run_bad_argument(variant, "avg_pool2d", "padding", "negative_length", VALID)


def test_batch_norm(variant: Variant) -> None:
    """batch_norm (spec/ffi.yaml:1568)"""
    run_cases(variant, "batch_norm", [
        Case(line=1576, args={'input': [[1.0, 2.0], [3.0, 6.0]], 'running_mean': [0.0, 1.0], 'running_var': [1.0, 4.0], 'weight': None, 'bias': None, 'training': False, 'momentum': 0.1, 'eps': 1e-05}, expect='(input - running_mean) / np.sqrt(running_var + 1e-5)', value=np.array([0.9999950000374997, 0.49999937500117186, 2.999985000112499, 2.499996875005859], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1577, args={'input': [[1.0, 2.0], [3.0, 6.0]], 'running_mean': [0.0, 1.0], 'running_var': [1.0, 4.0], 'weight': [2.0, 0.5], 'bias': [0.0, 1.0], 'training': False, 'momentum': 0.1, 'eps': 1e-05}, expect='(input - running_mean) / np.sqrt(running_var + 1e-5) * weight + bias', value=np.array([1.9999900000749995, 1.2499996875005859, 5.999970000224998, 2.2499984375029296], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1578, args={'input': [[1.0, 2.0], [3.0, 6.0]], 'running_mean': None, 'running_var': None, 'training': True, 'weight': None, 'bias': None, 'momentum': 0.1, 'eps': 1e-05}, expect='(input - input.mean(axis=0)) / np.sqrt(input.var(axis=0) + 1e-5)', value=np.array([-0.9999950000374997, -0.9999987500023437, 0.9999950000374997, 0.9999987500023437], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1579, args={'input': [[1.0, 2.0, 3.0]], 'running_mean': None, 'running_var': None, 'weight': None, 'bias': None, 'training': False, 'momentum': 0.1, 'eps': 1e-05}, error='torch_error', message='running_mean must be defined in evaluation mode'),
        Case(line=1580, args={'input': [[1.0, 2.0, 3.0]], 'running_mean': [0.0, 0.0], 'running_var': [1.0, 1.0], 'weight': None, 'bias': None, 'training': False, 'momentum': 0.1, 'eps': 1e-05}, error='torch_error', message='running_mean should contain 3 elements not 2'),
    ])


def test_batch_norm_bad_arguments(variant: Variant) -> None:
    """batch_norm: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "batch_norm", "input", "zero_handle", VALID)
    run_bad_argument(variant, "batch_norm", "input", "negative_handle", VALID)
    run_bad_argument(variant, "batch_norm", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "batch_norm", "input", "freed_handle", VALID)
    run_bad_argument(variant, "batch_norm", "input", "forged_handle", VALID)
    run_bad_argument(variant, "batch_norm", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_mean", "negative_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_mean", "never_issued_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_mean", "freed_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_mean", "forged_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_mean", "foreign_table_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_var", "negative_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_var", "never_issued_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_var", "freed_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_var", "forged_handle", VALID)
    run_bad_argument(variant, "batch_norm", "running_var", "foreign_table_handle", VALID)
    run_bad_argument(variant, "batch_norm", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "batch_norm", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "batch_norm", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "batch_norm", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "batch_norm", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "batch_norm", "bias", "negative_handle", VALID)
    run_bad_argument(variant, "batch_norm", "bias", "never_issued_handle", VALID)
    run_bad_argument(variant, "batch_norm", "bias", "freed_handle", VALID)
    run_bad_argument(variant, "batch_norm", "bias", "forged_handle", VALID)
    run_bad_argument(variant, "batch_norm", "bias", "foreign_table_handle", VALID)


def test_layer_norm(variant: Variant) -> None:
    """layer_norm (spec/ffi.yaml:1582)"""
    run_cases(variant, "layer_norm", [
        Case(line=1591, args={'input': [[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], 'normalized_shape': [3], 'weight': None, 'bias': None, 'eps': 1e-05}, expect='(input - input.mean(axis=1, keepdims=True)) / np.sqrt(input.var(axis=1, keepdims=True) + 1e-5)', value=np.array([-1.2247356859083902, 0.0, 1.2247356859083902, -0.9258191078240388, -0.4629095539120194, 1.3887286617360581], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=1592, args={'input': [[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], 'normalized_shape': [2, 3], 'weight': [[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], 'bias': [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]], 'eps': 1e-05}, expect='(input - input.mean()) / np.sqrt(input.var() + 1e-5) * weight + bias', value=np.array([-0.29276951999438444, 0.5855390399887689, 2.6349256799494603, -0.46384759997192226, 0.12169144001684662, 2.4638475999719223], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=1593, args={'input': [[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], 'normalized_shape': [2], 'weight': None, 'bias': None, 'eps': 1e-05}, error='torch_error', message='Given normalized_shape=[2], expected input with shape [*, 2], but got input of size[2, 3]'),
    ])


def test_layer_norm_bad_arguments(variant: Variant) -> None:
    """layer_norm: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "layer_norm", "input", "zero_handle", VALID)
    run_bad_argument(variant, "layer_norm", "input", "negative_handle", VALID)
    run_bad_argument(variant, "layer_norm", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "layer_norm", "input", "freed_handle", VALID)
    run_bad_argument(variant, "layer_norm", "input", "forged_handle", VALID)
    run_bad_argument(variant, "layer_norm", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "layer_norm", "normalized_shape", "null_with_length", VALID)
    run_bad_argument(variant, "layer_norm", "normalized_shape", "negative_length", VALID)
    run_bad_argument(variant, "layer_norm", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "layer_norm", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "layer_norm", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "layer_norm", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "layer_norm", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "layer_norm", "bias", "negative_handle", VALID)
    run_bad_argument(variant, "layer_norm", "bias", "never_issued_handle", VALID)
    run_bad_argument(variant, "layer_norm", "bias", "freed_handle", VALID)
    run_bad_argument(variant, "layer_norm", "bias", "forged_handle", VALID)
    run_bad_argument(variant, "layer_norm", "bias", "foreign_table_handle", VALID)


def test_dropout(variant: Variant) -> None:
    """dropout (spec/ffi.yaml:1595)"""
    run_cases(variant, "dropout", [
        Case(line=1604, args={'input': [[1.0, -2.0], [3.0, 4.0]], 'training': False, 'p': 0.5}, expect='input', value=np.array([1.0, -2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1605, args={'input': [[1.0, -2.0], [3.0, 4.0]], 'p': 0.0, 'training': True}, expect='input', value=np.array([1.0, -2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1606, args={'input': [[1.0, -2.0], [3.0, 4.0]], 'p': 1.0, 'training': True}, expect='np.zeros((2, 2))', value=np.array([0.0, 0.0, 0.0, 0.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1607, args={'input': [1.0, 2.0], 'p': 1.5, 'training': True}, error='torch_error', message='dropout probability has to be between 0 and 1, but got 1.5'),
    ])


def test_dropout_bad_arguments(variant: Variant) -> None:
    """dropout: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "dropout", "input", "zero_handle", VALID)
    run_bad_argument(variant, "dropout", "input", "negative_handle", VALID)
    run_bad_argument(variant, "dropout", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "dropout", "input", "freed_handle", VALID)
    run_bad_argument(variant, "dropout", "input", "forged_handle", VALID)
    run_bad_argument(variant, "dropout", "input", "foreign_table_handle", VALID)


def test_embedding(variant: Variant) -> None:
    """embedding (spec/ffi.yaml:1609)"""
    run_cases(variant, "embedding", [
        Case(line=1618, args={'input': [1.0, 0.0], 'weight': [[1.0, 2.0], [3.0, 4.0]]}, error='torch_error', message="Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got"),
    ])


def test_embedding_bad_arguments(variant: Variant) -> None:
    """embedding: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "embedding", "input", "zero_handle", VALID)
    run_bad_argument(variant, "embedding", "input", "negative_handle", VALID)
    run_bad_argument(variant, "embedding", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "embedding", "input", "freed_handle", VALID)
    run_bad_argument(variant, "embedding", "input", "forged_handle", VALID)
    run_bad_argument(variant, "embedding", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "zero_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "embedding", "weight", "foreign_table_handle", VALID)


def test_gelu(variant: Variant) -> None:
    """gelu (spec/ffi.yaml:1620)"""
    run_cases(variant, "gelu", [
        Case(line=1629, args={'input': [-1.0, 0.0, 1.5], 'approximate': 'none'}, expect='np.array([-0.1586552858352661, 0.0, 1.3997890949249268])', value=np.array([-0.1586552858352661, 0.0, 1.3997890949249268], dtype=np.float64).reshape((3,)), has_value=True),
        Case(line=1630, args={'input': [-1.0, 0.0, 1.5], 'approximate': 'tanh'}, expect='np.array([-0.15880799293518066, 0.0, 1.3995715379714966])', value=np.array([-0.15880799293518066, 0.0, 1.3995715379714966], dtype=np.float64).reshape((3,)), has_value=True),
        Case(line=1631, args={'input': [1.0], 'approximate': 'erf'}, error='torch_error', message='approximate argument must be either none or tanh.'),
    ])


def test_gelu_bad_arguments(variant: Variant) -> None:
    """gelu: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "gelu", "input", "zero_handle", VALID)
    run_bad_argument(variant, "gelu", "input", "negative_handle", VALID)
    run_bad_argument(variant, "gelu", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "gelu", "input", "freed_handle", VALID)
    run_bad_argument(variant, "gelu", "input", "forged_handle", VALID)
    run_bad_argument(variant, "gelu", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "gelu", "approximate", "null_text", VALID)


def test_leaky_relu(variant: Variant) -> None:
    """leaky_relu (spec/ffi.yaml:1633)"""
    run_cases(variant, "leaky_relu", [
        Case(line=1642, args={'input': [[-2.0, 0.0, 3.0]], 'negative_slope': 0.01}, expect='np.array([[-0.02, 0.0, 3.0]])', value=np.array([-0.02, 0.0, 3.0], dtype=np.float64).reshape((1, 3)), has_value=True),
        Case(line=1643, args={'input': [[-2.0, 0.0, 3.0]], 'negative_slope': 0.5}, expect='np.array([[-1.0, 0.0, 3.0]])', value=np.array([-1.0, 0.0, 3.0], dtype=np.float64).reshape((1, 3)), has_value=True),
    ])


def test_leaky_relu_bad_arguments(variant: Variant) -> None:
    """leaky_relu: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "leaky_relu", "input", "zero_handle", VALID)
    run_bad_argument(variant, "leaky_relu", "input", "negative_handle", VALID)
    run_bad_argument(variant, "leaky_relu", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "leaky_relu", "input", "freed_handle", VALID)
    run_bad_argument(variant, "leaky_relu", "input", "forged_handle", VALID)
    run_bad_argument(variant, "leaky_relu", "input", "foreign_table_handle", VALID)


def test_log_softmax(variant: Variant) -> None:
    """log_softmax (spec/ffi.yaml:1645)"""
    run_cases(variant, "log_softmax", [
        Case(line=1655, args={'input': [[1.0, 2.0, 3.0], [1.0, 1.0, -1.0]], 'dim': 1}, expect='np.log(np.exp(input) / np.exp(input).sum(axis=1, keepdims=True))', value=np.array([-2.40760596444438, -1.4076059644443801, -0.4076059644443803, -0.7586236756795134, -0.7586236756795134, -2.7586236756795133], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=1656, args={'input': [[1.0, 2.0], [3.0, 5.0]], 'dim': 0}, expect='np.log(np.exp(input) / np.exp(input).sum(axis=0, keepdims=True))', value=np.array([-2.1269280110429727, -3.048587351573742, -0.12692801104297252, -0.04858735157374202], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1657, args={'input': [1.0, 2.0], 'dim': 3}, error='torch_error', message='Dimension out of range (expected to be in range of [-1, 0], but got 3)'),
    ])


def test_log_softmax_bad_arguments(variant: Variant) -> None:
    """log_softmax: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "log_softmax", "input", "zero_handle", VALID)
    run_bad_argument(variant, "log_softmax", "input", "negative_handle", VALID)
    run_bad_argument(variant, "log_softmax", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "log_softmax", "input", "freed_handle", VALID)
    run_bad_argument(variant, "log_softmax", "input", "forged_handle", VALID)
    run_bad_argument(variant, "log_softmax", "input", "foreign_table_handle", VALID)


def test_mse_loss(variant: Variant) -> None:
    """mse_loss (spec/ffi.yaml:1660)"""
    run_cases(variant, "mse_loss", [
        Case(line=1669, args={'input': [[1.0, 2.0], [3.0, 4.0]], 'target': [[1.5, 2.0], [0.0, 4.0]], 'reduction': 'mean'}, expect='np.mean((input - target) ** 2)', value=2.3125, has_value=True),
        Case(line=1670, args={'input': [[1.0, 2.0], [3.0, 4.0]], 'target': [[1.5, 2.0], [0.0, 4.0]], 'reduction': 'sum'}, expect='np.sum((input - target) ** 2)', value=9.25, has_value=True),
        Case(line=1671, args={'input': [[1.0, 2.0], [3.0, 4.0]], 'target': [1.5, 2.0], 'reduction': 'none'}, expect='(input - target) ** 2', value=np.array([0.25, 0.0, 2.25, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1672, args={'input': [1.0, 2.0], 'target': [1.0, 2.0], 'reduction': 'average'}, error='invalid_argument', message="argument 'reduction': average is not a valid value for reduction"),
        Case(line=1673, args={'input': [[1.0, 2.0, 3.0]], 'target': [1.0, 2.0], 'reduction': 'mean'}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1'),
    ])


def test_mse_loss_bad_arguments(variant: Variant) -> None:
    """mse_loss: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "mse_loss", "input", "zero_handle", VALID)
    run_bad_argument(variant, "mse_loss", "input", "negative_handle", VALID)
    run_bad_argument(variant, "mse_loss", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "mse_loss", "input", "freed_handle", VALID)
    run_bad_argument(variant, "mse_loss", "input", "forged_handle", VALID)
    run_bad_argument(variant, "mse_loss", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "zero_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "negative_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "never_issued_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "freed_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "forged_handle", VALID)
    run_bad_argument(variant, "mse_loss", "target", "foreign_table_handle", VALID)
    run_bad_argument(variant, "mse_loss", "reduction", "null_text", VALID)


def test_cross_entropy(variant: Variant) -> None:
    """cross_entropy (spec/ffi.yaml:1675)"""
    run_cases(variant, "cross_entropy", [
        Case(line=1683, args={'input': [[1.0, 2.0, 3.0], [1.0, 1.0, -1.0]], 'target': [[0.0, 0.0, 1.0], [0.5, 0.5, 0.0]], 'weight': None, 'ignore_index': -100, 'reduction': 'mean', 'label_smoothing': 0.0}, expect='np.mean(-(target * (input - np.log(np.exp(input).sum(axis=1, keepdims=True)))).sum(axis=1))', value=0.5831148200619467, has_value=True),
        Case(line=1684, args={'input': [[1.0, 2.0, 3.0]], 'target': [[0.0, 0.0, 1.0]], 'reduction': 'max', 'weight': None, 'ignore_index': -100, 'label_smoothing': 0.0}, error='invalid_argument', message="argument 'reduction': max is not a valid value for reduction"),
    ])


def test_cross_entropy_bad_arguments(variant: Variant) -> None:
    """cross_entropy: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "cross_entropy", "input", "zero_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "input", "negative_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "input", "freed_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "input", "forged_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "zero_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "negative_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "never_issued_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "freed_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "forged_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "target", "foreign_table_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "cross_entropy", "reduction", "null_text", VALID)


def test_nll_loss(variant: Variant) -> None:
    """nll_loss (spec/ffi.yaml:1686)"""
    run_cases(variant, "nll_loss", [
        Case(line=1694, args={'input': [[-1.0, -2.0, -0.5]], 'target': [2.0], 'weight': None, 'ignore_index': -100, 'reduction': 'mean'}, error='torch_error', message='expected target dtype to be Long or Byte, but got Float'),
    ])


def test_nll_loss_bad_arguments(variant: Variant) -> None:
    """nll_loss: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "nll_loss", "input", "zero_handle", VALID)
    run_bad_argument(variant, "nll_loss", "input", "negative_handle", VALID)
    run_bad_argument(variant, "nll_loss", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "nll_loss", "input", "freed_handle", VALID)
    run_bad_argument(variant, "nll_loss", "input", "forged_handle", VALID)
    run_bad_argument(variant, "nll_loss", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "zero_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "negative_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "never_issued_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "freed_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "forged_handle", VALID)
    run_bad_argument(variant, "nll_loss", "target", "foreign_table_handle", VALID)
    run_bad_argument(variant, "nll_loss", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "nll_loss", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "nll_loss", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "nll_loss", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "nll_loss", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "nll_loss", "reduction", "null_text", VALID)


def test_binary_cross_entropy_with_logits(variant: Variant) -> None:
    """binary_cross_entropy_with_logits (spec/ffi.yaml:1696)"""
    run_cases(variant, "binary_cross_entropy_with_logits", [
        Case(line=1705, args={'input': [1.0, -2.0, 0.5], 'target': [1.0, 0.0, 1.0], 'weight': None, 'reduction': 'mean', 'pos_weight': None}, expect='np.mean(np.log1p(np.exp(-input)) + (1 - target) * input)', value=0.3047555609137674, has_value=True),
        Case(line=1706, args={'input': [1.0, -2.0, 0.5], 'target': [1.0, 0.0, 1.0], 'weight': [1.0, 2.0, 0.5], 'reduction': 'sum', 'pos_weight': [3.0, 3.0, 3.0]}, expect='np.sum(((1 - target) * input + (1 + 2 * target) * np.log1p(np.exp(-input))) * weight)', value=1.9047565609107742, has_value=True),
        Case(line=1707, args={'input': [[1.0], [2.0], [3.0]], 'target': [1.0, 0.0, 1.0], 'weight': None, 'reduction': 'mean', 'pos_weight': None}, error='invalid_argument', message='Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))'),
    ])


def test_binary_cross_entropy_with_logits_bad_arguments(variant: Variant) -> None:
    """binary_cross_entropy_with_logits: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "zero_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "negative_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "never_issued_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "freed_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "forged_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "input", "foreign_table_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "zero_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "negative_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "never_issued_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "freed_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "forged_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "target", "foreign_table_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "weight", "negative_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "weight", "freed_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "weight", "forged_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "weight", "foreign_table_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "reduction", "null_text", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "pos_weight", "negative_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "pos_weight", "never_issued_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "pos_weight", "freed_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "pos_weight", "forged_handle", VALID)
    run_bad_argument(variant, "binary_cross_entropy_with_logits", "pos_weight", "foreign_table_handle", VALID)


def test_manual_seed(variant: Variant) -> None:
    """manual_seed (spec/ffi.yaml:1710)"""
    run_cases(variant, "manual_seed", [
        Case(line=1717, args={'seed': 0}, expect='None', value=None, has_value=True),
        Case(line=1718, args={'seed': -1}, expect='None', value=None, has_value=True),
    ])


def test_tensor_maximum(variant: Variant) -> None:
    """tensor_maximum (spec/ffi.yaml:1720)"""
    run_cases(variant, "tensor_maximum", [
        Case(line=1729, args={'a': [1.0, 5.0, -2.0], 'b': [3.0, 4.0, -2.5]}, expect='np.array([3.0, 5.0, -2.0])', value=np.array([3.0, 5.0, -2.0], dtype=np.float64).reshape((3,)), has_value=True),
        Case(line=1730, args={'a': [1.0, 2.0], 'b': [1.0, 2.0, 3.0]}, error='torch_error', message='The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0'),
    ])


def test_tensor_maximum_bad_arguments(variant: Variant) -> None:
    """tensor_maximum: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_maximum", "a", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "a", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "a", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "a", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "a", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "a", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_maximum", "b", "foreign_table_handle", VALID)


def test_tensor_add_(variant: Variant) -> None:
    """tensor_add_ (spec/ffi.yaml:1734)"""
    run_cases(variant, "tensor_add_", [
        Case(line=1742, args={'handle': [1.0, 2.0], 'other': [3.0, 4.0], 'alpha': 2.0}, expect='np.array([7.0, 10.0])', value=np.array([7.0, 10.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1743, args={'handle': [1.0, 2.0], 'other': [[1.0, 2.0], [3.0, 4.0]], 'alpha': 1.0}, error='torch_error', message="output with shape [2] doesn't match the broadcast shape [2, 2]"),
    ])


def test_tensor_add__bad_arguments(variant: Variant) -> None:
    """tensor_add_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_add_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_add_", "other", "foreign_table_handle", VALID)


def test_tensor_mul_(variant: Variant) -> None:
    """tensor_mul_ (spec/ffi.yaml:1745)"""
    run_cases(variant, "tensor_mul_", [
        Case(line=1753, args={'handle': [1.0, 2.0], 'other': [3.0, 4.0]}, expect='np.array([3.0, 8.0])', value=np.array([3.0, 8.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1754, args={'handle': [1.0, 2.0], 'other': [1.0, 2.0, 3.0]}, error='torch_error', message='The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0'),
    ])


def test_tensor_mul__bad_arguments(variant: Variant) -> None:
    """tensor_mul_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_mul_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_mul_", "other", "foreign_table_handle", VALID)


def test_tensor_addcmul_(variant: Variant) -> None:
    """tensor_addcmul_ (spec/ffi.yaml:1756)"""
    run_cases(variant, "tensor_addcmul_", [
        Case(line=1764, args={'handle': [1.0, 2.0], 'tensor1': [1.0, 2.0], 'tensor2': [3.0, 4.0], 'value': 0.5}, expect='np.array([2.5, 6.0])', value=np.array([2.5, 6.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1765, args={'handle': [1.0, 2.0], 'tensor1': [1.0, 2.0, 3.0], 'tensor2': [1.0, 2.0, 3.0], 'value': 1.0}, error='torch_error', message='The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0'),
    ])


def test_tensor_addcmul__bad_arguments(variant: Variant) -> None:
    """tensor_addcmul_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_addcmul_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor1", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcmul_", "tensor2", "foreign_table_handle", VALID)


def test_tensor_addcdiv_(variant: Variant) -> None:
    """tensor_addcdiv_ (spec/ffi.yaml:1767)"""
    run_cases(variant, "tensor_addcdiv_", [
        Case(line=1775, args={'handle': [1.0, 2.0], 'tensor1': [1.0, 2.0], 'tensor2': [2.0, 4.0], 'value': 2.0}, expect='np.array([2.0, 3.0])', value=np.array([2.0, 3.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1776, args={'handle': [1.0, 2.0], 'tensor1': [1.0, 2.0, 3.0], 'tensor2': [1.0, 2.0, 3.0], 'value': 1.0}, error='torch_error', message='The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0'),
    ])


def test_tensor_addcdiv__bad_arguments(variant: Variant) -> None:
    """tensor_addcdiv_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor1", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_addcdiv_", "tensor2", "foreign_table_handle", VALID)


def test_tensor_lerp_(variant: Variant) -> None:
    """tensor_lerp_ (spec/ffi.yaml:1778)"""
    run_cases(variant, "tensor_lerp_", [
        Case(line=1786, args={'handle': [1.0, 2.0], 'end': [3.0, 6.0], 'weight': 0.5}, expect='np.array([2.0, 4.0])', value=np.array([2.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1787, args={'handle': [1.0, 2.0], 'end': [1.0, 2.0, 3.0], 'weight': 0.5}, error='torch_error', message='The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0'),
    ])


def test_tensor_lerp__bad_arguments(variant: Variant) -> None:
    """tensor_lerp_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_lerp_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "handle", "foreign_table_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_lerp_", "end", "foreign_table_handle", VALID)


def test_tensor_uniform_(variant: Variant) -> None:
    """tensor_uniform_ (spec/ffi.yaml:1790)"""
    run_cases(variant, "tensor_uniform_", [
        Case(line=1798, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'low': 0.5, 'high': 0.5}, expect='np.full((2, 2), 0.5)', value=np.array([0.5, 0.5, 0.5, 0.5], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1799, args={'handle': [1.0, 2.0], 'low': 1.0, 'high': 0.0}, error='torch_error', message='uniform_ expects to return a [from, to) range, but found from=1 > to=0'),
    ])


def test_tensor_uniform__bad_arguments(variant: Variant) -> None:
    """tensor_uniform_: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_uniform_", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_uniform_", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_uniform_", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_uniform_", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_uniform_", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_uniform_", "handle", "foreign_table_handle", VALID)


def test_tensor_free(variant: Variant) -> None:
    """tensor_free (spec/ffi.yaml:1802)"""
    run_cases(variant, "tensor_free", [
        Case(line=1809, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
    ])


def test_tensor_free_bad_arguments(variant: Variant) -> None:
    """tensor_free: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_free", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "foreign_table_handle", VALID)


def test_scope_begin(variant: Variant) -> None:
    """scope_begin (spec/ffi.yaml:1811)"""
    run_cases(variant, "scope_begin", [
        Case(line=1819, args={}, expect='NEW_SCOPE'),
    ])


def test_scope_end(variant: Variant) -> None:
    """scope_end (spec/ffi.yaml:1821)"""
    run_cases(variant, "scope_end", [
        Case(line=1830, args={'scope': 0}, error='invalid_argument', message="argument 'scope': scope 0 is not open on this thread"),
        Case(line=1831, args={'scope': -3}, error='invalid_argument', message="argument 'scope': scope -3 is not open on this thread"),
    ])


def test_scope_keep(variant: Variant) -> None:
    """scope_keep (spec/ffi.yaml:1833)"""
    run_cases(variant, "scope_keep", [
        Case(line=1840, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
    ])


def test_scope_keep_bad_arguments(variant: Variant) -> None:
    """scope_keep: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "scope_keep", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "scope_keep", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "scope_keep", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "scope_keep", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "scope_keep", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "scope_keep", "handle", "foreign_table_handle", VALID)


def test_census(variant: Variant) -> None:
    """census (spec/ffi.yaml:1842)"""
    run_cases(variant, "census", [
        Case(line=1850, args={}, expect="''", variant='stub', value='', has_value=True),
    ])
