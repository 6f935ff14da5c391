"""Base model, open enums and helper types shared by the generated models."""

from __future__ import annotations

import base64
import binascii
import importlib
import operator
import warnings
from enum import Enum, EnumMeta
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Callable,
    ClassVar,
    Literal,
    Optional,
    TypedDict,
    TypeVar,
    Union,
    cast,
)

import httpx
import pydantic
from pydantic import ConfigDict
from pydantic_core import core_schema

# pydantic.json_schema is slow to import and only needed for annotations
if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

__all__ = [
    "Base64Bytes",
    "BaseModel",
    "OpenEnumMeta",
    "OperationResponse",
    "OperationResponseTypedDict",
    "OptionalNullable",
    "RawResponse",
    "UNSET",
    "Unset",
    "dump_subtype",
    "is_known_member",
    "parse_subtype",
]

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

#: Validation context of a body the server sent: its deprecated fields do not warn.
FROM_SERVER: dict[str, Any] = {"sdk_source": "server"}


class Unset:
    """The type of :data:`UNSET`, the default of an optional field or argument that may be
    null: left ``UNSET`` it is not sent at all, while ``None`` sends an explicit ``null``.
    """

    _instance: ClassVar[Optional[Unset]] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self


UNSET = Unset()
"""Not given: the field or argument is left out of the request."""


