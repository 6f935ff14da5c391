"""Schemas as data: what the spec says a value must look like, checked both ways.

Every model, enum and parameter of the API is described by one of the classes below
(the generated modules build them). A schema does two things:

* ``to_wire(value, path)`` checks an argument strictly before anything is sent and turns
  it into what goes on the wire: Python property names become the spec's wire names,
  ``unset`` properties are left out, dates become ISO strings. A wrong type raises
  ApiTypeError; a value the spec does not allow (outside an enum, a missing required
  property) raises ApiValueError.
* ``from_wire(value, path)`` checks a response body and turns wire names into Python
  names. Types and required properties must match (else ``Mismatch``); values newer
  than the spec, such as an enum value or a property it does not list, are kept as
  they came (an unknown property keeps its wire name).
"""

from __future__ import annotations

import base64
import datetime
import decimal
import math
import typing
import uuid

from .exceptions import ApiTypeError, ApiValueError, PathToItem

__all__ = [
    "Unset",
    "unset",
    "FileInput",
    "Mismatch",
    "Schema",
    "StrSchema",
    "IntSchema",
    "NumberSchema",
    "BoolSchema",
    "BinarySchema",
    "AnySchema",
    "EnumSchema",
    "ListSchema",
    "MapSchema",
    "Property",
    "ObjectSchema",
    "Nullable",
    "Lazy",
]


class Unset:
    """The value of an argument or response part that was not given / not defined."""

    _instance: typing.ClassVar[typing.Optional["Unset"]] = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "unset"

    def __bool__(self) -> bool:
        return False


unset = Unset()
"""The default of every optional argument: the property or parameter is not sent."""

FileInput = typing.Union[bytes, bytearray, typing.IO[bytes]]
"""A file to upload: its bytes, or a binary file object (open(path, "rb"))."""


class Mismatch(Exception):
    """A response value that does not match its schema (the client turns it into an
    ApiResponseValidationError)."""

    def __init__(self, message: str, path_to_item: PathToItem) -> None:
        self.message = message
        self.path_to_item = path_to_item
        super().__init__(message)


def _type_name(value: typing.Any) -> str:
    return "None" if value is None else type(value).__name__


class Schema:
    """The base class: null handling; subclasses check everything else."""

    nullable: bool = False
    expected: str = "a value"

    def to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if value is None:
            if self.nullable:
                return None
            raise ApiTypeError(f"None is not allowed, expected {self.expected}", path)
        return self._to_wire(value, path)

    def from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if value is None:
            if self.nullable:
                return None
            raise Mismatch(f"null is not allowed, expected {self.expected}", path)
        return self._from_wire(value, path)

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return value

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return value

    def _wrong_type(self, value: typing.Any, path: PathToItem) -> ApiTypeError:
        return ApiTypeError(f"expected {self.expected}, got {_type_name(value)}", path)

    def _mismatch(self, value: typing.Any, path: PathToItem) -> Mismatch:
        return Mismatch(f"expected {self.expected}, got {_type_name(value)}", path)


class StrSchema(Schema):
    """type: string. A date-time also accepts a datetime, a date a date, a uuid a UUID, a byte
    (base64) bytes. Responses keep the string as it came (as OpenAPI Generator's python SDKs
    do: their date-time values are str instances)."""

    def __init__(
        self, nullable: bool = False, format: typing.Optional[str] = None
    ) -> None:
        self.nullable = nullable
        self.format = format
        self.expected = "str"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, str):
            return value
        if self.format == "date-time" and isinstance(value, datetime.datetime):
            return value.isoformat()
        if (
            self.format == "date"
            and isinstance(value, datetime.date)
            and not isinstance(value, datetime.datetime)
        ):
            return value.isoformat()
        if self.format == "uuid" and isinstance(value, uuid.UUID):
            return str(value)
        if self.format == "byte" and isinstance(value, (bytes, bytearray)):
            return base64.b64encode(value).decode("ascii")
        raise self._wrong_type(value, path)

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, str):
            raise self._mismatch(value, path)
        return value


