"""Target `python`: a typed Python SDK (httpx + pydantic v2) with markdown reference docs.

Layout of the output (generated/<api>/<target>/):
  pyproject.toml, README.md
  src/<package>/            sdk.py, resources/<group>.py, models/{operations,shared,errors}, utils/
  docs/sdks/<group>/README.md, docs/models/{operations,shared,utils,errors}/<page>.md

This layer only decides what the templates print: names, annotations, doc cells,
example calls. Type mapping, literals, docstrings and examples come from
codegen.python_common; tables and escaping from codegen.markdown.
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
from ..ir import ANY, ENUM, MAP, MODEL, UNION, Api, Enum, Field, Model, Operation, TypeRef
from ..naming import flat_lower
from ..render import OutputFile, runtime_files
from ..settings import Target
from . import python_names as pn

TEMPLATE = "python"
HEADER_SOURCE = "Generated from {source}. Do not edit."
EXAMPLES = ex.ExampleStyle(
    string="<value>", id_string="<id>", integer=0, number=0.0, boolean=False, required_only=True,
    use_spec_examples=True,
)
TOKEN_PLACEHOLDER = "<YOUR_BEARER_TOKEN_HERE>"
DOCS_UP = "../../"  # from docs/sdks/<group>/ and docs/models/<ns>/ to docs/

# keyword arguments and locals every generated method has; a spec parameter may not take them
RESERVED_ARGS = frozenset({"self", "retries", "server_url", "timeout_ms", "http_req", "http_res"})
RETRIES_DOC = "Configuration to override the default retry behavior of the client."
REQUEST_DOC = "The request object to use for the request."
RETRY_TYPE = "Optional[utils.RetryConfig]"
RETRY_PAGE = "models/utils/retryconfig.md"
ERRORS_TABLE = md.padded_table(["Error Object", "Status Code", "Content Type"], [["errors.SDKError", "4xx-5xx", "*/*"]])


# -- names -----------------------------------------------------------------------------------
def model_page(api: Api, id: str) -> str:
    """docs/ relative page of a model or enum: models/operations/creategenerationrequestbody.md"""
    ns = api.namespace_of(id)
    return f"models/{ns}/{flat_lower(pn.table(api).cls(id))}.md"


def response_class(op: Operation) -> str:
    return pn.op_class(op) + "Response"


def op_module(op: Operation) -> str:
    """The module under models/operations holding an operation's models."""
    return pn.method(op)


def _snake_key(f: Field) -> str:
    return pn.field_name(f)


# -- annotations -------------------------------------------------------------------------------
def code_type(api: Api, t: TypeRef, optional: bool = False, within: str = "") -> str:
    """Annotation inside the package: shared.Lora, or Lora inside the `within` namespace's modules."""

    names = pn.table(api)

    def name_of(r: TypeRef) -> str:
        ns = api.namespace_of(r.ref or "")
        cls = names.cls(r.ref or "")
        return cls if ns == within else f"{ns}.{cls}"

    return pc.annotation(t, name_of, optional, union=lambda u, members: _union_code(api, u, members))


def _union_code(api: Api, u: TypeRef, members: list[str]) -> str:
    """Annotated[Union[A, B, Dict[str, Any]], OneOf(...)]: parsed into the right member at
    runtime (unions.py); a union of models also admits any other object (kept as it came)."""
    args = []
    if u.discriminator is not None:
        index = {m.ref: i for i, m in enumerate(u.members) if m.ref}
        mapping = {value: index[ref] for value, ref in u.mapping if ref in index}
        args += [pc.literal(u.discriminator), pc.literal(_discriminator_name(api, u)), pc.literal(mapping)]
    open_member = any(m.kind == MODEL for m in u.members) and not any(m.kind == MAP for m in u.members)
    if open_member:
        members = members + ["Dict[str, Any]"]
        args.append("open_member=True")
    return f"Annotated[Union[{', '.join(members)}], OneOf({', '.join(args)})]"


def _discriminator_name(api: Api, u: TypeRef) -> str:
    """The Python name of a union's discriminator property (as the first member that has it spells it)."""
    for m in u.members:
        if m.kind == MODEL and m.ref:
            for f in api.model(m.ref).fields:
                if f.names.wire == u.discriminator:
                    return pn.field_name(f)
    return naming.snake(u.discriminator or "")


