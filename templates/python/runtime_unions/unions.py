"""oneOf / anyOf values: parsed into the member they are; a value no member fits is kept.

A union field is annotated ``Annotated[Union[A, B, Dict[str, Any]], OneOf(...)]``. With a
discriminator, its value picks the member (``mapping``: value -> index of the member);
a value the mapping does not know is kept as it came (a member newer than the spec).
Without one, the members are tried in order, strictly first, then leniently; among the
models that accept the value, the one that leaves fewest properties unexplained wins.
When no member accepts it, the value is kept as it came.
"""

from __future__ import annotations

import functools
from typing import Any, Dict, Optional, Tuple, Union, get_args, get_origin

import pydantic
from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

__all__ = ["OneOf"]

_MISSING = object()


@functools.lru_cache(maxsize=256)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def _unexplained(value: Any) -> int:
    """Properties a parsed value kept without a field for them (fewer is a better fit)."""
    if isinstance(value, pydantic.BaseModel):
        return len(value.model_extra or {})
    if isinstance(value, list):
        return sum(_unexplained(item) for item in value)
    return 0


class OneOf:
    """Annotated metadata that parses a Union into the right member."""

    def __init__(
        self,
        discriminator: Optional[str] = None,
        name: Optional[str] = None,
        mapping: Optional[Dict[str, int]] = None,
        open_member: bool = False,
    ) -> None:
        self.discriminator = discriminator  # the property's wire name
        self.name = name or discriminator  # its Python name
        self.mapping = dict(mapping or {})
        self.open_member = open_member  # the last member only says "any other object"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        members: Tuple[Any, ...] = (
            get_args(source) if get_origin(source) is Union else (source,)
        )
        if self.open_member:
            members = members[:-1]
        schema = handler(source)

        def validate(value: Any) -> Any:
            return self.parse(value, members)

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.wrap_serializer_function_ser_schema(
                lambda v, nxt: nxt(v), schema=schema
            ),
        )

    def parse(self, value: Any, members: Tuple[Any, ...]) -> Any:
        for member in members:
            if (
                isinstance(member, type)
                and isinstance(value, member)
                and issubclass(member, pydantic.BaseModel)
            ):
                return value
        if self.discriminator is not None and isinstance(value, dict):
            key = value.get(self.discriminator, _MISSING)
            if key is _MISSING and self.name is not None:
                key = value.get(self.name, _MISSING)
            if key is not _MISSING:
                index = self.mapping.get(str(key))
                if index is None:
                    return value  # a member the spec does not (yet) describe: kept as it came
                return _adapter(members[index]).validate_python(value)
        for strict in (True, False):
            best: Optional[Tuple[int, Any]] = None
            for member in members:
                try:
                    parsed = _adapter(member).validate_python(value, strict=strict)
                except pydantic.ValidationError:
                    continue
                score = _unexplained(parsed)
                if score == 0:
                    return parsed
                if best is None or score < best[0]:
                    best = (score, parsed)
            if best is not None:
                return best[1]
        return value  # no member fits: kept as it came
