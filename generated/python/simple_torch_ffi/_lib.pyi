# generated from spec/ffi.yaml by `python -m codegen generate`; do not edit. spec hash c524218e063cfca1
"""Type stubs for the compiled cffi `lib` of simple_torch_ffi (both variants)."""

from typing import Any

_CData = Any

SIMPLE_TORCH_ABI_VERSION: int
SIMPLE_TORCH_ERR_OK: int
SIMPLE_TORCH_ERR_INVALID_HANDLE: int
SIMPLE_TORCH_ERR_INVALID_ARGUMENT: int
SIMPLE_TORCH_ERR_TORCH_ERROR: int
SIMPLE_TORCH_ERR_NOT_AVAILABLE: int
SIMPLE_TORCH_ERR_OUT_OF_MEMORY: int
SIMPLE_TORCH_ERR_INTERNAL: int

def simple_torch_available() -> bool:
    """True when this library was built against libtorch (false in the stub variant)."""

def simple_torch_version() -> _CData:
    """The library version, e.g. "0.1.0+torch2.13.0" or "0.1.0+stub"."""

def simple_torch_abi_version() -> int:
    """The ABI version this library implements (the spec's abi_version)."""

def simple_torch_spec_hash() -> _CData:
    """Hash of the spec the library was generated from; bindings refuse a library whose hash differs."""

def simple_torch_last_error() -> _CData:
    """Message of the last failed call on this thread ("" if the last call succeeded); borrowed, valid until the next call on this thread."""

def simple_torch_last_error_kind() -> int:
    """Kind code of the last failed call on this thread (0 if it succeeded); see the error kind constants."""

def simple_torch_last_warning() -> _CData:
    """The last warning libtorch raised during a call on this thread ("" if none yet); the library never prints them. Borrowed, valid until the next call on this thread."""

def simple_torch_live_handles() -> int:
    """Number of tensor handles currently alive (for leak checks)."""

def simple_torch_cuda_available() -> bool:
    """True when libtorch can use at least one CUDA device."""

def simple_torch_cuda_device_count() -> int:
    """Number of CUDA devices libtorch can use (0 without CUDA)."""

