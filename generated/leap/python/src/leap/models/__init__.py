# Generated from spec/leap/openapi.yaml. Do not edit.
"""Every model of the API, as in the `model` package: `from leap.models import X`."""

from ..model.create_and_train_model_dto import (
    CreateAndTrainModelDto,
    CreateAndTrainModelDtoSchema,
)
from ..model.create_and_train_model_dto_image_sample_files import (
    CreateAndTrainModelDtoImageSampleFiles,
    CreateAndTrainModelDtoImageSampleFilesSchema,
)
from ..model.create_and_train_model_dto_image_sample_urls import (
    CreateAndTrainModelDtoImageSampleUrls,
    CreateAndTrainModelDtoImageSampleUrlsSchema,
)
from ..model.create_inference_dto import CreateInferenceDto, CreateInferenceDtoSchema
from ..model.create_musicgen_inference_dto import (
    CreateMusicgenInferenceDto,
    CreateMusicgenInferenceDtoSchema,
)
from ..model.create_musicgen_inference_dto_mode import (
    CreateMusicgenInferenceDtoMode,
    CreateMusicgenInferenceDtoModeSchema,
)
from ..model.inference_entity import InferenceEntity, InferenceEntitySchema
from ..model.inference_entity_model_id import (
    InferenceEntityModelId,
    InferenceEntityModelIdSchema,
)
from ..model.inference_entity_state import (
    InferenceEntityState,
    InferenceEntityStateSchema,
)
from ..model.inference_entity_upscaling_option import (
    InferenceEntityUpscalingOption,
    InferenceEntityUpscalingOptionSchema,
)
from ..model.inference_image_entity import (
    InferenceImageEntity,
    InferenceImageEntitySchema,
)
from ..model.inferences_controller_find_all_response import (
    InferencesControllerFindAllResponse,
    InferencesControllerFindAllResponseSchema,
)
from ..model.list_models_v2_response import (
    ListModelsV2Response,
    ListModelsV2ResponseSchema,
)
from ..model.model_v2_entity import ModelV2Entity, ModelV2EntitySchema
from ..model.model_v2_entity_image_samples import (
    ModelV2EntityImageSamples,
    ModelV2EntityImageSamplesSchema,
)
from ..model.music_controller_find_all_audio_response import (
    MusicControllerFindAllAudioResponse,
    MusicControllerFindAllAudioResponseSchema,
)
from ..model.musicgen_inference_entity import (
    MusicgenInferenceEntity,
    MusicgenInferenceEntitySchema,
)
from ..model.musicgen_inference_entity_state import (
    MusicgenInferenceEntityState,
    MusicgenInferenceEntityStateSchema,
)

__all__ = [
    "CreateAndTrainModelDto",
    "CreateAndTrainModelDtoSchema",
    "CreateAndTrainModelDtoImageSampleFiles",
    "CreateAndTrainModelDtoImageSampleFilesSchema",
    "CreateAndTrainModelDtoImageSampleUrls",
    "CreateAndTrainModelDtoImageSampleUrlsSchema",
    "CreateInferenceDto",
    "CreateInferenceDtoSchema",
    "CreateMusicgenInferenceDto",
    "CreateMusicgenInferenceDtoSchema",
    "CreateMusicgenInferenceDtoMode",
    "CreateMusicgenInferenceDtoModeSchema",
    "InferenceEntity",
    "InferenceEntitySchema",
    "InferenceEntityModelId",
    "InferenceEntityModelIdSchema",
    "InferenceEntityState",
    "InferenceEntityStateSchema",
    "InferenceEntityUpscalingOption",
    "InferenceEntityUpscalingOptionSchema",
    "InferenceImageEntity",
    "InferenceImageEntitySchema",
    "InferencesControllerFindAllResponse",
    "InferencesControllerFindAllResponseSchema",
    "ListModelsV2Response",
    "ListModelsV2ResponseSchema",
    "ModelV2Entity",
    "ModelV2EntitySchema",
    "ModelV2EntityImageSamples",
    "ModelV2EntityImageSamplesSchema",
    "MusicControllerFindAllAudioResponse",
    "MusicControllerFindAllAudioResponseSchema",
    "MusicgenInferenceEntity",
    "MusicgenInferenceEntitySchema",
    "MusicgenInferenceEntityState",
    "MusicgenInferenceEntityStateSchema",
]
