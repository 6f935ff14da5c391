# Generated from spec/leonardo/openapi.yaml. Do not edit.

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar, Dict, List, Optional

import pydantic


from ...types import BaseModel, OpenEnumMeta


class UniversalUpscalerStyle(str, Enum, metaclass=OpenEnumMeta):
    """The style to upscale images using universal upscaler with."""

    GENERAL = "GENERAL"
    CINEMATIC = "CINEMATIC"
    VALUE_2D_ART_ILLUSTRATION = "2D ART & ILLUSTRATION"
    CG_ART_GAME_ASSETS = "CG ART & GAME ASSETS"
