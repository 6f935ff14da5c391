"""build_ir: the only code that reads raw spec dicts.

Every type a target prints is decided here, and the name material each target
derives its own identifiers from (codegen/targets/python_names.py for Python); anything
the IR cannot represent is reported as an Issue with its pointer, so templates never
meet a surprise.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from . import naming
from .errors import CodegenError, Issue, pointer_join
from .ir import (
    ANY,
    Alias,
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
    Api,
    Body,
    Context,
    Enum,
    EnumValue,
    Field,
    Group,
    Model,
    Names,
    Operation,
    Param,
    Renamed,
    Response,
    Security,
    SecurityScheme,
    Server,
    ServerVariable,
    TypeRef,
    Media,
    JSON_MEDIA,
    FORM_MEDIA,
    MULTIPART_MEDIA,
    TEXT_MEDIA,
    BINARY_MEDIA,
    HTTP_BEARER,
    HTTP_BASIC,
    API_KEY,
    OAUTH2,
    OPENID,
)
from .load import Document, SpecFile, display_path
from .settings import Settings

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PATH_ITEM_KEYS = {"summary", "description", "servers", "parameters", *METHODS}
_OPERATION_KEYS = {
    "tags",
    "summary",
    "description",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "deprecated",
    "security",
    "externalDocs",
    "servers",
}
# Schema keywords the IR represents (or that leave the output unchanged).
_SCHEMA_KEYS = {
    "type",
    "format",
    "title",
    "description",
    "nullable",
    "default",
    "example",
    "enum",
    "properties",
    "required",
    "items",
    "additionalProperties",
    "deprecated",
    "readOnly",
    "writeOnly",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "externalDocs",
    # OpenAPI 3.1 / JSON Schema keywords the IR represents or that do not change the value's type
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "discriminator",
    "const",
    "examples",
    "xml",
    "$schema",
    "$id",
    "$comment",
    "$anchor",
    "contentEncoding",
    "contentMediaType",
    "minProperties",
    "maxProperties",
}
_PARAM_KEYS = {
    "name",
    "in",
    "required",
    "description",
    "schema",
    "example",
    "examples",
    "deprecated",
    "allowEmptyValue",
    "style",
    "explode",
    "content",
    "allowReserved",
}
# the styles each location allows, the first its default (OpenAPI 3 "Style Values")
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}


def media_kind(content_type: str, schema: Any = None) -> str:
    """The kind of a media type: JSON (application/json, */*+json, with parameters), form,
    multipart, text (text/*, XML) or binary (everything else)."""
    base = content_type.split(";", 1)[0].strip().lower()
    if base.endswith("/json") or base.endswith("+json") or base in ("application/x-json", "text/x-json"):
        return JSON_MEDIA
    if base == "application/x-www-form-urlencoded":
        return FORM_MEDIA
    if base.startswith("multipart/"):
        return MULTIPART_MEDIA
    binary_schema = isinstance(schema, dict) and schema.get("format") == "binary"
    if base in ("*/*", "application/*", "*") and isinstance(schema, dict) and schema and not binary_schema:
        # a wildcard with a structured schema: servers answer JSON
        return JSON_MEDIA if schema.get("type") not in ("string",) else TEXT_MEDIA
    if base.startswith("text/") or base.endswith("/xml") or base.endswith("+xml") or base in (
            "application/javascript", "application/x-ndjson", "application/yaml", "application/x-yaml",
            "application/jsonl", "application/x-jsonlines", "application/csv", "application/graphql",
            "application/sql"):
        return BINARY_MEDIA if binary_schema else TEXT_MEDIA
    return BINARY_MEDIA


_KIND_ORDER = {JSON_MEDIA: 0, FORM_MEDIA: 1, MULTIPART_MEDIA: 2, TEXT_MEDIA: 3, BINARY_MEDIA: 4}


def renames(node: Any) -> tuple[tuple[str, str], ...]:
    """The x-<lang>-name extensions of a spec node: (("py", "user"), ("ts", "theUser"))."""
    if not isinstance(node, dict):
        return ()
    out = []
    for key in sorted(node):
        if key.startswith("x-") and key.endswith("-name") and isinstance(node[key], str):
            lang = key[2:-5]
            if lang and "-" not in lang:
                out.append((lang, node[key]))
    return tuple(out)


def make_names(wire: str, node: Any = None, source: str | None = None) -> Names:
    """Name material of a spec name; `node` carries its x-<lang>-name renames."""
    text = wire if source is None else source
    return Names(wire=wire, source=text, words=tuple(naming.words(text)), renames=renames(node))


class _Locations(dict[str, tuple[str, int | None]]):
    """pointer -> (file as shown in messages, line). The line is looked up when a message
    asks for it: finding lines means walking every node of the spec, which a spec that
    builds without a problem never needs (a large share of the time on big specs)."""

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self._doc = doc
        self._files: dict[str, SpecFile] = {}

    def note(self, file: SpecFile, pointer: str) -> None:
        self._files.setdefault(pointer, file)

    def __missing__(self, pointer: str) -> tuple[str, int | None]:
        file = self._files[pointer]  # KeyError for a pointer never noted
        found = self[pointer] = (file.name, self._doc.line(file, pointer))
        return found

    def get(self, pointer: str, default: Any = None) -> Any:
        try:
            return self[pointer]
        except KeyError:
            return default

    def __contains__(self, pointer: object) -> bool:
        return pointer in self._files


def _field_refs(model: Model) -> set[str]:
    """The ids a model's fields refer to (directly, in a list, map or union), each once."""
    out: set[str] = set()
    stack: list[TypeRef] = [f.type for f in model.fields]
    while stack:
        t = stack.pop()
        if t.ref is not None:
            out.add(t.ref)
        if t.items is not None:
            stack.append(t.items)
        stack.extend(t.members)
    return out


class _Builder:
    def __init__(self, doc: Document, settings: Settings, source: str) -> None:
        self.doc = doc
        self.settings = settings
        self.source = source
        self.issues: list[Issue] = []
        self.models: dict[str, Model] = {}  # by id (set through _set_model: keeps _used_by)
        # model id -> how many models' fields refer to it now (directly, in a list, map or union):
        # `_referenced` looks it up instead of walking every model (allOf-heavy specs: quadratic)
        self._used_by: dict[str, int] = {}
        self.enums: dict[str, Enum] = {}
        self.by_pointer: dict[tuple[str, str], TypeRef] = {}  # component schema -> its type
        self.locations = _Locations(doc)  # pointer -> (file, line)
        self.resolving: set[tuple[str, str]] = set()  # $ref targets being built (recursion guard)
        self.pending: set[str] = set()  # allOf models registered before their members are merged
        # models whose schema has a discriminator (polymorphism through allOf): id -> where it is
        self.polymorphic: dict[str, tuple[SpecFile, str, Any]] = {}
        self.schemes: tuple[SecurityScheme, ...] = ()
        self.global_security: tuple[tuple[str, ...], ...] = ()
        self.spec_op_ids: set[Any] = set()

    # -- issues ---------------------------------------------------------------------------
    def error(self, file: SpecFile, pointer: str, message: str) -> None:
        self.issues.append(self.doc.issue(file, pointer, message))

    def warn(self, file: SpecFile, pointer: str, message: str) -> None:
        self.issues.append(self.doc.issue(file, pointer, message, "warning"))

    # -- $ref -----------------------------------------------------------------------------
    def deref(self, file: SpecFile, pointer: str, node: Any) -> tuple[SpecFile, str, Any]:
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                self.error(file, pointer_join(pointer, "$ref"), "$ref must be a string")
                return file, pointer, {}
            key = (file.name, ref)
            if key in seen:
                self.error(file, pointer, f"$ref cycle through '{ref}'")
                return file, pointer, {}
            seen.add(key)
            try:
                file, pointer, node = self.doc.resolve(ref, file)
            except KeyError as exc:
                self.error(file, pointer_join(pointer, "$ref"), f"unresolved reference: {exc.args[0]}")
                return file, pointer, {}
            except CodegenError as exc:
                self.issues.extend(exc.issues)
                return file, pointer, {}
        return file, pointer, node

    # -- identities -----------------------------------------------------------------------
    def locate(self, file: SpecFile, pointer: str) -> None:
        """Remember where a node is, for targets' messages about it."""
        self.locations.note(file, pointer)

    def schema_id(self, file: SpecFile, pointer: str, operation: str | None, taken: dict[str, Any]) -> str:
        """The neutral identity of a model or enum: its component name, or its pointer."""
        prefix = "#/components/schemas/"
        rest = pointer[len(prefix):]
        if file is self.doc.root and pointer.startswith(prefix) and "/" not in rest:
            return rest.replace("~1", "/").replace("~0", "~")
        sid = pointer if file is self.doc.root else f"{file.name}{pointer}"
        # an inline schema of a path-level parameter belongs to each operation of the path
        node = taken.get(sid)
        if node is not None and node.operation != operation and operation is not None:
            sid = f"{sid}@{operation}"
        return sid

    # -- schemas --------------------------------------------------------------------------
    def schema_type(
        self,
        file: SpecFile,
        pointer: str,
        node: Any,
        ctx: Context,
        namespace: str,
        operation: str | None,
    ) -> TypeRef:
        """The TypeRef of a schema; registers models and enums it defines.

        What the IR cannot represent faithfully becomes ANY with a warning naming the pointer.
        """
        if node is True or node == {}:
            return TypeRef(ANY)
        if not isinstance(node, dict):
            if node is False:
                self.warn(file, pointer, "the schema 'false' (no value allowed) is represented as any value")
                return TypeRef(ANY)
            self.error(file, pointer, "a schema must be a mapping")
            return TypeRef(ANY)
        if "$ref" in node:
            return self.ref_type(file, pointer, node, ctx, namespace, operation)
        nullable = node.get("nullable") is True
        typ = node.get("type")
        if isinstance(typ, list):  # OpenAPI 3.1: type: [string, "null"]
            types = [t for t in typ if t != "null"]
            nullable = nullable or "null" in typ
            if len(types) > 1:
                members = [self.schema_type(file, pointer, {**node, "type": t, "nullable": False}, ctx, namespace,
                                            operation) for t in types]
                return self._union(members, nullable)
            typ = types[0] if types else "null"
        if typ == "null":
            return TypeRef(ANY, True)
        if "enum" in node and isinstance(node.get("enum"), list) and None in node["enum"]:
            nullable = True
        for key in sorted(node):
            if key not in _SCHEMA_KEYS and not key.startswith("x-"):
                self.warn(file, pointer_join(pointer, key), f"keyword '{key}' is not represented; ignored")
        if "not" in node:
            self.warn(file, pointer_join(pointer, "not"), "'not' cannot be represented; the schema is any value")
            return TypeRef(ANY, nullable)
        if "discriminator" in node and "oneOf" not in node and "anyOf" not in node and "allOf" not in node \
                and not node.get("properties"):
            self.warn(file, pointer_join(pointer, "discriminator"), "a discriminator without oneOf/anyOf is not "
                                                                   "represented; values are parsed as this schema")
        if "allOf" in node:
            return self.all_of(file, pointer, node, ctx, namespace, operation)
        if "oneOf" in node or "anyOf" in node:
            return self.union_type(file, pointer, node, ctx, namespace, operation)
        if "const" in node:
            return self.const_type(file, pointer, node["const"], nullable)
        if "enum" in node:
            return self.enum_type(file, pointer, node, ctx, namespace, operation)
        if typ == "object" or (typ is None and ("properties" in node or "additionalProperties" in node)):
            if node.get("properties"):
                return self.model_type(file, pointer, node, ctx, namespace, operation)
            return self._map(file, pointer, node, ctx, namespace, operation, nullable)
        if typ == "array" or (typ is None and "items" in node):
            items_node = node.get("items")
            if items_node is None:  # JSON Schema: items of any type
                return TypeRef(ARRAY, nullable, items=TypeRef(ANY))
            items = self.schema_type(file, pointer_join(pointer, "items"), items_node, ctx, namespace, operation)
            return TypeRef(ARRAY, nullable, items=items, format=node.get("format"))
        fmt = node.get("format")
        if typ == "string":
            if fmt == "binary":
                return TypeRef(BINARY, nullable, format=fmt)
            return TypeRef(STRING, nullable, format=fmt)
        if typ == "integer":
            return TypeRef(INTEGER, nullable, format=fmt)
        if typ == "number":
            return TypeRef(NUMBER, nullable, format=fmt)
        if typ == "boolean":
            return TypeRef(BOOLEAN, nullable)
        if typ is None:
            return TypeRef(ANY, nullable)
        self.error(file, pointer_join(pointer, "type"), f"unknown type '{typ}'")
        return TypeRef(ANY, nullable)

    def _map(self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str,
             operation: str | None, nullable: bool) -> TypeRef:
        """An object without properties: a map of typed values, or a free-form object."""
        extra = node.get("additionalProperties")
        if "patternProperties" in node:
            return TypeRef(MAP, nullable, items=TypeRef(ANY))
        if isinstance(extra, dict) and extra:
            vctx = replace(ctx, steps=ctx.steps + 1)
            items = self.schema_type(file, pointer_join(pointer, "additionalProperties"), extra, vctx, namespace,
                                     operation)
            return TypeRef(MAP, nullable, items=items)
        return TypeRef(MAP, nullable, items=TypeRef(ANY))

    # keywords beside a $ref that describe the place, not the value: kept or harmless
    _REF_NOTES = frozenset({"description", "deprecated", "title", "default", "example", "examples", "readOnly",
                            "writeOnly", "nullable", "externalDocs", "summary", "$comment", "discriminator"})
    # keywords beside a $ref that shape the value: merged with the target like an allOf
    _REF_SHAPES = frozenset({"properties", "required", "allOf", "oneOf", "anyOf", "items", "additionalProperties",
                             "enum", "const"})

    def ref_type(self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str,
                 operation: str | None) -> TypeRef:
        siblings = sorted(k for k in node if k != "$ref" and not k.startswith("x-"))
        if any(k in self._REF_SHAPES for k in siblings):
            # OpenAPI 3.1 allows schema keywords beside $ref: they narrow it, as an allOf would
            rest = {k: v for k, v in node.items() if k != "$ref"}
            merged = {"allOf": [{"$ref": node["$ref"]}], **{k: v for k, v in rest.items() if k in self._REF_SHAPES
                                                            or k in ("description", "nullable", "title")}}
            return self.all_of(file, pointer, merged, ctx, namespace, operation, inline=rest)
        ignored = [k for k in siblings if k not in self._REF_NOTES and k not in _SCHEMA_KEYS]
        if ignored:
            self.warn(file, pointer, f"keywords beside $ref are not represented; ignored: {', '.join(ignored)}")
        rfile, rptr, rnode = self.deref(file, pointer, node)
        if rnode == {} and rptr == pointer:
            return TypeRef(ANY)
        key = (rfile.name, rptr)
        component = _component(rptr)
        if key in self.by_pointer:
            t = self._aliased(self.by_pointer[key], component, rnode)
        elif key in self.resolving and not self._is_named(rnode):
            # a union or a list that contains itself: only models can be recursive in the IR
            self.warn(file, pointer, f"'{node['$ref']}' refers to itself through a union or a list; "
                                     "represented as any value here")
            return TypeRef(ANY, True)
        else:
            self.resolving.add(key)
            if component is not None and (self._is_named(rnode) or self._is_union(rnode)):
                # a class of its own, or a union whose inline members are named after the component
                t = self.schema_type(rfile, rptr, rnode, Context("component", component), "shared", None)
            elif component is not None and self._holds_schemas(rnode):
                # a list or map component whose items are schemas of their own: those are the
                # component's (shared, named after it), whoever refers to it first; built in the
                # referring place they would live in one operation's module and the next operation
                # referring to the component could not see them (rudder.example.local.json)
                t = self.schema_type(rfile, rptr, rnode, Context("component", component), "shared", None)
            else:
                # a primitive alias (uuid, timestamp) or a list of those: inline its type
                t = self.schema_type(rfile, rptr, rnode, ctx, namespace, operation)
            self.resolving.discard(key)
            self.by_pointer[key] = t
            t = self._aliased(t, component, rnode)
        # `nullable: true` beside a $ref: this place also allows null
        return t.with_null() if node.get("nullable") is True else t

    def _aliased(self, t: TypeRef, component: str | None, node: Any) -> TypeRef:
        """A $ref to a component that is not a class of its own: the inlined type, marked with
        the alias it came from (Api.aliases lists the same component under that name)."""
        if component is None or self._is_named(node) or not isinstance(node, dict):
            return t
        return replace(t, alias=component)

    @staticmethod
    def _is_named(node: Any) -> bool:
        """A component becomes a class of its own when it is an object with properties, an allOf
        (merged into one model) or an enum."""
        return isinstance(node, dict) and ("enum" in node or bool(node.get("properties")) or "allOf" in node)

    @classmethod
    def _holds_schemas(cls, node: Any) -> bool:
        """An array or map schema whose items (at any depth of arrays and maps) are inline schemas
        that become classes of their own or unions."""
        while isinstance(node, dict) and "$ref" not in node:
            if cls._is_named(node) or cls._is_union(node):
                return True
            inner = node.get("items")
            if inner is None and isinstance(node.get("additionalProperties"), dict):
                inner = node["additionalProperties"]
            node = inner
        return False

    @staticmethod
    def _is_union(node: Any) -> bool:
        return isinstance(node, dict) and ("oneOf" in node or "anyOf" in node or isinstance(node.get("type"), list))

    def const_type(self, file: SpecFile, pointer: str, value: Any, nullable: bool) -> TypeRef:
        kinds = {str: STRING, bool: BOOLEAN, int: INTEGER, float: NUMBER}
        kind = kinds.get(type(value))
        if kind is None:
            if value is None:
                return TypeRef(ANY, True)
            self.warn(file, pointer_join(pointer, "const"), "a non-scalar const is represented as any value")
            return TypeRef(ANY, nullable)
        return TypeRef(kind, nullable, const=value, has_const=True)

    def enum_type(
        self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str, operation: str | None
    ) -> TypeRef:
        values = node.get("enum")
        nullable = node.get("nullable") is True or (isinstance(values, list) and None in values)
        if not isinstance(values, list) or not values:
            self.error(file, pointer_join(pointer, "enum"), "an enum needs a non-empty list of values")
            return TypeRef(STRING, nullable)
        kept = [v for v in values if v is not None]
        typ = node.get("type")
        if isinstance(typ, list):
            typ = next((t for t in typ if t != "null"), None)
        if not kept:
            return TypeRef(ANY, True)
        if all(isinstance(v, str) for v in kept):
            value_type = "string"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in kept):
            value_type = "integer"
        elif all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in kept):
            value_type = "mixed"
        else:
            # booleans, numbers, objects: typed as the schema's type, the values not checked
            self.warn(file, pointer_join(pointer, "enum"), "an enum of values other than strings and integers is "
                                                           "represented by its type; the values are not checked")
            plain = {k: v for k, v in node.items() if k != "enum"}
            return self.schema_type(file, pointer, plain, ctx, namespace, operation).with_null(nullable)
        declared = {"string": "string", "integer": "integer"}.get(value_type)
        if typ in ("string", "integer") and declared is not None and typ != declared:
            # values a value of the declared type can never equal: valid JSON Schema, but no
            # enum to generate; the schema is its plain type
            for i, v in enumerate(values):
                if v is not None and not (isinstance(v, str) if typ == "string" else isinstance(v, int)):
                    self.warn(file, pointer_join(pointer, "enum", i), f"enum value {v!r} is not of type '{typ}'; "
                                                                      f"the schema is represented as a plain {typ}")
            return TypeRef(STRING if typ == "string" else INTEGER, nullable)
        sid = self.schema_id(file, pointer, operation, self.enums)
        members: list[EnumValue] = []
        for i, v in enumerate(values):
            if v is None:
                continue
            self.locate(file, pointer_join(pointer, "enum", i))
            members.append(EnumValue(v))
        if sid not in self.enums:
            self.locate(file, pointer)
            common = _class_facts(sid, pointer, ctx, namespace, node, operation)
            self.enums[sid] = Enum(**common, values=tuple(members), value_type=value_type,
                                   deprecated=node.get("deprecated") is True)
        return TypeRef(ENUM, nullable, ref=sid)

    # -- oneOf / anyOf ----------------------------------------------------------------------
    def union_type(self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str,
                   operation: str | None) -> TypeRef:
        key = "oneOf" if "oneOf" in node else "anyOf"
        options = node.get(key)
        nullable = node.get("nullable") is True
        if not isinstance(options, list) or not options:
            self.error(file, pointer_join(pointer, key), f"'{key}' needs a non-empty list of schemas")
            return TypeRef(ANY, nullable)
        if node.get("properties"):
            # an object whose oneOf only says which of its properties go together: the object
            self.warn(file, pointer_join(pointer, key), f"'{key}' beside 'properties' is not represented; the "
                                                        "object is generated with all its properties")
            plain = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf", "discriminator")}
            return self.model_type(file, pointer, plain, ctx, namespace, operation)
        members: list[TypeRef] = []
        for i, option in enumerate(options):
            optr = pointer_join(pointer, key, i)
            if isinstance(option, dict) and (option.get("type") == "null" or option.get("enum") == [None]):
                nullable = True
                continue
            t = self.schema_type(file, optr, option, replace(ctx, option=i + 1), namespace, operation)
            if t.kind == ANY and t.nullable and not (isinstance(option, dict) and option):
                nullable = True
                continue
            members.append(t)
        t = self._union(members, nullable)
        if t.kind != UNION:
            return t
        return self._discriminated(file, pointer, node, t)

    @staticmethod
    def _union(members: list[TypeRef], nullable: bool) -> TypeRef:
        """One type of several: nullable members make the union nullable; repeats go; one member
        is the member itself; any member that is `any` makes it any."""
        out: list[TypeRef] = []
        for m in members:
            nullable = nullable or m.nullable
            m = m.without_null()
            if m not in out:
                out.append(m)
        if not out:
            return TypeRef(ANY, True)
        if any(m.kind == ANY for m in out):
            return TypeRef(ANY, nullable)
        if len(out) == 1:
            return out[0].with_null(nullable)
        return TypeRef(UNION, nullable, members=tuple(out))

    def _discriminated(self, file: SpecFile, pointer: str, node: dict[str, Any], t: TypeRef) -> TypeRef:
        disc = node.get("discriminator")
        if disc is None:
            return t
        dptr = pointer_join(pointer, "discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        if not isinstance(prop, str):
            self.error(file, dptr, "a discriminator needs a 'propertyName'")
            return t
        models = [m.ref for m in t.members if m.kind == MODEL and m.ref]
        mapping = self._explicit_mapping(file, dptr, disc, lambda mid: mid in models, "is not a model among the members")
        mapped = {m for _, m in mapping}
        for mid in models:  # members without a mapping entry: the const of their property, or their name
            model = self.models.get(mid)
            if mid in mapped or model is None:
                continue
            implied = self._implied_value(model, prop)
            if implied is not None:
                mapping.append((implied, mid))
        for mid in models:
            model = self.models.get(mid)
            if model is not None and model.fields and not any(f.names.wire == prop for f in model.fields):
                self.warn(file, dptr, f"member '{mid}' has no property '{prop}'; it is chosen by its shape")
        return replace(t, discriminator=prop, mapping=tuple(mapping))

    def _explicit_mapping(self, file: SpecFile, dptr: str, disc: dict[str, Any], accept: Callable[[str], bool],
                          refused: str) -> list[tuple[str, str]]:
        """A discriminator's explicit `mapping` as (value, model id) in spec order; a target that
        `accept` refuses is left out with a warning saying it `refused`."""
        explicit = disc.get("mapping") or {}
        if not isinstance(explicit, dict):
            self.error(file, pointer_join(dptr, "mapping"), "a discriminator mapping must be a mapping")
            return []
        mapping: list[tuple[str, str]] = []
        for value, ref in explicit.items():
            target = ref if "#" in str(ref) else f"#/components/schemas/{ref}"
            vptr = pointer_join(dptr, "mapping", str(value))
            rfile, rptr, _ = self.deref(file, vptr, {"$ref": target})
            mid = self.schema_id(rfile, rptr, None, {}) if rptr.startswith("#") else rptr
            if not accept(mid):
                self.warn(file, vptr, f"mapping target '{ref}' {refused}; ignored")
                continue
            mapping.append((str(value), mid))
        return mapping

    def _implied_value(self, model: Model, prop: str) -> str | None:
        """The discriminator value that names a model when no mapping does: the const (or the one
        enum value) of its property, else its component name."""
        field = next((f for f in model.fields if f.names.wire == prop), None)
        if field is not None and field.type.has_const:
            return str(field.type.const)
        if field is not None and field.type.kind == ENUM and field.type.ref and \
                len(self.enums[field.type.ref].values) == 1:
            return str(self.enums[field.type.ref].values[0].value)
        return model.component

    def subtypes(self) -> None:
        """Polymorphism through allOf: each model with a discriminator gets the table of the
        models its values name (Model.subtypes): the explicit mapping, then every component
        model that merged it in through allOf, then the model itself."""
        derived_of: dict[str, list[str]] = {}  # base id -> the component models that merged it in
        if self.polymorphic:
            for m in self.models.values():
                if m.component is not None:
                    for b in m.bases:
                        derived_of.setdefault(b, []).append(m.id)
        for sid, (file, pointer, disc) in sorted(self.polymorphic.items()):
            dptr = pointer_join(pointer, "discriminator")
            prop = disc.get("propertyName") if isinstance(disc, dict) else None
            if not isinstance(prop, str):
                self.error(file, dptr, "a discriminator needs a 'propertyName'")
                continue
            base = self.models[sid]
            if not any(f.names.wire == prop for f in base.fields):
                self.warn(file, dptr, f"the discriminator '{prop}' is not a property of this schema; not represented")
                continue
            table = self._explicit_mapping(
                file, dptr, disc,
                lambda mid: mid in self.models and any(f.names.wire == prop for f in self.models[mid].fields),
                f"is not a model with the property '{prop}'")
            values = {v for v, _ in table}
            mapped = {m for _, m in table}
            derived = sorted(set(derived_of.get(sid, ())))
            for mid in [*derived, sid]:
                implied = self._implied_value(self.models[mid], prop)
                if mid not in mapped and implied is not None and implied not in values:
                    table.append((implied, mid))
                    values.add(implied)
            self._set_model(sid, replace(base, discriminator=prop, subtypes=tuple(table)))

    # -- allOf --------------------------------------------------------------------------------
    def all_of(self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str,
               operation: str | None, inline: dict[str, Any] | None = None) -> TypeRef:
        """allOf merged into one model: the properties and required lists of every member (the
        members that are named component models are kept as models too: `Model.bases`)."""
        parts = node.get("allOf")
        nullable = node.get("nullable") is True
        if not isinstance(parts, list) or not parts:
            self.error(file, pointer_join(pointer, "allOf"), "'allOf' needs a non-empty list of schemas")
            return TypeRef(ANY, nullable)
        own = {k: v for k, v in node.items() if k != "allOf"}
        shaped = any(k in own for k in ("properties", "required", "additionalProperties", "oneOf", "anyOf", "enum"))
        if len(parts) == 1 and not shaped:
            # allOf: [$ref] to say something about the place (description, nullable): the member
            t = self.schema_type(file, pointer_join(pointer, "allOf", 0), parts[0], ctx, namespace, operation)
            return t.with_null(nullable or t.nullable)
        sid = self.schema_id(file, pointer, operation, self.models)
        if sid in self.models:  # a member refers back to this model
            return TypeRef(MODEL, nullable, ref=sid)
        # registered first (empty) so that members referring back to it terminate
        self._set_model(sid, Model(**_class_facts(sid, pointer, ctx, namespace, own, operation), fields=()))
        self.pending.add(sid)
        props: dict[str, tuple[SpecFile, str, Any]] = {}
        required: list[str] = []
        bases: list[str] = []
        others: list[TypeRef] = []
        base_fields: dict[str, Field] = {}

        def collect(f: SpecFile, ptr: str, n: Any, depth: int) -> None:
            nonlocal nullable
            if depth > 16 or not isinstance(n, dict):
                return
            if "$ref" in n:
                rf, rp, rn = self.deref(f, ptr, {"$ref": n["$ref"]})
                component = _component(rp)
                if component is not None and isinstance(rn, dict) and self._is_named(rn) and "enum" not in rn:
                    t = self.ref_type(f, ptr, {"$ref": n["$ref"]}, ctx, namespace, operation)
                    if t.kind == MODEL and t.ref and t.ref not in bases:
                        bases.append(t.ref)
                        for fld in self.models[t.ref].fields:
                            base_fields.setdefault(fld.names.wire, fld)
                if component is not None and isinstance(rn, dict) and "enum" in rn and not rn.get("properties"):
                    # a component enum is the component's own (shared), wherever it is referred to
                    # from: built as a $ref, never again in this place's context (amazonaws
                    # amplifyuibuilder: `allOf: [$ref LabelDecorator, description]` in a request
                    # body made LabelDecorator an operations enum that shared models referred to)
                    others.append(self.ref_type(f, ptr, {"$ref": n["$ref"]}, ctx, namespace, operation))
                else:
                    collect(rf, rp, rn, depth + 1)
                n = {k: v for k, v in n.items() if k != "$ref"}  # keywords beside it narrow it further
            for i, sub in enumerate(n.get("allOf") or []):
                collect(f, pointer_join(ptr, "allOf", i), sub, depth + 1)
            if n.get("nullable") is True and depth > 0:
                pass  # a member's nullable does not make the whole nullable
            for wire, prop in (n.get("properties") or {}).items():
                props[wire] = (f, pointer_join(ptr, "properties", wire), prop)
            req = n.get("required")
            if isinstance(req, list):
                required.extend(r for r in req if isinstance(r, str) and r not in required)
            if not n.get("properties") and n.get("type") not in (None, "object") and depth > 0:
                others.append(self.schema_type(f, ptr, n, ctx, namespace, operation))
            if ("oneOf" in n or "anyOf" in n) and depth > 0:
                self.warn(f, ptr, "a oneOf/anyOf inside an allOf is not represented; its properties are not merged")

        for i, part in enumerate(parts):
            collect(file, pointer_join(pointer, "allOf", i), part, 1)
        collect(file, pointer, {k: v for k, v in (inline or own).items() if k in ("properties", "required")}, 0)
        if not props:
            self.pending.discard(sid)
            if not self._referenced(sid):
                self._set_model(sid, None)
            else:
                self.warn(file, pointer, "an allOf without properties that refers to itself is an empty model")
                return TypeRef(MODEL, nullable, ref=sid)
            if others and all(o.kind == others[0].kind for o in others):
                return others[0].with_null(nullable)
            if bases and len(bases) == 1:
                return TypeRef(MODEL, nullable, ref=bases[0])
            if others:
                self.warn(file, pointer_join(pointer, "allOf"), "an allOf of different types is represented as "
                                                                "any value")
            return TypeRef(ANY, nullable)
        if others:
            self.warn(file, pointer_join(pointer, "allOf"), "allOf members that are not objects are not merged")
        merged = {**own, "properties": {w: p for w, (_f, _p, p) in props.items()}, "required": required}
        return self.model_type(file, pointer, merged, ctx, namespace, operation, sources=props,
                               bases=tuple(bases), base_fields=base_fields).with_null(nullable)

    def model_type(
        self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str, operation: str | None,
        sources: dict[str, tuple[SpecFile, str, Any]] | None = None, bases: tuple[str, ...] = (),
        base_fields: dict[str, Field] | None = None,
    ) -> TypeRef:
        nullable = node.get("nullable") is True
        sid = self.schema_id(file, pointer, operation, self.models)
        ref = TypeRef(MODEL, nullable, ref=sid)
        if sid in self.models and sid not in self.pending:  # (an allOf registers its model first)
            return ref
        self.pending.discard(sid)
        self.locate(file, pointer)
        # register first so that recursive schemas terminate
        self._set_model(sid, Model(**_class_facts(sid, pointer, ctx, namespace, node, operation), fields=()))
        required = node.get("required", [])
        if not isinstance(required, list):
            self.error(file, pointer_join(pointer, "required"), "'required' must be a list")
            required = []
        props = node.get("properties") or {}
        for r in required:
            if r not in props:
                # valid JSON Schema (the object must have it) that says nothing of its type: the
                # value is kept as an extra field of the model
                self.warn(file, pointer_join(pointer, "required"), f"required property '{r}' is not defined; "
                          "it is kept as an untyped extra field")
        fields: list[Field] = []
        for wire, prop in props.items():
            pfile, fptr = (sources[wire][0], sources[wire][1]) if sources else (file, pointer_join(pointer,
                                                                                                  "properties", wire))
            if not isinstance(prop, dict):
                if prop is True or prop == {}:
                    prop = {}
                else:
                    self.error(pfile, fptr, "a property must be a schema mapping")
                    continue
            inherited = (base_fields or {}).get(wire)
            if inherited is not None and inherited.pointer == fptr:
                # a base component's field: the same type (its inline enums and models are the base's)
                fields.append(replace(inherited, required=wire in required))
                continue
            self.locate(pfile, fptr)
            fnames = make_names(wire, prop)
            child = Context("property", wire, operation, sid)
            t = self.schema_type(pfile, fptr, prop, child, namespace, operation)
            desc, default, has_default, example, has_example = self._field_facts(pfile, fptr, prop)
            default, has_default = self.checked_default(pfile, fptr, t, default, has_default)
            read_only, write_only = self._access(pfile, fptr, prop)
            fields.append(
                Field(
                    pointer=fptr,
                    names=fnames,
                    type=t,
                    required=wire in required,
                    description=desc,
                    default=default,
                    has_default=has_default,
                    example=example,
                    has_example=has_example,
                    deprecated=bool(prop.get("deprecated", False)),
                    read_only=read_only,
                    write_only=write_only,
                )
            )
        additional = None
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            vctx = Context("property", "additional properties", operation, sid)
            additional = self.schema_type(file, pointer_join(pointer, "additionalProperties"), extra, vctx,
                                          namespace, operation)
            if additional.kind == ANY:
                additional = None
        self._set_model(sid, Model(**_class_facts(sid, pointer, ctx, namespace, node, operation),
                                   fields=tuple(fields), bases=bases, additional=additional))
        if "discriminator" in node and "oneOf" not in node and "anyOf" not in node:
            self.polymorphic[sid] = (file, pointer, node["discriminator"])
        return ref

    def _set_model(self, sid: str, model: Model | None) -> None:
        """Register (or with None remove) the model `sid`, keeping the index of references."""
        old = self.models.get(sid)
        if old is not None:
            for target in _field_refs(old):
                self._used_by[target] -= 1
        if model is None:
            self.models.pop(sid, None)
            return
        self.models[sid] = model
        for target in _field_refs(model):
            self._used_by[target] = self._used_by.get(target, 0) + 1

    def _referenced(self, sid: str) -> bool:
        """Whether any model's field refers to the model `sid` (directly, in a list, map or union)."""
        return self._used_by.get(sid, 0) > 0

    def _access(self, file: SpecFile, pointer: str, node: dict[str, Any]) -> tuple[bool, bool]:
        """readOnly and writeOnly of a property, beside its $ref or in the schema it refers to."""
        read_only, write_only = node.get("readOnly") is True, node.get("writeOnly") is True
        if "$ref" in node and not (read_only or write_only):
            _, _, target = self.deref(file, pointer, {"$ref": node["$ref"]})
            if isinstance(target, dict):
                read_only, write_only = target.get("readOnly") is True, target.get("writeOnly") is True
        return read_only, write_only

    def fits(self, t: TypeRef, value: Any, depth: int = 0) -> bool:
        """Whether a `default` value fits its type (a default that does not is ignored: it
        would be a value of the wrong type in generated code)."""
        if value is None:
            return t.nullable or t.kind == ANY
        if t.has_const:
            return bool(value == t.const)
        if depth > 20 or t.kind == ANY:
            return True
        if t.kind in (STRING, BINARY):
            return isinstance(value, str)
        if t.kind == INTEGER:
            return isinstance(value, int) and not isinstance(value, bool)
        if t.kind == NUMBER:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if t.kind == BOOLEAN:
            return isinstance(value, bool)
        if t.kind == ENUM:
            enum = self.enums.get(t.ref or "")
            return enum is None or any(v.value == value and type(v.value) is type(value) for v in enum.values)
        if t.kind == ARRAY:
            return isinstance(value, list) and (t.items is None or all(self.fits(t.items, v, depth + 1)
                                                                        for v in value))
        if t.kind in (MODEL, MAP):
            return isinstance(value, dict)
        if t.kind == UNION:
            return any(self.fits(m, value, depth + 1) for m in t.members)
        return True

    def checked_default(self, file: SpecFile, pointer: str, t: TypeRef, default: Any, has_default: bool
                        ) -> tuple[Any, bool]:
        """The default of a field or parameter, or none (with a warning) when it does not fit
        its type: a value of another type, null where null is not allowed, not an enum value."""
        if not has_default or self.fits(t, default):
            return default, has_default
        shown = repr(default) if len(repr(default)) <= 60 else repr(default)[:57] + "..."
        self.warn(file, pointer_join(pointer, "default"), f"the default {shown} does not fit the schema's type; "
                                                          "it is ignored")
        return None, False

    def _field_facts(self, file: SpecFile, pointer: str, node: dict[str, Any]) -> tuple[str, Any, bool, Any, bool]:
        """description, default and example of a property or parameter schema, following $refs."""
        desc = _text(node.get("description"))
        has_default, default = "default" in node, node.get("default")
        has_example, example = "example" in node, node.get("example")
        seen = 0
        while "$ref" in node and seen < 16:
            seen += 1
            file, pointer, node = self.deref(file, pointer, {"$ref": node["$ref"]})
            if not isinstance(node, dict):
                break
            desc = desc or _text(node.get("description"))
            if not has_default and "default" in node:
                has_default, default = True, node["default"]
            if not has_example and "example" in node:
                has_example, example = True, node["example"]
        return desc, default, has_default, example, has_example

    # -- operations -----------------------------------------------------------------------
    def operation_names(self, op_id: str, node: Any) -> Names:
        source = op_id
        if self.settings.operation_names == "method-after-underscore" and "_" in op_id:
            source = op_id.rsplit("_", 1)[1]
        return make_names(op_id, node, source)

    def param(self, file: SpecFile, pointer: str, node: Any, operation: str) -> Param | None:
        file, pointer, node = self.deref(file, pointer, node)
        if not isinstance(node, dict):
            self.error(file, pointer, "a parameter must be a mapping")
            return None
        for key in sorted(node):
            if key not in _PARAM_KEYS and not key.startswith("x-"):
                self.error(file, pointer_join(pointer, key), f"unsupported construct '{key}' in a parameter")
        name, loc = node.get("name"), node.get("in")
        if not isinstance(name, str) or loc not in ("path", "query", "header", "cookie"):
            self.error(file, pointer, "a parameter needs a string 'name' and 'in' of path, query, header or cookie")
            return None
        if loc == "header" and name.lower() in ("accept", "content-type", "authorization"):
            # OpenAPI: such a header parameter "SHALL be ignored" (the media types and the
            # security schemes say what goes there)
            self.warn(file, pointer, f"header parameter '{name}' is ignored (OpenAPI: the media types and the "
                      "security schemes decide it)")
            return None
        if loc == "path" and node.get("required") is not True:
            self.error(file, pointer_join(pointer, "required"), f'path parameter "{name}" must be required')
        schema = node.get("schema", {})
        schema_ptr = pointer_join(pointer, "schema")
        style = node.get("style", _STYLES[loc][0])
        if style not in _STYLES[loc] and not (loc == "query" and style == "simple"):
            self.warn(file, pointer_join(pointer, "style"),
                      f"style '{style}' is not defined for {loc} parameters; using '{_STYLES[loc][0]}'")
            style = _STYLES[loc][0]
        explode = node.get("explode", style == "form")
        if "content" in node and "schema" not in node:
            content = node.get("content")
            if not isinstance(content, dict) or len(content) != 1:
                self.error(file, pointer_join(pointer, "content"), "a parameter's 'content' needs exactly one media type")
                return None
            ctype = next(iter(content))
            media = content[ctype] if isinstance(content[ctype], dict) else {}
            schema = media.get("schema", {})
            schema_ptr = pointer_join(pointer, "content", ctype, "schema")
            if media_kind(ctype) == JSON_MEDIA:
                style, explode = "json", False
        t = self.schema_type(file, schema_ptr, schema, Context("parameter", name, operation), "operations", operation)
        if t.kind == BINARY:
            t = TypeRef(STRING, t.nullable, format=t.format, alias=t.alias)
        desc = _text(node.get("description"))
        sdesc, default, has_default, example, has_example = self._field_facts(file, schema_ptr,
                                                                             schema if isinstance(schema, dict) else {})
        if "example" in node:
            has_example, example = True, node["example"]
        default, has_default = self.checked_default(file, schema_ptr, t, default, has_default)
        self.locate(file, pointer)
        return Param(
            pointer=pointer,
            names=make_names(name, node),
            location=loc,
            type=t,
            required=bool(node.get("required", False)),
            description=desc or sdesc,
            default=default,
            has_default=has_default,
            example=example,
            has_example=has_example,
            deprecated=bool(node.get("deprecated", False)),
            allow_empty=bool(node.get("allowEmptyValue", False)),
            style=str(style),
            explode=bool(explode),
        )

    def operation(self, file: SpecFile, path: str, method: str, node: dict[str, Any], shared_params: list[Any],
                  op_ids: dict[str, str]) -> Operation | None:
        pointer = pointer_join("#/paths", path, method)
        for key in sorted(node):
            if key == "callbacks":  # requests the server makes: nothing a client sends
                self.warn(file, pointer_join(pointer, key), "callbacks are requests the server sends; the SDK "
                          "has no code for them")
            elif key not in _OPERATION_KEYS and not key.startswith("x-"):
                self.error(file, pointer_join(pointer, key), f"unsupported construct '{key}' in an operation")
        op_id = node.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            # no operationId: a name from the method and the path, unique among the operations
            base = naming.camel(method + " " + path.replace("{", " by ").replace("}", " ")) or method
            op_id, count = base, 1
            while op_id in op_ids or op_id in self.spec_op_ids:
                count += 1
                op_id = f"{base}{count}"
        if op_id in op_ids:
            self.error(file, pointer_join(pointer, "operationId"),
                       f"duplicate operationId '{op_id}' (also at {op_ids[op_id]})")
            return None
        op_ids[op_id] = pointer
        self.locate(file, pointer)
        names = self.operation_names(op_id, node)
        tags = node.get("tags") or ["default"]
        # parameters: path-level ones first, overridden by operation-level ones with the same (in, name)
        raw: dict[tuple[str, str], tuple[str, Any]] = {}
        for i, p in enumerate(shared_params):
            ptr = pointer_join("#/paths", path, "parameters", i)
            _, _, pn = self.deref(file, ptr, p)
            if isinstance(pn, dict):
                raw[(str(pn.get("in")), str(pn.get("name")))] = (ptr, p)
        for i, p in enumerate(node.get("parameters") or []):
            ptr = pointer_join(pointer, "parameters", i)
            _, _, pn = self.deref(file, ptr, p)
            if isinstance(pn, dict):
                k = (str(pn.get("in")), str(pn.get("name")))
                if k in raw and raw[k][0].startswith(pointer):
                    self.error(file, ptr, f"parameter '{k[1]}' in {k[0]} is declared twice")
                raw[k] = (ptr, p)
        params: list[Param] = []
        for ptr, p in raw.values():
            param = self.param(file, ptr, p, op_id)
            if param is not None:
                params.append(param)
        template_names = _path_template_names(path)
        for n in template_names:
            if not any(p.location == "path" and p.names.wire == n for p in params):
                self.error(file, pointer, f"path template variable '{n}' has no path parameter")
        for p in params:
            if p.location == "path" and p.names.wire not in template_names:
                self.error(file, p.pointer, f"path parameter '{p.names.wire}' is not in the path template")
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        params.sort(key=lambda p: (order[p.location], template_names.index(p.names.wire)
                                   if p.location == "path" and p.names.wire in template_names else 0))
        body = self.request_body(file, pointer, node.get("requestBody"), op_id)
        responses = self.responses(file, pointer, node.get("responses"), op_id)
        success = next((r for r in responses if r.status.startswith("2")), None)
        secured = bool(self.doc.data.get("security")) if "security" not in node else bool(node.get("security"))
        if "security" in node:
            security = self.requirements(file, pointer_join(pointer, "security"), node.get("security"))
        else:
            security = self.global_security
        return Operation(
            pointer=pointer,
            operation_id=op_id,
            names=names,
            method=method.upper(),
            path=path,
            summary=_text(node.get("summary")),
            description=_text(node.get("description")),
            tag=str(tags[0]),
            deprecated=bool(node.get("deprecated", False)),
            secured=secured,
            params=tuple(params),
            body=body,
            responses=tuple(responses),
            success=success,
            security=security,
        )

    def request_body(self, file: SpecFile, op_ptr: str, node: Any, op_id: str) -> Body | None:
        if node is None:
            return None
        pointer = pointer_join(op_ptr, "requestBody")
        file, pointer, node = self.deref(file, pointer, node)
        content = node.get("content") if isinstance(node, dict) else None
        if not isinstance(content, dict) or not content:
            self.error(file, pointer, "a request body needs 'content'")
            return None
        kinds = {c: media_kind(c, self._schema_of(file, content[c])) for c in content}
        # the default: JSON when there is one, else the first one listed
        ctype = min(content, key=lambda c: (kinds[c] != JSON_MEDIA, list(content).index(c)))
        ordered = [ctype] + [c for c in content if c != ctype]
        self.locate(file, pointer)
        all_media: list[Media] = []
        names_used: set[str] = set()
        for c in ordered:
            m = content[c] if isinstance(content[c], dict) else {}
            kind = kinds[c]
            # the default media type's inline schema is the operation's "request body"; others
            # are named after their kind (and a number when one kind comes twice)
            label, count = ("" if c == ctype else kind), 1
            while label in names_used:
                count += 1
                label = f"{kind}{count}"
            names_used.add(label)
            all_media.append(Media(c, kind, self.media_type(file, pointer_join(pointer, "content", c, "schema"),
                                                            m.get("schema"), kind,
                                                            Context("request body", label, op_id), op_id)))
        media = content[ctype] or {}
        t = all_media[0].type
        example, has_example = None, False
        if "example" in media:
            example, has_example = media["example"], True
        elif isinstance(media.get("examples"), dict) and media["examples"]:
            first = next(iter(media["examples"].values()))
            if isinstance(first, dict) and "value" in first:
                example, has_example = first["value"], True
        return Body(
            pointer=pointer,
            content_type=ctype,
            type=t,
            required=bool(node.get("required", False)),
            description=_text(node.get("description")),
            example=example,
            has_example=has_example,
            kind=all_media[0].kind,
            media=tuple(all_media),
        )

    def _schema_of(self, file: SpecFile, media: Any) -> Any:
        """The schema of a media type object (a $ref followed), for classifying wildcards."""
        if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
            return None
        _, _, node = self.deref(file, "", media["schema"])
        return node

    def media_type(self, file: SpecFile, pointer: str, schema: Any, kind: str, hint: Context, op_id: str) -> TypeRef:
        """The type of a body or response of a given media kind: text is a str, binary bytes."""
        if kind == TEXT_MEDIA:
            return TypeRef(STRING)
        if kind == BINARY_MEDIA:
            return TypeRef(BINARY, format="binary")
        if schema is None:
            return TypeRef(MAP, items=TypeRef(ANY)) if kind in (FORM_MEDIA, MULTIPART_MEDIA) else TypeRef(ANY)
        return self.schema_type(file, pointer, schema, hint, "operations", op_id)

    def responses(self, file: SpecFile, op_ptr: str, node: Any, op_id: str) -> list[Response]:
        pointer = pointer_join(op_ptr, "responses")
        if not isinstance(node, dict) or not node:
            self.error(file, pointer, "an operation needs 'responses'")
            return []
        out: list[Response] = []
        for status in sorted(node, key=_status_key):
            rptr = pointer_join(pointer, status)
            rfile, rptr2, r = self.deref(file, rptr, node[status])
            if not isinstance(r, dict):
                continue
            content = r.get("content") or {}
            ctype = None
            t = None
            kind = None
            if isinstance(content, dict) and content:
                kinds = {c: media_kind(c, self._schema_of(rfile, content[c])) for c in content}
                # JSON first, then text, then anything else; in spec order within a kind
                ctype = min(content, key=lambda c: (_KIND_ORDER[kinds[c]], list(content).index(c)))
                kind = kinds[ctype]
                schema = (content[ctype] or {}).get("schema") if isinstance(content[ctype], dict) else None
                if kind != JSON_MEDIA or schema is not None:
                    ctx = Context("response body", "", op_id) if status.startswith("2") else Context(
                        "response", status, op_id)
                    t = self.media_type(rfile, pointer_join(rptr2, "content", ctype, "schema"), schema, kind, ctx,
                                        op_id)
            out.append(Response(rptr, status, _text(r.get("description")), ctype, t, kind))
        return out

    # -- the whole API --------------------------------------------------------------------
    def build(self) -> Api:
        root = self.doc.root
        data = root.data
        info = data.get("info") or {}
        ops: list[Operation] = []
        op_ids: dict[str, str] = {}
        paths = data.get("paths") or {}
        self.schemes = self.security_schemes(root, data)
        self.global_security = self.requirements(root, "#/security", data.get("security") or [])
        # operationIds the spec gives (a generated name must not take one of them)
        self.spec_op_ids = {op.get("operationId") for item in paths.values() if isinstance(item, dict)
                            for m, op in item.items() if m in METHODS and isinstance(op, dict)}
        for path, item in paths.items():
            iptr = pointer_join("#/paths", path)
            ifile, iptr2, item = self.deref(root, iptr, item)
            if not isinstance(item, dict):
                self.error(root, iptr, "a path item must be a mapping")
                continue
            for key in sorted(item):
                if key not in _PATH_ITEM_KEYS and not key.startswith("x-"):
                    self.error(root, pointer_join(iptr, key), f"unsupported construct '{key}' in a path item")
            for method in METHODS:
                if method in item and isinstance(item[method], dict):
                    op = self.operation(root, path, method, item[method], item.get("parameters") or [], op_ids)
                    if op is not None:
                        ops.append(op)
        # operation class prefixes must be unique too (their models share one namespace)
        # groups, in the order of the tags list, then first appearance
        tag_order = [t.get("name") for t in data.get("tags") or [] if isinstance(t, dict)]
        tag_desc = {t.get("name"): _text(t.get("description")) for t in data.get("tags") or [] if isinstance(t, dict)}
        known_tags = set(tag_order)
        by_tag: dict[Any, list[Operation]] = {}
        for op in ops:
            by_tag.setdefault(op.tag, []).append(op)
            if op.tag not in known_tags:
                known_tags.add(op.tag)
                tag_order.append(op.tag)
        groups: list[Group] = []
        for i, tag in enumerate(tag_order):
            # in the order of their names' words (each target's method names follow them)
            members = sorted(by_tag.get(tag, []), key=lambda o: naming.snake(o.names.source))
            if not members:
                continue
            self.locate(root, f"#/tags/{i}")
            tag_node = next((t for t in data.get("tags") or [] if isinstance(t, dict) and t.get("name") == tag), None)
            groups.append(Group(f"#/tags/{i}", str(tag), make_names(str(tag), tag_node), tag_desc.get(tag, ""),
                                tuple(members)))
        security = None
        if len(self.schemes) == 1 and self.schemes[0].kind == HTTP_BEARER and self.schemes[0].param_name == "Bearer":
            # one bearer scheme: what both targets always did (a token argument)
            security = Security(self.schemes[0].names.wire, "bearer", self.schemes[0].bearer_format)
        # components never used by an operation still become models (people expect them)
        aliases: list[Alias] = []
        for cname, cnode in ((data.get("components") or {}).get("schemas") or {}).items():
            cptr = pointer_join("#/components/schemas", cname)
            key = (root.name, cptr)
            if key not in self.by_pointer:
                self.by_pointer[key] = self.schema_type(root, cptr, cnode, Context("component", cname), "shared",
                                                        None)
            if not self._is_named(cnode) and isinstance(cnode, dict):
                self.locate(root, cptr)
                aliases.append(Alias(cname, cptr, cname, self.by_pointer[key], _text(cnode.get("description")),
                                     renames(cnode)))
        self.subtypes()
        servers = data.get("servers") or []
        server_url = self.settings.server_url or (servers[0].get("url") if servers and isinstance(servers[0], dict)
                                                  else "")
        server_template, variables = "", list[ServerVariable]()
        all_servers: list[Server] = []
        if not self.settings.server_url and isinstance(servers, list):
            for i, entry in enumerate(servers):
                if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                    url, entry_vars = self.server_variables(root, entry, f"#/servers/{i}")
                    all_servers.append(Server(url, _text(entry.get("description")), tuple(entry_vars)))
        if not self.settings.server_url and servers and isinstance(servers[0], dict):
            server_template, variables = self.server_variables(root, servers[0], "")
            if variables:
                server_url = server_template
                for v in variables:
                    server_url = str(server_url).replace("{" + v.name + "}", v.default)
        return Api(
            name=self.settings.api,
            source=self.source,
            title=_text(info.get("title")),
            description=_text(info.get("description")),
            version=str(info.get("version", "")),
            server_url=str(server_url or ""),
            security=security,
            groups=tuple(groups),
            operations=tuple(ops),
            models=tuple(sorted(self.models.values(), key=lambda m: (m.namespace, m.id))),
            enums=tuple(sorted(self.enums.values(), key=lambda e: (e.namespace, e.id))),
            aliases=tuple(aliases),
            renamed=self.renamed(ops),
            locations=self.locations,
            schemes=self.schemes,
            server_template=server_template if variables else "",
            server_variables=tuple(variables),
            servers=tuple(all_servers),
        )

    # -- servers and security -------------------------------------------------------------
    def server_variables(self, file: SpecFile, server: dict[str, Any],
                         pointer: str = "#/servers/0") -> tuple[str, list[ServerVariable]]:
        url = _text(server.get("url"))
        declared: dict[str, Any] = server["variables"] if isinstance(server.get("variables"), dict) else {}
        out = []
        for name in _path_template_names(url):
            v: Any = declared.get(name)
            if not isinstance(v, dict) or "default" not in v:
                if pointer:  # ("" when servers[0] is read a second time)
                    self.warn(file, f"{pointer}/url", f"server variable '{name}' has no default; using ''")
                v = {"default": ""}
            values = v.get("enum") if isinstance(v.get("enum"), list) else []
            out.append(ServerVariable(name, _text(v.get("default")), tuple(_text(x) for x in values),
                                      _text(v.get("description"))))
        return url, out

    def security_schemes(self, root: SpecFile, data: dict[str, Any]) -> tuple[SecurityScheme, ...]:
        schemes = (data.get("components") or {}).get("securitySchemes") or {}
        out: list[SecurityScheme] = []
        if not isinstance(schemes, dict):
            return ()
        for sname, raw in schemes.items():
            ptr = pointer_join("#/components/securitySchemes", sname)
            self.locate(root, ptr)  # targets name it in their messages (option names)
            file, ptr2, scheme = self.deref(root, ptr, raw)
            if not isinstance(scheme, dict):
                self.error(root, ptr, "a security scheme must be a mapping")
                continue
            names = make_names(str(sname), scheme)
            kind = scheme.get("type")
            desc = _text(scheme.get("description"))
            if kind == "http":
                word = _text(scheme.get("scheme")).strip()
                if word.lower() == "basic":
                    out.append(SecurityScheme(ptr, names, HTTP_BASIC, desc))
                    continue
                if word.lower() != "bearer":
                    self.warn(file, pointer_join(ptr2, "scheme"), f"HTTP scheme '{word}': the caller's credential "
                              f"is sent as 'Authorization: {word} <credential>'")
                out.append(SecurityScheme(ptr, names, HTTP_BEARER, desc, _text(scheme.get("bearerFormat")),
                                          param_name="Bearer" if word.lower() == "bearer" else word))
            elif kind == "apiKey":
                loc = scheme.get("in")
                if loc not in ("header", "query", "cookie") or not isinstance(scheme.get("name"), str):
                    self.error(file, ptr2, "an apiKey scheme needs 'name' and 'in' of header, query or cookie")
                    continue
                out.append(SecurityScheme(ptr, names, API_KEY, desc, location=loc, param_name=scheme["name"]))
            elif kind == "oauth2":
                flows: dict[str, Any] = scheme["flows"] if isinstance(scheme.get("flows"), dict) else {}
                cc: dict[str, Any] = flows["clientCredentials"] if isinstance(flows.get("clientCredentials"),
                                                                               dict) else {}
                scopes: dict[str, Any] = cc["scopes"] if isinstance(cc.get("scopes"), dict) else {}
                out.append(SecurityScheme(ptr, names, OAUTH2, desc, token_url=_text(cc.get("tokenUrl")),
                                          scopes=tuple(str(s) for s in scopes)))
            elif kind == "openIdConnect":
                out.append(SecurityScheme(ptr, names, OPENID, desc))
            else:
                # mutualTLS: configured on the HTTP client, nothing to send
                self.warn(file, ptr2, f"security scheme type '{kind}' is not sent by the SDK; configure the HTTP "
                          "client for it")
        return tuple(out)

    def requirements(self, file: SpecFile, pointer: str, node: Any) -> tuple[tuple[str, ...], ...]:
        """Security requirements: alternatives, each the names of the schemes it combines."""
        if not isinstance(node, list):
            return ()
        known = {s.names.wire for s in self.schemes}
        out: list[tuple[str, ...]] = []
        for i, req in enumerate(node):
            if not isinstance(req, dict):
                continue
            names = []
            for name in req:
                if name not in known:
                    self.warn(file, pointer_join(pointer, i, name), f"security scheme '{name}' is not defined "
                              "(or not supported); ignored")
                    continue
                names.append(str(name))
            if names or not req:
                out.append(tuple(names))
        return tuple(out)

    def renamed(self, ops: list[Operation]) -> tuple[Renamed, ...]:
        known = {op.operation_id for op in ops}
        out = []
        for former, op_id in self.settings.renamed_operations:
            if op_id not in known:
                self.issues.append(Issue(display_path(self.settings.path), pointer_join("#/renamed_operations", former),
                                         f"'{op_id}' is not an operationId of {self.source}",
                                         line=None))
                continue
            out.append(Renamed(make_names(former), op_id))
        return tuple(out)


def _component(pointer: str) -> str | None:
    """The component name of a pointer to a component schema (not to a node inside one)."""
    prefix = "#/components/schemas/"
    rest = pointer[len(prefix):]
    if not pointer.startswith(prefix) or "/" in rest:
        return None
    return rest.replace("~1", "/").replace("~0", "~")


def _class_facts(sid: str, pointer: str, ctx: Context, namespace: str, node: dict[str, Any],
                 operation: str | None) -> dict[str, Any]:
    """What a Model and an Enum record alike about the schema they come from."""
    prefix = "#/components/schemas/"
    return {
        "id": sid,
        "pointer": pointer,
        "context": ctx,
        "title": _text(node.get("title")),
        "renames": renames(node),
        "namespace": namespace,
        "description": _text(node.get("description")),
        "operation": operation,
        "component": pointer[len(prefix):] if pointer.startswith(prefix) and "/" not in pointer[len(prefix):] else None,
    }


def _status_key(status: str) -> tuple[int, str]:
    return (0 if status[:1].isdigit() else 1, status)


def _path_template_names(path: str) -> list[str]:
    import re

    return re.findall(r"{([^{}]+)}", path)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def build_ir(doc: Document, settings: Settings, source: str) -> tuple[Api, list[Issue]]:
    """The Api and every issue found while building it (errors and warnings)."""
    builder = _Builder(doc, settings, source)
    api = builder.build()
    return api, builder.issues
