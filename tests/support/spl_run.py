"""Runs Simple spec files (describe / it / expect) over the real C library, for the subset of
Simple that the generated Tier-3 files and the hand-written classes use.

No Simple toolchain can be installed here, so this is a MODEL of Simple's semantics, written
for this project's files, not a Simple implementation: modules resolved by `use`, classes with
fields, `static fn` / `fn` / `me` methods and named-argument construction (reference
semantics), `val` / `var`, `if` / `elif` / `else`, `while`, `for x in xs`, `return`, the last
expression of a body as its value, lists (`len`, `push`, indexing), text with `"{expr}"`
interpolation and `r"raw"` strings, and the spec DSL. An `extern fn` of ffi.spl calls the C
function of the loaded variant through cffi with the typed lane's lowering (an `[i64]`
argument is pointer + length, an array result is fetched by calling with a 0 length first, a
text result is copied). Anything outside the subset is an error naming the file and line, never
a silent guess.

    results = run_spec(spec_path, modules, variant)   # [(describe, it, failure or None)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class SplError(Exception):
    """The file uses something outside the modelled subset, or fails at run time."""


class ExpectationFailed(Exception):
    pass


_VALS = " vals"  # the frame's val names (not assignable)
_KIND = " kind"  # the kind of the running function: fn, me or static


class _Return(Exception):  # control flow: a `return` unwinding to its function
    def __init__(self, value: Any) -> None:
        self.value = value


# ---- tokens ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+\.\d+(?:[eE][-+]?\d+)?|\d+)
  | (?P<str>r?"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>->|==|!=|<=|>=|[-+*/%<>=()\[\]{},:.])
""", re.X)


@dataclass
class Tok:
    kind: str
    text: str


def tokenize(code: str, where: str) -> list[Tok]:
    out, pos = [], 0
    while pos < len(code):
        m = _TOKEN.match(code, pos)
        if not m:
            raise SplError(f"{where}: cannot read {code[pos:]!r}")
        pos = m.end()
        if m.lastgroup != "ws":
            out.append(Tok(m.lastgroup or "", m.group()))
    return out


