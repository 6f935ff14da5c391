"""Target `python-flat`: the model pages in OpenAPI Generator's python docs style (the pages
seed 004 links to), the arrays of primitives that get a name of their own, and the API page
rules (no parameter, example values, no auth for an operation without security).

Expected text is written by hand from the specs (and, for the format, from what OpenAPI
Generator's python generator prints for the same schemas)."""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.render import render
from tests import shared_inputs
from tests.unit.test_python_flat import (
    TARGET,
    _api,
    _json_body,
    _leap_render,
    _ok,
    _spec,
)

BACK = ("[[Back to Model list]](../../README.md#documentation-for-models) [[Back to API list]]"
        "(../../README.md#documentation-for-api-endpoints) [[Back to README]](../../README.md)\n")
INFO = ("## Model Type Info\nInput Type | Accessed Type | Description | Notes\n"
        "------------ | ------------- | ------------- | -------------\n")
KEYS = ("### Dictionary Keys\nKey | Input Type | Accessed Type | Description | Notes\n"
        "------------ | ------------- | ------------- | ------------- | -------------\n")
ITEMS = ("### Tuple Items\nClass Name | Input Type | Accessed Type | Description | Notes\n"
         "------------- | ------------- | ------------- | ------------- | -------------\n")
OBJECT_ROW = "dict, frozendict.frozendict,  | frozendict.frozendict,  |  | \n"
LIST_ROW = "list, tuple,  | tuple,  |  | \n"


@pytest.fixture(scope="module")
def leap() -> dict[PurePosixPath, str]:
    return _leap_render()


def _page(out: dict[PurePosixPath, str], name: str) -> str:
    return out[PurePosixPath(f"docs/models/{name}.md")]


# -- the Leap pages seed 004 links to ---------------------------------------------------------------
def test_every_model_page_seed_004_links_to_is_generated(leap: dict[PurePosixPath, str]) -> None:
    linked = re.findall(r"\(\.\./\.\./models/([A-Za-z0-9]+)\.md\)", shared_inputs.seed("004").read_text("utf-8"))
    assert sorted(set(linked)) == ["CreateInferenceDto", "InferenceEntity", "InferencesControllerFindAllResponse"]
    for name in linked:
        assert _page(leap, name).startswith("# leap.model.")


def test_a_list_component_page(leap: dict[PurePosixPath, str]) -> None:
    assert _page(leap, "InferencesControllerFindAllResponse") == (
        "# leap.model.inferences_controller_find_all_response.InferencesControllerFindAllResponse\n\n"
        + INFO + LIST_ROW + "\n" + ITEMS
        + "[**InferenceEntity**](InferenceEntity.md) | [**InferenceEntity**](InferenceEntity.md) | "
          "[**InferenceEntity**](InferenceEntity.md) |  | \n\n" + BACK + "\n")


def test_inference_entity_keys_by_json_name_required_in_spec_order(leap: dict[PurePosixPath, str]) -> None:
    page = _page(leap, "InferenceEntity")
    assert page.startswith("# leap.model.inference_entity.InferenceEntity\n\n" + INFO + OBJECT_ROW + "\n" + KEYS)
    keys = re.findall(r"^\*\*\[?([A-Za-z]+)", page, re.MULTILINE)
    # the spec's properties, in its order (all are required)
    assert keys == ["id", "createdAt", "prompt", "negativePrompt", "seed", "width", "height", "promptStrength",
                    "numberOfImages", "state", "steps", "images", "modelId", "upscalingOption"]
    rows = page.splitlines()
    assert "**createdAt** | str, datetime,  | str,  |  | value must conform to RFC-3339 date-time" in rows
    assert "**seed** | decimal.Decimal, int, float,  | decimal.Decimal,  |  | " in rows
    # enums inline
    assert '**state** | str,  | str,  |  | must be one of ["failed", "finished", "processing", "queued", ] ' in rows
    assert '**upscalingOption** | str,  | str,  |  | must be one of ["x1", "x2", "x4", ] ' in rows
    # a list of models in a section of the page; a list of strings on a page of its own
    assert "**[images](#images)** | list, tuple,  | tuple,  |  | " in rows
    assert ("# images\n\n" + INFO + LIST_ROW + "\n" + ITEMS + "[**InferenceImageEntity**](InferenceImageEntity.md) | "
            "[**InferenceImageEntity**](InferenceImageEntity.md) | [**InferenceImageEntity**](InferenceImageEntity.md)"
            " |  | \n\n") in page
    assert ("**modelId** | [**InferenceEntityModelId**](InferenceEntityModelId.md) | "
            "[**InferenceEntityModelId**](InferenceEntityModelId.md) |  | ") in rows
    assert "`createdAt` is `created_at`" in page  # our dicts are keyed by Python names: the page says so
    assert page.endswith("\n\n" + BACK + "\n")


