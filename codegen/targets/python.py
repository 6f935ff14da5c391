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

import dataclasses
import json
import re
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
    API_KEY,
    BINARY_MEDIA,
    ENUM,
    HTTP_BASIC,
    JSON_MEDIA,
    MAP,
    MODEL,
    OAUTH2,
    STRING,
    TEXT_MEDIA,
    UNION,
    Api,
    Enum,
    Field,
    Group,
    Model,
    Operation,
    Param,
    TypeRef,
)
from ..naming import flat_lower
from ..render import OutputFile, runtime_files
from ..settings import Target
from . import python_aliases
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
TYPED_DICT = "TypedDict"  # suffix of a model's TypedDict companion: LoraTypedDict
ERRORS_TABLE = md.padded_table(["Error Object", "Status Code", "Content Type"], [["errors.SDKError", "4xx-5xx", "*/*"]])


# -- names -----------------------------------------------------------------------------------
def model_page(api: Api, id: str) -> str:
    """docs/ relative page of a model or enum: models/operations/creategenerationrequestbody.md"""
    ns = api.namespace_of(id)
    return f"models/{ns}/{flat_lower(pn.table(api, pn.SPEAKEASY).cls(id))}.md"


def response_class(op: Operation) -> str:
    return pn.op_class(op) + "Response"


def op_module(op: Operation) -> str:
    """The module under models/operations holding an operation's models."""
    return pn.method(op)


def _snake_key(f: Field) -> str:
    return pn.field_name(f)


# -- annotations -------------------------------------------------------------------------------
OPTIONAL_NULLABLE = "OptionalNullable"  # types.OptionalNullable[T]: UNSET (not sent), None (null) or a T


def unset_capable(t: TypeRef, optional: bool) -> bool:
    """An optional value that may be null is OptionalNullable[T] (default UNSET): the wire tells
    "not sent" from an explicit null."""
    return optional and t.nullable


def code_type(api: Api, t: TypeRef, optional: bool = False, within: str = "") -> str:
    """Annotation inside the package: shared.Lora, or Lora inside the `within` namespace's modules;
    an optional nullable type is OptionalNullable[...]."""
    if unset_capable(t, optional):
        return f"{OPTIONAL_NULLABLE}[{code_type(api, t.without_null(), False, within)}]"

    names = pn.table(api, pn.SPEAKEASY)

    def name_of(r: TypeRef) -> str:
        ns = api.namespace_of(r.ref or "")
        cls = names.cls(r.ref or "")
        return cls if ns == within else f"{ns}.{cls}"

    return pc.annotation(t, name_of, optional, _code_primitive, lambda u, members: _union_code(api, u, members))


# string formats as Python types: in code (module aliases no field name can shadow) and in docs
FORMAT_CODE = {"date-time": "_dt.datetime", "date": "_dt.date", "uuid": "_uuid.UUID", "byte": "Base64Bytes"}
FORMAT_DOCS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "byte": "bytes"}
FORMAT_IMPORTS = {"_dt.": "import datetime as _dt", "_uuid.": "import uuid as _uuid"}


def _code_primitive(t: TypeRef) -> str:
    if t.kind == STRING and t.format in FORMAT_CODE:
        return FORMAT_CODE[t.format]
    return pc.PRIMITIVES[t.kind]


def _doc_primitive(t: TypeRef) -> str:
    if t.kind == STRING and t.format in FORMAT_DOCS:
        return FORMAT_DOCS[t.format]
    return pc.PRIMITIVES[t.kind]


def std_imports(texts: list[str]) -> list[str]:
    """The standard-library imports annotations that print string formats need."""
    return [line for marker, line in FORMAT_IMPORTS.items() if any(marker in t for t in texts)]


def _format_types(texts: list[str]) -> str:
    """The names of ..types those annotations need beyond the module's usual ones."""
    return ", Base64Bytes" if any("Base64Bytes" in t for t in texts) else ""


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


def dict_type(api: Api, t: TypeRef, optional: bool = False, within: str = "") -> str:
    """The TypedDict form of an annotation: models become their `...TypedDict` companions."""

    names = pn.table(api, pn.SPEAKEASY)

    def name_of(r: TypeRef) -> str:
        ns = api.namespace_of(r.ref or "")
        cls = names.cls(r.ref or "") + (TYPED_DICT if r.kind == MODEL else "")
        return cls if ns == within else f"{ns}.{cls}"

    return pc.annotation(t, name_of, optional, _code_primitive)


def doc_type(api: Api, t: TypeRef, optional: bool, up: str = DOCS_UP, unset: bool | None = None) -> str:
    """Type cell of a docs table: *Optional[int]* or [Optional[shared.Lora]](../../models/shared/lora.md);
    an optional nullable type reads *OptionalNullable[int]*."""
    names = pn.table(api, pn.SPEAKEASY)

    def name_of(r: TypeRef) -> str:
        return f"{api.namespace_of(r.ref or '')}.{names.cls(r.ref or '')}"

    if unset_capable(t, optional) if unset is None else unset:
        text = f"{OPTIONAL_NULLABLE}[{pc.annotation(t.without_null(), name_of, False, _doc_primitive)}]"
    else:
        text = pc.annotation(t, name_of, optional, _doc_primitive)
    if t.kind == UNION:  # a cell per member would not fit: the text, members linked below the table
        return f"*{text}*"
    inner = pc.innermost(t)
    if inner.kind in (MODEL, ENUM) and inner.ref:
        return md.link(text, up + model_page(api, inner.ref))
    return f"*{text}*"


