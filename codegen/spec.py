"""Load spec/ffi.yaml into the model. The only module that knows YAML.

Every mapping key must be consumed; leftovers, duplicates, wrong types and bad names are
refused with `spec/ffi.yaml:LINE: FUNCTION: what is wrong` (codegen.errors.SpecError).
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from . import naming
from .errors import SpecError
from .model import Arg, DType, ErrorKind, Example, Function, Spec, Value
from .roles import ROLES
from .types import (
    ARG_TYPES,
    ARRAY_DEFAULT_ELEMENTS,
    DIM,
    RETURN_TYPES,
    TENSOR,
    VOID,
    Type,
    parse,
)

C_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
VERSION = re.compile(r"^\d+\.\d+\.\d+([.+-][0-9A-Za-z.+-]+)?$")

_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class _Node:
    """A YAML node with its line, consumed key by key."""

    def __init__(self, node: yaml.Node, path: str, where: str | None) -> None:
        self.node = node
        self.path = path
        self.where = where
        self.line = node.start_mark.line + 1

    def error(self, what: str, line: int | None = None) -> SpecError:
        return SpecError(self.path, line or self.line, self.where, what)

    def mapping(self, what: str) -> _Mapping:
        if not isinstance(self.node, yaml.MappingNode):
            raise self.error(f"{what} must be a mapping")
        return _Mapping(self.node, self.path, self.where)

    def sequence(self, what: str) -> list[_Node]:
        if not isinstance(self.node, yaml.SequenceNode):
            raise self.error(f"{what} must be a list")
        return [_Node(n, self.path, self.where) for n in self.node.value]

    def scalar(self) -> Any:
        if not isinstance(self.node, yaml.ScalarNode):
            raise self.error("expected a single value")
        return _CONSTRUCTOR.construct_object(self.node)

    def value(self) -> Value:
        """Plain data (scalars and nested lists) for example arguments."""
        if isinstance(self.node, yaml.SequenceNode):
            return [_Node(n, self.path, self.where).value() for n in self.node.value]
        if isinstance(self.node, yaml.MappingNode):
            raise self.error("example values must be scalars or lists")
        return self.scalar()

    def text(self, what: str) -> str:
        v = self.scalar()
        if not isinstance(v, str) or not v.strip():
            raise self.error(f"{what} must be a non-empty string")
        return v

    def integer(self, what: str) -> int:
        v = self.scalar()
        if not isinstance(v, int) or isinstance(v, bool):
            raise self.error(f"{what} must be an integer, got {v!r}")
        return v

    def boolean(self, what: str) -> bool:
        v = self.scalar()
        if not isinstance(v, bool):
            raise self.error(f"{what} must be true or false, got {v!r}")
        return v


class _Mapping(_Node):
    def __init__(self, node: yaml.MappingNode, path: str, where: str | None) -> None:
        super().__init__(node, path, where)
        self.items: dict[str, tuple[_Node, int]] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError(path, line, where, "mapping keys must be plain names")
            if key in self.items:
                first = self.items[key][1]
                raise SpecError(path, line, where, f"duplicate key '{key}' (first on line {first})")
            self.items[key] = (_Node(value_node, path, where), line)
        self.used: set[str] = set()

    def take(self, key: str) -> _Node | None:
        self.used.add(key)
        entry = self.items.get(key)
        return entry[0] if entry else None

    def need(self, key: str) -> _Node:
        node = self.take(key)
        if node is None:
            raise self.error(f"missing required key '{key}'")
        return node

    def done(self) -> None:
        extra = [k for k in self.items if k not in self.used]
        if extra:
            key = extra[0]
            raise SpecError(self.path, self.items[key][1], self.where, f"unknown key '{key}'")


def _compose(text: str, path: str) -> yaml.Node:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise SpecError(path, line, None, f"malformed YAML: {e.problem or e.context}") from None
    if node is None:
        raise SpecError(path, 1, None, "the spec is empty")
    return node


def load_spec(path: str | Path, display: str | None = None) -> Spec:
    """Read and validate the spec file; `display` is the path used in messages."""
    p = Path(path)
    shown = display or _display_path(p)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise SpecError(shown, 1, None, f"cannot read the spec: {e.strerror}") from None
    return parse_spec(text, shown)


def _display_path(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def parse_spec(text: str, path: str = "spec/ffi.yaml") -> Spec:
    top = _Node(_compose(text, path), path, None).mapping("the spec")
    abi_version = top.need("abi_version").integer("abi_version")
    if abi_version < 1:
        raise top.error("abi_version must be >= 1", top.items["abi_version"][1])
    version_node = top.need("version")
    version = str(version_node.scalar())
    if not VERSION.match(version):
        raise version_node.error(f"version must look like 1.2.3, got {version!r}")
    prefix_node = top.need("prefix")
    prefix = prefix_node.text("prefix")
    if not C_IDENT.match(prefix):
        raise prefix_node.error(f"prefix {prefix!r} is not a C identifier")
    library_node = top.need("library")
    library = library_node.text("library")
    if not C_IDENT.match(library):
        raise library_node.error(f"library {library!r} is not a C identifier")
    kinds = _error_kinds(top.need("error_kinds"))
    limits = _limits(top.need("limits"))
    # dtypes are optional (a spec without tensors of other types than its default needs none);
    # with them, default_dtype names one
    dtypes_node = top.take("dtypes")
    dtypes = _dtypes(dtypes_node) if dtypes_node else ()
    default_node = top.take("default_dtype")
    default_dtype = default_node.text("default_dtype") if default_node else "float32"
    if dtypes and default_dtype not in {d.name for d in dtypes}:
        raise (default_node or top).error(
            f"default_dtype {default_dtype!r} is not one of the dtypes")
    lane_node = top.take("lane")
    lane = _lane(lane_node) if lane_node else DEFAULT_LANE
    functions = _functions(top.need("functions"), prefix, {k.name for k in kinds},
                           frozenset(d.name for d in dtypes))
    top.done()
    return Spec(path, abi_version, version, prefix, library, kinds, functions, limits,
                dtypes=dtypes, default_dtype=default_dtype, lane=lane)


def _dtypes(node: _Node) -> tuple[DType, ...]:
    """The ABI's dtype table: unique names and codes (codes are ABI), sizes 1..16."""
    out: list[DType] = []
    for item in node.sequence("dtypes"):
        m = item.mapping("a dtype")
        name = m.need("name").text("dtype name")
        if not C_IDENT.match(name):
            raise item.error(f"dtype name {name!r} is not a C identifier")
        code_node = m.need("code")
        code = code_node.integer("dtype code")
        if not 0 <= code < 2**31:
            raise code_node.error(f"dtype code must be in [0, 2^31), got {code}")
        aten = m.need("aten").text("aten")
        if not C_IDENT.match(aten):
            raise item.error(f"aten {aten!r} is not an at::ScalarType constant name")
        numpy = m.need("numpy").text("numpy")
        size_node = m.need("size")
        size = size_node.integer("size")
        if size not in (1, 2, 4, 8, 16):
            raise size_node.error(f"size must be 1, 2, 4, 8 or 16 bytes, got {size}")
        m.done()
        for d in out:
            if d.name == name or d.code == code:
                raise item.error(f"dtype {name!r} (code {code}) repeats line {d.line}")
        out.append(DType(name, code, aten, numpy, size, item.line))
    if not out:
        raise node.error("the spec declares no dtypes")
    return tuple(out)