def _has_union(types: list[TypeRef]) -> bool:
    return any(pc.uses(t, lambda x: x.kind == UNION) for t in types)


def doc_type(api: Api, t: TypeRef, optional: bool, up: str = DOCS_UP) -> str:
    """Type cell of a docs table: *Optional[int]* or [Optional[shared.Lora]](../../models/shared/lora.md)."""
    names = pn.table(api)
    text = pc.annotation(t, lambda r: f"{api.namespace_of(r.ref or '')}.{names.cls(r.ref or '')}", optional)
    if t.kind == UNION:  # a cell per member would not fit: the text, members linked below the table
        return f"*{text}*"
    inner = pc.innermost(t)
    if inner.kind in (MODEL, ENUM) and inner.ref:
        return md.link(text, up + model_page(api, inner.ref))
    return f"*{text}*"


def _required_mark(required: bool) -> str:
    return ":heavy_check_mark:" if required else ":heavy_minus_sign:"


# -- view objects the templates print ------------------------------------------------------
@dataclass(frozen=True)
class Arg:
    name: str  # python keyword
    annotation: str
    required: bool
    wire: str
    location: str  # path | query | header | body

    @property
    def wire_literal(self) -> str:
        return pc.literal(self.wire)


@dataclass(frozen=True)
class OpView:
    op: Operation
    name: str
    docstring: str
    args: list[Arg]
    path_params: list[Arg]
    query_params: list[Arg]
    header_params: list[Arg]
    body: Arg | None
    body_model: str  # qualified model class, or "None"
    response_class: str
    body_models: str  # a dict literal: {"200": operations.XResponseBody}
    accept: str
    has_object: bool
    path_literal: str
    accept_literal: str
    # docs
    summary_cell: str
    doc_description: str
    doc_params: list[str]
    doc_response: str
    example: str
    example_with_retries: str
    example_indented: str
    example_async: str


@dataclass(frozen=True)
class FieldView:
    name: str
    wire: str
    annotation: str
    default: str | None  # "None" or None when required
    docstring: str
    always_send: bool = False
    non_nullable: bool = False  # optional, and the spec does not allow null


@dataclass(frozen=True)
class ClassView:
    name: str
    docstring: str
    fields: list[FieldView]
    is_enum: bool = False
    members: list[tuple[str, str]] = field(default_factory=list)  # (MEMBER, literal)
    enum_base: str = "str, "  # "str, ", "int, " or "" (values of both kinds)
    always_send: str = ""  # python names of fields sent even when the caller left them unset
    non_nullable: str = ""  # python names of optional fields that must not be null when given
    extra: str = ""  # the annotation of typed additionalProperties (model_extra's values)


def _field_view(api: Api, f: Field, within: str) -> FieldView:
    """A required field with a spec default is optional to the caller and always sent."""
    required = pc.request_required(f)
    always_send = required and f.has_default
    optional = not required
    ann = code_type(api, f.type, optional, within)
    name = pn.field_name(f)
    if name != f.names.wire:
        ann = f'Annotated[{ann}, pydantic.Field(alias={pc.literal(f.names.wire)})]'
    default = _default_code(api, f, within) if always_send else None if required else "None"
    non_nullable = not required and not f.type.nullable and f.type.kind != ANY
    return FieldView(name, f.names.wire, ann, default, pc.docstring(f.description), always_send, non_nullable)


def _default_code(api: Api, f: Field, within: str) -> str:
    """The default of a field as code: an enum's default is its member (Mode.MELODY), not the bare value."""
    t = f.type.without_null()
    if t.kind == ENUM and t.ref and f.default is not None:
        e = api.enum(t.ref)
        for v in e.values:
            if v.value == f.default:
                return f"{code_type(api, t, False, within)}.{pn.member(v.value, e.value_type)}"
    return pc.literal(f.default)


def _class_view(api: Api, m: Model) -> ClassView:
    fields = [_field_view(api, f, m.namespace) for f in m.fields]
    always = ", ".join(pc.literal(f.name) for f in fields if f.always_send)
    non_null = ", ".join(pc.literal(f.name) for f in fields if f.non_nullable)
    extra = code_type(api, m.additional, False, m.namespace) if m.additional is not None else ""
    return ClassView(pn.table(api).cls(m.id), pc.docstring(m.description), fields, always_send=always,
                     non_nullable=non_null, extra=extra)


