"""Target `typescript`: an ESM npm package (no runtime dependency) with markdown docs.

Layout of the output (generated/<api>/<target>/):
  package.json, tsconfig.json, README.md
  src/index.ts, src/core.ts           the client class and its core twin (<Sdk>Core)
  src/sdk/sdk.ts, src/sdk/<group>.ts  one class per group, methods that unwrap results
  src/funcs/<group><Operation>.ts     one standalone function per operation (a Result)
  src/sdk/models/{operations,shared}/ types and their shapes (checked at run time)
  src/lib/, src/types/, src/sdk/models/errors/   hand-written runtime, copied verbatim
  docs/sdks/<group>/README.md, docs/sdk/models/{operations,shared}/<page>.md,
  docs/lib/utils/retryconfig.md

Names come from codegen.targets.typescript_names (neutral spec material only); tables
and escaping from codegen.markdown; example values from codegen.examples; the layout of
varying-width code from codegen.tslayout (prettier's layout, so the output passes
`prettier --check` without running node).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .. import examples as ex
from .. import markdown as md
from .. import naming
from .. import tslayout as lay
from ..errors import CodegenError, Issue
from ..ir import ANY, ARRAY, BINARY, BOOLEAN, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING, UNION, Api, Enum, Field
from ..ir import Group, Model
from ..ir import BINARY_MEDIA, JSON_MEDIA, TEXT_MEDIA, Media, Operation, Response, SecurityScheme, TypeRef, innermost
from ..ir import referenced
from ..python_common import needs_extended_runtime
from ..render import OutputFile, runtime_files
from ..settings import Target
from . import typescript_names as tn

TEMPLATE = "typescript"
TYPESCRIPT_VERSION = "5.6.3"  # pinned devDependency of every generated package
HEADER = "Generated from {source}. Do not edit."
TOKEN_PLACEHOLDER = "<YOUR_BEARER_TOKEN_HERE>"


class Code(str):
    """A TypeScript expression that `ts_value` prints as it is."""


EXAMPLES = ex.ExampleStyle(string="<value>", id_string="<id>", integer=0, number=0, boolean=False,
                           required_only=True, use_spec_examples=True, binary=Code('new Blob(["<file content>"])'))
# a form upload shows every field (files are what it is for)
FORM_EXAMPLES = ex.ExampleStyle(string="<value>", id_string="<id>", integer=0, number=0, boolean=False,
                                required_only=False, use_spec_examples=True, binary=EXAMPLES.binary)
REQUEST_DOC = "The request object to use for the request."
OPTION_ROWS = [
    ["`options`", "RequestOptions", ":heavy_minus_sign:", "Used to set various options for making HTTP requests."],
    ["`options.fetchOptions`", "[RequestInit](https://developer.mozilla.org/en-US/docs/Web/API/Request/Request#options)",
     ":heavy_minus_sign:", "Options that are passed to the underlying HTTP request. This can be used to inject extra "
     "headers for examples. All `Request` options, except `method` and `body`, are allowed."],
    ["`options.retries`", "[RetryConfig]({up}lib/utils/retryconfig.md)", ":heavy_minus_sign:",
     "Enables retrying HTTP requests under certain failure conditions."],
]
ERRORS_TABLE = md.padded_table(["Error Object", "Status Code", "Content Type"], [["errors.SDKError", "4xx-5xx", "*/*"]])
RESERVED_ARGS = frozenset({"client", "options", "OPERATION"})
PRIMITIVE_TYPES = {STRING: "string", INTEGER: "number", NUMBER: "number", BOOLEAN: "boolean", ANY: "any",
                   BINARY: "Blob"}
LEAVES = {STRING: "string", INTEGER: "integer", NUMBER: "number", BOOLEAN: "boolean", ANY: "any", BINARY: "binary"}
MODELS_DIR = "src/sdk/models"


# what a client's example shows for the first security scheme (extended runtime)
AUTH_EXAMPLES = {
    "http-bearer": lay.string("<YOUR_BEARER_TOKEN_HERE>"),
    "http-basic": '{ username: "<USERNAME>", password: "<PASSWORD>" }',
    "api-key": lay.string("<YOUR_API_KEY_HERE>"),
    "oauth2": lay.string("<YOUR_ACCESS_TOKEN_HERE>"),
    "openid-connect": lay.string("<YOUR_ID_TOKEN_HERE>"),
}
# the type of each scheme's option (lib/security.ts)
AUTH_TYPES = {"http-bearer": "Token", "http-basic": "BasicAuth", "api-key": "Token",
              "oauth2": "Token | ClientCredentials", "openid-connect": "Token"}
AUTH_DOCS = {"http-bearer": "HTTP bearer token", "http-basic": "HTTP basic username and password",
             "api-key": "API key", "oauth2": "OAuth2 access token, or client credentials (the client fetches "
             "and refreshes the token)", "openid-connect": "OpenID Connect token"}
BASE_OPTIONS = frozenset({"serverURL", "retryConfig", "timeoutMs", "fetcher", "serverVariables"})
MEDIA_KINDS_TS = {TEXT_MEDIA: "string", BINARY_MEDIA: "ReadableStream<Uint8Array>"}


def scheme_option(s: SecurityScheme) -> str:
    """The client option of a security scheme: its name in camelCase (x-ts-name wins)."""
    return tn.member(s.names)


def _required_mark(required: bool) -> str:
    return ":heavy_check_mark:" if required else ":heavy_minus_sign:"


class Ctx:
    """Everything the TypeScript names of one API depend on, computed once."""

    def __init__(self, api: Api, target: Target) -> None:
        self.api = api
        self.target = target
        self.table = tn.TsNames(api)
        self.names = self.table.by_id
        self.pkg = target.package
        self.client_var = tn.camel(target.sdk_class)
        self.core_class = target.sdk_class + "Core"
        self.sdk_jsdoc = lay.comment("\n\n".join(t for t in (api.title, api.description) if t), 0)
        # specs beyond JSON bodies, primitive parameters and one bearer token get the extended
        # runtime (runtime-ext/: lib/wire.ts, lib/security.ts); the others stay as they were
        self.ext = needs_extended_runtime(api, header_params=True, multipart=True)
        self.options_module = "lib/options" if self.ext else "lib/http"
        self.base_core = "SecuredCore" if self.ext else "ClientCore"
        self.auth_option, self.auth_value = "bearerAuth", lay.string(TOKEN_PLACEHOLDER)
        if self.ext and api.schemes:
            s = api.schemes[0]
            self.auth_option, self.auth_value = scheme_option(s), AUTH_EXAMPLES[s.kind]
        self.secured = api.security is not None or (self.ext and bool(api.schemes))
        self._schemes = {sc.names.wire: sc for sc in api.schemes}
        self.type_names = {n.name for n in self.names.values()}
        self.auth_rows = md.padded_table(["Option", "Type", "Security scheme"], [
            [md.code_span(scheme_option(sc)), md.code_span(AUTH_TYPES[sc.kind]).replace("|", "\\|"),
             md.cell(f"`{sc.names.wire}`: {AUTH_DOCS[sc.kind]}")] for sc in api.schemes])

    def group_class(self, g: Group) -> str:
        """A group's class: its tag in PascalCase, + "Group" when a spec type has that name (the
        group's module imports the types of its operations)."""
        name = tn.group_class(g)
        return name + "Group" if name in self.type_names else name

    def scheme(self, name: str) -> SecurityScheme:
        return self._schemes[name]

    # -- types ---------------------------------------------------------------------------
    def type_name(self, key: str) -> str:
        return self.names[key].name

    def ts_type(self, t: TypeRef) -> str:
        return " | ".join(self.union_members(t))

    def union_members(self, t: TypeRef) -> list[str]:
        """The members of a type as a TypeScript union ("null" last when nullable)."""
        if t.has_const:
            base = lay.literal(t.const)
        elif t.kind == UNION and t.members:
            out: list[str] = []
            for m in t.members:
                for part in self.union_members(m):
                    if part not in out and part != "null":
                        out.append(part)
            if t.nullable or any(m.nullable for m in t.members):
                out.append("null")
            return out
        else:
            base = self._single(t)
        return [base, "null"] if t.nullable and base != "any" else [base]

    def _single(self, t: TypeRef) -> str:
        if t.kind == ARRAY:
            assert t.items is not None
            base = f"Array<{self.ts_type(t.items)}>"
        elif t.kind == MAP:
            assert t.items is not None
            base = f"Dict<{self.ts_type(t.items)}>"
        elif t.kind in (MODEL, ENUM) and t.ref:
            base = self.type_name(t.ref)
        else:
            base = PRIMITIVE_TYPES[t.kind]
        return base

    @staticmethod
    def mods(t: TypeRef) -> str:
        m = "n" if t.nullable else ""
        if t.kind == ARRAY and t.items is not None:
            return m + "a" + Ctx.mods(t.items)
        if t.kind == MAP and t.items is not None:
            return m + "m" + Ctx.mods(t.items)
        return m

    def leaf(self, t: TypeRef) -> lay.Item:
        inner = innermost(t)
        if inner.has_const:
            return lay.string("any")
        if inner.kind == UNION:
            # the members a value may match, in order; a member with lists, maps or null
            # of its own is not told apart at run time (checked as any)
            if any(m.kind in (ARRAY, MAP, UNION) or m.nullable or m.has_const for m in inner.members):
                return lay.string("any")
            return [self.leaf(m) for m in inner.members]
        if inner.kind in (MODEL, ENUM) and inner.ref:
            return self.type_name(inner.ref) + "$"
        return lay.string(LEAVES[inner.kind])

    def uses_dict(self, t: TypeRef) -> bool:
        while t.kind in (ARRAY, MAP) and t.items is not None:
            if t.kind == MAP:
                return True
            t = t.items
        return t.kind == UNION and any(self.uses_dict(m) for m in t.members)

    # -- docs ----------------------------------------------------------------------------
    def page(self, key: str) -> str:
        """docs/-relative page of a model or enum."""
        n = self.names[key]
        return f"sdk/models/{n.namespace}/{n.page}.md"

    def doc_type(self, t: TypeRef, up: str) -> str:
        if t.kind == ARRAY and t.items is not None:
            return self.doc_type(t.items, up) + "[]"
        if t.kind == MAP and t.items is not None:
            return f"Record<string, {self.doc_type(t.items, up)}>"
        if t.kind == UNION and t.members:
            return " \\| ".join(self.doc_type(m, up) for m in t.members)
        if t.has_const:
            return md.code_span(lay.literal(t.const))
        if t.kind in (MODEL, ENUM) and t.ref:
            n = self.names[t.ref]
            return md.link(f"{n.namespace}.{n.name}", up + self.page(t.ref))
        return f"*{PRIMITIVE_TYPES[t.kind]}*"

    # -- example values ------------------------------------------------------------------
    def field_name(self, f: Field) -> str:
        return tn.field_name(f)

    def example_value(self, t: TypeRef, wire: str = "", spec: Any = None, has: bool = False) -> Any:
        if has and _matches(self.api, t, spec):
            return self.rekey(spec, t)
        return ex.example(self.api, t, EXAMPLES, wire, None, False, self.field_name)

    def rekey(self, value: Any, t: TypeRef | None) -> Any:
        """A wire-keyed spec example re-keyed with TypeScript field names."""
        if t is None or value is None:
            return value
        if t.kind == MODEL and t.ref and isinstance(value, dict):
            fields = {f.names.wire: f for f in self.api.model(t.ref).fields}
            return {(self.field_name(fields[k]) if k in fields else k): self.rekey(v, fields[k].type if k in fields
                                                                                    else None)
                    for k, v in value.items()}
        if t.kind == ARRAY and isinstance(value, list):
            return [self.rekey(v, t.items) for v in value]
        return value