DEFAULT_LANE = "torch"  # upstream's name: rt_torch_*, libspl_torch.so
LANE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _lane(node: _Node) -> str:
    """The word lane's settings: `lane: {name: torch}` (symbols rt_torch_*, libspl_torch.so)."""
    m = node.mapping("lane")
    name_node = m.need("name")
    name = name_node.text("lane name")
    if not LANE_NAME.match(name):
        raise name_node.error(f"lane name {name!r} must be lower-case letters, digits and _ "
                              "(it names rt_<name>_* symbols and libspl_<name>.so)")
    m.done()
    return name


LIMITS = {"max_dims": "the most dimensions a tensor may have",
          "max_tensor_list": "the most tensors a [tensor] argument may hold"}


def _limits(node: _Node) -> tuple[tuple[str, int], ...]:
    """The ABI's constants (every one required, each a positive integer)."""
    m = node.mapping("limits")
    out = []
    for name in LIMITS:
        value_node = m.need(name)
        value = value_node.integer(name)
        if value < 1:
            raise value_node.error(f"{name} must be >= 1, got {value}")
        out.append((name, value))
    m.done()
    return tuple(out)


def _error_kinds(node: _Node) -> tuple[ErrorKind, ...]:
    kinds: list[ErrorKind] = []
    for item in node.sequence("error_kinds"):
        m = item.mapping("an error kind")
        name = m.need("name").text("error kind name")
        if not C_IDENT.match(name):
            raise item.error(f"error kind name {name!r} is not a C identifier")
        code = m.need("code").integer("error kind code")
        doc = m.need("doc").text("error kind doc")
        m.done()
        for k in kinds:
            if k.name == name or k.code == code:
                raise item.error(f"error kind {name!r} (code {code}) repeats line {k.line}")
        kinds.append(ErrorKind(name, code, doc, item.line))
    if not kinds or kinds[0].name != "ok" or kinds[0].code != 0:
        raise node.error("the first error kind must be {name: ok, code: 0}")
    return tuple(kinds)


