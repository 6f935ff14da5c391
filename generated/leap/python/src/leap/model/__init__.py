# Generated from spec/leap/openapi.yaml. Do not edit.
"""The models of the API: a TypedDict per object schema, a Literal per enum."""

from .create_and_train_model_dto import (
    CreateAndTrainModelDto,
    CreateAndTrainModelDtoSchema,
)
from .create_and_train_model_dto_image_sample_files import (
    CreateAndTrainModelDtoImageSampleFiles,
    CreateAndTrainModelDtoImageSampleFilesSchema,
)
from .create_and_train_model_dto_image_sample_urls import (
    CreateAndTrainModelDtoImageSampleUrls,
    CreateAndTrainModelDtoImageSampleUrlsSchema,
)
from .create_inference_dto import CreateInferenceDto, CreateInferenceDtoSchema
from .create_musicgen_inference_dto import (
    CreateMusicgenInferenceDto,
    CreateMusicgenInferenceDtoSchema,
)
from .create_musicgen_inference_dto_mode import (
    CreateMusicgenInferenceDtoMode,
    CreateMusicgenInferenceDtoModeSchema,
)
from .inference_entity import InferenceEntity, InferenceEntitySchema
from .inference_entity_model_id import (
    InferenceEntityModelId,
    InferenceEntityModelIdSchema,
)
from .inference_entity_state import InferenceEntityState, InferenceEntityStateSchema
from .inference_entity_upscaling_option import (
    InferenceEntityUpscalingOption,
    InferenceEntityUpscalingOptionSchema,
)
from .inference_image_entity import InferenceImageEntity, InferenceImageEntitySchema
from .inferences_controller_find_all_response import (
    InferencesControllerFindAllResponse,
    InferencesControllerFindAllResponseSchema,
)
from .list_models_v2_response import ListModelsV2Response, ListModelsV2ResponseSchema
from .model_v2_entity import ModelV2Entity, ModelV2EntitySchema
from .model_v2_entity_image_samples import (
    ModelV2EntityImageSamples,
    ModelV2EntityImageSamplesSchema,
)
from .music_controller_find_all_audio_response import (
    MusicControllerFindAllAudioResponse,
    MusicControllerFindAllAudioResponseSchema,
)
from .musicgen_inference_entity import (
    MusicgenInferenceEntity,
    MusicgenInferenceEntitySchema,
)
from .musicgen_inference_entity_state import (
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