def _matches(api: Api, t: TypeRef, value: Any) -> bool:
    """A spec example that a TypeScript compiler would accept for the type."""
    if value is None:
        return t.nullable
    if t.kind == STRING or t.kind == ENUM:
        return isinstance(value, str) or (t.kind == ENUM and isinstance(value, int))
    if t.kind in (INTEGER, NUMBER):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t.kind == BOOLEAN:
        return isinstance(value, bool)
    if t.kind == UNION:
        return any(_matches(api, m, value) for m in t.members)
    if t.kind == ARRAY and t.items is not None:
        return isinstance(value, list) and all(_matches(api, t.items, v) for v in value)
    if t.kind == MODEL and t.ref:
        if not isinstance(value, dict):
            return False
        fields = {f.names.wire: f for f in api.model(t.ref).fields}
        return all(k in fields and _matches(api, fields[k].type, v) for k, v in value.items())
    return t.kind == ANY


def ts_value(value: Any, indent: int) -> str:
    """An example value as TypeScript source: objects one key a line."""
    pad = lay.INDENT * indent
    if isinstance(value, Code):
        return str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        rows = [f"{pad}{lay.INDENT}{lay.key(k)}: {ts_value(v, indent + 1)}," for k, v in value.items()]
        return "{\n" + "\n".join(rows) + "\n" + pad + "}"
    if isinstance(value, list):
        if any(isinstance(v, (dict, list)) for v in value):
            rows = [f"{pad}{lay.INDENT}{ts_value(v, indent + 1)}," for v in value]
            return "[\n" + "\n".join(rows) + "\n" + pad + "]"
        return "[" + ", ".join(ts_value(v, indent) for v in value) + "]"
    return lay.literal(value)


