"""Target `python-flat`: a Python SDK whose operations take the request body's fields, the
path and the query parameters as flat keyword arguments, with reference docs in the
openapi-generator "python" style (docs/apis/tags/<Tag>Api.md, docs/models/<Model>.md).

Layout of the output (generated/<api>/<target>/):
  pyproject.toml, README.md
  src/<package>/            __init__.py, client.py (the SDK class), runtime files
                            (api_client, schemas, configuration, exceptions),
                            apis/tags/<tag>_api.py, operations/<tag>/<operation>.py,
                            model/<model>.py
  docs/apis/tags/<Tag>Api.md, docs/models/<Model>.md

This layer decides everything the templates print: names, annotations, schema
expressions, doc cells and example calls. Type mapping, literals, docstrings and
example values come from codegen.python_common; table cells, anchors and escaping from
codegen.markdown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .. import examples as ex
from .. import markdown as md
from .. import naming
from .. import python_common as pc
from ..errors import CodegenError, Issue
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
    Group,
    Model,
    Operation,
    Param,
    Response,
    TypeRef,
)
from ..render import OutputFile, runtime_files
from ..settings import Target
from . import python_flat_pages as pages
from . import python_names as pn
from .python_flat_pages import type_info

TEMPLATE = "python-flat"
HEADER_SOURCE = "Generated from {source}. Do not edit."
EXAMPLES = ex.ExampleStyle(
    string="string_example",
    id_string="string_example",
    integer=1,
    number=3.14,
    boolean=True,
    required_only=False,
    use_spec_examples=True,
    binary=pc.Code('open("/path/to/file", "rb")'),
    use_spec_defaults=True,
)
TOKEN_PLACEHOLDER = "YOUR_BEARER_TOKEN"
README_FROM_TAGS = "../../../README.md"  # docs/apis/tags/ -> README.md
MODELS_FROM_TAGS = "../../models/"  # docs/apis/tags/ -> docs/models/
README_FROM_MODELS = "../../README.md"

CLIENT_DOC = (
    "Give `host` to talk to another server and `access_token` (when the API has security) to\n"
    "authenticate, or a whole `configuration` (see configuration.py). `http_client` replaces the\n"
    "httpx.Client the SDK would create; the SDK does not close a client it did not create."
)

# Keyword arguments every operation method has besides its parameters and body fields.
OPT_CONTENT_TYPE = "content_type"
OPT_ACCEPT = "accept_content_types"
ALWAYS_OPTIONS = ("stream", "timeout", "skip_deserialization")
MODEL_TYPING = ("Any", "Dict", "List", "NotRequired", "Optional", "TypedDict", "Union")
ALIAS_TYPING = ("Any", "Dict", "List", "Optional", "Union")
# Names a model module must not take: generated modules import these.
RESERVED_MODULES = frozenset({"api_client", "schemas", "composed", "configuration", "exceptions", "client", "typing", "decimal",
                              "datetime", "uuid", "httpx", "apis", "operations", "model"})
RESERVED_CLASSES = frozenset({"Any", "Dict", "List", "Literal", "NotRequired", "Optional", "TypedDict", "TypeAlias",
                              "Union"})

# -- text as black prints it -------------------------------------------------------------------
# The templates print code the way black would, so that black (run on every file) has little
# to change: a call that does not fit on one line has its arguments on one line of their own,
# else one per line with a trailing comma; docstrings indented, their closing quotes moved to a
# line of their own when the last line would be too long. Cases these rules do not cover are
# left to black (the output is the same, only slower to format).
WIDTH = 88


def fit(indent: int, head: str, args: list[str], tail: str) -> list[str]:
    """Lines (without the first line's indentation; later lines indented relative to it) of
    `head` + the comma-separated `args` + `tail`, where `head` ends with an opening bracket and
    `tail` starts with its closing one: `f(a, b)`, else `f(` / `a, b` / `)`, else one argument
    per line with a trailing comma."""
    joined = ", ".join(args)
    if indent + len(head) + len(joined) + len(tail) <= WIDTH:
        return [head + joined + tail]
    if indent + 4 + len(joined) <= WIDTH and len(args) > 0:
        return [head, "    " + joined, tail]
    return [head] + [f"    {a}," for a in args] + [tail]


def fit_text(indent: int, head: str, args: list[str], tail: str) -> str:
    """`fit` as text to print at `indent` (the first line's indentation is the template's)."""
    pad = " " * indent
    lines = fit(indent, head, args, tail)
    return "\n".join([lines[0]] + [pad + line for line in lines[1:]])


def _doc(text: str, indent: int) -> str:
    """Spec text as a docstring with its quotes, as black prints it at `indent` ("" for none)."""
    body = pc.docstring(text)
    return docstring_block(body, indent) if body else ""


def split_top(text: str) -> list[str]:
    """`a, B[c, d], e` -> ["a", "B[c, d]", "e"] (commas outside brackets and strings)."""
    out, depth, start, quote = [], 0, 0, ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != "\\":
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
    return out + [text[start:].strip()]


def annotated(indent: int, name: str, annotation: str, rest: str) -> list[str]:
    """`name: annotation<rest>` (rest: a default, a trailing comma), split inside the
    annotation's outer brackets when too long (as black does)."""
    line = f"{name}: {annotation}{rest}"
    if indent + len(line) <= WIDTH or not annotation.endswith("]") or "[" not in annotation:
        return [line]
    outer, inner = annotation.split("[", 1)
    return fit(indent, f"{name}: {outer}[", split_top(inner[:-1]), "]" + rest)


def expr_text(indent: int, prefix: str, expr: str, suffix: str) -> str:
    """`prefix + expr + suffix` at `indent`, split inside the brackets that close `expr` (a call
    or a subscript) when too long."""
    if indent + len(prefix) + len(expr) + len(suffix) <= WIDTH:
        return prefix + expr + suffix
    if expr[-1:] not in ")]":  # a name: black puts it in parentheses, when that helps
        if prefix.endswith(" = ") and not suffix and indent + 4 + len(expr) <= WIDTH:
            return fit_text(indent, prefix + "(", [expr], ")")
        return prefix + expr + suffix
    depth = 0
    for i in range(len(expr) - 1, -1, -1):
        depth += {")": 1, "]": 1, "(": -1, "[": -1}.get(expr[i], 0)
        if depth == 0:
            break
    inner = expr[i + 1:-1]
    return fit_text(indent, prefix + expr[:i + 1], split_top(inner) if inner else [], expr[-1] + suffix)


def tuple_text(indent: int, head: str, items: list[str], tail: str) -> str:
    """`head` + a tuple of `items` (each ending with its comma, several lines each) + `tail`:
    one item on one line when it fits, else one per line."""
    pad = " " * indent
    if not items:
        return head + tail
    if len(items) == 1 and "\n" not in items[0] and indent + len(head) + len(items[0]) + len(tail) <= WIDTH:
        return head + items[0] + tail
    return "\n".join([head] + [pad + "    " + i for i in items] + [pad + tail])


def import_lines(module: str, names: list[str]) -> list[str]:
    """`from module import a, b`, in parentheses one name per line when too long."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= WIDTH:
        return [line]
    return [f"from {module} import ("] + [f"    {n}," for n in names] + [")"]


def docstring_block(text: str, indent: int) -> str:
    """A docstring (text from python_common.docstring) with its quotes, as black prints it at
    `indent`: continuation lines indented (blank ones empty), closing quotes on a line of their
    own when the last line would be too long for them."""
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"'):
        text += " "
    lines = text.split("\n")
    if len(lines) == 1:
        return f'"""{text}"""'
    rest = lines[1:]
    common = min((len(x) - len(x.lstrip(" ")) for x in rest if x.strip()), default=0)
    pad = " " * indent
    out = [lines[0].strip()] + [pad + x[common:].rstrip() if x.strip() else "" for x in rest]
    if not rest[-1].strip():
        out[-1] = pad
    if len(out[-1]) + 3 > WIDTH and indent + 3 <= WIDTH:
        return '"""' + "\n".join(out) + "\n" + pad + '"""'
    return '"""' + "\n".join(out) + '"""'


# -- Python annotations ------------------------------------------------------------------------
_INPUT_PRIMITIVES = {
    STRING: "str",
    INTEGER: "Union[int, decimal.Decimal]",
    NUMBER: "Union[float, decimal.Decimal]",
    BOOLEAN: "bool",
    ANY: "Any",
    BINARY: "schemas.FileInput",
}
_INPUT_FORMATS = {
    "date-time": "Union[str, datetime.datetime]",
    "date": "Union[str, datetime.date]",
    "uuid": "Union[str, uuid.UUID]",
    "byte": "Union[str, bytes]",
}
_UNIONS = frozenset(a for a in [*_INPUT_PRIMITIVES.values(), *_INPUT_FORMATS.values()] if a.startswith("Union["))
_OUTPUT_PRIMITIVES = {STRING: "str", INTEGER: "int", NUMBER: "float", BOOLEAN: "bool", ANY: "Any", BINARY: "str"}


def _input_primitive(t: TypeRef) -> str:
    if t.kind == STRING and t.format in _INPUT_FORMATS:
        return _INPUT_FORMATS[t.format]
    return _INPUT_PRIMITIVES[t.kind]


def _cls(api: Api, r: TypeRef) -> str:
    return pn.table(api).cls(r.ref) if r.ref else "Any"


def input_annotation(api: Api, t: TypeRef) -> str:
    """What a keyword argument accepts: Union[float, decimal.Decimal], an enum's Literal alias."""
    return pc.annotation(t, lambda r: _cls(api, r), False, _input_primitive)


def output_annotation(api: Api, t: TypeRef) -> str:
    """A property of a model (a TypedDict) or a response body. An enum also allows any value
    of its type: a response may carry a value newer than the spec."""

    def name_of(r: TypeRef) -> str:
        if r.kind == ENUM and r.ref:
            value_type = api.enum(r.ref).value_type
            return f"Union[{_cls(api, r)}, {_ENUM_VALUE_TYPES[value_type]}]"
        return _cls(api, r)

    return pc.annotation(t, name_of, False, lambda r: _OUTPUT_PRIMITIVES[r.kind], _open_union)


_ENUM_VALUE_TYPES = {"string": "str", "integer": "int", "mixed": "Union[str, int]"}


def _open_union(u: TypeRef, members: list[str]) -> str:
    """A union in a response: a union of models may also hold an object no member describes."""
    if any(m.kind == MODEL for m in u.members) and not any(m.kind == MAP for m in u.members):
        members = members + ["Dict[str, Any]"]
    return f"Union[{', '.join(members)}]"


def doc_annotation(api: Api, t: TypeRef) -> str:
    """A type as the model pages show it: List[InferenceImageEntity]."""
    return pc.annotation(t, lambda r: _cls(api, r), False, lambda r: _OUTPUT_PRIMITIVES[r.kind])


# -- where things live -------------------------------------------------------------------------
def alias_module(api: Api, a: Alias) -> str:
    return pn.table(api).alias_module(a.id)


def schema_expr(api: Api, t: TypeRef, here: str = "") -> str:
    """The runtime schema of a type, as a Python expression: schemas.ListSchema(x.XSchema).
    `here` is the module the expression is written in (a model refers to itself unqualified)."""
    null = "nullable=True" if t.nullable else ""
    if t.kind == UNION:
        members = "".join(f"{schema_expr(api, m, here)}, " for m in t.members)
        args = [pc.literal(doc_annotation(api, t.without_null())), f"lambda: ({members})"]
        if t.discriminator is not None:
            index = {m.ref: i for i, m in enumerate(t.members) if m.ref}
            mapping = {value: index[ref] for value, ref in t.mapping if ref in index}
            args += [f"discriminator=({pc.literal(t.discriminator)}, {pc.literal(_discriminator_name(api, t))})",
                     f"mapping={pc.literal(mapping)}"]
        return f"composed.UnionSchema({', '.join(args + ([null] if null else []))})"
    if t.has_const and t.kind in (STRING, INTEGER):
        return f"schemas.EnumSchema({pc.literal(str(t.const))}, ({pc.literal(t.const)},){', ' + null if null else ''})"
    if t.kind in (MODEL, ENUM) and t.ref:
        module = pn.table(api).module(t.ref)
        cls = _cls(api, t)
        ref = f"{cls}Schema" if module == here else f"{module}.{cls}Schema"
        return f"schemas.Nullable({ref})" if t.nullable else ref
    if t.kind in (ARRAY, MAP):
        assert t.items is not None
        cls = "ListSchema" if t.kind == ARRAY else "MapSchema"
        return f"schemas.{cls}({', '.join(a for a in (schema_expr(api, t.items, here), null) if a)})"
    if t.kind == STRING:
        args = [a for a in (null, f"format={pc.literal(t.format)}" if t.format else "") if a]
        return f"schemas.StrSchema({', '.join(args)})"
    if t.kind == ANY:
        return "schemas.AnySchema()"
    cls = {INTEGER: "IntSchema", NUMBER: "NumberSchema", BOOLEAN: "BoolSchema", BINARY: "BinarySchema"}[t.kind]
    return f"schemas.{cls}({null})"


def _discriminator_name(api: Api, u: TypeRef) -> str:
    for m in u.members:
        if m.kind == MODEL and m.ref:
            for f in api.model(m.ref).fields:
                if f.names.wire == u.discriminator:
                    return pn.field_name(f)
    return naming.snake(u.discriminator or "")


def _composed(*exprs: str) -> bool:
    """Whether schema expressions use the schemas of composed.py."""
    return any("composed." in e for e in exprs)


def _api_composed(api: Api) -> bool:
    types = [f.type for m in api.models for f in m.fields] + [a.type for a in api.aliases]
    types += [p.type for op in api.operations for p in op.params] + [op.body.type for op in api.operations if op.body]
    types += [r.type for op in api.operations for r in op.responses if r.type is not None]
    return (any(pc.uses(t, lambda x: x.kind == UNION) for t in types) or any(m.additional for m in api.models)
            or any(e.value_type == "mixed" for e in api.enums))


def _referenced_modules(api: Api, types: list[TypeRef]) -> list[str]:
    """Model modules whose schemas the given types use, sorted."""
    names = pn.table(api)
    return sorted({names.module(i) for t in types for i in pc.referenced(t)})


def _referenced_names(api: Api, types: list[TypeRef]) -> list[tuple[str, str]]:
    """(module, name) of the models and enums the given types mention, sorted."""
    names = pn.table(api)
    return sorted({(names.module(i), names.cls(i)) for t in types for i in pc.referenced(t)})


def group_class(g: Group) -> str:
    return pn.group_class(g) + "Api"


def group_module(g: Group) -> str:
    return pn.group_attr(g) + "_api"


def doc_page(name: str) -> str:
    """docs/ relative page of a model, enum or alias: models/InferenceEntity.md"""
    return f"models/{name}.md"


# -- operations: the flat keyword arguments ----------------------------------------------------
@dataclass(frozen=True)
class Kwarg:
    name: str
    wire: str
    location: str  # body | path | query | header | whole-body
    required: bool
    type: TypeRef
    annotation: str  # what the signature says, Unset included for optional ones
    pointer: str
    description: str
    example: str  # a Python literal for the docs example

    @property
    def name_literal(self) -> str:
        return pc.literal(self.name)


def _flattened(op: Operation, api: Api) -> bool:
    """A body of a non-nullable object schema is passed field by field (when each of its
    media types has that schema and no field takes the name of a parameter or an option of
    the call: then the body is passed whole, as `body=`). A polymorphic model (a
    discriminator naming subtypes) is passed whole too: a subtype's fields must fit."""
    if not (op.body is not None and op.body.type.kind == MODEL and not op.body.type.nullable
            and all(m.type == op.body.type for m in op.body.media)):
        return False
    if op.body.type.ref is not None and len(api.model(op.body.type.ref).subtypes) > 1:
        return False
    if op.body.type.ref is not None:
        taken = {pn.param_name(p) for p in op.params} | set(_options(op))
        return not any(pn.field_name(f) in taken for f in api.model(op.body.type.ref).fields)
    return True


def _example(api: Api, t: TypeRef, wire: str, example: Any, has_example: bool, has_default: bool = False,
             default: Any = None, path: bool = False) -> str:
    """An argument's value in the docs example: the spec's example, else its default, else (a
    path parameter's string) `<name>_example`, else a placeholder of its type."""
    if not has_example and has_default:
        example, has_example = default, True
    elif not has_example and path and t.kind == STRING and not t.format:
        example, has_example = f"{wire}_example", True
    return pc.literal(ex.example(api, t, EXAMPLES, wire, example, has_example, key=pn.field_name), 8)


def _kwarg(api: Api, name: str, wire: str, location: str, required: bool, t: TypeRef, pointer: str,
           description: str, example: str, annotation: str | None = None) -> Kwarg:
    ann = annotation or input_annotation(api, t)
    if not required and ann in _UNIONS:
        ann = ann[:-1] + ", schemas.Unset]"
    elif not required:
        ann = f"Union[{ann}, schemas.Unset]"
    return Kwarg(name, wire, location, required, t, ann, pointer, description, example)


def kwargs(api: Api, op: Operation, owner: str, ext: bool = False) -> list[Kwarg]:
    """The keyword arguments of an operation: required ones first, then the optional ones;
    each group body fields (spec order) before parameters (path, query, header).

    Raises CodegenError when two of them, or one of them and an option of the call, map
    to the same Python name (the IR checks parameters and fields only among themselves).
    """
    pn.settle(api)
    out: list[Kwarg] = []
    body = op.body
    if body is not None and _flattened(op, api):
        assert body.type.ref is not None
        for f in api.model(body.type.ref).fields:
            out.append(_kwarg(api, pn.field_name(f), f.names.wire, "body", body.required and pc.request_required(f),
                              f.type,
                              f.pointer, f.description, _example(api, f.type, f.names.wire, f.example,
                                                                 f.has_example, f.has_default, f.default)))
    elif body is not None:
        value = ex.example(api, body.type, EXAMPLES, "", body.example, body.has_example, key=pn.field_name)
        anns = list(dict.fromkeys(input_annotation(api, m.type) for m in body.media))
        ann = anns[0] if len(anns) < 2 else f"Union[{', '.join(anns)}]"
        out.append(_kwarg(api, "body", "", "whole-body", body.required, body.type, body.pointer, body.description,
                          pc.literal(value, 8), ann))
    for p in op.params:
        out.append(_kwarg(api, pn.param_name(p), p.names.wire, p.location, p.required, p.type, p.pointer,
                          p.description, _example(api, p.type, p.names.wire, p.example, p.has_example,
                                                           p.has_default, p.default, p.location == "path")))
    issues: list[Issue] = []
    seen: dict[str, Kwarg] = {}
    for k in out:
        if k.name in seen:
            first = seen[k.name]
            issues.append(api.issue(k.pointer,
                                    f"{_what(first)} ({api.where(first.pointer)}) and {_what(k)} ({api.where(k.pointer)}) both map to the "
                                f"keyword argument '{k.name}' of {owner}; rename one with x-py-name"))
        seen.setdefault(k.name, k)
    for option in _options(op):
        if option in seen:
            k = seen[option]
            issues.append(api.issue(k.pointer,
                                    f"{_what(k)} maps to the keyword argument '{option}' of {owner}, which is the "
                                "option of that name; rename it with x-py-name"))
    if issues:
        raise CodegenError(issues)
    return [k for k in out if k.required] + [k for k in out if not k.required]


def _what(k: Kwarg) -> str:
    if k.location == "body":
        return f"request body field '{k.wire}'"
    if k.location == "whole-body":
        return "the request body"
    return f"{k.location} parameter '{k.wire}'"


def accept_types(op: Operation) -> list[str]:
    """Content types of the operation's responses, in status order, without repeats."""
    out: list[str] = []
    for r in op.responses:
        if r.content_type and r.content_type not in out:
            out.append(r.content_type)
    return out


def _options(op: Operation) -> list[str]:
    return ([OPT_CONTENT_TYPE] if op.body is not None else []) + ([OPT_ACCEPT] if accept_types(op) else []) + list(
        ALWAYS_OPTIONS)


# -- operations: docs blocks -------------------------------------------------------------------
@dataclass(frozen=True)
class SchemaBlock:
    """A `# <Name>` block of an operation page: a link to a model page, or a type info row."""

    name: str
    link: str  # "" for a type info row
    input: str
    accessed: str
    description: str
    notes: str


def _block(api: Api, name: str, t: TypeRef, notes: str) -> SchemaBlock:
    """A link when the type has a page (a model, a component enum or alias), else its type info
    row (an inline enum is described by `notes`)."""
    page = pages.page_of(api, t)
    if page is not None:
        return SchemaBlock(name, f"{pages.page_link(page, MODELS_FROM_TAGS)}", "", "", "", "")
    cells = type_info(api, t)
    return SchemaBlock(name, "", cells[0], cells[1], "", notes)


def _param_notes(api: Api, p: Param) -> str:
    """Notes of a parameter's type info row: allowed values, the default."""
    parts = []
    if p.type.kind == ENUM and p.type.ref and pages.page_of(api, p.type) is None:
        parts.append(pages.enum_note([v.value for v in api.enum(p.type.ref).values]))
    if p.has_default:
        parts.append(("defaults to " if p.required else "if omitted the server will use the default value of ")
                     + json.dumps(p.default))
    return md.cell("".join(parts))


@dataclass(frozen=True)
class ParamSection:
    kind: str  # query | header | path
    class_name: str  # RequestQueryParams
    rows: list[str]  # "onlyFinished | OnlyFinishedSchema | | optional"
    blocks: list[SchemaBlock]
    blank_before_blocks: bool  # the docs style puts one more blank line after the query table


@dataclass(frozen=True)
class ResponseView:
    status: str
    class_name: str  # ApiResponseFor200
    description: str  # a table cell
    body_schema: str | None  # SchemaFor200ResponseBodyApplicationJson
    block: SchemaBlock | None
    body_annotation: str  # "InferenceEntity", "schemas.Unset"
    status_literal: str
    summary: str  # the description on one line, for the method's docstring
    schema: str  # a schema expression or "None"
    docstring: str
    extra: str = ""  # more arguments of the extended runtime's ResponseSpec
    decl: str = ""  # `SchemaFor200ResponseBody... = ...` as black prints it ("" without a body)
    class_line: str = ""  # `class ApiResponseFor200(...):` as black prints it
    spec: str = ""  # its `ResponseSpec(...),` in the OPERATION, as black prints it


def param_schema_name(p: Param) -> str:
    """MaxResultsSchema; a parameter whose Python name was told apart (pn.settle) follows it:
    max_results_2 -> MaxResults2Schema."""
    return naming.pascal(pn.settled(p) or p.names.wire) + "Schema"


def body_schema_name(content_type: str) -> str:
    return "SchemaForRequestBody" + naming.pascal(content_type)


def response_class(r: Response) -> str:
    return "ApiResponseFor" + (r.status if r.status[:1].isdigit() else naming.pascal(r.status))


def response_schema_name(r: Response) -> str:
    status = r.status if r.status[:1].isdigit() else naming.pascal(r.status)
    return f"SchemaFor{status}ResponseBody" + naming.pascal(r.content_type or "")


@dataclass(frozen=True)
class ParamEntry:
    """A parameter as the operation module declares it."""

    schema_name: str  # ModelIdSchema
    schema_expr: str
    wire_literal: str
    name_literal: str
    location_literal: str
    required: bool
    extra: str = ""  # more arguments of the extended runtime's Parameter
    decl: str = ""  # `ModelIdSchema = ...` as black prints it
    entry: str = ""  # its `Parameter(...),` in the tuple of its location, as black prints it


@dataclass(frozen=True)
class OpView:
    op: Operation
    name: str
    group_class: str
    module: str  # import alias of the operation module inside the tag module: create_
    module_import: str  # from ...operations.generate_images import create as create_
    module_docstring: str
    operation_type: str  # what OPERATION returns, inside the operation module
    name_literal: str  # "GenerateImagesApi.create"
    kwargs: list[Kwarg]
    param_kwargs: list[Kwarg]
    body_kwargs: list[Kwarg]
    flattened: bool
    has_body: bool
    content_type: str  # the body's default content type ("" without a body)
    content_type_literal: str
    accept_default: str  # "'application/json', " ("" when the responses have no content)
    accept_literal: str  # ("application/json",)
    success_types: str  # Union[...] of the response classes a call returns
    any_result: str  # success_types or the response without deserialization
    docstring: str
    path_literal: str
    # the operation module
    params: list[ParamEntry]
    param_groups: list[tuple[str, list[ParamEntry]]]  # (RequestPathParams, its parameters)
    group_decls: list[str]  # `RequestPathParams = (...)` as black prints them
    parameters_expr: str  # RequestPathParams + RequestQueryParams, or ()
    body_schema: str  # SchemaForRequestBodyApplicationJson ("" without a body)
    body_schema_expr: str
    content_types_literal: str
    responses: list[ResponseView]
    model_imports: list[str]  # import lines of the operation module
    typing_names: str  # what the operation module imports from typing
    # docs
    summary: str
    summary_cell: str
    summary_comment: str
    description: str
    anchor: str
    method_lower: str
    path_cell: str
    call_lines: list[str]  # the example call, indented for its `try:` block
    response_var: str
    pprint_keys: list[str]
    head_rows: list[str]
    body_block: SchemaBlock | None
    sections: list[ParamSection]
    errors: list[tuple[str, str]]  # (status, description cell) of documented error responses
    authorization: str
    # the extended runtime (see python_common.needs_extended_runtime)
    no_parameters: bool = False  # neither parameters nor a body: the page says so instead of a table
    body_extra: str = ""
    op_extra: str = ""
    auth_lines: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)  # the methods' arguments but skip_deserialization
    body_decl: str = ""  # `SchemaForRequestBody... = ...` as black prints it
    body_line: str = ""  # `body=...RequestBody(...),` of the OPERATION, as black prints it
    operation_head: str = ""  # `OPERATION: ... = ...Operation(`
    responses_line: str = ""  # `responses=(...),` of the OPERATION, as black prints it
    secured: bool = True  # the example configures the API's bearer token


