# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash 790b350c323d482d
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
VALID = {'[f32]': [1.0, 2.0, 3.0, 4.0],
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
 'tensor?': [[1.0, 2.0], [3.0, 4.0]]}


def test_available(variant: Variant) -> None:
    """available (spec/ffi.yaml:92)"""
    run_cases(variant, "available", [
        Case(line=100, args={}, expect='True', variant='torch', value=True, has_value=True),
        Case(line=101, args={}, expect='False', variant='stub', value=False, has_value=True),
    ])


def test_version(variant: Variant) -> None:
    """version (spec/ffi.yaml:103)"""
    run_cases(variant, "version", [
        Case(line=111, args={}, expect="LIB_VERSION + '+torch' + torch.__version__.split('+')[0]", variant='torch'),
        Case(line=112, args={}, expect="LIB_VERSION + '+stub'", variant='stub', value='0.1.0+stub', has_value=True),
    ])


def test_abi_version(variant: Variant) -> None:
    """abi_version (spec/ffi.yaml:114)"""
    run_cases(variant, "abi_version", [
        Case(line=122, args={}, expect='ABI_VERSION', value=2, has_value=True),
    ])


def test_spec_hash(variant: Variant) -> None:
    """spec_hash (spec/ffi.yaml:124)"""
    run_cases(variant, "spec_hash", [
        Case(line=132, args={}, expect='SPEC_HASH', value='790b350c323d482d', has_value=True),
    ])


def test_last_error(variant: Variant) -> None:
    """last_error (spec/ffi.yaml:134)"""
    run_cases(variant, "last_error", [
        Case(line=143, args={}, expect="''", value='', has_value=True),
    ])


def test_last_error_kind(variant: Variant) -> None:
    """last_error_kind (spec/ffi.yaml:145)"""
    run_cases(variant, "last_error_kind", [
        Case(line=154, args={}, expect='0', value=0, has_value=True),
    ])


def test_live_handles(variant: Variant) -> None:
    """live_handles (spec/ffi.yaml:156)"""
    run_cases(variant, "live_handles", [
        Case(line=164, args={}, expect='0', value=0, has_value=True),
    ])


def test_cuda_available(variant: Variant) -> None:
    """cuda_available (spec/ffi.yaml:166)"""
    run_cases(variant, "cuda_available", [
        Case(line=174, args={}, expect='CUDA_AVAILABLE', variant='torch'),
    ])


def test_cuda_device_count(variant: Variant) -> None:
    """cuda_device_count (spec/ffi.yaml:176)"""
    run_cases(variant, "cuda_device_count", [
        Case(line=184, args={}, expect='CUDA_DEVICE_COUNT', variant='torch'),
        Case(line=185, args={}, expect='0', variant='stub', value=0, has_value=True),
    ])


