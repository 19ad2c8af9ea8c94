// stf/checkpoint.h — checkpoints in torch.save's format: a dict {name: tensor} (a state dict)
// that torch.load(path, weights_only=True) reads, and such files written by torch.save.
// Implemented in checkpoint.cpp (compiled once into the torch variant: the zip reader and
// writer headers stay out of the generated translation unit).
//
// Format: a zip archive (torch.save's default since torch 1.6) holding data.pkl, a pickle
// (protocol 2) of the dict whose tensors are torch._utils._rebuild_tensor_v2 calls over
// persistent storage ids, and one record data/<key> per storage (raw little-endian bytes).
// Writing uses libtorch's PyTorchStreamWriter; reading its PyTorchStreamReader plus a
// restricted unpickler of our own: it knows only what a state dict needs (dicts and
// OrderedDicts, str keys, tensors, parameters, the ints and tuples that describe them), holds
// every value in flat arrays (no recursion, no cycles), checks every length and index, and
// reads only the storage records it is asked for. Nothing in a file is ever executed.
//
// Errors (stf::Error, or c10::Error from the zip layer, which torch_guard reports as
// torch_error): a path that cannot be opened or is not a regular file, bad names, a file that
// is not a dict of tensors, a missing name -> InvalidArgument; a file that is not a zip
// archive, or whose pickle or records are damaged -> TorchError; the legacy (pre-1.6) format
// and storages of dtypes without a legacy storage class -> NotAvailable.
#pragma once

#include <vector>

#include <ATen/core/Tensor.h>

namespace stf {

// Writes {names[i]: tensors[i]} to `path` (created or truncated). `names` is the names joined
// by '\n' (each non-empty, valid UTF-8, unique; as many as tensors). Tensors keep their dtype,
// shape, strides and shared storages (like torch.save); CUDA tensors are copied to the CPU.
void save_checkpoint(const char* path, const char* names, const std::vector<at::Tensor>& tensors);

// The names of the tensors in `path`, in file order, joined by '\n' (a name that is empty or
// holds '\n' is refused: it could not be told apart). Borrowed: valid until the next call
// of checkpoint_names on this thread.
const char* checkpoint_names(const char* path);

// The tensor `name` of `path`, on the CPU (only its storage record is read). The last checkpoint
// parsed on a thread is kept (its data.pkl, not its tensors) and reused while the file's
// identity, size and modification time are unchanged, so checkpoint_names followed by
// checkpoint_tensor for every name parses data.pkl once.
at::Tensor checkpoint_tensor(const char* path, const char* name);

}  // namespace stf
