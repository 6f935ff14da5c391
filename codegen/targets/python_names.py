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
from typing import Any

from .. import naming
from ..errors import CodegenError, Issue
from ..ir import Alias, Api, Enum, Field, Group, Model, Names, Operation, Param, Renamed

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


def _usable(name: str) -> bool:
    return bool(name) and name.isidentifier() and not keyword.iskeyword(name)


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
        self._number_inline(nodes)

    def _number_inline(self, nodes: list[Model | Enum]) -> None:
        """Names derived for inline schemas that collide (a request and a response body with a
        property of one name, two 2xx bodies) are numbered: Name, Name2, Name3, in the IR's
        order. Names the spec gives (components, x-py-name) are never changed: their collisions
        are errors (check)."""
        taken: set[str] = {naming.flat_lower(self._cls["alias:" + a.id]) for a in self.api.aliases}
        fixed = [n for n in nodes if n.component is not None or _renamed(n.renames)]
        taken |= {naming.flat_lower(self._cls[n.id]) for n in fixed}
        for n in nodes:
            if n.component is not None or _renamed(n.renames):
                continue
            base = name = self._cls[n.id]
            number = 2
            while naming.flat_lower(name) in taken:
                name, number = f"{base}{number}", number + 1
            taken.add(naming.flat_lower(name))
            self._cls[n.id] = name

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
                out.append(api.issue(pointer, f"the schema gives no usable Python class name ('{name}'); "
                                              "set x-py-name"))
        usable = [s for s in schemas if _usable(s[2])]
        labelled = [(name, p, _schema_label(i)) for i, p, name in usable]
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
                out.append(api.issue(n.pointer, f"{source} gives no usable Python name ('{name}'); "
                                                "set x-py-name to an identifier"))
                continue
            entries.append((name, n.pointer, label))
        return out + unique(api, entries, target)


def _schema_label(id: str) -> str:
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