def _doc(text: str, depth: int) -> str:
    """The body of a docstring (the first statement of a class at `depth` 1, of a method at 2),
    laid out as black lays it out where ruff would not: a space before the closing quotes after
    a quote (unescaped: ruff drops the space after an escaped one), the closing quotes on a line of their own after a last line too long to take them.
    (ruff lays out the rest, black only confirms: format.py.)"""
    body = pc.docstring(text)
    if body.endswith('\\"'):  # a closing quote of the text: `"` and a space, as black writes it
        body = body[:-2] + '" '
    lines = body.split("\n")
    if len(lines) > 1:
        indent = " " * 4 * depth
        rest = [line.expandtabs(4) if line[:1] == "\t" else line for line in lines[1:]]
        margin = min((len(line) - len(line.lstrip()) for line in rest if line.strip()), default=0)
        last = indent + rest[-1][margin:].rstrip() if rest[-1].strip() else indent
        if len(last) + 3 > 88 and not body.endswith("\\"):
            body += "\n" + indent
    return body


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
    default: str = "None"  # of an optional argument: None, or UNSET for an OptionalNullable one
    deprecated: str = ""  # the DeprecationWarning text of a deprecated parameter

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
    doc_entry: str  # the operation in a list of links: [name](#name), struck through when deprecated
    doc_description: str
    doc_params: list[str]
    doc_response: str
    example: str
    example_with_retries: str
    example_indented: str
    example_async: str
    # the extended runtime (see python_common.needs_extended_runtime)
    ext: bool = False
    options: list[tuple[str, str, str]] = field(default_factory=list)  # (name, annotation, default)
    params_literal: str = "[]"
    media_literal: str = "{}"
    error_models: str = "{}"
    security_literal: str = "[]"
    stream: str = "False"
    auth_lines: list[str] = field(default_factory=list)  # constructor arguments of the example
    deprecated: str = ""  # the DeprecationWarning text (a literal) of a deprecated operation
    # the `_async` method is written as `x_async = async_twin(x)` (runtime _basesdk.async_twin):
    # one line instead of a second copy of the signature. Not when the method warns: a
    # DeprecationWarning raised inside the twin's call would name the runtime as its caller
    async_twin: bool = False


@dataclass(frozen=True)
class FieldView:
    name: str
    wire: str
    annotation: str
    default: str | None  # "None" or None when required
    docstring: str
    always_send: bool = False
    dict_annotation: str = ""  # in the TypedDict companion: NotRequired[...] unless required
    deprecated: str = ""  # the notice of a deprecated field (setting it warns)
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
    former_members: list[tuple[str, str]] = field(default_factory=list)  # deprecated (FORMER, CURRENT)
    extra: str = ""  # the annotation of typed additionalProperties (model_extra's values)
    deprecated_fields: list[tuple[str, str]] = field(default_factory=list)  # (name literal, notice literal)
    deprecated: str = ""  # an enum's notice literal (the enum is deprecated)
    discriminator: str = ""  # polymorphism through allOf: the literals of its wire and Python names
    subtypes: list[tuple[str, str, str]] = field(default_factory=list)  # (value, module, class) literals

    @property
    def dict_name(self) -> str:
        return self.name + TYPED_DICT



def _field_view(api: Api, f: Field, within: str) -> FieldView:
    """A required field with a spec default is optional to the caller and always sent; an
    optional nullable one defaults to UNSET (not sent)."""
    required = pc.request_required(f)
    always_send = required and f.has_default
    optional = not required
    ann = code_type(api, f.type, optional, within)
    name = pn.field_name(f)
    if name != f.names.wire:
        ann = f'Annotated[{ann}, pydantic.Field(alias={pc.literal(f.names.wire)})]'
    default = _default_code(api, f, within) if always_send else None if required else (
        "UNSET" if unset_capable(f.type, optional) else "None")
    non_nullable = not required and not f.type.nullable and f.type.kind != ANY
    dict_ann = dict_type(api, f.type, optional, within)
    if optional or always_send:
        dict_ann = f"NotRequired[{dict_ann}]"
    return FieldView(name, f.names.wire, ann, default, pc.docstring(f.description), always_send, dict_ann,
                     deprecation_notice(api, f.deprecated, f.description, f.type), non_nullable)


def deprecation_notice(api: Api, deprecated: bool, description: str, t: TypeRef | None = None) -> str:
    """The DeprecationWarning text of a deprecated field, parameter or operation ("" if not
    deprecated); a value of a deprecated enum's type counts as deprecated too."""
    inner = pc.innermost(t) if t is not None else None
    enum = api.enum(inner.ref) if inner is not None and inner.kind == ENUM and inner.ref else None
    if not deprecated and not (enum is not None and enum.deprecated):
        return ""
    text = " ".join((description if deprecated else enum.description if enum else "").split())
    return "it will be removed from the API" + (f". {text}" if text else "")


def _default_code(api: Api, f: Field, within: str) -> str:
    """The default of a field as code: an enum's default is its member (Mode.MELODY), not the bare value."""
    t = f.type.without_null()
    if t.kind == ENUM and t.ref and f.default is not None:
        e = api.enum(t.ref)
        for v, name in zip(e.values, pn.members(e)):
            if v.value == f.default:
                return f"{code_type(api, t, False, within)}.{name}"
    return pc.literal(f.default)


def _class_view(api: Api, m: Model) -> ClassView:
    fields = [_field_view(api, f, m.namespace) for f in m.fields]
    names = pn.table(api, pn.SPEAKEASY)
    view = ClassView(names.cls(m.id), _doc(m.description, 1), fields,
                     extra=code_type(api, m.additional, False, m.namespace) if m.additional else "")
    if m.discriminator is not None and m.namespace == "shared":
        attr = next(pn.field_name(f) for f in m.fields if f.names.wire == m.discriminator)
        view = dataclasses.replace(
            view, discriminator=f"{pc.literal(m.discriminator)}, {pc.literal(attr)}",
            subtypes=[(pc.literal(value), pc.literal(names.module(mid)), pc.literal(names.cls(mid)))
                      for value, mid in m.subtypes if api.model(mid).namespace == "shared"])
    return _with_markers(view)


def _with_markers(view: ClassView) -> ClassView:
    """The class-level lists BaseModel reads: fields always sent, deprecated fields (with their
    notices). (The OptionalNullable fields it finds itself: their default is UNSET.)"""
    fields = view.fields
    return dataclasses.replace(
        view,
        always_send=", ".join(pc.literal(f.name) for f in fields if f.always_send),
        non_nullable=", ".join(pc.literal(f.name) for f in fields if f.non_nullable),
        deprecated_fields=[(pc.literal(f.name), pc.literal(f.deprecated)) for f in fields if f.deprecated],
    )


def _enum_view(api: Api, e: Enum, former_members: list[tuple[str, str]] | None = None) -> ClassView:
    notice = deprecation_notice(api, e.deprecated, e.description)
    return ClassView(
        pn.table(api, pn.SPEAKEASY).cls(e.id),
        _doc(e.description, 1),
        [],
        is_enum=True,
        members=[(name, pc.literal(v.value)) for v, name in zip(e.values, pn.members(e))],
        enum_base={"string": "str, ", "integer": "int, "}.get(e.value_type, ""),
        former_members=former_members or [],
        deprecated=pc.literal(notice) if notice else "",
    )