def _docstring(op: Operation, args: list[Kwarg], options: list[str], responses: list[ResponseView]) -> str:
    lines = [t for t in (op.summary, op.description) if t]
    text = "\n\n".join(lines)
    arg_lines = [f"    {a.name}: {pc.comment(a.description) or '(no description)'}"
                 + (" (required)" if a.required else "") for a in args]
    option_docs = {
        OPT_CONTENT_TYPE: "the request body's content type; one of the operation's.",
        OPT_ACCEPT: "sent as the Accept header.",
        "stream": "when True the response body is not read before the call returns: read it from "
                  "`response.response` (an open httpx.Response) or through `response.body`, which reads "
                  "and deserializes it on first access.",
        "timeout": "seconds, or a (connect, read) tuple of seconds; None: the client's timeout.",
        "skip_deserialization": "when True, return an api_client.ApiResponseWithoutDeserialization "
                                "(the raw response; body and headers unset).",
    }
    arg_lines += [f"    {o}: {option_docs[o]}" for o in options]
    returns = [f"    {r.class_name}: {r.summary}" for r in responses]
    parts = [text] if text else []
    parts.append("Args:\n" + "\n".join(arg_lines))
    if returns:
        parts.append("Returns:\n" + "\n".join(returns))
    parts.append("Raises:\n    ApiTypeError, ApiValueError: an argument does not match the spec (nothing is "
                 "sent).\n    ApiException: a status that is not 2xx, or a response the spec does not document.")
    return pc.docstring("\n\n".join(parts))