def test_tensor_zeros(variant: Variant) -> None:
    """tensor_zeros (spec/ffi.yaml:188)"""
    run_cases(variant, "tensor_zeros", [
        Case(line=197, args={'dims': [2, 3], 'dtype': 'float32'}, expect='np.zeros((2, 3))', value=np.array([0.0, 0.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=198, args={'dims': [], 'dtype': 'float32'}, expect='np.zeros(())', value=np.array([0.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=199, args={'dims': [0, 4], 'dtype': 'float32'}, expect='np.zeros((0, 4))', value=np.array([], dtype=np.float64).reshape((0, 4)), has_value=True),
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
    """tensor_ones (spec/ffi.yaml:201)"""
    run_cases(variant, "tensor_ones", [
        Case(line=210, args={'dims': [3, 1, 2], 'dtype': 'float32'}, expect='np.ones((3, 1, 2))', value=np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0], dtype=np.float64).reshape((3, 1, 2)), has_value=True),
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
    """tensor_randn (spec/ffi.yaml:212)"""
    run_cases(variant, "tensor_randn", [
        Case(line=221, args={'dims': [64, 32], 'dtype': 'float32'}, shape=(64, 32)),
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
    """tensor_rand (spec/ffi.yaml:223)"""
    run_cases(variant, "tensor_rand", [
        Case(line=231, args={'dims': [64, 32], 'dtype': 'float32'}, shape=(64, 32)),
        Case(line=232, args={'dims': [2], 'dtype': 'int64'}, error='torch_error', message="not implemented for 'Long'"),
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
    """tensor_from_data (spec/ffi.yaml:234)"""
    run_cases(variant, "tensor_from_data", [
        Case(line=244, args={'data': [1.5, -2.0, 3.25, 4.0, 5.0, 6.0], 'dims': [2, 3]}, expect='np.array(data).reshape(dims)', value=np.array([1.5, -2.0, 3.25, 4.0, 5.0, 6.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=245, args={'data': [7.0], 'dims': []}, expect='np.array(7.0)', value=np.array([7.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=246, args={'data': [1.0, 2.0, 3.0, 4.0, 5.0], 'dims': [2, 3]}, error='invalid_argument', message="argument 'data': 5 values do not fill shape [2, 3] (6 elements)"),
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
    """tensor_from_f32 (spec/ffi.yaml:248)"""
    run_cases(variant, "tensor_from_f32", [
        Case(line=257, args={'data': [1.5, -2.0, 3.25, 4.0, 5.0, 6.0], 'dims': [3, 2]}, expect='np.array(data).reshape(dims)', value=np.array([1.5, -2.0, 3.25, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=258, args={'data': [], 'dims': [0, 3]}, expect='np.zeros((0, 3))', value=np.array([], dtype=np.float64).reshape((0, 3)), has_value=True),
        Case(line=259, args={'data': [1.0, 2.0], 'dims': [3]}, error='invalid_argument', message="argument 'data': 2 values do not fill shape [3] (3 elements)"),
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
    """tensor_add (spec/ffi.yaml:262)"""
    run_cases(variant, "tensor_add", [
        Case(line=272, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[10.0, 20.0, 30.0], [0.5, 0.25, -1.0]]}, expect='a + b', value=np.array([11.0, 22.0, 33.0, 4.5, 5.25, 5.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=273, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [1.0, -1.0, 2.0]}, expect='a + b', value=np.array([2.0, 1.0, 5.0, 5.0, 4.0, 8.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=274, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 2.0], [3.0, 4.0]]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1'),
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
    """tensor_mul (spec/ffi.yaml:276)"""
    run_cases(variant, "tensor_mul", [
        Case(line=286, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[2.0, 0.5, -1.0], [0.0, 3.0, 1.0]]}, expect='a * b', value=np.array([2.0, 1.0, -3.0, 0.0, 15.0, 6.0], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """tensor_matmul (spec/ffi.yaml:288)"""
    run_cases(variant, "tensor_matmul", [
        Case(line=298, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, expect='a @ b', value=np.array([7.0, -1.0, 16.0, -1.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=299, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, error='torch_error', message='mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)'),
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
    """tensor_mm (spec/ffi.yaml:301)"""
    run_cases(variant, "tensor_mm", [
        Case(line=309, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, expect='a @ b', value=np.array([7.0, -1.0, 16.0, -1.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=310, args={'a': [1.0, 2.0, 3.0], 'b': [[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]]}, error='torch_error', message='self must be a matrix'),
        Case(line=311, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [1.0, 2.0, 3.0]}, error='torch_error', message='mat2 must be a matrix'),
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
    """tensor_dot (spec/ffi.yaml:313)"""
    run_cases(variant, "tensor_dot", [
        Case(line=321, args={'a': [1.0, 2.0, 3.0], 'b': [4.0, -5.0, 6.0]}, expect='np.asarray(np.dot(a, b))', value=np.array([12.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=322, args={'a': [[1.0, 2.0]], 'b': [[1.0, 2.0]]}, error='torch_error', message='1D tensors expected, but got 2D and 2D tensors'),
        Case(line=323, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 2.0]}, error='torch_error', message='inconsistent tensor size'),
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
    """tensor_shape (spec/ffi.yaml:326)"""
    run_cases(variant, "tensor_shape", [
        Case(line=336, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, expect='list(handle.shape)', value=[2, 3], has_value=True),
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
    """tensor_ndim (spec/ffi.yaml:338)"""
    run_cases(variant, "tensor_ndim", [
        Case(line=347, args={'handle': [[[1.0], [2.0]]]}, expect='handle.ndim', value=3, has_value=True),
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
    """tensor_numel (spec/ffi.yaml:349)"""
    run_cases(variant, "tensor_numel", [
        Case(line=358, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}, expect='handle.size', value=6, has_value=True),
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
    """tensor_to_data (spec/ffi.yaml:360)"""
    run_cases(variant, "tensor_to_data", [
        Case(line=370, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='handle.ravel().tolist()', value=[1.5, 2.0, -3.0, 0.25], has_value=True),
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
    """tensor_to_f32 (spec/ffi.yaml:372)"""
    run_cases(variant, "tensor_to_f32", [
        Case(line=381, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='handle.ravel().tolist()', value=[1.5, 2.0, -3.0, 0.25], has_value=True),
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
    """tensor_dtype (spec/ffi.yaml:384)"""
    run_cases(variant, "tensor_dtype", [
        Case(line=393, args={'handle': [1.0, 2.0]}, expect="'float32'", value='float32', has_value=True),
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
    """tensor_to_dtype (spec/ffi.yaml:395)"""
    run_cases(variant, "tensor_to_dtype", [
        Case(line=404, args={'handle': [1.5, -2.5, 3.0], 'dtype': 'int64'}, expect='np.array([1, -2, 3])', value=np.array([1, -2, 3], dtype=np.int64).reshape((3,)), has_value=True),
        Case(line=405, args={'handle': [0.0, 2.0], 'dtype': 'bool'}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
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
    """tensor_from_bytes (spec/ffi.yaml:407)"""
    run_cases(variant, "tensor_from_bytes", [
        Case(line=416, args={'data': [1, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255], 'dims': [2], 'dtype': 'int64'}, expect='np.array([1, -1])', value=np.array([1, -1], dtype=np.int64).reshape((2,)), has_value=True),
        Case(line=417, args={'data': [0, 0, 128, 63], 'dims': [], 'dtype': 'float32'}, expect='np.array(1.0)', value=np.array([1.0], dtype=np.float64).reshape(()), has_value=True),
        Case(line=418, args={'data': [1, 2, 3], 'dims': [2], 'dtype': 'int16'}, error='invalid_argument', message="argument 'data': 3 bytes do not fill shape [2] of int16 (4 bytes)"),
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
    """tensor_to_bytes (spec/ffi.yaml:420)"""
    run_cases(variant, "tensor_to_bytes", [
        Case(line=429, args={'handle': 1.0}, expect='[0, 0, 128, 63]', value=[0, 0, 128, 63], has_value=True),
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
    """tensor_to_dlpack (spec/ffi.yaml:431)"""
    run_cases(variant, "tensor_to_dlpack", [
        Case(line=440, args={'handle': 0, 'versioned': True}, error='invalid_handle', message="argument 'handle': handle 0 is null"),
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
    """tensor_from_dlpack (spec/ffi.yaml:442)"""
    run_cases(variant, "tensor_from_dlpack", [
        Case(line=451, args={'managed': 0, 'versioned': True}, error='invalid_argument', message="argument 'managed': null DLPack tensor"),
    ])


def test_relu(variant: Variant) -> None:
    """relu (spec/ffi.yaml:454)"""
    run_cases(variant, "relu", [
        Case(line=463, args={'handle': [[-1.0, 0.0, 2.5], [3.0, -0.5, 1.0]]}, expect='np.maximum(handle, 0)', value=np.array([0.0, 0.0, 2.5, 3.0, 0.0, 1.0], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """sigmoid (spec/ffi.yaml:465)"""
    run_cases(variant, "sigmoid", [
        Case(line=474, args={'handle': [[-2.0, 0.0, 2.0], [10.0, -10.0, 0.5]]}, expect='1 / (1 + np.exp(-handle))', value=np.array([0.11920292202211755, 0.5, 0.8807970779778823, 0.9999546021312976, 4.5397868702434395e-05, 0.6224593312018546], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """tanh (spec/ffi.yaml:476)"""
    run_cases(variant, "tanh", [
        Case(line=485, args={'handle': [[-2.0, 0.0, 2.0], [10.0, -10.0, 0.5]]}, expect='np.tanh(handle)', value=np.array([-0.9640275800758169, 0.0, 0.9640275800758169, 0.9999999958776927, -0.9999999958776927, 0.46211715726000974], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """tensor_cuda (spec/ffi.yaml:488)"""
    run_cases(variant, "tensor_cuda", [
        Case(line=496, args={'handle': [1.0, 2.0], 'device_id': 0}, expect='handle', when='cuda', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=497, args={'handle': [1.0, 2.0], 'device_id': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
        Case(line=498, args={'handle': [1.0, 2.0], 'device_id': -1}, error='invalid_argument', message="argument 'device_id': CUDA device index must be >= 0, got -1"),
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
    """tensor_cpu (spec/ffi.yaml:500)"""
    run_cases(variant, "tensor_cpu", [
        Case(line=509, args={'handle': [[1.0, 2.0], [3.0, 4.0]]}, expect='handle', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_is_cuda (spec/ffi.yaml:511)"""
    run_cases(variant, "tensor_is_cuda", [
        Case(line=521, args={'handle': [1.0]}, expect='False', value=False, has_value=True),
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
    """tensor_device (spec/ffi.yaml:523)"""
    run_cases(variant, "tensor_device", [
        Case(line=532, args={'handle': [1.0, 2.0]}, expect='-1', value=-1, has_value=True),
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
    """tensor_to_device (spec/ffi.yaml:534)"""
    run_cases(variant, "tensor_to_device", [
        Case(line=543, args={'handle': [1.0, 2.0], 'device_code': -1}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=544, args={'handle': [1.0, 2.0], 'device_code': 0}, expect='handle', when='cuda', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=545, args={'handle': [1.0, 2.0], 'device_code': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
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
    """cuda_synchronize (spec/ffi.yaml:547)"""
    run_cases(variant, "cuda_synchronize", [
        Case(line=554, args={'device_id': 0}, expect='None', when='cuda', value=None, has_value=True),
        Case(line=555, args={'device_id': 0}, error='not_available', message='CUDA is not available', when='no_cuda'),
        Case(line=556, args={'device_id': -1}, error='invalid_argument', message="argument 'device_id': CUDA device index must be >= 0, got -1"),
    ])


def test_tensor_sub(variant: Variant) -> None:
    """tensor_sub (spec/ffi.yaml:559)"""
    run_cases(variant, "tensor_sub", [
        Case(line=568, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[0.5, 2.0, -1.0], [4.0, 0.0, 1.0]]}, expect='a - b', value=np.array([0.5, 0.0, 4.0, 0.0, 5.0, 5.0], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=569, args={'a': [[1.0, 2.0, 3.0]], 'b': [[1.0, 2.0]]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1'),
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
    """tensor_div (spec/ffi.yaml:571)"""
    run_cases(variant, "tensor_div", [
        Case(line=580, args={'a': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'b': [[2.0, 4.0, -1.0], [8.0, 0.5, 3.0]]}, expect='a / b', value=np.array([0.5, 0.5, -3.0, 0.5, 10.0, 2.0], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """tensor_neg (spec/ffi.yaml:582)"""
    run_cases(variant, "tensor_neg", [
        Case(line=590, args={'handle': [[1.0, -2.0], [0.0, 3.5]]}, expect='-handle', value=np.array([-1.0, 2.0, -0.0, -3.5], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_exp (spec/ffi.yaml:592)"""
    run_cases(variant, "tensor_exp", [
        Case(line=600, args={'handle': [[0.0, 1.0], [-2.0, 3.0]]}, expect='np.exp(handle)', value=np.array([1.0, 2.718281828459045, 0.1353352832366127, 20.085536923187668], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_log (spec/ffi.yaml:602)"""
    run_cases(variant, "tensor_log", [
        Case(line=610, args={'handle': [[1.0, 2.0], [0.5, 10.0]]}, expect='np.log(handle)', value=np.array([0.0, 0.6931471805599453, -0.6931471805599453, 2.302585092994046], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_sum (spec/ffi.yaml:612)"""
    run_cases(variant, "tensor_sum", [
        Case(line=620, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='float(handle.sum())', value=0.75, has_value=True),
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
    """tensor_mean (spec/ffi.yaml:622)"""
    run_cases(variant, "tensor_mean", [
        Case(line=630, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='float(handle.mean())', value=0.1875, has_value=True),
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
    """tensor_prod (spec/ffi.yaml:632)"""
    run_cases(variant, "tensor_prod", [
        Case(line=640, args={'handle': [[1.5, 2.0], [-3.0, 0.25]]}, expect='float(handle.prod())', value=-2.25, has_value=True),
        Case(line=641, args={'handle': []}, expect='1.0', value=1.0, has_value=True),
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
    """tensor_std (spec/ffi.yaml:643)"""
    run_cases(variant, "tensor_std", [
        Case(line=651, args={'handle': [[1.0, 2.0], [4.0, 9.0]]}, expect='float(handle.std(ddof=1))', value=3.559026084010437, has_value=True),
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
    """tensor_var (spec/ffi.yaml:653)"""
    run_cases(variant, "tensor_var", [
        Case(line=661, args={'handle': [[1.0, 2.0], [4.0, 9.0]]}, expect='float(handle.var(ddof=1))', value=12.666666666666666, has_value=True),
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
    """tensor_reshape (spec/ffi.yaml:663)"""
    run_cases(variant, "tensor_reshape", [
        Case(line=671, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [3, -1]}, expect='handle.reshape(3, -1)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=672, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [4, 2]}, error='torch_error', message="shape '[4, 2]' is invalid for input of size 6"),
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
    """tensor_transpose (spec/ffi.yaml:674)"""
    run_cases(variant, "tensor_transpose", [
        Case(line=682, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim0': 0, 'dim1': 1}, expect='handle.T', value=np.array([1.0, 4.0, 2.0, 5.0, 3.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=683, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim0': 0, 'dim1': 5}, error='torch_error', message='Dimension out of range (expected to be in range of [-2, 1], but got 5)'),
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
    """tensor_view (spec/ffi.yaml:685)"""
    run_cases(variant, "tensor_view", [
        Case(line=693, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [3, -1]}, expect='handle.reshape(3, -1)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=694, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [6]}, expect='handle.reshape(6)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((6,)), has_value=True),
        Case(line=695, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [4, 2]}, error='torch_error', message="shape '[4, 2]' is invalid for input of size 6"),
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
    """tensor_permute (spec/ffi.yaml:697)"""
    run_cases(variant, "tensor_permute", [
        Case(line=705, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dims': [1, 0]}, expect='handle.T', value=np.array([1.0, 4.0, 2.0, 5.0, 3.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=706, args={'handle': [[[1.0, 2.0]], [[3.0, 4.0]]], 'dims': [2, 0, -2]}, expect='np.transpose(handle, (2, 0, 1))', value=np.array([1.0, 3.0, 2.0, 4.0], dtype=np.float64).reshape((2, 2, 1)), has_value=True),
        Case(line=707, args={'handle': [[1.0, 2.0]], 'dims': [0]}, error='torch_error', message='number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 1'),
        Case(line=708, args={'handle': [[1.0, 2.0]], 'dims': [0, 0]}, error='torch_error', message='permute(): duplicate dims are not allowed.'),
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
    """softmax (spec/ffi.yaml:710)"""
    run_cases(variant, "softmax", [
        Case(line=718, args={'handle': [[1.0, 2.0, 3.0], [1.0, 1.0, -1.0]], 'dim': 1}, expect='np.exp(handle) / np.exp(handle).sum(axis=1, keepdims=True)', value=np.array([0.09003057317038046, 0.24472847105479767, 0.6652409557748219, 0.46831053083348123, 0.46831053083348123, 0.06337893833303763], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=719, args={'handle': [[1.0, 2.0], [3.0, 5.0]], 'dim': -1}, expect='np.exp(handle) / np.exp(handle).sum(axis=-1, keepdims=True)', value=np.array([0.2689414213699951, 0.7310585786300049, 0.11920292202211756, 0.8807970779778824], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=720, args={'handle': [[1.0, 2.0], [3.0, 5.0]], 'dim': 0}, expect='np.exp(handle) / np.exp(handle).sum(axis=0, keepdims=True)', value=np.array([0.11920292202211755, 0.04742587317756679, 0.8807970779778824, 0.9525741268224333], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_full (spec/ffi.yaml:722)"""
    run_cases(variant, "tensor_full", [
        Case(line=730, args={'dims': [2, 3], 'value': 2.5, 'dtype': 'float32'}, expect='np.full(dims, value)', value=np.array([2.5, 2.5, 2.5, 2.5, 2.5, 2.5], dtype=np.float64).reshape((2, 3)), has_value=True),
        Case(line=731, args={'dims': [2], 'value': 1e+300, 'dtype': 'float32'}, error='torch_error', message='value cannot be converted to type float without overflow'),
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
    """tensor_arange (spec/ffi.yaml:733)"""
    run_cases(variant, "tensor_arange", [
        Case(line=741, args={'start': 0.0, 'end': 5.0, 'step': 1.0, 'dtype': 'float32'}, expect='np.arange(start, end, step)', value=np.array([0.0, 1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((5,)), has_value=True),
        Case(line=742, args={'start': 1.0, 'end': 2.0, 'step': 0.25, 'dtype': 'float32'}, expect='np.arange(start, end, step)', value=np.array([1.0, 1.25, 1.5, 1.75], dtype=np.float64).reshape((4,)), has_value=True),
        Case(line=743, args={'start': 0.0, 'end': 5.0, 'step': 0.0, 'dtype': 'float32'}, error='torch_error', message='step must be nonzero'),
    ])


def test_tensor_arange_bad_arguments(variant: Variant) -> None:
    """tensor_arange: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_arange", "dtype", "unknown_dtype_code", VALID)


def test_tensor_eye(variant: Variant) -> None:
    """tensor_eye (spec/ffi.yaml:745)"""
    run_cases(variant, "tensor_eye", [
        Case(line=753, args={'n': 3, 'dtype': 'float32'}, expect='np.eye(n)', value=np.array([1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0], dtype=np.float64).reshape((3, 3)), has_value=True),
        Case(line=754, args={'n': -1, 'dtype': 'float32'}, error='torch_error', message='n must be greater or equal to 0, got -1'),
    ])


def test_tensor_eye_bad_arguments(variant: Variant) -> None:
    """tensor_eye: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_eye", "dtype", "unknown_dtype_code", VALID)


def test_tensor_cat(variant: Variant) -> None:
    """tensor_cat (spec/ffi.yaml:756)"""
    run_cases(variant, "tensor_cat", [
        Case(line=765, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0]], [[5.0, 6.0]]], 'dim': 0}, expect='np.concatenate(tensors)', value=np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=np.float64).reshape((3, 2)), has_value=True),
        Case(line=766, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0]]], 'dim': 1}, expect='np.concatenate(tensors, axis=1)', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((1, 4)), has_value=True),
        Case(line=767, args={'tensors': [[[1.0, 2.0]], [[3.0, 4.0, 5.0]]], 'dim': 0}, error='torch_error', message='Sizes of tensors must match except in dimension 0'),
    ])


def test_tensor_cat_bad_arguments(variant: Variant) -> None:
    """tensor_cat: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_cat", "tensors", "null_with_length", VALID)
    run_bad_argument(variant, "tensor_cat", "tensors", "negative_length", VALID)
    run_bad_argument(variant, "tensor_cat", "tensors", "stale_element", VALID)


def test_tensor_clone(variant: Variant) -> None:
    """tensor_clone (spec/ffi.yaml:769)"""
    run_cases(variant, "tensor_clone", [
        Case(line=777, args={'handle': [[1.0, 2.0], [3.0, 4.0]]}, expect='handle', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_eq (spec/ffi.yaml:780)"""
    run_cases(variant, "tensor_eq", [
        Case(line=789, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 0.0, 3.0]}, expect='np.array([True, False, True])', value=np.array([True, False, True], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_ne (spec/ffi.yaml:791)"""
    run_cases(variant, "tensor_ne", [
        Case(line=800, args={'a': [1.0, 2.0], 'b': [1.0, 0.0]}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
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
    """tensor_lt (spec/ffi.yaml:802)"""
    run_cases(variant, "tensor_lt", [
        Case(line=811, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([True, False, False])', value=np.array([True, False, False], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_le (spec/ffi.yaml:813)"""
    run_cases(variant, "tensor_le", [
        Case(line=822, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([True, True, False])', value=np.array([True, True, False], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_gt (spec/ffi.yaml:824)"""
    run_cases(variant, "tensor_gt", [
        Case(line=833, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([False, False, True])', value=np.array([False, False, True], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_ge (spec/ffi.yaml:835)"""
    run_cases(variant, "tensor_ge", [
        Case(line=844, args={'a': [1.0, 2.0, 3.0], 'b': [2.0, 2.0, 2.0]}, expect='np.array([False, True, True])', value=np.array([False, True, True], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_logical_and (spec/ffi.yaml:846)"""
    run_cases(variant, "tensor_logical_and", [
        Case(line=854, args={'a': [1.0, 0.0, 2.0], 'b': [1.0, 1.0, 0.0]}, expect='np.array([True, False, False])', value=np.array([True, False, False], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_logical_or (spec/ffi.yaml:856)"""
    run_cases(variant, "tensor_logical_or", [
        Case(line=864, args={'a': [1.0, 0.0, 0.0], 'b': [0.0, 0.0, 3.0]}, expect='np.array([True, False, True])', value=np.array([True, False, True], dtype=np.bool).reshape((3,)), has_value=True),
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
    """tensor_logical_not (spec/ffi.yaml:866)"""
    run_cases(variant, "tensor_logical_not", [
        Case(line=874, args={'handle': [1.0, 0.0]}, expect='np.array([False, True])', value=np.array([False, True], dtype=np.bool).reshape((2,)), has_value=True),
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
    """tensor_where (spec/ffi.yaml:876)"""
    run_cases(variant, "tensor_where", [
        Case(line=884, args={'handle': [1.0, 2.0, 3.0], 'condition': [1.0, 0.0, 1.0], 'other': [-1.0, -2.0, -3.0]}, expect='np.array([1.0, -2.0, 3.0])', value=np.array([1.0, -2.0, 3.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_any (spec/ffi.yaml:886)"""
    run_cases(variant, "tensor_any", [
        Case(line=894, args={'handle': [0.0, 0.0, 2.0]}, expect='True', value=True, has_value=True),
        Case(line=895, args={'handle': [0.0, 0.0]}, expect='False', value=False, has_value=True),
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
    """tensor_all (spec/ffi.yaml:897)"""
    run_cases(variant, "tensor_all", [
        Case(line=905, args={'handle': [1.0, 2.0]}, expect='True', value=True, has_value=True),
        Case(line=906, args={'handle': [1.0, 0.0]}, expect='False', value=False, has_value=True),
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
    """tensor_abs (spec/ffi.yaml:908)"""
    run_cases(variant, "tensor_abs", [
        Case(line=916, args={'handle': [-1.5, 0.0, 2.0]}, expect='np.array([1.5, 0.0, 2.0])', value=np.array([1.5, 0.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_sqrt (spec/ffi.yaml:918)"""
    run_cases(variant, "tensor_sqrt", [
        Case(line=926, args={'handle': [4.0, 2.25, 0.0]}, expect='np.array([2.0, 1.5, 0.0])', value=np.array([2.0, 1.5, 0.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_floor (spec/ffi.yaml:928)"""
    run_cases(variant, "tensor_floor", [
        Case(line=936, args={'handle': [-1.5, 0.5, 2.0]}, expect='np.array([-2.0, 0.0, 2.0])', value=np.array([-2.0, 0.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_ceil (spec/ffi.yaml:938)"""
    run_cases(variant, "tensor_ceil", [
        Case(line=946, args={'handle': [-1.5, 0.5, 2.0]}, expect='np.array([-1.0, 1.0, 2.0])', value=np.array([-1.0, 1.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_round (spec/ffi.yaml:948)"""
    run_cases(variant, "tensor_round", [
        Case(line=956, args={'handle': [-1.5, 0.5, 2.4, 2.5]}, expect='np.array([-2.0, 0.0, 2.0, 2.0])', value=np.array([-2.0, 0.0, 2.0, 2.0], dtype=np.float64).reshape((4,)), has_value=True),
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
    """tensor_clamp (spec/ffi.yaml:958)"""
    run_cases(variant, "tensor_clamp", [
        Case(line=966, args={'handle': [-2.0, 0.5, 3.0], 'min_value': -1.0, 'max_value': 1.0}, expect='np.array([-1.0, 0.5, 1.0])', value=np.array([-1.0, 0.5, 1.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_floor_divide (spec/ffi.yaml:968)"""
    run_cases(variant, "tensor_floor_divide", [
        Case(line=977, args={'a': [7.0, -7.0, 5.5], 'b': [2.0, 2.0, 2.0]}, expect='np.array([3.0, -4.0, 2.0])', value=np.array([3.0, -4.0, 2.0], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_remainder (spec/ffi.yaml:979)"""
    run_cases(variant, "tensor_remainder", [
        Case(line=988, args={'a': [7.0, -7.0, 5.5], 'b': [2.0, 2.0, 2.0]}, expect='np.array([1.0, 1.0, 1.5])', value=np.array([1.0, 1.0, 1.5], dtype=np.float64).reshape((3,)), has_value=True),
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
    """tensor_pow (spec/ffi.yaml:990)"""
    run_cases(variant, "tensor_pow", [
        Case(line=999, args={'a': [[1.0, -2.0], [3.0, 0.5]], 'b': [2.0]}, expect='a ** 2', value=np.array([1.0, 4.0, 9.0, 0.25], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1000, args={'a': [4.0, 9.0], 'b': [0.5, -1.0]}, expect='np.array([2.0, 1.0 / 9.0])', value=np.array([2.0, 0.1111111111111111], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1001, args={'a': [1.0, 2.0, 3.0], 'b': [1.0, 2.0]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0'),
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
    """tensor_sum_dim (spec/ffi.yaml:1004)"""
    run_cases(variant, "tensor_sum_dim", [
        Case(line=1013, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([4.0, 6.0])', value=np.array([4.0, 6.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1014, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 1, 'keepdim': True}, expect='np.array([[3.0], [7.0]])', value=np.array([3.0, 7.0], dtype=np.float64).reshape((2, 1)), has_value=True),
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
    """tensor_mean_dim (spec/ffi.yaml:1016)"""
    run_cases(variant, "tensor_mean_dim", [
        Case(line=1025, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': -1, 'keepdim': False}, expect='np.array([1.5, 3.5])', value=np.array([1.5, 3.5], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_max_dim (spec/ffi.yaml:1027)"""
    run_cases(variant, "tensor_max_dim", [
        Case(line=1035, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([3.0, 5.0])', value=np.array([3.0, 5.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_min_dim (spec/ffi.yaml:1037)"""
    run_cases(variant, "tensor_min_dim", [
        Case(line=1045, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 1, 'keepdim': False}, expect='np.array([1.0, 3.0])', value=np.array([1.0, 3.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_argmax (spec/ffi.yaml:1047)"""
    run_cases(variant, "tensor_argmax", [
        Case(line=1055, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([1, 0])', value=np.array([1, 0], dtype=np.int64).reshape((2,)), has_value=True),
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
    """tensor_argmin (spec/ffi.yaml:1057)"""
    run_cases(variant, "tensor_argmin", [
        Case(line=1065, args={'handle': [[1.0, 5.0], [3.0, 4.0]], 'dim': 1, 'keepdim': False}, expect='np.array([0, 0])', value=np.array([0, 0], dtype=np.int64).reshape((2,)), has_value=True),
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
    """tensor_prod_dim (spec/ffi.yaml:1067)"""
    run_cases(variant, "tensor_prod_dim", [
        Case(line=1076, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'keepdim': False}, expect='np.array([3.0, 8.0])', value=np.array([3.0, 8.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_std_dim (spec/ffi.yaml:1078)"""
    run_cases(variant, "tensor_std_dim", [
        Case(line=1087, args={'handle': [[1.0, 2.0], [3.0, 6.0]], 'dim': 0, 'keepdim': False}, expect='np.array([1.4142135623730951, 2.8284271247461903])', value=np.array([1.4142135623730951, 2.8284271247461903], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_var_dim (spec/ffi.yaml:1089)"""
    run_cases(variant, "tensor_var_dim", [
        Case(line=1098, args={'handle': [[1.0, 2.0], [3.0, 6.0]], 'dim': 0, 'keepdim': False}, expect='np.array([2.0, 8.0])', value=np.array([2.0, 8.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_item_f64 (spec/ffi.yaml:1100)"""
    run_cases(variant, "tensor_item_f64", [
        Case(line=1108, args={'handle': [[2.5]]}, expect='2.5', value=2.5, has_value=True),
        Case(line=1109, args={'handle': [1.0, 2.0]}, error='torch_error', message='a Tensor with 2 elements cannot be converted to Scalar'),
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
    """tensor_item_i64 (spec/ffi.yaml:1111)"""
    run_cases(variant, "tensor_item_i64", [
        Case(line=1119, args={'handle': [7.0]}, expect='7', value=7, has_value=True),
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
    """tensor_squeeze (spec/ffi.yaml:1122)"""
    run_cases(variant, "tensor_squeeze", [
        Case(line=1130, args={'handle': [[1.0, 2.0]], 'dim': 0}, expect='np.array([1.0, 2.0])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1131, args={'handle': [[1.0, 2.0]], 'dim': 1}, expect='np.array([[1.0, 2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
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
    """tensor_unsqueeze (spec/ffi.yaml:1133)"""
    run_cases(variant, "tensor_unsqueeze", [
        Case(line=1141, args={'handle': [1.0, 2.0], 'dim': 1}, expect='np.array([[1.0], [2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2, 1)), has_value=True),
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
    """tensor_flatten (spec/ffi.yaml:1143)"""
    run_cases(variant, "tensor_flatten", [
        Case(line=1151, args={'handle': [[[1.0, 2.0], [3.0, 4.0]]], 'start_dim': 0, 'end_dim': -1}, expect='np.array([1.0, 2.0, 3.0, 4.0])', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((4,)), has_value=True),
        Case(line=1152, args={'handle': [[[1.0, 2.0], [3.0, 4.0]]], 'start_dim': 1, 'end_dim': -1}, expect='np.array([[1.0, 2.0, 3.0, 4.0]])', value=np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float64).reshape((1, 4)), has_value=True),
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
    """tensor_contiguous (spec/ffi.yaml:1154)"""
    run_cases(variant, "tensor_contiguous", [
        Case(line=1162, args={'handle': [[1.0, 2.0]]}, expect='np.array([[1.0, 2.0]])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
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
    """tensor_expand (spec/ffi.yaml:1164)"""
    run_cases(variant, "tensor_expand", [
        Case(line=1172, args={'handle': [[1.0], [2.0]], 'dims': [2, 3]}, expect='np.array([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])', value=np.array([1.0, 1.0, 1.0, 2.0, 2.0, 2.0], dtype=np.float64).reshape((2, 3)), has_value=True),
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
    """tensor_narrow (spec/ffi.yaml:1174)"""
    run_cases(variant, "tensor_narrow", [
        Case(line=1182, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim': 1, 'start': 1, 'length': 2}, expect='np.array([[2.0, 3.0], [5.0, 6.0]])', value=np.array([2.0, 3.0, 5.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_slice (spec/ffi.yaml:1184)"""
    run_cases(variant, "tensor_slice", [
        Case(line=1192, args={'handle': [0.0, 1.0, 2.0, 3.0, 4.0], 'start': 1, 'step': 2, 'dim': 0, 'end': 9223372036854775807}, expect='np.array([1.0, 3.0])', value=np.array([1.0, 3.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1193, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'dim': 1, 'start': 0, 'end': 2, 'step': 1}, expect='np.array([[1.0, 2.0], [4.0, 5.0]])', value=np.array([1.0, 2.0, 4.0, 5.0], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_select (spec/ffi.yaml:1195)"""
    run_cases(variant, "tensor_select", [
        Case(line=1203, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 0, 'index': 1}, expect='np.array([3.0, 4.0])', value=np.array([3.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1204, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'dim': 1, 'index': -1}, expect='np.array([2.0, 4.0])', value=np.array([2.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_index_select (spec/ffi.yaml:1206)"""
    run_cases(variant, "tensor_index_select", [
        Case(line=1214, args={'handle': [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], 'dim': 0, 'index': [2.0, 0.0]}, error='torch_error', message='index_select(): Expected dtype int32 or int64 for index'),
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
    """tensor_masked_select (spec/ffi.yaml:1216)"""
    run_cases(variant, "tensor_masked_select", [
        Case(line=1224, args={'handle': [1.0, 2.0, 3.0], 'mask': [1.0, 0.0, 1.0]}, error='torch_error', message='masked_select: expected BoolTensor for mask'),
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
    """tensor_requires_grad (spec/ffi.yaml:1227)"""
    run_cases(variant, "tensor_requires_grad", [
        Case(line=1236, args={'handle': [1.0, 2.0]}, expect='False', value=False, has_value=True),
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
    """tensor_requires_grad_ (spec/ffi.yaml:1238)"""
    run_cases(variant, "tensor_requires_grad_", [
        Case(line=1247, args={'handle': [1.0, 2.0], 'requires_grad': True}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """tensor_grad (spec/ffi.yaml:1249)"""
    run_cases(variant, "tensor_grad", [
        Case(line=1258, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
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
    """tensor_zero_grad (spec/ffi.yaml:1260)"""
    run_cases(variant, "tensor_zero_grad", [
        Case(line=1268, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
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
    """tensor_backward (spec/ffi.yaml:1270)"""
    run_cases(variant, "tensor_backward", [
        Case(line=1276, args={'handle': [1.0, 2.0], 'gradient': None, 'retain_graph': False}, error='torch_error', message='element 0 of tensors does not require grad and does not have a grad_fn'),
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
    """tensor_detach (spec/ffi.yaml:1278)"""
    run_cases(variant, "tensor_detach", [
        Case(line=1286, args={'handle': [1.0, 2.0]}, expect='np.array([1.0, 2.0])', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
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
    """is_grad_enabled (spec/ffi.yaml:1288)"""
    run_cases(variant, "is_grad_enabled", [
        Case(line=1296, args={}, expect='True', variant='torch', value=True, has_value=True),
    ])


def test_set_grad_enabled(variant: Variant) -> None:
    """set_grad_enabled (spec/ffi.yaml:1298)"""
    run_cases(variant, "set_grad_enabled", [
        Case(line=1306, args={'enabled': True}, expect='True', variant='torch', value=True, has_value=True),
    ])


def test_tensor_fill_(variant: Variant) -> None:
    """tensor_fill_ (spec/ffi.yaml:1311)"""
    run_cases(variant, "tensor_fill_", [
        Case(line=1319, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'value': 2.5}, expect='np.full((2, 2), 2.5)', value=np.array([2.5, 2.5, 2.5, 2.5], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1320, args={'handle': [], 'value': -1.0}, expect='np.zeros(0)', value=np.array([], dtype=np.float64).reshape((0,)), has_value=True),
        Case(line=1321, args={'handle': [1.0], 'value': 1e+300}, error='torch_error', message='value cannot be converted to type float without overflow'),
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
    """tensor_zero_ (spec/ffi.yaml:1323)"""
    run_cases(variant, "tensor_zero_", [
        Case(line=1331, args={'handle': [[1.0, -2.0], [3.0, 4.0]]}, expect='np.zeros((2, 2))', value=np.array([0.0, 0.0, 0.0, 0.0], dtype=np.float64).reshape((2, 2)), has_value=True),
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
    """tensor_copy_ (spec/ffi.yaml:1333)"""
    run_cases(variant, "tensor_copy_", [
        Case(line=1341, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'src': [5.0, 6.0]}, expect='np.array([[5.0, 6.0], [5.0, 6.0]])', value=np.array([5.0, 6.0, 5.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1342, args={'handle': [1.0, 2.0, 3.0], 'src': [1.0, 2.0]}, error='torch_error', message='The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0'),
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
    """tensor_index (spec/ffi.yaml:1350)"""
    run_cases(variant, "tensor_index", [
        Case(line=1359, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, -1, 0, 0], 'tensors': []}, expect='handle[-1]', value=np.array([3.0, 4.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1360, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'indices': [2, -9223372036854775808, -9223372036854775808, -9223372036854775808, 2, -9223372036854775808, -9223372036854775808, 2], 'tensors': []}, expect='handle[:, ::2]', value=np.array([1.0, 3.0, 4.0, 6.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1361, args={'handle': [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 'indices': [2, 1, 3, -9223372036854775808], 'tensors': []}, expect='handle[1:3]', value=np.array([4.0, 5.0, 6.0], dtype=np.float64).reshape((1, 3)), has_value=True),
        Case(line=1362, args={'handle': [1.0, 2.0], 'indices': [4, 0, 0, 0, 3, 0, 0, 0], 'tensors': []}, expect='handle[..., None]', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2, 1)), has_value=True),
        Case(line=1363, args={'handle': [1.0, 2.0], 'indices': [5, 1, 0, 0], 'tensors': []}, expect='handle[True]', value=np.array([1.0, 2.0], dtype=np.float64).reshape((1, 2)), has_value=True),
        Case(line=1364, args={'handle': [1.0, 2.0], 'indices': [], 'tensors': []}, expect='handle', value=np.array([1.0, 2.0], dtype=np.float64).reshape((2,)), has_value=True),
        Case(line=1365, args={'handle': [1.0, 2.0], 'indices': [1, 5, 0, 0], 'tensors': []}, error='torch_error', message='index 5 is out of bounds for dimension 0 with size 2'),
        Case(line=1366, args={'handle': [1.0, 2.0], 'indices': [2, -9223372036854775808, -9223372036854775808, -1], 'tensors': []}, error='torch_error', message='step must be greater than zero'),
        Case(line=1367, args={'handle': [1.0, 2.0], 'indices': [2, -9223372036854775808, -9223372036854775808, 0], 'tensors': []}, error='torch_error', message='slice step cannot be zero'),
        Case(line=1368, args={'handle': [1.0, 2.0], 'indices': [6, 0, 0, 0], 'tensors': [[1.0]]}, error='torch_error', message='tensors used as indices must be long, int, byte or bool tensors'),
        Case(line=1369, args={'handle': [1.0, 2.0], 'indices': [1, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': 3 words are not whole groups of 4"),
        Case(line=1370, args={'handle': [1.0, 2.0], 'indices': [9, 0, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 has unknown kind 9"),
        Case(line=1371, args={'handle': [1.0, 2.0], 'indices': [3, 0, 7, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 (None) has word 2 = 7, which must be 0"),
        Case(line=1372, args={'handle': [1.0, 2.0], 'indices': [5, 2, 0, 0], 'tensors': []}, error='invalid_argument', message="argument 'indices': group 0 (bool) needs 0 or 1, got 2"),
        Case(line=1373, args={'handle': [1.0, 2.0], 'indices': [6, 1, 0, 0], 'tensors': [[0.0]]}, error='invalid_argument', message="argument 'indices': group 0 (tensor) refers to tensor 1 of 1 in 'tensors'"),
        Case(line=1374, args={'handle': [1.0, 2.0], 'indices': [1, 0, 0, 0], 'tensors': [[0.0]]}, error='invalid_argument', message="argument 'tensors': tensor 0 is not referenced by any index group"),
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
    """tensor_index_put_ (spec/ffi.yaml:1376)"""
    run_cases(variant, "tensor_index_put_", [
        Case(line=1385, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, 0, 0, 0], 'tensors': [], 'value': 7.5}, expect='np.array([[7.5, 7.5], [3.0, 4.0]])', value=np.array([7.5, 7.5, 3.0, 4.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1386, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [2, -9223372036854775808, -9223372036854775808, -9223372036854775808, 1, 1, 0, 0], 'tensors': [], 'value': [8.0, 9.0]}, expect='np.array([[1.0, 8.0], [3.0, 9.0]])', value=np.array([1.0, 8.0, 3.0, 9.0], dtype=np.float64).reshape((2, 2)), has_value=True),
        Case(line=1387, args={'handle': [1.0, 2.0, 3.0], 'indices': [], 'tensors': [], 'value': 0.5}, expect='np.full(3, 0.5)', value=np.array([0.5, 0.5, 0.5], dtype=np.float64).reshape((3,)), has_value=True),
        Case(line=1388, args={'handle': [1.0, 2.0], 'indices': [1, 2, 0, 0], 'tensors': [], 'value': 1.0}, error='torch_error', message='index 2 is out of bounds for dimension 0 with size 2'),
        Case(line=1389, args={'handle': [[1.0, 2.0], [3.0, 4.0]], 'indices': [1, 0, 0, 0], 'tensors': [], 'value': [1.0, 2.0, 3.0]}, error='torch_error', message='The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0'),
        Case(line=1390, args={'handle': [1.0, 2.0], 'indices': [0, 0, 0, 0], 'tensors': [], 'value': 1.0}, error='invalid_argument', message="argument 'indices': group 0 has unknown kind 0"),
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


def test_tensor_free(variant: Variant) -> None:
    """tensor_free (spec/ffi.yaml:1393)"""
    run_cases(variant, "tensor_free", [
        Case(line=1400, args={'handle': [1.0, 2.0]}, expect='None', value=None, has_value=True),
    ])


def test_tensor_free_bad_arguments(variant: Variant) -> None:
    """tensor_free: every hostile value of every argument gives the sentinel and an error."""
    run_bad_argument(variant, "tensor_free", "handle", "zero_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "negative_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "never_issued_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "freed_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "forged_handle", VALID)
    run_bad_argument(variant, "tensor_free", "handle", "foreign_table_handle", VALID)