# -- models ------------------------------------------------------------------------------------
@dataclass
class Imports:
    """Import lines of one module, by module path: value names and type-only names."""

    here: str  # the module's path under src/, e.g. sdk/models/operations/creategeneration
    values: dict[str, set[str]] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)
    namespaces: dict[str, str] = field(default_factory=dict)  # module -> `import type * as <name>`

    def value(self, module: str, name: str) -> None:
        self.values.setdefault(module, set()).add(name)

    def type(self, module: str, name: str) -> None:
        self.types.setdefault(module, set()).add(name)

    def namespace(self, module: str, name: str) -> None:
        self.namespaces[module] = name

    def names(self) -> set[str]:
        """Every name the imports bring into the module."""
        return {n for group in (*self.values.values(), *self.types.values()) for n in group}

    def lines(self) -> list[str]:
        out = [f"import type * as {name} from {lay.string(_relative(self.here, module))};"
               for module, name in sorted(self.namespaces.items())]
        for module in sorted(set(self.values) | set(self.types), key=lambda m: (not m.startswith("."), m)):
            rel = _relative(self.here, module)
            vals = sorted(self.values.get(module, set()))
            typs = sorted(self.types.get(module, set()) - set(vals))
            if vals:
                out.append(lay.imports(vals + [f"type {t}" for t in typs], rel))
            else:
                out.append(lay.imports(typs, rel, type_only=True))
        return out


def _relative(here: str, target: str) -> str:
    """Relative ESM specifier from src/<here>.ts to src/<target>.ts."""
    a = here.split("/")[:-1]
    b = target.split("/")
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
        i += 1
    ups = len(a) - i
    prefix = "./" if ups == 0 else "../" * ups
    return prefix + "/".join(b[i:]) + ".js"


def _model_module(ctx: Ctx, key: str) -> str:
    n = ctx.names[key]
    return f"sdk/models/{n.namespace}/{n.module}"


def _need(ctx: Ctx, imports: Imports, t: TypeRef, value: bool) -> None:
    """Imports for the types (and shapes, when `value`) a type mentions."""
    for key in referenced(t):
        module = _model_module(ctx, key)
        if module == imports.here:
            continue
        imports.type(module, ctx.type_name(key))
        if value:
            imports.value(module, ctx.type_name(key) + "$")
    if ctx.uses_dict(t):
        imports.type("lib/schema", "Dict")


def _field_view(ctx: Ctx, f: Field, imports: Imports) -> dict[str, Any]:
    name = ctx.field_name(f)
    optional = not f.required or f.has_default
    _need(ctx, imports, f.type, True)
    spec: list[lay.Item] = [lay.string(name), lay.string(f.names.wire),
                            lay.string(("r" if f.required else "o") + ctx.mods(f.type)), ctx.leaf(f.type)]
    if f.required and f.has_default:
        spec.append(lay.literal(f.default))
    head = f"  {lay.key(name)}{'?' if optional else ''}:"
    members = ctx.union_members(f.type)
    line = f"{head} {' | '.join(members)};"
    if len(line) > lay.WIDTH and len([m for m in members if m != "null"]) > 1:  # prettier breaks the union
        line = head + "".join(f"\n    | {m}" for m in members) + ";"
    return {
        "doc": lay.comment(f.description, 1) if not f.deprecated else lay.comment(
            (f.description + "\n\n" if f.description else "") + "@deprecated", 1),
        "line": line,
        "spec": spec,
    }


def model_view(ctx: Ctx, m: Model, imports: Imports) -> dict[str, Any]:
    name = ctx.type_name(m.id)
    fields = [_field_view(ctx, f, imports) for f in m.fields]
    imports.type("lib/schema", "Fields")
    return {
        "kind": "model",
        "name": name,
        "doc": lay.comment(m.description, 0),
        "fields": fields,
        "spec": lay.array([f["spec"] for f in fields], len("  return "), 1, 1),
    }


def enum_view(ctx: Ctx, e: Enum, imports: Imports) -> dict[str, Any]:
    name = ctx.type_name(e.id)
    values = [lay.literal(v.value) for v in e.values]
    rest = "(string & {})" if e.value_type == "string" else "(number & {})"
    imports.type("lib/schema", "Values")
    return {
        "kind": "enum",
        "name": name,
        "doc": lay.comment(e.description, 0),
        "alias": lay.union_alias(f"export type {name}", [*values, rest]),
        "spec": lay.array(list(values), len("  return "), 1, 1),
    }


