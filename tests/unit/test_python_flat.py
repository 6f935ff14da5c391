"""Target `python-flat`: the golden page (seed 004), links of the generated docs, the
flattening checks of the target layer, and its tables (type cells, annotations, order)."""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from codegen import markdown as md
from codegen.build import build_ir
from codegen.errors import CodegenError
from codegen.format import format_python
from codegen.ir import ARRAY, BINARY, BOOLEAN, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING, Api, TypeRef
from codegen.load import load
from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import Settings, Target, load_settings
from codegen.targets import python_flat as flat
from codegen.targets import python_names as pn
from tests import shared_inputs

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "leap" / "python"
TARGET = Target("python", "python-flat", "t-sdk", "tsdk", "T", "0.1.0")


# -- helpers ---------------------------------------------------------------------------------------
def _leap_render() -> dict[PurePosixPath, str]:
    settings = load_settings(ROOT / "spec" / "leap" / "codegen.yaml")
    return render(load_api(settings).api, settings.targets[0])


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def _api(tmp_path: Path, doc: dict[str, Any]) -> Api:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    settings = Settings("t", tmp_path / "codegen.yaml", path, None, "operation-id", (TARGET,))
    api, issues = build_ir(load(path), settings, "spec.yaml")
    assert [i for i in issues if i.severity == "error"] == []
    return api


def _ok(schema: Any = None) -> dict[str, Any]:
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _json_body(schema: Any) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


# -- the golden page --------------------------------------------------------------------------------
def test_seed_004_generate_images_page_is_byte_identical() -> None:
    seed = shared_inputs.seed("004")
    page = _leap_render()[PurePosixPath("docs/apis/tags/GenerateImagesApi.md")]
    assert page.encode("utf-8") == seed.read_bytes()


def test_generated_tree_has_a_page_per_tag_and_model() -> None:
    out = _leap_render()
    pages = sorted(str(p) for p in out if str(p).startswith("docs/"))
    assert [p for p in pages if p.startswith("docs/apis/")] == [
        "docs/apis/tags/GenerateImagesApi.md", "docs/apis/tags/GenerateMusicApi.md",
        "docs/apis/tags/TrainImageModelsApi.md"]
    assert "docs/models/InferencesControllerFindAllResponse.md" in pages  # an alias (a list component)
    assert "docs/models/InferenceEntityState.md" not in pages  # an inline enum: described where it is used
    assert PurePosixPath("src/leap/py.typed") in out


# -- links ------------------------------------------------------------------------------------------
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} (.+?)\s*$", re.M)
_NAMED = re.compile(r'<a name="([^"]+)"></a>')


def _anchors(text: str) -> set[str]:
    """What a link may point at in a page: GitHub's heading ids, explicit <a name>, and the
    heading text itself (the docs style links `#create.ApiResponseFor200` that way)."""
    out = set(_NAMED.findall(text))
    for heading in _HEADING.findall(text):
        out.add(md.anchor(heading))
        out.add(heading.replace("*", ""))
    return out