def _imports_for(api: Api, types: list[TypeRef], own_namespace: str, own_ids: set[str]) -> list[str]:
    """Import lines (sorted) a module needs for the given types."""
    names = pn.table(api, pn.SPEAKEASY)
    shared = sorted({names.cls(n): n for t in types for n in pc.referenced(t) if n not in own_ids
                     and api.namespace_of(n) == "shared"}.items())
    lines = []
    if own_namespace == "operations" and shared:
        lines.append("from .. import shared")
    return lines + [_shared_import(api, i) for _c, i in shared if own_namespace == "shared"]


def _shared_import(api: Api, id: str) -> str:
    """The line a shared model's module imports another shared model (and its TypedDict) with."""
    names = pn.table(api, pn.SPEAKEASY)
    cls = names.cls(id)
    twin = f", {cls}{TYPED_DICT}" if isinstance(api.named(id), Model) else ""
    return f"from .{names.module(id)} import {cls}{twin}"


def request_view(api: Api, op: Operation) -> ClassView | None:
    """`<Operation>Request`: an operation's parameters (and its body as `request_body`), as one model."""
    if not op.params:
        return None
    fields = []
    for p in op.params:
        name = pn.param_name(p)
        ann = code_type(api, p.type, not p.required, "operations")
        dict_ann = dict_type(api, p.type, not p.required, "operations")
        if name != p.names.wire:
            ann = f'Annotated[{ann}, pydantic.Field(alias={pc.literal(p.names.wire)})]'
        default = None if p.required else "UNSET" if unset_capable(p.type, True) else "None"
        fields.append(FieldView(name, p.names.wire, ann, default, pc.docstring(p.description),
                                dict_annotation=dict_ann if p.required else f"NotRequired[{dict_ann}]",
                                deprecated=deprecation_notice(api, p.deprecated, p.description, p.type)))
    if op.body is not None:
        t = op.body.type
        ann = code_type(api, t.without_null(), not op.body.required, "operations")  # Optional: None is no body
        dict_ann = dict_type(api, t, not op.body.required, "operations")
        fields.append(FieldView("request_body", "requestBody", ann, None if op.body.required else "None",
                                pc.docstring(op.body.description),
                                dict_annotation=dict_ann if op.body.required else f"NotRequired[{dict_ann}]"))
    return _with_markers(ClassView(request_class(op), "", fields))


SECURITY_CLASS = "Security"
SECURITY_MODULE = "security"


def security_view(api: Api) -> ClassView | None:
    """shared.Security: the credentials of the API's security scheme, as a model."""
    if api.security is None:
        return None
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    taken = {pn.table(api, pn.SPEAKEASY).cls(n.id): n.pointer for n in nodes if n.namespace == "shared"}
    if SECURITY_CLASS in taken or SECURITY_CLASS + TYPED_DICT in taken:
        raise CodegenError([api.issue(taken.get(SECURITY_CLASS, taken.get(SECURITY_CLASS + TYPED_DICT, "")),
                                      f"the class name '{SECURITY_CLASS}' is the SDK's model of the security "
                                      "scheme; rename the schema with x-py-name")])
    token = FieldView("bearer_auth", "bearer_auth", "str", None, "", dict_annotation="str")
    return ClassView(SECURITY_CLASS, f"The credentials of the security scheme '{api.security.scheme_name}'.",
                     [token])


def request_class(op: Operation) -> str:
    return pn.op_class(op) + "Request"


def op_view(api: Api, op: Operation, ext: bool = False) -> OpView:
    pn.settle(api)
    if ext:
        return ext_op_view(api, op)
    issues: list[Issue] = []
    args: list[Arg] = []
    for p in op.params:
        if p.location == "header":
            issues.append(api.issue(p.pointer, "target python does not support header parameters yet"))
        pname = pn.param_name(p)
        if pname in RESERVED_ARGS or pname in ("request", "request_body"):
            issues.append(api.issue(p.pointer, f"parameter '{p.names.wire}' maps to '{pname}', which "
                                    "every method of target python already has; rename it with x-py-name"))
        args.append(_param_arg(api, p, pname))
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
            ann = _union([body_model, *_subtype_annotations(api, op.body.type),
                          dict_type(api, op.body.type.without_null())])
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
    rows = _param_rows(api, op)
    if op.body is not None and body is not None:
        desc = REQUEST_DOC if body.name == "request" else (md.cell(op.body.description) or "N/A")
        rows.append([md.code_span(body.name), doc_type(api, op.body.type, not op.body.required, unset=False),
                     _required_mark(op.body.required), desc])
    rows.append(["`retries`", md.link(RETRY_TYPE, DOCS_UP + RETRY_PAGE), _required_mark(False), RETRIES_DOC])
    table = md.padded_table(["Parameter", "Type", "Required", "Description"], rows)
    resp = response_class(op)
    deprecated = _op_deprecation(api, op)
    return OpView(
        op=op,
        name=pn.method(op),
        docstring=_doc("\n\n".join(t for t in (op.summary, op.description) if t), 2),
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
        summary_cell=_summary_cell(op),
        doc_entry=_doc_entry(op),
        doc_description=_doc_description(op),
        doc_params=table,
        doc_response=md.link(f"operations.{resp}", DOCS_UP + f"models/operations/{flat_lower(resp)}.md"),
        example=_example_call(api, op, body),
        example_with_retries=_example_call(api, op, body, extra=RETRY_EXAMPLE),
        example_indented=_example_call(api, op, body, indent=4),
        example_async=_example_call(api, op, body, suffix="_async", indent=4),
        deprecated=deprecated,
        async_twin=not deprecated and not any(a.deprecated for a in args),
    )


def _op_deprecation(api: Api, op: Operation) -> str:
    """The DeprecationWarning text of a deprecated operation, as a literal ("" if it is not)."""
    notice = deprecation_notice(api, op.deprecated, op.description)
    return pc.literal(f"{pn.group_attr(api.group_of(op))}.{pn.method(op)}() is deprecated: {notice}") if notice else ""


def _param_arg(api: Api, p: Param, name: str) -> Arg:
    """A method's argument for a parameter: OptionalNullable ones default to UNSET; a deprecated
    one carries the text its DeprecationWarning gives when it is passed."""
    notice = deprecation_notice(api, p.deprecated, p.description, p.type)
    message = f"the parameter '{name}' is deprecated: {notice}" if notice else ""
    return Arg(name, code_type(api, p.type, not p.required), p.required, p.names.wire, p.location,
               "UNSET" if unset_capable(p.type, not p.required) else "None", pc.literal(message) if message else "")