def simple_torch_tensor_zeros(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of zeros with the given dims and dtype."""

def simple_torch_tensor_ones(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of ones with the given dims and dtype."""

def simple_torch_tensor_randn(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of standard-normal random values with the given dims and (floating) dtype."""

def simple_torch_tensor_rand(dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of random values uniform in [0, 1) with the given dims and (floating) dtype (torch.rand)."""

def simple_torch_tensor_from_data(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New float32 tensor holding data (row-major) with the given dims; len(data) must equal their product."""

def simple_torch_tensor_from_f32(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New float32 tensor holding a copy of data (row-major, no conversion); len(data) must equal the product of dims."""

def simple_torch_tensor_add(a: int, b: int) -> int:
    """Element-wise a + b (broadcasting), a new tensor."""

def simple_torch_tensor_mul(a: int, b: int) -> int:
    """Element-wise a * b (broadcasting), a new tensor."""

def simple_torch_tensor_matmul(a: int, b: int) -> int:
    """Matrix product a @ b, a new tensor."""

def simple_torch_tensor_mm(a: int, b: int) -> int:
    """Matrix product of two 2-d tensors (torch.mm, no broadcasting), a new tensor."""

def simple_torch_tensor_dot(a: int, b: int) -> int:
    """Inner product of two 1-d tensors of the same size and dtype (torch.dot), a new 0-d tensor."""

def simple_torch_tensor_shape(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's dims, written to a caller buffer; returns the number of dims."""

def simple_torch_tensor_ndim(handle: int) -> int:
    """Number of dimensions of the tensor."""

def simple_torch_tensor_numel(handle: int) -> int:
    """Number of elements of the tensor."""

def simple_torch_tensor_to_data(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as f64 (row-major), written to a caller buffer; returns the element count."""

def simple_torch_tensor_to_f32(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as float32 (row-major), written to a caller buffer; returns the element count."""

def simple_torch_tensor_dtype(handle: int) -> int:
    """The tensor's dtype code (see the dtype table)."""

def simple_torch_tensor_to_dtype(handle: int, dtype: int) -> int:
    """A copy of the tensor converted to dtype (torch's rounding and wrapping rules)."""

def simple_torch_tensor_from_bytes(data: _CData, data_len: int, dims: _CData, dims_len: int, dtype: int) -> int:
    """New tensor of dtype with the given dims, holding a copy of data (raw row-major bytes; len(data) must be the product of dims times the dtype's size)."""

def simple_torch_tensor_to_bytes(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's raw bytes (row-major, its own dtype), written to a caller buffer; returns the byte count."""

def simple_torch_tensor_to_dlpack(handle: int, versioned: bool) -> int:
    """The tensor as a new DLPack managed tensor, zero copy: the address of a DLManagedTensorVersioned (versioned) or a legacy DLManagedTensor. The consumer owns it and calls its deleter exactly once; the memory stays valid until then, even after the handle is freed."""

def simple_torch_tensor_from_dlpack(managed: int, versioned: bool) -> int:
    """New tensor sharing the memory of the DLPack managed tensor at address managed (versioned: a DLManagedTensorVersioned, else a legacy DLManagedTensor). On success the library owns it (its deleter runs once the last tensor using the memory is freed); on failure the caller still owns it. The address must be a managed tensor or 0 (refused): like any C pointer it cannot be checked further."""

def simple_torch_tensor_from_i64(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New int64 tensor holding a copy of data (row-major, one memcpy, no conversion); len(data) must equal the product of dims."""

def simple_torch_tensor_to_i64(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as int64 (row-major, converted as torch's .to(torch.int64): floats truncate toward zero, bools are 0 and 1), written to a caller buffer; returns the element count. One memcpy for a contiguous int64 CPU tensor."""

def simple_torch_tensor_from_bool(data: _CData, data_len: int, dims: _CData, dims_len: int) -> int:
    """New bool tensor holding a copy of data (row-major, one memcpy; every element must be a C bool, 0 or 1, other bytes are refused); len(data) must equal the product of dims."""

def simple_torch_tensor_to_bool(handle: int, out: _CData, out_len: int) -> int:
    """The tensor's values as bools (row-major, converted as torch's .to(torch.bool): nonzero is true), written to a caller buffer; returns the element count. One memcpy for a contiguous bool CPU tensor."""

def simple_torch_scalar_tensor(value: float, dtype: int) -> int:
    """New 0-d tensor of dtype holding value (torch.scalar_tensor: a value out of the dtype's range is refused). The Simple API makes numbers in operations with it, as torch makes Python numbers: t.add_f64(0.5)."""

def simple_torch_relu(handle: int) -> int:
    """Rectified linear unit max(x, 0), a new tensor."""

def simple_torch_sigmoid(handle: int) -> int:
    """Logistic sigmoid 1 / (1 + exp(-x)), a new tensor."""

def simple_torch_tanh(handle: int) -> int:
    """Hyperbolic tangent, a new tensor."""

def simple_torch_tensor_cuda(handle: int, device_id: int) -> int:
    """Copy of the tensor on CUDA device device_id."""

def simple_torch_tensor_cpu(handle: int) -> int:
    """Copy of the tensor on the CPU (the same tensor if it is already there)."""

def simple_torch_tensor_is_cuda(handle: int) -> bool:
    """True when the tensor lives on a CUDA device."""

def simple_torch_tensor_device(handle: int) -> int:
    """The device code of the tensor (negative = CPU, N = CUDA device N)."""

def simple_torch_tensor_to_device(handle: int, device_code: int) -> int:
    """Copy of the tensor on the device given by device_code (negative = CPU, N = CUDA device N)."""

def simple_torch_cuda_synchronize(device_id: int) -> None:
    """Wait until all work queued on every stream of CUDA device device_id has finished (torch.cuda.synchronize)."""

def simple_torch_tensor_sub(a: int, b: int) -> int:
    """Element-wise a - b (broadcasting), a new tensor."""

def simple_torch_tensor_div(a: int, b: int) -> int:
    """Element-wise a / b (broadcasting, true division), a new tensor."""

def simple_torch_tensor_neg(handle: int) -> int:
    """Element-wise -x, a new tensor."""

def simple_torch_tensor_exp(handle: int) -> int:
    """Element-wise exp(x), a new tensor."""

def simple_torch_tensor_log(handle: int) -> int:
    """Element-wise natural logarithm, a new tensor (NaN for negative inputs, as in torch)."""

def simple_torch_tensor_sum(handle: int) -> int:
    """Sum of all elements, a new 0-d tensor (integer and bool tensors sum to int64, as torch; ABI 3, was f64)."""

def simple_torch_tensor_mean(handle: int) -> int:
    """Mean of all elements, a new 0-d tensor of a floating tensor (NaN when empty; ABI 3, was f64)."""

def simple_torch_tensor_prod(handle: int) -> int:
    """Product of all elements, a new 0-d tensor (1 when empty; integer and bool tensors give int64, as torch)."""

def simple_torch_tensor_std(handle: int) -> int:
    """Standard deviation of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor."""

def simple_torch_tensor_var(handle: int) -> int:
    """Variance of all elements (Bessel-corrected, as torch; NaN for fewer than two), a new 0-d tensor."""

def simple_torch_tensor_reshape(handle: int, dims: _CData, dims_len: int) -> int:
    """The tensor with new dims (one may be -1 to infer it), a new tensor."""

def simple_torch_tensor_transpose(handle: int, dim0: int, dim1: int) -> int:
    """The tensor with dims dim0 and dim1 swapped, a new tensor."""

def simple_torch_tensor_view(handle: int, dims: _CData, dims_len: int) -> int:
    """The tensor with new dims (one may be -1 to infer it) sharing its memory (torch's view; a tensor whose strides do not allow it is refused, reshape copies instead), a new tensor."""

def simple_torch_tensor_permute(handle: int, dims: _CData, dims_len: int) -> int:
    """The tensor with its dims reordered (dim i of the result is dim dims[i]), a new tensor sharing memory."""

def simple_torch_softmax(handle: int, dim: int) -> int:
    """Softmax along dim, a new tensor."""

def simple_torch_tensor_full(dims: _CData, dims_len: int, value: float, dtype: int) -> int:
    """New tensor with the given dims and dtype, every element equal to value."""

def simple_torch_tensor_arange(start: float, end: float, step: float, dtype: int) -> int:
    """New 1-d tensor of values from start (inclusive) to end (exclusive) by step, of the given dtype."""

def simple_torch_tensor_eye(n: int, dtype: int) -> int:
    """New n x n identity matrix of the given dtype."""

def simple_torch_tensor_cat(tensors: _CData, tensors_len: int, dim: int) -> int:
    """Concatenation of the tensors along dim, a new tensor."""

def simple_torch_tensor_clone(handle: int) -> int:
    """A copy of the tensor that shares no memory with it."""

def simple_torch_tensor_eq(a: int, b: int) -> int:
    """Element-wise a == b (broadcasting), a new bool tensor."""

def simple_torch_tensor_ne(a: int, b: int) -> int:
    """Element-wise a != b (broadcasting), a new bool tensor."""

def simple_torch_tensor_lt(a: int, b: int) -> int:
    """Element-wise a < b (broadcasting), a new bool tensor."""

def simple_torch_tensor_le(a: int, b: int) -> int:
    """Element-wise a <= b (broadcasting), a new bool tensor."""

def simple_torch_tensor_gt(a: int, b: int) -> int:
    """Element-wise a > b (broadcasting), a new bool tensor."""

def simple_torch_tensor_ge(a: int, b: int) -> int:
    """Element-wise a >= b (broadcasting), a new bool tensor."""

def simple_torch_tensor_logical_and(a: int, b: int) -> int:
    """Element-wise logical a and b (nonzero is true), a new bool tensor."""

def simple_torch_tensor_logical_or(a: int, b: int) -> int:
    """Element-wise logical a or b (nonzero is true), a new bool tensor."""

def simple_torch_tensor_logical_not(handle: int) -> int:
    """Element-wise logical not (zero is false), a new bool tensor."""

def simple_torch_tensor_where(handle: int, condition: int, other: int) -> int:
    """Elements of the tensor where condition (a bool tensor) is true, of other elsewhere (broadcasting, torch's promotion of the two), a new tensor."""

def simple_torch_tensor_any(handle: int) -> bool:
    """True when any element is nonzero."""

def simple_torch_tensor_all(handle: int) -> bool:
    """True when every element is nonzero."""

def simple_torch_tensor_abs(handle: int) -> int:
    """Element-wise |x|, a new tensor."""

def simple_torch_tensor_sqrt(handle: int) -> int:
    """Element-wise square root (NaN for negative inputs, as in torch), a new tensor."""

def simple_torch_tensor_floor(handle: int) -> int:
    """Element-wise floor, a new tensor."""

def simple_torch_tensor_ceil(handle: int) -> int:
    """Element-wise ceiling, a new tensor."""

def simple_torch_tensor_round(handle: int) -> int:
    """Element-wise rounding to the nearest integer, halves to even (as torch), a new tensor."""

def simple_torch_tensor_clamp(handle: int, min_value: float, max_value: float) -> int:
    """Element-wise x limited to [min_value, max_value], a new tensor."""

def simple_torch_tensor_floor_divide(a: int, b: int) -> int:
    """Element-wise floor(a / b) (broadcasting), a new tensor."""

def simple_torch_tensor_remainder(a: int, b: int) -> int:
    """Element-wise a mod b with the sign of b (Python's %, broadcasting), a new tensor."""

def simple_torch_tensor_pow(a: int, b: int) -> int:
    """Element-wise a ** b (broadcasting), a new tensor."""

def simple_torch_tensor_sum_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Sum over dim (kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_mean_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Mean over dim (kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_max_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Largest element over dim (kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_min_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Smallest element over dim (kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_argmax(handle: int, dim: int, keepdim: bool) -> int:
    """Index of the largest element over dim (kept as size 1 when keepdim), a new int64 tensor."""

def simple_torch_tensor_argmin(handle: int, dim: int, keepdim: bool) -> int:
    """Index of the smallest element over dim (kept as size 1 when keepdim), a new int64 tensor."""

def simple_torch_tensor_prod_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Product over dim (kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_std_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Standard deviation over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_var_dim(handle: int, dim: int, keepdim: bool) -> int:
    """Variance over dim (Bessel-corrected, as torch; kept as size 1 when keepdim), a new tensor."""

def simple_torch_tensor_item_f64(handle: int) -> float:
    """The one element of a one-element tensor, as f64."""

def simple_torch_tensor_item_i64(handle: int) -> int:
    """The one element of a one-element tensor, as i64 (truncated toward zero)."""

def simple_torch_tensor_squeeze(handle: int, dim: int) -> int:
    """The tensor without dim when its size is 1 (unchanged otherwise), a new tensor."""

def simple_torch_tensor_unsqueeze(handle: int, dim: int) -> int:
    """The tensor with a new dim of size 1 at dim, a new tensor."""

def simple_torch_tensor_flatten(handle: int, start_dim: int, end_dim: int) -> int:
    """The tensor with dims start_dim..end_dim merged into one, a new tensor."""

def simple_torch_tensor_contiguous(handle: int) -> int:
    """The tensor with its elements in row-major order in memory, a new tensor."""

def simple_torch_tensor_expand(handle: int, dims: _CData, dims_len: int) -> int:
    """The tensor broadcast to dims (-1 keeps a dim), a new tensor sharing memory."""

def simple_torch_tensor_narrow(handle: int, dim: int, start: int, length: int) -> int:
    """length elements of dim from start, a new tensor sharing memory."""

def simple_torch_tensor_slice(handle: int, dim: int, start: int, end: int, step: int) -> int:
    """Elements start, start + step, ... before end of dim (Python's slicing), a new tensor sharing memory."""

def simple_torch_tensor_select(handle: int, dim: int, index: int) -> int:
    """The slice at index of dim (that dim removed), a new tensor sharing memory."""

def simple_torch_tensor_index_select(handle: int, dim: int, index: int) -> int:
    """The slices of dim at the int64 indexes in index, a new tensor."""

def simple_torch_tensor_masked_select(handle: int, mask: int) -> int:
    """The elements where mask (a bool tensor, broadcast) is true, a new 1-d tensor."""

def simple_torch_tensor_requires_grad(handle: int) -> bool:
    """True when autograd records operations on the tensor (torch's requires_grad)."""

def simple_torch_tensor_requires_grad_(handle: int, requires_grad: bool) -> None:
    """Switch autograd recording for the tensor on or off (a leaf of a floating dtype; torch's requires_grad_)."""

def simple_torch_tensor_grad(handle: int) -> int:
    """The gradient accumulated by backward, a new tensor; none (the handle 0 with no error) when the tensor has none."""

def simple_torch_tensor_zero_grad(handle: int) -> None:
    """Drop the tensor's gradient (grad becomes none; torch's zero_grad(set_to_none=True))."""

def simple_torch_tensor_backward(handle: int, gradient: int, retain_graph: bool) -> None:
    """Accumulate the gradients of the tensor into the leaves that require grad (gradient none = 1 for a one-element tensor; retain_graph keeps the graph for another backward)."""

def simple_torch_tensor_detach(handle: int) -> int:
    """The tensor cut from the autograd graph (no grad, sharing memory), a new tensor."""

def simple_torch_is_grad_enabled() -> bool:
    """True when gradient mode is on for the calling thread (libtorch's thread-local GradMode)."""

def simple_torch_set_grad_enabled(enabled: bool) -> bool:
    """Switch gradient mode for the calling thread; returns the previous mode (torch.set_grad_enabled, no_grad)."""

def simple_torch_tensor_fill_(handle: int, value: float) -> None:
    """Writes value (converted to the tensor's dtype) into every element, in place."""

def simple_torch_tensor_zero_(handle: int) -> None:
    """Writes zero into every element, in place."""

def simple_torch_tensor_copy_(handle: int, src: int) -> None:
    """Writes src into the tensor (src broadcast to its shape, converted to its dtype), in place."""

def simple_torch_tensor_index(handle: int, indices: _CData, indices_len: int, tensors: _CData, tensors_len: int) -> int:
    """handle[key] as torch indexes (a view for integers, slices, None and Ellipsis; a copy with index tensors), the key encoded in indices (groups [kind, a, b, c]) and tensors."""

def simple_torch_tensor_index_put_(handle: int, indices: _CData, indices_len: int, tensors: _CData, tensors_len: int, value: int) -> None:
    """handle[key] = value as torch assigns (value broadcast and converted to the tensor's dtype), in place; the key encoded as for tensor_index."""

def simple_torch_save(path: bytes | _CData, names: bytes | _CData, tensors: _CData, tensors_len: int) -> None:
    """Write tensors to path as a dict {name: tensor} (a state dict) that torch.load(path, weights_only=True) reads; names are the tensors' names joined by '\n' (each non-empty, unique, valid UTF-8; as many as tensors)."""

def simple_torch_load_names(path: bytes | _CData) -> _CData:
    """The names of the tensors in the torch.save file at path (a dict of tensors, e.g. a state dict), in file order, joined by '\n'; borrowed, valid until the next load_names call on this thread."""

def simple_torch_load_tensor(path: bytes | _CData, name: bytes | _CData) -> int:
    """The tensor called name in the torch.save file at path (a dict of tensors), a new tensor on the CPU; only its storage is read."""

def simple_torch_linear(input: int, weight: int, bias: int) -> int:
    """input @ weight^T + bias (no bias when none), a new tensor."""

def simple_torch_conv2d(input: int, weight: int, bias: int, stride: _CData, stride_len: int, padding: _CData, padding_len: int, dilation: _CData, dilation_len: int, groups: int) -> int:
    """2-d convolution of input (N, C, H, W) or (C, H, W) with weight (out, C / groups, kH, kW) plus bias; stride, padding and dilation are one int or one per spatial dim, a new tensor."""

def simple_torch_max_pool2d(input: int, kernel_size: _CData, kernel_size_len: int, stride: _CData, stride_len: int, padding: _CData, padding_len: int, dilation: _CData, dilation_len: int, ceil_mode: bool) -> int:
    """2-d max pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor."""

def simple_torch_avg_pool2d(input: int, kernel_size: _CData, kernel_size_len: int, stride: _CData, stride_len: int, padding: _CData, padding_len: int, ceil_mode: bool, count_include_pad: bool) -> int:
    """2-d average pooling over kernel_size windows (stride empty = kernel_size; each one int or one per spatial dim), a new tensor."""

def simple_torch_batch_norm(input: int, running_mean: int, running_var: int, weight: int, bias: int, training: bool, momentum: float, eps: float) -> int:
    """Batch normalization over dim 1 of input; training normalizes by the batch's statistics and updates running_mean/running_var in place (momentum), else uses them, a new tensor."""

def simple_torch_layer_norm(input: int, normalized_shape: _CData, normalized_shape_len: int, weight: int, bias: int, eps: float) -> int:
    """Layer normalization over the last dims of input given by normalized_shape (then * weight + bias), a new tensor."""

def simple_torch_dropout(input: int, p: float, training: bool) -> int:
    """Zeroes each element with probability p and scales the others by 1 / (1 - p) when training (the identity otherwise), a new tensor."""

def simple_torch_embedding(input: int, weight: int) -> int:
    """The rows of weight at the int64 indices in input (a lookup table), a new tensor of shape input.shape + (weight.shape[1],)."""

def simple_torch_gelu(input: int, approximate: bytes | _CData) -> int:
    """Gaussian error linear unit x * Phi(x) (approximate "none", exact) or its "tanh" approximation, a new tensor."""

def simple_torch_leaky_relu(input: int, negative_slope: float) -> int:
    """Element-wise x where x >= 0, negative_slope * x elsewhere, a new tensor."""

def simple_torch_log_softmax(input: int, dim: int) -> int:
    """log(softmax(x)) along dim, computed stably, a new tensor."""

def simple_torch_mse_loss(input: int, target: int, reduction: bytes | _CData) -> int:
    """Mean squared error (input - target)^2 (broadcasting), reduced as reduction says, a new tensor."""

def simple_torch_cross_entropy(input: int, target: int, weight: int, ignore_index: int, reduction: bytes | _CData, label_smoothing: float) -> int:
    """Cross entropy of logits input (N, C, ...) against target class indices (int64, N, ...) or class probabilities (input's shape), with class weights, ignore_index and label smoothing, reduced as reduction says, a new tensor."""

def simple_torch_nll_loss(input: int, target: int, weight: int, ignore_index: int, reduction: bytes | _CData) -> int:
    """Negative log likelihood of log-probabilities input (N, C, ...) at the int64 class indices target (N, ...), with class weights and ignore_index, reduced as reduction says, a new tensor."""

def simple_torch_binary_cross_entropy_with_logits(input: int, target: int, weight: int, reduction: bytes | _CData, pos_weight: int) -> int:
    """Binary cross entropy of sigmoid(input) against target (the same size), with element weights and pos_weight for positives, computed stably, reduced as reduction says, a new tensor."""

def simple_torch_manual_seed(seed: int) -> None:
    """Seed libtorch's default random generators (CPU and every CUDA device), as torch.manual_seed; randn and dropout then repeat."""

def simple_torch_tensor_maximum(a: int, b: int) -> int:
    """Element-wise max(a, b) (broadcasting; NaN wins), a new tensor."""

def simple_torch_tensor_add_(handle: int, other: int, alpha: float) -> None:
    """Adds alpha * other to the tensor, in place."""

def simple_torch_tensor_mul_(handle: int, other: int) -> None:
    """Multiplies the tensor by other, in place."""

def simple_torch_tensor_addcmul_(handle: int, tensor1: int, tensor2: int, value: float) -> None:
    """Adds value * tensor1 * tensor2 to the tensor, in place."""

def simple_torch_tensor_addcdiv_(handle: int, tensor1: int, tensor2: int, value: float) -> None:
    """Adds value * tensor1 / tensor2 to the tensor, in place."""

def simple_torch_tensor_lerp_(handle: int, end: int, weight: float) -> None:
    """Moves the tensor toward end by weight (self + weight * (end - self)), in place."""

def simple_torch_tensor_uniform_(handle: int, low: float, high: float) -> None:
    """Fills the tensor with values drawn uniformly from [low, high), in place, from the default generator (manual_seed), as torch's uniform_."""

def simple_torch_tensor_free(handle: int) -> None:
    """Release the tensor handle; an invalid or already freed handle is reported through last_error and otherwise ignored."""

def simple_torch_scope_begin() -> int:
    """Open a handle scope on the calling thread and return its id: every tensor handle the thread creates until the scope ends belongs to it (scopes nest; the innermost owns new handles)."""

def simple_torch_scope_end(scope: int) -> int:
    """End the calling thread's innermost scope (scope must be its id): free every handle created in it that is still alive and was not kept; returns how many were freed."""

def simple_torch_scope_keep(handle: int) -> None:
    """Keep the handle past the scope that owns it: it moves to that scope's enclosing scope, or becomes unscoped at the outermost one (an unscoped handle stays so)."""

def simple_torch_census() -> _CData:
    """The live tensor handles per spec function that created them, one line "<function> <count>" each, most first, then by name ("" when none); borrowed, valid until the next census call on this thread."""
