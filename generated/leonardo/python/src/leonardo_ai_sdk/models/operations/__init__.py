# Generated from spec/leonardo/openapi.yaml. Do not edit.

from .create_dataset import (
    CreateDatasetInsertDatasetsOne,
    CreateDatasetRequestBody,
    CreateDatasetResponse,
    CreateDatasetResponseBody,
)
from .get_dataset_by_id import (
    GetDatasetByIDDatasetsByPk,
    GetDatasetByIDDatasetsByPkDatasetImages,
    GetDatasetByIDResponse,
    GetDatasetByIDResponseBody,
)
from .delete_dataset_by_id import (
    DeleteDatasetByIDDeleteDatasetsByPk,
    DeleteDatasetByIDResponse,
    DeleteDatasetByIDResponseBody,
)
from .upload_dataset_image import (
    UploadDatasetImageRequestBody,
    UploadDatasetImageResponse,
    UploadDatasetImageResponseBody,
    UploadDatasetImageUploadDatasetImage,
)
from .upload_dataset_image_from_gen import (
    UploadDatasetImageFromGenRequestBody,
    UploadDatasetImageFromGenResponse,
    UploadDatasetImageFromGenResponseBody,
    UploadDatasetImageFromGenUploadDatasetImageFromGen,
)
from .list_elements import (
    ListElementsLoras,
    ListElementsResponse,
    ListElementsResponseBody,
)
from .create_generation import (
    CreateGenerationRequestBody,
    CreateGenerationResponse,
    CreateGenerationResponseBody,
    CreateGenerationSdGenerationJob,
    CreateGenerationTransparency,
)
from .get_generation_by_id import (
    GetGenerationByIDGenerationsByPk,
    GetGenerationByIDGenerationsByPkGeneratedImages,
    GetGenerationByIDGenerationsByPkGenerationElements,
    GetGenerationByIDGenerationsByPkGenerationElementsLora,
    GetGenerationByIDResponse,
    GetGenerationByIDResponseBody,
)
from .delete_generation_by_id import (
    DeleteGenerationByIDDeleteGenerationsByPk,
    DeleteGenerationByIDResponse,
    DeleteGenerationByIDResponseBody,
)
from .get_generations_by_user_id import (
    GetGenerationsByUserIDGenerations,
    GetGenerationsByUserIDGenerationsGeneratedImages,
    GetGenerationsByUserIDGenerationsGenerationElements,
    GetGenerationsByUserIDGenerationsGenerationElementsLora,
    GetGenerationsByUserIDResponse,
    GetGenerationsByUserIDResponseBody,
)
from .upload_init_image import (
    UploadInitImageRequestBody,
    UploadInitImageResponse,
    UploadInitImageResponseBody,
    UploadInitImageUploadInitImage,
)
from .get_init_image_by_id import (
    GetInitImageByIDInitImagesByPk,
    GetInitImageByIDResponse,
    GetInitImageByIDResponseBody,
)
from .delete_init_image_by_id import (
    DeleteInitImageByIDDeleteInitImagesByPk,
    DeleteInitImageByIDResponse,
    DeleteInitImageByIDResponseBody,
)
from .upload_canvas_init_image import (
    UploadCanvasInitImageRequestBody,
    UploadCanvasInitImageResponse,
    UploadCanvasInitImageResponseBody,
    UploadCanvasInitImageUploadCanvasInitImage,
)
from .create_svd_motion_generation import (
    CreateSVDMotionGenerationRequestBody,
    CreateSVDMotionGenerationResponse,
    CreateSVDMotionGenerationResponseBody,
    CreateSVDMotionGenerationSdGenerationJob,
)
from .create_model import (
    CreateModelRequestBody,
    CreateModelResponse,
    CreateModelResponseBody,
    CreateModelSdTrainingJob,
)
from .get_model_by_id import (
    GetModelByIDCustomModelsByPk,
    GetModelByIDResponse,
    GetModelByIDResponseBody,
)
from .delete_model_by_id import (
    DeleteModelByIDDeleteCustomModelsByPk,
    DeleteModelByIDResponse,
    DeleteModelByIDResponseBody,
)
from .list_platform_models import (
    ListPlatformModelsCustomModels,
    ListPlatformModelsCustomModelsGeneratedImage,
    ListPlatformModelsResponse,
    ListPlatformModelsResponseBody,
)
from .pricing_calculator import (
    PricingCalculatorCalculateProductionApiServiceCost,
    PricingCalculatorRequestBody,
    PricingCalculatorResponse,
    PricingCalculatorResponseBody,
    PricingCalculatorServiceParams,
    PricingCalculatorServiceParamsFantasyAvatarGeneration,
    PricingCalculatorServiceParamsImageGeneration,
    PricingCalculatorServiceParamsLcmGeneration,
    PricingCalculatorServiceParamsModelTraining,
    PricingCalculatorServiceParamsMotionGeneration,
    PricingCalculatorServiceParamsTextureGeneration,
    PricingCalculatorServiceParamsUniversalUpscaler,
)
from .prompt_random import (
    PromptRandomPromptGeneration,
    PromptRandomResponse,
    PromptRandomResponseBody,
)
from .prompt_improve import (
    PromptImprovePromptGeneration,
    PromptImproveRequestBody,
    PromptImproveResponse,
    PromptImproveResponseBody,
)
from .create_lcm_generation import (
    CreateLCMGenerationRequestBody,
    CreateLCMGenerationResponse,
    CreateLCMGenerationResponseBody,
)
from .perform_instant_refine import (
    PerformInstantRefineRequestBody,
    PerformInstantRefineResponse,
    PerformInstantRefineResponseBody,
)
from .perform_inpainting_lcm import (
    PerformInpaintingLCMRequestBody,
    PerformInpaintingLCMResponse,
    PerformInpaintingLCMResponseBody,
)
from .perform_alchemy_upscale_lcm import (
    PerformAlchemyUpscaleLCMLcmGenerationJob,
    PerformAlchemyUpscaleLCMRequestBody,
    PerformAlchemyUpscaleLCMResponse,
    PerformAlchemyUpscaleLCMResponseBody,
)
from .create_texture_generation import (
    CreateTextureGenerationRequestBody,
    CreateTextureGenerationResponse,
    CreateTextureGenerationResponseBody,
    CreateTextureGenerationTextureGenerationJob,
)
from .get_texture_generations_by_model_id import (
    GetTextureGenerationsByModelIDModelAssetTextureGenerations,
    GetTextureGenerationsByModelIDRequestBody,
    GetTextureGenerationsByModelIDResponse,
    GetTextureGenerationsByModelIDResponseBody,
)
from .get_texture_generation_by_id import (
    GetTextureGenerationByIDModelAssetTextureGenerationsByPk,
    GetTextureGenerationByIDRequestBody,
    GetTextureGenerationByIDResponse,
    GetTextureGenerationByIDResponseBody,
)
from .delete_texture_generation_by_id import (
    DeleteTextureGenerationByIDDeleteModelAssetTextureGenerationsByPk,
    DeleteTextureGenerationByIDRequestBody,
    DeleteTextureGenerationByIDResponse,
    DeleteTextureGenerationByIDResponseBody,
)
from .get_user_self import (
    GetUserSelfResponse,
    GetUserSelfResponseBody,
    GetUserSelfUserDetails,
    GetUserSelfUserDetailsUser,
)
from .create_variation_unzoom import (
    CreateVariationUnzoomRequestBody,
    CreateVariationUnzoomResponse,
    CreateVariationUnzoomResponseBody,
    CreateVariationUnzoomSdUnzoomJob,
)
from .create_variation_upscale import (
    CreateVariationUpscaleRequestBody,
    CreateVariationUpscaleResponse,
    CreateVariationUpscaleResponseBody,
    CreateVariationUpscaleSdUpscaleJob,
)
from .create_variation_no_bg import (
    CreateVariationNoBGRequestBody,
    CreateVariationNoBGResponse,
    CreateVariationNoBGResponseBody,
    CreateVariationNoBGSdNobgJob,
)
from .create_universal_upscaler_job import (
    CreateUniversalUpscalerJobRequestBody,
    CreateUniversalUpscalerJobResponse,
    CreateUniversalUpscalerJobResponseBody,
    CreateUniversalUpscalerJobUniversalUpscaler,
)
from .get_variation_by_id import (
    GetVariationByIDGeneratedImageVariationGeneric,
    GetVariationByIDResponse,
    GetVariationByIDResponseBody,
)
from .upload_model_asset import (
    UploadModelAssetRequestBody,
    UploadModelAssetResponse,
    UploadModelAssetResponseBody,
    UploadModelAssetUploadModelAsset,
)
from .get_3d_models_by_user_id import (
    Get3DModelsByUserIDModelAssets,
    Get3DModelsByUserIDRequestBody,
    Get3DModelsByUserIDResponse,
    Get3DModelsByUserIDResponseBody,
)
from .get_3d_model_by_id import (
    Get3DModelByIDModelAssetsByPk,
    Get3DModelByIDRequestBody,
    Get3DModelByIDResponse,
    Get3DModelByIDResponseBody,
)
from .delete_3d_model_by_id import (
    Delete3DModelByIDDeleteModelAssetsByPk,
    Delete3DModelByIDRequestBody,
    Delete3DModelByIDResponse,
    Delete3DModelByIDResponseBody,
)