RETRY_EXAMPLE = 'utils.RetryConfig("backoff", utils.BackoffStrategy(1, 50, 1.1, 100), False)'
EXT_OPTIONS = ("content_type", "stream")


def _media_annotations(api: Api, kind: str, t: TypeRef) -> list[str]:
    if kind == BINARY_MEDIA:
        return ["bytes", "IO[bytes]", "Iterator[bytes]"]
    if kind == TEXT_MEDIA:
        return ["str"]
    if t.kind == MODEL:
        return [code_type(api, t.without_null()), *_subtype_annotations(api, t), "Dict[str, Any]"]
    return [code_type(api, t)]


def _subtype_annotations(api: Api, t: TypeRef) -> list[str]:
    """The subtypes a request body typed by a polymorphic base also takes (shared.Cat for a
    shared.Pet whose discriminator names it)."""
    if t.kind != MODEL or not t.ref:
        return []
    base = api.model(t.ref)
    if base.namespace != "shared":
        return []
    return [code_type(api, TypeRef(MODEL, ref=mid)) for _, mid in base.subtypes
            if mid != base.id and api.model(mid).namespace == "shared"]


def _response_annotation(api: Api, kind: str | None, t: TypeRef | None) -> str | None:
    if t is None:
        return None
    if kind == BINARY_MEDIA:
        return "bytes"
    if kind == TEXT_MEDIA:
        return "str"
    return code_type(api, t.without_null(), False, "operations")


def _union(parts: list[str], pipe: bool = False) -> str:
    unique = list(dict.fromkeys(parts))
    if len(unique) == 1:
        return unique[0]
    return " | ".join(unique) if pipe else f"Union[{', '.join(unique)}]"


def success_annotation(api: Api, op: Operation) -> str | None:
    """The `object` of an operation's response: the union of its non-error bodies."""
    parts = [a for r in op.responses if not r.is_error
             for a in [_response_annotation(api, r.kind, r.type)] if a is not None]
    return _union(parts, pipe=True) if parts else None


def ext_op_view(api: Api, op: Operation) -> OpView:
    """An operation on the extended runtime: every parameter location and style, several
    body media types, binary/text/typed-error responses, every security scheme."""
    issues: list[Issue] = []
    args: list[Arg] = []
    params = []
    for p in op.params:
        pname = pn.param_name(p)
        if pname in RESERVED_ARGS or pname in ("request", "request_body", "security", *EXT_OPTIONS):
            issues.append(api.issue(p.pointer, f"parameter '{p.names.wire}' maps to '{pname}', which "
                                    "every method of target python already has; rename it with x-py-name"))
        args.append(_param_arg(api, p, pname))
        params.append(f"({pc.literal(p.location)}, {pc.literal(p.names.wire)}, {pname}, "
                      f"{pc.literal(p.style)}, {p.explode})")
    body = None
    media = []
    options: list[tuple[str, str, str]] = []
    if op.body is not None:
        name = "request_body" if op.params else "request"
        ann = _union([a for m in op.body.media for a in _media_annotations(api, m.kind, m.type)])
        if not op.body.required:
            ann = f"Optional[{ann}]"
        body = Arg(name, ann, op.body.required, "", "body")
        args.append(body)
        for m in op.body.media:
            model = code_type(api, m.type.without_null()) if m.type.kind == MODEL else "None"
            media.append(f"{pc.literal(m.content_type)}: ({pc.literal(m.kind)}, {model})")
        if len(op.body.media) > 1:
            options.append(("content_type", "Optional[str]", "None"))
    if issues:
        raise CodegenError(issues)
    body_models, error_models = [], []
    for r in op.responses:
        model = code_type(api, r.type.without_null()) if r.type is not None and r.kind == JSON_MEDIA else "None"
        if r.status == "default" or not r.is_error:
            entry = f"({pc.literal(r.kind or JSON_MEDIA)}, {model})" if r.type is not None else "None"
            body_models.append(f"{pc.literal(r.status)}: {entry}")
        if (r.status == "default" or r.is_error) and model != "None":
            error_models.append(f"{pc.literal(r.status)}: {model}")
    binary = any(r.kind == BINARY_MEDIA for r in op.responses if not r.is_error)
    if binary:
        options.append(("stream", "bool", "False"))
    accept = ", ".join(dict.fromkeys(r.content_type for r in op.responses if not r.is_error and r.content_type)) \
        or "application/json"
    security = "[" + ", ".join("[" + ", ".join(pc.literal(n) for n in alt) + "]" for alt in op.security) + "]"
    legacy = op_view_docs(api, op, args, body)
    resp = response_class(op)
    return OpView(
        op=op,
        name=pn.method(op),
        docstring=_doc("\n\n".join(t for t in (op.summary, op.description) if t), 2),
        args=args,
        path_params=[a for a in args if a.location == "path"],
        query_params=[a for a in args if a.location == "query"],
        header_params=[a for a in args if a.location == "header"],
        body=body,
        body_model="None",
        response_class=f"operations.{resp}",
        body_models="{" + ", ".join(body_models) + "}",
        accept=accept,
        has_object=success_annotation(api, op) is not None,
        path_literal=pc.literal(op.path),
        accept_literal=pc.literal(accept),
        ext=True,
        options=options,
        params_literal="[" + ", ".join(params) + "]",
        media_literal="{" + ", ".join(media) + "}",
        error_models="{" + ", ".join(error_models) + "}",
        security_literal=security,
        stream="stream" if binary else "False",
        auth_lines=pc.auth_examples(api),
        deprecated=_op_deprecation(api, op),
        **legacy,
    )


def _doc_entry(op: Operation) -> str:
    """`[name](#name)` of an operation's list entry (the anchor is added by the page); struck through
    and marked when the operation is deprecated."""
    name = pn.method(op)
    return f"~~{name}~~" if op.deprecated else name


def _summary_cell(op: Operation) -> str:
    return md.cell(op.summary) + (" :warning: **Deprecated**" if op.deprecated else "")


def _doc_description(op: Operation) -> str:
    """The text under an operation's heading: the deprecation notice first, when it is deprecated."""
    text = md.paragraph(op.description or op.summary)
    return DEPRECATED_OPERATION + ("\n\n" + text if text else "") if op.deprecated else text


def _param_rows(api: Api, op: Operation) -> list[list[str]]:
    """The parameters' rows of an operation's table; a deprecated one struck through, with the notice."""
    rows = []
    for p in op.params:
        notice = deprecation_notice(api, p.deprecated, p.description, p.type)
        name, desc = _deprecated_cells(pn.param_name(p), md.cell(p.description) or "N/A", bool(notice))
        rows.append([name, doc_type(api, p.type, not p.required), _required_mark(p.required), desc])
    return rows