def strip_comment(line: str) -> str:
    in_str = False
    i = 0
    while i < len(line):
        c = line[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "#":
            return line[:i].rstrip()
        i += 1
    return line.rstrip()


# ---- lines into blocks ----------------------------------------------------------------------

@dataclass
class Line:
    n: int
    indent: int
    code: str
    body: list[Line] = field(default_factory=list)


def blocks(text: str, path: str) -> list[Line]:
    lines: list[Line] = []
    raw = text.split("\n")
    i = 0
    while i < len(raw):
        s = raw[i]
        stripped = s.strip()
        if stripped.startswith('"""'):  # a docstring: skipped
            if stripped.count('"""') == 1:
                i += 1
                while '"""' not in raw[i]:
                    i += 1
            i += 1
            continue
        code = strip_comment(s)
        if code.strip():
            if code.strip().endswith("{") and code.lstrip().startswith("use "):
                while not raw[i + 1].strip().startswith("}"):  # a use block
                    i += 1
                    code += " " + raw[i].strip()
                i += 1
                code += "}"
            lines.append(Line(i + 1, len(code) - len(code.lstrip()), code.strip()))
        i += 1
    root: list[Line] = []
    stack: list[tuple[int, list[Line]]] = [(-1, root)]
    for line in lines:
        while stack[-1][0] >= line.indent:
            stack.pop()
        stack[-1][1].append(line)
        if line.code.endswith(":"):
            stack.append((line.indent, line.body))
    return root


# ---- expressions ----------------------------------------------------------------------------

_PREC = {"or": 1, "and": 2, "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
         "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, toks: list[Tok], where: str) -> None:
        self.toks, self.i, self.where = toks, 0, where

    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self, text: str | None = None) -> Tok:
        t = self.peek()
        if t is None or (text is not None and t.text != text):
            raise SplError(f"{self.where}: expected {text!r}, got {t.text if t else 'end'!r}")
        self.i += 1
        return t

    def at(self, text: str) -> bool:
        t = self.peek()
        return t is not None and t.text == text and t.kind in ("op", "name")

    def done(self) -> bool:
        return self.i >= len(self.toks)

    def expr(self, min_prec: int = 0) -> tuple:
        """Binary operators by precedence, left-associative."""
        left = self.unary()
        while True:
            t = self.peek()
            if t is None or t.text not in _PREC or t.kind not in ("op", "name"):
                return left
            prec = _PREC[t.text]
            if prec <= min_prec:
                return left
            self.i += 1
            left = ("bin", t.text, left, self.expr(prec))

    def unary(self) -> tuple:
        if self.at("not"):
            self.take()
            return ("not", self.expr(3))
        if self.at("-"):
            self.take()
            return ("neg", self.unary())
        return self.postfix(self.primary())

    def args(self) -> tuple[list, dict]:
        pos: list = []
        named: dict = {}
        while not self.at(")"):
            t, nxt = self.peek(), self.peek(1)
            if t is not None and t.kind == "name" and nxt is not None and nxt.text == ":":
                self.i += 2
                named[t.text] = self.expr()
            else:
                pos.append(self.expr())
            if not self.at(")"):
                self.take(",")
        self.take(")")
        return pos, named

    def postfix(self, e: tuple) -> tuple:
        while True:
            if self.at("("):
                self.take()
                pos, named = self.args()
                e = ("call", e, pos, named)
            elif self.at("."):
                self.take()
                e = ("attr", e, self.take().text)
            elif self.at("["):
                self.take()
                idx = self.expr()
                self.take("]")
                e = ("index", e, idx)
            else:
                return e

    def primary(self) -> tuple:
        t = self.take()
        if t.kind == "num":
            return ("lit", float(t.text) if "." in t.text or "e" in t.text.lower()
                    else int(t.text))
        if t.kind == "str":
            if t.text.startswith("r"):
                return ("lit", t.text[2:-1])
            return ("str", _unescape_parts(t.text[1:-1], self.where))
        if t.kind == "name":
            if t.text in ("true", "false"):
                return ("lit", t.text == "true")
            return ("name", t.text)
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        if t.text == "[":
            items = []
            while not self.at("]"):
                items.append(self.expr())
                if not self.at("]"):
                    self.take(",")
            self.take("]")
            return ("list", items)
        raise SplError(f"{self.where}: unexpected {t.text!r}")


def _unescape_parts(body: str, where: str) -> list:
    """A "..." string: literal parts and {expr} parts (parsed)."""
    parts: list = []
    buf = ""
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            buf += {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(body[i + 1], body[i + 1])
            i += 2
            continue
        if c == "{":
            j = body.index("}", i)
            parts.append(buf)
            buf = ""
            parts.append(parse_expr(body[i + 1:j], where))
            i = j + 1
            continue
        buf += c
        i += 1
    parts.append(buf)
    return parts


def parse_expr(code: str, where: str) -> tuple:
    p = Parser(tokenize(code, where), where)
    e = p.expr()
    if not p.done():
        raise SplError(f"{where}: unexpected {p.peek().text!r} in {code!r}")  # type: ignore[union-attr]
    return e


# ---- runtime values -------------------------------------------------------------------------

@dataclass
class Function:
    name: str
    params: list[tuple[str, tuple | None]]  # name, default expression
    body: list[Line]
    module: Module
    kind: str = "fn"  # fn | static | me

    def __repr__(self) -> str:
        return f"<fn {self.name}>"


@dataclass
class ClassDef:
    name: str
    fields: list[str]
    methods: dict[str, Function]


@dataclass(eq=False)
class Instance:
    cls: ClassDef
    fields: dict[str, Any]

    def __repr__(self) -> str:
        return f"{self.cls.name}({self.fields})"


@dataclass
class Extern:
    name: str
    call: Callable[..., Any]


@dataclass
class Module:
    name: str
    path: str
    names: dict[str, Any] = field(default_factory=dict)


class Expectation:
    def __init__(self, value: Any) -> None:
        self.value = value

    def to_equal(self, want: Any) -> None:
        if not _equal(self.value, want):
            raise ExpectationFailed(f"expected {want!r}, got {self.value!r}")

    def to_contain(self, part: Any) -> None:
        if part not in self.value:
            raise ExpectationFailed(f"expected {self.value!r} to contain {part!r}")

    def to_be_greater_than(self, other: Any) -> None:
        if not self.value > other:
            raise ExpectationFailed(f"expected {self.value!r} > {other!r}")


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return bool(a == b)


# ---- the interpreter ------------------------------------------------------------------------

class Interpreter:
    def __init__(self, modules: dict[str, Path], externs: Callable[[str], Callable[..., Any]],
                 builtin_modules: dict[str, dict[str, Any]]) -> None:
        self.paths = modules
        self.externs = externs
        self.builtin = builtin_modules
        self.loaded: dict[str, Module] = {}
        self.cases: list[tuple[str, str, Line, Module]] = []

    # -- modules --
    def module(self, name: str) -> Module:
        if name in self.loaded:
            return self.loaded[name]
        if name in self.builtin:
            m = Module(name, "<builtin>", dict(self.builtin[name]))
            self.loaded[name] = m
            return m
        if name not in self.paths:
            raise SplError(f"no module {name}")
        path = self.paths[name]
        m = Module(name, str(path))
        self.loaded[name] = m
        self.load(m, blocks(path.read_text(encoding="utf-8"), str(path)))
        return m

    def load(self, m: Module, lines: list[Line]) -> None:
        for line in lines:
            where = f"{m.path}:{line.n}"
            code = line.code
            if code.startswith("use "):
                mm = re.match(r"^use ([\w.]+)\.\{(.*)\}$", code)
                if not mm:
                    raise SplError(f"{where}: use form not modelled: {code}")
                src = self.module(mm.group(1))
                for n in (x.strip() for x in mm.group(2).split(",") if x.strip()):
                    if n not in src.names and "*" in src.names:  # a builtin module's any name
                        src.names[n] = src.names["*"](n)
                    if n not in src.names:
                        raise SplError(f"{where}: {mm.group(1)} has no {n}")
                    m.names[n] = src.names[n]
            elif code.startswith("export "):
                pass
            elif code.startswith("extern fn "):
                name = re.match(r"^extern fn (\w+)\(", code).group(1)  # type: ignore[union-attr]
                m.names[name] = Extern(name, self.externs(name))
            elif code.startswith("class "):
                m.names[code[6:-1].strip()] = self.class_def(m, line)
            elif code.startswith("fn "):
                f = self.function(m, line, "fn")
                m.names[f.name] = f
            elif mv := re.match(r"^val (\w+)(?:: [\w\[\]<>, ]+)? = (.+)$", code):
                env: dict[str, Any] = {_VALS: set(), _KIND: "fn"}
                m.names[mv.group(1)] = self.eval(parse_expr(mv.group(2), where), env, m)
            elif code.startswith("describe "):
                title = parse_expr(code[9:-1], where)[1]
                for case in line.body:
                    if not case.code.startswith("it "):
                        raise SplError(f"{m.path}:{case.n}: only `it` inside describe")
                    self.cases.append((_text(title), _text(parse_expr(case.code[3:-1], where)[1]),
                                       case, m))
            else:
                raise SplError(f"{where}: top-level statement not modelled: {code}")

    def class_def(self, m: Module, line: Line) -> ClassDef:
        cls = ClassDef(line.code[6:-1].strip(), [], {})
        for item in line.body:
            if item.code.startswith(("fn ", "static fn ", "me ")):
                kind = "static" if item.code.startswith("static") else item.code.split()[0]
                f = self.function(m, item, kind)
                cls.methods[f.name] = f
            elif re.match(r"^\w+: ", item.code):
                cls.fields.append(item.code.split(":")[0])
            else:
                raise SplError(f"{m.path}:{item.n}: class member not modelled: {item.code}")
        return cls

    def function(self, m: Module, line: Line, kind: str) -> Function:
        where = f"{m.path}:{line.n}"
        code = line.code.removeprefix("static ")
        mm = re.match(r"^(?:fn|me) (\w+)\((.*)\)(?: -> .+)?:$", code)
        if not mm:
            raise SplError(f"{where}: fn form not modelled: {code}")
        params: list[tuple[str, tuple | None]] = []
        for p in _split_params(mm.group(2)):
            name, _, rest = p.partition(":")
            default = rest.split("=", 1)[1] if "=" in rest and not rest.strip().startswith(
                "fn(") else None
            params.append((name.strip(), parse_expr(default, where) if default else None))
        return Function(mm.group(1), params, line.body, m, kind)

    # -- calls --
    def call(self, f: Any, args: list[Any], named: dict[str, Any], self_obj: Any = None) -> Any:
        if isinstance(f, Extern):
            return f.call(*args)
        if isinstance(f, ClassDef):
            if args or set(named) != set(f.fields):
                raise SplError(f"{f.name}(...) needs every field by name: {sorted(named)}")
            return Instance(f, dict(named))
        if callable(f) and not isinstance(f, Function):
            return f(*args)
        if not isinstance(f, Function):
            raise SplError(f"{f!r} is not callable")
        if named:
            raise SplError(f"{f.name}: named arguments not modelled")
        if len(args) > len(f.params):
            raise SplError(f"{f.name}: {len(args)} arguments for {len(f.params)} parameters")
        env: dict[str, Any] = {_VALS: set(), _KIND: f.kind}
        if self_obj is not None:
            env["self"] = self_obj
        for i, (name, default) in enumerate(f.params):
            if i < len(args):
                env[name] = args[i]
            elif default is not None:
                env[name] = self.eval(default, env, f.module)
            else:
                raise SplError(f"{f.name}: missing argument {name}")
        try:
            return self.block(f.body, env, f.module)
        except _Return as r:
            return r.value

    # -- statements --
    def block(self, lines: list[Line], env: dict[str, Any], m: Module) -> Any:
        value = None
        i = 0
        while i < len(lines):
            line = lines[i]
            code = line.code
            where = f"{m.path}:{line.n}"
            value = None
            if code.startswith("if "):
                chain = [(code[3:-1], line.body)]
                while i + 1 < len(lines) and lines[i + 1].code.startswith(("elif ", "else:")):
                    i += 1
                    nxt = lines[i]
                    chain.append((nxt.code[5:-1] if nxt.code.startswith("elif") else None,
                                  nxt.body))
                for cond, body in chain:
                    if cond is None or self.truth(parse_expr(cond, where), env, m, where):
                        value = self.block(body, env, m)
                        break
            elif code.startswith("while "):
                cond = parse_expr(code[6:-1], where)
                while self.truth(cond, env, m, where):
                    self.block(line.body, env, m)
            elif code.startswith("for "):
                mm = re.match(r"^for (\w+) in (.+):$", code)
                if not mm:
                    raise SplError(f"{where}: for form not modelled")
                for item in list(self.eval(parse_expr(mm.group(2), where), env, m)):
                    env[mm.group(1)] = item
                    self.block(line.body, env, m)
            elif code == "return" or code.startswith("return "):
                raise _Return(self.eval(parse_expr(code[7:], where), env, m)
                              if code != "return" else None)
            elif (mm := re.match(r"^(val|var) (\w+)(?:: [^=]+)? = (.+)$", code)) is not None:
                env[mm.group(2)] = self.eval(parse_expr(mm.group(3), where), env, m)
                vals = env.setdefault(_VALS, set())
                if mm.group(1) == "val":
                    vals.add(mm.group(2))
                else:
                    vals.discard(mm.group(2))
            elif code.startswith(("describe ", "it ")) or code.endswith(":"):
                raise SplError(f"{where}: block not modelled: {code}")
            else:
                target, value_code = _assignment(code)
                if target is not None:
                    self.assign(parse_expr(target, where), self.eval(
                        parse_expr(value_code, where), env, m), env, m, where)
                else:
                    value = self.eval(parse_expr(code, where), env, m)
            i += 1
        return value

    def assign(self, target: tuple, value: Any, env: dict[str, Any], m: Module, where: str
               ) -> None:
        if target[0] == "name":
            if target[1] not in env:
                raise SplError(f"{where}: assignment to undeclared {target[1]}")
            if target[1] in env.get(_VALS, ()):
                raise SplError(f"{where}: assignment to val {target[1]}")
            env[target[1]] = value
        elif target[0] == "attr":
            obj = self.eval(target[1], env, m)
            if not isinstance(obj, Instance) or target[2] not in obj.cls.fields:
                raise SplError(f"{where}: no field {target[2]} to assign")
            if obj is env.get("self") and env.get(_KIND) == "fn":
                raise SplError(f"{where}: a fn method assigns to self.{target[2]} (a 'me' "
                               "method may)")
            obj.fields[target[2]] = value
        else:
            raise SplError(f"{where}: assignment target not modelled")

    def truth(self, e: tuple, env: dict[str, Any], m: Module, where: str) -> bool:
        v = self.eval(e, env, m)
        if not isinstance(v, bool):
            raise SplError(f"{where}: a condition must be bool, got {v!r}")
        return v

    # -- expressions --
    def eval(self, e: tuple, env: dict[str, Any], m: Module) -> Any:
        kind = e[0]
        if kind == "lit":
            return e[1]
        if kind == "str":
            return "".join(p if isinstance(p, str) else _show(self.eval(p, env, m))
                           for p in e[1])
        if kind == "name":
            if e[1] in env:
                return env[e[1]]
            if e[1] in m.names:
                return m.names[e[1]]
            raise SplError(f"{m.path}: {e[1]} is not defined")
        if kind == "list":
            return [self.eval(x, env, m) for x in e[1]]
        if kind == "not":
            v = self.eval(e[1], env, m)
            if not isinstance(v, bool):
                raise SplError(f"not of {v!r}")
            return not v
        if kind == "neg":
            return -self.eval(e[1], env, m)
        if kind == "bin":
            return self.binary(e[1], e[2], e[3], env, m)
        if kind == "index":
            return self.eval(e[1], env, m)[self.eval(e[2], env, m)]
        if kind == "attr":
            obj = self.eval(e[1], env, m)
            if isinstance(obj, Instance) and e[2] in obj.fields:
                return obj.fields[e[2]]
            raise SplError(f"{m.path}: {obj!r} has no field {e[2]}")
        if kind == "call":
            return self.invoke(e, env, m)
        raise SplError(f"expression {kind} not modelled")

    def invoke(self, e: tuple, env: dict[str, Any], m: Module) -> Any:
        _, fn, pos, named = e
        args = [self.eval(a, env, m) for a in pos]
        kwargs = {k: self.eval(v, env, m) for k, v in named.items()}
        if fn[0] == "attr":
            obj = self.eval(fn[1], env, m)
            name = fn[2]
            if isinstance(obj, Instance):
                if name not in obj.cls.methods:
                    raise SplError(f"{obj.cls.name} has no method {name}")
                return self.call(obj.cls.methods[name], args, kwargs, obj)
            if isinstance(obj, ClassDef):
                method = obj.methods.get(name)
                if method is None or method.kind != "static":
                    raise SplError(f"{obj.name} has no static fn {name}")
                return self.call(method, args, kwargs)
            if isinstance(obj, list) and name == "len" and not args:
                return len(obj)
            if isinstance(obj, list) and name == "push" and len(args) == 1:
                obj.append(args[0])
                return None
            if isinstance(obj, Expectation):
                return getattr(obj, name)(*args)
            raise SplError(f"{m.path}: method {name} of {obj!r} not modelled")
        if fn == ("name", "expect"):
            return Expectation(args[0])
        return self.call(self.eval(fn, env, m), args, kwargs)

    def binary(self, op: str, a: tuple, b: tuple, env: dict[str, Any], m: Module) -> Any:
        x = self.eval(a, env, m)
        if op == "and":
            return x and self.eval(b, env, m)
        if op == "or":
            return x or self.eval(b, env, m)
        y = self.eval(b, env, m)
        if op == "==":
            return _equal(x, y) if not isinstance(x, Instance) else x is y
        if op == "!=":
            return not (_equal(x, y) if not isinstance(x, Instance) else x is y)
        if op in ("<", "<=", ">", ">="):
            return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if isinstance(x, int) and isinstance(y, int):
                return int(x / y)
            if y == 0:
                return math.nan if x == 0 or x != x else math.copysign(math.inf, x)
            return x / y
        if op == "%":
            return math.fmod(x, y) if isinstance(x, float) else x % y
        raise SplError(f"operator {op} not modelled")

    # -- the spec DSL --
    def run_cases(self) -> list[tuple[str, str, str | None]]:
        results = []
        for title, case_title, line, m in self.cases:
            try:
                self.block(line.body, {}, m)
                results.append((title, case_title, None))
            except ExpectationFailed as ex:
                results.append((title, case_title, f"{m.path}: {ex}"))
            except SplError as ex:
                results.append((title, case_title, f"{m.path}: not runnable: {ex}"))
        return results


def _text(v: Any) -> str:
    return v if isinstance(v, str) else "".join(x for x in v if isinstance(x, str))


def _show(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _split_params(s: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for c in s:
        if c in "([<":
            depth += 1
        elif c in ")]>" and not cur.endswith("-"):
            depth -= 1
        if c == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
    if cur.strip():
        out.append(cur)
    return out


def _assignment(code: str) -> tuple[str | None, str]:
    """`target = value` at the top level of the line (not ==, <=, >=, !=)."""
    depth = 0
    in_str = False
    for i, c in enumerate(code):
        if c == '"':
            in_str = not in_str
        if in_str:
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "=" and depth == 0 and code[i - 1] not in "=!<>" and code[i + 1] != "=":
            return code[:i].strip(), code[i + 1:].strip()
    return None, code


# ---- the typed lane over cffi ---------------------------------------------------------------

def typed_lane(variant: Any, functions: dict[str, Any], prefix: str
               ) -> Callable[[str], Callable[..., Any]]:
    """extern name -> a Python callable doing the typed lane's lowering for that C function: an
    array argument is a pointer and a length (the element type read from the C prototype), an
    array result is sized with a first call given a NULL buffer and length 0."""
    ffi = variant.ffi

    def make(symbol: str) -> Callable[..., Any]:
        info = functions[symbol.removeprefix(prefix)]
        cfn = variant.func(info.name)
        ctypes = ffi.typeof(cfn).args
        out_item = ctypes[-2].item.cname if _is_array(info.returns) else None

        def call(*args: Any) -> Any:
            c_args: list[Any] = []
            keep = []
            for (_name, type_, _), v in zip(info.args, args, strict=True):
                ctype = ctypes[len(c_args)]
                if _is_array(type_):
                    buf = ffi.new(f"{ctype.item.cname}[]", list(v))
                    keep.append(buf)
                    c_args += [buf, len(v)]
                elif type_ == "text":
                    buf = ffi.new("char[]", v.encode())
                    keep.append(buf)
                    c_args.append(buf)
                else:
                    c_args.append(v)
            if out_item is not None:
                count = cfn(*c_args, ffi.NULL, 0)
                if count < 0:
                    return []
                out = ffi.new(f"{out_item}[]", max(count, 1))
                cfn(*c_args, out, count)
                return [out[i] for i in range(count)]
            raw = cfn(*c_args)
            if info.returns == "text":
                return "" if raw == ffi.NULL else ffi.string(raw).decode("utf-8", "replace")
            if info.returns in ("f32", "f64"):
                return float(raw)
            return raw

        return call

    return make


def _is_array(type_: str) -> bool:
    return type_ == "shape" or type_.startswith("[")


# ---- command line: one spec file in a fresh process (as `bin/simple test FILE` would) ------

def _unavailable(name: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        raise SplError(f"lib.pure.tensor.{name} is not part of this project")
    return call


def run_spec(path: Path, modules: dict[str, Path], variant: Any, functions: dict[str, Any],
             prefix: str) -> list[tuple[str, str, str | None]]:
    """Every `it` of a spec file: (describe, it, None or why it failed). lib.pure.tensor (the
    stub variant's fallback, not part of this project) answers any call with an error."""
    pure = {"PureTensor": ClassDef("PureTensor", ["data", "shape"], {}), "*": _unavailable}
    interp = Interpreter(modules, typed_lane(variant, functions, prefix),
                         {"lib.pure.tensor": pure})
    module = Module("spec", str(path))
    interp.load(module, blocks(path.read_text(encoding="utf-8"), str(path)))
    return interp.run_cases()


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(description="run a Simple spec file over the library")
    parser.add_argument("spec", type=Path)
    parser.add_argument("--module", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--variant", default="torch")
    args = parser.parse_args(argv)
    from simple_torch_ffi import _abi, load_variant

    modules = {k: Path(v) for k, v in (m.split("=", 1) for m in args.module)}
    results = run_spec(args.spec, modules, load_variant(args.variant), _abi.FUNCTIONS,
                       _abi.PREFIX)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