def _broken_links(root: Path) -> list[str]:
    broken = []
    for page in sorted(root.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        # links inside code blocks are code, not links
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        for target in _LINK.findall(prose):
            if re.match(r"[a-z]+:", target):
                continue
            file_part, _, fragment = target.partition("#")
            dest = (page.parent / file_part).resolve() if file_part else page
            where = f"{page.relative_to(root)}: {target}"
            if not dest.is_file():
                broken.append(f"{where} (no file)")
            elif fragment and fragment not in _anchors(dest.read_text(encoding="utf-8")):
                broken.append(f"{where} (no anchor)")
    return broken


def test_every_relative_link_of_the_generated_docs_resolves() -> None:
    if not GENERATED.is_dir():
        pytest.fail("generated/leap/python is missing: run `codegen generate leap`")
    assert len(list(GENERATED.rglob("*.md"))) > 10
    assert _broken_links(GENERATED) == []


def test_the_link_checker_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Title\n[x](b.md) [y](#title) [z](#nope) [w](a.md#title)\n")
    assert _broken_links(tmp_path) == ["a.md: b.md (no file)", "a.md: #nope (no anchor)"]


# -- the flat keyword arguments -------------------------------------------------------------------
def _collision_doc(param_name: str, where: str = "path") -> dict[str, Any]:
    path = "/things/{%s}" % param_name if where == "path" else "/things"
    return _spec(
        {path: {"post": {
            "operationId": "Things_create", "tags": ["Things"],
            "parameters": [{"name": param_name, "in": where, "required": where == "path",
                            "schema": {"type": "string"}}],
            "requestBody": _json_body({"$ref": "#/components/schemas/Thing"}),
            "responses": _ok()}}},
        {"Thing": {"type": "object", "properties": {"model_id": {"type": "string"}, "name": {"type": "string"}}}},
    )


def test_a_body_field_named_like_a_parameter_keeps_the_body_whole(tmp_path: Path) -> None:
    # body field model_id and path parameter modelId would both be the keyword model_id:
    # the body is passed whole (body=), as on the extended runtime
    api = _api(tmp_path, _collision_doc("modelId"))
    args = flat.kwargs(api, api.operations[0], "ThingsApi.create")
    assert [(a.name, a.location) for a in args] == [("body", "whole-body"), ("model_id", "path")]  # required first
    code = render(api, TARGET)[PurePosixPath("src/tsdk/apis/tags/things_api.py")]
    assert "model_id: str," in code and "body: " in code


def test_x_py_name_resolves_the_collision(tmp_path: Path) -> None:
    doc = _collision_doc("modelId")
    doc["paths"]["/things/{modelId}"]["post"]["parameters"][0]["x-py-name"] = "thing_model_id"
    out = render(_api(tmp_path, doc), TARGET)
    code = out[PurePosixPath("src/tsdk/apis/tags/things_api.py")]
    assert "thing_model_id: str," in code and "model_id: Union[str, schemas.Unset]" in code


def test_a_parameter_named_like_an_option_gets_a_trailing_underscore(tmp_path: Path) -> None:
    api = _api(tmp_path, _collision_doc("timeout", where="query"))
    args = flat.kwargs(api, api.operations[0], "ThingsApi.create")
    assert [(a.name, a.wire, a.location) for a in args] == [
        ("model_id", "model_id", "body"), ("name", "name", "body"), ("timeout_", "timeout", "query")]
    (warning,) = pn.table(api).warnings()
    assert warning.pointer == "#/paths/~1things/post/parameters/0" and warning.severity == "warning"
    assert warning.message == ("parameter 'timeout' is named 'timeout_' in Python: 'timeout' is a name the "
                               "generated code already uses there")


def test_keyword_order_required_first_body_fields_before_parameters(tmp_path: Path) -> None:
    doc = _spec(
        {"/m/{modelId}": {"post": {
            "operationId": "M_create", "tags": ["M"],
            "parameters": [{"name": "modelId", "in": "path", "required": True, "schema": {"type": "string"}},
                           {"name": "q", "in": "query", "schema": {"type": "boolean"}}],
            "requestBody": _json_body({"$ref": "#/components/schemas/Dto"}),
            "responses": _ok()}}},
        {"Dto": {"type": "object", "required": ["prompt"], "properties": {
            "negativePrompt": {"type": "string"}, "prompt": {"type": "string", "example": "hi"},
            "steps": {"type": "number"}}}},
    )
    api = _api(tmp_path, doc)
    args = flat.kwargs(api, api.operations[0], "MApi.create")
    assert [(a.name, a.location, a.required) for a in args] == [
        ("prompt", "body", True), ("model_id", "path", True), ("negative_prompt", "body", False),
        ("steps", "body", False), ("q", "query", False)]
    # a path parameter without example or default: `<wire name>_example`
    assert [a.example for a in args] == ['"hi"', '"modelId_example"', '"string_example"', "3.14", "True"]
    assert [a.annotation for a in args] == [
        "str", "str", "Union[str, schemas.Unset]", "Union[float, decimal.Decimal, schemas.Unset]",
        "Union[bool, schemas.Unset]"]


def test_a_body_that_is_not_an_object_is_one_keyword(tmp_path: Path) -> None:
    doc = _spec({"/tags": {"put": {"operationId": "putTags", "requestBody": _json_body(
        {"type": "array", "items": {"type": "string"}}), "responses": _ok()}}})
    api = _api(tmp_path, doc)
    (arg,) = flat.kwargs(api, api.operations[0], "DefaultApi.put_tags")
    assert (arg.name, arg.location, arg.annotation, arg.example) == ("body", "whole-body", "List[str]",
                                                                      '["string_example"]')


# -- tables -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "t, cells",
    [
        (TypeRef(STRING), ("str, ", "str, ")),
        (TypeRef(STRING, format="date-time"), ("str, datetime, ", "str, ")),
        (TypeRef(STRING, format="uuid"), ("str, uuid.UUID, ", "str, ")),
        (TypeRef(STRING, format="email"), ("str, ", "str, ")),
        (TypeRef(INTEGER), ("decimal.Decimal, int, ", "decimal.Decimal, ")),
        (TypeRef(NUMBER), ("decimal.Decimal, int, float, ", "decimal.Decimal, ")),
        (TypeRef(BOOLEAN), ("bool, ", "BoolClass, ")),
        (TypeRef(BOOLEAN, nullable=True), ("None, bool, ", "NoneClass, BoolClass, ")),
        (TypeRef(ARRAY, items=TypeRef(STRING)), ("list, tuple, ", "tuple, ")),
        (TypeRef(MAP, items=TypeRef(STRING)), ("dict, frozendict.frozendict, ", "frozendict.frozendict, ")),
        (TypeRef(BINARY), ("bytes, io.FileIO, io.BufferedReader, ", "bytes, FileIO, ")),
    ],
)
def test_type_info_cells(t: TypeRef, cells: tuple[str, str]) -> None:
    api = Api("t", "s", "", "", "", "", None, (), (), (), ())
    assert flat.type_info(api, t) == cells


@pytest.mark.parametrize(
    "t, inp, out, expr",
    [
        (TypeRef(STRING), "str", "str", "schemas.StrSchema()"),
        (TypeRef(STRING, True, format="date-time"), "Optional[Union[str, datetime.datetime]]", "Optional[str]",
         'schemas.StrSchema(nullable=True, format="date-time")'),
        (TypeRef(NUMBER), "Union[float, decimal.Decimal]", "float", "schemas.NumberSchema()"),
        (TypeRef(INTEGER), "Union[int, decimal.Decimal]", "int", "schemas.IntSchema()"),
        (TypeRef(ARRAY, items=TypeRef(BINARY)), "List[schemas.FileInput]", "List[str]",
         "schemas.ListSchema(schemas.BinarySchema())"),
        (TypeRef(MAP, items=TypeRef(BOOLEAN)), "Dict[str, bool]", "Dict[str, bool]",
         "schemas.MapSchema(schemas.BoolSchema())"),
    ],
)
def test_annotations_and_schema_expressions(t: TypeRef, inp: str, out: str, expr: str) -> None:
    api = Api("t", "s", "", "", "", "", None, (), (), (), ())
    assert flat.input_annotation(api, t) == inp
    assert flat.output_annotation(api, t) == out
    assert flat.schema_expr(api, t) == expr


def test_models_enums_and_nullable_refs(tmp_path: Path) -> None:
    doc = _spec({"/x": {"get": {"operationId": "getX", "responses": _ok({"$ref": "#/components/schemas/X"})}}},
                {"X": {"type": "object", "properties": {
                    "state": {"type": "string", "enum": ["a", "b"]},
                    "child": {"$ref": "#/components/schemas/Y"}}},
                 "Y": {"type": "object", "nullable": True, "properties": {"n": {"type": "integer"}}}})
    api = _api(tmp_path, doc)
    state, child = api.model("X").fields
    assert flat.input_annotation(api, state.type) == "XState"
    assert flat.output_annotation(api, state.type) == "Union[XState, str]"
    assert flat.schema_expr(api, state.type) == "x_state.XStateSchema"
    assert flat.schema_expr(api, child.type) == "schemas.Nullable(y.YSchema)"
    assert flat.output_annotation(api, child.type) == "Optional[Y]"


# -- spec text that could break a page or the code --------------------------------------------------
NASTY = 'a "quoted" `tick` | pipe {{ jinja }} {% raw %} */ \\ back\nslash """ triple\nend"'


def test_spec_text_cannot_break_the_output(tmp_path: Path) -> None:
    doc = _spec(
        {"/things/{id}": {"post": {
            "operationId": "Things_create", "tags": ["Th|ngs"], "summary": NASTY, "description": NASTY,
            "parameters": [{"name": "id", "in": "path", "required": True, "description": NASTY,
                            "schema": {"type": "string", "enum": ['x"y', "z|w"]}}],
            "requestBody": _json_body({"$ref": "#/components/schemas/Thing"}),
            "responses": {"200": {"description": NASTY, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Thing"}}}}, "404": {"description": NASTY}}}}},
        {"Thing": {"type": "object", "description": NASTY, "required": ["name"], "properties": {
            "name": {"type": "string", "description": NASTY, "example": NASTY, "default": NASTY},
            "kind": {"type": "string", "enum": ["a'b", 'c"d'], "description": NASTY}}}},
        tags=[{"name": "Th|ngs", "description": NASTY}],
        info={"title": NASTY, "version": "1", "description": NASTY},
    )
    out = render(_api(tmp_path, doc), TARGET)
    for path, text in out.items():
        if path.suffix == ".py":
            ast.parse(format_python(str(path), text), filename=str(path))
    page = out[PurePosixPath("docs/apis/tags/ThNgsApi.md")]
    # one table row per operation and per parameter: the pipe is escaped, newlines folded
    assert "| a \"quoted\" `tick` \\| pipe {{ jinja }} {% raw %} */ \\ back<br/>slash" in page
    assert page.count("# **things_create**") == 1
    code = out[PurePosixPath("src/tsdk/model/thing.py")]
    assert '\\"\\"\\"' in code  # the triple quote is escaped inside the docstring
    assert md.anchor("Documentation for API Endpoints") == "documentation-for-api-endpoints"
    assert md.anchor("**find_all**") == "find_all"


def test_a_body_of_several_media_types_imports_each_ones_model(tmp_path: Path) -> None:
    """loket.nl.json: `application/json;version=2018-12-31` and `...;version=2021-03-29`, each
    with its own inline schema. The method's `body` is annotated with both classes; the tag
    module imports both (mypy --strict found the second one undefined)."""
    body = {"required": True, "content": {
        "application/json;version=2018-12-31": {"schema": {"type": "object", "properties": {
            "name": {"type": "string"}}}},
        "application/json;version=2021-03-29": {"schema": {"type": "object", "properties": {
            "name": {"type": "string"}, "age": {"type": "integer"}}}}}}
    doc = _spec({"/employees/{id}": {"put": {
        "operationId": "putEmployee", "tags": ["Employee"], "requestBody": body, "responses": _ok(),
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]}}})
    module = render(_api(tmp_path, doc), TARGET)[PurePosixPath("src/tsdk/apis/tags/employee_api.py")]
    tree = ast.parse(module)
    imported = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert "body: Union[PutEmployeeRequestBody, PutEmployeeRequestBodyJson]" in module
    assert {"PutEmployeeRequestBody", "PutEmployeeRequestBodyJson"} <= imported