def op_view_docs(api: Api, op: Operation, args: list[Arg], body: Arg | None) -> dict[str, Any]:
    """The docs fields of an extended operation's view."""
    rows = _param_rows(api, op)
    if op.body is not None and body is not None:
        rows.append([md.code_span(body.name), doc_type(api, op.body.type, not op.body.required, unset=False),
                     _required_mark(op.body.required), md.cell(op.body.description) or "N/A"])
    rows.append(["`retries`", md.link(RETRY_TYPE, DOCS_UP + RETRY_PAGE), _required_mark(False), RETRIES_DOC])
    resp = response_class(op)
    return {
        "summary_cell": _summary_cell(op),
        "doc_entry": _doc_entry(op),
        "doc_description": _doc_description(op),
        "doc_params": md.padded_table(["Parameter", "Type", "Required", "Description"], rows),
        "doc_response": md.link(f"operations.{resp}", DOCS_UP + f"models/operations/{flat_lower(resp)}.md"),
        "example": _example_call(api, op, body),
        "example_with_retries": _example_call(api, op, body, extra=RETRY_EXAMPLE),
        "example_indented": _example_call(api, op, body, indent=4),
        "example_async": _example_call(api, op, body, suffix="_async", indent=4),
    }


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
DEPRECATED_NOTE = ":warning: **DEPRECATED**: to be removed from the API; using it emits a `DeprecationWarning`."
DEPRECATED_ENUM = "> :warning: **DEPRECATED**: this enum is to be removed from the API; using it emits a " \
    "`DeprecationWarning`, and the fields of its type are deprecated too."
DEPRECATED_OPERATION = "> :warning: **DEPRECATED**: this operation is to be removed from the API; calling it emits a " \
    "`DeprecationWarning`."


def _table_text(header: list[str], rows: list[list[str]]) -> str:
    """A padded table as the end of a page: no final newline, as the vendor's model pages."""
    return "\n".join(md.padded_table(header, rows))


def _field_order(fields: list[Field] | tuple[Field, ...]) -> list[Field]:
    """Model pages list required fields first, then optional ones, each by wire name."""
    return sorted(fields, key=lambda f: (not (f.required and not f.has_default), f.names.wire))


def _deprecated_cells(name: str, description: str, deprecated: bool) -> tuple[str, str]:
    """A field's name and description cells; a deprecated one is struck through with a notice."""
    if not deprecated:
        return md.code_span(name), description
    return f"~~{md.code_span(name)}~~", DEPRECATED_NOTE + ("<br/><br/>" + description if description != "N/A" else "")


def body_description(api: Api, m: Model) -> str:
    """The description a request- or response-body model's page opens with: the body's own."""
    c = m.context
    if c.operation is None or c.role not in ("request body", "response body"):
        return m.description
    op = api.operation(c.operation)
    if c.role == "request body" and op.body is not None and op.body.description:
        return op.body.description
    if c.role == "response body" and op.success is not None and op.success.description:
        return op.success.description
    return m.description


def model_doc(api: Api, m: Model) -> dict[str, Any]:
    rows = []
    for f in _field_order(m.fields):
        name, desc = _deprecated_cells(pn.field_name(f), md.cell(f.description) or "N/A",
                                       bool(deprecation_notice(api, f.deprecated, f.description, f.type)))
        # the type as the code has it: OptionalNullable where the field defaults to UNSET
        unset = unset_capable(f.type, not pc.request_required(f))
        rows.append([name, doc_type(api, f.type, not f.required or f.has_default, unset=unset),
                     _required_mark(f.required and not f.has_default), desc])
    return {"title": pn.table(api, pn.SPEAKEASY).cls(m.id), "description": md.paragraph(body_description(api, m)),
            "heading": "Fields", "table": _table_text(["Field", "Type", "Required", "Description"], rows)}


def request_doc(api: Api, op: Operation) -> dict[str, Any]:
    """The page of `<Operation>Request`: its parameters, then `request_body`."""
    params = sorted(op.params, key=lambda p: (not p.required, p.names.wire))
    rows = []
    for p in params:
        name, desc = _deprecated_cells(pn.param_name(p), md.cell(p.description) or "N/A",
                                       bool(deprecation_notice(api, p.deprecated, p.description, p.type)))
        rows.append([name, doc_type(api, p.type, not p.required), _required_mark(p.required), desc])
    if op.body is not None:
        rows.append(["`request_body`", doc_type(api, op.body.type, not op.body.required, unset=False),
                     _required_mark(op.body.required), md.cell(op.body.description) or "N/A"])
    return {"title": request_class(op), "description": "", "heading": "Fields",
            "table": _table_text(["Field", "Type", "Required", "Description"], rows)}


def enum_doc(api: Api, e: Enum) -> dict[str, Any]:
    rows = [[md.code_span(name), md.cell(str(v.value))] for v, name in zip(e.values, pn.members(e))]
    description = md.paragraph(e.description)
    if e.deprecated:  # the notice first; calling the enum warns
        description = DEPRECATED_ENUM + ("\n\n" + description if description else "")
    return {"title": pn.table(api, pn.SPEAKEASY).cls(e.id), "description": description, "heading": "Values",
            "table": _table_text(["Name", "Value"], rows)}


def response_doc(api: Api, op: Operation) -> dict[str, Any]:
    rows = [
        ["`content_type`", "*str*", _required_mark(True), "HTTP response content type for this operation"],
        ["`status_code`", "*int*", _required_mark(True), "HTTP response status code for this operation"],
        ["`raw_response`", md.link("httpx.Response", "https://www.python-httpx.org/api/#response"),
         _required_mark(True), "Raw HTTP response; suitable for custom response parsing"],
    ]
    if op.success is not None and op.success.type is not None:
        rows.append(["`object`", doc_type(api, op.success.type, True, unset=False), _required_mark(False),
                     md.cell(op.success.description) or "N/A"])
    return {"title": response_class(op), "description": "", "heading": "Fields",
            "table": _table_text(["Field", "Type", "Required", "Description"], rows)}


def sdk_page_dir(target: Target) -> str:
    """docs/sdks/<dir>/README.md: the root page of the SDK class (its constructor, its groups)."""
    return flat_lower(target.sdk_class)


