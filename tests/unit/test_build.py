"""build_ir on tiny inline specs: the names and types it decides, and the errors it reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.build import build_ir
from codegen.errors import CodegenError
from codegen.ir import ARRAY, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING, Api
from codegen.load import display_path, load
from codegen.settings import Settings
from codegen.targets import python_names as pn


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def _build(tmp_path: Path, doc: dict[str, Any], operation_names: str = "operation-id") -> tuple[Api, list[str]]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    settings = Settings("t", tmp_path / "codegen.yaml", path, None, operation_names, ())
    api, issues = build_ir(load(path), settings, "spec.yaml")
    if not any(i.severity == "error" for i in issues):
        issues += pn.table(api).issues()  # what the Python targets report about their names
    shown = display_path(path)  # messages name other sources by file:line
    return api, [f"{i.pointer}: {i.message}".replace(shown, "spec.yaml") for i in issues if i.severity == "error"]


def _ok(description: str = "ok", schema: Any = None) -> dict[str, Any]:
    if schema is None:
        return {"200": {"description": description}}
    return {"200": {"description": description, "content": {"application/json": {"schema": schema}}}}


def test_operations_groups_and_parameter_order(tmp_path: Path) -> None:
    doc = _spec(
        {
            "/users/{userId}/items/{itemId}": {
                "get": {
                    "tags": ["Items"],
                    "operationId": "getItem",
                    "parameters": [
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                        {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "userId", "in": "path", "required": True, "schema": {"type": "string"}},
                    ],
                    "responses": _ok(),
                },
                "delete": {"tags": ["Items"], "operationId": "aDelete", "responses": _ok(),
                           "parameters": [
                               {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}},
                               {"name": "userId", "in": "path", "required": True, "schema": {"type": "string"}}]},
            }
        },
        tags=[{"name": "Zeta"}, {"name": "Items"}],
    )
    api, errors = _build(tmp_path, doc)
    assert errors == []
    assert [g.tag for g in api.groups] == ["Items"]  # tags without operations make no group
    group = api.groups[0]
    assert [pn.method(o) for o in group.operations] == ["a_delete", "get_item"]  # sorted by name
    assert [o.method for o in api.operations] == ["GET", "DELETE"]  # path order, then method order
    op = api.operations[0]
    # path parameters in template order, then query parameters in spec order
    assert [(p.names.wire, p.location) for p in op.params] == [
        ("userId", "path"), ("itemId", "path"), ("offset", "query"), ("limit", "query")]
    assert [pn.param_name(p) for p in op.params] == ["user_id", "item_id", "offset", "limit"]


def test_models_are_named_after_their_place(tmp_path: Path) -> None:
    doc = _spec(
        {
            "/generations/{id}": {
                "post": {
                    "operationId": "getGenerationById",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["prompt"],
                        "properties": {"prompt": {"type": "string", "default": "a cat"},
                                       "style": {"$ref": "#/components/schemas/sd_style"}}}}}},
                    "responses": _ok("the generation", {
                        "type": "object",
                        "properties": {"generations_by_pk": {
                            "type": "object", "nullable": True,
                            "properties": {"images": {"type": "array", "items": {
                                "type": "object", "properties": {"url": {"type": "string"}}}},
                                "seed": {"$ref": "#/components/schemas/bigint"},
                                "meta": {"type": "object"}}}}}),
                }
            }
        },
        {"sd_style": {"type": "string", "enum": ["LEONARDO", "ANIME"], "description": "Style."},
         "bigint": {"type": "integer", "description": "A big integer."}},
    )
    api, errors = _build(tmp_path, doc)
    assert errors == []
    table = pn.table(api)
    names = {table.cls(m.id): m for m in api.models}
    assert set(names) == {"GetGenerationByIDRequestBody", "GetGenerationByIDResponseBody",
                          "GetGenerationByIDGenerationsByPk", "GetGenerationByIDGenerationsByPkImages"}
    body = names["GetGenerationByIDRequestBody"]
    pk = names["GetGenerationByIDGenerationsByPk"]
    assert body.namespace == "operations" and body.operation == "getGenerationById"
    prompt, style = body.fields
    assert (prompt.required, prompt.has_default, prompt.default) == (True, True, "a cat")
    # the IR keys a component by its name; the Python table spells its class
    assert style.type.kind == ENUM and style.type.ref == "sd_style" and table.cls("sd_style") == "SdStyle"
    assert [(v.value, pn.member(v.value, "string")) for v in api.enum("sd_style").values] == [
        ("LEONARDO", "LEONARDO"), ("ANIME", "ANIME")]
    # an inline schema is keyed by its pointer
    assert body.id == "#/paths/~1generations~1{id}/post/requestBody/content/application~1json/schema"
    assert body.context.role == "request body" and pk.context.parent == names["GetGenerationByIDResponseBody"].id
    images, seed, meta = pk.fields
    assert images.type.kind == ARRAY and images.type.items is not None and images.type.items.kind == MODEL
    assert seed.type.kind == INTEGER and seed.description == "A big integer."  # an alias is used inline
    assert meta.type.kind == MAP
    assert names["GetGenerationByIDResponseBody"].fields[0].type.nullable
    assert [(a.id, table.alias_cls(a.id)) for a in api.aliases] == [("bigint", "Bigint")]


@pytest.mark.parametrize(
    "schema,kind",
    [({"type": "string"}, STRING), ({"type": "number"}, NUMBER), ({"type": "integer", "format": "int64"}, INTEGER)],
)
def test_primitive_types(tmp_path: Path, schema: dict[str, Any], kind: str) -> None:
    api, errors = _build(tmp_path, _spec({"/x": {"get": {"operationId": "x", "responses": _ok("ok", {
        "type": "object", "properties": {"v": schema}})}}}))
    assert errors == []
    (model,) = api.models
    assert model.fields[0].type.kind == kind


ERROR_CASES = [
    (
        "path parameter not required",
        {"/a/{id}": {"get": {"operationId": "a", "responses": _ok(), "parameters": [
            {"name": "id", "in": "path", "schema": {"type": "string"}}]}}},
        '#/paths/~1a~1{id}/get/parameters/0/required: path parameter "id" must be required',
    ),
    (
        "template variable without parameter",
        {"/a/{id}": {"get": {"operationId": "a", "responses": _ok()}}},
        "#/paths/~1a~1{id}/get: path template variable 'id' has no path parameter",
    ),
    (
        "discriminator without propertyName",
        {"/a": {"get": {"operationId": "a", "responses": _ok("ok", {
            "oneOf": [{"type": "string"}, {"type": "integer"}], "discriminator": {"mapping": {}}})}}},
        "#/paths/~1a/get/responses/200/content/application~1json/schema/discriminator: a discriminator needs a "
        "'propertyName'",
    ),
    (
        "parameter content with two media types",
        {"/a": {"get": {"operationId": "a", "responses": _ok(), "parameters": [
            {"name": "q", "in": "query", "content": {"application/json": {}, "text/plain": {}}}]}}},
        "#/paths/~1a/get/parameters/0/content: a parameter's 'content' needs exactly one media type",
    ),
    (
        "two properties, one chosen Python name",  # (derived names are told apart: test_names_told_apart)
        {"/a": {"get": {"operationId": "a", "responses": _ok("ok", {"type": "object", "properties": {
            "userId": {"type": "string", "x-py-name": "uid"}, "user_id": {"type": "string", "x-py-name": "uid"}}})}}},
        "#/paths/~1a/get/responses/200/content/application~1json/schema/properties/user_id: property 'user_id' and "
        "property 'userId' at spec.yaml:18 #/paths/~1a/get/responses/200/content/application~1json/schema/properties/"
        "userId both map to the Python name 'uid'; rename one with x-py-name",
    ),
    (
        "two operations, one method name",
        {"/a": {"get": {"operationId": "getThing", "responses": _ok()}},
         "/b": {"get": {"operationId": "get_thing", "responses": _ok()}}},
        "#/paths/~1b/get: operation 'get_thing' and operation 'getThing' at spec.yaml:8 #/paths/~1a/get both map to "
        "the method name 'get_thing'; rename one with x-py-name",
    ),
]


@pytest.mark.parametrize("name,paths,expected", ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_errors_name_the_pointer(tmp_path: Path, name: str, paths: dict[str, Any], expected: str) -> None:
    _, errors = _build(tmp_path, _spec(paths))
    assert expected in errors, errors


def test_x_py_name_resolves_a_collision(tmp_path: Path) -> None:
    api, errors = _build(tmp_path, _spec({"/a": {"get": {"operationId": "a", "responses": _ok("ok", {
        "type": "object", "properties": {"userId": {"type": "string"},
                                         "user_id": {"type": "string", "x-py-name": "user_id_raw"}}})}}}))
    assert errors == []
    (model,) = api.models
    assert [(f.names.wire, pn.field_name(f)) for f in model.fields] == [
        ("userId", "user_id"), ("user_id", "user_id_raw")]


def test_method_after_underscore_setting(tmp_path: Path) -> None:
    api, errors = _build(tmp_path, _spec({"/a": {"get": {"operationId": "InferencesController_findAll",
                                                         "responses": _ok()}}}), "method-after-underscore")
    assert errors == []
    assert pn.method(api.operations[0]) == "find_all"
    assert api.operations[0].operation_id == "InferencesController_findAll"


def test_yaml_errors_carry_the_line(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\ninfo:\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(CodegenError) as exc:
        load(path)
    (issue,) = exc.value.issues
    assert issue.line == 4 and issue.message.startswith("invalid YAML")


def test_duplicate_yaml_keys_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\ninfo:\n  title: A\n  title: B\n", encoding="utf-8")
    with pytest.raises(CodegenError) as exc:
        load(path)
    (issue,) = exc.value.issues
    assert (issue.pointer, issue.line, issue.message) == ("#/info/title", 4, "duplicate key 'title'")


@pytest.mark.parametrize(
    "content_type,kind",
    [
        ("application/json", "json"),
        ("application/json;charset=UTF-8", "json"),
        ("application/vnd.api+json", "json"),
        ("application/problem+json; charset=utf-8", "json"),
        ("application/x-www-form-urlencoded", "form"),
        ("multipart/form-data", "multipart"),
        ("multipart/mixed", "multipart"),
        ("text/plain", "text"),
        ("application/xml", "text"),
        ("application/atom+xml", "text"),
        ("text/csv", "text"),
        ("application/octet-stream", "binary"),
        ("image/png", "binary"),
        ("application/pdf", "binary"),
        ("*/*", "binary"),
    ],
)
def test_media_kinds(content_type: str, kind: str) -> None:
    from codegen.build import media_kind

    assert media_kind(content_type) == kind


def test_a_wildcard_with_an_object_schema_is_json() -> None:
    from codegen.build import media_kind

    assert media_kind("*/*", {"type": "object"}) == "json"
    assert media_kind("*/*", {"type": "string", "format": "binary"}) == "binary"


def test_parameter_styles_default_per_location(tmp_path: Path) -> None:
    api, errors = _build(tmp_path, _spec({"/a/{id}": {"get": {"operationId": "a", "responses": _ok(), "parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "q", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "d", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
        {"name": "X-H", "in": "header", "schema": {"type": "string"}},
        {"name": "c", "in": "cookie", "schema": {"type": "string"}},
        {"name": "j", "in": "query", "content": {"application/json": {"schema": {"type": "object"}}}},
    ]}}}))
    assert errors == []
    got = [(p.location, p.names.wire, p.style, p.explode) for p in api.operations[0].params]
    assert got == [("path", "id", "simple", False), ("query", "q", "form", True), ("query", "d", "deepObject", False),
                   ("query", "j", "json", False), ("header", "X-H", "simple", False), ("cookie", "c", "form", True)]


def test_bodies_and_responses_of_every_kind(tmp_path: Path) -> None:
    api, errors = _build(tmp_path, _spec({"/a": {"post": {
        "operationId": "a",
        "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}},
                                    "application/json; charset=utf-8": {"schema": {"type": "object"}},
                                    "application/octet-stream": {}}},
        "responses": {"200": {"description": "x", "content": {"application/xml": {"schema": {"type": "object"}}}},
                      "201": {"description": "x", "content": {"image/png": {}}},
                      "404": {"description": "x", "content": {"application/problem+json": {
                          "schema": {"type": "object", "properties": {"title": {"type": "string"}}}}}}}}}}))
    assert errors == []
    op = api.operations[0]
    assert op.body is not None
    assert [(m.content_type, m.kind) for m in op.body.media] == [
        ("application/json; charset=utf-8", "json"), ("text/plain", "text"), ("application/octet-stream", "binary")]
    assert [(r.status, r.kind, r.type.kind if r.type else None, r.is_error) for r in op.responses] == [
        ("200", "text", "string", False), ("201", "binary", "binary", False), ("404", "json", "model", True)]


def test_security_requirements_and_schemes(tmp_path: Path) -> None:
    spec = _spec({"/a": {"get": {"operationId": "a", "responses": _ok()}},
                  "/b": {"get": {"operationId": "b", "responses": _ok(), "security": []}},
                  "/c": {"get": {"operationId": "c", "responses": _ok(),
                                 "security": [{"key": [], "basic": []}, {}, {"oauth": ["r"]}]}}})
    spec["security"] = [{"basic": []}]
    spec["components"] = {"securitySchemes": {
        "basic": {"type": "http", "scheme": "basic"},
        "key": {"type": "apiKey", "in": "cookie", "name": "sid"},
        "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://t/token",
                                                                      "scopes": {"r": "read"}}}},
    }}
    api, errors = _build(tmp_path, spec)
    assert errors == []
    assert [op.security for op in api.operations] == [(("basic",),), (), (("key", "basic"), (), ("oauth",))]
    assert [(s.names.wire, s.kind, s.location, s.param_name, s.token_url, s.scopes) for s in api.schemes] == [
        ("basic", "http-basic", "", "", "", ()), ("key", "api-key", "cookie", "sid", "", ()),
        ("oauth", "oauth2", "", "", "https://t/token", ("r",))]
    assert api.security is None  # not the one-bearer-scheme case


def test_operations_without_operation_id_are_named_from_method_and_path(tmp_path: Path) -> None:
    api, errors = _build(tmp_path, _spec({"/pets/{petId}/toys": {
        "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "get": {"responses": _ok()}, "head": {"responses": _ok()}}}))
    assert errors == []
    assert [(o.operation_id, o.method, o.tag) for o in api.operations] == [
        ("getPetsByPetIdToys", "GET", "default"), ("headPetsByPetIdToys", "HEAD", "default")]