def _signature(args: list[Kwarg], content_type: str | None, accepts: list[str]) -> list[str]:
    """The lines of a method's arguments after `self`, but `skip_deserialization` (its
    annotation differs between the overloads), at the indentation of a method's arguments."""
    lines = []
    for a in args:
        lines += annotated(8, a.name, a.annotation, ("" if a.required else " = schemas.unset") + ",")
    lines.append("*,")
    if content_type is not None:
        lines.append(f"content_type: str = {pc.literal(content_type)},")
    if accepts:
        head = "accept_content_types: typing.Tuple[str, ...] = ("
        if len(accepts) == 1:
            lines.append(f"{head}{pc.literal(accepts[0])},),")
        else:
            lines += fit(8, head, [pc.literal(c) for c in accepts], "),")
    lines += ["stream: bool = False,", "timeout: api_client.Timeout = None,"]
    return [" " * 8 + line for line in lines]


def op_view(api: Api, target: Target, group: Group, op: Operation, ext: bool = False) -> OpView:
    method = pn.method(op)
    owner = f"{group_class(group)}.{method}"
    args = kwargs(api, op, owner, ext)
    flattened = _flattened(op, api)
    body = op.body
    accepts = accept_types(op)
    # responses (2xx are returned, the rest raise ApiException)
    responses = []
    errors = []
    for r in op.responses:
        if not (r.status.startswith("2") or r.status == "default"):
            errors.append((r.status, md.cell(r.description)))
            continue
        t = r.type
        cls, body_schema = response_class(r), response_schema_name(r) if t is not None else None
        annotation = (("bytes" if ext and r.kind == "binary" else output_annotation(api, t)) if t is not None
                      else "schemas.Unset")
        kind = [f"kind={pc.literal(r.kind)}"] if ext and t is not None and r.kind != "json" else []
        responses.append(ResponseView(
            decl=expr_text(0, f"{body_schema} = ", schema_expr(api, t), "") if t is not None else "",
            class_line=fit_text(0, f"class {cls}(", [f"api_client.ApiResponse[{annotation}]"], "):"),
            spec=fit_text(8, "api_client.ResponseSpec(", [pc.literal(r.status), cls, body_schema or "None"] + kind, "),"),
            status=r.status,
            class_name=cls,
            description=md.cell(r.description),
            body_schema=response_schema_name(r) if t is not None else None,
            block=_block(api, response_schema_name(r), t, "") if t is not None else None,
            body_annotation=("bytes" if ext and r.kind == "binary" else output_annotation(api, t)) if t is not None
            else "schemas.Unset",
            status_literal=pc.literal(r.status),
            schema=schema_expr(api, t) if t is not None else "None",
            extra=f", kind={pc.literal(r.kind)}" if ext and t is not None and r.kind != "json" else "",
            docstring=_doc(r.description, 4),
            summary=pc.comment(r.description),
        ))
    module = method + "_"
    if not responses:
        operation_type = success_types = "api_client.ApiResponse[schemas.Unset]"
    elif len(responses) == 1:
        operation_type, success_types = responses[0].class_name, f"{module}.{responses[0].class_name}"
    else:
        operation_type = f"Union[{', '.join(r.class_name for r in responses)}]"
        success_types = f"Union[{', '.join(f'{module}.{r.class_name}' for r in responses)}]"
    any_result = f"api_client.Result[{success_types}]"
    # the operation module
    params = []
    for p in op.params:
        schema_name, expr = param_schema_name(p), schema_expr(api, p.type)
        default_style = "form" if p.location in ("query", "cookie") else "simple"  # as api_client.Parameter
        extra = [f"style={pc.literal(p.style)}"] if p.style != default_style else []
        extra += [f"explode={p.explode}"] if p.explode != (p.style == "form") else []
        pargs = [pc.literal(p.names.wire), pc.literal(pn.param_name(p)), pc.literal(p.location), schema_name]
        pargs += ["required=True"] if p.required else []
        params.append(ParamEntry(schema_name, expr, pc.literal(p.names.wire), pc.literal(pn.param_name(p)),
                                 pc.literal(p.location), p.required, "".join(", " + x for x in extra),
                                 decl=expr_text(0, f"{schema_name} = ", expr, ""),
                                 entry=fit_text(4, "api_client.Parameter(", pargs + extra, "),")))
    groups = []
    for loc, cls in (("path", "RequestPathParams"), ("query", "RequestQueryParams"),
                     ("header", "RequestHeaderParams"), ("cookie", "RequestCookieParams")):
        members = [e for p, e in zip(op.params, params) if p.location == loc]
        if members:
            groups.append((cls, members))
    types = [p.type for p in op.params] + ([m.type for m in body.media] if body else []) + [
        r.type for r in op.responses if r.type is not None]
    imports = [f"from ...model import {m}" for m in _referenced_modules(api, types)]
    exprs = [schema_expr(api, t) for t in types]
    if _composed(*exprs):
        imports.insert(0, "from ... import composed")
    response_types = [r.type for r in op.responses if r.type is not None and (r.status.startswith("2") or
                                                                              r.status == "default")]
    imported = _referenced_names(api, response_types)
    imports += [f"from ...model.{m} import {n}" for m, n in imported]
    _check_module_names(api, op, owner, ["OPERATION"] + [n for _, n in imported] + [g for g, _ in groups]
                        + [e.schema_name for e in params] + ([body_schema_name(body.content_type)] if body else [])
                        + [v.class_name for v in responses] + [v.body_schema or "" for v in responses])
    # docs
    sections = []
    for loc in ("query", "header", "path"):
        ps = [p for p in op.params if p.location == loc]
        if not ps:
            continue
        rows = [f"{p.names.wire} | {param_schema_name(p)} | | {'' if p.required else 'optional'}" for p in ps]
        blocks = [_block(api, param_schema_name(p), p.type, _param_notes(api, p)) for p in ps]
        sections.append(ParamSection(loc, f"Request{loc.capitalize()}Params", rows, blocks, loc == "query"))
    head_rows = []
    body_block = None
    if body is not None:
        schema_name = body_schema_name(body.content_type)
        head_rows.append(f"body | typing.Union[{schema_name}{'' if body.required else ', Unset'}] | "
                         f"{'required' if body.required else ''} |")
        body_block = _block(api, schema_name, body.type, "")
    for s in sections:
        head_rows.append(f"{s.kind}_params | {s.class_name} | |")
    success = op.success
    has_body_type = success is not None and success.type is not None
    pprint_keys: list[str] = []
    if success is not None and success.type is not None and success.type.kind == MODEL and success.type.ref:
        pprint_keys = [pn.field_name(f) for f in api.model(success.type.ref).fields]
    if api.security is None or not op.secured:
        authorization = "No authorization required"
    else:
        authorization = md.link(api.security.scheme_name,
                                f"{README_FROM_TAGS}#{md.anchor(api.security.scheme_name)}")
    client_var = naming.snake(target.sdk_class)
    call = f"{client_var}.{pn.group_attr(group)}.{method}("
    if has_body_type:
        call = f"{method}_response = {call}"
    if args:
        call_lines = [f"    {call}"] + [f"        {a.name}={a.example},  # {'required' if a.required else 'optional'}"
                                        for a in args] + ["    )"]
    else:
        call_lines = [f"    {call})"]
    ext_fields: dict[str, Any] = {}
    options = _options(op)
    ext_fields["signature"] = _signature(args, body.content_type if body else None, accepts)
    ext_fields["responses_line"] = tuple_text(4, "responses=(", [r.spec for r in responses], "),")
    ext_fields["operation_head"] = f"OPERATION: api_client.Operation[{operation_type}] = api_client.Operation("
    if body is not None:
        body_name = body_schema_name(body.content_type)
        ext_fields["body_decl"] = expr_text(0, f"{body_name} = ", schema_expr(api, body.type), "")
        types_literal = (_tuple_literal([pc.literal(m.content_type) for m in body.media]) if ext
                         else f"({pc.literal(body.content_type)},)")
        body_args = [body_name, types_literal, f"required={body.required}", f"flattened={flattened}"]
        if ext:
            media = ", ".join(f"{pc.literal(m.content_type)}: ({pc.literal(m.kind)}, {schema_expr(api, m.type)})"
                              for m in body.media)
            body_args.append(f"media={{{media}}}")
        ext_fields["body_line"] = fit_text(4, "body=api_client.RequestBody(", body_args, "),")
    if ext:
        ext_fields["auth_lines"] = pc.auth_examples(api) if op.secured else []
        if body is not None:
            media = ", ".join(f"{pc.literal(m.content_type)}: ({pc.literal(m.kind)}, {schema_expr(api, m.type)})"
                              for m in body.media)
            ext_fields["body_extra"] = f", media={{{media}}}"
        errors_map = ", ".join(f"{pc.literal(r.status)}: {schema_expr(api, r.type)}" for r in op.responses
                               if (r.is_error or r.status == "default") and r.type is not None and r.kind == "json")
        security = "(" + "".join("(" + "".join(pc.literal(n) + ", " for n in alt) + "), " for alt in op.security) + ")"
        ext_fields["op_extra"] = f"    errors={{{errors_map}}},\n    security={security},\n"
    return OpView(**ext_fields,
        secured=api.security is not None and op.secured,
        no_parameters=not op.params and op.body is None,
        op=op,
        name=method,
        group_class=group_class(group),
        module=module,
        module_import=f"from ...operations.{pn.group_attr(group)} import {method} as {module}",
        module_docstring=_doc(f"{owner}: {op.method} {op.path}", 0),
        operation_type=operation_type,
        name_literal=pc.literal(owner),
        kwargs=args,
        param_kwargs=[a for a in args if a.location in ("path", "query", "header", "cookie")],
        body_kwargs=[a for a in args if a.location == "body"],
        flattened=flattened,
        has_body=body is not None,
        content_type=body.content_type if body else "",
        content_type_literal=pc.literal(body.content_type) if body else "",
        accept_default="".join(f"'{c}', " for c in accepts),
        accept_literal=_tuple_literal([pc.literal(c) for c in accepts]) if accepts else "()",
        success_types=success_types,
        any_result=any_result,
        docstring=docstring_block(_docstring(op, args, options, responses), 8),
        path_literal=pc.literal(op.path),
        params=params,
        param_groups=groups,
        group_decls=[tuple_text(0, f"{cls} = (", [e.entry for e in members], ")") for cls, members in groups],
        parameters_expr=" + ".join(cls for cls, _ in groups) or "()",
        body_schema=body_schema_name(body.content_type) if body else "",
        body_schema_expr=schema_expr(api, body.type) if body else "",
        content_types_literal=(_tuple_literal([pc.literal(m.content_type) for m in body.media]) if ext else
                               f"({pc.literal(body.content_type)},)") if body else "",
        responses=responses,
        model_imports=imports,
        typing_names=pc.typing_names(types, ALIAS_TYPING, False),
        summary=md.paragraph(op.summary),
        summary_cell=md.cell(op.summary),
        summary_comment=pc.comment(op.summary),
        description=md.paragraph(op.description),
        anchor=md.anchor(f"**{method}**"),
        method_lower=op.method.lower(),
        path_cell=md.cell(op.path),
        call_lines=call_lines,
        response_var=f"{method}_response" if has_body_type else "",
        pprint_keys=pprint_keys,
        head_rows=head_rows,
        body_block=body_block,
        sections=sections,
        errors=errors,
        authorization=authorization,
    )


