"""Every naming rule, pinned by a table: input, then its snake, camel, py_class and doc-folder forms."""

from __future__ import annotations

import pytest

from codegen import naming

TABLE = [
    # input                        snake                          camel                        py_class                    flat
    ("getGenerationById", "get_generation_by_id", "getGenerationById", "GetGenerationByID", "getgenerationbyid"),
    ("get3DModelsByUserId", "get_3d_models_by_user_id", "get3dModelsByUserId", "Get3DModelsByUserID",
     "get3dmodelsbyuserid"),
    ("InferencesController_create", "inferences_controller_create", "inferencesControllerCreate",
     "InferencesControllerCreate", "inferencescontrollercreate"),
    ("user-id", "user_id", "userId", "UserID", "userid"),
    ("3D Model Assets", "three_d_model_assets", "threeDModelAssets", "ThreeDModelAssets", "3dmodelassets"),
    ("Realtime Canvas", "realtime_canvas", "realtimeCanvas", "RealtimeCanvas", "realtimecanvas"),
    ("createVariationNoBG", "create_variation_no_bg", "createVariationNoBg", "CreateVariationNoBG",
     "createvariationnobg"),
    ("createLCMGeneration", "create_lcm_generation", "createLcmGeneration", "CreateLCMGeneration",
     "createlcmgeneration"),
    ("motionMP4URL", "motion_mp4_url", "motionMp4Url", "MotionMP4URL", "motionmp4url"),
    ("MODEL_ASSET_TEXTURE_TYPES", "model_asset_texture_types", "modelAssetTextureTypes", "ModelAssetTextureTypes",
     "modelassettexturetypes"),
    ("sd_versions", "sd_versions", "sdVersions", "SdVersions", "sdversions"),
    ("HTTPServer", "http_server", "httpServer", "HTTPServer", "httpserver"),
    ("__typename", "typename", "typename", "Typename", "typename"),
    ("ModelV2Entity", "model_v2_entity", "modelV2Entity", "ModelV2Entity", "modelv2entity"),
]


@pytest.mark.parametrize("text,snake,camel,py_class,flat", TABLE, ids=[row[0] for row in TABLE])
def test_forms(text: str, snake: str, camel: str, py_class: str, flat: str) -> None:
    assert naming.snake(text) == snake
    assert naming.camel(text) == camel
    assert naming.py_class(text) == py_class
    assert naming.flat_lower(text) == flat


@pytest.mark.parametrize(
    "name,py,ts",
    [("from", "from_", "from"), ("class", "class_", "class_"), ("model_fields", "model_fields_", "model_fields"),
     ("json", "json_", "json"), ("str", "str_", "str"), ("name", "name", "name"), ("delete", "delete", "delete_")],
)
def test_reserved_words(name: str, py: str, ts: str) -> None:
    assert naming.safe_py(name) == py
    assert naming.safe_ts(name) == ts


@pytest.mark.parametrize(
    "value,member",
    [("v1_5", "V1_5"), ("SDXL_LIGHTNING", "SDXL_LIGHTNING"), ("x1", "X1"), ("a|b", "A_B"), ("2x", "VALUE_2X"),
     ("*/", "EMPTY"), ("Leonardo Style", "LEONARDO_STYLE")],
)
def test_enum_members(value: str, member: str) -> None:
    assert naming.constant(value) == member
