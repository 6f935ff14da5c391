"""facts: the intermediate model reduced to what SDK users see, as plain JSON.

`codegen diff` and the release notes compare two of these, never two IRs, so this is the
only code of the API-change workflow that reads the IR. Everything here is neutral:

* operations are keyed by `METHOD path`, parameters by `location:wire name`, fields by
  wire name, shared schemas by component name; inline schemas are embedded where they
  are used, so renaming an operation (and with it its inline classes) changes nothing
  below it;
* each named thing also records the identifiers the targets derive from it
  (`names`: py, ts), which is what decides whether a rename breaks a target's callers;
* IR fields this module does not know (new features of the model) are kept generically
  under `extra`, so a change to them is still reported.

Dicts keep the spec's order (parameters and fields: positional arguments depend on it).
The result is deterministic, JSON-serialisable, and small enough to keep as the snapshot
of a released version (RELEASES.md's `.codegen-release.json`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from . import naming

FORMAT = 1  # bump when the shape changes: release snapshots of another format are not diffed

# IR fields read explicitly below, or deliberately left out (positions in the spec file,
# examples, and derived presentation such as module names or doc folders).
_SKIP = {
    "pointer", "names", "name", "module", "namespace", "doc_dir", "example", "has_example", "default",
    "has_default", "py_imports", "anchor", "operation", "component", "source", "warnings", "renamed",
    "py_name", "ts_name", "success", "alias", "id", "key", "context", "renames", "title", "locations",
}
_OP_KNOWN = {"operation_id", "method", "path", "summary", "description", "tag", "deprecated", "secured", "security",
             "params",
             "body", "responses", "tags"}
_PARAM_KNOWN = {"location", "type", "required", "description", "deprecated"}
_FIELD_KNOWN = {"type", "required", "description", "deprecated"}
_TYPE_KNOWN = {"kind", "nullable", "items", "ref", "format", "alias"}
_API_KNOWN = {"title", "description", "version", "server_url", "servers", "security", "schemes", "groups",
              "operations", "models", "enums", "aliases", "unions"}


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _fields_of(value: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass instance, None for anything else (a class included);
    per class, once: the facts of 2,000 operations ask ~300,000 times."""
    cls = type(value)
    try:
        return _FIELDS[cls]
    except KeyError:
        names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
        _FIELDS[cls] = names
        return names


def _plain(value: Any) -> Any:
    """Any IR value as JSON data, without spec positions (which move with every edit)."""
    names = _fields_of(value)
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names if n not in ("pointer", "source")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _extra(node: Any, known: set[str]) -> dict[str, Any]:
    """The dataclass fields of `node` this module does not interpret, as JSON data."""
    out = {}
    for name in _fields_of(node) or ():
        if name in known or name in _SKIP:
            continue
        value = _plain(getattr(node, name))
        if value not in (None, False, "", [], {}):
            out[name] = value
    return out


def _renamed(renames: tuple[tuple[str, str], ...], lang: str) -> str | None:
    return next((v for k, v in renames if k == lang), None)