def _enum_view(api: Api, e: Enum) -> ClassView:
    return ClassView(
        pn.table(api).cls(e.id),
        pc.docstring(e.description),
        [],
        is_enum=True,
        members=[(pn.member(v.value, e.value_type), pc.literal(v.value)) for v in e.values],
        enum_base={"string": "str, ", "integer": "int, "}.get(e.value_type, ""),
    )


def _imports_for(api: Api, types: list[TypeRef], own_namespace: str, own_ids: set[str]) -> list[str]:
    """Import lines (sorted) a module needs for the given types."""
    names = pn.table(api)
    shared = sorted({names.cls(n): n for t in types for n in pc.referenced(t) if n not in own_ids
                     and api.namespace_of(n) == "shared"}.items())
    lines = []
    if own_namespace == "operations" and shared:
        lines.append("from .. import shared")
    return lines + [f"from .{names.module(i)} import {c}" for c, i in shared if own_namespace == "shared"]


def op_view(api: Api, op: Operation) -> OpView:
    issues: list[Issue] = []
    args: list[Arg] = []
    for p in op.params:
        if p.location == "header":
            issues.append(api.issue(p.pointer, "target python does not support header parameters yet"))
        pname = pn.param_name(p)
        if pname in RESERVED_ARGS or pname in ("request", "request_body"):
            issues.append(api.issue(p.pointer, f"parameter '{p.names.wire}' maps to '{pname}', which "
                                    "every method of target python already has; rename it with x-py-name"))
        args.append(Arg(pname, code_type(api, p.type, not p.required), p.required, p.names.wire, p.location))
    body = None
    body_model = "None"
    if op.body is not None:
        if op.body.content_type != "application/json":
            issues.append(api.issue(op.body.pointer,
                                    f"target python does not support request content type {op.body.content_type}"))
        name = "request_body" if op.params else "request"
        ann = code_type(api, op.body.type)
        if op.body.type.kind == MODEL:
            body_model = code_type(api, op.body.type.without_null())
            ann = f"Union[{body_model}, Dict[str, Any]]"
        if not op.body.required:
            ann = f"Optional[{ann}]"
        body = Arg(name, ann, op.body.required, "", "body")
        args.append(body)
    if issues:
        raise CodegenError(issues)
    body_models = {}
    for r in op.responses:
        if r.status.startswith("2") or r.status.upper() == "2XX":
            body_models[r.status] = code_type(api, r.type.without_null()) if r.type is not None else "None"
    success = op.success
    accept = success.content_type if success and success.content_type else "application/json"
    # -- docs
    rows = []
    for p in op.params:
        rows.append([md.code_span(pn.param_name(p)), doc_type(api, p.type, not p.required), _required_mark(p.required),
                     md.cell(p.description) or "N/A"])
    if op.body is not None and body is not None:
        desc = REQUEST_DOC if body.name == "request" else (md.cell(op.body.description) or "N/A")
        rows.append([md.code_span(body.name), doc_type(api, op.body.type, not op.body.required),
                     _required_mark(op.body.required), desc])
    rows.append(["`retries`", md.link(RETRY_TYPE, DOCS_UP + RETRY_PAGE), _required_mark(False), RETRIES_DOC])
    table = md.padded_table(["Parameter", "Type", "Required", "Description"], rows)
    resp = response_class(op)
    return OpView(
        op=op,
        name=pn.method(op),
        docstring=pc.docstring("\n\n".join(t for t in (op.summary, op.description) if t)),
        args=args,
        path_params=[a for a in args if a.location == "path"],
        query_params=[a for a in args if a.location == "query"],
        header_params=[a for a in args if a.location == "header"],
        body=body,
        body_model=body_model,
        response_class=f"operations.{resp}",
        body_models="{" + ", ".join(f"{pc.literal(k)}: {v}" for k, v in body_models.items()) + "}",
        accept=accept,
        path_literal=pc.literal(op.path),
        accept_literal=pc.literal(accept),
        has_object=bool(success and success.type is not None),
        summary_cell=md.cell(op.summary),
        doc_description=md.paragraph(op.description or op.summary),
        doc_params=table,
        doc_response=md.link(f"operations.{resp}", DOCS_UP + f"models/operations/{flat_lower(resp)}.md"),
        example=_example_call(api, op, body),
        example_with_retries=_example_call(api, op, body, extra=RETRY_EXAMPLE),
        example_indented=_example_call(api, op, body, indent=4),
        example_async=_example_call(api, op, body, suffix="_async", indent=4),
    )