def _check_module_names(api: Api, op: Operation, owner: str, names: list[str]) -> None:
    seen: set[str] = set()
    issues = []
    for n in names:
        if n and n in seen:
            issues.append(api.issue(op.pointer, f"two names of {owner} are both '{n}' in its operation "
                                                        "module; rename a parameter or schema with x-py-name"))
        seen.add(n)
    if issues:
        raise CodegenError(issues)


# -- models ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PropView:
    name: str
    wire_literal: str
    name_literal: str
    annotation: str  # TypedDict annotation, NotRequired included
    schema: str
    required: bool
    docstring: str
    field: str = ""  # the TypedDict's line (lines), as black prints it
    prop: str = ""  # the schemas.Property(...) of the schema, as black prints it


def _prop_view(api: Api, f: Field, here: str) -> PropView:
    ann = output_annotation(api, f.type)
    required = pc.request_required(f)
    name = pn.field_name(f)
    annotation = ann if required else f"NotRequired[{ann}]"
    schema = schema_expr(api, f.type, here)
    args = [pc.literal(f.names.wire), pc.literal(name), schema] + (["required=True"] if required else [])
    return PropView(
        name=name,
        wire_literal=pc.literal(f.names.wire),
        name_literal=pc.literal(name),
        annotation=annotation,
        schema=schema,
        required=required,
        docstring=_doc(f.description, 4),
        field="\n    ".join(annotated(4, name, annotation, "")),
        prop=fit_text(8, "schemas.Property(", args, "),"),
    )