def response_name(op: Operation) -> str:
    return tn.type_base(op) + "Response"


def _media_members(ctx: Ctx, kind: str | None, t: TypeRef, body: bool = False) -> list[str]:
    """TypeScript members of a body (`body`) or response of a media kind."""
    if kind == BINARY_MEDIA:
        return ["Blob"] if body else [MEDIA_KINDS_TS[BINARY_MEDIA]]
    if kind == TEXT_MEDIA:
        return ["string"]
    return ctx.union_members(t)


def _merged(parts: list[list[str]]) -> list[str]:
    out: list[str] = []
    for part in parts:
        out += [m for m in part if m not in out and m != "null"]
    if any("null" in part for part in parts):
        out.append("null")
    return out


def successes(op: Operation) -> list[Response]:
    return [r for r in op.responses if r.status.startswith("2")]


def documented_errors(op: Operation) -> list[Response]:
    return [r for r in op.responses if not r.status.startswith("2") and r.type is not None and r.kind]


def errors_name(op: Operation) -> str:
    return tn.type_base(op) + "Errors"


def options_name(op: Operation) -> str:
    return tn.type_base(op) + "Options"


def has_options(ctx: Ctx, op: Operation) -> bool:
    return ctx.ext and op.body is not None and len(op.body.media) > 1


def response_view(ctx: Ctx, op: Operation, imports: Imports) -> dict[str, Any]:
    obj = None
    errors = options = ""
    if not ctx.ext:
        if op.success is not None and op.success.type is not None:
            _need(ctx, imports, op.success.type, False)
            obj = ctx.ts_type(op.success.type)
        return {"kind": "response", "name": response_name(op), "object": obj, "errors": "", "options": ""}
    parts = []
    for r in successes(op):
        if r.type is not None and r.kind:
            if r.kind not in MEDIA_KINDS_TS:
                _need(ctx, imports, r.type, False)
            parts.append(_media_members(ctx, r.kind, r.type))
    obj = " | ".join(_merged(parts)) or None
    errs = documented_errors(op)
    if errs:
        # runtime types through namespaces (lower case): no clash with the spec's type names
        imports.namespace("lib/http", "sdk")
        imports.namespace("sdk/models/errors/index", "errors")
        members = ["sdk.APIError"]
        for r in errs:
            assert r.type is not None
            if r.kind not in MEDIA_KINDS_TS:
                _need(ctx, imports, r.type, False)
            data = "string" if r.kind in MEDIA_KINDS_TS else ctx.ts_type(r.type)
            members.append(f"errors.ErrorResponse<{lay.string(r.status)}, {data}>")
        errors = lay.union_alias(f"export type {errors_name(op)}", members)
    if has_options(ctx, op):
        assert op.body is not None
        imports.namespace("lib/http", "sdk")
        default = op.body.media[0].content_type
        head = "  contentType?:"
        types = [lay.string(m.content_type) for m in op.body.media]
        line = f"{head} {' | '.join(types)};"
        if len(line) > lay.WIDTH:
            line = head + "".join(f"\n    | {t}" for t in types) + ";"
        options = (f"export type {options_name(op)} = sdk.RequestOptions & {{\n"
                   + lay.comment(f"The media type of the request body (default: {default}).", 1) + line + "\n};")
    return {"kind": "response", "name": response_name(op), "object": obj, "errors": errors, "options": options}


# -- operations --------------------------------------------------------------------------------
@dataclass
class Arg:
    name: str
    ts_type: str
    required: bool
    location: str  # path | query | header | json | multipart
    wire: str
    type: TypeRef
    doc_type: str
    description: str
    example: Any


def op_args(ctx: Ctx, op: Operation) -> list[Arg]:
    """The positional arguments of an operation, in the documented order: required
    parameters, a required body, optional parameters, an optional body."""
    issues = []
    params = []
    for p in op.params:
        name = tn.member(p.names, variable=True)
        if name in RESERVED_ARGS or name in ("request", "requestBody"):
            issues.append(ctx.api.issue(p.pointer, f"parameter '{p.names.wire}' maps to '{name}', which every "
                                        "function of target typescript already has; rename it with x-ts-name"))
        location = f"{p.location} {p.style}{'*' if p.explode else ''}" if ctx.ext else p.location
        params.append(Arg(name, ctx.ts_type(p.type), p.required, location, p.names.wire, p.type,
                          ctx.doc_type(p.type, "../../"), md.cell(p.description) or "N/A",
                          ctx.example_value(p.type, p.names.wire, p.example, p.has_example)))
    if issues:
        raise CodegenError(issues)
    body = None
    if op.body is not None:
        location = "multipart" if op.body.content_type == "multipart/form-data" else "json"
        alone = not op.params
        required = alone or op.body.required
        if op.body.type.kind == MODEL and op.body.type.ref:
            style = FORM_EXAMPLES if location == "multipart" else EXAMPLES
            value = ex.model_example(ctx.api, ctx.api.model(op.body.type.ref), style, ctx.field_name)
        else:
            value = ctx.example_value(op.body.type)
        if op.body.has_example and _matches(ctx.api, op.body.type, op.body.example):
            value = ctx.rekey(op.body.example, op.body.type)
        body_type = ctx.ts_type(op.body.type)
        if ctx.ext:
            location = "body"
            body_type = " | ".join(_merged([_media_members(ctx, m.kind, m.type, True)
                                            for m in (op.body.media or (Media(op.body.content_type, op.body.kind,
                                                                              op.body.type),))]))
        doc = ctx.doc_type(op.body.type, "../../")
        if ctx.ext and len(op.body.media) > 1:
            doc = " \\| ".join(dict.fromkeys(
                "*Blob*" if m.kind == BINARY_MEDIA else "*string*" if m.kind == TEXT_MEDIA else
                ctx.doc_type(m.type, "../../") for m in op.body.media))
        body = Arg("request" if alone else "requestBody", body_type, required, location, "",
                   op.body.type, doc,
                   REQUEST_DOC if alone else (md.cell(op.body.description) or "N/A"), value)
    out = [a for a in params if a.required]
    if body is not None and body.required:
        out.append(body)
    out += [a for a in params if not a.required]
    if body is not None and not body.required:
        out.append(body)
    return out


