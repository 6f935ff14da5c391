"""build_ir on the schema constructs of issue 6 part 2: what the neutral IR makes of each.

Expected values are written from the OpenAPI documents below (the spec's meaning), not
taken from the code under test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen.build import build_ir
from codegen.ir import ANY, ARRAY, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING, UNION, Api, TypeRef
from codegen.load import load
from codegen.python_common import request_required
from codegen.settings import Settings
from codegen.targets import python_names as pn


def _build(tmp_path: Path, schemas: dict[str, Any], response: Any, openapi: str = "3.0.3"
           ) -> tuple[Api, list[str], list[str]]:
    doc = {"openapi": openapi, "info": {"title": "T", "version": "1"},
           "paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {
               "description": "ok", "content": {"application/json": {"schema": response}}}}}}},
           "components": {"schemas": schemas}}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    settings = Settings("t", tmp_path / "codegen.yaml", path, None, "operation-id", ())
    api, issues = build_ir(load(path), settings, "spec.yaml")
    errors = [f"{i.pointer}: {i.message}" for i in issues if i.severity == "error"]
    warnings = [f"{i.pointer}: {i.message}" for i in issues if i.severity == "warning"]
    return api, errors, warnings


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _response(api: Api) -> TypeRef:
    t = api.operations[0].responses[0].type
    assert t is not None
    return t


ANIMAL = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                                                                  "kind": {"type": "string"}}}


def test_all_of_merges_into_one_model_and_keeps_the_named_base(tmp_path: Path) -> None:
    schemas = {"Animal": ANIMAL,
               "Cat": {"allOf": [_ref("Animal"), {"type": "object", "required": ["meow"],
                                                   "properties": {"meow": {"type": "integer"}}}]}}
    api, errors, _ = _build(tmp_path, schemas, _ref("Cat"))
    assert errors == []
    cat = api.model("Cat")
    assert [(f.names.wire, f.required) for f in cat.fields] == [("name", True), ("kind", False), ("meow", True)]
    assert cat.bases == ("Animal",)
    assert [f.names.wire for f in api.model("Animal").fields] == ["name", "kind"]  # the base stays a model
    assert _response(api) == TypeRef(MODEL, ref="Cat")


def test_all_of_with_one_ref_is_that_ref_and_nullable_beside_a_ref(tmp_path: Path) -> None:
    schemas = {"Animal": ANIMAL}
    response = {"type": "object", "properties": {
        "a": {"allOf": [_ref("Animal")], "nullable": True, "description": "wrapped"},
        "b": {**_ref("Animal"), "nullable": True},
        "c": _ref("Animal")}}
    api, errors, _ = _build(tmp_path, schemas, response)
    assert errors == []
    a, b, c = api.model(response_id(api)).fields
    assert a.type == TypeRef(MODEL, True, ref="Animal") and a.description == "wrapped"
    assert b.type == TypeRef(MODEL, True, ref="Animal")
    assert c.type == TypeRef(MODEL, False, ref="Animal")


def response_id(api: Api) -> str:
    return _response(api).ref or ""


def test_one_of_with_discriminator_and_mapping(tmp_path: Path) -> None:
    schemas = {"Cat": {"type": "object", "properties": {"petType": {"type": "string"}}},
               "Dog": {"type": "object", "properties": {"petType": {"type": "string"}}},
               "Pet": {"oneOf": [_ref("Cat"), _ref("Dog")],
                       "discriminator": {"propertyName": "petType", "mapping": {"kitty": _ref("Cat")["$ref"]}}}}
    api, errors, _ = _build(tmp_path, schemas, _ref("Pet"))
    assert errors == []
    t = _response(api)
    assert t.kind == UNION and [m.ref for m in t.members] == ["Cat", "Dog"]
    # the explicit entry, then the member without one under its component name
    assert t.discriminator == "petType" and t.mapping == (("kitty", "Cat"), ("Dog", "Dog"))
    assert t.alias == "Pet" and [a.id for a in api.aliases] == ["Pet"]


def test_any_of_of_primitives_arrays_and_models_and_null(tmp_path: Path) -> None:
    schemas = {"Cat": {"type": "object", "properties": {"meow": {"type": "integer"}}}}
    response = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}, _ref("Cat"),
                          {"type": "string"}]}
    api, errors, _ = _build(tmp_path, schemas, response)
    assert errors == []
    t = _response(api)
    assert t == TypeRef(UNION, members=(TypeRef(STRING), TypeRef(ARRAY, items=TypeRef(INTEGER)),
                                        TypeRef(MODEL, ref="Cat")))  # the repeated string once


def test_openapi_31_type_arrays_null_and_const(tmp_path: Path) -> None:
    response = {"type": "object", "required": ["kind"], "properties": {
        "id": {"type": ["string", "null"]},
        "count": {"type": ["integer", "string"]},
        "kind": {"const": "click"},
        "shape": {"oneOf": [{"type": "number"}, {"type": "null"}]},
        "nothing": {"type": "null"}}}
    api, errors, _ = _build(tmp_path, {}, response, "3.1.0")
    assert errors == []
    fields = {f.names.wire: f.type for f in api.model(response_id(api)).fields}
    assert fields["id"] == TypeRef(STRING, True)
    assert fields["count"] == TypeRef(UNION, members=(TypeRef(INTEGER), TypeRef(STRING)))
    assert fields["kind"] == TypeRef(STRING, const="click", has_const=True)
    assert fields["shape"] == TypeRef(NUMBER, True)  # oneOf [x, null] is a nullable x
    assert fields["nothing"] == TypeRef(ANY, True)


def test_enums_of_integers_mixed_values_and_null(tmp_path: Path) -> None:
    schemas = {"Ints": {"type": "integer", "enum": [1, 2]}, "Mixed": {"enum": [1, "two"]},
               "WithNull": {"type": "string", "nullable": True, "enum": ["a", None]},
               "Level": {"type": ["integer", "null"], "enum": [1, None]}}
    response = {"type": "object", "properties": {k: _ref(k) for k in schemas}}
    api, errors, _ = _build(tmp_path, schemas, response, "3.1.0")
    assert errors == []
    assert [(e.id, e.value_type, [v.value for v in e.values]) for e in api.enums] == [
        ("Ints", "integer", [1, 2]), ("Level", "integer", [1]), ("Mixed", "mixed", [1, "two"]),
        ("WithNull", "string", ["a"])]
    fields = {f.names.wire: f.type for f in api.model(response_id(api)).fields}
    assert fields["WithNull"] == TypeRef(ENUM, True, ref="WithNull") and fields["Level"].nullable
    assert [pn.member(v.value, "mixed") for v in api.enum("Mixed").values] == ["VALUE_1", "TWO"]


def test_recursive_and_mutually_recursive_models(tmp_path: Path) -> None:
    schemas = {"Node": {"type": "object", "properties": {"children": {"type": "array", "items": _ref("Node")}}},
               "A": {"type": "object", "properties": {"b": _ref("B")}},
               "B": {"type": "object", "properties": {"a": _ref("A")}}}
    api, errors, _ = _build(tmp_path, schemas, {"type": "object", "properties": {"n": _ref("Node"),
                                                                                 "a": _ref("A")}})
    assert errors == []
    assert api.model("Node").fields[0].type == TypeRef(ARRAY, items=TypeRef(MODEL, ref="Node"))
    assert api.model("A").fields[0].type.ref == "B" and api.model("B").fields[0].type.ref == "A"


def test_maps_free_form_objects_and_arrays_of_arrays(tmp_path: Path) -> None:
    schemas = {"Inventory": {"type": "object", "properties": {"name": {"type": "string"}},
                             "additionalProperties": {"type": "integer"}}}
    response = {"type": "object", "properties": {
        "inv": _ref("Inventory"), "free": {"type": "object"}, "open": {"type": "object", "additionalProperties": True},
        "matrix": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}}}}
    api, errors, _ = _build(tmp_path, schemas, response)
    assert errors == []
    assert api.model("Inventory").additional == TypeRef(INTEGER)
    fields = {f.names.wire: f.type for f in api.model(response_id(api)).fields}
    assert fields["free"] == fields["open"] == TypeRef(MAP, items=TypeRef(ANY))
    assert fields["matrix"] == TypeRef(ARRAY, items=TypeRef(ARRAY, items=TypeRef(NUMBER)))


def test_read_only_and_write_only_are_never_required_in_the_other_direction(tmp_path: Path) -> None:
    response = {"type": "object", "required": ["id", "password", "email"], "properties": {
        "id": {"type": "string", "readOnly": True}, "password": {"type": "string", "writeOnly": True},
        "email": {"type": "string"}}}
    api, errors, _ = _build(tmp_path, {}, response)
    assert errors == []
    fields = api.model(response_id(api)).fields
    assert [(f.names.wire, f.read_only, f.write_only, f.required) for f in fields] == [
        ("id", True, False, True), ("password", False, True, True), ("email", False, False, True)]
    assert [request_required(f) for f in fields] == [False, False, True]


def test_formats(tmp_path: Path) -> None:
    response = {"type": "object", "properties": {
        f: {"type": "string", "format": f} for f in ("date-time", "date", "uuid", "byte", "binary")}}
    api, errors, _ = _build(tmp_path, {}, response)
    assert errors == []
    assert [(f.type.kind, f.type.format) for f in api.model(response_id(api)).fields] == [
        ("string", "date-time"), ("string", "date"), ("string", "uuid"), ("string", "byte"), ("binary", "binary")]


def test_unrepresentable_is_any_with_a_warning_naming_the_pointer(tmp_path: Path) -> None:
    response = {"type": "object", "properties": {"odd": {"not": {"type": "string"}},
                                                 "loop": _ref("Loop")}}
    schemas = {"Loop": {"type": "array", "items": _ref("Loop")}}
    api, errors, warnings = _build(tmp_path, schemas, response)
    assert errors == []
    odd, loop = api.model(response_id(api)).fields
    assert odd.type == TypeRef(ANY)
    assert "#/paths/~1x/get/responses/200/content/application~1json/schema/properties/odd/not: 'not' cannot be " \
           "represented; the schema is any value" in warnings
    assert loop.type.kind == ARRAY and loop.type.items == TypeRef(ANY, True)  # no endless recursion
    assert any(w.startswith("#/components/schemas/Loop/items: ") for w in warnings)


def test_inline_union_members_are_named_after_their_place(tmp_path: Path) -> None:
    response = {"type": "object", "properties": {"choice": {"oneOf": [
        {"type": "object", "title": "Point", "properties": {"x": {"type": "number"}}},
        {"type": "object", "properties": {"r": {"type": "number"}}}]}}}
    api, errors, _ = _build(tmp_path, {}, response)
    assert errors == []
    table = pn.table(api)
    (choice,) = api.model(response_id(api)).fields
    assert [table.cls(m.ref or "") for m in choice.type.members] == ["GetXChoicePoint", "GetXChoiceOption2"]


def test_derived_inline_names_that_collide_are_numbered(tmp_path: Path) -> None:
    """A request body and a response body with a property of one name: both inline objects are
    named after the operation and the property; the second gets a number. Component names are
    never changed (their collisions are errors, see tests/golden/errors/schema_case_collision)."""
    item = {"type": "object", "properties": {"x": {"type": "integer"}}}
    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/x": {"post": {
        "operationId": "putX",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"item": item}}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "object", "properties": {"item": item}}}}}}}}}}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    api, issues = build_ir(load(path), Settings("t", tmp_path / "c.yaml", path, None, "operation-id", ()), "spec.yaml")
    assert [i for i in issues if i.severity == "error"] == []
    table = pn.table(api)
    assert table.issues() == []
    items = sorted(m.id for m in api.models if m.context.role == "property")
    # ids sort the request body's before the response's: it keeps the plain name
    assert [table.cls(i) for i in items] == ["PutXItem", "PutXItem2"]


def test_lenient_json_schema_forms_are_warnings(tmp_path: Path) -> None:
    schemas = {"Base": {"type": "object", "discriminator": {"propertyName": "kind"},
                        "properties": {"kind": {"type": "string"}}},
               "Holder": {"type": "object", "required": ["ghost"], "properties": {
                   "list": {"type": "array"}, "inner": {"$ref": "#/components/schemas/Base/properties/kind"}}}}
    api, errors, warnings = _build(tmp_path, schemas, _ref("Holder"))
    assert errors == []
    assert "#/components/schemas/Holder/required: required property 'ghost' is not defined; it is kept " \
           "as an untyped extra field" in warnings
    assert not any("discriminator" in w for w in warnings)  # on an object: polymorphism through allOf
    assert api.model("Base").discriminator == "kind" and api.model("Base").subtypes == (("Base", "Base"),)
    lst, inner = api.model("Holder").fields
    assert lst.type == TypeRef(ARRAY, items=TypeRef(ANY))  # an array without items: of anything
    assert inner.type == TypeRef(STRING) and inner.type.alias is None  # a $ref into a component is no alias


def test_an_all_of_without_properties_is_kept_only_when_a_model_refers_back_to_it(tmp_path: Path) -> None:
    """`Loop` merges no property (its member is a list), but the model `Holder` of that list has
    a field of type `Loop`: Loop stays, an empty model, with a warning. `Plain` has the same
    shape and nothing refers back to it: no model, its type is the list's. Many allOfs without
    properties (amazonaws ec2: `allOf: [$ref]` + a description) made the IR build quadratic
    while this check walked every model; it looks an index up now."""
    schemas = {
        "Loop": {"allOf": [{"type": "array", "items": _ref("Holder")}, {"description": "d"}]},
        "Holder": {"type": "object", "properties": {"loop": _ref("Loop")}},
        "Plain": {"allOf": [{"type": "array", "items": _ref("B")}, {"description": "d"}]},
        "B": {"type": "object", "properties": {"n": {"type": "string"}}},
        "User": {"type": "object", "properties": {"plain": _ref("Plain"), "loop": _ref("Loop")}},
    }
    api, errors, warnings = _build(tmp_path, schemas, _ref("User"))
    assert errors == []
    ids = {m.id for m in api.models}
    assert {"Loop", "Holder", "B", "User"} <= ids and "Plain" not in ids
    assert api.model("Loop").fields == ()
    assert "#/components/schemas/Loop: an allOf without properties that refers to itself is an empty model" in warnings
    assert {f.names.wire: f.type for f in api.model("Holder").fields} == {"loop": TypeRef(MODEL, ref="Loop")}
    fields = {f.names.wire: f.type for f in api.model("User").fields}
    assert fields["loop"] == TypeRef(MODEL, ref="Loop")
    assert (fields["plain"].kind, fields["plain"].items) == (ARRAY, TypeRef(MODEL, ref="B"))


def test_discriminator_on_a_base_schema_names_its_subtypes(tmp_path: Path) -> None:
    """Polymorphism through allOf (OpenAPI 3.0.3, "Models with Polymorphism Support"): the
    explicit mapping first, then each component that merges the base in by its name (or the
    const of the property), then the base itself; a mapping to a schema without the property
    is ignored with a warning; a descendant two allOf levels down counts too."""
    pet = {"type": "object", "required": ["petType"], "properties": {"petType": {"type": "string"}},
           "discriminator": {"propertyName": "petType",
                             "mapping": {"kitty": "#/components/schemas/Cat", "rock": "#/components/schemas/Rock"}}}
    schemas = {
        "Pet": pet,
        "Cat": {"allOf": [_ref("Pet"), {"type": "object", "properties": {"meow": {"type": "integer"}}}]},
        "Dog": {"allOf": [_ref("Pet"), {"type": "object", "properties": {"bark": {"type": "string"}}}]},
        "Fish": {"allOf": [_ref("Pet"), {"type": "object", "properties": {"petType": {"type": "string",
                                                                                       "enum": ["fishy"]}}}]},
        "Puppy": {"allOf": [_ref("Dog"), {"type": "object", "properties": {"age": {"type": "integer"}}}]},
        "Rock": {"type": "object", "properties": {"weight": {"type": "number"}}},
    }
    api, errors, warnings = _build(tmp_path, schemas, _ref("Pet"))
    assert errors == []
    assert "#/components/schemas/Pet/discriminator/mapping/rock: mapping target '#/components/schemas/Rock' " \
           "is not a model with the property 'petType'; ignored" in warnings
    base = api.model("Pet")
    assert base.discriminator == "petType"
    assert base.subtypes == (("kitty", "Cat"), ("Dog", "Dog"), ("fishy", "Fish"), ("Puppy", "Puppy"), ("Pet", "Pet"))
    assert api.model("Cat").discriminator is None and api.model("Cat").subtypes == ()


def _python_api(tmp_path: Path, doc: dict[str, Any]) -> tuple[Any, Any]:
    """The IR of `doc` and its one `python` target (package t_sdk), through the real loader."""
    from codegen.pipeline import load_api
    from codegen.settings import load_settings

    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text(
        "spec: openapi.yaml\ntargets:\n  - {name: python, template: python, distribution: t-sdk, package: t_sdk, "
        "sdk_class: T, version: 0.0.1}\n", encoding="utf-8")
    settings = load_settings(tmp_path / "codegen.yaml", api="t")
    return load_api(settings).api, settings.targets[0]


def _render_into(out: Path, api: Any, target: Any) -> None:
    from codegen.render import render

    for rel, text in render(api, target).items():
        (out / str(rel)).parent.mkdir(parents=True, exist_ok=True)
        (out / str(rel)).write_text(text, encoding="utf-8")


def test_a_component_enum_wrapped_in_an_all_of_stays_shared(tmp_path: Path) -> None:
    """amazonaws.com amplifyuibuilder: `labelDecorator: {allOf: [$ref LabelDecorator,
    {description}]}` first in an inline request body, then in the component FormData. The enum
    is a component: one shared enum, which both places refer to (it was built as an
    operations enum, and the shared model then named `operations.LabelDecorator`, which its
    module cannot see: pydantic refused the model at its first use)."""
    import subprocess
    import sys

    wrapped = {"allOf": [_ref("LabelDecorator"), {"description": "how the label is decorated"}]}
    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}],
           "paths": {"/forms": {"post": {
               "operationId": "createForm",
               "requestBody": {"required": True, "content": {"application/json": {"schema": {
                   "type": "object", "properties": {"labelDecorator": wrapped}}}}},
               "responses": {"200": {"description": "ok", "content": {"application/json": {
                   "schema": _ref("FormData")}}}}}}},
           "components": {"schemas": {
               "LabelDecorator": {"type": "string", "enum": ["required", "optional", "none"]},
               "FormData": {"type": "object", "properties": {"labelDecorator": wrapped}}}}}
    api, target = _python_api(tmp_path, doc)
    assert [(e.id, e.namespace) for e in api.enums] == [("LabelDecorator", "shared")]
    assert {f.names.wire: f.type.ref for f in api.model("FormData").fields} == {"labelDecorator": "LabelDecorator"}
    _render_into(tmp_path / "out", api, target)
    check = ("from pydantic import TypeAdapter\n"
             "from t_sdk.models.shared.form_data import FormData\n"
             "print(TypeAdapter(FormData).validate_python({'labelDecorator': 'none'}).label_decorator.value)\n")
    proc = subprocess.run([sys.executable, "-c", check], cwd=tmp_path / "out" / "src", capture_output=True,
                          text=True, timeout=120)
    assert (proc.returncode, proc.stdout.strip()) == (0, "none"), proc.stderr[-2000:]


def test_the_inline_items_of_a_component_list_are_shared(tmp_path: Path) -> None:
    """rudder.example.local.json: a component `api-endpoints` is a list (of lists) of an inline
    object, referred to by two operations' responses. The object belongs to the component (one
    shared model), not to the first operation that met it: built in that operation's module, the
    second operation's module named a class it could not see (mypy: name not defined; pydantic
    refuses such a model at its first use)."""
    import subprocess
    import sys

    def op(op_id: str) -> dict[str, object]:
        return {"operationId": op_id, "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"endpoints": {"type": "array",
                                                                      "items": _ref("api-endpoints")}}}}}}}}

    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}],
           "paths": {"/info": {"get": op("generalInfo")}, "/info/{section}": {"get": {
               **op("sectionInfo"), "parameters": [{"name": "section", "in": "path", "required": True,
                                                    "schema": {"type": "string"}}]}}},
           "components": {"schemas": {"api-endpoints": {"type": "array", "items": {
               "type": "object", "properties": {"endpointName": {"type": "string"}}}}}}}
    api, target = _python_api(tmp_path, doc)
    items = [m for m in api.models if m.pointer == "#/components/schemas/api-endpoints/items"]
    assert [(m.namespace, m.operation) for m in items] == [("shared", None)]
    _render_into(tmp_path / "out", api, target)
    check = ("from pydantic import TypeAdapter\n"
             "from t_sdk.models.operations import section_info, general_info\n"
             "for module in (general_info, section_info):\n"
             "    body = [c for n, c in vars(module).items() if n.endswith('ResponseBody')][0]\n"
             "    value = TypeAdapter(body).validate_python({'endpoints': [[{'endpointName': 'list'}]]})\n"
             "    print(type(value.endpoints[0][0]).__module__, value.endpoints[0][0].endpoint_name)\n")
    proc = subprocess.run([sys.executable, "-c", check], cwd=tmp_path / "out" / "src", capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split("\n")[:2] == ["t_sdk.models.shared.api_endpoints list"] * 2
