"""The intermediate model: what every target renders, decided once.

Frozen dataclasses, each node with the JSON pointer of the spec node it came from.
`build_ir` (in build.py) is the only code that reads raw spec dicts; templates and
target layers read these nodes only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property
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


@dataclass(frozen=True)
class Body:
    pointer: str
    content_type: str  # application/json | multipart/form-data
    type: TypeRef
    required: bool
    description: str
    example: Any = None
    has_example: bool = False


@dataclass(frozen=True)
class Response:
    pointer: str
    status: str  # "200", "2XX", "default"
    description: str
    content_type: str | None
    type: TypeRef | None


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

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")


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

    @cached_property
    def _index(self) -> tuple[dict[str, Model], dict[str, Enum], dict[str, Alias]]:
        """Models, enums and aliases by name, built once: lookups stay O(1) on large specs.
        The first of a name wins, as the linear searches did."""
        models: dict[str, Model] = {}
        enums: dict[str, Enum] = {}
        aliases: dict[str, Alias] = {}
        for m in self.models:
            models.setdefault(m.name, m)
        for e in self.enums:
            enums.setdefault(e.name, e)
        for a in self.aliases:
            aliases.setdefault(a.name, a)
        return models, enums, aliases

    def model(self, name: str) -> Model:
        return self._index[0][name]

    def enum(self, name: str) -> Enum:
        return self._index[1][name]

    def _named(self, name: str) -> Model | Enum:
        found = self._index[0].get(name)
        return found if found is not None else self.enum(name)

    def module_of(self, name: str) -> str:
        """The module stem of a model or enum."""
        return self._named(name).module

    def namespace_of(self, name: str) -> str:
        """The namespace ("operations" or "shared") of a model or enum."""
        return self._named(name).namespace

    def alias(self, name: str) -> Alias:
        return self._index[2][name]

    @cached_property
    def _groups_by_operation(self) -> dict[str, Group]:
        return {op.operation_id: g for g in reversed(self.groups) for op in g.operations}

    def group_of(self, operation_id: str) -> Group:
        """The group (tag) an operation is listed under."""
        return self._groups_by_operation[operation_id]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