def _functions(node: _Node, prefix: str, kinds: set[str],
               dtypes: frozenset[str]) -> tuple[Function, ...]:
    seen: dict[str, int] = {}
    out: list[Function] = []
    overload_lines: dict[str, int] = {}  # function -> the line of its overload_of key
    for item in node.sequence("functions"):
        f = _function(item, prefix, kinds, dtypes, overload_lines)
        if f.symbol in seen:
            raise SpecError(
                item.path, item.line, f.name,
                f"function {f.name!r} is defined twice (symbol {f.symbol}, first on line "
                f"{seen[f.symbol]})"
            )
        seen[f.symbol] = f.line
        out.append(f)
    if not out:
        raise node.error("the spec declares no functions")
    taken: dict[str, Function] = {}
    for f in out:
        if f.role is None:
            continue
        if f.role in taken:
            raise SpecError(node.path, f.line, f.name, f"role {f.role!r} is already taken by "
                            f"{taken[f.role].name} (line {taken[f.role].line})")
        taken[f.role] = f
    _check_overloads(node.path, out, overload_lines)
    return tuple(out)


def _check_overloads(path: str, functions: list[Function], lines: dict[str, int]) -> None:
    """`overload_of: T` merges a function into T's Python entry (t.sum(dim=None) calls T
    without dim, the overload with it): T must be an operation of the same kind whose
    arguments begin the overload's, and the first argument past them (the one whose presence
    selects the overload) has no default. One overload per function."""
    by_name = {f.name: f for f in functions}
    claimed: dict[str, Function] = {}

    def sig(f: Function) -> str:
        return ", ".join(f"{a.name}: {a.type.value}" for a in f.args)

    for f in functions:
        if f.overload_of is None:
            continue

        def refuse(what: str, f: Function = f) -> SpecError:
            return SpecError(path, lines[f.name], f.name, f"overload_of {f.overload_of}: {what}")

        target = by_name.get(f.overload_of)
        if target is None:
            raise refuse("no function of that name")
        if target is f:
            raise refuse("a function cannot be an overload of itself")
        if target.overload_of is not None:
            raise refuse(f"{target.name} is itself an overload (of {target.overload_of}); "
                         "name the function they share")
        if f.role is not None or target.role is not None:
            raise refuse("core functions (role) are not in the Python surface")
        if f.inplace != target.inplace:
            raise refuse("one of them is inplace and the other is not")
        n = len(target.args)
        if [(a.name, a.type, a.default) for a in f.args[:n]] != \
                [(a.name, a.type, a.default) for a in target.args]:
            raise refuse(f"its arguments ({sig(target)}) must begin this function's ({sig(f)})")
        if len(f.args) == n:
            raise refuse("this function takes no argument beyond those of "
                         f"{target.name}, so nothing tells the two apart")
        if not n or target.args[0].type != f.args[0].type:
            raise refuse("both must take the same first argument (a Tensor method or a "
                         "module-level function alike)")
        selector = f.args[n]
        if selector.has_default:
            raise refuse(f"argument {selector.name!r} selects this function (None calls "
                         f"{target.name}), so it cannot have a default")
        required = [a.name for a in f.args[n + 1:] if not a.has_default]
        if required:
            raise refuse(f"argument {required[0]!r} follows {selector.name!r}, which Python "
                         f"makes optional (None calls {target.name}), so it needs a default")
        if target.name in claimed:
            other = claimed[target.name]
            raise refuse(f"{target.name} already has an overload, {other.name} (line "
                         f"{lines[other.name]})")
        claimed[target.name] = f


