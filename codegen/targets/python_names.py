"""The Python naming table: every identifier both Python targets derive from the neutral IR.

The IR carries name material only (wire names, the text names derive from, component
names, where an inline schema sits, `x-<lang>-name` renames). This module decides, once
per Api, the Python spelling of each: class names of models, enums and aliases, their
module stems, attribute/argument/method names, enum member names. `x-py-name` applies
here and nowhere else; a TypeScript layer builds its own table from the same IR with
`x-ts-name`.

`PyNames.check()` reports every Python name that collides or is unusable (exit 2),
naming both sources by file:line and pointer.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from .. import naming
from ..errors import CodegenError, Issue, pointer_join
from ..ir import Alias, Api, Enum, Field, Group, Model, Names, Operation, Param, Renamed
from ..load import Document

LANG = "py"


def rename(names: Names) -> str | None:
    return names.rename(LANG)


def _renamed(renames: tuple[tuple[str, str], ...]) -> str | None:
    return next((v for k, v in renames if k == LANG), None)


def attr(names: Names) -> str:
    """An attribute, argument or method name: user_id, from_ (x-py-name wins)."""
    return naming.safe_py(rename(names) or naming.snake(names.source))


def class_of(names: Names) -> str:
    """A class-name form of an operation, tag or former name: GetGenerationByID."""
    return naming.py_class(rename(names) or names.source)


def field_name(f: Field) -> str:
    return attr(f.names)


def param_name(p: Param) -> str:
    return attr(p.names)


def method(op: Operation) -> str:
    return attr(op.names)


def op_class(op: Operation) -> str:
    return class_of(op.names)


def group_attr(g: Group) -> str:
    return attr(g.names)


def group_class(g: Group) -> str:
    return class_of(g.names)


def group_dir(g: Group) -> str:
    """Doc folder of a tag: realtimecanvas."""
    return naming.flat_lower(group_class(g))


def former_method(r: Renamed) -> str:
    return attr(r.former)


def former_class(r: Renamed) -> str:
    return class_of(r.former)


def member(value: str | int, value_type: str) -> str:
    """An enum member: v1_5 -> V1_5, 2 -> VALUE_2, -1 -> VALUE_MINUS_1."""
    return naming.constant(value) if isinstance(value, str) else f"VALUE_{value}".replace("-", "MINUS_")


def operations(g: Group) -> list[Operation]:
    """A group's operations in the order of their Python method names."""
    return sorted(g.operations, key=method)


MAX_LENGTH = 100  # module names become file names (255 bytes at most, less the suffixes a target adds)


def problem(name: str, reserved: frozenset[str] = frozenset()) -> str | None:
    """Why `name` cannot be printed as a Python identifier, or None: the one rule for both
    Python targets (each adds the names its own modules already use as `reserved`)."""
    if not name:
        return "it is empty"
    if not (name.isascii() and name.isidentifier()):
        return "it is not a Python identifier"
    if keyword.iskeyword(name):
        return "it is a Python keyword"
    if len(name) > MAX_LENGTH:
        return f"it is longer than {MAX_LENGTH} characters"
    if name in reserved:
        return "the generated modules already use that name"
    return None


def _usable(name: str) -> bool:
    return problem(name) is None


def _shown(name: str) -> str:
    return name if len(name) <= 40 else name[:37] + "..."


@dataclass(frozen=True)
class Ident:
    """A name a target prints beyond the table's: a group class, a module, a response class."""

    name: str
    what: str  # "schema 'Foo'", "tag 'bar'", "operation 'x'"
    kind: str  # "class", "module"
    pointer: str
    fix: str = "rename it with x-py-name"


def check_printable(api: Api, target: str, idents: list[Ident], reserved: frozenset[str] = frozenset(),
                    earlier: list[Issue] | None = None) -> list[Issue]:
    """Issues for the names of `idents` that cannot be printed (see `problem`); a node already
    reported among `earlier` is not reported again."""
    out: list[Issue] = []
    seen = {i.pointer for i in earlier or []}
    for ident in idents:
        why = problem(ident.name, reserved)
        if why is None or ident.pointer in seen:
            continue
        seen.add(ident.pointer)
        out.append(api.issue(ident.pointer, f"{ident.what} gives the {ident.kind} name '{_shown(ident.name)}' in "
                                            f"target {target}, but {why}; {ident.fix}"))
    return out


def x_py_name_issues(doc: Document) -> list[Issue]:
    """Every `x-py-name` in the spec must be a string (whether the string is a usable name is
    decided with the other names, in PyNames.issues)."""
    issues: list[Issue] = []
    for file in [doc.root, *(f for k, f in sorted(doc.files.items()) if f is not doc.root)]:
        stack: list[tuple[str, Any]] = [("#", file.data)]
        while stack:
            pointer, node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    child = pointer_join(pointer, key)
                    if key == "x-py-name":
                        if not isinstance(value, str):
                            issues.append(doc.issue(file, child, f"x-py-name {value!r} cannot be used: it is not "
                                                                 "a string"))
                    else:
                        stack.append((child, value))
            elif isinstance(node, list):
                stack.extend((pointer_join(pointer, i), v) for i, v in enumerate(node))
    return issues