RETRY_EXAMPLE = 'utils.RetryConfig("backoff", utils.BackoffStrategy(1, 50, 1.1, 100), False)'


def _example_call(api: Api, op: Operation, body: Arg | None, suffix: str = "", extra: str = "",
                  indent: int = 0) -> str:
    """res = s.image.get_generation_by_id(id="<id>"), wrapped like black would past 88 columns."""
    kwargs: list[tuple[str, str]] = []
    for p in op.params:
        if p.required:
            value = ex.example(api, p.type, EXAMPLES, p.names.wire, p.example, p.has_example)
            kwargs.append((pn.param_name(p), pc.literal(value, indent + 4)))
    if op.body is not None and body is not None and op.body.required:
        if op.body.type.kind == MODEL and op.body.type.ref:
            value = ex.model_example(api, api.model(op.body.type.ref), EXAMPLES, key=_snake_key)
        else:
            value = ex.example(api, op.body.type, EXAMPLES)
        kwargs.append((body.name, pc.literal(value, indent + 4)))
    if extra:
        kwargs.append(("retries", extra))
    group = api.group_of(op)
    pad = " " * indent
    head = f"res = {'await ' if suffix else ''}s.{pn.group_attr(group)}.{pn.method(op)}{suffix}("
    flat = head + ", ".join(f"{k}={v}" for k, v in kwargs) + ")"
    if indent + len(flat) <= 88 and "\n" not in flat:
        return flat
    lines = [head] + [f"{pad}    {k}={v}," for k, v in kwargs]
    return "\n".join(lines) + f"\n{pad})"


# -- docs pages of models ----------------------------------------------------------------------
def model_doc(api: Api, m: Model) -> dict[str, Any]:
    rows = [[md.code_span(pn.field_name(f)), doc_type(api, f.type, not f.required or f.has_default),
             _required_mark(f.required and not f.has_default), md.cell(f.description) or "N/A"] for f in m.fields]
    return {"title": pn.table(api).cls(m.id), "description": md.paragraph(m.description), "heading": "Fields",
            "table": md.padded_table(["Field", "Type", "Required", "Description"], rows)}


def enum_doc(api: Api, e: Enum) -> dict[str, Any]:
    rows = [[md.code_span(pn.member(v.value, e.value_type)), md.cell(str(v.value))] for v in e.values]
    return {"title": pn.table(api).cls(e.id), "description": md.paragraph(e.description), "heading": "Values",
            "table": md.padded_table(["Name", "Value"], rows)}


def response_doc(api: Api, op: Operation) -> dict[str, Any]:
    rows = [
        ["`content_type`", "*str*", _required_mark(True), "HTTP response content type for this operation"],
        ["`status_code`", "*int*", _required_mark(True), "HTTP response status code for this operation"],
        ["`raw_response`", md.link("httpx.Response", "https://www.python-httpx.org/api/#response"),
         _required_mark(True), "Raw HTTP response; suitable for custom response parsing"],
    ]
    if op.success is not None and op.success.type is not None:
        rows.append(["`object`", doc_type(api, op.success.type, True), _required_mark(False),
                     md.cell(op.success.description) or "N/A"])
    return {"title": response_class(op), "description": "", "heading": "Fields",
            "table": md.padded_table(["Field", "Type", "Required", "Description"], rows)}