def _peek_name(item: _Node) -> str | None:
    if isinstance(item.node, yaml.MappingNode):
        for key, value in item.node.value:
            if key.value == "name" and isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return None


def _function(item: _Node, prefix: str, kinds: set[str], dtypes: frozenset[str],
              overload_lines: dict[str, int]) -> Function:
    item.where = _peek_name(item)
    m = item.mapping("a function")
    name_node = m.need("name")
    name = name_node.text("function name")
    m.where = name
    for n, _line in m.items.values():
        n.where = name
    if not C_IDENT.match(name) or not C_IDENT.match(prefix + name):
        raise name_node.error(f"name {name!r} is not a C identifier")
    doc = m.need("doc").text("doc")
    if "\n" in doc.strip():
        raise m.error("doc must be one line")
    args = _args(m.take("args"), name, dtypes)
    ret_node = m.need("returns")
    ret_text = str(ret_node.scalar())
    returns = _type(ret_node, ret_text, RETURN_TYPES, "return type")
    sentinel_node = m.take("sentinel")
    sentinel = _sentinel(returns, sentinel_node, m)
    torch = m.need("torch").text("torch")
    stub_node = m.take("stub")
    stub = stub_node.text("stub") if stub_node else None
    pure_node = m.take("pure_fallback")
    pure_fallback = pure_node.boolean("pure_fallback") if pure_node else False
    keeps_node = m.take("keeps_error")
    keeps_error = keeps_node.boolean("keeps_error") if keeps_node else False
    role_node = m.take("role")
    role = _role(role_node, args, returns) if role_node else None
    numpy_node = m.take("numpy")
    numpy = numpy_node.text("numpy") if numpy_node else None
    promote_node = m.take("promote")
    promote = promote_node.boolean("promote") if promote_node else False
    if promote and sum(a.type.holds_tensors for a in args) == 0:
        raise promote_node.error("promote needs tensor arguments")  # type: ignore[union-attr]
    device_node = m.take("result_device")
    result_device = device_node.text("result_device") if device_node else None
    if device_node is not None:
        if result_device != "cpu":
            raise device_node.error(f"result_device {result_device!r}: the one value is 'cpu' "
                                    "(leave it out for a result beside the tensor arguments)")
        if returns != TENSOR:
            raise device_node.error("result_device needs a tensor result")
    lane_node = m.take("word_lane")
    word_lane = lane_node.boolean("word_lane") if lane_node else True
    python_module, tensor_method = _python_place(m, args, role)
    if word_lane and len(args) > naming.LANE_MAX_WORDS:
        raise m.error(f"takes {len(args)} argument words; the word lane carries at most "
                      f"{naming.LANE_MAX_WORDS} (the Simple loader's spl_wffi_call_i64 limit): "
                      "set `word_lane: false` to leave it out of the lane")
    if name in naming.LANE_CORE:
        raise name_node.error(f"name {name!r} is taken by the word lane's own core "
                              f"(rt_<lane>_{name}); rename the function")
    inplace = _inplace(m.take("inplace"), name_node, name, args, returns)
    overload_node = m.take("overload_of")
    overload_of = None
    if overload_node is not None:
        overload_of = overload_node.text("overload_of")
        if not C_IDENT.match(overload_of):
            raise overload_node.error(f"overload_of {overload_of!r} is not a function name")
        overload_lines[name] = overload_node.line
    names = [a.name for a in args]
    if returns.is_array:
        clash = [n for n in names if n in naming.OUT_PARAMS]
        if clash:
            raise m.error(f"argument {clash[0]!r} collides with the output buffer parameter")
    examples = _examples(m.take("examples"), name, args, kinds)
    m.done()
    return Function(name, doc.strip(), args, returns, sentinel, torch, stub, keeps_error,
                    examples, item.line, naming.symbol(prefix, name), pure_fallback, role,
                    numpy, promote, word_lane, inplace, overload_of, python_module,
                    tensor_method, result_device)


