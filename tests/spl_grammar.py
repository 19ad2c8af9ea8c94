"""A checker of the upstream Simple grammar facts for generated `.spl` files.

The real Simple toolchain cannot be installed on these machines, so the project checks its
generated Simple files against the rules read from the upstream parser
(../shared/notes/simple-language.md):

- `extern fn NAME(PARAM: TYPE, ...) -> RET` on one line at top level, nothing after it (no
  trailing colon: a declaration has no body); NAME a C identifier;
- types: i64 i32 f64 bool text, arrays [T], fixed arrays [T; N], tuples (T, U), generics
  Name<T>, function types fn(T, U) -> R (and fn() with no result), and class/struct names
  declared in the file or imported by `use`;
- a method that changes its object is `me NAME(PARAM: TYPE, ...) -> RET:` (upstream's mutable
  methods: `fn` methods may not assign to self), only directly inside a class;
- `fn` parameters may have a default (`dim: i64 = 0`), extern parameters may not;
- parameter (and val/var) names are not words the upstream parser rejects (pass gen val def
  exists actor assert join pass_todo pass_do_nothing pass_dn) nor keywords;
- a `fn` (or class, struct, describe, it, if, elif, else, while, for) ends with `:` and its body
  is indented exactly 4 spaces deeper; indentation is spaces only, in multiples of 4, and a
  dedent returns to an enclosing level;
- brackets and quotes balance on each line (a `use a.b.{` block may span lines, one name a
  line); `"..."` strings interpolate `{expr}`, so their braces balance too; `r"..."` is raw;
  `\"\"\"...\"\"\"` docstrings may span lines;
- `use` lines are `use a.b.{x, y}`, `use a.b.*` or `use a.b`; `export` names identifiers.

check_text() / check_file() return problems as `path:line: message`, in line order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_IDENT_RE = re.compile(rf"^{IDENT}$")
PRIMITIVES = frozenset({"i64", "i32", "f64", "f32", "bool", "text"})
# Rejected as parameter names by the upstream parser, plus its keywords.
RESERVED = frozenset(
    """pass gen val def exists actor assert join pass_todo pass_do_nothing pass_dn
    fn type class use in var static extern export import struct enum trait impl if elif else
    while for loop break continue return match case and or not is true false nil self me
    async await yield mod pub let const""".split()
)
BLOCK_KEYWORDS = ("class", "struct", "describe", "it", "context", "if", "elif", "else", "while",
                  "for", "match", "case")
INDENT_WIDTH = 4

_EXTERN_HEAD = re.compile(r"^extern fn (?P<name>[^\s(]+)\(")
_FN_HEAD = re.compile(rf"^(?:(?:static )?fn|me) (?P<name>{IDENT})\(")
_CLASS = re.compile(rf"^(?:class|struct) (?P<name>{IDENT})(?:<{IDENT}(?:, {IDENT})*>)?:$")
_SPEC_BLOCK = re.compile(r'^(?:describe|it|context) r?"[^"\\]*(?:\\.[^"\\]*)*":$')
_PATH = rf"{IDENT}(?:\.{IDENT})*"
_USE = re.compile(rf"^use {_PATH}(?:\.\*|\.\{{\s*{IDENT}(?:\s*,\s*{IDENT})*\s*\}})?$")
_USE_OPEN = re.compile(rf"^use {_PATH}\.\{{$")
_USE_ENTRY = re.compile(rf"^{IDENT},?$")
_EXPORT = re.compile(rf"^export {IDENT}(?:, {IDENT})*$")
_BINDING = re.compile(r"^(?:val|var) (?P<name>[^\s:=]+)(?:\s*:\s*(?P<type>[^=]+?))?\s*=\s*\S")
_FIELD = re.compile(rf"^(?P<name>{IDENT}): (?P<type>.+)$")
_CLOSERS = {")": "(", "]": "[", "}": "{"}


class _TypeError(ValueError):
    pass


def _parse_type(s: str, known: frozenset[str]) -> None:
    """Raise _TypeError unless s is one Simple type."""
    pos = _type_at(s.strip(), 0, known)
    if pos != len(s.strip()):
        raise _TypeError(f"unexpected {s.strip()[pos:]!r} in type {s.strip()!r}")


def _skip_ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] == " ":
        pos += 1
    return pos


def _type_at(s: str, pos: int, known: frozenset[str]) -> int:
    pos = _skip_ws(s, pos)
    if pos >= len(s):
        raise _TypeError(f"missing type in {s!r}")
    if s[pos] == "[":
        pos = _skip_ws(s, _type_at(s, pos + 1, known))
        if pos < len(s) and s[pos] == ";":
            m = re.compile(r"\s*\d+\s*").match(s, pos + 1)
            if not m:
                raise _TypeError(f"fixed array size must be an integer in {s!r}")
            pos = m.end()
        if pos >= len(s) or s[pos] != "]":
            raise _TypeError(f"unclosed '[' in type {s!r}")
        return pos + 1
    if s.startswith("fn(", pos):  # a function type: fn(T, U) -> R, fn()
        pos = _skip_ws(s, pos + 3)
        if pos < len(s) and s[pos] == ")":
            pos += 1
        else:
            pos = _type_at(s, pos, known)
            while True:
                pos = _skip_ws(s, pos)
                if pos < len(s) and s[pos] == ",":
                    pos = _type_at(s, pos + 1, known)
                    continue
                if pos < len(s) and s[pos] == ")":
                    pos += 1
                    break
                raise _TypeError(f"unclosed '(' in function type {s!r}")
        if s.startswith(" -> ", pos):
            pos = _type_at(s, pos + 4, known)
        return pos
    if s[pos] == "(":
        pos = _type_at(s, pos + 1, known)
        while True:
            pos = _skip_ws(s, pos)
            if pos < len(s) and s[pos] == ",":
                pos = _type_at(s, pos + 1, known)
                continue
            if pos < len(s) and s[pos] == ")":
                return pos + 1
            raise _TypeError(f"unclosed '(' in type {s!r}")
    m = re.compile(IDENT).match(s, pos)
    if not m:
        raise _TypeError(f"{s[pos:]!r} is not a type")
    name = m.group()
    pos = m.end()
    if pos < len(s) and s[pos] == "<":
        if name not in known:
            raise _TypeError(f"unknown generic type {name!r}")
        pos = _type_at(s, pos + 1, known)
        while True:
            pos = _skip_ws(s, pos)
            if pos < len(s) and s[pos] == ",":
                pos = _type_at(s, pos + 1, known)
                continue
            if pos < len(s) and s[pos] == ">":
                return pos + 1
            raise _TypeError(f"unclosed '<' in type {s!r}")
    if name not in PRIMITIVES and name not in known:
        raise _TypeError(f"unknown type {name!r}")
    return pos


def _signature(code: str, head: re.Pattern[str]) -> tuple[str, str, str | None] | None:
    """(name, params, return type or None) of `HEAD(params) -> RET`, or None if malformed."""
    m = head.match(code)
    if not m:
        return None
    depth, i = 1, m.end()
    while i < len(code) and depth:
        depth += {"(": 1, ")": -1}.get(code[i], 0)
        i += 1
    if depth:
        return None
    rest = code[i:]
    if not rest:
        return m.group("name"), code[m.end():i - 1], None
    if rest.startswith(" -> ") and rest[4:].strip():
        return m.group("name"), code[m.end():i - 1], rest[4:]
    return None


def _split_top(s: str) -> list[str]:
    """Split on commas outside brackets and strings."""
    parts, depth, cur = [], 0, []
    in_string = escaped = False
    for ch in s:
        if in_string:
            cur.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "([<":
            depth += 1
        elif ch in ")]" or (ch == ">" and not (cur and cur[-1] == "-")):  # not the -> arrow
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


@dataclass
class _Scan:
    """One line split into code and comment, with what its strings and brackets left open."""

    code: str
    problems: list[str] = field(default_factory=list)
    open_brackets: list[str] = field(default_factory=list)
    opens_docstring: bool = False


def _scan(line: str) -> _Scan:
    out: list[str] = []
    problems: list[str] = []
    stack: list[str] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "#":
            break
        if line.startswith('"""', i):
            end = line.find('"""', i + 3)
            if end < 0:
                out.append(line[i:])
                return _Scan("".join(out).rstrip(), problems, stack, opens_docstring=True)
            out.append(line[i:end + 3])
            i = end + 3
            continue
        raw = ch == "r" and i + 1 < n and line[i + 1] == '"' and (i == 0 or not (
            line[i - 1].isalnum() or line[i - 1] == "_"))
        if ch == '"' or raw:
            start = i
            j = i + (2 if raw else 1)
            depth = 0
            closed = False
            while j < n:
                c = line[j]
                if c == "\\" and not raw:
                    j += 2
                    continue
                if c == '"':
                    closed = True
                    break
                if not raw and c == "{":
                    depth += 1
                elif not raw and c == "}":
                    depth -= 1
                    if depth < 0:
                        problems.append("unbalanced '}' in an interpolated string")
                        depth = 0
                j += 1
            if not closed:
                problems.append("unterminated string")
                out.append(line[start:])
                break
            if depth:
                problems.append("unclosed '{' in an interpolated string")
            out.append(line[start:j + 1])
            i = j + 1
            continue
        if ch == "'":
            problems.append("unexpected \"'\" (Simple strings use double quotes)")
        if ch in "([{":
            stack.append(ch)
        elif ch in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[ch]:
                problems.append(f"unbalanced {ch!r}")
            else:
                stack.pop()
        out.append(ch)
        i += 1
    return _Scan("".join(out).rstrip(), problems, stack)


