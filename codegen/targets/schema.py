"""generated/schema/ffi.schema.json: a JSON Schema of the spec, for editors.

Built from the model's own enums, so a new spec type shows up in editor completion after
`nox -s generate`; spec/ffi.yaml points at it with a yaml-language-server comment. The schema is
advisory: codegen.spec remains the validator (line numbers, cross-field rules).
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Spec
from ..roles import ROLES
from ..spec import LIMITS
from ..types import ARG_TYPES, RETURN_TYPES, VOID
from ..writer import Output

IDENT = "^[A-Za-z_][A-Za-z0-9_]*$"


def _value() -> dict[str, Any]:
    return {"description": "a scalar, or a (nested) list for tensor and array arguments"}


def schema(spec: Spec) -> dict[str, Any]:
    arg_types = sorted(t.value for t in ARG_TYPES)
    return_types = sorted(t.value for t in RETURN_TYPES)
    kinds = [k.name for k in spec.error_kinds if k.name != "ok"]
    example = {
        "type": "object",
        "additionalProperties": False,
        "required": ["args"],
        "properties": {
            "args": {"type": "object", "additionalProperties": _value()},
            "expect": {"type": "string", "description": "numpy expression over the args"},
            "shape": {"type": "array", "items": {"type": "integer"}},
            "error": {"enum": kinds},
            "message": {"type": "string"},
            "when": {"enum": ["cuda", "no_cuda"]},
            "variant": {"enum": ["torch", "stub"]},
        },
        "oneOf": [{"required": ["expect"]}, {"required": ["shape"]},
                  {"required": ["error", "message"]}],
    }
    function = {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "doc", "returns", "torch"],
        "properties": {
            "name": {"type": "string", "pattern": IDENT},
            "doc": {"type": "string", "description": "one line, shown in every binding"},
            "args": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "type"],
                    "properties": {
                        "name": {"type": "string", "pattern": IDENT},
                        "type": {"enum": arg_types},
                        "consumed": {"type": "boolean"},
                        "default": {"type": ["integer", "number", "boolean", "string", "null",
                                             "array"],
                                    "items": {"type": "number"},
                                    "description": "null: none (an optional tensor); a list "
                                                   "of numbers for an array ([1]: stride=1)"},
                    },
                },
            },
            "returns": {"enum": return_types},
            "sentinel": {"type": ["integer", "number", "boolean", "string", "null"]},
            "torch": {"type": "string", "description": "C++ expression (libtorch variant)"},
            "stub": {"type": "string", "description": "C++ expression (stub variant)"},
            "keeps_error": {"type": "boolean"},
            "result_device": {"enum": ["cpu"],
                              "description": "the result is on the CPU whatever the inputs' "
                                             "device (left out: beside the tensor arguments)"},
            "pure_fallback": {"type": "boolean"},
            "role": {"enum": sorted(ROLES), "description": "a core role (codegen/roles.py)"},
            "promote": {"type": "boolean",
                        "description": "tensor arguments combine elementwise (torch's type "
                                       "promotion; the pure backend casts to it)"},
            "numpy": {"type": "string",
                      "description": "reference implementation: a numpy expression over the "
                                     "args (the pure backend runs it)"},
            "examples": {"type": "array", "items": example},
            "inplace": {"type": "boolean",
                        "description": "writes into its first argument (a tensor) and returns "
                                       "void; the name ends with '_' (torch's `fill_`)"},
            "overload_of": {"type": "string", "pattern": IDENT,
                            "description": "a function whose Python entry this one joins "
                                           "(t.sum(dim=None): the arguments past that "
                                           "function's select this one)"},
            "python_module": {"type": "string",
                              "pattern": r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$",
                              "description": "the Python namespace, as torch's: nn.functional "
                                             "(stf.nn.functional.<name>)"},
            "tensor_method": {"type": "boolean",
                              "description": "with python_module: a Tensor method too (where "
                                             "torch.Tensor has it)"},
            "word_lane": {"type": "boolean",
                          "description": "false leaves the function out of the word lane "
                                         "(rt_<lane>_*); required past 8 arguments"},
        },
        "if": {"properties": {"returns": {"not": {"const": VOID.value}}}},
        "then": {"required": ["sentinel"]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{spec.library} FFI spec",
        "type": "object",
        "additionalProperties": False,
        "required": ["abi_version", "version", "prefix", "library", "limits", "error_kinds",
                     "functions"],
        "properties": {
            "abi_version": {"type": "integer", "minimum": 1},
            "version": {"type": "string"},
            "prefix": {"type": "string", "pattern": IDENT},
            "library": {"type": "string", "pattern": IDENT},
            "dtypes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "code", "aten", "numpy", "size"],
                    "properties": {"name": {"type": "string", "pattern": IDENT},
                                   "code": {"type": "integer", "minimum": 0},
                                   "aten": {"type": "string", "pattern": IDENT},
                                   "numpy": {"type": "string"},
                                   "size": {"enum": [1, 2, 4, 8, 16]}},
                },
            },
            "default_dtype": {"type": "string"},
            "limits": {
                "type": "object",
                "additionalProperties": False,
                "required": sorted(LIMITS),
                "properties": {name: {"type": "integer", "minimum": 1, "description": doc}
                               for name, doc in LIMITS.items()},
            },
            "lane": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {"name": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$",
                                        "description": "the word lane's <name>: symbols "
                                                       "rt_<name>_*, library libspl_<name>.so"}},
            },
            "error_kinds": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "code", "doc"],
                    "properties": {"name": {"type": "string", "pattern": IDENT},
                                   "code": {"type": "integer"}, "doc": {"type": "string"}},
                },
            },
            "functions": {"type": "array", "items": function},
        },
    }


def generate(spec: Spec, out: Output) -> None:
    out.add("schema/ffi.schema.json", json.dumps(schema(spec), indent=2) + "\n")
