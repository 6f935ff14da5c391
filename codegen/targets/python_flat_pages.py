"""Target `python-flat`: the model pages, in the docs style of OpenAPI Generator's python
generator (the pages seed 004 links to), and the arrays of primitives that get a name of
their own.

A page describes one schema: its `## Model Type Info` row (what a call accepts, what the
schema's type class is), then, for an object, its `### Dictionary Keys` (by JSON name),
for a list its `### Tuple Items`, for a union its composed schemas. A key whose schema is
an inline list, map or union is described in a `# <key>` section further down the page;
one whose schema has a page of its own (a model, a component enum or alias, an array of
primitives) links to it. Inline enums are described where they are used (`must be one of`).

Every decision (cells, notes, headings, order) is made here; model.md.jinja only prints
the lines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from .. import markdown as md
from .. import naming
from ..errors import Issue
from ..ir import (
    ANY,
    ARRAY,
    BINARY,
    BOOLEAN,
    ENUM,
    INTEGER,
    MAP,
    MODEL,
    NUMBER,
    STRING,
    UNION,
    Alias,
    Api,
    Enum,
    Field,
    Model,
    TypeRef,
)
from . import python_names as pn

# "Input Type" and "Accessed Type" cells of a "Model Type Info" table: what a call accepts,
# and the schema's type class. Keyed by kind, then format.
_TYPE_INFO: dict[tuple[str, str | None], tuple[str, str]] = {
    (STRING, None): ("str, ", "str, "),
    (STRING, "date-time"): ("str, datetime, ", "str, "),
    (STRING, "date"): ("str, date, ", "str, "),
    (STRING, "uuid"): ("str, uuid.UUID, ", "str, "),
    (INTEGER, None): ("decimal.Decimal, int, ", "decimal.Decimal, "),
    (NUMBER, None): ("decimal.Decimal, int, float, ", "decimal.Decimal, "),
    (BOOLEAN, None): ("bool, ", "BoolClass, "),
    (ARRAY, None): ("list, tuple, ", "tuple, "),
    (MAP, None): ("dict, frozendict.frozendict, ", "frozendict.frozendict, "),
    (MODEL, None): ("dict, frozendict.frozendict, ", "frozendict.frozendict, "),
    (BINARY, None): ("bytes, io.FileIO, io.BufferedReader, ", "bytes, FileIO, "),
    (ANY, None): (
        ("dict, frozendict.frozendict, str, date, datetime, uuid.UUID, int, float, decimal.Decimal, bool, None, "
         "list, tuple, bytes, io.FileIO, io.BufferedReader, "),
        "frozendict.frozendict, str, decimal.Decimal, BoolClass, NoneClass, tuple, bytes, FileIO",
    ),
}

# What the Notes cell says of a format (after `[optional] `, the allowed values and the default).
FORMAT_NOTES = {
    (INTEGER, "int32"): "value must be a 32 bit integer",
    (INTEGER, "int64"): "value must be a 64 bit integer",
    (NUMBER, "float"): "value must be a 32 bit float",
    (NUMBER, "double"): "value must be a 64 bit float",
    (STRING, "date"): "value must conform to RFC-3339 full-date YYYY-MM-DD",
    (STRING, "date-time"): "value must conform to RFC-3339 date-time",
    (STRING, "uuid"): "value must be a uuid",
}
OPTIONAL = "[optional] "
ANY_KEY = "any_string_name"  # the key row of typed additionalProperties
ANY_KEY_DESCRIPTION = "any string name can be used but the value must be the correct type"
ITEMS = "items"
README_FROM_MODELS = "../../README.md"

TYPE_INFO_HEAD = ["## Model Type Info", "Input Type | Accessed Type | Description | Notes",
                  "------------ | ------------- | ------------- | -------------"]
KEYS_HEAD = ["### Dictionary Keys", "Key | Input Type | Accessed Type | Description | Notes",
             "------------ | ------------- | ------------- | ------------- | -------------"]
ITEMS_HEAD = ["### Tuple Items", "Class Name | Input Type | Accessed Type | Description | Notes",
              "------------- | ------------- | ------------- | ------------- | -------------"]
# our unions take exactly one member (composed.UnionSchema), whether the spec said oneOf or anyOf
UNION_HEAD = ["### Composed Schemas (allOf/anyOf/oneOf/not)", "#### oneOf",
              "Class Name | Input Type | Accessed Type | Description | Notes",
              "------------- | ------------- | ------------- | ------------- | -------------"]
_PRIMITIVES = (STRING, INTEGER, NUMBER, BOOLEAN, BINARY)


def type_info(api: Api, t: TypeRef) -> tuple[str, str]:
    """The (Input Type, Accessed Type) cells of a schema: ("bool, ", "BoolClass, ")."""
    kind, fmt = t.kind, t.format
    if kind == ENUM and t.ref:
        value_type = api.enum(t.ref).value_type
        kind, fmt = {"string": STRING, "integer": INTEGER}.get(value_type, ANY), None
    if kind == UNION:
        kind, fmt = ANY, None
    if t.has_const and kind in (STRING, INTEGER):
        fmt = None
    cells = _TYPE_INFO.get((kind, fmt)) or _TYPE_INFO[(kind, None)]
    if t.nullable and kind != ANY:
        return "None, " + cells[0], "NoneClass, " + cells[1]
    return cells


# -- arrays of primitives: a name, a module and a page of their own ------------------------------
@dataclass(frozen=True)
class PrimitiveArray:
    """A model property whose schema is an inline list of primitives (`modelId: [str]`),
    named after its model and property: InferenceEntityModelId."""

    name: str
    module: str
    model: str  # the model's id
    field: Field

    @property
    def type(self) -> TypeRef:
        return self.field.type


def _is_primitive_array(t: TypeRef) -> bool:
    return (t.kind == ARRAY and t.alias is None and t.items is not None and t.items.kind in _PRIMITIVES
            and t.items.alias is None and not t.items.has_const)


_ARRAYS: dict[int, tuple[Api, dict[tuple[str, str], PrimitiveArray], list[Issue]]] = {}


def primitive_arrays(api: Api) -> dict[tuple[str, str], PrimitiveArray]:
    """(model id, property wire name) -> its PrimitiveArray, in model order; built once per Api."""
    hit = _ARRAYS.get(id(api))
    if hit is not None and hit[0] is api:
        return hit[1]
    table = pn.table(api)
    out = {}
    # names taken in the model package (lower case: modules and docs pages are files): each
    # class X, its runtime schema XSchema and its module; a list's derived name that takes one
    # is numbered (SecurityRights2), as derived class names are (python_names)
    taken: set[str] = set()
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    for cls, module in ([(table.cls(n.id), table.module(n.id)) for n in nodes]
                        + [(table.alias_cls(a.id), table.alias_module(a.id)) for a in api.aliases]):
        taken.update({cls.lower(), (cls + "Schema").lower(), "module:" + module.lower()})
    warnings: list[Issue] = []

    def free(name: str) -> bool:
        return not ({name.lower(), (name + "Schema").lower(), "module:" + naming.snake(name).lower()} & taken)

    for m in api.models:
        for f in m.fields:
            if _is_primitive_array(f.type):  # <Model><Property> in plain PascalCase, as OpenAPI
                name = table.cls(m.id) + naming.pascal(f.names.wire)  # Generator spells schema names
                if not free(name):
                    k = 2
                    while not free(f"{name}{k}"):
                        k += 1
                    warnings.append(api.issue(f.pointer, f"the list of primitives of property {f.names.wire!r} is "
                                                         f"named '{name}{k}' in python-flat: '{name}' is also the "
                                                         "class, runtime schema or module of another schema",
                                              "warning"))
                    name = f"{name}{k}"
                taken.update({name.lower(), (name + "Schema").lower(), "module:" + naming.snake(name).lower()})
                out[(m.id, f.names.wire)] = PrimitiveArray(name, naming.snake(name), m.id, f)
    if len(_ARRAYS) > 8:
        _ARRAYS.clear()
    _ARRAYS[id(api)] = (api, out, warnings)
    return out


def primitive_array_warnings(api: Api) -> list[Issue]:
    """A warning for each list of primitives whose derived name was numbered."""
    primitive_arrays(api)
    return list(_ARRAYS[id(api)][2])


# -- pages -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Section:
    """`# <heading>` (none for the page's own schema), its Model Type Info row, then the lines
    of its second table (Dictionary Keys, Tuple Items or Composed Schemas), if any."""

    heading: str
    info_row: str
    table: list[str]
    after: str = ""  # a paragraph after the tables


@dataclass(frozen=True)
class Page:
    title: str  # leap.model.inference_entity.InferenceEntity
    description: str
    sections: list[Section]


def _cell(text: str) -> str:
    return md.cell(text)


def _default_text(value: Any) -> str:
    """A default as the Notes show it: JSON, with Python's spelling of true/false/null."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def enum_note(values: list[Any]) -> str:
    """`must be one of ["x1", "x2", ] ` (a table cell)."""
    return "must be one of [" + "".join(f"{_cell(json.dumps(v, ensure_ascii=False))}, " for v in values) + "] "


def _allowed(api: Api, t: TypeRef) -> str:
    if t.kind == ENUM and t.ref and page_of(api, t) is None:
        return enum_note([v.value for v in api.enum(t.ref).values])
    if t.has_const:
        return enum_note([t.const])
    return ""


def notes(api: Api, t: TypeRef, optional: bool = False, has_default: bool = False, default: Any = None,
          linked: bool = False) -> str:
    """The Notes cell of a schema: `[optional] `, the allowed values, the default, the format
    (a type shown by a link to its page says its values and format there)."""
    tail = []
    if has_default:
        tail.append("if omitted the server will use the default value of " + _cell(_default_text(default)))
    fmt = FORMAT_NOTES.get((t.kind, t.format or ""))
    if fmt and not t.has_const and not linked:
        tail.append(fmt)
    return (OPTIONAL if optional else "") + ("" if linked else _allowed(api, t)) + ", ".join(tail)


def page_of(api: Api, t: TypeRef, owner: tuple[str, str] | None = None) -> str | None:
    """The page name of a type shown by a link: a model, a component enum or alias, an array of
    primitives (a property `owner` = (model id, wire name))."""
    table = pn.table(api)
    if owner is not None and owner in primitive_arrays(api):
        return primitive_arrays(api)[owner].name
    if t.alias and _is_alias(api, t.alias):  # (a $ref into a component's properties is no alias of its own)
        return table.alias_cls(t.alias)
    if t.kind == MODEL and t.ref:
        return table.cls(t.ref)
    if t.kind == ENUM and t.ref and api.enum(t.ref).component:
        return table.cls(t.ref)
    return None


def _is_alias(api: Api, id: str) -> bool:
    try:
        api.alias(id)
    except KeyError:
        return False
    return True


def page_link(name: str, up: str = "") -> str:
    return f"[**{name}**]({up}{name}.md)"


def _nested(t: TypeRef) -> bool:
    """Whether a type is described in a section of its own (a list, a map, a union inline)."""
    return t.kind in (ARRAY, MAP, UNION)


def _row(api: Api, name: str, t: TypeRef, description: str, owner: tuple[str, str] | None, sections: list[Section],
         bold: bool, optional: bool = False, has_default: bool = False, default: Any = None) -> str:
    """One row of a Dictionary Keys / Tuple Items / oneOf table; a nested type adds its section."""
    page = page_of(api, t, owner)
    note = notes(api, t, optional, has_default, default, linked=page is not None)
    if page is not None:  # a key by name; list items by their page; a union member by its page name
        first = f"**{_cell(name)}**" if bold else page_link(page) if name == ITEMS else f"[{page}]({page}.md)"
        return f"{first} | {page_link(page)} | {page_link(page)} | {description} | {note}"
    cells = type_info(api, t)
    label = _cell(name)
    if _nested(t):
        label = f"[{label}](#{name})"
        sections.extend(_sections(api, name, t, ""))
    if bold:
        label = f"**{label}**"
    return f"{label} | {cells[0]} | {cells[1]} | {description} | {note}"


def _sections(api: Api, heading: str, t: TypeRef, description: str, m: Model | None = None,
              top_note: str = "") -> list[Section]:
    """The section of a schema and those of the inline schemas it holds (depth first, in order)."""
    nested: list[Section] = []
    table: list[str] = []
    after = ""
    if m is not None:
        cells = _TYPE_INFO[(MODEL, None)]
        fields = [f for f in m.fields if f.required] + [f for f in m.fields if not f.required]
        rows = [_row(api, f.names.wire, f.type, _cell(f.description), (m.id, f.names.wire), nested, True,
                     not f.required, f.has_default, f.default) for f in fields]
        if m.additional is not None:
            rows.append(_row(api, ANY_KEY, m.additional, ANY_KEY_DESCRIPTION, None, nested, True, True))
        table = KEYS_HEAD + rows if rows else []
        renamed = [(f.names.wire, pn.field_name(f)) for f in fields if pn.field_name(f) != f.names.wire]
        if renamed:
            after = ("In Python, a dict of this model (an argument, or a response body) is keyed by the Python "
                     "names: " + ", ".join(f"{md.code_span(w)} is {md.code_span(p)}" for w, p in renamed) + ".")
    else:
        cells = type_info(api, t)
        if t.kind == ARRAY and t.items is not None:
            table = ITEMS_HEAD + [_row(api, ITEMS, t.items, "", None, nested, False)]
        elif t.kind == MAP and t.items is not None:
            table = KEYS_HEAD + [_row(api, ANY_KEY, t.items, ANY_KEY_DESCRIPTION, None, nested, True, True)]
        elif t.kind == UNION:
            rows = []
            for i, member in enumerate(t.members, 1):
                page = page_of(api, member)
                name = page if page is not None else f"option{i}"
                rows.append(_row(api, name, member, "", None, nested, False))
            table = UNION_HEAD + rows
    info_row = f"{cells[0]} | {cells[1]} | {description} | {top_note}"
    return [Section(heading, info_row, table, after)] + nested


def model_page(api: Api, package: str, m: Model) -> Page:
    table = pn.table(api)
    return Page(f"{package}.model.{table.module(m.id)}.{table.cls(m.id)}", md.paragraph(m.description),
                _sections(api, "", TypeRef(MODEL, ref=m.id), _cell(m.description), m))


def enum_page(api: Api, package: str, e: Enum) -> Page:
    """The page of a component enum (inline enums are described where they are used)."""
    table = pn.table(api)
    cells = type_info(api, TypeRef(ENUM, ref=e.id))
    row = f"{cells[0]} | {cells[1]} | {_cell(e.description)} | {enum_note([v.value for v in e.values])}"
    return Page(f"{package}.model.{table.module(e.id)}.{table.cls(e.id)}", md.paragraph(e.description),
                [Section("", row, [])])


def alias_page(api: Api, package: str, a: Alias) -> Page:
    table = pn.table(api)
    t = replace(a.type, alias=None)
    return Page(f"{package}.model.{table.alias_module(a.id)}.{table.alias_cls(a.id)}", md.paragraph(a.description),
                _sections(api, "", t, _cell(a.description), top_note=notes(api, t)))


def array_page(api: Api, package: str, arr: PrimitiveArray) -> Page:
    f = arr.field
    return Page(f"{package}.model.{arr.module}.{arr.name}", md.paragraph(f.description),
                _sections(api, "", f.type, _cell(f.description), top_note=notes(api, f.type)))


def has_page(e: Enum) -> bool:
    """Component enums have a page; inline ones are described where they are used."""
    return e.component is not None