def renamed_views(api: Api) -> list[dict[str, str]]:
    """Former model names of renamed operations: a page each (for old links) and a code alias."""
    out = []
    for r in api.renamed:
        op = api.operation(r.operation_id)
        group = api.group_of(op)
        pairs = [(pn.former_class(r) + "Response", response_class(op), "response")]
        if op.body is not None and op.body.type.kind == MODEL and op.body.type.ref and \
                api.model(op.body.type.ref).namespace == "operations":
            pairs.append((pn.former_class(r) + "RequestBody", pn.table(api).cls(op.body.type.ref), "request body"))
        for old, new, what in pairs:
            out.append({"old": old, "new": new, "what": what, "former_method": r.former.wire,
                        "method": pn.method(op), "new_page": f"{flat_lower(new)}.md",
                        "method_page": f"../../sdks/{pn.group_dir(group)}/README.md#{pn.method(op)}"})
    return sorted(out, key=lambda r: r["old"])


def _uses_shared(view: OpView) -> bool:
    """Whether a resource method names shared.X: in an argument, the body model or a response model."""
    texts = [a.annotation for a in view.args] + [view.body_model, view.body_models]
    return any("shared." in t for t in texts)


MODEL_TYPING = ("Annotated", "Any", "ClassVar", "Dict", "List", "Optional")
RESOURCE_TYPING = ("Any", "Dict", "List", "Optional", "Union")


def _typing(types: list[TypeRef]) -> dict[str, Any]:
    """What a model module imports for its types: the typing names, the union parser."""
    return {"typing_names": pc.typing_names(types, MODEL_TYPING), "uses_unions": _has_union(types)}


def _resource_imports(views: list[OpView]) -> dict[str, Any]:
    texts = [a.annotation for v in views for a in v.args] + [v.body_models for v in views]
    names = set(RESOURCE_TYPING) | ({"Annotated"} if any("Annotated[" in t for t in texts) else set()) | (
        {"Literal"} if any("Literal[" in t for t in texts) else set())
    return {"typing_names": ", ".join(sorted(names)), "uses_unions": any("OneOf(" in t for t in texts)}


def _api_has_unions(api: Api) -> bool:
    types = [f.type for m in api.models for f in m.fields] + [m.additional for m in api.models if m.additional]
    types += [p.type for op in api.operations for p in op.params] + [op.body.type for op in api.operations if op.body]
    types += [r.type for op in api.operations for r in op.responses if r.type is not None]
    return _has_union(types)


def _cyclic_edges(api: Api, models: list[Model]) -> dict[str, set[str]]:
    """For each shared model, the import lines of models in the same import cycle: those go at
    the bottom of its module (after the class), so that the modules of a cycle import each
    other whichever is imported first. Strongly connected components, iteratively (Kosaraju)."""
    names = pn.table(api)
    ids = {m.id for m in models}
    edges: dict[str, list[str]] = {}
    for m in models:
        types = [f.type for f in m.fields] + ([m.additional] if m.additional else [])
        edges[m.id] = sorted({r for t in types for r in pc.referenced(t) if r in ids and r != m.id})
    order: list[str] = []
    seen: set[str] = set()
    for start in sorted(edges):
        if start in seen:
            continue
        seen.add(start)
        stack = [(start, iter(edges[start]))]
        while stack:
            node, it = stack[-1]
            nxt = next((n for n in it if n not in seen), None)
            if nxt is None:
                order.append(node)
                stack.pop()
            else:
                seen.add(nxt)
                stack.append((nxt, iter(edges[nxt])))
    reverse: dict[str, list[str]] = {i: [] for i in edges}
    for a, bs in edges.items():
        for b in bs:
            reverse[b].append(a)
    component: dict[str, int] = {}
    for root in reversed(order):
        if root in component:
            continue
        todo = [root]
        component[root] = len(component)
        label = component[root]
        while todo:
            node = todo.pop()
            for prev in reverse[node]:
                if prev not in component:
                    component[prev] = label
                    todo.append(prev)
    out: dict[str, set[str]] = {}
    for a, bs in edges.items():
        for b in bs:
            if component[a] == component[b]:
                out.setdefault(a, set()).add(f"from .{names.module(b)} import {names.cls(b)}")
    return out


# -- the file plan -------------------------------------------------------------------------
# Names the modules of models import, which a model class must not take.
RESERVED_CLASSES = frozenset({"Annotated", "Any", "ClassVar", "Dict", "Enum", "List", "Literal", "Optional", "Union",
                              "BaseModel", "OneOf", "OpenEnumMeta", "pydantic"})


