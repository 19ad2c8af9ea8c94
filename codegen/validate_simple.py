"""What the Simple bindings need of a spec beyond what codegen.spec checks.

`validate(spec)` raises SpecError at the offending function's own line when a function cannot
be named in the Simple Tier-3 API (codegen/targets/simple_names.py): its name is a Simple
reserved word, it would shadow a member of the Tensor class, two functions get one name
(number methods such as Tensor.add_f64 included), or a creation function's static constructor
(Tensor.<short>) clashes with a member or a method.
It also needs the error kind the Tier-3 fallbacks test for (not_available).
"""

from __future__ import annotations

from .errors import SpecError
from .model import Function, Spec
from .naming import SIMPLE_RESERVED
from .targets.simple_names import TENSOR_MEMBERS, number_methods, tier3_name

NOT_AVAILABLE = "not_available"


def validate(spec: Spec) -> None:
    seen: dict[tuple[bool, str], Function] = {}
    for f in spec.functions:
        def refuse(what: str, f: Function = f) -> SpecError:
            return SpecError(spec.path, f.line, f.name, what)

        t3 = tier3_name(f)
        if t3.is_method and not t3.is_drop and t3.name in TENSOR_MEMBERS:
            raise refuse(f"Tensor.{t3.name} is already defined by the Simple Tensor class; "
                         "rename the function")
        if t3.name in SIMPLE_RESERVED:
            raise refuse(f"{t3.name!r} is reserved in Simple; rename the function")
        for is_method, name in [(t3.is_method, t3.name)] + [(True, m)
                                                          for m, _ in number_methods(f)]:
            key = (is_method, name)
            if key in seen:
                where = "Tensor." if is_method else ""
                raise refuse(f"becomes {where}{name} in Simple, as does {seen[key].name} "
                             f"(line {seen[key].line}); rename one")
            seen[key] = f
    # the static constructors (Tensor.zeros) share the class with the methods
    for f in spec.functions:
        name = tier3_name(f).constructor
        if name is None:
            continue
        if name in TENSOR_MEMBERS:
            raise SpecError(spec.path, f.line, f.name,
                            f"its static constructor Tensor.{name} is already defined by the "
                            "Simple Tensor class; rename the function")
        other = seen.get((True, name))
        if other is not None:
            raise SpecError(spec.path, f.line, f.name,
                            f"its static constructor Tensor.{name} clashes with the method "
                            f"Tensor.{name} of {other.name} (line {other.line}); rename one")
        if name in SIMPLE_RESERVED:
            raise SpecError(spec.path, f.line, f.name,
                            f"its static constructor {name!r} is reserved in Simple; rename the "
                            "function")
    if not any(k.name == NOT_AVAILABLE for k in spec.error_kinds):
        raise SpecError(spec.path, spec.error_kinds[0].line, None,
                        f"the Simple bindings need the error kind {NOT_AVAILABLE!r} (their "
                        "pure-Simple fallbacks run when the library reports it)")