def _model_context(api: Api, m: Model) -> dict[str, Any]:
    names = pn.table(api)
    name, module = names.cls(m.id), names.module(m.id)
    props = [_prop_view(api, f, module) for f in m.fields]
    field_types = [f.type for f in m.fields] + ([m.additional] if m.additional else [])
    additional = schema_expr(api, m.additional, module) if m.additional else ""
    open_object = additional or _composed(*(p.schema for p in props))
    subtypes = [(pc.literal(value), schema_expr(api, TypeRef(MODEL, ref=mid), module)) for value, mid in m.subtypes]
    sub_modules = sorted({names.module(mid) for _, mid in m.subtypes} - {module})
    discriminator = ""
    if m.discriminator is not None:
        attr = next(pn.field_name(f) for f in m.fields if f.names.wire == m.discriminator)
        discriminator = f"{pc.literal(m.discriminator)}, {pc.literal(attr)}"
    return {
        "subtypes": subtypes,
        "discriminator": discriminator,
        "schema_class": "composed.OpenObjectSchema" if m.additional else "schemas.ObjectSchema",
        "additional": additional,
        "composed": bool(open_object),
        "typing_names": pc.typing_names(field_types, MODEL_TYPING, False),
        "name": name,
        "docstring": _doc(m.description, 0),
        "class_docstring": _doc(m.description, 4),
        "props": props,
        "modules": _with([x for x in _referenced_modules(api, field_types) if x != module], sub_modules),
        "type_imports": [(mod, n) for mod, n in _referenced_names(api, field_types) if n != name],
        "name_literal": pc.literal(name),
    }