def fn_name(group: str, op: Operation) -> str:
    return group + naming.upper_first(tn.method(op))


@dataclass
class OpView:
    op: Operation
    group: str  # the group property: image
    method: str  # createGeneration
    fn: str  # imageCreateGeneration
    args: list[Arg]
    response: str  # CreateGenerationResponse
    response_module: str
    summary_cell: str
    doc_description: str
    jsdoc: str  # at indent 1 (methods)
    jsdoc_fn: str  # at indent 0 (functions)
    deprecated: bool
    example_args: str
    anchor: str
    doc_dir: str
    doc_params: list[str] = field(default_factory=list)
    doc_response: str = ""
    errors_table: list[str] = field(default_factory=list)


def _jsdoc(op: Operation, indent: int, extra: str = "") -> str:
    text = "\n\n".join(t for t in (op.summary, op.description if op.description != op.summary else "") if t)
    if op.deprecated or extra:
        text = (text + "\n\n" if text else "") + "@deprecated" + (f" {extra}" if extra else "")
    return lay.comment(text, indent)


def op_view(ctx: Ctx, g: Group, op: Operation) -> OpView:
    args = op_args(ctx, op)
    prop = tn.group_prop(g)
    resp = response_name(op)
    shown = [a for a in args if a.required]
    example_args = ", ".join(ts_value(a.example, 1) for a in shown)
    rows = [[md.code_span(a.name), a.doc_type, _required_mark(a.required), a.description] for a in args]
    rows += [[c.format(up="../../") for c in row] for row in OPTION_ROWS]
    errors_table = ERRORS_TABLE
    if has_options(ctx, op):
        assert op.body is not None
        rows.append(["`options.contentType`", " \\| ".join(md.code_span(lay.string(m.content_type))
                                                             for m in op.body.media),
                     ":heavy_minus_sign:", f"The media type of the request body (default: "
                     f"`{op.body.media[0].content_type}`)."])
    if ctx.ext and documented_errors(op):
        errors_table = md.padded_table(["Error Object", "Status Code", "Content Type"], [
            ["errors.ErrorResponse", r.status, md.cell(r.content_type or "")] for r in documented_errors(op)
        ] + [["errors.SDKError", "4xx-5xx", "*/*"]])
    page = f"../../sdk/models/operations/{naming.flat_lower(resp)}.md"
    return OpView(
        op=op, group=prop, method=tn.method(op), fn=fn_name(prop, op), args=args, response=resp,
        response_module=f"sdk/models/operations/{naming.flat_lower(tn.type_base(op))}",
        summary_cell=md.cell(op.summary),
        doc_description=md.paragraph(op.description or op.summary),
        jsdoc=_jsdoc(op, 1), jsdoc_fn=_jsdoc(op, 0), deprecated=op.deprecated,
        example_args=example_args,
        anchor=md.anchor(tn.method(op)),
        doc_dir=tn.group_dir(g),
        doc_params=md.padded_table(["Parameter", "Type", "Required", "Description"], rows),
        doc_response=f"Promise\\<{md.link('operations.' + resp, page)}\\>",
        errors_table=errors_table,
    )


def _arg_imports(ctx: Ctx, view: OpView, imports: Imports) -> None:
    imports.type(view.response_module, view.response)
    if has_options(ctx, view.op):
        imports.type(view.response_module, options_name(view.op))
    for a in view.args:
        _need(ctx, imports, a.type, False)


def _params(view: OpView, first: str, options: str = "RequestOptions") -> list[str]:
    out = [first] if first else []
    for a in view.args:
        out.append(f"{a.name}{'' if a.required else '?'}: {a.ts_type}")
    return out + [f"options?: {options}"]


def _options_type(ctx: Ctx, op: Operation) -> str:
    return options_name(op) if has_options(ctx, op) else "RequestOptions"


def _wire_spec(ctx: Ctx, op: Operation, imports: Imports) -> str:
    """The `wire({...})` of an operation on the extended runtime (lib/wire.ts)."""
    imports.value("lib/wire", "wire")
    security: lay.Item = [[lay.string(scheme_option(ctx.scheme(n))) for n in alt] for alt in op.security]
    media: list[lay.Item] = []
    for m in (op.body.media if op.body is not None else ()):
        if m.kind in MEDIA_KINDS_TS:
            media.append([lay.string(m.content_type), lay.string(m.kind), lay.string("r"), lay.string("any")])
        else:
            _need(ctx, imports, m.type, True)
            media.append([lay.string(m.content_type), lay.string(m.kind), lay.string("r" + ctx.mods(m.type)),
                          ctx.leaf(m.type)])
    responses: list[lay.Item] = []
    accept: list[str] = []
    for r in op.responses:
        if r.type is None or not r.kind:
            responses.append([lay.string(r.status), '""', '""', lay.string("any")])
            continue
        if r.status.startswith("2") and r.content_type and r.content_type not in accept:
            accept.append(r.content_type)
        if r.kind in MEDIA_KINDS_TS:
            responses.append([lay.string(r.status), lay.string(r.kind), '""', lay.string("any")])
        else:
            _need(ctx, imports, r.type, True)
            responses.append([lay.string(r.status), lay.string(r.kind), lay.string(ctx.mods(r.type)),
                              ctx.leaf(r.type)])
    rows = [
        "    security: " + lay.array(security, len("    security: "), 2, 1) + ",",
        "    media: " + lay.array(media, len("    media: "), 2, 1) + ",",
        "    responses: " + lay.array(responses, len("    responses: "), 2, 1) + ",",
        "    accept: " + lay.string(", ".join(accept) or "*/*") + ",",
    ]
    return "wire({\n" + "\n".join(rows) + "\n  })"


