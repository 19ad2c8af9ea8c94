"""generated/simple/ffi.spl: the Simple Tier-2 `extern fn` declarations."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Spec
from ..render import render
from ..writer import Output
from . import c_types, simple_types


@dataclass(frozen=True)
class SimpleExtern:
    doc: str
    c_prototype: str
    declaration: str


def generate(spec: Spec, out: Output) -> None:
    externs = [
        SimpleExtern(f.doc, c_types.prototype(f), simple_types.extern_signature(f))
        for f in spec.functions
    ]
    out.add("simple/ffi.spl", render("simple/ffi.spl.j2", spec=spec, externs=externs))
