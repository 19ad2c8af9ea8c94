"""generated/include/<library>.h: the C ABI."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Spec
from ..render import render
from ..writer import Output
from . import c_types, simple_types


@dataclass(frozen=True)
class HeaderFunction:
    prototype: str
    doc: str
    returns: str
    simple: str


def header_path(spec: Spec) -> str:
    return f"include/{spec.library}.h"


def decls_path(spec: Spec) -> str:
    """The same declarations without docs: what the compiled variants include, so a doc-only
    spec edit leaves it (and every object file) untouched."""
    return f"include/{spec.library}_decls.h"


def generate(spec: Spec, out: Output) -> None:
    mp = c_types.macro_prefix(spec)
    fns = [
        HeaderFunction(
            prototype=c_types.prototype(f),
            doc=f.doc,
            returns=c_types.returns_doc(f),
            simple=simple_types.extern_signature(f),
        )
        for f in spec.functions
    ]
    kinds = [(f"{mp}ERR_{k.name.upper()}", k.code, k.doc) for k in spec.error_kinds]
    out.add(header_path(spec), render("c_header/header.h.j2", guard=f"{spec.library.upper()}_H",
                                      macro=mp, spec=spec, functions=fns, error_kinds=kinds))
    out.add(decls_path(spec),
            render("c_header/decls.h.j2", guard=f"{spec.library.upper()}_DECLS_H", macro=mp,
                   spec=spec, prototypes=[f.prototype for f in fns],
                   error_kinds=[(name, code) for name, code, _doc in kinds]))