def func_file(ctx: Ctx, view: OpView) -> dict[str, Any]:
    imports = Imports(f"funcs/{view.fn}")
    for name in ("APIError", "ClientCore", "OperationSpec", "RequestOptions"):
        imports.type("lib/http", name)
    imports.value("lib/http", "invoke")
    imports.type("types/fp", "Result")
    _arg_imports(ctx, view, imports)
    op = view.op
    spec_args: list[lay.Item] = []
    for a in view.args:
        _need(ctx, imports, a.type, True)  # the shape of every argument is in the spec below
        spec_args.append([lay.string(a.wire), lay.string(a.location),
                          lay.string(("r" if a.required else "o") + ctx.mods(a.type)), ctx.leaf(a.type)])
    response = "undefined"
    wire = ""
    errors = "APIError"
    if ctx.ext:
        wire = _wire_spec(ctx, op, imports)
        if documented_errors(op):
            errors = errors_name(op)
            imports.type(view.response_module, errors)
    elif op.success is not None and op.success.type is not None:
        _need(ctx, imports, op.success.type, True)
        response = lay.array([lay.string(ctx.mods(op.success.type)), ctx.leaf(op.success.type)],
                             len("  response: "), 1, 1)
    call = lay.Call("invoke", ["client", "OPERATION", [a.name for a in view.args], "options"])
    return {
        "imports": imports.lines(),
        "method": op.method,
        "path": lay.string(op.path),
        "args": lay.array(spec_args, len("  args: "), 1, 1),
        "response": response,
        "secured": "true" if op.secured else "false",
        "wire": wire,
        "signature": lay.signature(f"export function {view.fn}",
                                   _params(view, "client: ClientCore", _options_type(ctx, op)),
                                   f": Promise<Result<{view.response}, {errors}>> {{", 0),
        "call": "  return " + lay.call(call, len("  return "), 1, 1) + ";",
    }


def method_view(ctx: Ctx, view: OpView, fn: str, jsdoc: str) -> dict[str, Any]:
    inner = lay.Call(f"f.{fn}", ["this.#core", *[a.name for a in view.args], "options"])
    outer = lay.Call("unwrapAsync", [inner])
    return {
        "jsdoc": jsdoc,
        "signature": lay.signature(f"async {view.method}", _params(view, "", _options_type(ctx, view.op)),
                                   f": Promise<{view.response}> {{", 1),
        "body": "    return " + lay.call(outer, len("    return "), 2, 1) + ";",
    }


def group_file(ctx: Ctx, class_name: str, here: str, methods: list[tuple[OpView, str, str]]) -> dict[str, Any]:
    imports = Imports(here)
    imports.type("lib/http", "ClientCore")
    imports.type("lib/http", "RequestOptions")
    imports.value("types/fp", "unwrapAsync")
    out = []
    for view, fn, jsdoc in methods:
        _arg_imports(ctx, view, imports)
        out.append(method_view(ctx, view, fn, jsdoc))
    # the functions (and the models they check responses with) load on the first call
    lazy = "sdk/lazy/" + here.rsplit("/", 1)[-1]
    return {"imports": imports.lines(), "class_name": class_name, "methods": out,
            "lazy": _relative(here, lazy), "lazy_path": f"src/{lazy}.ts",
            "lazy_exports": sorted({_relative(lazy, f"funcs/{fn}") for _, fn, _ in methods})}


# -- docs of models ----------------------------------------------------------------------------
def model_doc(ctx: Ctx, m: Model) -> dict[str, Any]:
    up = "../../../"
    rows = [[md.code_span(ctx.field_name(f)), ctx.doc_type(f.type, up), _required_mark(f.required and not f.has_default),
             md.cell(f.description) or "N/A"] for f in m.fields]
    n = ctx.names[m.id]
    value = ex.model_example(ctx.api, m, EXAMPLES, ctx.field_name)
    return {"title": n.name, "description": md.paragraph(m.description), "heading": "Fields",
            "import": f"{ctx.pkg}/sdk/models/{n.namespace}", "example": f"let value: {n.name} = {ts_value(value, 0)};",
            "table": md.padded_table(["Field", "Type", "Required", "Description"], rows), "note": ""}


def enum_doc(ctx: Ctx, e: Enum) -> dict[str, Any]:
    n = ctx.names[e.id]
    rows = [[md.code_span(lay.literal(v.value))] for v in e.values]
    return {"title": n.name, "description": md.paragraph(e.description), "heading": "Values",
            "import": f"{ctx.pkg}/sdk/models/{n.namespace}",
            "example": f"let value: {n.name} = {lay.literal(e.values[0].value)};",
            "table": md.padded_table(["Value"], rows),
            "note": "This is an open enum: a value the spec does not list is kept as it is."}


def response_doc(ctx: Ctx, op: Operation) -> dict[str, Any]:
    rows = [
        ["`contentType`", "*string*", _required_mark(True), "HTTP response content type for this operation"],
        ["`statusCode`", "*number*", _required_mark(True), "HTTP response status code for this operation"],
        ["`rawResponse`", md.link("Response", "https://developer.mozilla.org/en-US/docs/Web/API/Response"),
         _required_mark(True), "Raw HTTP response; suitable for custom response parsing"],
    ]
    if op.success is not None and op.success.type is not None:
        rows.append(["`object`", ctx.doc_type(op.success.type, "../../../"), _required_mark(False),
                     md.cell(op.success.description) or "N/A"])
    return {"title": response_name(op), "description": "", "heading": "Fields", "import": "", "example": "",
            "table": md.padded_table(["Field", "Type", "Required", "Description"], rows), "note": ""}


