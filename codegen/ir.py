"""The intermediate model: what every target renders, decided once. Language-neutral.

Frozen dataclasses, each node with the JSON pointer of the spec node it came from.
`build_ir` (in build.py) is the only code that reads raw spec dicts; templates and
target layers read these nodes only.

Models, enums and aliases are keyed by a neutral `id`: the component name for a
component schema ("Generation"), the JSON pointer for an inline one
("#/paths/~1jobs/get/responses/200/content/application~1json/schema"). A TypeRef
names them by that id (`ref`). The IR holds name *material* only (wire names, the
words and the text they come from, component names, titles, where an inline schema
sits, `x-<lang>-name` renames); each target decides its own identifiers from it, once
(codegen/targets/python_names.py for the Python targets).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from typing import Any

from .errors import Issue

# Kinds of TypeRef
STRING = "string"
INTEGER = "integer"
NUMBER = "number"
BOOLEAN = "boolean"
BINARY = "binary"  # a file upload / download
ARRAY = "array"
MAP = "map"  # object with additionalProperties / free-form object
ANY = "any"
MODEL = "model"
ENUM = "enum"
UNION = "union"  # oneOf / anyOf / a list of types: one of `members`


@dataclass(frozen=True)
class TypeRef:
    kind: str
    nullable: bool = False
    items: TypeRef | None = None  # ARRAY items, MAP values
    ref: str | None = None  # MODEL / ENUM: the id of the node in Api.models / Api.enums
    format: str | None = None
    # The Alias.id (its component name) when this type came from a $ref to a component
    # schema that is neither an object nor an enum (a list, a string with a pattern, ...):
    # the type itself is inlined, this only says where it came from (docs styles that give
    # aliases a page).
    alias: str | None = None
    # UNION: the member types (in spec order), the discriminator property (its wire name)
    # and its mapping: (value, id of the member model), explicit or implied by component names
    members: tuple[TypeRef, ...] = ()
    discriminator: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    # `const` (or a one-value enum inline): the only value allowed
    const: Any = None
    has_const: bool = False

    def without_null(self) -> TypeRef:
        return replace(self, nullable=False)

    def with_null(self, nullable: bool = True) -> TypeRef:
        return self if self.nullable == nullable else replace(self, nullable=nullable)


def innermost(t: TypeRef) -> TypeRef:
    """The model/enum a list or map holds (or the type itself)."""
    while t.kind in (ARRAY, MAP) and t.items is not None:
        t = t.items
    return t


def referenced(t: TypeRef) -> list[str]:
    """Ids of the models and enums a type mentions (in lists, maps and union members too)."""
    inner = innermost(t)
    if inner.kind == UNION:
        return [r for m in inner.members for r in referenced(m)]
    return [inner.ref] if inner.kind in (MODEL, ENUM) and inner.ref else []


@dataclass(frozen=True)
class Names:
    """Name material of one named thing, in no language's spelling.

    `wire` is exactly what the spec says; `source` is the text identifiers derive from
    (the wire name, or the part of an operationId the settings choose); `words` are its
    lower-case words (naming.words); `renames` the spec's `x-<lang>-name` extensions,
    e.g. (("py", "user"), ("ts", "theUser")), each for its language only.
    """

    wire: str
    source: str
    words: tuple[str, ...]
    renames: tuple[tuple[str, str], ...] = ()

    def rename(self, lang: str) -> str | None:
        """The spec's x-<lang>-name, if any."""
        for k, v in self.renames:
            if k == lang:
                return v
        return None


@dataclass(frozen=True)
class Context:
    """Where a model or enum schema sits, so that each target can name it after its place.

    role: "component" (name = the component name), "request body", "response body"
    (a 2xx response), "response" (name = the status of a non-2xx response), "parameter"
    (name = the parameter's wire name), or "property" (parent = the id of the model whose
    property `name` it is). `steps` counts the additionalProperties levels between that
    place and the schema (each adds "Value" to a Python name); `option` the member of a
    oneOf/anyOf it is.
    """

    role: str
    name: str = ""
    operation: str | None = None  # operationId, when the place is in an operation
    parent: str | None = None
    steps: int = 0
    option: int = 0  # the 1-based index in a oneOf/anyOf the schema is a member of (0: none)


@dataclass(frozen=True)
class Field:
    pointer: str
    names: Names
    type: TypeRef
    required: bool
    description: str  # "" when the spec has none
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False
    deprecated: bool = False
    read_only: bool = False  # sent by the server only: never required in a request
    write_only: bool = False  # sent by the client only: never required in a response