def check_names(api: Api, target: Target) -> None:
    """The names this target adds beyond the shared Python table: one module, response class
    and docs page per operation under models/operations, unique with the inline models there;
    group classes and modules that can be printed; no model class taking a name the modules
    import."""
    names = pn.table(api)
    ops = [(op_module(op), op.pointer, f"operation '{op.operation_id}'") for op in api.operations]
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    inline = [(names.cls(n.id), n.pointer, "an inline schema") for n in nodes if n.namespace == "operations"]
    responses = [(response_class(op), op.pointer, f"operation '{op.operation_id}'") for op in api.operations]
    pages = [(flat_lower(n), p, label) for n, p, label in responses + inline]
    idents = [pn.Ident(pn.group_class(g), f"tag '{g.tag}'", "class", g.pointer, "rename the tag") for g in api.groups]
    idents += [pn.Ident(names.cls(n.id), pn.schema_label(n.id), "class", n.pointer) for n in nodes]
    idents += [pn.Ident(names.module(n.id), pn.schema_label(n.id), "module", n.pointer) for n in nodes]
    idents += [pn.Ident(response_class(op), f"operation '{op.operation_id}'", "class", op.pointer)
               for op in api.operations]
    earlier = names.issues()
    earlier += pn.check_printable(api, "python", idents, RESERVED_CLASSES | {target.sdk_class}, earlier)
    issues = pn.layered(api, [(ops, "the module 'models/operations/{}.py'"),
                              (responses + inline, "the class name '{}' in models.operations"),
                              (pages, "the docs page 'docs/models/operations/{}.md'")], earlier)
    if issues:
        raise CodegenError(issues)


