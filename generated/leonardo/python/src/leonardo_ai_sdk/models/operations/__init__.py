# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .create_dataset import *
    from .get_dataset_by_id import *
    from .delete_dataset_by_id import *
    from .upload_dataset_image import *
    from .upload_dataset_image_from_gen import *
    from .list_elements import *
    from .create_generation import *
    from .get_generation_by_id import *
    from .delete_generation_by_id import *
    from .get_generations_by_user_id import *
    from .upload_init_image import *
    from .get_init_image_by_id import *
    from .delete_init_image_by_id import *
    from .upload_canvas_init_image import *
    from .create_svd_motion_generation import *
    from .create_model import *
    from .get_model_by_id import *
    from .delete_model_by_id import *
    from .list_platform_models import *
    from .pricing_calculator import *
    from .prompt_random import *
    from .prompt_improve import *
    from .create_lcm_generation import *
    from .perform_instant_refine import *
    from .perform_inpainting_lcm import *
    from .perform_alchemy_upscale_lcm import *
    from .create_texture_generation import *
    from .get_texture_generations_by_model_id import *
    from .get_texture_generation_by_id import *
    from .delete_texture_generation_by_id import *
    from .get_user_self import *
    from .create_variation_unzoom import *
    from .create_variation_upscale import *
    from .create_variation_no_bg import *
    from .create_universal_upscaler_job import *
    from .get_variation_by_id import *
    from .upload_model_asset import *
    from .get_3d_models_by_user_id import *
    from .get_3d_model_by_id import *
    from .delete_3d_model_by_id import *

    DeleteGenerationsTextureIDRequestBody = DeleteTextureGenerationByIDRequestBody
    DeleteGenerationsTextureIDResponse = DeleteTextureGenerationByIDResponse
    from ..shared import (
        GeneratedImageVariationGeneric as GetGenerationByIDGeneratedImageVariationGeneric,
    )
    from ..shared import (
        GeneratedImageVariationGenericTypedDict as GetGenerationByIDGeneratedImageVariationGenericTypedDict,
    )
    from ..shared import (
        GeneratedImageVariationGeneric as GetGenerationsByUserIDGeneratedImageVariationGeneric,
    )
    from ..shared import (
        GeneratedImageVariationGenericTypedDict as GetGenerationsByUserIDGeneratedImageVariationGenericTypedDict,
    )

    GetGenerationsTextureIDRequestBody = GetTextureGenerationByIDRequestBody
    GetGenerationsTextureIDResponse = GetTextureGenerationByIDResponse
    GetGenerationsTextureModelModelIDRequestBody = (
        GetTextureGenerationsByModelIDRequestBody
    )
    GetGenerationsTextureModelModelIDResponse = GetTextureGenerationsByModelIDResponse
    from ..shared import (
        ModelAssetTextureImage as GetTextureGenerationsByModelIDModelAssetTextureImages,
    )
    from ..shared import (
        ModelAssetTextureImageTypedDict as GetTextureGenerationsByModelIDModelAssetTextureImagesTypedDict,
    )
    from ..shared import ModelAssetTextureImage as ModelAssetTextureImages
    from ..shared import (
        ModelAssetTextureImageTypedDict as ModelAssetTextureImagesTypedDict,
    )

    PerformAlchemyUpscaleLCMLCMGenerationOutput = LcmGenerationOutput
    PerformAlchemyUpscaleLCMLCMGenerationOutputTypedDict = LcmGenerationOutputTypedDict
    from ..shared import LcmGenerationOutput as PerformInpaintingLCMLCMGenerationOutput
    from ..shared import (
        LcmGenerationOutputTypedDict as PerformInpaintingLCMLCMGenerationOutputTypedDict,
    )
    from ..shared import LcmGenerationOutput as PerformInstantRefineLcmGenerationOutput
    from ..shared import (
        LcmGenerationOutputTypedDict as PerformInstantRefineLcmGenerationOutputTypedDict,
    )

    PostGenerationsTextureRequestBody = CreateTextureGenerationRequestBody
    PostGenerationsTextureResponse = CreateTextureGenerationResponse