# Former names of renamed operations' models, kept so that existing code keeps working.
DeleteGenerationsTextureIDRequestBody = DeleteTextureGenerationByIDRequestBody
DeleteGenerationsTextureIDResponse = DeleteTextureGenerationByIDResponse
GetGenerationsTextureIDRequestBody = GetTextureGenerationByIDRequestBody
GetGenerationsTextureIDResponse = GetTextureGenerationByIDResponse
GetGenerationsTextureModelModelIDRequestBody = GetTextureGenerationsByModelIDRequestBody
GetGenerationsTextureModelModelIDResponse = GetTextureGenerationsByModelIDResponse
PostGenerationsTextureRequestBody = CreateTextureGenerationRequestBody
PostGenerationsTextureResponse = CreateTextureGenerationResponse

__all__ = [
    "CreateDatasetInsertDatasetsOne",
    "CreateDatasetRequestBody",
    "CreateDatasetResponse",
    "CreateDatasetResponseBody",
    "GetDatasetByIDDatasetsByPk",
    "GetDatasetByIDDatasetsByPkDatasetImages",
    "GetDatasetByIDResponse",
    "GetDatasetByIDResponseBody",
    "DeleteDatasetByIDDeleteDatasetsByPk",
    "DeleteDatasetByIDResponse",
    "DeleteDatasetByIDResponseBody",
    "UploadDatasetImageRequestBody",
    "UploadDatasetImageResponse",
    "UploadDatasetImageResponseBody",
    "UploadDatasetImageUploadDatasetImage",
    "UploadDatasetImageFromGenRequestBody",
    "UploadDatasetImageFromGenResponse",
    "UploadDatasetImageFromGenResponseBody",
    "UploadDatasetImageFromGenUploadDatasetImageFromGen",
    "ListElementsLoras",
    "ListElementsResponse",
    "ListElementsResponseBody",
    "CreateGenerationRequestBody",
    "CreateGenerationResponse",
    "CreateGenerationResponseBody",
    "CreateGenerationSdGenerationJob",
    "CreateGenerationTransparency",
    "GetGenerationByIDGenerationsByPk",
    "GetGenerationByIDGenerationsByPkGeneratedImages",
    "GetGenerationByIDGenerationsByPkGenerationElements",
    "GetGenerationByIDGenerationsByPkGenerationElementsLora",
    "GetGenerationByIDResponse",
    "GetGenerationByIDResponseBody",
    "DeleteGenerationByIDDeleteGenerationsByPk",
    "DeleteGenerationByIDResponse",
    "DeleteGenerationByIDResponseBody",
    "GetGenerationsByUserIDGenerations",
    "GetGenerationsByUserIDGenerationsGeneratedImages",
    "GetGenerationsByUserIDGenerationsGenerationElements",
    "GetGenerationsByUserIDGenerationsGenerationElementsLora",
    "GetGenerationsByUserIDResponse",
    "GetGenerationsByUserIDResponseBody",
    "UploadInitImageRequestBody",
    "UploadInitImageResponse",
    "UploadInitImageResponseBody",
    "UploadInitImageUploadInitImage",
    "GetInitImageByIDInitImagesByPk",
    "GetInitImageByIDResponse",
    "GetInitImageByIDResponseBody",
    "DeleteInitImageByIDDeleteInitImagesByPk",
    "DeleteInitImageByIDResponse",
    "DeleteInitImageByIDResponseBody",
    "UploadCanvasInitImageRequestBody",
    "UploadCanvasInitImageResponse",
    "UploadCanvasInitImageResponseBody",
    "UploadCanvasInitImageUploadCanvasInitImage",
    "CreateSVDMotionGenerationRequestBody",
    "CreateSVDMotionGenerationResponse",
    "CreateSVDMotionGenerationResponseBody",
    "CreateSVDMotionGenerationSdGenerationJob",
    "CreateModelRequestBody",
    "CreateModelResponse",
    "CreateModelResponseBody",
    "CreateModelSdTrainingJob",
    "GetModelByIDCustomModelsByPk",
    "GetModelByIDResponse",
    "GetModelByIDResponseBody",
    "DeleteModelByIDDeleteCustomModelsByPk",
    "DeleteModelByIDResponse",
    "DeleteModelByIDResponseBody",
    "ListPlatformModelsCustomModels",
    "ListPlatformModelsCustomModelsGeneratedImage",
    "ListPlatformModelsResponse",
    "ListPlatformModelsResponseBody",
    "PricingCalculatorCalculateProductionApiServiceCost",
    "PricingCalculatorRequestBody",
    "PricingCalculatorResponse",
    "PricingCalculatorResponseBody",
    "PricingCalculatorServiceParams",
    "PricingCalculatorServiceParamsFantasyAvatarGeneration",
    "PricingCalculatorServiceParamsImageGeneration",
    "PricingCalculatorServiceParamsLcmGeneration",
    "PricingCalculatorServiceParamsModelTraining",
    "PricingCalculatorServiceParamsMotionGeneration",
    "PricingCalculatorServiceParamsTextureGeneration",
    "PricingCalculatorServiceParamsUniversalUpscaler",
    "PromptRandomPromptGeneration",
    "PromptRandomResponse",
    "PromptRandomResponseBody",
    "PromptImprovePromptGeneration",
    "PromptImproveRequestBody",
    "PromptImproveResponse",
    "PromptImproveResponseBody",
    "CreateLCMGenerationRequestBody",
    "CreateLCMGenerationResponse",
    "CreateLCMGenerationResponseBody",
    "PerformInstantRefineRequestBody",
    "PerformInstantRefineResponse",
    "PerformInstantRefineResponseBody",
    "PerformInpaintingLCMRequestBody",
    "PerformInpaintingLCMResponse",
    "PerformInpaintingLCMResponseBody",
    "PerformAlchemyUpscaleLCMLcmGenerationJob",
    "PerformAlchemyUpscaleLCMRequestBody",
    "PerformAlchemyUpscaleLCMResponse",
    "PerformAlchemyUpscaleLCMResponseBody",
    "CreateTextureGenerationRequestBody",
    "CreateTextureGenerationResponse",
    "CreateTextureGenerationResponseBody",
    "CreateTextureGenerationTextureGenerationJob",
    "GetTextureGenerationsByModelIDModelAssetTextureGenerations",
    "GetTextureGenerationsByModelIDRequestBody",
    "GetTextureGenerationsByModelIDResponse",
    "GetTextureGenerationsByModelIDResponseBody",
    "GetTextureGenerationByIDModelAssetTextureGenerationsByPk",
    "GetTextureGenerationByIDRequestBody",
    "GetTextureGenerationByIDResponse",
    "GetTextureGenerationByIDResponseBody",
    "DeleteTextureGenerationByIDDeleteModelAssetTextureGenerationsByPk",
    "DeleteTextureGenerationByIDRequestBody",
    "DeleteTextureGenerationByIDResponse",
    "DeleteTextureGenerationByIDResponseBody",
    "GetUserSelfResponse",
    "GetUserSelfResponseBody",
    "GetUserSelfUserDetails",
    "GetUserSelfUserDetailsUser",
    "CreateVariationUnzoomRequestBody",
    "CreateVariationUnzoomResponse",
    "CreateVariationUnzoomResponseBody",
    "CreateVariationUnzoomSdUnzoomJob",
    "CreateVariationUpscaleRequestBody",
    "CreateVariationUpscaleResponse",
    "CreateVariationUpscaleResponseBody",
    "CreateVariationUpscaleSdUpscaleJob",
    "CreateVariationNoBGRequestBody",
    "CreateVariationNoBGResponse",
    "CreateVariationNoBGResponseBody",
    "CreateVariationNoBGSdNobgJob",
    "CreateUniversalUpscalerJobRequestBody",
    "CreateUniversalUpscalerJobResponse",
    "CreateUniversalUpscalerJobResponseBody",
    "CreateUniversalUpscalerJobUniversalUpscaler",
    "GetVariationByIDGeneratedImageVariationGeneric",
    "GetVariationByIDResponse",
    "GetVariationByIDResponseBody",
    "UploadModelAssetRequestBody",
    "UploadModelAssetResponse",
    "UploadModelAssetResponseBody",
    "UploadModelAssetUploadModelAsset",
    "Get3DModelsByUserIDModelAssets",
    "Get3DModelsByUserIDRequestBody",
    "Get3DModelsByUserIDResponse",
    "Get3DModelsByUserIDResponseBody",
    "Get3DModelByIDModelAssetsByPk",
    "Get3DModelByIDRequestBody",
    "Get3DModelByIDResponse",
    "Get3DModelByIDResponseBody",
    "Delete3DModelByIDDeleteModelAssetsByPk",
    "Delete3DModelByIDRequestBody",
    "Delete3DModelByIDResponse",
    "Delete3DModelByIDResponseBody",
    "DeleteGenerationsTextureIDRequestBody",
    "DeleteGenerationsTextureIDResponse",
    "GetGenerationsTextureIDRequestBody",
    "GetGenerationsTextureIDResponse",
    "GetGenerationsTextureModelModelIDRequestBody",
    "GetGenerationsTextureModelModelIDResponse",
    "PostGenerationsTextureRequestBody",
    "PostGenerationsTextureResponse",
]