def _servers_literal(api: Api) -> str:
    """The spec's servers as OpenAPI Generator's host settings (a list of dicts), when there is
    something to pick: several servers or variables; else "" (the client has DEFAULT_HOST only)."""
    if len(api.servers) < 2 and not any(s.variables for s in api.servers):
        return ""
    value = [{"url": s.url, "description": s.description,
              "variables": {v.name: {"description": v.description, "default_value": v.default,
                                     **({"enum_values": list(v.values)} if v.values else {})}
                            for v in s.variables}} for s in api.servers]
    return pc.literal(value)


def _with(modules: list[str], more: list[str]) -> list[str]:
    """The modules plus those of `more` it lacks, sorted as they are."""
    return sorted({*modules, *more}) if set(more) - set(modules) else modules


def _enum_context(api: Api, e: Enum) -> dict[str, Any]:
    name = pn.table(api).cls(e.id)
    schema_class = "composed.MixedEnumSchema" if e.value_type == "mixed" else "schemas.EnumSchema"
    values_tuple = _tuple_literal([pc.literal(v.value) for v in e.values])
    return {
        "schema_class": "composed.MixedEnumSchema" if e.value_type == "mixed" else "schemas.EnumSchema",
        "composed": e.value_type == "mixed",
        "name": name,
        "docstring": _doc(e.description, 0),
        "values_literal": ", ".join(pc.literal(v.value) for v in e.values),
        "values_tuple": _tuple_literal([pc.literal(v.value) for v in e.values]),
        "name_literal": pc.literal(name),
        "literal_line": fit_text(0, f"{name} = Literal[", [pc.literal(v.value) for v in e.values], "]"),
        "schema_line": fit_text(0, f"{name}Schema = {schema_class}(", [pc.literal(name), values_tuple], ")"),
    }


