"""TypeScript text laid out the way prettier 3 prints it (print width 80, two-space
indent, double quotes, trailing commas), for the few constructs the TypeScript target
emits with varying widths: array literals, import lists, parameter lists, call
arguments and union type aliases.

The target emits text that `prettier --check` accepts as it is, so generation needs no
node process; tests/e2e/test_typescript_sdk.py runs the pinned prettier over every
generated file to keep this module honest.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Union

WIDTH = 80
INDENT = "  "

# An array literal: tokens (already printed literals or identifiers) and nested arrays.
Item = Union[str, "list[Item]"]


def string(value: str) -> str:
    """A string literal as prettier prints it: double quotes, unless the text holds more
    double quotes than single ones."""
    body = json.dumps(value, ensure_ascii=False)[1:-1].replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if value.count('"') > value.count("'"):
        return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
    return '"' + body + '"'


def literal(value: object) -> str:
    """A JSON-like value as a TypeScript literal on one line."""
    if isinstance(value, str):
        return string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{key(k)}: {literal(v)}" for k, v in value.items()) + " }"
    return string(str(value))


def key(name: str) -> str:
    """An object key: bare when it is an identifier, quoted otherwise."""
    import re

    return name if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", name) else string(name)


def _flat(item: Item) -> str:
    if isinstance(item, str):
        return item
    return "[" + ", ".join(_flat(i) for i in item) + "]"


def _forced(item: list[Item]) -> bool:
    # prettier breaks an array of two or more arrays (or objects) that each hold more than one element
    return len(item) > 1 and all(isinstance(i, list) and len(i) > 1 for i in item)


def _numbers(item: list[Item]) -> bool:
    return bool(item) and all(isinstance(i, str) and _is_number(i) for i in item)


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


def array(item: Item, column: int, indent: int, tail: int) -> str:
    """An array starting at `column` on a line indented `indent` levels, followed by `tail`
    characters on the same line (the `,` or `;` after it)."""
    if isinstance(item, str):
        return item
    flat = _flat(item)
    if column + len(flat) + tail <= WIDTH and not _forced(item):
        return flat
    inner = INDENT * (indent + 1)
    if _numbers(item):  # prettier fills number-only arrays
        lines: list[str] = []
        line = ""
        for token in item:
            assert isinstance(token, str)
            piece = token + ","
            if line and len(inner) + len(line) + 1 + len(piece) > WIDTH:
                lines.append(inner + line)
                line = piece
            else:
                line = f"{line} {piece}" if line else piece
        lines.append(inner + line)
        return "[\n" + "\n".join(lines) + "\n" + INDENT * indent + "]"
    rows = [inner + array(i, len(inner), indent + 1, 1) + "," for i in item]
    return "[\n" + "\n".join(rows) + "\n" + INDENT * indent + "]"


def imports(names: Sequence[str], module: str, type_only: bool = False) -> str:
    """import { a, b } from "module"; broken one name a line past the width."""
    head = "import type " if type_only else "import "
    flat = f"{head}{{ {', '.join(names)} }} from {string(module)};"
    if len(flat) <= WIDTH or len(names) == 1:
        return flat
    body = "".join(f"{INDENT}{n},\n" for n in names)
    return f"{head}{{\n{body}}} from {string(module)};"


def signature(head: str, params: Sequence[str], tail: str, indent: int) -> str:
    """`head(p1, p2)tail` (a function or method header), parameters one a line past the width."""
    pad = INDENT * indent
    flat = f"{pad}{head}({', '.join(params)}){tail}"
    if len(flat) <= WIDTH or not params:
        return flat
    body = "".join(f"{pad}{INDENT}{p},\n" for p in params)
    return f"{pad}{head}(\n{body}{pad}){tail}"


def union_alias(head: str, members: Sequence[str]) -> str:
    """`export type X = A | B;`, one member a line past the width."""
    flat = f"{head} = {' | '.join(members)};"
    if len(flat) <= WIDTH or len(members) == 1:
        return flat
    return f"{head} =\n" + "\n".join(f"{INDENT}| {m}" for m in members) + ";"


def comment(text: str, indent: int) -> str:
    """A JSDoc block for spec text (lines kept, `*/` defused); empty text gives no block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    pad = INDENT * indent
    lines = [line.rstrip().replace("*/", "*\\/") for line in text.split("\n")]
    body = "\n".join(f"{pad} *" + (f" {line}" if line else "") for line in lines)
    return f"{pad}/**\n{body}\n{pad} */\n"


class Call:
    """A call expression `callee(args)` whose arguments are tokens, arrays or calls."""

    def __init__(self, callee: str, args: Sequence[object]) -> None:
        self.callee = callee
        self.args = list(args)

    def flat(self) -> str:
        return f"{self.callee}(" + ", ".join(_flat_any(a) for a in self.args) + ")"


def _flat_any(a: object) -> str:
    if isinstance(a, Call):
        return a.flat()
    return _flat(a)  # type: ignore[arg-type]


def call(c: Call, column: int, indent: int, tail: int) -> str:
    """A call starting at `column`, followed by `tail` characters: flat when it fits, else
    one argument a line (prettier hugs no call, array or identifier argument)."""
    flat = c.flat()
    if column + len(flat) + tail <= WIDTH or not c.args:
        return flat
    inner = INDENT * (indent + 1)
    rows = []
    for a in c.args:
        if isinstance(a, Call):
            rows.append(inner + call(a, len(inner), indent + 1, 1) + ",")
        else:
            rows.append(inner + array(a, len(inner), indent + 1, 1) + ",")  # type: ignore[arg-type]
    return f"{c.callee}(\n" + "\n".join(rows) + "\n" + INDENT * indent + ")"


def assign(head: str, value: str, indent: int = 0) -> str:
    """`head = "string";`, the string moved to the next line past the width."""
    pad = INDENT * indent
    flat = f"{pad}{head} = {value};"
    if len(flat) <= WIDTH:
        return flat
    return f"{pad}{head} =\n{pad}{INDENT}{value};"