def _known_types(lines: list[str]) -> frozenset[str]:
    names: set[str] = set()
    in_use = False
    for raw in lines:
        s = raw.strip()
        m = re.match(rf"^(?:class|struct) ({IDENT})", s)
        if m:
            names.add(m.group(1))
        if in_use:
            if s == "}":
                in_use = False
            elif re.match(r"^[A-Z][A-Za-z0-9_]*,?$", s):
                names.add(s.rstrip(","))
            continue
        if _USE_OPEN.match(s):
            in_use = True
        m = re.match(r"^use [\w.]+\.\{(.*)\}$", s)
        if m:
            names.update(x.strip() for x in m.group(1).split(",") if x.strip()[:1].isupper())
    return frozenset(names)


class _Checker:
    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.known = _known_types(self.lines)
        self.problems: list[tuple[int, str]] = []

    def report(self, line: int, message: str) -> None:
        self.problems.append((line, message))

    def check_params(self, n: int, params: str, what: str, defaults: bool) -> None:
        if not params.strip():
            return
        for p in _split_top(params):
            m = re.match(r"^\s*(?P<name>[^\s:]+)\s*:\s*(?P<type>[^=]+?)\s*"
                         r"(?:=\s*(?P<default>.*?)\s*)?$", p)
            if not m:
                self.report(n, f"{what}: parameter {p.strip()!r} is not 'name: Type'")
                continue
            self.check_name(n, m.group("name"), f"{what}: parameter name")
            self.check_type(n, m.group("type"), what)
            if m.group("default") is not None:
                if not defaults:
                    self.report(n, f"{what}: an extern parameter has no default value")
                elif not m.group("default"):
                    self.report(n, f"{what}: parameter {m.group('name')!r} has an empty default")

    def check_name(self, n: int, name: str, what: str) -> None:
        if not _IDENT_RE.match(name):
            self.report(n, f"{what} {name!r} is not an identifier")
        elif name in RESERVED:
            self.report(n, f"{what} {name!r} is reserved in Simple")

    def check_type(self, n: int, t: str, what: str) -> None:
        try:
            _parse_type(t, self.known)
        except _TypeError as e:
            self.report(n, f"{what}: {e}")

    def statement(self, n: int, code: str, indent: int, class_indent: int | None) -> None:
        if code.startswith("extern ") or code == "extern":
            if code.endswith(":"):
                self.report(n, "extern fn must not end with ':' (a declaration has no body)")
                code = code[:-1].rstrip()
            sig = _signature(code, _EXTERN_HEAD)
            if sig is None:
                self.report(n, "extern declaration is not 'extern fn NAME(PARAM: TYPE, ...) "
                               "-> RET' with nothing after it")
                return
            name, params, ret = sig
            if indent:
                self.report(n, "extern fn must be at top level")
            if not _IDENT_RE.match(name):
                self.report(n, f"extern name {name!r} is not a C identifier")
            self.check_params(n, params, f"extern fn {name}", defaults=False)
            if ret:
                self.check_type(n, ret, f"extern fn {name} result")
            return
        if re.match(r"^(?:(?:static )?fn\b|me )", code):
            if code.startswith("me") and (class_indent is None
                                          or indent != class_indent + INDENT_WIDTH):
                self.report(n, "a 'me' method must be directly inside a class")
            if not code.endswith(":"):
                self.report(n, "fn with a body must end with ':'")
                code += ":"
            sig = _signature(code[:-1], _FN_HEAD)
            if sig is None:
                self.report(n, "fn is not 'fn NAME(PARAM: TYPE, ...) -> RET:'")
                return
            name, params, ret = sig
            self.check_name(n, name, "fn name")
            self.check_params(n, params, f"fn {name}", defaults=True)
            if ret:
                self.check_type(n, ret, f"fn {name} result")
            return
        word = re.match(r"^[a-z_]+", code)
        keyword = word.group() if word else ""
        if keyword in ("class", "struct"):
            if not _CLASS.match(code):
                self.report(n, f"{keyword} is not '{keyword} Name:'")
            return
        if keyword in ("describe", "it", "context"):
            if not code.endswith(":"):
                self.report(n, f"{keyword} must end with ':'")
            elif not _SPEC_BLOCK.match(code):
                self.report(n, f"{keyword} is not '{keyword} \"title\":'")
            return
        if keyword in BLOCK_KEYWORDS and not code.endswith(":"):
            self.report(n, f"{keyword!r} must end with ':'")
            return
        if keyword == "use":
            if not (_USE.match(code) or _USE_OPEN.match(code)):
                self.report(n, "use is not 'use a.b.{x, y}', 'use a.b.*' or 'use a.b'")
            return
        if keyword == "export":
            if not _EXPORT.match(code):
                self.report(n, "export is not 'export name, name, ...'")
            return
        if keyword in ("val", "var"):
            m = _BINDING.match(code)
            if not m:
                self.report(n, f"{keyword} is not '{keyword} name = value'")
                return
            self.check_name(n, m.group("name"), f"{keyword} name")
            if m.group("type"):
                self.check_type(n, m.group("type"), f"{keyword} {m.group('name')}")
            return
        if class_indent is not None and indent == class_indent + INDENT_WIDTH:
            m = _FIELD.match(code)
            if m:
                self.check_name(n, m.group("name"), "field name")
                self.check_type(n, m.group("type"), f"field {m.group('name')}")

    def run(self) -> list[str]:
        stack = [0]
        opener: tuple[int, int] | None = None  # (line, indent) of a line ending with ':'
        classes: list[int] = []  # indents of enclosing class/struct lines
        in_docstring = False
        use_block: int | None = None
        for n, line in enumerate(self.lines, 1):
            if in_docstring:
                if '"""' in line:
                    in_docstring = False
                continue
            if not line.strip():
                continue
            lead = line[:len(line) - len(line.lstrip(" \t"))]
            if "\t" in lead:
                self.report(n, "tab in indentation (Simple indents with spaces)")
                continue
            if "\t" in line:
                self.report(n, "tab character")
            indent = len(lead)
            if indent % INDENT_WIDTH:
                self.report(n, f"indentation of {indent} spaces is not a multiple of "
                               f"{INDENT_WIDTH}")
            scan = _scan(line.strip())
            code = scan.code
            if use_block is not None and code == "}" and indent == 0:
                use_block = None
                continue
            for p in scan.problems:
                self.report(n, p)
            if use_block is not None:
                if code and (indent != INDENT_WIDTH or not _USE_ENTRY.match(code)):
                    self.report(n, f"a line of the use block opened on line {use_block} must "
                                   "be one indented name")
                continue
            if not code:  # a comment line
                continue
            # block structure
            if opener is not None:
                if indent == stack[-1] + INDENT_WIDTH:
                    stack.append(indent)
                elif indent > stack[-1] + INDENT_WIDTH:
                    self.report(n, f"body indented {indent} spaces; expected "
                                   f"{stack[-1] + INDENT_WIDTH}")
                    stack.append(indent)
                else:
                    self.report(opener[0], "line ending with ':' has no indented body")
                opener = None
            if indent > stack[-1]:
                self.report(n, f"unexpected indentation ({indent} spaces, block is at "
                               f"{stack[-1]})")
            elif indent < stack[-1]:
                while stack and stack[-1] > indent:
                    stack.pop()
                if not stack or stack[-1] != indent:
                    self.report(n, f"dedent to {indent} spaces matches no enclosing block")
                    stack.append(indent)
            while classes and classes[-1] >= indent:
                classes.pop()
            self.statement(n, code, indent, classes[-1] if classes else None)
            if _USE_OPEN.match(code):
                use_block = n
                continue
            if scan.open_brackets:
                self.report(n, "unclosed " + ", ".join(repr(b) for b in scan.open_brackets))
            if scan.opens_docstring:
                in_docstring = True
                continue
            if code.endswith(":") and not code.startswith("extern "):
                opener = (n, indent)
                if re.match(r"^(?:class|struct)\b", code):
                    classes.append(indent)
        if opener is not None:
            self.report(opener[0], "line ending with ':' has no indented body")
        if use_block is not None:
            self.report(use_block, "use block is never closed with '}'")
        if in_docstring:
            self.report(len(self.lines), 'unterminated """ docstring')
        return [f"{self.path}:{line}: {msg}" for line, msg in sorted(self.problems,
                                                                    key=lambda p: p[0])]


def check_text(text: str, path: str = "<text>") -> list[str]:
    """Problems of one .spl text, as `path:line: message`."""
    return _Checker(text, path).run()


def check_file(path: str | Path) -> list[str]:
    p = Path(path)
    return check_text(p.read_text(encoding="utf-8"), str(path))