# (argument, annotation, description) of the constructor after its credentials, as sdk.py.jinja has them
CONSTRUCTOR_ARGS = (
    ("server_idx", "Optional[int]", "The index in `SERVERS` of the server to use (default: `0`)."),
    ("server_url", "Optional[str]", "The API's base URL, instead of one of `SERVERS`."),
    ("url_params", "Optional[Dict[str, str]]", "Values for `{name}` variables in the server URL."),
    ("client", "Optional[httpx.Client]", "The client to send requests with (default: one created on first use "
                                         "and reused; a client given here is never closed by the SDK)."),
    ("async_client", "Optional[httpx.AsyncClient]", "The client of the `_async` methods (same rules)."),
    ("retry_config", "[Optional[utils.RetryConfig]](../../models/utils/retryconfig.md)",
     "How every call retries failed requests (default: no retries); a call's `retries=` overrides it."),
    ("timeout_ms", "Optional[int]", "The total deadline of one call in milliseconds, retries and their waits "
                                    "included (default: 60 000); a call's `timeout_ms=` overrides it."),
    ("debug_logger", "Optional[logging.Logger]", "A logger that gets a debug line for every request and response "
                                                 "(no headers, no bodies, no query values)."),
    ("read_timeout_ms", "int", "How long connecting, and each read or write, may wait, in milliseconds "
                               "(default: 30 000)."),
    ("max_response_bytes", "int", "The largest response body accepted, counted after decompression (default: "
                                  "64 MiB); a larger one raises `utils.ResponseTooLarge`."),
)


def sdk_page(api: Api, target: Target, groups: list[dict[str, Any]], ext: bool) -> dict[str, Any]:
    """The root page of the SDK class: what it is, its constructor's arguments, its groups."""
    rows = []
    if ext:
        for scheme in pc.scheme_views(api):
            rows.append([md.code_span(scheme["arg"]), f"*{scheme['annotation']}*", _required_mark(False),
                         md.cell(scheme["doc"].replace("\n", " ")) + "."])
    else:
        text = ("The API token (sent as `Authorization: Bearer <token>`), or a function returning it, called for "
                "every request." if api.security else "Not used: the API has no security scheme.")
        rows.append(["`bearer_auth`", "*Optional[Union[str, Callable[[], str]]]*", _required_mark(False), text])
    for name, annotation, text in CONSTRUCTOR_ARGS:
        cell = annotation if annotation.startswith("[") else f"*{annotation}*"
        rows.append([md.code_span(name), cell, _required_mark(False), text])
    return {
        "title": target.sdk_class,
        "overview": md.paragraph(": ".join(t for t in (api.title, api.description) if t)),
        "table": md.padded_table(["Argument", "Type", "Required", "Description"], rows),
        "example": next((v.example_indented for g in groups for v in g["ops"]), "pass"),
        "groups": [{"module": g["module"], "doc_dir": g["doc_dir"],
                    "count": f"{len(g['ops'])} operation{'' if len(g['ops']) == 1 else 's'}"}
                   for g in sorted(groups, key=lambda g: g["module"])],
    }


def renamed_views(api: Api) -> list[dict[str, str]]:
    """Former model names of renamed operations: a page each (for old links) and a code alias."""
    out = []
    for r in api.renamed:
        op = api.operation(r.operation_id)
        group = api.group_of(op)
        pairs = [(pn.former_class(r) + "Response", response_class(op), "response")]
        if op.body is not None and op.body.type.kind == MODEL and op.body.type.ref and \
                api.model(op.body.type.ref).namespace == "operations":
            pairs.append((pn.former_class(r) + "RequestBody", pn.table(api, pn.SPEAKEASY).cls(op.body.type.ref), "request body"))
        for old, new, what in pairs:
            out.append({"old": old, "new": new, "what": what, "former_method": r.former.wire,
                        "method": pn.method(op), "new_page": f"{flat_lower(new)}.md",
                        "method_page": f"../../sdks/{pn.group_dir(group)}/README.md#{pn.method(op)}"})
    return sorted(out, key=lambda r: r["old"])


def _printed_types(view: OpView) -> list[str]:
    """The type expressions a resource method prints: its arguments' annotations, its body
    model(s) and media, its response and error models (what its module has to import)."""
    return [a.annotation for a in view.args] + [view.body_model, view.body_models, view.error_models,
                                                 view.media_literal]


def _uses_shared(view: OpView) -> bool:
    """Whether a resource method names shared.X: in an argument, the body model or a response model."""
    return any("shared." in t for t in _printed_types(view))


MODEL_TYPING = ("Annotated", "Any", "ClassVar", "Dict", "List", "NotRequired", "Optional", "TYPE_CHECKING",
                "TypedDict")
RESOURCE_TYPING = ("Any", "Dict", "List", "Optional", "Union")


def _typing(types: list[TypeRef], classes: list[ClassView] | None = None,
            more: list[str] | None = None) -> dict[str, Any]:
    """What a model module imports for its types: the typing names its classes use (`more`:
    other annotations it prints), the union parser, the names of ..types beyond BaseModel and
    OpenEnumMeta, the standard-library imports of string formats."""
    classes = classes or []
    unset = any(f.default == "UNSET" for c in classes for f in c.fields)
    texts = ([a for c in classes for f in c.fields for a in (f.annotation, f.dict_annotation)]
             + [c.extra for c in classes] + (more or []))
    words = set(re.findall(r"\w+", " ".join(texts)))
    used = {n for n in MODEL_TYPING if n in words}
    # a discriminated base: its ClassVar table (__discriminator__, __subtypes__), and Any in its
    # validator and serializer. The lists BaseModel reads (non_nullable_fields, ...) are assigned
    # without an annotation: types.BaseModel declares them ClassVar, with their docs
    if any(c.subtypes for c in classes):
        used |= {"ClassVar", "Any"}
    if any(c.extra for c in classes):
        used.add("Dict")
    if any(not c.is_enum for c in classes):
        used.add("TypedDict")
    # a module imports only what it uses: Enum / OpenEnumMeta for enums, BaseModel for models,
    # pydantic for aliases, typed additionalProperties and the subtype hooks
    uses_enum = any(c.is_enum for c in classes)
    uses_pydantic = any("pydantic." in t for t in texts) or any(c.extra or c.subtypes for c in classes)
    head = ", BaseModel" if any(not c.is_enum for c in classes) else ""
    return {"typing_names": pc.typing_names(types, tuple(sorted(used))), "uses_unions": _has_union(types),
            "types_extra": head + (", OpenEnumMeta" if uses_enum else "")
            + (f", {OPTIONAL_NULLABLE}, UNSET" if unset else "") + _format_types(texts),
            "std_imports": std_imports(texts), "uses_enum": uses_enum, "uses_pydantic": uses_pydantic}