class _Facts:
    def __init__(self, api: Any) -> None:
        from .targets import python_names, typescript_names

        self.api = api
        self.pn = python_names
        self.py_table = python_names.table(api, python_names.FACTS)
        self.tn = typescript_names
        self.ts_table = typescript_names.TsNames(api)
        self.index: dict[str, Any] = {}
        for node in (*getattr(api, "models", ()), *getattr(api, "enums", ()), *getattr(api, "unions", ())):
            self.index.setdefault(node.id, node)
        self.schemas: dict[str, Any] = {}

    def names(self, node: Any) -> dict[str, str]:
        """The identifiers the targets derive for a field, parameter, operation or group."""
        pn, tn = self.pn, self.tn
        if hasattr(node, "operation_id"):
            py, ts = pn.method(node), tn.method(node)
        elif hasattr(node, "location"):
            py, ts = pn.param_name(node), tn.param_name(node)
        elif hasattr(node, "operations"):
            py, ts = pn.group_attr(node), tn.group_prop(node)
        else:
            py, ts = pn.field_name(node), tn.field_name(node)
        return {"py": py, "ts": ts}

    def class_names(self, node: Any) -> dict[str, str]:
        """The type names the targets derive for a component schema."""
        comp = node.component
        renames = getattr(node, "renames", ())
        if hasattr(node, "fields") or hasattr(node, "values"):
            py = self.py_table.cls(node.id)
        else:
            py = self.py_table.alias_cls(node.id)
        entry = self.ts_table.by_id.get(node.id)  # models and enums; aliases have no TypeScript type
        return {"py": py, "ts": entry.name if entry is not None else _renamed(renames, "ts") or naming.pascal(comp)}

    def component_of(self, node: Any) -> str | None:
        comp = getattr(node, "component", None)
        return comp if isinstance(comp, str) and comp else None

    def type(self, t: Any, expanding: frozenset[int] = frozenset()) -> dict[str, Any] | None:
        if t is None:
            return None
        out: dict[str, Any] = {"kind": str(getattr(t, "kind", "any"))}
        if getattr(t, "nullable", False):
            out["nullable"] = True
        fmt = getattr(t, "format", None)
        if fmt:
            out["format"] = fmt
        items = getattr(t, "items", None)
        if items is not None:
            out["items"] = self.type(items, expanding)
        ref = getattr(t, "ref", None)
        if isinstance(ref, str) and ref:
            node = self.index.get(ref)
            comp = self.component_of(node) if node is not None else None
            if comp is not None:
                out["ref"] = comp
                self.schema(comp, node)
            elif node is not None and id(node) not in expanding:
                out.update(self.shape(node, expanding | {id(node)}))
            else:
                out["ref"] = ref
        # anything else a TypeRef carries (union members, constants, ...): kept generically
        for name in _fields_of(t) or ():
            if name in _TYPE_KNOWN or name in _SKIP:
                continue
            value = getattr(t, name)
            if isinstance(value, (list, tuple)) and value and all(_fields_of(v) is not None for v in value) and all(
                    hasattr(v, "kind") for v in value):
                out[name] = [self.type(v, expanding) for v in value]
            elif _fields_of(value) is not None and hasattr(value, "kind"):
                out[name] = self.type(value, expanding)
            else:
                plain = _plain(value)
                if plain not in (None, False, "", [], {}):
                    out[name] = plain
        return out

    def shape(self, node: Any, expanding: frozenset[int]) -> dict[str, Any]:
        """What a model, enum or union is, without its identity."""
        out: dict[str, Any] = {}
        if hasattr(node, "fields"):
            out["kind"] = "object"
            out["fields"] = {f.names.wire: self.field(f, expanding) for f in node.fields}
        elif hasattr(node, "values"):
            out["kind"] = "enum"
            out["values"] = [getattr(v, "value", v) for v in node.values]
        else:
            out["kind"] = type(node).__name__.lower()
        # an enum's `deprecated` is documentation (docs and warnings), not a change of shape; it stays out
        # of the facts so that release snapshots made before the IR recorded it still compare equal
        extra = _extra(node, {"fields", "values", "description", "value_type", "deprecated"})
        for key, value in extra.items():
            raw = getattr(node, key)
            if isinstance(raw, (list, tuple)) and all(_fields_of(v) is not None and hasattr(v, "kind") for v in raw):
                out[key] = [self.type(v, expanding) for v in raw]  # union members
            else:
                out.setdefault("extra", {})[key] = value
        return out

    def member(self, node: Any, known: set[str], head: dict[str, Any], expanding: frozenset[int]) -> dict[str, Any]:
        """A field or parameter: `head`, then its type, requiredness, names, and the rest."""
        out: dict[str, Any] = {
            **head,
            "type": self.type(node.type, expanding),
            "required": bool(node.required),
            "names": self.names(node),
        }
        if getattr(node, "deprecated", False):
            out["deprecated"] = True
        if getattr(node, "description", ""):
            out["description"] = node.description
        extra = _extra(node, known)
        if extra:
            out["extra"] = extra
        return out

    def field(self, f: Any, expanding: frozenset[int]) -> dict[str, Any]:
        return self.member(f, _FIELD_KNOWN, {}, expanding)

    def schema(self, comp: str, node: Any) -> None:
        if comp in self.schemas:
            return
        self.schemas[comp] = {}  # placeholder: recursive schemas terminate
        out = self.shape(node, frozenset({id(node)}))
        out["names"] = self.class_names(node)
        if getattr(node, "description", ""):
            out["description"] = node.description
        self.schemas[comp] = out

    def param(self, p: Any) -> dict[str, Any]:
        return self.member(p, _PARAM_KNOWN, {"location": p.location, "wire": p.names.wire}, frozenset())

    def operation(self, op: Any, groups: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "operation_id": op.operation_id,
            "group": op.tag,
            "names": self.names(op),
            "params": {f"{p.location}:{p.names.wire}": self.param(p) for p in op.params},
            "body": None,
            "responses": {},
        }
        body = getattr(op, "body", None)
        if body is not None:
            out["body"] = {"content_type": body.content_type, "required": bool(body.required),
                           "type": self.type(body.type)}
            extra = _extra(body, {"content_type", "required", "type", "description"})
            if extra:
                out["body"]["extra"] = extra
        for r in op.responses:
            entry: dict[str, Any] = {"content_type": r.content_type, "type": self.type(r.type)}
            extra = _extra(r, {"status", "content_type", "type", "description"})
            if extra:
                entry["extra"] = extra
            out["responses"][r.status] = entry
        for key in ("summary", "description"):
            if getattr(op, key, ""):
                out[key] = getattr(op, key)
        if getattr(op, "deprecated", False):
            out["deprecated"] = True
        out["secured"] = bool(getattr(op, "secured", False))
        if hasattr(op, "security"):  # requirements: alternatives (OR) of scheme names (AND)
            out["security"] = [sorted(alt) for alt in op.security]
        extra = _extra(op, _OP_KNOWN)
        if extra:
            out["extra"] = extra
        return out


