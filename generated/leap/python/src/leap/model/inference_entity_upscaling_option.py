# Generated from spec/leap/openapi.yaml. Do not edit.

from __future__ import annotations

from typing import Literal

from .. import schemas

InferenceEntityUpscalingOption = Literal["x1", "x2", "x4"]

InferenceEntityUpscalingOptionSchema = schemas.EnumSchema(
    "InferenceEntityUpscalingOption", ("x1", "x2", "x4")
)
