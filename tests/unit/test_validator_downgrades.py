"""What openapi-spec-validator objects to that does not affect generation is a warning with its
pointer; structural defects stay errors. Each row is written by hand from the spec it builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.build import build_ir
from codegen.load import load
from codegen.settings import Settings
from codegen.validate import spec_validator_issues


def _doc(schemas: dict[str, Any], op: dict[str, Any] | None = None) -> dict[str, Any]:
    get = op or {"operationId": "getThing", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/things": {"get": get}},
            "components": {"schemas": schemas}}


def _check(tmp_path: Path, doc: dict[str, Any]) -> tuple[list[str], list[str], Any]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    loaded = load(path)
    issues = spec_validator_issues(loaded)
    api = None
    if not any(i.severity == "error" for i in issues):
        api, more = build_ir(loaded, Settings("t", tmp_path / "codegen.yaml", path, None, "operation-id", ()),
                             "spec.yaml")
        issues += more
    errors = [f"{i.pointer}: {i.message}" for i in issues if i.severity == "error"]
    warnings = [f"{i.pointer}: {i.message}" for i in issues if i.severity == "warning"]
    return errors, warnings, api


def _thing(**prop: Any) -> dict[str, Any]:
    return {"Thing": {"type": "object", "properties": {"p": prop}}}


P = "#/components/schemas/Thing/properties/p"

# (schema of property p, warning expected at P, the default the IR keeps: (has_default, default))
DEFAULTS = [
    ({"type": "number", "default": "1"}, f"{P}/default: the default '1' does not fit the schema's type; it is "
                                         "ignored", (False, None)),
    ({"type": "boolean", "default": "false"}, f"{P}/default: the default 'false' does not fit the schema's type; "
                                              "it is ignored", (False, None)),
    ({"type": "string", "default": None}, f"{P}/default: the default None does not fit the schema's type; it is "
                                          "ignored", (False, None)),
    ({"type": "string", "enum": ["a", "b"], "default": "c"}, f"{P}/default: the default 'c' does not fit the "
                                                             "schema's type; it is ignored", (False, None)),
    ({"type": "array", "items": {"type": "integer"}, "default": ["x"]},
     f"{P}/default: the default ['x'] does not fit the schema's type; it is ignored", (False, None)),
    ({"type": "string", "nullable": True, "default": None}, None, (True, None)),
    ({"type": "integer", "default": 3}, None, (True, 3)),
    ({"type": "number", "default": 3}, None, (True, 3)),  # an integer is a number
]


@pytest.mark.parametrize("prop, warning, kept", DEFAULTS)
def test_a_default_that_does_not_fit_is_a_warning_and_ignored(tmp_path: Path, prop: dict[str, Any],
                                                               warning: str | None, kept: tuple[bool, Any]) -> None:
    errors, warnings, api = _check(tmp_path, _doc(_thing(**prop)))
    assert errors == []
    assert [w for w in warnings if "default" in w] == ([warning] if warning else [])
    (field,) = api.model("Thing").fields
    assert (field.has_default, field.default) == kept


def test_the_default_of_a_parameter_is_checked_too(tmp_path: Path) -> None:
    op = {"operationId": "getThing", "parameters": [{"name": "n", "in": "query", "schema": {
        "type": "number", "default": "1"}}], "responses": {"200": {"description": "ok"}}}
    errors, warnings, api = _check(tmp_path, _doc({}, op))
    assert errors == []
    assert warnings == ["#/paths/~1things/get/parameters/0/schema/default: the default '1' does not fit the "
                        "schema's type; it is ignored"]
    assert api.operations[0].params[0].has_default is False


def test_a_default_breaking_another_rule_is_a_validator_warning_with_its_pointer(tmp_path: Path) -> None:
    # the pointer goes through the $ref to the component that holds the default
    doc = _doc({"Short": {"type": "string", "maxLength": 2, "default": "long"},
                "Thing": {"type": "object", "properties": {"s": {"$ref": "#/components/schemas/Short"}}}})
    errors, warnings, _ = _check(tmp_path, doc)
    assert errors == []
    assert warnings == ["#/components/schemas/Short/default: the default does not satisfy its schema: 'long' is "
                        "too long"]


def test_an_enum_value_of_another_type_is_a_warning(tmp_path: Path) -> None:
    errors, warnings, api = _check(tmp_path, _doc(_thing(type="string", enum=[1, 2])))
    assert errors == []
    assert warnings == [f"{P}/enum/{i}: enum value {i + 1} is not of type 'string'; the schema is represented as a "
                        "plain string" for i in (0, 1)]
    (field,) = api.model("Thing").fields
    assert field.type.kind == "string" and not api.enums


def test_a_required_property_an_all_of_does_not_define_is_a_warning(tmp_path: Path) -> None:
    doc = _doc({"Base": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Thing": {"allOf": [{"$ref": "#/components/schemas/Base"}], "required": ["a", "ghost"]}})
    errors, warnings, api = _check(tmp_path, doc)
    assert errors == []
    assert warnings == ["#/components/schemas/Thing/required: required property 'ghost' is not defined; it is kept "
                        "as an untyped extra field"]  # (the validator's objection is this one)
    assert [f.names.wire for f in api.model("Thing").fields] == ["a"]


@pytest.mark.parametrize("doc, error", [
    # structural defects stay errors
    ({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "a"}}}},
     "#/paths/~1a/get: 'responses' is a required property"),
    ({"openapi": "3.0.3", "info": {"title": "T"}, "paths": {}}, "#/info: 'version' is a required property"),
])
def test_structural_defects_stay_errors(tmp_path: Path, doc: dict[str, Any], error: str) -> None:
    errors, _, _ = _check(tmp_path, doc)
    assert error in errors