def _inplace(node: _Node | None, name_node: _Node, name: str, args: tuple[Arg, ...],
             returns: Type) -> bool:
    """`inplace: true`: the function writes into its first argument, a tensor, and returns
    void; its name ends with '_', as torch marks in-place operations (and only those)."""
    inplace = node.boolean("inplace") if node is not None else False
    if inplace:
        assert node is not None
        first = args[0] if args else None
        if first is None or first.type != TENSOR or first.consumed:
            raise node.error("an inplace function takes the tensor it writes into as its "
                             "first argument")
        if returns != VOID:
            raise node.error(f"an inplace function returns void (it writes into "
                             f"'{first.name}'), not {returns.value}")
        if not naming.is_inplace_name(name):
            raise node.error(f"an inplace function's name ends with "
                             f"'{naming.INPLACE_SUFFIX}', as torch's do (e.g. {name}_)")
    elif naming.is_inplace_name(name):
        raise name_node.error(f"name {name!r} ends with '{naming.INPLACE_SUFFIX}', torch's "
                              "mark of an in-place operation: add `inplace: true` or rename it")
    return inplace


PYTHON_MODULE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")


def _python_place(m: _Mapping, args: tuple[Arg, ...],
                  role: str | None) -> tuple[str | None, bool]:
    """`python_module` (the operation's Python namespace, e.g. nn.functional) and
    `tensor_method` (it is a Tensor method too)."""
    module_node = m.take("python_module")
    method_node = m.take("tensor_method")
    module = None
    if module_node is not None:
        module = module_node.text("python_module")
        if not PYTHON_MODULE.match(module) or any(keyword.iskeyword(p)
                                                  for p in module.split(".")):
            raise module_node.error(f"python_module {module!r} must be dotted lower-case Python "
                                    "names, e.g. nn.functional")
        top = module.split(".", 1)[0]
        if top in naming.PYTHON_PACKAGE_MODULES:
            raise module_node.error(f"python_module {module!r}: {top!r} is a module of the "
                                    "package itself; choose another name")
        if role is not None:
            raise module_node.error(f"a core function (role {role!r}) has no Python name, so "
                                    "no python_module")
    method = method_node.boolean("tensor_method") if method_node else False
    if method_node is not None and module is None:
        raise method_node.error("tensor_method needs python_module (without one, an operation "
                                "on a tensor is a Tensor method anyway)")
    if method and (not args or args[0].type != TENSOR):
        raise method_node.error("tensor_method needs a tensor as the first argument")  # type: ignore[union-attr]
    return module, method


def _role(node: _Node, args: tuple[Arg, ...], returns: Type) -> str:
    """A core role (codegen.roles), checked against the function's signature."""
    name = node.text("role")
    role = ROLES.get(name)
    if role is None:
        raise node.error(f"unknown role {name!r} (known: {', '.join(sorted(ROLES))})")
    got = tuple(a.type for a in args)
    if got != role.args or returns != role.returns:
        want = ", ".join(t.value for t in role.args)
        raise node.error(f"role {name!r} needs ({want}) -> {role.returns.value}; the function "
                         f"takes ({', '.join(t.value for t in got)}) -> {returns.value}")
    return name