# the names of each module (re-exported above for type checkers; __all__ is set from these)
__getattr__, __dir__ = attach_modules(
    __name__,
    {
        ".create_dataset": "CreateDatasetRequestBody CreateDatasetRequestBodyTypedDict CreateDatasetResponse CreateDatasetResponseBody CreateDatasetResponseBodyTypedDict CreateDatasetResponseTypedDict Datasets DatasetsTypedDict",
        ".get_dataset_by_id": "DatasetImages DatasetImagesTypedDict GetDatasetByIDDatasets GetDatasetByIDDatasetsTypedDict GetDatasetByIDRequest GetDatasetByIDRequestTypedDict GetDatasetByIDResponse GetDatasetByIDResponseBody GetDatasetByIDResponseBodyTypedDict GetDatasetByIDResponseTypedDict",
        ".delete_dataset_by_id": "DeleteDatasetByIDDatasets DeleteDatasetByIDDatasetsTypedDict DeleteDatasetByIDRequest DeleteDatasetByIDRequestTypedDict DeleteDatasetByIDResponse DeleteDatasetByIDResponseBody DeleteDatasetByIDResponseBodyTypedDict DeleteDatasetByIDResponseTypedDict",
        ".upload_dataset_image": "DatasetUploadOutput DatasetUploadOutputTypedDict UploadDatasetImageRequest UploadDatasetImageRequestBody UploadDatasetImageRequestBodyTypedDict UploadDatasetImageRequestTypedDict UploadDatasetImageResponse UploadDatasetImageResponseBody UploadDatasetImageResponseBodyTypedDict UploadDatasetImageResponseTypedDict",
        ".upload_dataset_image_from_gen": "DatasetGenUploadOutput DatasetGenUploadOutputTypedDict UploadDatasetImageFromGenRequest UploadDatasetImageFromGenRequestBody UploadDatasetImageFromGenRequestBodyTypedDict UploadDatasetImageFromGenRequestTypedDict UploadDatasetImageFromGenResponse UploadDatasetImageFromGenResponseBody UploadDatasetImageFromGenResponseBodyTypedDict UploadDatasetImageFromGenResponseTypedDict",
        ".list_elements": "ListElementsResponse ListElementsResponseBody ListElementsResponseBodyTypedDict ListElementsResponseTypedDict Loras LorasTypedDict",
        ".create_generation": "CreateGenerationRequestBody CreateGenerationRequestBodyTypedDict CreateGenerationResponse CreateGenerationResponseBody CreateGenerationResponseBodyTypedDict CreateGenerationResponseTypedDict SDGenerationOutput SDGenerationOutputTypedDict TransparencyType",
        ".get_generation_by_id": "GeneratedImages GeneratedImagesTypedDict GenerationElements GenerationElementsTypedDict GetGenerationByIDGenerations GetGenerationByIDGenerationsTypedDict GetGenerationByIDLoras GetGenerationByIDLorasTypedDict GetGenerationByIDRequest GetGenerationByIDRequestTypedDict GetGenerationByIDResponse GetGenerationByIDResponseBody GetGenerationByIDResponseBodyTypedDict GetGenerationByIDResponseTypedDict",
        ".delete_generation_by_id": "DeleteGenerationByIDRequest DeleteGenerationByIDRequestTypedDict DeleteGenerationByIDResponse DeleteGenerationByIDResponseBody DeleteGenerationByIDResponseBodyTypedDict DeleteGenerationByIDResponseTypedDict Generations GenerationsTypedDict",
        ".get_generations_by_user_id": "Elements ElementsTypedDict GetGenerationsByUserIDGeneratedImages GetGenerationsByUserIDGeneratedImagesTypedDict GetGenerationsByUserIDGenerationElements GetGenerationsByUserIDGenerationElementsTypedDict GetGenerationsByUserIDGenerations GetGenerationsByUserIDGenerationsTypedDict GetGenerationsByUserIDRequest GetGenerationsByUserIDRequestTypedDict GetGenerationsByUserIDResponse GetGenerationsByUserIDResponseBody GetGenerationsByUserIDResponseBodyTypedDict GetGenerationsByUserIDResponseTypedDict",
        ".upload_init_image": "InitImageUploadOutput InitImageUploadOutputTypedDict UploadInitImageRequestBody UploadInitImageRequestBodyTypedDict UploadInitImageResponse UploadInitImageResponseBody UploadInitImageResponseBodyTypedDict UploadInitImageResponseTypedDict",
        ".get_init_image_by_id": "GetInitImageByIDInitImages GetInitImageByIDInitImagesTypedDict GetInitImageByIDRequest GetInitImageByIDRequestTypedDict GetInitImageByIDResponse GetInitImageByIDResponseBody GetInitImageByIDResponseBodyTypedDict GetInitImageByIDResponseTypedDict",
        ".delete_init_image_by_id": "DeleteInitImageByIDRequest DeleteInitImageByIDRequestTypedDict DeleteInitImageByIDResponse DeleteInitImageByIDResponseBody DeleteInitImageByIDResponseBodyTypedDict DeleteInitImageByIDResponseTypedDict InitImages InitImagesTypedDict",
        ".upload_canvas_init_image": "CanvasInitImageUploadOutput CanvasInitImageUploadOutputTypedDict UploadCanvasInitImageRequestBody UploadCanvasInitImageRequestBodyTypedDict UploadCanvasInitImageResponse UploadCanvasInitImageResponseBody UploadCanvasInitImageResponseBodyTypedDict UploadCanvasInitImageResponseTypedDict",
        ".create_svd_motion_generation": "CreateSVDMotionGenerationRequestBody CreateSVDMotionGenerationRequestBodyTypedDict CreateSVDMotionGenerationResponse CreateSVDMotionGenerationResponseBody CreateSVDMotionGenerationResponseBodyTypedDict CreateSVDMotionGenerationResponseTypedDict MotionSvdGenerationOutput MotionSvdGenerationOutputTypedDict",
        ".create_model": "CreateModelRequestBody CreateModelRequestBodyTypedDict CreateModelResponse CreateModelResponseBody CreateModelResponseBodyTypedDict CreateModelResponseTypedDict SDTrainingOutput SDTrainingOutputTypedDict",
        ".get_model_by_id": "GetModelByIDCustomModels GetModelByIDCustomModelsTypedDict GetModelByIDRequest GetModelByIDRequestTypedDict GetModelByIDResponse GetModelByIDResponseBody GetModelByIDResponseBodyTypedDict GetModelByIDResponseTypedDict",
        ".delete_model_by_id": "CustomModels CustomModelsTypedDict DeleteModelByIDRequest DeleteModelByIDRequestTypedDict DeleteModelByIDResponse DeleteModelByIDResponseBody DeleteModelByIDResponseBodyTypedDict DeleteModelByIDResponseTypedDict",
        ".list_platform_models": "ListPlatformModelsCustomModels ListPlatformModelsCustomModelsTypedDict ListPlatformModelsGeneratedImages ListPlatformModelsGeneratedImagesTypedDict ListPlatformModelsResponse ListPlatformModelsResponseBody ListPlatformModelsResponseBodyTypedDict ListPlatformModelsResponseTypedDict",
        ".pricing_calculator": "CalculateProductionAPIServiceCost CalculateProductionAPIServiceCostTypedDict Object ObjectTypedDict PricingCalculatorObject PricingCalculatorObjectTypedDict PricingCalculatorPricingCalculatorObject PricingCalculatorPricingCalculatorObjectTypedDict PricingCalculatorPricingCalculatorRequestObject PricingCalculatorPricingCalculatorRequestObjectTypedDict PricingCalculatorPricingCalculatorRequestRequestBodyObject PricingCalculatorPricingCalculatorRequestRequestBodyObjectTypedDict PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObject PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObjectTypedDict PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObject PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObjectTypedDict PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObject PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObjectTypedDict PricingCalculatorRequestBody PricingCalculatorRequestBodyTypedDict PricingCalculatorResponse PricingCalculatorResponseBody PricingCalculatorResponseBodyTypedDict PricingCalculatorResponseTypedDict",
        ".prompt_random": "PromptRandomPromptGenerationOutput PromptRandomPromptGenerationOutputTypedDict PromptRandomResponse PromptRandomResponseBody PromptRandomResponseBodyTypedDict PromptRandomResponseTypedDict",
        ".prompt_improve": "PromptGenerationOutput PromptGenerationOutputTypedDict PromptImproveRequestBody PromptImproveRequestBodyTypedDict PromptImproveResponse PromptImproveResponseBody PromptImproveResponseBodyTypedDict PromptImproveResponseTypedDict",
        ".create_lcm_generation": "CreateLCMGenerationRequestBody CreateLCMGenerationRequestBodyTypedDict CreateLCMGenerationResponse CreateLCMGenerationResponseBody CreateLCMGenerationResponseBodyTypedDict CreateLCMGenerationResponseTypedDict",
        ".perform_instant_refine": "PerformInstantRefineRequestBody PerformInstantRefineRequestBodyTypedDict PerformInstantRefineResponse PerformInstantRefineResponseBody PerformInstantRefineResponseBodyTypedDict PerformInstantRefineResponseTypedDict",
        ".perform_inpainting_lcm": "PerformInpaintingLCMRequestBody PerformInpaintingLCMRequestBodyTypedDict PerformInpaintingLCMResponse PerformInpaintingLCMResponseBody PerformInpaintingLCMResponseBodyTypedDict PerformInpaintingLCMResponseTypedDict",
        ".perform_alchemy_upscale_lcm": "LcmGenerationOutput LcmGenerationOutputTypedDict PerformAlchemyUpscaleLCMRequestBody PerformAlchemyUpscaleLCMRequestBodyTypedDict PerformAlchemyUpscaleLCMResponse PerformAlchemyUpscaleLCMResponseBody PerformAlchemyUpscaleLCMResponseBodyTypedDict PerformAlchemyUpscaleLCMResponseTypedDict",
        ".create_texture_generation": "CreateTextureGenerationRequestBody CreateTextureGenerationRequestBodyTypedDict CreateTextureGenerationResponse CreateTextureGenerationResponseBody CreateTextureGenerationResponseBodyTypedDict CreateTextureGenerationResponseTypedDict TextureGenerationJobOutput TextureGenerationJobOutputTypedDict",
        ".get_texture_generations_by_model_id": "GetTextureGenerationsByModelIDModelAssetTextureGenerations GetTextureGenerationsByModelIDModelAssetTextureGenerationsTypedDict GetTextureGenerationsByModelIDRequest GetTextureGenerationsByModelIDRequestBody GetTextureGenerationsByModelIDRequestBodyTypedDict GetTextureGenerationsByModelIDRequestTypedDict GetTextureGenerationsByModelIDResponse GetTextureGenerationsByModelIDResponseBody GetTextureGenerationsByModelIDResponseBodyTypedDict GetTextureGenerationsByModelIDResponseTypedDict",
        ".get_texture_generation_by_id": "GetTextureGenerationByIDModelAssetTextureGenerations GetTextureGenerationByIDModelAssetTextureGenerationsTypedDict GetTextureGenerationByIDRequest GetTextureGenerationByIDRequestBody GetTextureGenerationByIDRequestBodyTypedDict GetTextureGenerationByIDRequestTypedDict GetTextureGenerationByIDResponse GetTextureGenerationByIDResponseBody GetTextureGenerationByIDResponseBodyTypedDict GetTextureGenerationByIDResponseTypedDict",
        ".delete_texture_generation_by_id": "DeleteTextureGenerationByIDRequest DeleteTextureGenerationByIDRequestBody DeleteTextureGenerationByIDRequestBodyTypedDict DeleteTextureGenerationByIDRequestTypedDict DeleteTextureGenerationByIDResponse DeleteTextureGenerationByIDResponseBody DeleteTextureGenerationByIDResponseBodyTypedDict DeleteTextureGenerationByIDResponseTypedDict ModelAssetTextureGenerations ModelAssetTextureGenerationsTypedDict",
        ".get_user_self": "GetUserSelfResponse GetUserSelfResponseBody GetUserSelfResponseBodyTypedDict GetUserSelfResponseTypedDict UserDetails UserDetailsTypedDict Users UsersTypedDict",
        ".create_variation_unzoom": "CreateVariationUnzoomRequestBody CreateVariationUnzoomRequestBodyTypedDict CreateVariationUnzoomResponse CreateVariationUnzoomResponseBody CreateVariationUnzoomResponseBodyTypedDict CreateVariationUnzoomResponseTypedDict SDUnzoomOutput SDUnzoomOutputTypedDict",
        ".create_variation_upscale": "CreateVariationUpscaleRequestBody CreateVariationUpscaleRequestBodyTypedDict CreateVariationUpscaleResponse CreateVariationUpscaleResponseBody CreateVariationUpscaleResponseBodyTypedDict CreateVariationUpscaleResponseTypedDict CreateVariationUpscaleSDUpscaleJobOutput CreateVariationUpscaleSDUpscaleJobOutputTypedDict",
        ".create_variation_no_bg": "CreateVariationNoBGRequestBody CreateVariationNoBGRequestBodyTypedDict CreateVariationNoBGResponse CreateVariationNoBGResponseBody CreateVariationNoBGResponseBodyTypedDict CreateVariationNoBGResponseTypedDict SDUpscaleJobOutput SDUpscaleJobOutputTypedDict",
        ".create_universal_upscaler_job": "CreateUniversalUpscalerJobRequestBody CreateUniversalUpscalerJobRequestBodyTypedDict CreateUniversalUpscalerJobResponse CreateUniversalUpscalerJobResponseBody CreateUniversalUpscalerJobResponseBodyTypedDict CreateUniversalUpscalerJobResponseTypedDict UniversalUpscalerOutput UniversalUpscalerOutputTypedDict",
        ".get_variation_by_id": "GeneratedImageVariationGeneric GeneratedImageVariationGenericTypedDict GetVariationByIDRequest GetVariationByIDRequestTypedDict GetVariationByIDResponse GetVariationByIDResponseBody GetVariationByIDResponseBodyTypedDict GetVariationByIDResponseTypedDict",
        ".upload_model_asset": "ModelAssetUploadOutput ModelAssetUploadOutputTypedDict UploadModelAssetRequestBody UploadModelAssetRequestBodyTypedDict UploadModelAssetResponse UploadModelAssetResponseBody UploadModelAssetResponseBodyTypedDict UploadModelAssetResponseTypedDict",
        ".get_3d_models_by_user_id": "Get3DModelsByUserIDModelAssets Get3DModelsByUserIDModelAssetsTypedDict Get3DModelsByUserIDRequest Get3DModelsByUserIDRequestBody Get3DModelsByUserIDRequestBodyTypedDict Get3DModelsByUserIDRequestTypedDict Get3DModelsByUserIDResponse Get3DModelsByUserIDResponseBody Get3DModelsByUserIDResponseBodyTypedDict Get3DModelsByUserIDResponseTypedDict",
        ".get_3d_model_by_id": "Get3DModelByIDModelAssets Get3DModelByIDModelAssetsTypedDict Get3DModelByIDRequest Get3DModelByIDRequestBody Get3DModelByIDRequestBodyTypedDict Get3DModelByIDRequestTypedDict Get3DModelByIDResponse Get3DModelByIDResponseBody Get3DModelByIDResponseBodyTypedDict Get3DModelByIDResponseTypedDict",
        ".delete_3d_model_by_id": "Delete3DModelByIDRequest Delete3DModelByIDRequestBody Delete3DModelByIDRequestBodyTypedDict Delete3DModelByIDRequestTypedDict Delete3DModelByIDResponse Delete3DModelByIDResponseBody Delete3DModelByIDResponseBodyTypedDict Delete3DModelByIDResponseTypedDict ModelAssets ModelAssetsTypedDict",
    },
    deprecated={
        "DeleteGenerationsTextureIDRequestBody": (
            "",
            "DeleteTextureGenerationByIDRequestBody",
            "its operation was renamed: use operations.DeleteTextureGenerationByIDRequestBody",
        ),
        "DeleteGenerationsTextureIDResponse": (
            "",
            "DeleteTextureGenerationByIDResponse",
            "its operation was renamed: use operations.DeleteTextureGenerationByIDResponse",
        ),
        "GetGenerationByIDGeneratedImageVariationGeneric": (
            "..shared",
            "GeneratedImageVariationGeneric",
            "use shared.GeneratedImageVariationGeneric",
        ),
        "GetGenerationByIDGeneratedImageVariationGenericTypedDict": (
            "..shared",
            "GeneratedImageVariationGenericTypedDict",
            "use shared.GeneratedImageVariationGenericTypedDict",
        ),
        "GetGenerationsByUserIDGeneratedImageVariationGeneric": (
            "..shared",
            "GeneratedImageVariationGeneric",
            "use shared.GeneratedImageVariationGeneric",
        ),
        "GetGenerationsByUserIDGeneratedImageVariationGenericTypedDict": (
            "..shared",
            "GeneratedImageVariationGenericTypedDict",
            "use shared.GeneratedImageVariationGenericTypedDict",
        ),
        "GetGenerationsTextureIDRequestBody": (
            "",
            "GetTextureGenerationByIDRequestBody",
            "its operation was renamed: use operations.GetTextureGenerationByIDRequestBody",
        ),
        "GetGenerationsTextureIDResponse": (
            "",
            "GetTextureGenerationByIDResponse",
            "its operation was renamed: use operations.GetTextureGenerationByIDResponse",
        ),
        "GetGenerationsTextureModelModelIDRequestBody": (
            "",
            "GetTextureGenerationsByModelIDRequestBody",
            "its operation was renamed: use operations.GetTextureGenerationsByModelIDRequestBody",
        ),
        "GetGenerationsTextureModelModelIDResponse": (
            "",
            "GetTextureGenerationsByModelIDResponse",
            "its operation was renamed: use operations.GetTextureGenerationsByModelIDResponse",
        ),
        "GetTextureGenerationsByModelIDModelAssetTextureImages": (
            "..shared",
            "ModelAssetTextureImage",
            "use shared.ModelAssetTextureImage",
        ),
        "GetTextureGenerationsByModelIDModelAssetTextureImagesTypedDict": (
            "..shared",
            "ModelAssetTextureImageTypedDict",
            "use shared.ModelAssetTextureImageTypedDict",
        ),
        "ModelAssetTextureImages": (
            "..shared",
            "ModelAssetTextureImage",
            "use shared.ModelAssetTextureImage",
        ),
        "ModelAssetTextureImagesTypedDict": (
            "..shared",
            "ModelAssetTextureImageTypedDict",
            "use shared.ModelAssetTextureImageTypedDict",
        ),
        "PerformAlchemyUpscaleLCMLCMGenerationOutput": (
            "",
            "LcmGenerationOutput",
            "use operations.LcmGenerationOutput",
        ),
        "PerformAlchemyUpscaleLCMLCMGenerationOutputTypedDict": (
            "",
            "LcmGenerationOutputTypedDict",
            "use operations.LcmGenerationOutputTypedDict",
        ),
        "PerformInpaintingLCMLCMGenerationOutput": (
            "..shared",
            "LcmGenerationOutput",
            "use shared.LcmGenerationOutput",
        ),
        "PerformInpaintingLCMLCMGenerationOutputTypedDict": (
            "..shared",
            "LcmGenerationOutputTypedDict",
            "use shared.LcmGenerationOutputTypedDict",
        ),
        "PerformInstantRefineLcmGenerationOutput": (
            "..shared",
            "LcmGenerationOutput",
            "use shared.LcmGenerationOutput",
        ),
        "PerformInstantRefineLcmGenerationOutputTypedDict": (
            "..shared",
            "LcmGenerationOutputTypedDict",
            "use shared.LcmGenerationOutputTypedDict",
        ),
        "PostGenerationsTextureRequestBody": (
            "",
            "CreateTextureGenerationRequestBody",
            "its operation was renamed: use operations.CreateTextureGenerationRequestBody",
        ),
        "PostGenerationsTextureResponse": (
            "",
            "CreateTextureGenerationResponse",
            "its operation was renamed: use operations.CreateTextureGenerationResponse",
        ),
    },
)
