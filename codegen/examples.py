"""Example values, built once from the neutral IR: JSON-like Python values.

Targets choose the placeholders (ExampleStyle) and how object keys are spelled (`key`),
then only print the values (codegen.python_common.literal for Python).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ir import ARRAY, BINARY, BOOLEAN, ENUM, INTEGER, MODEL, NUMBER, STRING, UNION, Api, Field, Model, TypeRef

# How a target spells an object's keys in examples (None: the wire names)
Key = Callable[[Field], str] | None


@dataclass(frozen=True)
class ExampleStyle:
    """How one target fills example values the spec does not give."""

    string: str
    id_string: str  # for a string named "id"
    integer: int
    number: float
    boolean: bool
    required_only: bool  # examples show required fields only
    use_spec_examples: bool = True
    binary: Any = None  # for a file upload (a target's expression object); None: the `string` placeholder
    use_spec_defaults: bool = False  # a field without an example shows its default, when it has one


def example(
    api: Api,
    t: TypeRef,
    style: ExampleStyle,
    wire_name: str = "",
    spec_example: Any = None,
    has_example: bool = False,
    key: Key = None,
    depth: int = 0,
) -> Any:
    """An example value for a parameter or field, as a JSON-like value.

    Objects become dicts keyed by wire names, or by `key(field)` (a target's names).
    """
    if has_example and style.use_spec_examples:
        return spec_example
    inner = t
    if inner.has_const:
        return inner.const
    if inner.kind == UNION and inner.members:
        return example(api, inner.members[0], style, wire_name, None, False, key, depth)
    if inner.kind == ENUM and inner.ref:
        return api.enum(inner.ref).values[0].value
    if inner.kind == STRING:
        return style.id_string if wire_name == "id" else style.string
    if inner.kind == INTEGER:
        return style.integer
    if inner.kind == NUMBER:
        return style.number
    if inner.kind == BOOLEAN:
        return style.boolean
    if inner.kind == ARRAY:
        assert inner.items is not None
        if depth > 4:
            return []
        return [example(api, inner.items, style, wire_name, None, False, key, depth + 1)]
    if inner.kind == MODEL and inner.ref:
        return model_example(api, api.model(inner.ref), style, key, depth + 1)
    if inner.kind == BINARY:
        return style.string if style.binary is None else style.binary
    return {}


def model_example(api: Api, model: Model, style: ExampleStyle, key: Key = None, depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if depth > 4:
        return out
    for f in model.fields:
        # a required field with a default need not be given: the SDK sends the default
        if style.required_only and (not f.required or f.has_default):
            continue
        name = f.names.wire if key is None else key(f)
        if style.use_spec_defaults and f.has_default and not (f.has_example and style.use_spec_examples):
            out[name] = f.default
            continue
        out[name] = example(api, f.type, style, f.names.wire, f.example, f.has_example, key, depth)
    return out
