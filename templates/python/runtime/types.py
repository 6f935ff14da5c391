"""Base model, open enums and helper types shared by the generated models."""

from __future__ import annotations

import operator
import warnings
from enum import Enum, EnumMeta
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Optional, TypeVar, cast

import httpx
import pydantic
from pydantic import ConfigDict
from pydantic_core import core_schema

if TYPE_CHECKING:  # pydantic.json_schema is slow to import and only needed for annotations
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

__all__ = ["BaseModel", "OpenEnumMeta", "RawResponse", "is_known_member"]

_E = TypeVar("_E", bound=Enum)


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
                raise ValueError(f"{name}: null is not allowed here (the field may be left out instead)")
        return self

    def model_post_init(self, context: Any, /) -> None:
        if self.always_send_fields:
            self.model_fields_set.update(self.always_send_fields)


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
        former = {} if name.startswith("_") else cls.__dict__.get("__deprecated_members__", {})
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