class PyNames:
    """Class names and modules of an Api's models, enums and aliases, by id."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self._cls: dict[str, str] = {}
        nodes: list[Model | Enum] = [*api.models, *api.enums]
        for node in nodes:
            self.cls(node.id)
        for a in api.aliases:
            self._cls.setdefault("alias:" + a.id, _renamed(a.renames) or naming.py_class(a.component))

    def cls(self, id: str) -> str:
        """The class name of a model or enum."""
        name = self._cls.get(id)
        if name is None:
            name = self._cls[id] = self._derive(self.api.named(id))
        return name

    def alias_cls(self, id: str) -> str:
        return self._cls["alias:" + id]

    def module(self, id: str) -> str:
        """Module stem of a model or enum: snake of its class name."""
        return naming.snake(self.cls(id))

    def alias_module(self, id: str) -> str:
        return naming.snake(self.alias_cls(id))

    def _derive(self, node: Model | Enum) -> str:
        x = _renamed(node.renames)
        if x:
            return x
        c = node.context
        if c.role == "component":
            hint = c.name
        elif c.role == "property":
            assert c.parent is not None
            base = self.cls(c.parent)
            for suffix in ("ResponseBody", "RequestBody"):
                if base.endswith(suffix) and node.namespace == "operations":
                    base = base[: -len(suffix)]
            hint = base + naming.py_class(c.name)
        else:
            op = naming.py_class(c.operation or "")
            if c.role == "request body":
                hint = op + "RequestBody"
            elif c.role == "response body":
                hint = op + "ResponseBody"
            elif c.role == "response":
                hint = op + naming.pascal("response " + c.name) + "Body"
            else:  # parameter
                hint = op + naming.upper_first(c.name)
        hint += "Value" * c.steps
        if c.option:  # a member of a oneOf/anyOf: its title, else its position
            hint += naming.py_class(node.title) if node.title else f"Option{c.option}"
        return naming.py_class(hint)

    # -- checks ------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise CodegenError listing every Python name that collides or cannot be used."""
        issues = self.issues()
        if issues:
            raise CodegenError(issues)

    def issues(self) -> list[Issue]:
        api = self.api
        out: list[Issue] = []
        nodes: list[Model | Enum] = [*api.models, *api.enums]
        schemas: list[tuple[str, str, str]] = [(n.id, n.pointer, self.cls(n.id)) for n in nodes]
        schemas += [("alias:" + a.id, a.pointer, self.alias_cls(a.id)) for a in api.aliases]
        for _id, pointer, name in schemas:
            if not _usable(name):
                out.append(api.issue(pointer, f"the schema gives no usable Python class name ('{_shown(name)}': "
                                              f"{problem(name)}); set x-py-name"))
        usable = [s for s in schemas if _usable(s[2])]
        labelled = [(name, p, schema_label(i)) for i, p, name in usable]
        out += layered(api, [(labelled, "the Python class name"),
                             ([(naming.snake(n), p, label) for n, p, label in labelled], "the Python module"),
                             ([(naming.flat_lower(n), p, label) for n, p, label in labelled], "the docs page")])
        for m in api.models:
            out += self._names(m.fields, "property", "the Python name")
        for e in api.enums:
            out += unique(api, [(member(v.value, e.value_type), f"{e.pointer}/enum/{i}", f"enum value {v.value!r}")
                                for i, v in enumerate(e.values)], "the member name")
        for op in api.operations:
            out += self._names(op.params, "parameter", "the Python name")
        for g in api.groups:
            out += self._names(g.operations, "operation", "the method name")
        out += self._names(api.groups, "tag", "the Python attribute")
        return out

    def _names(self, nodes: Any, what: str, target: str) -> list[Issue]:
        api = self.api
        out: list[Issue] = []
        entries = []
        for n in nodes:
            name = attr(n.names)
            label = f"{what} '{n.names.wire}'"
            if not _usable(name):
                source = "its x-py-name" if rename(n.names) else f"{what} '{n.names.wire}'"
                out.append(api.issue(n.pointer, f"{source} gives no usable Python name ('{_shown(name)}': "
                                                f"{problem(name)}); set x-py-name to an identifier"))
                continue
            entries.append((name, n.pointer, label))
        return out + unique(api, entries, target)


def schema_label(id: str) -> str:
    id = id.removeprefix("alias:")
    return "an inline schema" if "#" in id else f"schema '{id}'"


def unique(api: Api, entries: list[tuple[str, str, str]], target: str) -> list[Issue]:
    """Issues for entries (name, pointer, label) whose names are taken by an earlier entry."""
    out: list[Issue] = []
    owner: dict[str, tuple[str, str]] = {}
    for name, pointer, label in entries:
        first = owner.get(name)
        if first is not None and first[0] != pointer:
            what = target.format(name) if "{}" in target else f"{target} '{name}'"
            out.append(api.issue(pointer, f"{label} and {first[1]} at {api.where(first[0])} both map to {what}; "
                                          "rename one with x-py-name"))
            continue
        owner.setdefault(name, (pointer, label))
    return out


def layered(api: Api, checks: list[tuple[list[tuple[str, str, str]], str]], earlier: list[Issue] | None = None
            ) -> list[Issue]:
    """unique() for several forms of the same names (class, module, page): a node is reported
    once (also when among `earlier` issues), for the first form that collides."""
    out: list[Issue] = list(earlier or [])
    for entries, target in checks:
        reported = {i.pointer for i in out}
        out += unique(api, [e for e in entries if e[1] not in reported], target)
    return out


_TABLES: dict[int, tuple[Api, PyNames]] = {}


def table(api: Api) -> PyNames:
    """The naming table of an Api, built once."""
    hit = _TABLES.get(id(api))
    if hit is not None and hit[0] is api:
        return hit[1]
    if len(_TABLES) > 8:
        _TABLES.clear()
    t = PyNames(api)
    _TABLES[id(api)] = (api, t)
    return t