def test_create_inference_dto_notes(leap: dict[PurePosixPath, str]) -> None:
    rows = _page(leap, "CreateInferenceDto").splitlines()
    assert ("**prompt** | str,  | str,  | A text description of the image you what you want to generate. | "
            'if omitted the server will use the default value of "A photo of an astronaut riding a horse"') in rows
    assert ("**steps** | decimal.Decimal, int, float,  | decimal.Decimal,  | How many steps the AI will take to "
            "generate the image. Lower is faster but less detailed, higher is slower more detailed. | [optional] "
            "if omitted the server will use the default value of 50") in rows
    assert ("**webhookUrl** | str,  | str,  | An optional webhook URL that will be called with a POST request when "
            "the image generation request completes. | [optional] ") in rows


def test_an_array_of_primitives_has_a_page_of_its_own(leap: dict[PurePosixPath, str]) -> None:
    description = ("An array of files containing the images to upload. Either this or imageSampleUrls is required, "
                   "but not both.")
    assert _page(leap, "CreateAndTrainModelDtoImageSampleFiles") == (
        "# leap.model.create_and_train_model_dto_image_sample_files.CreateAndTrainModelDtoImageSampleFiles\n\n"
        + description + "\n\n" + INFO + f"list, tuple,  | tuple,  | {description} | \n\n" + ITEMS
        + "items | bytes, io.FileIO, io.BufferedReader,  | bytes, FileIO,  |  | \n\n" + BACK + "\n")


def test_the_leap_model_pages_and_array_modules(leap: dict[PurePosixPath, str]) -> None:
    pages = sorted(p.name for p in leap if str(p).startswith("docs/models/"))
    components = ["CreateAndTrainModelDto", "CreateInferenceDto", "CreateMusicgenInferenceDto", "InferenceEntity",
                  "InferenceImageEntity", "InferencesControllerFindAllResponse", "ListModelsV2Response",
                  "ModelV2Entity", "MusicControllerFindAllAudioResponse", "MusicgenInferenceEntity"]
    arrays = {"CreateAndTrainModelDtoImageSampleFiles": "create_and_train_model_dto_image_sample_files",
              "CreateAndTrainModelDtoImageSampleUrls": "create_and_train_model_dto_image_sample_urls",
              "InferenceEntityModelId": "inference_entity_model_id",
              "ModelV2EntityImageSamples": "model_v2_entity_image_samples"}
    # inline enums (InferenceEntityState, ...) are described where they are used: no page
    assert pages == sorted(f"{n}.md" for n in components + list(arrays))
    for name, module in arrays.items():
        code = leap[PurePosixPath(f"src/leap/model/{module}.py")]
        assert f'{name}: TypeAlias = "List[str]"' in code and f"{name}Schema: schemas.Schema" in code
        imports = ast.parse(leap[PurePosixPath("src/leap/model/__init__.py")]).body
        assert any(isinstance(i, ast.ImportFrom) and i.module == module and i.level == 1
                   and [a.name for a in i.names] == [name, f"{name}Schema"] for i in imports)
    # leap.models is leap.model again (every name it exports)
    models = ast.parse(leap[PurePosixPath("src/leap/models/__init__.py")]).body
    assert [(i.module, i.level, [a.name for a in i.names]) for i in models if isinstance(i, ast.ImportFrom)] == [
        ("model", 2, ["*"]), ("model", 2, ["__all__"])]