def _import_lines(module: str, names: str) -> list[str]:
    """`from module import a, b, ...` as lines that each fit black's 88 columns (black would
    wrap one long import into a parenthesised line per name)."""
    head = f"from {module} import "
    lines: list[str] = []
    for name in names.split(", "):
        if lines and len(lines[-1]) + 2 + len(name) <= 88:
            lines[-1] += ", " + name
        else:
            lines.append(head + name)
    return lines


def _name_lists(modules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A namespace's modules with their names as one space-separated string (what _lazy's
    attach_modules reads: one line per module), and the import that re-exports them to type
    checkers: `from .module import *`. A model module defines its names and nothing else at
    the top level (classes; what it imports is private to it under mypy's and pyright's
    re-export rules), so the star import gives type checkers exactly `names`, the same as
    listing each as `X as X` (tests/unit/test_python_reexports.py checks the generated
    packages) in a fraction of the code: ~13% of what black formats at 2,000 operations."""
    return [{**m, "names_text": " ".join(m["names"]), "reexport": f"    from .{m['module']} import *"}
            for m in modules]


def _resource_imports(views: list[OpView]) -> dict[str, Any]:
    texts = [t for v in views for t in _printed_types(v)]
    unset = any(a.default == "UNSET" for v in views for a in v.args)
    warns = any(v.deprecated or any(a.deprecated for a in v.args) for v in views)
    names = set(RESOURCE_TYPING) | ({"Annotated"} if any("Annotated[" in t for t in texts) else set()) | (
        {"Literal"} if any("Literal[" in t for t in texts) else set())
    if any(v.ext for v in views):  # binary bodies; the security requirements
        names |= {"IO", "Iterator", "List"}
    types_names = ", ".join(n for n in ("Base64Bytes" if _format_types(texts) else "",
                                         f"{OPTIONAL_NULLABLE}, UNSET" if unset else "") if n)
    return {"typing_names": ", ".join(sorted(names)), "uses_unions": any("OneOf(" in t for t in texts),
            "types_names": types_names, "uses_warnings": warns, "std_imports": std_imports(texts),
            "uses_twins": any(v.async_twin for v in views)}


def _api_has_unions(api: Api) -> bool:
    types = [f.type for m in api.models for f in m.fields] + [m.additional for m in api.models if m.additional]
    types += [p.type for op in api.operations for p in op.params] + [op.body.type for op in api.operations if op.body]
    types += [r.type for op in api.operations for r in op.responses if r.type is not None]
    return _has_union(types)


def _cyclic_edges(api: Api, models: list[Model]) -> dict[str, set[str]]:
    """For each shared model, the import lines of models in the same import cycle: those go at
    the bottom of its module (after the class), so that the modules of a cycle import each
    other whichever is imported first. Strongly connected components, iteratively (Kosaraju)."""
    names = pn.table(api, pn.SPEAKEASY)
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
                out.setdefault(a, set()).add(_shared_import(api, b))
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
    names = pn.table(api, pn.SPEAKEASY)
    ops = [(op_module(op), op.pointer, f"operation '{op.operation_id}'") for op in api.operations]
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    inline = [(names.cls(n.id), n.pointer, "an inline schema") for n in nodes if n.namespace == "operations"]
    responses = [(response_class(op), op.pointer, f"operation '{op.operation_id}'") for op in api.operations]
    responses += [(request_class(op), op.pointer, f"operation '{op.operation_id}'") for op in api.operations
                  if op.params]
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


def warnings(api: Api, target: Target) -> list[Issue]:
    """Names the naming table changed to tell them apart (printed with the spec's warnings)."""
    return pn.table(api, pn.SPEAKEASY).warnings()


def files(api: Api, target: Target) -> list[OutputFile]:
    check_names(api, target)
    clash = [g for g in api.groups if pn.group_dir(g) == sdk_page_dir(target)]
    if clash:
        raise CodegenError([api.issue(clash[0].pointer, f"the tag '{clash[0].tag}' has its docs page in "
                                      f"docs/sdks/{sdk_page_dir(target)}/, the root page of the SDK class "
                                      f"{target.sdk_class}; rename the tag or the sdk_class setting")])
    names = pn.table(api, pn.SPEAKEASY)
    pkg = f"src/{target.package}"
    header = HEADER_SOURCE.format(source=api.source)
    ext = pc.needs_extended_runtime(api)
    views = {op.operation_id: op_view(api, op, ext) for op in api.operations}
    renamed = renamed_views(api)
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    aliases = python_aliases.plan(
        api, target,
        method_name={op.operation_id: pn.method(op) for op in api.operations},
        group_module={o.operation_id: pn.group_attr(g) for g in api.groups for o in g.operations},
        enum_members={pn.table(api, pn.SPEAKEASY).cls(e.id): pn.members(e)
                      for e in api.enums},
        class_names={ns: {pn.table(api, pn.SPEAKEASY).cls(n.id) for n in nodes if n.namespace == ns}
                     for ns in ("operations", "shared")},
        renamed_classes=[("operations", r["old"], r["new"]) for r in renamed],
        typed_dicts={ns: {pn.table(api, pn.SPEAKEASY).cls(m.id) for m in api.models if m.namespace == ns}
                     for ns in ("operations", "shared")},
    )
    groups: list[dict[str, Any]] = [
        {"group": g, "class_name": pn.group_class(g), "module": pn.group_attr(g), "doc_dir": pn.group_dir(g),
         "description": md.paragraph(g.description), "docstring": _doc(g.description, 1),
         "ops": [views[o.operation_id] for o in pn.operations(g)],
         "aliases": aliases.methods.get(pn.group_attr(g), []),
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
        "sdk_docstring": _doc("\n\n".join(t for t in (api.title, api.description) if t), 1),
        "ext": ext,
        "import_lines": _import_lines,
        "schemes": pc.scheme_views(api) if ext else [],
        "server_variables": [(pc.literal("{" + v.name + "}"), pc.literal(v.default)) for v in api.server_variables]
        if ext else [],
        "server_template_literal": pc.literal(api.server_template),
        "servers_literal": pc.literal([api.server_template or api.server_url] + [s.url for s in api.servers[1:]]),
        "server_variables_literal": pc.literal(
            [{v.name: {"default": v.default, **({"enum": list(v.values)} if v.values else {})} for v in s.variables}
             for s in api.servers]) if any(s.variables for s in api.servers) else "",
        "server_rows": [(str(i), s.url) for i, s in enumerate(api.servers) if i > 0],
        "auth_lines": pc.auth_examples(api) if ext else [],
        "alias_rows": aliases.rows,
        "alias_table": md.padded_table(
            ["Kind", "Deprecated name", "Use instead"],
            [[r.kind, md.code_span(r.former) + (f" (and `{r.twin}`)" if r.twin else ""),
              md.code_span(r.current)] for r in aliases.rows]),
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
    if ext:
        for rel in runtime_files(TEMPLATE, "runtime-ext"):
            out.append(OutputFile(PurePosixPath(pkg) / rel.removeprefix("runtime-ext/"), verbatim=rel))
        for rel in pc.SHARED_RUNTIME:
            out.append(OutputFile(PurePosixPath(pkg) / PurePosixPath(rel).name, verbatim=rel))
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
        classes = [_enum_view(api, e, aliases.members.get(names.cls(e.id))) for e in enums] + \
            [_class_view(api, m) for m in pc.model_order(models, lambda m: names.cls(m.id))]
        success = op.success.type if op.success is not None else None
        resp: dict[str, Any] = {"name": response_class(op), "dict_name": response_class(op) + TYPED_DICT,
                "object": code_type(api, success.without_null(), True, "operations") if success else None,
                "dict_object": dict_type(api, success, True, "operations") if success else None}
        request = request_view(api, op)
        if request is not None:
            classes.append(request)
        if ext:
            union = success_annotation(api, op)
            if union != resp["object"] and union != (resp["object"] or "")[len("Optional["):-1]:
                resp["object"] = f"Optional[{union}]" if union else None
                resp["dict_object"] = "Any" if union else None
            types.extend(r.type for r in op.responses if r.type is not None)
        module = op_module(op)
        exported = sorted([c.name for c in classes] + [c.dict_name for c in classes if not c.is_enum]
                          + [resp["name"], resp["dict_name"]])
        op_modules.append({"module": module, "names": exported})
        # the request class names the parameters' and the body's types too (shared.X)
        request_types = ([p.type for p in op.params] + ([m.type for m in op.body.media] if op.body else [])
                         if request is not None else [])
        add(f"{pkg}/models/operations/{module}.py", "operation_models.py.jinja", classes=classes, response=resp,
            imports=_imports_for(api, types + request_types, "operations", own), late_imports=[],
            **_typing(types, classes, [resp["object"] or "",
                                       f"NotRequired[{resp['dict_object']}]" if resp["dict_object"] else ""]))
    add(f"{pkg}/models/operations/__init__.py", "namespace_init.py.jinja", modules=_name_lists(op_modules),
        deprecated=aliases.classes.get("operations", []))

    shared_modules: list[dict[str, Any]] = []
    shared = [m for m in api.models if m.namespace == "shared"]
    cyclic = _cyclic_edges(api, shared)
    for m in shared:
        types = [f.type for f in m.fields] + ([m.additional] if m.additional else [])
        imports = _imports_for(api, types, "shared", {m.id})
        late = [line for line in imports if line in cyclic.get(m.id, set())]
        view = _class_view(api, m)
        typing_view = _typing(types, [view])
        if view.subtypes:
            typing_view["types_extra"] += ", dump_subtype, parse_subtype"
        add(f"{pkg}/models/shared/{names.module(m.id)}.py", "shared_model.py.jinja", cls=view,
            imports=[line for line in imports if line not in late], late_imports=late, **typing_view)
        shared_modules.append({"module": names.module(m.id), "names": [names.cls(m.id), names.cls(m.id) + TYPED_DICT]})
    for e in [e for e in api.enums if e.namespace == "shared"]:
        enum_view = _enum_view(api, e, aliases.members.get(names.cls(e.id)))
        add(f"{pkg}/models/shared/{names.module(e.id)}.py", "shared_model.py.jinja",
            cls=enum_view, imports=[], late_imports=[], **_typing([], [enum_view]))
        shared_modules.append({"module": names.module(e.id), "names": [names.cls(e.id)]})
    security = security_view(api)
    if security is not None:
        add(f"{pkg}/models/shared/{SECURITY_MODULE}.py", "shared_model.py.jinja", cls=security, imports=[],
            late_imports=[], **_typing([], [security]))
        shared_modules.append({"module": SECURITY_MODULE, "names": [security.name, security.dict_name]})
    shared_modules.sort(key=lambda m: m["module"])
    add(f"{pkg}/models/shared/__init__.py", "namespace_init.py.jinja", modules=_name_lists(shared_modules),
        deprecated=aliases.classes.get("shared", []))

    # docs
    add("README.md", "README.md.jinja", example=groups[0]["ops"][0] if groups and groups[0]["ops"] else None,
        readme_groups=sorted(groups, key=lambda g: g["module"]), sdk_page_dir=sdk_page_dir(target))
    add(f"docs/sdks/{sdk_page_dir(target)}/README.md", "sdk.md.jinja", page=sdk_page(api, target, groups, ext))
    for g in groups:
        add(f"docs/sdks/{g['doc_dir']}/README.md", "group.md.jinja", g=g)
    for m in api.models:
        add(f"docs/{model_page(api, m.id)}", "model.md.jinja", page=model_doc(api, m))
    for e in api.enums:
        add(f"docs/{model_page(api, e.id)}", "model.md.jinja", page=enum_doc(api, e))
    for op in api.operations:
        if op.params:
            add(f"docs/models/operations/{flat_lower(request_class(op))}.md", "model.md.jinja",
                page=request_doc(api, op))
    if security is not None:
        rows = [[md.code_span(f.name), "*str*", _required_mark(True), "N/A"] for f in security.fields]
        add(f"docs/models/shared/{flat_lower(security.name)}.md", "model.md.jinja",
            page={"title": security.name, "description": "", "heading": "Fields",
                  "table": _table_text(["Field", "Type", "Required", "Description"], rows)})
    for op in api.operations:
        add(f"docs/models/operations/{flat_lower(response_class(op))}.md", "model.md.jinja",
            page=response_doc(api, op))
    for r in renamed:
        add(f"docs/models/operations/{flat_lower(r['old'])}.md", "renamed.md.jinja", page=r)
    for rel in runtime_files(TEMPLATE, "docs"):
        out.append(OutputFile(PurePosixPath(rel), verbatim=rel))
    return out
