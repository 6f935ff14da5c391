"""Example values and model facts every target shares (language-neutral): which
models and enums a type mentions, models in dependency order, and example values for
parameters, fields and bodies, as JSON-like Python values keyed by wire names or by a
name a target chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .ir import ARRAY, BINARY, BOOLEAN, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING, Api, Field, Model, TypeRef


def innermost(t: TypeRef) -> TypeRef:
    """The model/enum a list or map holds (or the type itself)."""
    while t.kind in (ARRAY, MAP) and t.items is not None:
        t = t.items
    return t


def referenced(t: TypeRef) -> list[str]:
    """Names of the models and enums a type mentions."""
    inner = innermost(t)
    return [inner.name] if inner.kind in (MODEL, ENUM) and inner.name else []


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
    binary: Any = None  # for a file upload (e.g. a Code expression); None: the `string` placeholder


def example(
    api: Api,
    t: TypeRef,
    style: ExampleStyle,
    wire_name: str = "",
    spec_example: Any = None,
    has_example: bool = False,
    key: str | Callable[[Field], str] = "wire",
    depth: int = 0,
) -> Any:
    """An example value for a parameter or field, as a JSON-like Python value.

    Objects become dicts keyed by wire names (key="wire"), Python names (key="snake") or
    the name a callable gives each field.
    """
    if has_example and style.use_spec_examples:
        return spec_example
    inner = t
    if inner.kind == ENUM and inner.name:
        return api.enum(inner.name).values[0].value
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
    if inner.kind == MODEL and inner.name:
        return model_example(api, api.model(inner.name), style, key, depth + 1)
    if inner.kind == BINARY:
        return style.string if style.binary is None else style.binary
    return {}


def model_example(
    api: Api, model: Model, style: ExampleStyle, key: str | Callable[[Field], str] = "wire", depth: int = 0
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if depth > 4:
        return out
    for f in model.fields:
        # a required field with a default need not be given: the SDK sends the default
        if style.required_only and (not f.required or f.has_default):
            continue
        name = key(f) if callable(key) else f.names.wire if key == "wire" else f.names.snake
        out[name] = example(api, f.type, style, f.names.wire, f.example, f.has_example, key, depth)
    return out


def model_order(models: list[Model]) -> list[Model]:
    """Models ordered so that each comes after the models its fields use (leaves first)."""
    by_name = {m.name: m for m in models}
    done: list[Model] = []
    seen: set[str] = set()

    def visit(m: Model) -> None:
        if m.name in seen:
            return
        seen.add(m.name)
        for f in m.fields:
            for dep in referenced(f.type):
                if dep in by_name:
                    visit(by_name[dep])
        done.append(m)

    for m in sorted(models, key=lambda m: m.name):
        visit(m)
    return done
