"""generated/docs/api.md: the API reference, one section per function, from the spec."""

from __future__ import annotations

from dataclasses import dataclass

from .. import naming
from ..model import Arg, Function, Spec
from ..render import render
from ..types import VOID
from ..writer import Output
from . import c_types, python, simple_types, tests


def arg_errors(arg: Arg) -> list[str]:
    """Error kinds an argument of this type can cause."""
    return list(tests.TABLE[arg.type].errors)


@dataclass(frozen=True)
class DocFunction:
    name: str
    doc: str
    c: str
    simple: str
    sentinel: str
    errors: str
    examples: list[str]
    defaults: str
    notes: list[str]
    python: str  # where it is in Python ("" for a core function: reached by role)


def _errors(f: Function) -> str:
    if f.keeps_error:
        return "none (reads the error state)"
    kinds = {k for a in f.args for k in arg_errors(a)}
    if f.returns.is_array:
        kinds.add("invalid_argument")
    if "at::" in f.torch or "stf::" in f.torch or "." in f.torch:
        kinds |= {"torch_error", "out_of_memory"}
    if f.stub is None:
        kinds.add("not_available (stub)")
    return ", ".join(sorted(kinds)) or "none"


def _notes(spec: Spec, f: Function) -> list[str]:
    """What the bindings make of the `inplace` and `overload_of` keys."""
    notes = []
    if f.inplace:
        notes.append(f"In place: writes into `{f.args[0].name}`; the example values are "
                     f"`{f.args[0].name}` after the call (Python: `t.{naming.python_name(f.name)}"
                     "(...)` returns `t`)")
    if f.overload_of is not None:
        target = naming.python_name(f.overload_of)
        notes.append(f"Python: one method with `{f.overload_of}`, `t.{target}(...)` (this "
                     f"function when `{f.args[len(spec.function(f.overload_of).args)].name}` "
                     "is given)")
    return notes


def _example(f: Function) -> list[str]:
    lines = []
    for e in f.examples[:3]:
        args = ", ".join(f"{k}={v!r}" for k, v in e.args.items())
        call = f"{f.name}({args})"
        if e.expect is not None:
            lines.append(f"`{call}` → `{e.expect}`" + (f" (`{f.args[0].name}` after the call)"
                                                       if f.inplace else ""))
        elif e.shape is not None:
            lines.append(f"`{call}` → a tensor of shape `{list(e.shape)}`")
        else:
            lines.append(f"`{call}` → sentinel, `{e.error}`: \"{e.message}\"")
    return lines


def _python(spec: Spec) -> dict[str, list[str]]:
    """spec function -> its Python spellings: Tensor.add(other), simple_torch_ffi.zeros(...),
    simple_torch_ffi.nn.functional.linear(input, weight, bias=None)."""
    api = python.surface(spec)
    places = [("Tensor.", api.methods), (f"{spec.library}.", api.functions)]
    places += [(f"{spec.library}.{m}.", fns) for m, fns in api.modules.items()]
    out: dict[str, list[str]] = {}
    for prefix, entries in places:
        for e in entries:
            params = [f"*{e.variadic}"] if e.variadic else []
            params += [p.name + (f"={p.default}" if p.default else "")
                       for p in (e.params[1:] if e.variadic else e.params)]
            out.setdefault(e.op, []).append(f"`{prefix}{e.name}({', '.join(params)})`")
    return out


def generate(spec: Spec, out: Output) -> None:
    places = _python(spec)
    fns = [
        DocFunction(
            name=f.name,
            doc=f.doc,
            c=c_types.prototype(f),
            simple=simple_types.extern_signature(f),
            sentinel=("none (void)" if f.returns == VOID
                      else f"`{c_types.sentinel_literal(f)}`"),
            errors=_errors(f),
            examples=_example(f),
            defaults=", ".join(f"`{a.name}={a.default!r}`" for a in f.args if a.has_default),
            notes=_notes(spec, f),
            python=", ".join(places.get(f.name, [])),
        )
        for f in spec.functions
    ]
    out.add("docs/api.md", render("docs/api.md.j2", spec=spec, functions=fns))
