"""SDN (Simple Data Notation): the parser dl.config.sdn needs (no SDN package exists).

SDN subset
==========

SDN (Simple Data Notation) is an indentation-based format, similar to YAML.  The subset
understood by :func:`parse_sdn` is:

* One entry per line: ``key: value``.  The key ends at the FIRST ``:`` that is followed by a
  space, a tab or the end of the line, so ``device: cuda:1`` has key ``device`` and value
  ``cuda:1``.  Keys match ``[A-Za-z_][A-Za-z0-9_.-]*``.
* ``key:`` with nothing after it opens a nested block: the following lines indented deeper
  than the key form a mapping.  A ``key:`` with no deeper lines after it is an empty mapping.
  A block's indentation is set by its first line; later lines must use the same column.
  Indentation is spaces only; a tab in the indentation is an error.
* Comments: a line whose first non-blank character is ``#`` is ignored, and so is text from a
  ``#`` that starts the value or follows whitespace (``key: v  # note``).  A ``#`` inside a
  quoted string, or glued to a bare word (``a#b``), is part of the value.  Blank lines are
  ignored.
* Scalar values:

  - ``"double quoted"`` strings with the escapes ``\\\\ \\" \\' \\n \\t \\r``;
  - ``'single quoted'`` strings, taken literally (no escapes);
  - integers ``42``, ``-7``, ``1_000_000`` (underscores only between digits);
  - floats ``3.14``, ``-0.5``, ``1e-3``, ``2.5E+10``, ``1_000.5``;
  - ``true`` / ``false`` (booleans) and ``null`` (``None``), lower case only;
  - anything else is a bare string, trimmed of surrounding whitespace (``cuda:1``, ``cpu``).

* Inline containers, written on one line: ``key = [a, b, 3]`` and ``key = {a: 1, b: x}``.
  The ``key: [a, b]`` spelling is accepted as well.  Items are scalars or nested inline
  containers; a trailing comma is allowed; in inline mappings the key is a bare key or a
  quoted string and bare values end at ``,`` or ``}`` (so ``{device: cuda:1}`` works).

Anything else is an error.  Errors raise :class:`SdnError` with the message
``"{path}:{line}: {what}"`` (line numbers are 1-based).  Duplicate keys in the same mapping
are errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LineTable", "SdnError", "parse_sdn", "parse_sdn_with_lines"]

#: Key path (tuple of keys from the top level) -> 1-based line number of that key.
LineTable = dict[tuple[str, ...], int]


class SdnError(ValueError):
    """Malformed SDN text: the message is `path:line: what`."""


# --------------------------------------------------------------------------------------------
# SDN parser
# --------------------------------------------------------------------------------------------

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_SEPARATOR_RE = re.compile(r":(?=[ \t]|$)")
_ASSIGN_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*")
_COMMENT_RE = re.compile(r"[ \t]#")
_INT_RE = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*")
_DIGITS = r"[0-9]+(?:_[0-9]+)*"
_FLOAT_RE = re.compile(rf"[+-]?{_DIGITS}(?:\.{_DIGITS}(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)")
_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r"}


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    content: str


def _convert_scalar(token: str) -> object:
    """Turn an unquoted token into bool / None / int / float, or keep it as a string."""
    if token == "true":
        return True
    if token == "false":
        return False
    if token == "null":
        return None
    if _INT_RE.fullmatch(token):
        return int(token.replace("_", ""))
    if _FLOAT_RE.fullmatch(token):
        return float(token.replace("_", ""))
    return token


class _ValueScanner:
    """Parses the value part of one line (scalars and inline containers)."""

    def __init__(self, text: str, path: str, line: int) -> None:
        self.text = text
        self.pos = 0
        self.path = path
        self.line = line

    def error(self, what: str) -> SdnError:
        return SdnError(f"{self.path}:{self.line}: {what}")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def at_end_or_comment(self) -> bool:
        """True at end of line or at a comment (call after :meth:`skip_ws`)."""
        return self.pos >= len(self.text) or self.text[self.pos] == "#"

    def expect_end(self) -> None:
        self.skip_ws()
        if not self.at_end_or_comment():
            raise self.error(f"unexpected text after value: {self.text[self.pos :]!r}")

    def quoted(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if ch == "\\" and quote == '"':
                nxt = self.text[self.pos + 1 : self.pos + 2]
                if nxt not in _ESCAPES:
                    raise self.error(f"unknown escape sequence '\\{nxt}' in string")
                out.append(_ESCAPES[nxt])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1
        raise self.error(f"unterminated string (missing closing {quote})")

    def block_value(self) -> object:
        """A value after ``key:`` (the rest of the line); the caller handles an empty value."""
        ch = self.peek()
        if ch in ("'", '"'):
            value: object = self.quoted()
        elif ch in ("[", "{"):
            value = self.container()
        else:
            rest = self.text[self.pos :]
            match = _COMMENT_RE.search(rest)
            token = (rest[: match.start()] if match else rest).strip()
            self.pos = len(self.text)
            return _convert_scalar(token)
        self.expect_end()
        return value

    def container(self) -> object:
        if self.peek() == "[":
            return self.inline_list()
        return self.inline_dict()

    def inline_item(self, stops: str, what: str) -> object:
        self.skip_ws()
        ch = self.peek()
        if ch in ("'", '"'):
            return self.quoted()
        if ch in ("[", "{"):
            return self.container()
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stops:
            if self.text[self.pos] == "#" and self.text[self.pos - 1] in " \t":
                break
            self.pos += 1
        token = self.text[start : self.pos].strip()
        if not token:
            raise self.error(f"missing {what}")
        return _convert_scalar(token)

    def inline_list(self) -> list[object]:
        self.pos += 1  # '['
        items: list[object] = []
        while True:
            self.skip_ws()
            if self.peek() == "]":
                self.pos += 1
                return items
            if self.at_end_or_comment():
                raise self.error("unterminated list (missing ']')")
            items.append(self.inline_item(",]", "list item"))
            self.skip_ws()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
            elif ch != "]":
                if self.at_end_or_comment():
                    raise self.error("unterminated list (missing ']')")
                raise self.error(f"expected ',' or ']' in list, found {ch!r}")

    def inline_key(self) -> str:
        ch = self.peek()
        if ch in ("'", '"'):
            key = self.quoted()
        else:
            match = _KEY_RE.match(self.text, self.pos)
            if match is None:
                raise self.error(f"expected a key in inline mapping, found {ch!r}")
            key = match.group()
            self.pos = match.end()
        self.skip_ws()
        if self.peek() != ":":
            raise self.error(f"expected ':' after key {key!r} in inline mapping")
        self.pos += 1
        return key

    def inline_dict(self) -> dict[str, object]:
        self.pos += 1  # '{'
        items: dict[str, object] = {}
        while True:
            self.skip_ws()
            if self.peek() == "}":
                self.pos += 1
                return items
            if self.at_end_or_comment():
                raise self.error("unterminated mapping (missing '}')")
            key = self.inline_key()
            if key in items:
                raise self.error(f"duplicate key {key!r}")
            items[key] = self.inline_item(",}", f"value for key {key!r}")
            self.skip_ws()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
            elif ch != "}":
                if self.at_end_or_comment():
                    raise self.error("unterminated mapping (missing '}')")
                raise self.error(f"expected ',' or '}}' in mapping, found {ch!r}")


def _split_lines(text: str, path: str) -> list[_Line]:
    lines: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        stripped = raw.lstrip(" \t")
        if not stripped.strip() or stripped.startswith("#"):
            continue
        indentation = raw[: len(raw) - len(stripped)]
        if "\t" in indentation:
            raise SdnError(f"{path}:{number}: tab in indentation (indent with spaces only)")
        lines.append(_Line(number, len(indentation), stripped.rstrip()))
    return lines


def _record_inline_lines(
    value: object, key_path: tuple[str, ...], line: int, table: LineTable
) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            table[(*key_path, key)] = line
            _record_inline_lines(item, (*key_path, key), line, table)


def _parse_block(
    lines: list[_Line],
    start: int,
    indent: int,
    key_path: tuple[str, ...],
    path: str,
    table: LineTable,
) -> tuple[dict[str, object], int]:
    """Parse the mapping whose lines sit at column ``indent``; return it and the next index."""
    result: dict[str, object] = {}
    index = start
    after_child = False
    while index < len(lines):
        line = lines[index]
        where = f"{path}:{line.number}"
        if line.indent < indent:
            break
        if line.indent > indent:
            if after_child:
                raise SdnError(f"{where}: indentation does not match any enclosing block")
            raise SdnError(f"{where}: unexpected indentation")
        after_child = False

        # ``key = [...]``: the key has no ':' so this can't swallow a ``key: value`` line.
        assign = _ASSIGN_RE.match(line.content)
        separator = _SEPARATOR_RE.search(line.content)
        if assign is not None:
            key, rest, is_assign = assign.group(1), line.content[assign.end() :], True
        elif separator is not None:
            key = line.content[: separator.start()].strip()
            rest, is_assign = line.content[separator.end() :], False
            if not key:
                raise SdnError(f"{where}: missing key before ':'")
            if not _KEY_RE.fullmatch(key):
                raise SdnError(f"{where}: invalid key {key!r}")
        else:
            raise SdnError(f"{where}: expected 'key: value', found {line.content!r}")

        if key in result:
            first = table[(*key_path, key)]
            raise SdnError(f"{where}: duplicate key {key!r} (first defined on line {first})")
        table[(*key_path, key)] = line.number

        scanner = _ValueScanner(rest, path, line.number)
        scanner.skip_ws()
        if is_assign:
            if scanner.peek() not in ("[", "{"):
                raise SdnError(f"{where}: expected '[' or '{{' after '='")
            value = scanner.container()
            scanner.expect_end()
            _record_inline_lines(value, (*key_path, key), line.number, table)
            index += 1
        elif scanner.at_end_or_comment():
            index += 1
            if index < len(lines) and lines[index].indent > indent:
                value, index = _parse_block(
                    lines, index, lines[index].indent, (*key_path, key), path, table
                )
                after_child = True
            else:
                value = {}
        else:
            value = scanner.block_value()
            _record_inline_lines(value, (*key_path, key), line.number, table)
            index += 1
        result[key] = value
    return result, index


def parse_sdn_with_lines(text: str, path: str = "<string>") -> tuple[dict[str, object], LineTable]:
    """Parse SDN text; also return the line number of every key, keyed by its key path.

    ``("dl", "device")`` maps to the line of ``device`` inside the ``dl:`` block.  Keys of
    inline mappings get the line of the inline value.
    """
    lines = _split_lines(text, path)
    table: LineTable = {}
    result, _ = _parse_block(lines, 0, 0, (), path, table)
    return result, table


def parse_sdn(text: str, path: str = "<string>") -> dict[str, object]:
    """Parse SDN text (see the module docstring for the subset) into plain Python values.

    Raises :class:`SdnError` with a ``"{path}:{line}: {what}"`` message on invalid input.
    """
    return parse_sdn_with_lines(text, path)[0]
