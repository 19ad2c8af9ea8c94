"""`Module`: the base of layers and models, with torch.nn.Module's bookkeeping.

Attributes that are Parameters, Modules or registered buffers are tracked in assignment order;
`parameters()`, `named_parameters()`, `children()`, `modules()`, `train()`/`eval()`,
`state_dict()`/`load_state_dict()` (torch's key names: "0.weight", "1.running_mean"),
`zero_grad()`, `to()`/`float()`/`double()` and `module(x)` -> `forward(x)` behave as torch's.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple, TypeVar

import numpy as np

from .._api import Tensor
from ..autograd import no_grad
from ..tensor import TensorBase, from_dlpack
from .parameter import Parameter

__all__ = ["Module"]

M = TypeVar("M", bound="Module")


class _IncompatibleKeys(NamedTuple):
    missing_keys: list[str]
    unexpected_keys: list[str]


def _as_tensor(value: Any) -> Tensor:
    """A state_dict value as a Tensor of this library: ours as is, anything with __dlpack__
    (a torch tensor) shared, arrays copied."""
    if isinstance(value, TensorBase):
        return value  # type: ignore[return-value]
    if hasattr(value, "__dlpack__") and not isinstance(value, np.ndarray):
        detach = getattr(value, "detach", None)
        return from_dlpack(detach() if detach is not None else value)  # type: ignore[return-value]
    return Tensor(np.asarray(value))


class Module:
    """Base class of every layer and model: subclasses set attributes in __init__ and define
    forward()."""

    training: bool
    _parameters: dict[str, Parameter | None]
    _buffers: dict[str, Tensor | None]
    _non_persistent_buffers_set: set[str]
    _modules: dict[str, Module | None]

    def __init__(self) -> None:
        object.__setattr__(self, "training", True)
        object.__setattr__(self, "_parameters", {})
        object.__setattr__(self, "_buffers", {})
        object.__setattr__(self, "_non_persistent_buffers_set", set())
        object.__setattr__(self, "_modules", {})

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(
            f'Module [{type(self).__name__}] is missing the required "forward" function')

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.forward(*args, **kwargs)

    # ---- registration -------------------------------------------------------------------
    def _check_name(self, name: Any, kind: str) -> None:
        if "_parameters" not in self.__dict__:
            raise AttributeError(f"cannot assign {kind} before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError(f"{kind} name should be a string. Got {type(name).__name__}")
        if "." in name:
            raise KeyError(f'{kind} name can\'t contain "."')
        if name == "":
            raise KeyError(f'{kind} name can\'t be empty string ""')

    def register_parameter(self, name: str, param: Parameter | None) -> None:
        """Add a parameter (None: a declared but absent one, like a Linear without bias)."""
        self._check_name(name, "parameter")
        if hasattr(self, name) and name not in self._parameters:
            raise KeyError(f"attribute '{name}' already exists")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(f"cannot assign '{type(param).__name__}' object to parameter "
                            f"'{name}' (stf.nn.Parameter or None required)")
        self._parameters[name] = param

    def register_buffer(self, name: str, tensor: Tensor | None, persistent: bool = True) -> None:
        """Add a buffer: state that is not a parameter (running_mean); in state_dict() when
        persistent."""
        self._check_name(name, "buffer")
        if hasattr(self, name) and name not in self._buffers:
            raise KeyError(f"attribute '{name}' already exists")
        if tensor is not None and not isinstance(tensor, TensorBase):
            raise TypeError(f"cannot assign '{type(tensor).__name__}' object to buffer "
                            f"'{name}' (Tensor or None required)")
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name: str, module: Module | None) -> None:
        """Add a child module, reachable as an attribute of that name."""
        self._check_name(name, "module")
        if module is not None and not isinstance(module, Module):
            raise TypeError(f"{type(module).__name__} is not a Module subclass")
        if hasattr(self, name) and name not in self._modules:
            raise KeyError(f"attribute '{name}' already exists")
        self._modules[name] = module

    register_module = add_module

    def __setattr__(self, name: str, value: Any) -> None:
        d = self.__dict__
        params = d.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            self._forget(name)
            self.register_parameter(name, value)
        elif params is not None and name in params:
            if value is not None:
                raise TypeError(f"cannot assign '{type(value).__name__}' as parameter "
                                f"'{name}' (stf.nn.Parameter or None expected)")
            params[name] = None
        elif isinstance(value, Module):
            if params is None:
                raise AttributeError("cannot assign module before Module.__init__() call")
            self._forget(name)
            self._modules[name] = value
        elif "_modules" in d and name in d["_modules"]:
            if value is not None:
                raise TypeError(f"cannot assign '{type(value).__name__}' as child module "
                                f"'{name}' (stf.nn.Module or None expected)")
            d["_modules"][name] = None
        elif "_buffers" in d and name in d["_buffers"]:
            if value is not None and not isinstance(value, TensorBase):
                raise TypeError(f"cannot assign '{type(value).__name__}' as buffer '{name}' "
                                "(Tensor or None expected)")
            d["_buffers"][name] = value
        else:
            object.__setattr__(self, name, value)

    def _forget(self, name: str) -> None:
        self.__dict__.pop(name, None)
        for table in ("_parameters", "_buffers", "_modules"):
            self.__dict__[table].pop(name, None)
        self._non_persistent_buffers_set.discard(name)

    def __getattr__(self, name: str) -> Any:
        # only called when normal lookup fails: parameters, buffers and children
        d = self.__dict__
        for table in ("_parameters", "_buffers", "_modules"):
            if table in d and name in d[table]:
                return d[table][name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name: str) -> None:
        for table in ("_parameters", "_buffers", "_modules"):
            if name in self.__dict__.get(table, ()):
                del self.__dict__[table][name]
                self._non_persistent_buffers_set.discard(name)
                return
        object.__delattr__(self, name)

    # ---- iteration ----------------------------------------------------------------------
    def named_modules(self, memo: set[int] | None = None, prefix: str = "",
                      remove_duplicate: bool = True) -> Iterator[tuple[str, Module]]:
        """(name, module) for this module and every descendant, depth first."""
        if memo is None:
            memo = set()
        if remove_duplicate:
            if id(self) in memo:
                return
            memo.add(id(self))
        yield prefix, self
        for name, child in self._modules.items():
            if child is not None:
                yield from child.named_modules(memo, f"{prefix}.{name}" if prefix else name,
                                               remove_duplicate)

    def modules(self) -> Iterator[Module]:
        for _, m in self.named_modules():
            yield m

    def named_children(self) -> Iterator[tuple[str, Module]]:
        seen: set[int] = set()
        for name, child in self._modules.items():
            if child is not None and id(child) not in seen:
                seen.add(id(child))
                yield name, child

    def children(self) -> Iterator[Module]:
        for _, child in self.named_children():
            yield child

    def _named_members(self, table: str, prefix: str, recurse: bool,
                       remove_duplicate: bool) -> Iterator[tuple[str, Any]]:
        seen: set[int] = set()
        mods = (self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate)
                if recurse else iter([(prefix, self)]))
        for mod_prefix, mod in mods:
            for name, value in getattr(mod, table).items():
                if value is None or (remove_duplicate and id(value) in seen):
                    continue
                seen.add(id(value))
                yield (f"{mod_prefix}.{name}" if mod_prefix else name), value

    def named_parameters(self, prefix: str = "", recurse: bool = True,
                         remove_duplicate: bool = True) -> Iterator[tuple[str, Parameter]]:
        """(name, parameter) pairs with torch's dotted names ("0.weight")."""
        return self._named_members("_parameters", prefix, recurse, remove_duplicate)

    def parameters(self, recurse: bool = True) -> Iterator[Parameter]:
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix: str = "", recurse: bool = True,
                      remove_duplicate: bool = True) -> Iterator[tuple[str, Tensor]]:
        return self._named_members("_buffers", prefix, recurse, remove_duplicate)

    def buffers(self, recurse: bool = True) -> Iterator[Tensor]:
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    def apply(self: M, fn: Callable[[Module], None]) -> M:
        """fn(m) for every descendant, then this module; self."""
        for child in self.children():
            child.apply(fn)
        fn(self)
        return self

    # ---- modes and gradients ------------------------------------------------------------
    def train(self: M, mode: bool = True) -> M:
        """Training mode (dropout drops, batch norm uses batch statistics) for this module and
        its descendants; self."""
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        object.__setattr__(self, "training", mode)
        for child in self.children():
            child.train(mode)
        return self

    def eval(self: M) -> M:
        """Evaluation mode: train(False); self."""
        return self.train(False)

    def requires_grad_(self: M, requires_grad: bool = True) -> M:
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Drop every parameter's gradient (set_to_none=False: fill it with zeros)."""
        for p in self.parameters():
            if set_to_none:
                p.grad = None
            else:
                g = p.grad
                if g is not None:
                    g.zero_()

    # ---- state ----------------------------------------------------------------------------
    def state_dict(self, *, destination: dict[str, Tensor] | None = None, prefix: str = "",
                   keep_vars: bool = False) -> dict[str, Tensor]:
        """Parameters and persistent buffers by dotted name (this module's own first, then each
        child's): detached tensors sharing the module's memory, unless keep_vars."""
        if destination is None:
            destination = OrderedDict()
        for name, p in self._parameters.items():
            if p is not None:
                destination[prefix + name] = p if keep_vars else p.detach()
        for name, b in self._buffers.items():
            if b is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = b if keep_vars else b.detach()
        for name, child in self._modules.items():
            if child is not None:
                child.state_dict(destination=destination, prefix=f"{prefix}{name}.",
                                 keep_vars=keep_vars)
        return destination

    def load_state_dict(self, state_dict: Mapping[str, Any], strict: bool = True,
                        assign: bool = False) -> _IncompatibleKeys:
        """Copy the values of state_dict (Tensors of this library, torch tensors or arrays)
        into the parameters and buffers in place, as torch does; with strict, missing and
        unexpected keys are errors. Returns (missing_keys, unexpected_keys)."""
        if not isinstance(state_dict, Mapping):
            raise TypeError(f"Expected state_dict to be dict-like, got {type(state_dict)}.")
        missing: list[str] = []
        errors: list[str] = []
        expected: set[str] = set()
        for mod_prefix, mod in self.named_modules():
            pre = f"{mod_prefix}." if mod_prefix else ""
            local: list[tuple[str, Tensor, bool]] = [
                (n, p, True) for n, p in mod._parameters.items() if p is not None]
            local += [(n, b, False) for n, b in mod._buffers.items()
                      if b is not None and n not in mod._non_persistent_buffers_set]
            for name, current, is_param in local:
                key = pre + name
                expected.add(key)
                if key not in state_dict:
                    missing.append(key)
                    continue
                value = state_dict[key]
                if not isinstance(value, TensorBase) and not hasattr(value, "shape"):
                    errors.append(f'While copying the parameter named "{key}", expected '
                                  f"Tensor or Tensor-like object from checkpoint but "
                                  f"received {type(value)}")
                    continue
                src = _as_tensor(value)
                if tuple(src.shape) != tuple(current.shape):
                    errors.append(f"size mismatch for {key}: copying a param with shape "
                                  f"{tuple(src.shape)} from checkpoint, the shape in current "
                                  f"model is {current.shape}.")
                    continue
                if assign:
                    new: Tensor = src.to(device=current.device)
                    if is_param:
                        mod._parameters[name] = Parameter(new, current.requires_grad)
                    else:
                        mod._buffers[name] = new
                else:
                    with no_grad():
                        current.copy_(src)
        unexpected = [k for k in state_dict if k not in expected]
        if strict:
            if unexpected:
                errors.insert(0, "Unexpected key(s) in state_dict: "
                              + ", ".join(f'"{k}"' for k in unexpected) + ". ")
            if missing:
                errors.insert(0, "Missing key(s) in state_dict: "
                              + ", ".join(f'"{k}"' for k in missing) + ". ")
        if errors:
            raise RuntimeError(f"Error(s) in loading state_dict for {type(self).__name__}:\n\t"
                               + "\n\t".join(errors))
        return _IncompatibleKeys(missing, unexpected)

    # ---- conversion -----------------------------------------------------------------------
    def _apply(self: M, fn: Callable[[Tensor], Tensor]) -> M:
        """Replace every parameter and buffer t by fn(t) (a Parameter stays a Parameter with
        its requires_grad); build optimizers after converting, as with torch."""
        for mod in self.modules():
            for name, p in list(mod._parameters.items()):
                if p is not None:
                    mod._parameters[name] = Parameter(fn(p.detach()), p.requires_grad)
            for name, b in list(mod._buffers.items()):
                if b is not None:
                    mod._buffers[name] = fn(b)
        return self

    def to(self: M, device: Any = None, dtype: Any = None) -> M:
        """Move parameters and buffers to a device and/or convert their floating dtype:
        to("cuda"), to(dtype="float64"), to("float64"), to("cuda", "float64"), as torch's."""
        if dtype is None and device is not None and not _is_device(device):
            device, dtype = None, device
        if device is None and dtype is None:
            raise TypeError("to() needs a device or a dtype")

        def convert(t: Tensor) -> Tensor:
            floating = t.dtype in ("float32", "float64", "float16", "bfloat16")
            if dtype is not None and floating:
                t = t.to(dtype=dtype)
            if device is not None:
                t = t.to(device)
            return t
        return self._apply(convert)

    def float(self: M) -> M:
        return self.to(dtype="float32")

    def double(self: M) -> M:
        return self.to(dtype="float64")

    def cpu(self: M) -> M:
        return self.to("cpu")

    def cuda(self: M, device: int | None = None) -> M:
        return self.to("cuda" if device is None else f"cuda:{device}")

    # ---- text -----------------------------------------------------------------------------
    def extra_repr(self) -> str:
        return ""

    def __repr__(self) -> str:
        lines = []
        for name, child in self._modules.items():
            body = repr(child).replace("\n", "\n  ")
            lines.append(f"({name}): {body}")
        extra = self.extra_repr()
        if not lines:
            return f"{type(self).__name__}({extra})"
        head = f"{type(self).__name__}(" + (f"\n  {extra}" if extra else "")
        return head + "\n  " + "\n  ".join(lines) + "\n)"


def _is_device(value: Any) -> bool:
    """Whether a positional argument of Module.to() is a device (else a dtype)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    text = str(value)
    return text == "cpu" or text.startswith("cuda")