@dataclass(frozen=True)
class Model:
    id: str  # component name, or the JSON pointer of an inline schema; key of Api.models
    pointer: str
    context: Context
    title: str  # the schema's title ("" when none)
    renames: tuple[tuple[str, str], ...]  # x-<lang>-name of the schema
    namespace: str  # "operations" (inline in an operation) or "shared" (a component)
    description: str
    fields: tuple[Field, ...]  # allOf members merged: the bases' fields first
    operation: str | None  # operation_id of the operation it belongs to, if inline
    component: str | None  # component name, if a component
    bases: tuple[str, ...] = ()  # ids of the component models an allOf merged in (fields copied)
    additional: TypeRef | None = None  # typed additionalProperties beside the properties
    # polymorphism through allOf: a model whose schema has a `discriminator` (wire name of the
    # property) and the models a value of it may be, by that property's value: (value, model
    # id), the explicit mapping first, then each component model whose allOf merged this one
    # in (its const on the property, else its component name), then this model itself. A
    # value the table does not know is parsed as this model.
    discriminator: str | None = None
    subtypes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EnumValue:
    value: str | int


@dataclass(frozen=True)
class Enum:
    id: str
    pointer: str
    context: Context
    title: str
    renames: tuple[tuple[str, str], ...]
    namespace: str
    description: str
    values: tuple[EnumValue, ...]
    value_type: str  # "string", "integer" or "mixed" (strings and integers)
    operation: str | None
    component: str | None
    deprecated: bool = False  # the schema says `deprecated: true`


@dataclass(frozen=True)
class Alias:
    """A component schema that is neither an object nor an enum (a list, a string with a
    pattern, ...). Its type is used inline wherever it is referenced; some docs styles
    give it a page of its own."""

    id: str  # its component name
    pointer: str
    component: str
    type: TypeRef
    description: str
    renames: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Param:
    pointer: str
    names: Names
    location: str  # path | query | header
    type: TypeRef
    required: bool
    description: str
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False
    deprecated: bool = False
    allow_empty: bool = False
    # serialisation (OpenAPI `style`/`explode`); "json" for a parameter given with `content`
    style: str = "simple"  # simple | form | deepObject | spaceDelimited | pipeDelimited | label | matrix | json
    explode: bool = False


# Kinds of media a body or a response carries (by its media type)
JSON_MEDIA = "json"  # application/json, application/*+json, ...;charset=...
FORM_MEDIA = "form"  # application/x-www-form-urlencoded
MULTIPART_MEDIA = "multipart"  # multipart/form-data (and other multipart/*)
TEXT_MEDIA = "text"  # text/plain, XML, ...: a str
BINARY_MEDIA = "binary"  # application/octet-stream, image/png, */*, ...: bytes


@dataclass(frozen=True)
class Media:
    """One media type of a request body or a response."""

    content_type: str  # as the spec writes it: application/json;charset=UTF-8
    kind: str  # JSON_MEDIA | FORM_MEDIA | MULTIPART_MEDIA | TEXT_MEDIA | BINARY_MEDIA
    type: TypeRef


@dataclass(frozen=True)
class Body:
    pointer: str
    content_type: str  # the default media type (JSON when there is one)
    type: TypeRef
    required: bool
    description: str
    example: Any = None
    has_example: bool = False
    kind: str = JSON_MEDIA  # the default media type's kind
    media: tuple[Media, ...] = ()  # every media type, the default first


@dataclass(frozen=True)
class Response:
    pointer: str
    status: str  # "200", "2XX", "default"
    description: str
    content_type: str | None
    type: TypeRef | None
    kind: str | None = None  # the kind of content_type (None: no content)

    @property
    def is_error(self) -> bool:
        return not self.status.startswith("2") and self.status != "default"


@dataclass(frozen=True)
class Operation:
    pointer: str
    operation_id: str
    names: Names  # from the operationId (or the method, per settings)
    method: str  # upper case
    path: str
    summary: str
    description: str
    tag: str
    deprecated: bool
    secured: bool
    params: tuple[Param, ...]  # path params (in path order), then query, then header
    body: Body | None
    responses: tuple[Response, ...]  # in status order
    success: Response | None  # the first 2xx response
    # security requirements: alternatives (OR), each a tuple of scheme names (AND); () = none
    security: tuple[tuple[str, ...], ...] = ()

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")

    @property
    def cookie_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "cookie")


@dataclass(frozen=True)
class Group:
    pointer: str
    tag: str
    names: Names
    description: str
    operations: tuple[Operation, ...]  # sorted by snake name


@dataclass(frozen=True)
class Renamed:
    """An operation's former name, kept so that links and code written against it still work."""

    former: Names
    operation_id: str


