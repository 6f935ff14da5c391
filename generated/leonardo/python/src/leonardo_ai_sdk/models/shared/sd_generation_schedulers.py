# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum


from ...types import OpenEnumMeta


class SdGenerationSchedulers(str, Enum, metaclass=OpenEnumMeta):
    """The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified."""

    KLMS = "KLMS"
    EULER_ANCESTRAL_DISCRETE = "EULER_ANCESTRAL_DISCRETE"
    EULER_DISCRETE = "EULER_DISCRETE"
    DDIM = "DDIM"
    DPM_SOLVER = "DPM_SOLVER"
    PNDM = "PNDM"
    LEONARDO = "LEONARDO"