def api_facts(api: Any, operation_names: str = "operation-id") -> dict[str, Any]:
    """The facts of one API (see the module docstring)."""
    f = _Facts(api)
    groups = {g.tag: {"names": f.names(g)} for g in api.groups}
    operations = {f"{op.method} {op.path}": f.operation(op, groups) for op in api.operations}
    # components no operation uses are still part of the package (importable classes)
    for node in (*api.models, *api.enums, *getattr(api, "unions", ())):
        comp = f.component_of(node)
        if comp is not None:
            f.schema(comp, node)
    for alias in getattr(api, "aliases", ()):
        comp = getattr(alias, "component", None)
        if isinstance(comp, str) and comp not in f.schemas:
            f.schemas[comp] = {"kind": "alias", "type": f.type(alias.type), "names": f.class_names(alias)}
    out: dict[str, Any] = {
        "format": FORMAT,
        "title": api.title,
        "version": api.version,
        "server_url": api.server_url,
        "security": _plain(api.security),
        "operation_names": operation_names,
        "groups": groups,
        "operations": operations,
        "schemas": dict(sorted(f.schemas.items())),
    }
    schemes = getattr(api, "schemes", None)
    if schemes is not None:  # every security scheme, by its key in the spec
        out["schemes"] = {sc.names.wire: {k: v for k, v in _plain(sc).items() if k != "names"} for sc in schemes}
    extra = _extra(api, _API_KNOWN | {"name"})
    if extra:
        out["extra"] = extra
    return out
