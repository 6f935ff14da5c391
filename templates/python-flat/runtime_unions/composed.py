"""Schemas of composed values: oneOf/anyOf unions, objects with additional properties, and
enums whose values are both strings and integers. Part of the package only when its
API uses them; built like the schemas in schemas.py.
"""

from __future__ import annotations

import typing

from .exceptions import ApiTypeError, ApiValueError, PathToItem
from .schemas import (
    EnumSchema,
    Lazy,
    Mismatch,
    Nullable,
    ObjectSchema,
    Property,
    Schema,
    _type_name,
    unset,
)

__all__ = ["UnionSchema", "OpenObjectSchema", "MixedEnumSchema"]

_MISSING = object()


def _plain(schema: Schema) -> Schema:
    while isinstance(schema, (Lazy, Nullable)):
        schema = schema.schema if isinstance(schema, Lazy) else schema.inner
    return schema


def _unexplained(schema: Schema, value: typing.Any, key: str) -> int:
    """Keys of an object value its schema has no property for (fewer is a better fit)."""
    plain = _plain(schema)
    if isinstance(plain, ObjectSchema) and isinstance(value, typing.Mapping):
        known = {getattr(p, key) for p in plain.properties}
        return sum(1 for k in value if k not in known)
    return 0


class UnionSchema(Schema):
    """oneOf/anyOf: a value of one of the members.

    With a discriminator (its wire name and Python name), its value picks the member
    (``mapping``: value -> index); a value the mapping does not know is kept as it came
    in a response. Without one, the members are tried in order and the one that explains
    the most of the value wins; in a response, a value no member fits is kept as it came.
    """

    def __init__(
        self,
        name: str,
        members: typing.Callable[[], typing.Tuple[Schema, ...]],
        discriminator: typing.Optional[typing.Tuple[str, str]] = None,
        mapping: typing.Optional[typing.Dict[str, int]] = None,
        nullable: bool = False,
    ) -> None:
        self.name = name
        self.nullable = nullable
        self.expected = f"one of {name}"
        self._factory = members
        self._members: typing.Optional[typing.Tuple[Schema, ...]] = None
        self.discriminator = discriminator
        self.mapping = dict(mapping or {})

    @property
    def members(self) -> typing.Tuple[Schema, ...]:
        if self._members is None:
            self._members = self._factory()
        return self._members

    def _picked(self, value: typing.Any, key: int) -> typing.Any:
        """The member a discriminated value names: an index, None (unknown value) or _MISSING."""
        if self.discriminator is None or not isinstance(value, typing.Mapping):
            return _MISSING
        tag = value.get(self.discriminator[key], _MISSING)
        if tag is _MISSING:
            return _MISSING
        return self.mapping.get(str(tag))

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        index = self._picked(value, 1)
        if index is None:
            allowed = ", ".join(sorted(self.mapping))
            raise ApiValueError(
                f"{self.discriminator[1] if self.discriminator else ''} must be one of {allowed}",
                path,
            )
        if index is not _MISSING:
            return self.members[index].to_wire(value, path)
        ranked = sorted(
            range(len(self.members)),
            key=lambda i: _unexplained(self.members[i], value, "name"),
        )
        for i in ranked:
            try:
                return self.members[i].to_wire(value, path)
            except (ApiTypeError, ApiValueError):
                continue
        raise ApiTypeError(
            f"expected {self.expected}, got {_type_name(value)} that fits no member",
            path,
        )

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        index = self._picked(value, 0)
        if index is None:
            return value  # a member the spec does not (yet) describe: kept as it came
        if index is not _MISSING:
            return self.members[index].from_wire(value, path)
        ranked = sorted(
            range(len(self.members)),
            key=lambda i: _unexplained(self.members[i], value, "wire"),
        )
        for i in ranked:
            try:
                return self.members[i].from_wire(value, path)
            except Mismatch:
                continue
        return value  # no member fits: kept as it came


class OpenObjectSchema(ObjectSchema):
    """An object with properties that also allows other keys (additionalProperties), checked
    against ``additional`` when it is given."""

    def __init__(
        self,
        name: str,
        properties: typing.Callable[[], typing.Tuple[Property, ...]],
        additional: typing.Optional[Schema] = None,
        nullable: bool = False,
    ) -> None:
        super().__init__(name, properties, nullable)
        self.additional = additional

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, typing.Mapping):
            raise self._wrong_type(value, path)
        names = {p.name for p in self.properties}
        known = {k: v for k, v in value.items() if k in names}
        out: typing.Dict[str, typing.Any] = super()._to_wire(known, path)
        for key, item in value.items():
            if key in names or item is unset:
                continue
            if not isinstance(key, str):
                raise ApiTypeError(f"keys must be str, got {_type_name(key)}", path)
            out[key] = (
                self.additional.to_wire(item, path + (key,))
                if self.additional is not None
                else item
            )
        return out

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        out: typing.Dict[str, typing.Any] = super()._from_wire(value, path)
        if self.additional is not None:
            wires = {p.wire for p in self.properties}
            for key, item in value.items():
                if key not in wires:
                    out[key] = self.additional.from_wire(item, path + (key,))
        return out


class MixedEnumSchema(EnumSchema):
    """An enum of strings and integers."""

    def __init__(
        self,
        name: str,
        values: typing.Tuple[typing.Union[str, int], ...],
        nullable: bool = False,
    ) -> None:
        super().__init__(name, values, nullable)
        self.expected = "str or int"

    def _right_type(self, value: typing.Any) -> bool:
        return isinstance(value, str) or (
            isinstance(value, int) and not isinstance(value, bool)
        )