class IntSchema(Schema):
    """type: integer. Accepts int and an integral decimal.Decimal (never bool)."""

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable
        self.expected = "int"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, bool):
            raise self._wrong_type(value, path)
        if isinstance(value, int):
            return value
        if isinstance(value, decimal.Decimal):
            if not value.is_finite() or value != value.to_integral_value():
                raise ApiValueError(f"{value} is not an integer", path)
            return int(value)
        raise self._wrong_type(value, path)

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._mismatch(value, path)
        return value


class NumberSchema(Schema):
    """type: number. Accepts int, float and decimal.Decimal (never bool); finite only."""

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable
        self.expected = "a number (int, float or decimal.Decimal)"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, bool):
            raise self._wrong_type(value, path)
        if isinstance(value, decimal.Decimal):
            if not value.is_finite():
                raise ApiValueError(f"{value} is not a finite number", path)
            return int(value) if value == value.to_integral_value() else float(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ApiValueError(f"{value} is not a finite number", path)
            return value
        raise self._wrong_type(value, path)

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._mismatch(value, path)
        return value


class BoolSchema(Schema):
    """type: boolean."""

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable
        self.expected = "bool"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, bool):
            raise self._wrong_type(value, path)
        return value

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, bool):
            raise self._mismatch(value, path)
        return value


class BinarySchema(Schema):
    """type: string, format: binary. Sent as a file part of a multipart body."""

    def __init__(self, nullable: bool = False) -> None:
        self.nullable = nullable
        self.expected = "bytes or a binary file object"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        if callable(getattr(value, "read", None)) and not isinstance(value, str):
            return value
        raise self._wrong_type(value, path)

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, str):
            raise Mismatch(f"expected str, got {_type_name(value)}", path)
        return value


class AnySchema(Schema):
    """A schema without a type: any JSON value."""

    def __init__(self) -> None:
        self.nullable = True
        self.expected = "any JSON value"


class EnumSchema(Schema):
    """enum: in a request only the listed values; in a response any value of the type."""

    def __init__(
        self,
        name: str,
        values: typing.Tuple[typing.Union[str, int], ...],
        nullable: bool = False,
    ) -> None:
        self.name = name
        self.values = values
        self.nullable = nullable
        self.is_int = all(isinstance(v, int) for v in values)
        self.expected = "int" if self.is_int else "str"

    def _right_type(self, value: typing.Any) -> bool:
        if self.is_int:
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, str)

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not self._right_type(value):
            raise self._wrong_type(value, path)
        if value not in self.values:
            allowed = ", ".join(repr(v) for v in self.values)
            raise ApiValueError(
                f"{value!r} is not a valid {self.name}; one of {allowed}", path
            )
        return value

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not self._right_type(value):
            raise self._mismatch(value, path)
        return value


class ListSchema(Schema):
    """type: array. Accepts a list or a tuple."""

    def __init__(self, items: Schema, nullable: bool = False) -> None:
        self.items = items
        self.nullable = nullable
        self.expected = "a list"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, (list, tuple)):
            raise self._wrong_type(value, path)
        return [self.items.to_wire(item, path + (i,)) for i, item in enumerate(value)]

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, list):
            raise self._mismatch(value, path)
        return [self.items.from_wire(item, path + (i,)) for i, item in enumerate(value)]


class MapSchema(Schema):
    """type: object without properties: string keys, values of one schema."""

    def __init__(self, values: Schema, nullable: bool = False) -> None:
        self.values = values
        self.nullable = nullable
        self.expected = "a dict"

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, typing.Mapping):
            raise self._wrong_type(value, path)
        out: typing.Dict[str, typing.Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ApiTypeError(f"keys must be str, got {_type_name(key)}", path)
            out[key] = self.values.to_wire(item, path + (key,))
        return out

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, dict):
            raise self._mismatch(value, path)
        return {
            key: self.values.from_wire(item, path + (key,))
            for key, item in value.items()
        }