def _tuple_literal(items: list[str]) -> str:
    """("a",) or ("a", "b"): no trailing comma black would explode."""
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _alias_context(api: Api, name: str, t: TypeRef, description: str) -> dict[str, Any]:
    """A type alias module: a component alias, or an array of primitives named by this target."""
    schema = schema_expr(api, t)
    return {
        "composed": _composed(schema),
        "typing_names": pc.typing_names([t], ALIAS_TYPING, False),
        "name": name,
        "annotation_literal": pc.literal(output_annotation(api, t)),
        "schema": schema,
        "modules": _referenced_modules(api, [t]),
        "type_imports": _referenced_names(api, [t]),
        "docstring": _doc(description, 0),
        "alias_line": f"{name}: TypeAlias = {pc.literal(output_annotation(api, t))}",
        "schema_line": fit_text(0, f"{name}Schema: schemas.Schema = schemas.Lazy(", [f"lambda: {schema}"], ")"),
    }


def _check_model_names(api: Api) -> None:
    """Model, enum and alias modules share one package; their names must not clash with
    each other (python_names checks that) or with what the generated modules import."""
    table = pn.table(api)
    issues = table.issues()
    names: dict[str, str] = {}
    entries = ([(table.cls(m.id), table.module(m.id), m.pointer) for m in api.models]
               + [(table.cls(e.id), table.module(e.id), e.pointer) for e in api.enums]
               + [(table.alias_cls(a.id), alias_module(api, a), a.pointer) for a in api.aliases])
    # the lists of primitives this target names must not take a name (docs pages and modules
    # are files: compared without case)
    classes = {n.lower(): pointer for n, _m, pointer in reversed(entries)}
    modules = {m.lower(): pointer for _n, m, pointer in reversed(entries)}
    for arr in pages.primitive_arrays(api).values():
        holder = classes.get(arr.name.lower()) or modules.get(arr.module.lower())
        if holder is not None:
            issues.append(api.issue(arr.field.pointer, f"this list of primitives gets the name '{arr.name}' (a type "
                                                       f"alias and a page), which {api.where(holder)} already has; "
                                                       "rename that schema with x-py-name"))
        classes.setdefault(arr.name.lower(), arr.field.pointer)
        modules.setdefault(arr.module.lower(), arr.field.pointer)
    entries += [(arr.name, arr.module, arr.field.pointer) for arr in pages.primitive_arrays(api).values()]
    for name, _module, pointer in entries:
        names.setdefault(name, pointer)
    for name, module, pointer in entries:
        if module in RESERVED_MODULES or name in RESERVED_CLASSES:
            issues.append(api.issue(pointer, f"the schema name '{name}' clashes with a name the generated "
                                             "modules use; rename it with x-py-name"))
        if name + "Schema" in names:
            issues.append(api.issue(names[name + "Schema"], f"the schema name '{name}Schema' clashes with the "
                                                            f"runtime schema of {api.where(pointer)}; rename one "
                                                            "with x-py-name"))
    if issues:
        raise CodegenError(issues)


# -- the file plan -----------------------------------------------------------------------------
def check_names(api: Api, target: Target) -> None:
    """Names this target prints beyond the shared Python table: tag classes and modules, model
    and alias modules, none taking a name the generated modules use."""
    table = pn.table(api)
    idents = []
    for g in api.groups:
        for name, kind in ((group_class(g), "class"), (group_module(g), "module")):
            idents.append(pn.Ident(name, f"tag '{g.tag}'", kind, g.pointer, "rename the tag"))
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    idents += [pn.Ident(table.module(n.id), pn.schema_label(n.id), "module", n.pointer) for n in nodes]
    for a in api.aliases:
        what = f"schema '{a.component}'"
        idents += [pn.Ident(table.alias_cls(a.id), what, "class", a.pointer),
                   pn.Ident(alias_module(api, a), what, "module", a.pointer)]
    issues = table.issues()
    issues += pn.check_printable(api, "python-flat", idents, frozenset({target.sdk_class, "ApiClient", "Configuration"}),
                                 issues)
    if issues:
        raise CodegenError(issues)


def warnings(api: Api, target: Target) -> list[Issue]:
    """Names the naming table changed to tell them apart (printed with the spec's warnings)."""
    return pn.table(api).warnings() + pages.primitive_array_warnings(api)


