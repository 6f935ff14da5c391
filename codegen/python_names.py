"""Which names a Python target can print: the one place that decides it.

Each Python target lists every identifier it will print, with the spec node it comes from
(`Ident`); `check` rejects the ones that cannot work, with the pointer and how to fix it:

* not an ASCII identifier (symbols, non-ASCII letters, empty, a leading digit);
* a keyword (`class`, `None`, soft keywords such as `match` are fine as names);
* a name the target's own modules already use (a model `Optional` where `typing.Optional`
  is imported, a group class equal to the SDK class);
* longer than MAX_LENGTH (module names become file names: 255 bytes at most on common
  file systems, less the suffixes the target adds).

Names the generator derives and can escape are escaped before they get here (a keyword
parameter `from` becomes `from_`, see naming.safe_py); every other rename is the spec
author's, with `x-py-name`, so that it is visible in the spec.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from .errors import CodegenError, Issue, pointer_join
from .ir import Api
from .load import Document

MAX_LENGTH = 100


@dataclass(frozen=True)
class Ident:
    name: str  # what the target prints
    what: str  # "schema 'Foo'", "tag 'bar'", "property 'x'" ... for the message
    kind: str  # "class", "module", "method", "attribute", "argument", "enum member"
    pointer: str  # the spec node the name comes from
    fix: str = "rename it with x-py-name"


def problem(name: str, reserved: frozenset[str] = frozenset()) -> str | None:
    """Why `name` cannot be printed as a Python identifier, or None."""
    if not name:
        return "is empty"
    if not (name.isascii() and name.isidentifier()):
        return "is not a valid Python identifier"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if len(name) > MAX_LENGTH:
        return f"is longer than {MAX_LENGTH} characters"
    if name in reserved:
        return "is a name the generated modules already use"
    return None


def check(source: str, target: str, idents: list[Ident], reserved: frozenset[str] = frozenset()) -> None:
    """Raise CodegenError listing every name of `idents` that cannot be printed."""
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    for ident in idents:
        why = problem(ident.name, reserved if ident.kind in ("class", "module") else frozenset())
        if why is None or (ident.pointer, ident.name) in seen:
            continue
        seen.add((ident.pointer, ident.name))
        shown = ident.name if len(ident.name) <= 40 else ident.name[:37] + "..."
        issues.append(Issue(source, ident.pointer, f"{ident.what} gives the {ident.kind} name '{shown}' in target "
                                                   f"{target}, which {why}; {ident.fix}"))
    if issues:
        raise CodegenError(issues)


def common_idents(api: Api) -> list[Ident]:
    """The names both Python targets print the same way: models, enums and their modules,
    members, fields, parameters, methods and group attributes."""
    out: list[Ident] = []
    for m in api.models:
        what = f"schema '{m.component or m.names.wire}'"
        out += [Ident(m.name, what, "class", m.pointer), Ident(m.module, what, "module", m.pointer)]
        for f in m.fields:
            out.append(Ident(f.names.snake, f"property '{f.names.wire}'", "attribute", f.pointer))
    for e in api.enums:
        what = f"schema '{e.component or e.names.wire}'"
        out += [Ident(e.name, what, "class", e.pointer), Ident(e.module, what, "module", e.pointer)]
        for v in e.values:
            out.append(Ident(v.member, f"enum value {v.value!r}", "enum member", e.pointer + "/enum"))
    for op in api.operations:
        out.append(Ident(op.names.snake, f"operation '{op.operation_id}'", "method", op.pointer))
        for p in op.params:
            out.append(Ident(p.names.snake, f"parameter '{p.names.wire}'", "argument", p.pointer))
    for g in api.groups:
        out.append(Ident(g.names.snake, f"tag '{g.tag}'", "attribute", g.pointer, fix="rename the tag"))
    return out


def x_py_name_issues(doc: Document) -> list[Issue]:
    """Every `x-py-name` in the spec must be a usable Python name: it is printed as given."""
    issues: list[Issue] = []
    for file in [doc.root, *(f for k, f in sorted(doc.files.items()) if f is not doc.root)]:
        stack: list[tuple[str, Any]] = [("#", file.data)]
        while stack:
            pointer, node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    child = pointer_join(pointer, key)
                    if key == "x-py-name":
                        why = "is not a string" if not isinstance(value, str) else problem(value)
                        if why:
                            issues.append(doc.issue(file, child, f"x-py-name {value!r} {why}"))
                    else:
                        stack.append((child, value))
            elif isinstance(node, list):
                stack.extend((pointer_join(pointer, i), v) for i, v in enumerate(node))
    return issues
