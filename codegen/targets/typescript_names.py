"""TypeScript names, decided by the TypeScript target from neutral material only: the
spec's wire names, operationIds, tags, component names, the JSON pointer a model came
from and `x-ts-name` overrides. No Python name is read here.

- members (methods, fields, groups, arguments) are camelCase; an identifier the spec
  already spells in camelCase keeps its acronyms (createLCMGeneration);
- types are PascalCase: an operation's models are named after its operationId
  (CreateLCMGenerationRequestBody, GetGenerationByIdResponse), nested inline objects after
  their parent and property (GetGenerationByIdGenerationsByPk), components after the
  component (controlnet_input -> ControlnetInput);
- two models that get the same TypeScript name are an error naming both sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import naming
from ..errors import CodegenError, Issue
from ..ir import Api, Enum, Model, Names, Operation

_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
_SPLIT = re.compile(r"[^A-Za-z0-9]")


def _plain(text: str) -> bool:
    """Already an identifier in camel or Pascal case (no separators, not SHOUTING)."""
    return bool(_IDENT.match(text)) and "_" not in text and "$" not in text and any(c.islower() for c in text)


def pascal(text: str) -> str:
    """createLCMGeneration -> CreateLCMGeneration; controlnet_input -> ControlnetInput."""
    if _plain(text):
        return text[:1].upper() + text[1:]
    return naming.pascal(text)


def camel(text: str, variable: bool = True) -> str:
    """CreateUniversalUpscalerJob -> createUniversalUpscalerJob; Init Images -> initImages.
    A `variable` name that is a reserved word gets a trailing underscore (a property
    name may be any word)."""
    out = text[:1].lower() + text[1:] if _plain(text) and not text[:1].isdigit() else naming.camel(text)
    return naming.safe_ts(out) if variable else out


def member(names: Names, variable: bool = False) -> str:
    """A field name (any word may be a property name), or with `variable` a parameter name
    (reserved words get a trailing underscore): the spec's x-ts-name, else camelCase of the
    wire name."""
    derived = naming.safe_ts(naming.camel(names.wire))
    if names.camel and names.camel != derived:  # an x-ts-name override
        return names.camel
    return camel(names.wire, variable)


def operation_source(op: Operation) -> str:
    """The part of the operationId the method is named after (the settings decide: the
    IR's `names.wire` of an operation is that part when it differs from the id)."""
    return op.names.wire


def method(op: Operation) -> str:
    return camel(_method_source(op))


def _after_underscore(op: Operation) -> str:
    return op.operation_id.rsplit("_", 1)[-1]


def _method_source(op: Operation) -> str:
    # operation_names: method-after-underscore gives names.camel from the part after "_"
    if op.names.camel == naming.safe_ts(naming.camel(_after_underscore(op))) and "_" in op.operation_id:
        return _after_underscore(op)
    return op.operation_id


def type_base(op: Operation) -> str:
    """The prefix of an operation's model names: its operationId in PascalCase."""
    return pascal(op.operation_id)


def unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


@dataclass(frozen=True)
class ModelName:
    name: str  # the TypeScript type name
    namespace: str  # "operations" or "shared"
    module: str  # file stem under src/sdk/models/<namespace>/
    page: str  # docs page stem under docs/sdk/models/<namespace>/


def model_names(api: Api) -> dict[str, ModelName]:
    """IR key of every model and enum -> its TypeScript name, namespace, module and page."""
    ops = {(op.path, op.method.lower()): op for op in api.operations}
    out: dict[str, ModelName] = {}
    owners: dict[str, str] = {}
    issues: list[Issue] = []
    nodes: list[Model | Enum] = [*api.models, *api.enums]
    for node in nodes:
        name, op = _from_pointer(node, ops)
        if node.names.camel != naming.camel(node.names.wire) and node.names.camel:
            name = node.names.camel  # x-ts-name on the schema
        if name in owners and owners[name] != node.pointer:
            issues.append(Issue(api.source, node.pointer, f"TypeScript type name '{name}' collides with the one "
                                f"generated for {owners[name]}; rename one with x-ts-name"))
            continue
        owners[name] = node.pointer
        if op is not None:
            out[node.name] = ModelName(name, "operations", naming.flat_lower(type_base(op)), naming.flat_lower(name))
        else:
            out[node.name] = ModelName(name, "shared", naming.flat_lower(name), naming.flat_lower(name))
    if issues:
        raise CodegenError(issues)
    return out


def _from_pointer(node: Model | Enum, ops: dict[tuple[str, str], Operation]) -> tuple[str, Operation | None]:
    parts = [unescape(p) for p in node.pointer.removeprefix("#/").split("/")]
    if parts[:2] == ["components", "schemas"] and len(parts) >= 3:
        return pascal(parts[2]) + _nested(parts[3:]), None
    if parts[:1] == ["paths"] and len(parts) >= 3 and (parts[1], parts[2]) in ops:
        op = ops[(parts[1], parts[2])]
        base = type_base(op)
        rest = parts[3:]
        if rest[:1] == ["requestBody"] and len(rest) >= 4:
            nested = _nested(rest[4:])
            return base + (nested or "RequestBody"), op
        if rest[:1] == ["responses"] and len(rest) >= 5:
            status = rest[1]
            nested = _nested(rest[5:])
            root = "ResponseBody" if status.startswith("2") else naming.pascal(f"response {status}") + "Body"
            return base + (nested or root), op
        if rest[:1] == ["parameters"] and len(rest) >= 3:
            param = next((p for p in op.params if p.pointer == "/".join(["#", *node.pointer[2:].split("/")[:5]])), None)
            wire = param.names.wire if param is not None else rest[1]
            return base + pascal(wire) + _nested(rest[3:]), op
    # a schema from another file, or a place the rules above do not know: its own words
    return pascal(node.names.wire), None


def _nested(parts: list[str]) -> str:
    out = ""
    i = 0
    while i < len(parts):
        if parts[i] == "properties" and i + 1 < len(parts):
            out += pascal(parts[i + 1])
            i += 2
        elif parts[i] == "additionalProperties":
            out += "Value"
            i += 1
        else:
            i += 1  # items, schema
    return out