def files(api: Api, target: Target) -> list[OutputFile]:
    check_names(api, target)
    _check_model_names(api)
    for g in api.groups:
        if pn.group_attr(g) in ("api_client", "configuration", "close"):
            raise CodegenError([api.issue(g.pointer, f"tag '{g.tag}' maps to the client attribute "
                                                     f"'{pn.group_attr(g)}', which the client itself uses")])
    pkg = f"src/{target.package}"
    header = pc.comment(HEADER_SOURCE.format(source=api.source))
    groups: list[dict[str, Any]] = []
    ext = pc.needs_extended_runtime(api, header_params=True, multipart=True)
    for g in api.groups:
        views = [op_view(api, target, g, op, ext) for op in pn.operations(g)]
        types = [a.type for v in views for a in v.kwargs]
        # a whole body of several media types is annotated with each one's type (Union[...])
        types += [m.type for op in pn.operations(g) if op.body is not None and not _flattened(op, api)
                  for m in op.body.media]
        groups.append({
            "group": g,
            "attr": pn.group_attr(g),
            "class_name": group_class(g),
            "module": group_module(g),
            "docstring": _doc(g.description or g.tag, 0),
            "class_docstring": _doc(g.description or g.tag, 4),
            "ops": views,
            "type_imports": _referenced_names(api, types),
            "title": f"{target.package}.apis.tags.{group_module(g)}.{group_class(g)}",
            "page": f"docs/apis/tags/{group_class(g)}.md",
        })
    table = pn.table(api)
    arrays = list(pages.primitive_arrays(api).values())
    doc_models = sorted([table.cls(m.id) for m in api.models]
                        + [table.cls(e.id) for e in api.enums if pages.has_page(e)]
                        + [table.alias_cls(a.id) for a in api.aliases] + [arr.name for arr in arrays])
    security = api.security
    unsecured = [(g, op) for g in api.groups for op in g.operations if not op.secured]
    common: dict[str, Any] = {
        "api": api,
        "target": target,
        "header": header,
        "groups": groups,
        "client_var": naming.snake(target.sdk_class),
        "token_placeholder": TOKEN_PLACEHOLDER,
        "host_literal": pc.literal(api.server_url),
        "servers_literal": _servers_literal(api),
        "host_comment": pc.comment(api.server_url),
        "security_comment": (f"Configure Bearer authorization ({pc.comment(security.bearer_format)}): "
                             if security and security.bearer_format else "Configure Bearer authorization: ")
        + (pc.comment(security.scheme_name) if security else ""),
        "security_heading": security.scheme_name if security else "",
        "bearer_format": f" ({md.cell(security.bearer_format)})" if security and security.bearer_format else "",
        "version_literal": pc.literal(target.version),
        "user_agent_literal": pc.literal(f"{target.distribution}/{target.version} python"),
        "description_toml": json.dumps(f"Python SDK for {api.title}".strip(), ensure_ascii=False),
        "api_title": md.paragraph(api.title) or api.name,
        "api_description": md.paragraph(api.description),
        "api_version": md.cell(api.version),
        "sdk_docstring": _doc("\n\n".join(t for t in (api.title, api.description) if t), 0),
        "client_docstring": _doc("\n\n".join(t for t in (api.title, api.description, CLIENT_DOC) if t), 4),
        "client_groups": sorted(groups, key=lambda g: g["module"]),
        "server_url": api.server_url,
        "install_path": f"generated/{api.name}/{target.name}",
        "doc_models": doc_models,
        "readme_from_tags": README_FROM_TAGS,
        "readme_from_models": README_FROM_MODELS,
        "type_info_head": pages.TYPE_INFO_HEAD,
        "has_unsecured": bool(unsecured),
        "unsecured": ", ".join(f"`{group_class(g)}.{pn.method(op)}`" for g, op in unsecured),
        "ext": ext,
        "host_error": fit_text(12, "raise TypeError(", [pc.literal(
            f"give either a configuration or host{'/access_token' if api.security else ''}, not both")], ")"),
        "schemes": pc.scheme_views(api, "typing.") if ext else [],
    }
    out: list[OutputFile] = []

    def add(path: str, template: str, **extra: Any) -> None:
        out.append(OutputFile(PurePosixPath(path), template, {**common, **extra}))

    add("pyproject.toml", "pyproject.toml.jinja")
    add("README.md", "README.md.jinja",
        example=groups[0]["ops"][0] if groups and groups[0]["ops"] else None,
        example_group=groups[0] if groups else None)
    add(f"{pkg}/__init__.py", "package_init.py.jinja")
    add(f"{pkg}/client.py", "client.py.jinja")
    add(f"{pkg}/apis/__init__.py", "empty_init.py.jinja", docstring=_doc("The API classes, one per tag.", 0))
    add(f"{pkg}/apis/tags/__init__.py", "tags_init.py.jinja")
    add(f"{pkg}/operations/__init__.py", "empty_init.py.jinja",
        docstring=_doc("What each operation sends and gets back, one module per operation.", 0))
    for gv in groups:
        add(f"{pkg}/apis/tags/{gv['module']}.py", "api.py.jinja", g=gv)
        add(f"{pkg}/operations/{gv['attr']}/__init__.py", "empty_init.py.jinja",
            docstring=_doc(f"The operations of the tag {gv['group'].tag}.", 0))
        for view in gv["ops"]:
            add(f"{pkg}/operations/{gv['attr']}/{view.name}.py", "operation.py.jinja", g=gv, view=view)
        add(gv["page"], "api.md.jinja", g=gv)
    model_exports = []
    package = target.package
    for m in api.models:
        name, module = table.cls(m.id), table.module(m.id)
        add(f"{pkg}/model/{module}.py", "model.py.jinja", m=_model_context(api, m))
        add(f"docs/{doc_page(name)}", "model.md.jinja", p=pages.model_page(api, package, m))
        model_exports.append((module, [name, name + "Schema"]))
    for e in api.enums:
        name, module = table.cls(e.id), table.module(e.id)
        add(f"{pkg}/model/{module}.py", "enum.py.jinja", e=_enum_context(api, e))
        if pages.has_page(e):
            add(f"docs/{doc_page(name)}", "model.md.jinja", p=pages.enum_page(api, package, e))
        model_exports.append((module, [name, name + "Schema"]))
    for a in api.aliases:
        name = table.alias_cls(a.id)
        add(f"{pkg}/model/{alias_module(api, a)}.py", "alias.py.jinja", a=_alias_context(api, name, a.type,
                                                                                          a.description))
        add(f"docs/{doc_page(name)}", "model.md.jinja", p=pages.alias_page(api, package, a))
        model_exports.append((alias_module(api, a), [name, name + "Schema"]))
    for arr in arrays:
        add(f"{pkg}/model/{arr.module}.py", "alias.py.jinja", a=_alias_context(api, arr.name, arr.type,
                                                                                arr.field.description))
        add(f"docs/{doc_page(arr.name)}", "model.md.jinja", p=pages.array_page(api, package, arr))
        model_exports.append((arr.module, [arr.name, arr.name + "Schema"]))
    exports = sorted(model_exports)
    add(f"{pkg}/model/__init__.py", "model_init.py.jinja", exports=exports,
        import_lines=[x for mod, names in exports for x in import_lines(f".{mod}", names)])
    add(f"{pkg}/models/__init__.py", "models_init.py.jinja")
    for rel in runtime_files(TEMPLATE, "runtime"):
        out.append(OutputFile(PurePosixPath(pkg) / rel.removeprefix("runtime/"), verbatim=rel))
    if _api_composed(api):  # unions, open objects, mixed enums: only in packages that have them
        for rel in runtime_files(TEMPLATE, "runtime_unions"):
            out.append(OutputFile(PurePosixPath(pkg) / rel.removeprefix("runtime_unions/"), verbatim=rel))
    return out