def _type(node: _Node, text: str, allowed: frozenset[Type], what: str) -> Type:
    t = parse(text)
    if t is None:
        known = ", ".join(sorted(x.value for x in allowed))
        raise node.error(f"unknown {what} {text!r} (known: {known})")
    if t not in allowed:
        raise node.error(f"{t.value!r} cannot be used as a {what}")
    return t


def _args(node: _Node | None, fn: str, dtypes: frozenset[str]) -> tuple[Arg, ...]:
    if node is None:
        return ()
    args: list[Arg] = []
    taken: dict[str, int] = {}
    for item in node.sequence("args"):
        m = item.mapping("an argument")
        name_node = m.need("name")
        name = name_node.text("argument name")
        if not C_IDENT.match(name):
            raise name_node.error(f"argument name {name!r} is not a C identifier")
        reserved = naming.reserved_in(name)
        if reserved == "Simple":
            raise name_node.error(f"argument name {name!r} is reserved in Simple; rename it")
        if reserved is not None:
            raise name_node.error(f"argument name {name!r} is reserved in C, C++ or Python")
        type_node = m.need("type")
        t = _type(type_node, str(type_node.scalar()), ARG_TYPES, "argument type")
        consumed_node = m.take("consumed")
        consumed = consumed_node.boolean("consumed") if consumed_node else False
        if consumed and t != TENSOR:
            raise consumed_node.error("only tensor arguments can be consumed")  # type: ignore[union-attr]
        default_node = m.take("default")
        default = _default(default_node, t, name, dtypes) if default_node else None
        if default_node is None and args and args[-1].has_default:
            raise item.error(f"argument {name!r} without a default follows one with a default")
        m.done()
        lowered = [name] + ([naming.length_param(name)] if t.is_array else [])
        for low in lowered:
            if low in taken:
                raise item.error(f"argument {low!r} collides with line {taken[low]}")
            taken[low] = item.line
        args.append(Arg(name, t, consumed, item.line, default_node is not None, default))
    return tuple(args)


def _default(node: _Node, t: Type, name: str, dtypes: frozenset[str]) -> Any:
    """An argument's default value, checked against its type's literal kind."""
    if t.is_array:
        return _array_default(node, t, name)
    v = node.scalar()
    if t.is_optional:  # the one default of an optional value is none
        if v is not None:
            raise node.error(f"default {v!r} of argument {name!r} of type {t.value} can only "
                             "be null (none)")
        return None
    if t.is_array or t.literal == "handle":  # type: ignore[attr-defined]
        raise node.error(f"argument {name!r} of type {t.value} cannot have a default")
    if t.literal == "dtype":  # type: ignore[attr-defined]
        if v not in dtypes:
            raise node.error(f"default {v!r} of argument {name!r} is not a dtype "
                             f"(known: {', '.join(sorted(dtypes))})")
        return v
    if not _fits(t, v):
        raise node.error(f"default {v!r} of argument {name!r} does not fit type {t.value}")
    return float(v) if t.literal == "float" else v  # type: ignore[attr-defined]


def _array_default(node: _Node, t: Type, name: str) -> list[Any]:
    """An array argument's default: a list of numbers of its element type (torch's stride=1
    is [1]; [] is None in Python, torch's "not given")."""
    if t.element not in ARRAY_DEFAULT_ELEMENTS:
        raise node.error(f"argument {name!r} of type {t.value} cannot have a default")
    v = node.value()
    if not isinstance(v, list) or not all(
            _fits(t.element, x) and (t.element != DIM or x >= 0) for x in v):
        raise node.error(f"default {v!r} of argument {name!r} is not a list of "
                         f"{t.element.value} values")
    return [float(x) for x in v] if t.element.literal == "float" else list(v)


def _fits(t: Type, v: Any) -> bool:
    """Whether the YAML value v is a literal of the scalar type t."""
    match t.literal:  # type: ignore[attr-defined]
        case "int" | "handle":
            if not isinstance(v, int) or isinstance(v, bool):
                return False
            lo, hi = t.int_range  # type: ignore[attr-defined]
            return lo <= v <= hi
        case "float":
            return isinstance(v, int | float) and not isinstance(v, bool)
        case "bool":
            return isinstance(v, bool)
        case "text":
            return isinstance(v, str)
        case "dtype":  # on the C side a code: a sentinel is an integer that is no code
            return isinstance(v, int) and not isinstance(v, bool)
    raise AssertionError(f"literal kind of {t.value}")  # every Base has one of the above