# -- the file plan -----------------------------------------------------------------------------
def _former_groups(ctx: Ctx, views: dict[str, OpView]) -> list[dict[str, Any]]:
    out = []
    taken = {v.group for v in views.values()}
    for i, (former, op_ids) in enumerate(ctx.target.former_groups):
        unknown = [o for o in op_ids if o not in views]
        if unknown or former in taken:
            why = f"unknown operationIds: {', '.join(unknown)}" if unknown else f"'{former}' is a current group"
            raise CodegenError([Issue(f"spec/{ctx.api.name}/codegen.yaml", f"#/targets/former_groups/{former}", why)])
        ops = sorted((views[o] for o in op_ids), key=lambda v: v.method.lower())
        class_name = naming.upper_first(former)
        moved = [(v, v.fn, _jsdoc(v.op, 1, f"Use `{ctx.client_var}.{v.group}.{v.method}` instead.")) for v in ops]
        targets = sorted({v.group for v in ops})
        out.append({"prop": former, "class_name": class_name, "module": former, "ops": ops,
                    "moved_to": ", ".join(f"`{t}`" for t in targets), "doc_dir": naming.flat_lower(class_name),
                    "file": group_file(ctx, class_name, f"sdk/{former}", moved), "index": i})
    return out


def check_names(ctx: Ctx) -> None:
    """Every TypeScript scope holds each name once: types, fields of a model, arguments of an
    operation, methods of a group, group properties, standalone functions."""
    api = ctx.api
    issues = ctx.table.issues()
    issues += tn.issues(api, ctx.table, ctx.target.sdk_class)
    for m in api.models:
        issues += tn.unique(api, [(tn.field_name(f), f.pointer, f"property '{f.names.wire}'") for f in m.fields],
                            "one model")
    for op in api.operations:
        issues += tn.unique(api, [(tn.member(p.names, variable=True), p.pointer, f"parameter '{p.names.wire}'")
                                  for p in op.params], f"the arguments of {op.operation_id}")
    for g in api.groups:
        issues += tn.unique(api, [(tn.method(op), op.pointer, f"operation '{op.operation_id}'")
                                  for op in g.operations], f"group {g.tag}")
    issues += tn.unique(api, [(tn.group_prop(g), g.pointer, f"tag '{g.tag}'") for g in api.groups], "the client")
    issues += tn.unique(api, [(fn_name(tn.group_prop(g), op), op.pointer, f"operation '{op.operation_id}'")
                              for g in api.groups for op in g.operations], "funcs/")
    if ctx.ext:
        options = [(scheme_option(sc), sc.pointer, f"security scheme '{sc.names.wire}'") for sc in api.schemes]
        issues += tn.unique(api, options, "the client options")
        issues += [api.issue(sc.pointer, f"security scheme '{sc.names.wire}' maps to the client option "
                             f"'{scheme_option(sc)}', which every client has; rename it with x-ts-name")
                   for sc in api.schemes if scheme_option(sc) in BASE_OPTIONS]
    if issues:
        raise CodegenError(issues)


def options_file(ctx: Ctx) -> dict[str, Any]:
    """src/lib/options.ts of an SDK on the extended runtime: the client options (one per
    security scheme, server variables) and the schemes as lib/security.ts reads them."""
    api = ctx.api
    rows = []
    schemes = []
    for sc in api.schemes:
        name = scheme_option(sc)
        doc = AUTH_DOCS[sc.kind] + f" (security scheme `{sc.names.wire}`)." + (
            "\n\n" + sc.description if sc.description else "")
        rows.append(lay.comment(doc, 1) + f"  {lay.key(name)}?: {AUTH_TYPES[sc.kind]} | undefined;")
        item: lay.Item = [lay.string(sc.kind), lay.string(sc.location),
                          lay.string(sc.param_name), lay.string(sc.token_url),
                          [lay.string(x) for x in sc.scopes]]
        schemes.append(f"  {lay.key(name)}: " + lay.array(item, len(f"  {lay.key(name)}: "), 1, 1) + ",")
    variables = []
    for v in api.server_variables:
        t = " | ".join(lay.string(x) for x in v.values) if v.values else "string"
        doc = (v.description + "\n\n" if v.description else "") + f"Default: {v.default}."
        variables.append(lay.comment(doc, 2) + f"    {lay.key(v.name)}?: {t} | undefined;")
    defaults = [f"  {lay.key(v.name)}: {lay.string(v.default)}," for v in api.server_variables]
    types = sorted({t for sc in api.schemes for t in AUTH_TYPES[sc.kind].split(" | ")})
    return {"rows": rows, "schemes": schemes, "variables": variables, "defaults": defaults,
            "imports": lay.imports(sorted(types + ["Scheme"]), "./security.js", type_only=True)}


def warnings(api: Api, target: Target) -> list[Issue]:
    """Tags the naming table numbered to tell them apart (printed with the spec's warnings)."""
    return tn.settle_groups(api)