@dataclass(frozen=True)
class Security:
    scheme_name: str
    kind: str  # "bearer"
    bearer_format: str


# Kinds of SecurityScheme
HTTP_BEARER = "http-bearer"
HTTP_BASIC = "http-basic"
API_KEY = "api-key"
OAUTH2 = "oauth2"
OPENID = "openid-connect"


@dataclass(frozen=True)
class SecurityScheme:
    """One entry of components/securitySchemes."""

    pointer: str
    names: Names  # wire: the scheme's key in the spec
    kind: str  # HTTP_BEARER | HTTP_BASIC | API_KEY | OAUTH2 | OPENID
    description: str = ""
    bearer_format: str = ""
    location: str = ""  # API_KEY: header | query | cookie
    param_name: str = ""  # API_KEY: the header, query parameter or cookie name
    token_url: str = ""  # OAUTH2 with a clientCredentials flow: where to fetch tokens
    scopes: tuple[str, ...] = ()  # OAUTH2 clientCredentials: its scopes


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    values: tuple[str, ...]  # the enum, if any
    description: str


@dataclass(frozen=True)
class Server:
    """One entry of the spec's `servers`: its URL (with `{variables}`) and their values."""

    url: str
    description: str
    variables: tuple[ServerVariable, ...]


@dataclass(frozen=True)
class Api:
    name: str  # the API folder name under spec/
    source: str  # spec path as written in headers: spec/leonardo/openapi.yaml
    title: str
    description: str
    version: str
    server_url: str
    security: Security | None
    groups: tuple[Group, ...]  # in the order of the spec's tags list
    operations: tuple[Operation, ...]  # path order, then method order
    models: tuple[Model, ...]  # sorted by (namespace, name)
    enums: tuple[Enum, ...]  # sorted by (namespace, name)
    aliases: tuple[Alias, ...] = field(default=())  # in component order
    renamed: tuple[Renamed, ...] = field(default=())  # sorted by former name
    warnings: tuple[str, ...] = field(default=())
    schemes: tuple[SecurityScheme, ...] = field(default=())  # in the spec's order
    server_template: str = ""  # servers[0].url with its {variables}; "" without variables
    server_variables: tuple[ServerVariable, ...] = field(default=())
    servers: tuple[Server, ...] = field(default=())  # every entry of `servers` (none when the settings give a URL)

    # where each node's pointer is: pointer -> (file as shown in messages, line)
    locations: dict[str, tuple[str, int | None]] = field(default_factory=dict, compare=False, repr=False)

    # dict indexes, built once on first use: O(1) lookups by id
    @cached_property
    def _models_by_id(self) -> dict[str, Model]:
        return {m.id: m for m in self.models}

    @cached_property
    def _enums_by_id(self) -> dict[str, Enum]:
        return {e.id: e for e in self.enums}

    @cached_property
    def _aliases_by_id(self) -> dict[str, Alias]:
        return {a.id: a for a in self.aliases}

    @cached_property
    def _ops_by_id(self) -> dict[str, Operation]:
        return {o.operation_id: o for o in self.operations}

    @cached_property
    def _groups_by_op(self) -> dict[str, Group]:
        return {o.operation_id: g for g in self.groups for o in g.operations}

    def model(self, id: str) -> Model:
        return self._models_by_id[id]

    def enum(self, id: str) -> Enum:
        return self._enums_by_id[id]

    def alias(self, id: str) -> Alias:
        return self._aliases_by_id[id]

    def named(self, id: str) -> Model | Enum:
        """The model or enum with this id."""
        m = self._models_by_id.get(id)
        return m if m is not None else self.enum(id)

    def namespace_of(self, id: str) -> str:
        """The namespace ("operations" or "shared") of a model or enum."""
        return self.named(id).namespace

    def operation(self, operation_id: str) -> Operation:
        return self._ops_by_id[operation_id]

    def group_of(self, op: Operation) -> Group:
        return self._groups_by_op[op.operation_id]

    def where(self, pointer: str) -> str:
        """'spec.yaml:12 #/components/schemas/X': a node's place, for messages naming two sources."""
        file, line = self.locations.get(pointer, (self.source, None))
        return f"{file}:{line} {pointer}" if line is not None else f"{file} {pointer}"

    def issue(self, pointer: str, message: str, severity: str = "error") -> Issue:
        """An Issue at a node's place (a target's own check, e.g. a name collision)."""
        file, line = self.locations.get(pointer, (self.source, None))
        return Issue(file, pointer, message, severity, line)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("locations", None)
        return out
