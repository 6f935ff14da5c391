"""The intermediate model: what every target renders, decided once.

Frozen dataclasses, each node with the JSON pointer of the spec node it came from.
`build_ir` (in build.py) is the only code that reads raw spec dicts; templates and
target layers read these nodes only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

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


@dataclass(frozen=True)
class TypeRef:
    kind: str
    nullable: bool = False
    items: TypeRef | None = None  # ARRAY items, MAP values
    name: str | None = None  # MODEL / ENUM: key into Api.models / Api.enums
    format: str | None = None
    # The Alias.name when this type came from a $ref to a component schema that is neither
    # an object nor an enum (a list, a string with a pattern, ...): the type itself is
    # inlined, this only says where it came from (docs styles that give aliases a page).
    alias: str | None = None

    def without_null(self) -> TypeRef:
        return TypeRef(self.kind, False, self.items, self.name, self.format, self.alias)


@dataclass(frozen=True)
class Names:
    """The forms of one identifier. `wire` is exactly what the spec says."""

    wire: str
    snake: str  # Python attributes, functions, arguments: user_id
    camel: str  # TypeScript members: userId
    pascal: str  # plain PascalCase: UserId
    py_class: str  # Python class names, "ID" spelled upper: UserID


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


@dataclass(frozen=True)
class Model:
    pointer: str
    name: str  # Python class name, unique within its namespace; also the key in Api.models
    names: Names
    namespace: str  # "operations" (inline in an operation) or "shared" (a component)
    module: str  # module file stem: snake of the name
    description: str
    fields: tuple[Field, ...]
    operation: str | None  # operation_id of the operation it belongs to, if inline
    component: str | None  # component name, if a component


@dataclass(frozen=True)
class EnumValue:
    value: str | int
    member: str  # CONSTANT_CASE member name


@dataclass(frozen=True)
class Enum:
    pointer: str
    name: str
    names: Names
    namespace: str
    module: str
    description: str
    values: tuple[EnumValue, ...]
    value_type: str  # "string" or "integer"
    operation: str | None
    component: str | None


@dataclass(frozen=True)
class Alias:
    """A component schema that is neither an object nor an enum (a list, a string with a
    pattern, ...). Its type is used inline wherever it is referenced; some docs styles
    give it a page of its own."""

    pointer: str
    name: str
    component: str
    type: TypeRef
    description: str


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
    doc_dir: str  # flat lower-case name used for doc folders: realtimecanvas
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

    def model(self, name: str) -> Model:
        for m in self.models:
            if m.name == name:
                return m
        raise KeyError(name)

    def enum(self, name: str) -> Enum:
        for e in self.enums:
            if e.name == name:
                return e
        raise KeyError(name)

    def _named(self, name: str) -> Model | Enum:
        for m in self.models:
            if m.name == name:
                return m
        return self.enum(name)

    def module_of(self, name: str) -> str:
        """The module stem of a model or enum."""
        return self._named(name).module

    def namespace_of(self, name: str) -> str:
        """The namespace ("operations" or "shared") of a model or enum."""
        return self._named(name).namespace

    def alias(self, name: str) -> Alias:
        for a in self.aliases:
            if a.name == name:
                return a
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