class Property:
    """One property of an object: its wire name, its Python name, its schema."""

    def __init__(
        self, wire: str, name: str, schema: Schema, required: bool = False
    ) -> None:
        self.wire = wire
        self.name = name
        self.schema = schema
        self.required = required


class ObjectSchema(Schema):
    """type: object with properties. Python values are dicts keyed by Python names.

    ``properties`` is a function returning the properties, called on first use, so that
    models can refer to each other (and to themselves) in any order.

    ``subtypes`` (polymorphism through allOf): the discriminator's wire and Python names and
    a function returning the schemas its values name; a value naming another schema is
    checked and converted by that one, any other value by this one.
    """

    def __init__(
        self,
        name: str,
        properties: typing.Callable[[], typing.Tuple[Property, ...]],
        nullable: bool = False,
        subtypes: typing.Optional[
            typing.Tuple[
                str, str, typing.Callable[[], typing.Dict[str, "ObjectSchema"]]
            ]
        ] = None,
    ) -> None:
        self.name = name
        self.nullable = nullable
        self.expected = f"a dict ({name})"
        self._factory = properties
        self._props: typing.Optional[typing.Tuple[Property, ...]] = None
        self._subtypes = subtypes

    def _subtype(self, value: typing.Any, key: int) -> typing.Optional["ObjectSchema"]:
        """The schema a value's discriminator names, if not this one."""
        if self._subtypes is None or not isinstance(value, typing.Mapping):
            return None
        tag = value.get(self._subtypes[key])
        schema = (
            self._subtypes[2]().get(str(tag)) if isinstance(tag, (str, int)) else None
        )
        return schema if schema is not self else None

    def to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        schema = self._subtype(value, 1)
        return (
            schema.to_wire(value, path)
            if schema is not None
            else super().to_wire(value, path)
        )

    def from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        schema = self._subtype(value, 0)
        return (
            schema.from_wire(value, path)
            if schema is not None
            else super().from_wire(value, path)
        )

    @property
    def properties(self) -> typing.Tuple[Property, ...]:
        if self._props is None:
            self._props = self._factory()
        return self._props

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, typing.Mapping):
            raise self._wrong_type(value, path)
        by_name = {p.name: p for p in self.properties}
        for key in value:
            if key not in by_name:
                known = ", ".join(p.name for p in self.properties) or "none"
                raise ApiTypeError(
                    f"{self.name} has no property {key!r} (known: {known})", path
                )
        out: typing.Dict[str, typing.Any] = {}
        for prop in self.properties:
            item = value.get(prop.name, unset)
            if isinstance(item, Unset):
                if prop.required:
                    raise ApiValueError(f"{self.name} requires {prop.name!r}", path)
                continue
            out[prop.wire] = prop.schema.to_wire(item, path + (prop.name,))
        return out

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        if not isinstance(value, dict):
            raise self._mismatch(value, path)
        out: typing.Dict[str, typing.Any] = {}
        known = set()
        for prop in self.properties:
            known.add(prop.wire)
            if prop.wire in value:
                out[prop.name] = prop.schema.from_wire(
                    value[prop.wire], path + (prop.name,)
                )
            elif prop.required:
                raise Mismatch(f"required property {prop.wire!r} is missing", path)
        for key, item in value.items():
            if key not in known and key not in out:
                out[key] = item  # newer than the spec: kept as it came
        return out


class Nullable(Schema):
    """A schema (usually a model's) that also allows None / null here."""

    def __init__(self, inner: Schema) -> None:
        self.inner = inner
        self.nullable = True
        self.expected = inner.expected

    def _to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return self.inner.to_wire(value, path)

    def _from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return self.inner.from_wire(value, path)


class Lazy(Schema):
    """A schema built on first use (type aliases that refer to models)."""

    def __init__(self, factory: typing.Callable[[], Schema]) -> None:
        self._factory = factory
        self._schema: typing.Optional[Schema] = None

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            self._schema = self._factory()
        return self._schema

    def to_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return self.schema.to_wire(value, path)

    def from_wire(self, value: typing.Any, path: PathToItem) -> typing.Any:
        return self.schema.from_wire(value, path)