def files(api: Api, target: Target) -> list[OutputFile]:
    ctx = Ctx(api, target)
    check_names(ctx)
    header = lay.comment(HEADER.format(source=api.source), 0).replace("/**", "/*", 1)
    views: dict[str, OpView] = {}
    groups: list[dict[str, Any]] = []
    for g in api.groups:
        ops = sorted((op_view(ctx, g, op) for op in g.operations), key=lambda v: v.method.lower())
        for v in ops:
            views[v.op.operation_id] = v
        groups.append({"group": g, "prop": tn.group_prop(g), "class_name": ctx.group_class(g),
                       "module": tn.group_prop(g), "doc_dir": tn.group_dir(g),
                       "description": md.paragraph(g.description), "jsdoc": lay.comment(g.description, 1),
                       "ops": ops})
    former = _former_groups(ctx, views)
    first = groups[0]["ops"][0] if groups and groups[0]["ops"] else None
    common: dict[str, Any] = {
        "api": api, "target": target, "ctx": ctx, "header": header, "groups": groups, "former": former,
        "token_placeholder": TOKEN_PLACEHOLDER, "errors_table": ERRORS_TABLE, "first": first,
        "secured": ctx.secured, "api_title": md.paragraph(api.title) or api.name,
        "api_description": md.paragraph(api.description),
        "header_line": HEADER.format(source=api.source),
        "install_path": f"generated/{api.name}/{target.name}",
        "tarball": f"{target.package.lstrip('@').replace('/', '-')}-{target.version}.tgz",
    }
    out: list[OutputFile] = []

    def add(path: str, template: str, **extra: Any) -> None:
        out.append(OutputFile(PurePosixPath(path), template, {**common, **extra}))

    user_agent = f"{target.package}/{target.version} typescript"
    add("package.json", "package.json.jinja", text=json.dumps(_package_json(api, target), indent=2, ensure_ascii=False))
    add("tsconfig.json", "tsconfig.json.jinja")
    add("src/lib/config.ts", "config.ts.jinja", lines=[
        lay.assign("export const SERVER_URL", lay.string(api.server_template if ctx.ext and api.server_template
                                                         else api.server_url)),
        lay.assign("export const SDK_VERSION", lay.string(target.version)),
        lay.assign("export const USER_AGENT", lay.string(user_agent)),
    ])
    if ctx.ext:
        add("src/lib/options.ts", "options.ts.jinja", o=options_file(ctx))
    add("src/sdk/models/errors/index.ts", "errors_index.ts.jinja")
    add("src/core.ts", "core.ts.jinja")
    add("src/sdk/sdk.ts", "sdk.ts.jinja")
    for gv in groups:
        methods = [(v, v.fn, v.jsdoc) for v in gv["ops"]]
        f = group_file(ctx, gv["class_name"], f"sdk/{gv['module']}", methods)
        add(f"src/sdk/{gv['module']}.ts", "group.ts.jinja", f=f)
        add(f["lazy_path"], "lazy.ts.jinja", f=f)
    for fg in former:
        add(f"src/sdk/{fg['module']}.ts", "group.ts.jinja", f=fg["file"])
        add(fg["file"]["lazy_path"], "lazy.ts.jinja", f=fg["file"])
    for v in views.values():
        add(f"src/funcs/{v.fn}.ts", "func.ts.jinja", view=v, f=func_file(ctx, v))

    # models: one module per operation (its inline models and its response), one per component
    modules: dict[str, list[dict[str, Any]]] = {}
    module_imports: dict[str, Imports] = {}

    def module_of(key: str) -> tuple[list[dict[str, Any]], Imports]:
        path = _model_module(ctx, key)
        return modules.setdefault(path, []), module_imports.setdefault(path, Imports(path))

    for m in api.models:
        items, imports = module_of(m.id)
        items.append(model_view(ctx, m, imports))
    for e in api.enums:
        items, imports = module_of(e.id)
        items.append(enum_view(ctx, e, imports))
    for op in api.operations:
        path = views[op.operation_id].response_module
        items = modules.setdefault(path, [])
        imports = module_imports.setdefault(path, Imports(path))
        items.append(response_view(ctx, op, imports))
    namespaces: dict[str, list[str]] = {"operations": [], "shared": []}
    for path in sorted(modules):
        items = sorted(modules[path], key=lambda i: i["name"])
        # a spec type named Response hides the fetch API's
        shadowed = "Response" in module_imports[path].names() | {i["name"] for i in items}
        add(f"src/{path}.ts", "models.ts.jinja", items=items, imports=module_imports[path].lines(),
            raw_response="globalThis.Response" if shadowed else "Response")
        ns, stem = path.split("/")[2:4]
        namespaces[ns].append(stem)
    for ns, stems in namespaces.items():
        if stems:
            add(f"{MODELS_DIR}/{ns}/index.ts", "models_index.ts.jinja", stems=stems)
    add("src/index.ts", "index.ts.jinja", namespaces=[ns for ns, stems in namespaces.items() if stems])
    for rel in runtime_files(TEMPLATE, "runtime"):
        out.append(OutputFile(PurePosixPath(rel.removeprefix("runtime/")), verbatim=rel))
    if ctx.ext:
        for rel in runtime_files(TEMPLATE, "runtime-ext"):
            out.append(OutputFile(PurePosixPath(rel.removeprefix("runtime-ext/")), verbatim=rel))

    # docs
    add("README.md", "README.md.jinja")
    for gv in groups:
        add(f"docs/sdks/{gv['doc_dir']}/README.md", "group.md.jinja", g=gv)
    for fg in former:
        add(f"docs/sdks/{naming.flat_lower(fg['class_name'])}/README.md", "former_group.md.jinja", fg=fg)
    for m in api.models:
        add(f"docs/{ctx.page(m.id)}", "model.md.jinja", page=model_doc(ctx, m))
    for e in api.enums:
        add(f"docs/{ctx.page(e.id)}", "model.md.jinja", page=enum_doc(ctx, e))
    for op in api.operations:
        add(f"docs/sdk/models/operations/{naming.flat_lower(response_name(op))}.md", "model.md.jinja",
            page=response_doc(ctx, op))
    add("docs/lib/utils/retryconfig.md", "retryconfig.md.jinja")
    return out


def _package_json(api: Api, target: Target) -> dict[str, Any]:
    def entry(path: str) -> dict[str, str]:
        return {"types": f"./dist/{path}.d.ts", "default": f"./dist/{path}.js"}

    return {
        "name": target.package,
        "version": target.version,
        "description": f"TypeScript SDK for {api.title or api.name}",
        "type": "module",
        "sideEffects": False,
        "main": "./dist/index.js",
        "types": "./dist/index.d.ts",
        "exports": {
            ".": entry("index"),
            "./sdk/models/errors": entry("sdk/models/errors/index"),
            "./sdk/models/operations": entry("sdk/models/operations/index"),
            "./sdk/models/shared": entry("sdk/models/shared/index"),
            "./*.js": entry("*"),
            "./package.json": "./package.json",
        },
        "files": ["dist", "docs", "README.md"],
        "scripts": {"build": "tsc -p tsconfig.json"},
        "devDependencies": {"typescript": TYPESCRIPT_VERSION},
        "engines": {"node": ">=20"},
    }