def files(api: Api, target: Target) -> list[OutputFile]:
    check_names(api, target)
    names = pn.table(api)
    pkg = f"src/{target.package}"
    header = HEADER_SOURCE.format(source=api.source)
    views = {op.operation_id: op_view(api, op) for op in api.operations}
    groups: list[dict[str, Any]] = [
        {"group": g, "class_name": pn.group_class(g), "module": pn.group_attr(g), "doc_dir": pn.group_dir(g),
         "description": md.paragraph(g.description), "docstring": pc.docstring(g.description),
         "ops": [views[o.operation_id] for o in pn.operations(g)],
         "uses_shared": any(_uses_shared(views[o.operation_id]) for o in g.operations),
         **_resource_imports([views[o.operation_id] for o in g.operations])}
        for g in api.groups
    ]
    common: dict[str, Any] = {
        "api": api, "target": target, "header": pc.comment(header), "groups": groups,
        "token_placeholder": TOKEN_PLACEHOLDER, "errors_table": ERRORS_TABLE,
        "server_url_literal": pc.literal(api.server_url),
        "user_agent_literal": pc.literal(f"{target.distribution}/{target.version} python"),
        "version_literal": pc.literal(target.version),
        "description_toml": json.dumps(f"Python SDK for {api.title}".strip(), ensure_ascii=False),
        "api_title": md.paragraph(api.title) or api.name,
        "api_description": md.paragraph(api.description),
        "install_path": f"generated/{api.name}/{target.name}",
        "sdk_docstring": pc.docstring("\n\n".join(t for t in (api.title, api.description) if t)),
    }
    out: list[OutputFile] = []

    def add(path: str, template: str, **ctx: Any) -> None:
        out.append(OutputFile(PurePosixPath(path), template, {**common, **ctx}))

    # package code
    add("pyproject.toml", "pyproject.toml.jinja")
    add(f"{pkg}/__init__.py", "package_init.py.jinja")
    add(f"{pkg}/sdk.py", "sdk.py.jinja")
    add(f"{pkg}/resources/__init__.py", "resources_init.py.jinja")
    for g in groups:
        add(f"{pkg}/resources/{g['module']}.py", "resource.py.jinja", g=g)
    for rel in runtime_files(TEMPLATE, "runtime"):
        out.append(OutputFile(PurePosixPath(pkg) / rel.removeprefix("runtime/"), verbatim=rel))
    if _api_has_unions(api):  # the union parser, only in packages that have unions
        for rel in runtime_files(TEMPLATE, "runtime_unions"):
            out.append(OutputFile(PurePosixPath(pkg) / rel.removeprefix("runtime_unions/"), verbatim=rel))
    add(f"{pkg}/models/__init__.py", "models_init.py.jinja")

    # models/operations: one module per operation with its inline models and its response
    op_modules: list[dict[str, Any]] = []
    inline_models: dict[str | None, list[Model]] = {}  # operation_id -> its inline models, in api order
    inline_enums: dict[str | None, list[Enum]] = {}
    for m in api.models:
        if m.namespace == "operations":
            inline_models.setdefault(m.operation, []).append(m)
    for e in api.enums:
        if e.namespace == "operations":
            inline_enums.setdefault(e.operation, []).append(e)
    for op in api.operations:
        models = inline_models.get(op.operation_id, [])
        enums = inline_enums.get(op.operation_id, [])
        own = {m.id for m in models} | {e.id for e in enums}
        types = [f.type for m in models for f in m.fields] + [m.additional for m in models if m.additional]
        if op.success is not None and op.success.type is not None:
            types.append(op.success.type)
        enums = sorted(enums, key=lambda e: names.cls(e.id))
        classes = [_enum_view(api, e) for e in enums] + [_class_view(api, m) for m in
                                                         pc.model_order(models, lambda m: names.cls(m.id))]
        success = op.success.type if op.success is not None else None
        resp: dict[str, Any] = {"name": response_class(op),
                "object": code_type(api, success, True, "operations") if success else None}
        module = op_module(op)
        exported = sorted([c.name for c in classes] + [resp["name"]])
        op_modules.append({"module": module, "names": exported})
        add(f"{pkg}/models/operations/{module}.py", "operation_models.py.jinja", classes=classes, response=resp,
            imports=_imports_for(api, types, "operations", own), late_imports=[], **_typing(types))
    renamed = renamed_views(api)
    add(f"{pkg}/models/operations/__init__.py", "namespace_init.py.jinja", modules=op_modules,
        aliases=[(r["old"], r["new"]) for r in renamed])

    shared_modules: list[dict[str, Any]] = []
    shared = [m for m in api.models if m.namespace == "shared"]
    cyclic = _cyclic_edges(api, shared)
    for m in shared:
        types = [f.type for f in m.fields] + ([m.additional] if m.additional else [])
        imports = _imports_for(api, types, "shared", {m.id})
        late = [line for line in imports if line in cyclic.get(m.id, set())]
        add(f"{pkg}/models/shared/{names.module(m.id)}.py", "shared_model.py.jinja", cls=_class_view(api, m),
            imports=[line for line in imports if line not in late], late_imports=late, **_typing(types))
        shared_modules.append({"module": names.module(m.id), "names": [names.cls(m.id)]})
    for e in [e for e in api.enums if e.namespace == "shared"]:
        add(f"{pkg}/models/shared/{names.module(e.id)}.py", "shared_model.py.jinja", cls=_enum_view(api, e),
            imports=[], late_imports=[], **_typing([]))
        shared_modules.append({"module": names.module(e.id), "names": [names.cls(e.id)]})
    shared_modules.sort(key=lambda m: m["module"])
    add(f"{pkg}/models/shared/__init__.py", "namespace_init.py.jinja", modules=shared_modules, aliases=[])

    # docs
    add("README.md", "README.md.jinja", example=groups[0]["ops"][0] if groups and groups[0]["ops"] else None)
    for g in groups:
        add(f"docs/sdks/{g['doc_dir']}/README.md", "group.md.jinja", g=g)
    for m in api.models:
        add(f"docs/{model_page(api, m.id)}", "model.md.jinja", page=model_doc(api, m))
    for e in api.enums:
        add(f"docs/{model_page(api, e.id)}", "model.md.jinja", page=enum_doc(api, e))
    for op in api.operations:
        add(f"docs/models/operations/{flat_lower(response_class(op))}.md", "model.md.jinja",
            page=response_doc(api, op))
    for r in renamed:
        add(f"docs/models/operations/{flat_lower(r['old'])}.md", "renamed.md.jinja", page=r)
    for rel in runtime_files(TEMPLATE, "docs"):
        out.append(OutputFile(PurePosixPath(rel), verbatim=rel))
    return out