class _UnsetOr:
    """pydantic schema of ``OptionalNullable[T]``: ``Optional[T]``, and ``UNSET`` passes
    through when a value is given from Python (a JSON body never holds it, so parsing
    responses costs nothing more, and its errors name the fields as for ``Optional``).
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        inner = handler(source)

        def validate(
            value: Any, known: core_schema.ValidatorFunctionWrapHandler
        ) -> Any:
            return value if value is UNSET else known(value)

        def serialize(
            value: Any, known: core_schema.SerializerFunctionWrapHandler
        ) -> Any:
            return None if value is UNSET else known(value)

        return core_schema.json_or_python_schema(
            json_schema=inner,
            python_schema=core_schema.no_info_wrap_validator_function(validate, inner),
            serialization=core_schema.wrap_serializer_function_ser_schema(
                serialize, schema=inner
            ),
        )


if TYPE_CHECKING:
    OptionalNullable = Union[Optional[_T], Unset]
else:

    class OptionalNullable:
        """``OptionalNullable[T]``, an optional value that may be null: ``UNSET`` (the
        default) is not sent, ``None`` is sent as ``null``. To type checkers it is
        ``Union[Optional[T], Unset]``; to pydantic ``Optional[T]`` that lets ``UNSET`` by.
        """

        def __class_getitem__(cls, item: Any) -> Any:
            return Annotated[Optional[item], _UnsetOr]


class BaseModel(pydantic.BaseModel):
    """Base class of every generated model.

    Fields can be populated by their Python name or by their wire alias, and
    fields the server sends that the spec does not (yet) describe are kept and
    exposed through ``model_extra``.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        extra="allow",
        protected_namespaces=(),
        defer_build=True,  # validators are built on a model's first use, not at import
    )

    always_send_fields: ClassVar[frozenset[str]] = frozenset()
    """Fields the spec requires and gives a default: they count as set, so they are sent
    (with their default) even when the caller leaves them out."""

    non_nullable_fields: ClassVar[frozenset[str]] = frozenset()
    """Optional fields the spec does not allow to be null (their type says Optional only
    because they may be left out)."""

    @pydantic.model_validator(mode="after")
    def _refuse_null(self) -> BaseModel:
        for name in self.non_nullable_fields & self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(
                    f"{name}: null is not allowed here (the field may be left out instead)"
                )
        return self

    unset_fields: ClassVar[frozenset[str]] = frozenset()
    """The ``OptionalNullable`` fields (their default is ``UNSET``): one given ``UNSET`` counts
    as not set, so it is not sent. Found when the class is created."""

    deprecated_fields: ClassVar[dict[str, str]] = {}
    """Deprecated fields (Python name -> notice): setting one emits a DeprecationWarning."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.unset_fields = frozenset(
            name for name, info in cls.model_fields.items() if info.default is UNSET
        )

    def model_post_init(self, context: Any, /) -> None:
        fields_set = self.model_fields_set
        if self.always_send_fields:
            fields_set.update(self.always_send_fields)
        if self.unset_fields:
            values = self.__dict__
            for name in self.unset_fields & fields_set:
                if values[name] is UNSET:
                    fields_set.discard(name)
        if self.deprecated_fields and context is not FROM_SERVER:
            for name in sorted(self.deprecated_fields.keys() & fields_set):
                _warn_deprecated_field(type(self), name, 3)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in self.deprecated_fields:
            _warn_deprecated_field(type(self), name, 2)
        if value is UNSET and name in self.unset_fields:
            self.model_fields_set.discard(name)


def _from_base64(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error:  # not base64 after all: the text itself, nothing lost
            return value.encode("utf-8")
    raise ValueError(f"expected bytes or a base64 str, got {type(value).__name__}")


#: Serialization context of a request body sent as a form or multipart body.
ON_THE_WIRE: dict[str, Any] = {"sdk_target": "wire"}


def _to_base64(value: bytes, info: pydantic.SerializationInfo) -> Any:
    if info.mode == "json" or info.context is ON_THE_WIRE:
        return base64.b64encode(value).decode("ascii")
    return value


Base64Bytes = Annotated[
    bytes,
    pydantic.PlainValidator(_from_base64, json_schema_input_type=str),
    pydantic.PlainSerializer(_to_base64),
]
"""``format: byte``: bytes in Python, base64 text on the wire (a str given is base64-decoded;
one that is not base64 gives its UTF-8 bytes)."""


def parse_subtype(
    cls: type[BaseModel],
    value: Any,
    handler: Callable[[Any], Any],
    info: pydantic.ValidationInfo,
) -> Any:
    """Polymorphism through allOf: a value of a model whose schema has a discriminator is
    parsed into the model its discriminator names (``cls.__subtypes__``: value -> (module, class)
    in the same package). A value it does not name, or a subtype instance, is kept."""
    subtypes: dict[str, tuple[str, str]] = cls.__dict__.get("__subtypes__", {})
    if isinstance(value, BaseModel) and not isinstance(value, cls):
        for module, name in subtypes.values():
            if type(value).__name__ == name and type(value).__module__.endswith(
                "." + module
            ):
                return value  # a subtype instance where its base is expected
    if isinstance(value, dict) and subtypes:
        wire, attr = cls.__dict__["__discriminator__"]
        tag = value.get(wire, value.get(attr))
        target = subtypes.get(str(tag)) if isinstance(tag, (str, int)) else None
        if target is not None and target[1] != cls.__name__:
            package = cls.__module__.rpartition(".")[0]
            model = getattr(
                importlib.import_module(f"{package}.{target[0]}"), target[1]
            )
            return model.model_validate(value, context=info.context)
    return handler(value)


def dump_subtype(
    value: BaseModel,
    base: type[BaseModel],
    handler: Callable[[Any], Any],
    info: pydantic.SerializationInfo,
) -> Any:
    """A subtype held where its base is expected is dumped as itself (all its fields)."""
    if isinstance(value, base):
        return handler(value)
    return value.model_dump(
        mode=info.mode,
        by_alias=info.by_alias,
        exclude_unset=info.exclude_unset,
        exclude_defaults=info.exclude_defaults,
        exclude_none=info.exclude_none,
        round_trip=info.round_trip,
    )


def _warn_deprecated_field(cls: type[BaseModel], name: str, stacklevel: int) -> None:
    warnings.warn(
        f"{cls.__name__}.{name} is deprecated: {cls.deprecated_fields[name]}",
        DeprecationWarning,
        stacklevel=stacklevel + 1,
    )


def _pseudo_member(cls: type[_E], value: Any) -> Optional[_E]:
    """Build a member of ``cls`` for a value the enum does not declare.

    Only ``str``- and ``int``-valued enums are open; ``None`` is returned when
    ``value`` does not have the enum's value type.
    """
    if isinstance(value, Enum):
        value = value.value
    member: Any
    if issubclass(cls, str):
        if not isinstance(value, str):
            return None
        raw: Any = str.__str__(value)  # plain ``str`` even for str subclasses
        member = str.__new__(cast(Any, cls), raw)
    elif issubclass(cls, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        raw = operator.index(value)
        member = int.__new__(cast(Any, cls), raw)
    else:
        return None
    member._value_ = raw
    member._name_ = str(raw)
    return cast(_E, member)


class OpenEnumMeta(EnumMeta):
    """Metaclass for enums that accept values unknown to the spec.

    Declare an open enum as ``class Color(str, Enum, metaclass=OpenEnumMeta)``
    (or ``int`` instead of ``str``). Known values give the declared member;
    an unknown value of the right type (``Color("teal")``, or ``"teal"``
    validated by pydantic) gives a pseudo-member whose ``.value`` is the raw
    value and which compares equal to it. Pseudo-members are instances of the
    enum but are not listed in it (iteration, ``__members__``); use
    :func:`is_known_member` to tell them apart.
    """

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:  # functional API, e.g. ``Color("Color", "RED BLUE")``
            return super().__call__(value, *args, **kwargs)
        notice = cls.__dict__.get("__deprecated__")
        if notice:  # a deprecated enum (PEP 702's attribute): using it warns
            warnings.warn(
                f"{cls.__name__} is deprecated: {notice}",
                DeprecationWarning,
                stacklevel=2,
            )
        try:
            return super().__call__(value)
        except ValueError:
            member = _pseudo_member(cast("type[Enum]", cls), value)
            if member is None:
                raise
            return member

    def __getattr__(cls, name: str) -> Any:
        """A member's former name (``__deprecated_members__``: former -> current) still works,
        with a DeprecationWarning."""
        former = (
            {}
            if name.startswith("_")
            else cls.__dict__.get("__deprecated_members__", {})
        )
        if name not in former:
            raise AttributeError(name)
        warnings.warn(
            f"{cls.__name__}.{name} is deprecated: use {cls.__name__}.{former[name]}",
            DeprecationWarning,
            stacklevel=2,
        )
        return cls[former[name]]

    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Wrap pydantic's own enum schema so unknown values become pseudo-members."""
        enum_schema = handler(source)
        enum_cls = cast("type[Enum]", cls)

        def validate(
            value: Any, validate_known: core_schema.ValidatorFunctionWrapHandler
        ) -> Any:
            try:
                return validate_known(value)
            except pydantic.ValidationError:
                member = _pseudo_member(enum_cls, value)
                if member is None:
                    raise
                return member

        return core_schema.no_info_wrap_validator_function(validate, enum_schema)


def is_known_member(member: Enum) -> bool:
    """Return True if ``member`` is declared by its enum, False for a pseudo-member."""
    return type(member)._member_map_.get(member.name) is member


class _RawResponseSchema:
    """Pydantic schema for an ``httpx.Response`` attribute: instance check only."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.is_instance_schema(httpx.Response)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {}


RawResponse = Annotated[
    httpx.Response,
    _RawResponseSchema,
    pydantic.Field(exclude=True, repr=False),
]
"""Field type for the raw HTTP response kept on generated response classes.

It is validated by an ``isinstance`` check, left out of ``model_dump()`` and
of the model's ``repr``.
"""


class OperationResponse(BaseModel):
    """What every operation's response class holds (each adds its ``object``)."""

    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: RawResponse
    """Raw HTTP response; suitable for custom response parsing"""


class OperationResponseTypedDict(TypedDict):
    """The keys every operation's response TypedDict has (each adds its ``object``)."""

    content_type: str
    """HTTP response content type for this operation"""

    status_code: int
    """HTTP response status code for this operation"""

    raw_response: httpx.Response
    """Raw HTTP response; suitable for custom response parsing"""