# -- the vocabulary, on a spec of its own -------------------------------------------------------------
def _thing_spec(**thing_extra: Any) -> dict[str, Any]:
    thing = {
        "type": "object", "description": "A thing.", "required": ["name", "count"],
        "properties": {
            "name": {"type": "string", "default": "bob", "description": "The name."},
            "count": {"type": "integer", "format": "int64"},
            "small": {"type": "integer", "format": "int32", "default": 3},
            "ratio": {"type": "number", "format": "float"},
            "flag": {"type": "boolean", "default": True},
            "day": {"type": "string", "format": "date"},
            "uid": {"type": "string", "format": "uuid"},
            "nick": {"type": "string", "nullable": True},
            "color": {"$ref": "#/components/schemas/Color"},
            "mood": {"type": "string", "enum": ["happy", "sad"]},
            "scores": {"type": "array", "items": {"type": "number"}},
            "grid": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
            "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
        **thing_extra,
    }
    return _spec({"/things": {"get": {"operationId": "listThings", "tags": ["Things"],
                                      "responses": _ok({"$ref": "#/components/schemas/Thing"})}}},
                 {"Color": {"type": "string", "description": "A color.", "enum": ["red", "green"]}, "Thing": thing})


def test_notes_vocabulary_and_nested_sections(tmp_path: Path) -> None:
    out = render(_api(tmp_path, _thing_spec()), TARGET)
    page = _page(out, "Thing")
    expected_rows = [
        "**name** | str,  | str,  | The name. | if omitted the server will use the default value of \"bob\"",
        "**count** | decimal.Decimal, int,  | decimal.Decimal,  |  | value must be a 64 bit integer",
        "**small** | decimal.Decimal, int,  | decimal.Decimal,  |  | [optional] if omitted the server will use the "
        "default value of 3, value must be a 32 bit integer",
        "**ratio** | decimal.Decimal, int, float,  | decimal.Decimal,  |  | [optional] value must be a 32 bit float",
        "**flag** | bool,  | BoolClass,  |  | [optional] if omitted the server will use the default value of True",
        "**day** | str, date,  | str,  |  | [optional] value must conform to RFC-3339 full-date YYYY-MM-DD",
        "**uid** | str, uuid.UUID,  | str,  |  | [optional] value must be a uuid",
        "**nick** | None, str,  | NoneClass, str,  |  | [optional] ",
        "**color** | [**Color**](Color.md) | [**Color**](Color.md) | A color. | [optional] ",  # (the IR's description)
        '**mood** | str,  | str,  |  | [optional] must be one of ["happy", "sad", ] ',
        "**scores** | [**ThingScores**](ThingScores.md) | [**ThingScores**](ThingScores.md) |  | [optional] ",
        "**[grid](#grid)** | list, tuple,  | tuple,  |  | [optional] ",
        "**[extra](#extra)** | dict, frozendict.frozendict,  | frozendict.frozendict,  |  | [optional] ",
    ]
    assert page == (
        "# tsdk.model.thing.Thing\n\nA thing.\n\n" + INFO
        + "dict, frozendict.frozendict,  | frozendict.frozendict,  | A thing. | \n\n" + KEYS
        + "".join(r + "\n" for r in expected_rows)
        + "\n# grid\n\n" + INFO + LIST_ROW + "\n" + ITEMS + "[items](#items) | list, tuple,  | tuple,  |  | \n"
        + "\n# items\n\n" + INFO + LIST_ROW + "\n" + ITEMS + "items | str,  | str,  |  | \n"
        + "\n# extra\n\n" + INFO + OBJECT_ROW + "\n" + KEYS
        + "**any_string_name** | decimal.Decimal, int,  | decimal.Decimal,  | any string name can be used but the "
          "value must be the correct type | [optional] \n"
        + "\n" + BACK + "\n")
    # a component enum has a page; an inline one has none
    assert _page(out, "Color") == ("# tsdk.model.color.Color\n\nA color.\n\n" + INFO
                                   + 'str,  | str,  | A color. | must be one of ["red", "green", ] \n\n' + BACK + "\n")
    assert not any("ThingMood" in str(p) for p in out if str(p).startswith("docs/"))
    assert "ThingScores.md" in {p.name for p in out}


def test_an_array_name_taken_by_a_schema_is_numbered(tmp_path: Path) -> None:
    """The list's name is derived (<Model><Property>): a schema that has it keeps it, the list
    takes the next number (README, "How names are told apart")."""
    doc = _thing_spec()
    doc["components"]["schemas"]["ThingScores"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    out = render(_api(tmp_path, doc), TARGET)
    assert "**scores** | [**ThingScores2**](ThingScores2.md) | [**ThingScores2**](ThingScores2.md) |  | [optional] " \
        in _page(out, "Thing")
    assert {"ThingScores.md", "ThingScores2.md"} <= {p.name for p in out}


# -- API pages ------------------------------------------------------------------------------------------
def _ops_spec() -> dict[str, Any]:
    return _spec(
        {"/things": {"get": {"operationId": "listThings", "tags": ["Things"], "responses": _ok()}},
         "/things/{thingId}/{kind}": {"get": {
             "operationId": "getThing", "tags": ["Things"], "security": [],
             "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}},
                            {"name": "size", "in": "query", "schema": {"type": "integer", "default": 7}},
                            {"name": "kind", "in": "path", "required": True,
                             "schema": {"type": "string", "default": "big"}}],
             "responses": _ok()}},
         "/other": {"post": {"operationId": "postOther", "tags": ["Things"], "requestBody": _json_body(
             {"type": "object", "properties": {"n": {"type": "number", "default": 2.5}, "opts": {
                 "type": "object", "properties": {"depth": {"type": "integer", "default": 4}, "tag": {"type": "string"}}}}}),
             "responses": _ok()}}},
        security=[{"bearer": []}],
        components={"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    )


def _op_section(page: str, name: str) -> str:
    return page.split(f"# **{name}**\n", 1)[1].split("[[Back to top]]", 1)[0]


def test_api_page_rules(tmp_path: Path) -> None:
    out = render(_api(tmp_path, _ops_spec()), TARGET)
    page = out[PurePosixPath("docs/apis/tags/ThingsApi.md")]
    listing = _op_section(page, "list_things")
    assert "### Parameters\nThis endpoint does not need any parameter.\n\n### Return Types, Responses" in listing
    assert 'access_token="YOUR_BEARER_TOKEN"' in listing  # secured by the spec's top-level security
    getting = _op_section(page, "get_thing")
    assert "access_token" not in getting and "Configure Bearer" not in getting  # `security: []`
    assert '        thing_id="thingId_example",  # required\n' in getting  # a path parameter's name
    assert '        kind="big",  # required\n' in getting  # the spec's default
    assert "        size=7,  # optional\n" in getting
    assert "Name | Type | Description  | Notes" in getting
    posting = _op_section(page, "post_other")
    assert "        n=2.5,  # optional\n" in posting
    assert '        opts={"depth": 4, "tag": "string_example"},  # optional\n' in posting  # defaults inside too
    assert "This endpoint does not need any parameter." not in posting


def test_a_ref_into_a_components_properties_is_described_inline(tmp_path: Path) -> None:
    doc = _spec({"/x": {"get": {"operationId": "getX", "responses": _ok({"$ref": "#/components/schemas/Other"})}}},
                {"Base": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}},
                 "Other": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Base/properties/id"}}}})
    rows = _page(render(_api(tmp_path, doc), TARGET), "Other").splitlines()
    assert "**a** | str, uuid.UUID,  | str,  |  | [optional] value must be a uuid" in rows
