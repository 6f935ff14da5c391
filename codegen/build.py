"""build_ir: the only code that reads raw spec dicts.

Every type a target prints is decided here, and the name material each target
derives its own identifiers from (codegen/targets/python_names.py for Python); anything
the IR cannot represent is reported as an Issue with its pointer, so templates never
meet a surprise.
"""

from __future__ import annotations

from typing import Any

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
    TypeRef,
)
from .load import Document, SpecFile, display_path
from .settings import Settings

METHODS = ("get", "put", "post", "delete", "patch")
_PATH_ITEM_KEYS = {"summary", "description", "servers", "parameters", *METHODS, "head", "options", "trace"}
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
}
_BODY_CONTENT = ("application/json", "multipart/form-data")


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


class _Builder:
    def __init__(self, doc: Document, settings: Settings, source: str) -> None:
        self.doc = doc
        self.settings = settings
        self.source = source
        self.issues: list[Issue] = []
        self.models: dict[str, Model] = {}  # by id
        self.enums: dict[str, Enum] = {}
        self.by_pointer: dict[tuple[str, str], TypeRef] = {}  # component schema -> its type
        self.locations: dict[str, tuple[str, int | None]] = {}  # pointer -> (file, line)

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
        self.locations.setdefault(pointer, (file.name, self.doc.line(file, pointer)))

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
        """The TypeRef of a schema; registers models and enums it defines."""
        if not isinstance(node, dict):
            self.error(file, pointer, "a schema must be a mapping")
            return TypeRef(ANY)
        if "$ref" in node:
            # description and deprecated beside a $ref are what people write by hand; keep them
            extra = sorted(k for k in node if k not in ("$ref", "description", "deprecated") and not k.startswith("x-"))
            if extra:
                self.error(file, pointer, f"unsupported construct: keywords beside $ref ({', '.join(extra)})")
            rfile, rptr, rnode = self.deref(file, pointer, node)
            if rnode == {} and rptr == pointer:
                return TypeRef(ANY)
            key = (rfile.name, rptr)
            component = rptr.rsplit("/", 1)[-1] if rptr.startswith("#/components/schemas/") else None
            if key in self.by_pointer:
                return self._aliased(self.by_pointer[key], component, rnode)
            if component is not None and self._is_named(rnode):
                t = self.schema_type(rfile, rptr, rnode, Context("component", component), "shared", None)
            else:
                # a primitive alias (uuid, timestamp) or an array: inline its type
                t = self.schema_type(rfile, rptr, rnode, ctx, namespace, operation)
            self.by_pointer[key] = t
            return self._aliased(t, component, rnode)
        for keyword in ("allOf", "oneOf", "anyOf", "not", "discriminator"):
            if keyword in node:
                self.error(file, pointer_join(pointer, keyword), f"unsupported construct '{keyword}'")
                return TypeRef(ANY)
        for keyword in sorted(node):
            if keyword not in _SCHEMA_KEYS and not keyword.startswith("x-"):
                self.error(file, pointer_join(pointer, keyword), f"unsupported construct '{keyword}'")
        nullable = bool(node.get("nullable", False))
        typ = node.get("type")
        if isinstance(typ, list):
            self.error(file, pointer_join(pointer, "type"), "unsupported construct: a list of types")
            return TypeRef(ANY, nullable)
        if "enum" in node:
            return self.enum_type(file, pointer, node, ctx, namespace, operation)
        if typ == "object" or (typ is None and "properties" in node):
            if node.get("properties"):
                if node.get("additionalProperties") not in (None, True, False, {}):
                    self.error(file, pointer_join(pointer, "additionalProperties"),
                               "unsupported construct: properties together with typed additionalProperties")
                return self.model_type(file, pointer, node, ctx, namespace, operation)
            values = node.get("additionalProperties")
            if isinstance(values, dict) and values:
                vctx = Context(ctx.role, ctx.name, ctx.operation, ctx.parent, ctx.steps + 1)
                items = self.schema_type(
                    file, pointer_join(pointer, "additionalProperties"), values, vctx, namespace, operation
                )
                return TypeRef(MAP, nullable, items=items)
            return TypeRef(MAP, nullable, items=TypeRef(ANY))
        if typ == "array":
            items_node = node.get("items")
            if items_node is None:
                self.error(file, pointer, "an array schema needs 'items'")
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

    def _aliased(self, t: TypeRef, component: str | None, node: Any) -> TypeRef:
        """A $ref to a component that is not a class of its own: the inlined type, marked with
        the alias it came from (Api.aliases lists the same component under that name)."""
        if component is None or self._is_named(node) or not isinstance(node, dict):
            return t
        return TypeRef(t.kind, t.nullable, t.items, t.ref, t.format, component)

    @staticmethod
    def _is_named(node: Any) -> bool:
        """A component becomes a class of its own when it is an object with properties or an enum."""
        return isinstance(node, dict) and ("enum" in node or bool(node.get("properties")))

    def enum_type(
        self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str, operation: str | None
    ) -> TypeRef:
        nullable = bool(node.get("nullable", False))
        values = node.get("enum")
        typ = node.get("type", "string")
        if not isinstance(values, list) or not values:
            self.error(file, pointer_join(pointer, "enum"), "an enum needs a non-empty list of values")
            return TypeRef(STRING, nullable)
        if typ not in ("string", "integer"):
            self.error(file, pointer_join(pointer, "enum"), f"unsupported construct: an enum of type '{typ}'")
            return TypeRef(ANY, nullable)
        sid = self.schema_id(file, pointer, operation, self.enums)
        members: list[EnumValue] = []
        for i, v in enumerate(values):
            if v is None and nullable:
                continue
            ok = isinstance(v, str) if typ == "string" else isinstance(v, int) and not isinstance(v, bool)
            if not ok:
                self.error(file, pointer_join(pointer, "enum", i), f"enum value {v!r} is not of type '{typ}'")
                continue
            self.locate(file, pointer_join(pointer, "enum", i))
            members.append(EnumValue(v))
        if sid not in self.enums:
            self.locate(file, pointer)
            common = _class_facts(sid, pointer, ctx, namespace, node, operation)
            self.enums[sid] = Enum(**common, values=tuple(members), value_type=typ)
        return TypeRef(ENUM, nullable, ref=sid)

    def model_type(
        self, file: SpecFile, pointer: str, node: dict[str, Any], ctx: Context, namespace: str, operation: str | None
    ) -> TypeRef:
        nullable = bool(node.get("nullable", False))
        sid = self.schema_id(file, pointer, operation, self.models)
        ref = TypeRef(MODEL, nullable, ref=sid)
        if sid in self.models:
            return ref
        self.locate(file, pointer)
        # register first so that recursive schemas terminate
        self.models[sid] = Model(**_class_facts(sid, pointer, ctx, namespace, node, operation), fields=())
        required = node.get("required", [])
        if not isinstance(required, list):
            self.error(file, pointer_join(pointer, "required"), "'required' must be a list")
            required = []
        props = node.get("properties") or {}
        for r in required:
            if r not in props:
                self.error(file, pointer_join(pointer, "required"), f"required property '{r}' is not defined")
        fields: list[Field] = []
        for wire, prop in props.items():
            fptr = pointer_join(pointer, "properties", wire)
            if not isinstance(prop, dict):
                self.error(file, fptr, "a property must be a schema mapping")
                continue
            self.locate(file, fptr)
            fnames = make_names(wire, prop)
            child = Context("property", wire, operation, sid)
            t = self.schema_type(file, fptr, prop, child, namespace, operation)
            desc, default, has_default, example, has_example = self._field_facts(file, fptr, prop)
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
                )
            )
        self.models[sid] = Model(**_class_facts(sid, pointer, ctx, namespace, node, operation), fields=tuple(fields))
        return ref

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
            self.error(file, pointer, "a parameter needs a string 'name' and 'in' of path, query or header")
            return None
        if loc == "cookie":
            self.error(file, pointer_join(pointer, "in"), "unsupported construct: cookie parameters")
            return None
        if loc == "path" and node.get("required") is not True:
            self.error(file, pointer_join(pointer, "required"), f'path parameter "{name}" must be required')
        if "content" in node:
            self.error(file, pointer, "unsupported construct: parameter 'content'")
            return None
        schema = node.get("schema", {})
        t = self.schema_type(file, pointer_join(pointer, "schema"), schema, Context("parameter", name, operation),
                             "operations", operation)
        if t.kind in (MODEL, MAP) or (t.kind == ARRAY and t.items is not None and t.items.kind in (MODEL, ARRAY)):
            self.error(file, pointer_join(pointer, "schema"), "unsupported construct: a parameter of object type")
        desc = _text(node.get("description"))
        sdesc, default, has_default, example, has_example = self._field_facts(file, pointer_join(pointer, "schema"),
                                                                             schema if isinstance(schema, dict) else {})
        if "example" in node:
            has_example, example = True, node["example"]
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
        )

    def operation(self, file: SpecFile, path: str, method: str, node: dict[str, Any], shared_params: list[Any],
                  op_ids: dict[str, str]) -> Operation | None:
        pointer = pointer_join("#/paths", path, method)
        for key in sorted(node):
            if key not in _OPERATION_KEYS and not key.startswith("x-"):
                self.error(file, pointer_join(pointer, key), f"unsupported construct '{key}' in an operation")
        op_id = node.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            op_id = naming.camel(method + " " + path.replace("{", " ").replace("}", " "))
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
        order = {"path": 0, "query": 1, "header": 2}
        params.sort(key=lambda p: (order[p.location], template_names.index(p.names.wire)
                                   if p.location == "path" and p.names.wire in template_names else 0))
        body = self.request_body(file, pointer, node.get("requestBody"), op_id)
        responses = self.responses(file, pointer, node.get("responses"), op_id)
        success = next((r for r in responses if r.status.startswith("2")), None)
        secured = bool(self.doc.data.get("security")) if "security" not in node else bool(node.get("security"))
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
        ctype = next((c for c in content if c in _BODY_CONTENT), None)
        if ctype is None:
            self.error(file, pointer_join(pointer, "content"),
                       f"unsupported construct: request content type(s) {', '.join(sorted(content))}")
            return None
        others = sorted(c for c in content if c != ctype)
        if others:
            self.error(file, pointer_join(pointer, "content"),
                       f"unsupported construct: several request content types ({', '.join(sorted(content))})")
        media = content[ctype] or {}
        sptr = pointer_join(pointer, "content", ctype, "schema")
        self.locate(file, pointer)
        t = self.schema_type(file, sptr, media.get("schema", {}), Context("request body", "", op_id), "operations",
                             op_id)
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
        )

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
            if content:
                ctype = next((c for c in content if c == "application/json" or c.endswith("+json")), None)
                if ctype is None:
                    ctype = sorted(content)[0]
                    self.error(rfile, pointer_join(rptr2, "content"),
                               f"unsupported construct: response content type '{ctype}'")
                else:
                    schema = (content[ctype] or {}).get("schema")
                    if schema is not None:
                        ctx = Context("response body", "", op_id) if status.startswith("2") else Context(
                            "response", status, op_id)
                        t = self.schema_type(rfile, pointer_join(rptr2, "content", ctype, "schema"), schema, ctx,
                                             "operations", op_id)
            out.append(Response(rptr, status, _text(r.get("description")), ctype, t))
        return out

    # -- the whole API --------------------------------------------------------------------
    def build(self) -> Api:
        root = self.doc.root
        data = root.data
        info = data.get("info") or {}
        ops: list[Operation] = []
        op_ids: dict[str, str] = {}
        paths = data.get("paths") or {}
        for path, item in paths.items():
            iptr = pointer_join("#/paths", path)
            ifile, iptr2, item = self.deref(root, iptr, item)
            if not isinstance(item, dict):
                self.error(root, iptr, "a path item must be a mapping")
                continue
            for key in sorted(item):
                if key not in _PATH_ITEM_KEYS and not key.startswith("x-"):
                    self.error(root, pointer_join(iptr, key), f"unsupported construct '{key}' in a path item")
                if key in ("head", "options", "trace"):
                    self.error(root, pointer_join(iptr, key), f"unsupported construct: HTTP method '{key}'")
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
        schemes = (data.get("components") or {}).get("securitySchemes") or {}
        for sname, scheme in schemes.items():
            if isinstance(scheme, dict) and scheme.get("type") == "http" and scheme.get("scheme") == "bearer":
                security = Security(sname, "bearer", str(scheme.get("bearerFormat", "")))
            else:
                self.error(root, pointer_join("#/components/securitySchemes", sname),
                           "unsupported construct: only HTTP bearer security is supported")
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
        servers = data.get("servers") or []
        server_url = self.settings.server_url or (servers[0].get("url") if servers and isinstance(servers[0], dict)
                                                  else "")
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
            locations=dict(self.locations),
        )

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