def _sentinel(returns: Type, node: _Node | None, m: _Mapping) -> Any:
    """The value returned on error: 0 for a handle, -1 for an array's count, null for text,
    a number (or nan) for a float, else a literal of the result type."""
    if returns == VOID:
        if node is not None:
            raise node.error("a void function has no sentinel")
        return None
    if node is None:
        raise m.error(f"missing required key 'sentinel' (returns {returns.value})")
    v = node.scalar()
    if returns.is_array:
        if v != -1 or isinstance(v, bool) or not isinstance(v, int):
            raise node.error(f"an array function's sentinel must be -1, got {v!r}")
        return v
    literal = returns.literal  # type: ignore[attr-defined]
    if literal == "handle":
        if v != 0 or isinstance(v, bool) or not isinstance(v, int):
            raise node.error(
                f"a {returns.value} function's sentinel must be 0 (the null handle), got {v!r}")
        return v
    if literal == "text":
        if v is not None:
            raise node.error(f"a text function's sentinel must be null, got {v!r}")
        return v
    if literal == "float":
        if isinstance(v, str) and v.lower() == "nan":
            return "nan"
        if not _fits(returns, v) or math.isnan(v):
            raise node.error(f"sentinel {v!r} does not fit return type {returns.value}")
        return float(v)
    if not _fits(returns, v):
        raise node.error(f"sentinel {v!r} does not fit return type {returns.value}")
    return v


def _examples(
    node: _Node | None, fn: str, fn_args: tuple[Arg, ...], kinds: set[str]
) -> tuple[Example, ...]:
    names = [a.name for a in fn_args]
    if node is None:
        return ()
    out: list[Example] = []
    for item in node.sequence("examples"):
        m = item.mapping("an example")
        args_map = m.need("args").mapping("example args")
        args: dict[str, Value] = {}
        for key, (value_node, line) in args_map.items.items():
            if key not in names:
                raise SpecError(item.path, line, fn, f"example names unknown argument '{key}'")
            args[key] = value_node.value()
            args_map.used.add(key)
        for a in fn_args:
            if a.name not in args and a.has_default:
                args[a.name] = a.default
        missing = [n for n in names if n not in args]
        if missing:
            raise item.error(f"example lacks argument '{missing[0]}'")
        expect_node, shape_node, error_node = m.take("expect"), m.take("shape"), m.take("error")
        given = [n for n in (expect_node, shape_node, error_node) if n is not None]
        if len(given) != 1:
            raise item.error("an example needs exactly one of expect, shape, error")
        expect = str(expect_node.scalar()) if expect_node else None
        shape = None
        if shape_node:
            raw = shape_node.value()
            if not isinstance(raw, list) or not all(isinstance(d, int) for d in raw):
                raise shape_node.error("shape must be a list of integers")
            shape = tuple(int(d) for d in raw)  # type: ignore[arg-type]
        error = message = None
        if error_node:
            error = error_node.text("error")
            if error not in kinds or error == "ok":
                raise error_node.error(f"unknown error kind {error!r}")
            message = m.need("message").text("message")
        when_node, variant_node = m.take("when"), m.take("variant")
        when = when_node.scalar() if when_node else None
        if when not in (None, "cuda", "no_cuda"):
            raise when_node.error(f"when must be cuda or no_cuda, got {when!r}")  # type: ignore[union-attr]
        variant = variant_node.scalar() if variant_node else None
        if variant not in (None, "torch", "stub"):
            raise variant_node.error(f"variant must be torch or stub, got {variant!r}")  # type: ignore[union-attr]
        m.done()
        out.append(Example(args, expect, shape, error, message, when, variant, item.line))
    return tuple(out)


def iter_symbols(spec: Spec) -> Iterator[str]:
    return (f.symbol for f in spec.functions)
