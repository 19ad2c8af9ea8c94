"""How each spec function is named in the Simple Tier-3 API (mod.spl).

- A function whose first argument is a Tensor (a value holding exactly one) is a `Tensor`
  method named naming.simple_short(name) (an in-place `fill_` is `fill_inplace`); the function
  with the core role `free` is `Tensor.drop()`.
- Every other function is naming.simple_free_function(name) (`torch_<short>`, or upstream's
  bare name: `cuda_available`).
- A creation function (a tensor result, no Tensor among its arguments) is also a static
  constructor `Tensor.<short>` (Tensor.zeros(dims), Tensor.from_data(data, dims)), as upstream's
  Tier 3 spells them; it calls the free function.
- A method's only other Tensor argument is called `other` (a.add(other)) unless an argument
  already has that name.
- An operation whose other operand may be a number in torch (naming.NUMBER_OPERAND_OPERATIONS,
  a method of two Tensors giving a Tensor) also has one method per Simple number type:
  a.add_f64(2.5), a.lt_i64(3) (naming.simple_number_method).

codegen/validate_simple.py refuses specs whose functions cannot be named so (clashes with each
other, with what the Tensor class defines itself, or with Simple's reserved words).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import naming
from ..model import Arg, Function
from .simple_types import TABLE, TENSOR_CLASS

DROP_ROLE = "free"
DROP_METHOD = "drop"
# The Simple number types a number method takes (mod.spl's helpers make 0-d tensors of them).
NUMBER_TYPES = ("f64", "i64")

# What the Tensor class of templates/simple/mod.spl.j2 defines itself (fields, constructors,
# helpers); no spec function may become a method of these names. tests/test_simple_files.py
# checks this list against the rendered class.
TENSOR_MEMBERS: frozenset[str] = frozenset({
    "handle", "owns_handle", "backend", "pure_tensor", "error_message",
    "from_handle", "from_pure", "none", "is_none", "failed", "native_failure", "is_ok", "size",
    DROP_METHOD,
})


@dataclass(frozen=True)
class Tier3Name:
    """A spec function's place in mod.spl."""

    name: str  # the method name (on Tensor) or the free function's name
    is_method: bool
    is_drop: bool
    params: tuple[tuple[str, Arg], ...]  # Tier-3 name and spec argument, self excluded
    constructor: str | None = None  # the static Tensor.<name> of a creation function

    @property
    def qualified(self) -> str:
        """Tensor.add, torch_zeros."""
        return f"{TENSOR_CLASS}.{self.name}" if self.is_method else self.name


def is_receiver(arg: Arg) -> bool:
    """Whether a function whose first argument is `arg` is a Tensor method."""
    return TABLE[arg.type].tensors == "one"


def tier3_name(f: Function) -> Tier3Name:
    if f.args and is_receiver(f.args[0]):
        is_drop = f.role == DROP_ROLE
        rest = f.args[1:]
        tensors = [a for a in rest if TABLE[a.type].tensors == "one"]
        names = [a.name for a in rest]
        params = tuple((naming.other_param(a.name, names, len(tensors) == 1 and a is tensors[0]),
                        a) for a in rest)
        return Tier3Name(DROP_METHOD if is_drop else naming.simple_short(f.name), True, is_drop,
                         params)
    creation = TABLE[f.returns].result == "handle" and not any(
        TABLE[a.type].holds_tensors for a in f.args)
    return Tier3Name(naming.simple_free_function(f.name), False, False,
                     tuple((a.name, a) for a in f.args),
                     naming.simple_short(f.name) if creation else None)


def number_methods(f: Function) -> list[tuple[str, str]]:
    """(method name, Simple number type) of each number method of f (none for most)."""
    t3 = tier3_name(f)
    binary = (t3.is_method and len(f.args) == 2 and TABLE[f.returns].result == "handle"
              and all(TABLE[a.type].tensors == "one" for a in f.args))
    if not binary or t3.name not in naming.NUMBER_OPERAND_OPERATIONS:
        return []
    return [(naming.simple_number_method(t3.name, n), n) for n in NUMBER_TYPES]
