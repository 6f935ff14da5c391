# Generated from spec/leonardo/openapi.yaml. Do not edit.
"""Each model's module is imported on first use of one of its names."""

from typing import TYPE_CHECKING

from ..._lazy import attach_modules

if TYPE_CHECKING:
    from .create_dataset import (
        CreateDatasetRequestBody as CreateDatasetRequestBody,
        CreateDatasetRequestBodyTypedDict as CreateDatasetRequestBodyTypedDict,
        CreateDatasetResponse as CreateDatasetResponse,
        CreateDatasetResponseBody as CreateDatasetResponseBody,
        CreateDatasetResponseBodyTypedDict as CreateDatasetResponseBodyTypedDict,
        CreateDatasetResponseTypedDict as CreateDatasetResponseTypedDict,
        Datasets as Datasets,
        DatasetsTypedDict as DatasetsTypedDict,
    )
    from .get_dataset_by_id import (
        DatasetImages as DatasetImages,
        DatasetImagesTypedDict as DatasetImagesTypedDict,
        GetDatasetByIDDatasets as GetDatasetByIDDatasets,
        GetDatasetByIDDatasetsTypedDict as GetDatasetByIDDatasetsTypedDict,
        GetDatasetByIDRequest as GetDatasetByIDRequest,
        GetDatasetByIDRequestTypedDict as GetDatasetByIDRequestTypedDict,
        GetDatasetByIDResponse as GetDatasetByIDResponse,
        GetDatasetByIDResponseBody as GetDatasetByIDResponseBody,
        GetDatasetByIDResponseBodyTypedDict as GetDatasetByIDResponseBodyTypedDict,
        GetDatasetByIDResponseTypedDict as GetDatasetByIDResponseTypedDict,
    )
    from .delete_dataset_by_id import (
        DeleteDatasetByIDDatasets as DeleteDatasetByIDDatasets,
        DeleteDatasetByIDDatasetsTypedDict as DeleteDatasetByIDDatasetsTypedDict,
        DeleteDatasetByIDRequest as DeleteDatasetByIDRequest,
        DeleteDatasetByIDRequestTypedDict as DeleteDatasetByIDRequestTypedDict,
        DeleteDatasetByIDResponse as DeleteDatasetByIDResponse,
        DeleteDatasetByIDResponseBody as DeleteDatasetByIDResponseBody,
        DeleteDatasetByIDResponseBodyTypedDict as DeleteDatasetByIDResponseBodyTypedDict,
        DeleteDatasetByIDResponseTypedDict as DeleteDatasetByIDResponseTypedDict,
    )
    from .upload_dataset_image import (
        DatasetUploadOutput as DatasetUploadOutput,
        DatasetUploadOutputTypedDict as DatasetUploadOutputTypedDict,
        UploadDatasetImageRequest as UploadDatasetImageRequest,
        UploadDatasetImageRequestBody as UploadDatasetImageRequestBody,
        UploadDatasetImageRequestBodyTypedDict as UploadDatasetImageRequestBodyTypedDict,
        UploadDatasetImageRequestTypedDict as UploadDatasetImageRequestTypedDict,
        UploadDatasetImageResponse as UploadDatasetImageResponse,
        UploadDatasetImageResponseBody as UploadDatasetImageResponseBody,
        UploadDatasetImageResponseBodyTypedDict as UploadDatasetImageResponseBodyTypedDict,
        UploadDatasetImageResponseTypedDict as UploadDatasetImageResponseTypedDict,
    )
    from .upload_dataset_image_from_gen import (
        DatasetGenUploadOutput as DatasetGenUploadOutput,
        DatasetGenUploadOutputTypedDict as DatasetGenUploadOutputTypedDict,
        UploadDatasetImageFromGenRequest as UploadDatasetImageFromGenRequest,
        UploadDatasetImageFromGenRequestBody as UploadDatasetImageFromGenRequestBody,
        UploadDatasetImageFromGenRequestBodyTypedDict as UploadDatasetImageFromGenRequestBodyTypedDict,
        UploadDatasetImageFromGenRequestTypedDict as UploadDatasetImageFromGenRequestTypedDict,
        UploadDatasetImageFromGenResponse as UploadDatasetImageFromGenResponse,
        UploadDatasetImageFromGenResponseBody as UploadDatasetImageFromGenResponseBody,
        UploadDatasetImageFromGenResponseBodyTypedDict as UploadDatasetImageFromGenResponseBodyTypedDict,
        UploadDatasetImageFromGenResponseTypedDict as UploadDatasetImageFromGenResponseTypedDict,
    )
    from .list_elements import (
        ListElementsResponse as ListElementsResponse,
        ListElementsResponseBody as ListElementsResponseBody,
        ListElementsResponseBodyTypedDict as ListElementsResponseBodyTypedDict,
        ListElementsResponseTypedDict as ListElementsResponseTypedDict,
        Loras as Loras,
        LorasTypedDict as LorasTypedDict,
    )
    from .create_generation import (
        CreateGenerationRequestBody as CreateGenerationRequestBody,
        CreateGenerationRequestBodyTypedDict as CreateGenerationRequestBodyTypedDict,
        CreateGenerationResponse as CreateGenerationResponse,
        CreateGenerationResponseBody as CreateGenerationResponseBody,
        CreateGenerationResponseBodyTypedDict as CreateGenerationResponseBodyTypedDict,
        CreateGenerationResponseTypedDict as CreateGenerationResponseTypedDict,
        SDGenerationOutput as SDGenerationOutput,
        SDGenerationOutputTypedDict as SDGenerationOutputTypedDict,
        TransparencyType as TransparencyType,
    )
    from .get_generation_by_id import (
        GeneratedImages as GeneratedImages,
        GeneratedImagesTypedDict as GeneratedImagesTypedDict,
        GenerationElements as GenerationElements,
        GenerationElementsTypedDict as GenerationElementsTypedDict,
        GetGenerationByIDGenerations as GetGenerationByIDGenerations,
        GetGenerationByIDGenerationsTypedDict as GetGenerationByIDGenerationsTypedDict,
        GetGenerationByIDLoras as GetGenerationByIDLoras,
        GetGenerationByIDLorasTypedDict as GetGenerationByIDLorasTypedDict,
        GetGenerationByIDRequest as GetGenerationByIDRequest,
        GetGenerationByIDRequestTypedDict as GetGenerationByIDRequestTypedDict,
        GetGenerationByIDResponse as GetGenerationByIDResponse,
        GetGenerationByIDResponseBody as GetGenerationByIDResponseBody,
        GetGenerationByIDResponseBodyTypedDict as GetGenerationByIDResponseBodyTypedDict,
        GetGenerationByIDResponseTypedDict as GetGenerationByIDResponseTypedDict,
    )
    from .delete_generation_by_id import (
        DeleteGenerationByIDRequest as DeleteGenerationByIDRequest,
        DeleteGenerationByIDRequestTypedDict as DeleteGenerationByIDRequestTypedDict,
        DeleteGenerationByIDResponse as DeleteGenerationByIDResponse,
        DeleteGenerationByIDResponseBody as DeleteGenerationByIDResponseBody,
        DeleteGenerationByIDResponseBodyTypedDict as DeleteGenerationByIDResponseBodyTypedDict,
        DeleteGenerationByIDResponseTypedDict as DeleteGenerationByIDResponseTypedDict,
        Generations as Generations,
        GenerationsTypedDict as GenerationsTypedDict,
    )
    from .get_generations_by_user_id import (
        Elements as Elements,
        ElementsTypedDict as ElementsTypedDict,
        GetGenerationsByUserIDGeneratedImages as GetGenerationsByUserIDGeneratedImages,
        GetGenerationsByUserIDGeneratedImagesTypedDict as GetGenerationsByUserIDGeneratedImagesTypedDict,
        GetGenerationsByUserIDGenerationElements as GetGenerationsByUserIDGenerationElements,
        GetGenerationsByUserIDGenerationElementsTypedDict as GetGenerationsByUserIDGenerationElementsTypedDict,
        GetGenerationsByUserIDGenerations as GetGenerationsByUserIDGenerations,
        GetGenerationsByUserIDGenerationsTypedDict as GetGenerationsByUserIDGenerationsTypedDict,
        GetGenerationsByUserIDRequest as GetGenerationsByUserIDRequest,
        GetGenerationsByUserIDRequestTypedDict as GetGenerationsByUserIDRequestTypedDict,
        GetGenerationsByUserIDResponse as GetGenerationsByUserIDResponse,
        GetGenerationsByUserIDResponseBody as GetGenerationsByUserIDResponseBody,
        GetGenerationsByUserIDResponseBodyTypedDict as GetGenerationsByUserIDResponseBodyTypedDict,
        GetGenerationsByUserIDResponseTypedDict as GetGenerationsByUserIDResponseTypedDict,
    )
    from .upload_init_image import (
        InitImageUploadOutput as InitImageUploadOutput,
        InitImageUploadOutputTypedDict as InitImageUploadOutputTypedDict,
        UploadInitImageRequestBody as UploadInitImageRequestBody,
        UploadInitImageRequestBodyTypedDict as UploadInitImageRequestBodyTypedDict,
        UploadInitImageResponse as UploadInitImageResponse,
        UploadInitImageResponseBody as UploadInitImageResponseBody,
        UploadInitImageResponseBodyTypedDict as UploadInitImageResponseBodyTypedDict,
        UploadInitImageResponseTypedDict as UploadInitImageResponseTypedDict,
    )
    from .get_init_image_by_id import (
        GetInitImageByIDInitImages as GetInitImageByIDInitImages,
        GetInitImageByIDInitImagesTypedDict as GetInitImageByIDInitImagesTypedDict,
        GetInitImageByIDRequest as GetInitImageByIDRequest,
        GetInitImageByIDRequestTypedDict as GetInitImageByIDRequestTypedDict,
        GetInitImageByIDResponse as GetInitImageByIDResponse,
        GetInitImageByIDResponseBody as GetInitImageByIDResponseBody,
        GetInitImageByIDResponseBodyTypedDict as GetInitImageByIDResponseBodyTypedDict,
        GetInitImageByIDResponseTypedDict as GetInitImageByIDResponseTypedDict,
    )
    from .delete_init_image_by_id import (
        DeleteInitImageByIDRequest as DeleteInitImageByIDRequest,
        DeleteInitImageByIDRequestTypedDict as DeleteInitImageByIDRequestTypedDict,
        DeleteInitImageByIDResponse as DeleteInitImageByIDResponse,
        DeleteInitImageByIDResponseBody as DeleteInitImageByIDResponseBody,
        DeleteInitImageByIDResponseBodyTypedDict as DeleteInitImageByIDResponseBodyTypedDict,
        DeleteInitImageByIDResponseTypedDict as DeleteInitImageByIDResponseTypedDict,
        InitImages as InitImages,
        InitImagesTypedDict as InitImagesTypedDict,
    )
    from .upload_canvas_init_image import (
        CanvasInitImageUploadOutput as CanvasInitImageUploadOutput,
        CanvasInitImageUploadOutputTypedDict as CanvasInitImageUploadOutputTypedDict,
        UploadCanvasInitImageRequestBody as UploadCanvasInitImageRequestBody,
        UploadCanvasInitImageRequestBodyTypedDict as UploadCanvasInitImageRequestBodyTypedDict,
        UploadCanvasInitImageResponse as UploadCanvasInitImageResponse,
        UploadCanvasInitImageResponseBody as UploadCanvasInitImageResponseBody,
        UploadCanvasInitImageResponseBodyTypedDict as UploadCanvasInitImageResponseBodyTypedDict,
        UploadCanvasInitImageResponseTypedDict as UploadCanvasInitImageResponseTypedDict,
    )
    from .create_svd_motion_generation import (
        CreateSVDMotionGenerationRequestBody as CreateSVDMotionGenerationRequestBody,
        CreateSVDMotionGenerationRequestBodyTypedDict as CreateSVDMotionGenerationRequestBodyTypedDict,
        CreateSVDMotionGenerationResponse as CreateSVDMotionGenerationResponse,
        CreateSVDMotionGenerationResponseBody as CreateSVDMotionGenerationResponseBody,
        CreateSVDMotionGenerationResponseBodyTypedDict as CreateSVDMotionGenerationResponseBodyTypedDict,
        CreateSVDMotionGenerationResponseTypedDict as CreateSVDMotionGenerationResponseTypedDict,
        MotionSvdGenerationOutput as MotionSvdGenerationOutput,
        MotionSvdGenerationOutputTypedDict as MotionSvdGenerationOutputTypedDict,
    )
    from .create_model import (
        CreateModelRequestBody as CreateModelRequestBody,
        CreateModelRequestBodyTypedDict as CreateModelRequestBodyTypedDict,
        CreateModelResponse as CreateModelResponse,
        CreateModelResponseBody as CreateModelResponseBody,
        CreateModelResponseBodyTypedDict as CreateModelResponseBodyTypedDict,
        CreateModelResponseTypedDict as CreateModelResponseTypedDict,
        SDTrainingOutput as SDTrainingOutput,
        SDTrainingOutputTypedDict as SDTrainingOutputTypedDict,
    )
    from .get_model_by_id import (
        GetModelByIDCustomModels as GetModelByIDCustomModels,
        GetModelByIDCustomModelsTypedDict as GetModelByIDCustomModelsTypedDict,
        GetModelByIDRequest as GetModelByIDRequest,
        GetModelByIDRequestTypedDict as GetModelByIDRequestTypedDict,
        GetModelByIDResponse as GetModelByIDResponse,
        GetModelByIDResponseBody as GetModelByIDResponseBody,
        GetModelByIDResponseBodyTypedDict as GetModelByIDResponseBodyTypedDict,
        GetModelByIDResponseTypedDict as GetModelByIDResponseTypedDict,
    )
    from .delete_model_by_id import (
        CustomModels as CustomModels,
        CustomModelsTypedDict as CustomModelsTypedDict,
        DeleteModelByIDRequest as DeleteModelByIDRequest,
        DeleteModelByIDRequestTypedDict as DeleteModelByIDRequestTypedDict,
        DeleteModelByIDResponse as DeleteModelByIDResponse,
        DeleteModelByIDResponseBody as DeleteModelByIDResponseBody,
        DeleteModelByIDResponseBodyTypedDict as DeleteModelByIDResponseBodyTypedDict,
        DeleteModelByIDResponseTypedDict as DeleteModelByIDResponseTypedDict,
    )
    from .list_platform_models import (
        ListPlatformModelsCustomModels as ListPlatformModelsCustomModels,
        ListPlatformModelsCustomModelsTypedDict as ListPlatformModelsCustomModelsTypedDict,
        ListPlatformModelsGeneratedImages as ListPlatformModelsGeneratedImages,
        ListPlatformModelsGeneratedImagesTypedDict as ListPlatformModelsGeneratedImagesTypedDict,
        ListPlatformModelsResponse as ListPlatformModelsResponse,
        ListPlatformModelsResponseBody as ListPlatformModelsResponseBody,
        ListPlatformModelsResponseBodyTypedDict as ListPlatformModelsResponseBodyTypedDict,
        ListPlatformModelsResponseTypedDict as ListPlatformModelsResponseTypedDict,
    )
    from .pricing_calculator import (
        CalculateProductionAPIServiceCost as CalculateProductionAPIServiceCost,
        CalculateProductionAPIServiceCostTypedDict as CalculateProductionAPIServiceCostTypedDict,
        Object as Object,
        ObjectTypedDict as ObjectTypedDict,
        PricingCalculatorObject as PricingCalculatorObject,
        PricingCalculatorObjectTypedDict as PricingCalculatorObjectTypedDict,
        PricingCalculatorPricingCalculatorObject as PricingCalculatorPricingCalculatorObject,
        PricingCalculatorPricingCalculatorObjectTypedDict as PricingCalculatorPricingCalculatorObjectTypedDict,
        PricingCalculatorPricingCalculatorRequestObject as PricingCalculatorPricingCalculatorRequestObject,
        PricingCalculatorPricingCalculatorRequestObjectTypedDict as PricingCalculatorPricingCalculatorRequestObjectTypedDict,
        PricingCalculatorPricingCalculatorRequestRequestBodyObject as PricingCalculatorPricingCalculatorRequestRequestBodyObject,
        PricingCalculatorPricingCalculatorRequestRequestBodyObjectTypedDict as PricingCalculatorPricingCalculatorRequestRequestBodyObjectTypedDict,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObject as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObject,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObjectTypedDict as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsObjectTypedDict,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObject as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObject,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObjectTypedDict as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsTEXTUREGENERATIONObjectTypedDict,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObject as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObject,
        PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObjectTypedDict as PricingCalculatorPricingCalculatorRequestRequestBodyServiceParamsUNIVERSALUPSCALERObjectTypedDict,
        PricingCalculatorRequestBody as PricingCalculatorRequestBody,
        PricingCalculatorRequestBodyTypedDict as PricingCalculatorRequestBodyTypedDict,
        PricingCalculatorResponse as PricingCalculatorResponse,
        PricingCalculatorResponseBody as PricingCalculatorResponseBody,
        PricingCalculatorResponseBodyTypedDict as PricingCalculatorResponseBodyTypedDict,
        PricingCalculatorResponseTypedDict as PricingCalculatorResponseTypedDict,
    )
    from .prompt_random import (
        PromptRandomPromptGenerationOutput as PromptRandomPromptGenerationOutput,
        PromptRandomPromptGenerationOutputTypedDict as PromptRandomPromptGenerationOutputTypedDict,
        PromptRandomResponse as PromptRandomResponse,
        PromptRandomResponseBody as PromptRandomResponseBody,
        PromptRandomResponseBodyTypedDict as PromptRandomResponseBodyTypedDict,
        PromptRandomResponseTypedDict as PromptRandomResponseTypedDict,
    )
    from .prompt_improve import (
        PromptGenerationOutput as PromptGenerationOutput,
        PromptGenerationOutputTypedDict as PromptGenerationOutputTypedDict,
        PromptImproveRequestBody as PromptImproveRequestBody,
        PromptImproveRequestBodyTypedDict as PromptImproveRequestBodyTypedDict,
        PromptImproveResponse as PromptImproveResponse,
        PromptImproveResponseBody as PromptImproveResponseBody,
        PromptImproveResponseBodyTypedDict as PromptImproveResponseBodyTypedDict,
        PromptImproveResponseTypedDict as PromptImproveResponseTypedDict,
    )
    from .create_lcm_generation import (
        CreateLCMGenerationRequestBody as CreateLCMGenerationRequestBody,
        CreateLCMGenerationRequestBodyTypedDict as CreateLCMGenerationRequestBodyTypedDict,
        CreateLCMGenerationResponse as CreateLCMGenerationResponse,
        CreateLCMGenerationResponseBody as CreateLCMGenerationResponseBody,
        CreateLCMGenerationResponseBodyTypedDict as CreateLCMGenerationResponseBodyTypedDict,
        CreateLCMGenerationResponseTypedDict as CreateLCMGenerationResponseTypedDict,
    )
    from .perform_instant_refine import (
        PerformInstantRefineRequestBody as PerformInstantRefineRequestBody,
        PerformInstantRefineRequestBodyTypedDict as PerformInstantRefineRequestBodyTypedDict,
        PerformInstantRefineResponse as PerformInstantRefineResponse,
        PerformInstantRefineResponseBody as PerformInstantRefineResponseBody,
        PerformInstantRefineResponseBodyTypedDict as PerformInstantRefineResponseBodyTypedDict,
        PerformInstantRefineResponseTypedDict as PerformInstantRefineResponseTypedDict,
    )
    from .perform_inpainting_lcm import (
        PerformInpaintingLCMRequestBody as PerformInpaintingLCMRequestBody,
        PerformInpaintingLCMRequestBodyTypedDict as PerformInpaintingLCMRequestBodyTypedDict,
        PerformInpaintingLCMResponse as PerformInpaintingLCMResponse,
        PerformInpaintingLCMResponseBody as PerformInpaintingLCMResponseBody,
        PerformInpaintingLCMResponseBodyTypedDict as PerformInpaintingLCMResponseBodyTypedDict,
        PerformInpaintingLCMResponseTypedDict as PerformInpaintingLCMResponseTypedDict,
    )
    from .perform_alchemy_upscale_lcm import (
        LcmGenerationOutput as LcmGenerationOutput,
        LcmGenerationOutputTypedDict as LcmGenerationOutputTypedDict,
        PerformAlchemyUpscaleLCMRequestBody as PerformAlchemyUpscaleLCMRequestBody,
        PerformAlchemyUpscaleLCMRequestBodyTypedDict as PerformAlchemyUpscaleLCMRequestBodyTypedDict,
        PerformAlchemyUpscaleLCMResponse as PerformAlchemyUpscaleLCMResponse,
        PerformAlchemyUpscaleLCMResponseBody as PerformAlchemyUpscaleLCMResponseBody,
        PerformAlchemyUpscaleLCMResponseBodyTypedDict as PerformAlchemyUpscaleLCMResponseBodyTypedDict,
        PerformAlchemyUpscaleLCMResponseTypedDict as PerformAlchemyUpscaleLCMResponseTypedDict,
    )
    from .create_texture_generation import (
        CreateTextureGenerationRequestBody as CreateTextureGenerationRequestBody,
        CreateTextureGenerationRequestBodyTypedDict as CreateTextureGenerationRequestBodyTypedDict,
        CreateTextureGenerationResponse as CreateTextureGenerationResponse,
        CreateTextureGenerationResponseBody as CreateTextureGenerationResponseBody,
        CreateTextureGenerationResponseBodyTypedDict as CreateTextureGenerationResponseBodyTypedDict,
        CreateTextureGenerationResponseTypedDict as CreateTextureGenerationResponseTypedDict,
        TextureGenerationJobOutput as TextureGenerationJobOutput,
        TextureGenerationJobOutputTypedDict as TextureGenerationJobOutputTypedDict,
    )
    from .get_texture_generations_by_model_id import (
        GetTextureGenerationsByModelIDModelAssetTextureGenerations as GetTextureGenerationsByModelIDModelAssetTextureGenerations,
        GetTextureGenerationsByModelIDModelAssetTextureGenerationsTypedDict as GetTextureGenerationsByModelIDModelAssetTextureGenerationsTypedDict,
        GetTextureGenerationsByModelIDRequest as GetTextureGenerationsByModelIDRequest,
        GetTextureGenerationsByModelIDRequestBody as GetTextureGenerationsByModelIDRequestBody,
        GetTextureGenerationsByModelIDRequestBodyTypedDict as GetTextureGenerationsByModelIDRequestBodyTypedDict,
        GetTextureGenerationsByModelIDRequestTypedDict as GetTextureGenerationsByModelIDRequestTypedDict,
        GetTextureGenerationsByModelIDResponse as GetTextureGenerationsByModelIDResponse,
        GetTextureGenerationsByModelIDResponseBody as GetTextureGenerationsByModelIDResponseBody,
        GetTextureGenerationsByModelIDResponseBodyTypedDict as GetTextureGenerationsByModelIDResponseBodyTypedDict,
        GetTextureGenerationsByModelIDResponseTypedDict as GetTextureGenerationsByModelIDResponseTypedDict,
    )
    from .get_texture_generation_by_id import (
        GetTextureGenerationByIDModelAssetTextureGenerations as GetTextureGenerationByIDModelAssetTextureGenerations,
        GetTextureGenerationByIDModelAssetTextureGenerationsTypedDict as GetTextureGenerationByIDModelAssetTextureGenerationsTypedDict,
        GetTextureGenerationByIDRequest as GetTextureGenerationByIDRequest,
        GetTextureGenerationByIDRequestBody as GetTextureGenerationByIDRequestBody,
        GetTextureGenerationByIDRequestBodyTypedDict as GetTextureGenerationByIDRequestBodyTypedDict,
        GetTextureGenerationByIDRequestTypedDict as GetTextureGenerationByIDRequestTypedDict,
        GetTextureGenerationByIDResponse as GetTextureGenerationByIDResponse,
        GetTextureGenerationByIDResponseBody as GetTextureGenerationByIDResponseBody,
        GetTextureGenerationByIDResponseBodyTypedDict as GetTextureGenerationByIDResponseBodyTypedDict,
        GetTextureGenerationByIDResponseTypedDict as GetTextureGenerationByIDResponseTypedDict,
    )
    from .delete_texture_generation_by_id import (
        DeleteTextureGenerationByIDRequest as DeleteTextureGenerationByIDRequest,
        DeleteTextureGenerationByIDRequestBody as DeleteTextureGenerationByIDRequestBody,
        DeleteTextureGenerationByIDRequestBodyTypedDict as DeleteTextureGenerationByIDRequestBodyTypedDict,
        DeleteTextureGenerationByIDRequestTypedDict as DeleteTextureGenerationByIDRequestTypedDict,
        DeleteTextureGenerationByIDResponse as DeleteTextureGenerationByIDResponse,
        DeleteTextureGenerationByIDResponseBody as DeleteTextureGenerationByIDResponseBody,
        DeleteTextureGenerationByIDResponseBodyTypedDict as DeleteTextureGenerationByIDResponseBodyTypedDict,
        DeleteTextureGenerationByIDResponseTypedDict as DeleteTextureGenerationByIDResponseTypedDict,
        ModelAssetTextureGenerations as ModelAssetTextureGenerations,
        ModelAssetTextureGenerationsTypedDict as ModelAssetTextureGenerationsTypedDict,
    )
    from .get_user_self import (
        GetUserSelfResponse as GetUserSelfResponse,
        GetUserSelfResponseBody as GetUserSelfResponseBody,
        GetUserSelfResponseBodyTypedDict as GetUserSelfResponseBodyTypedDict,
        GetUserSelfResponseTypedDict as GetUserSelfResponseTypedDict,
        UserDetails as UserDetails,
        UserDetailsTypedDict as UserDetailsTypedDict,
        Users as Users,
        UsersTypedDict as UsersTypedDict,
    )
    from .create_variation_unzoom import (
        CreateVariationUnzoomRequestBody as CreateVariationUnzoomRequestBody,
        CreateVariationUnzoomRequestBodyTypedDict as CreateVariationUnzoomRequestBodyTypedDict,
        CreateVariationUnzoomResponse as CreateVariationUnzoomResponse,
        CreateVariationUnzoomResponseBody as CreateVariationUnzoomResponseBody,
        CreateVariationUnzoomResponseBodyTypedDict as CreateVariationUnzoomResponseBodyTypedDict,
        CreateVariationUnzoomResponseTypedDict as CreateVariationUnzoomResponseTypedDict,
        SDUnzoomOutput as SDUnzoomOutput,
        SDUnzoomOutputTypedDict as SDUnzoomOutputTypedDict,
    )
    from .create_variation_upscale import (
        CreateVariationUpscaleRequestBody as CreateVariationUpscaleRequestBody,
        CreateVariationUpscaleRequestBodyTypedDict as CreateVariationUpscaleRequestBodyTypedDict,
        CreateVariationUpscaleResponse as CreateVariationUpscaleResponse,
        CreateVariationUpscaleResponseBody as CreateVariationUpscaleResponseBody,
        CreateVariationUpscaleResponseBodyTypedDict as CreateVariationUpscaleResponseBodyTypedDict,
        CreateVariationUpscaleResponseTypedDict as CreateVariationUpscaleResponseTypedDict,
        CreateVariationUpscaleSDUpscaleJobOutput as CreateVariationUpscaleSDUpscaleJobOutput,
        CreateVariationUpscaleSDUpscaleJobOutputTypedDict as CreateVariationUpscaleSDUpscaleJobOutputTypedDict,
    )
    from .create_variation_no_bg import (
        CreateVariationNoBGRequestBody as CreateVariationNoBGRequestBody,
        CreateVariationNoBGRequestBodyTypedDict as CreateVariationNoBGRequestBodyTypedDict,
        CreateVariationNoBGResponse as CreateVariationNoBGResponse,
        CreateVariationNoBGResponseBody as CreateVariationNoBGResponseBody,
        CreateVariationNoBGResponseBodyTypedDict as CreateVariationNoBGResponseBodyTypedDict,
        CreateVariationNoBGResponseTypedDict as CreateVariationNoBGResponseTypedDict,
        SDUpscaleJobOutput as SDUpscaleJobOutput,
        SDUpscaleJobOutputTypedDict as SDUpscaleJobOutputTypedDict,
    )
    from .create_universal_upscaler_job import (
        CreateUniversalUpscalerJobRequestBody as CreateUniversalUpscalerJobRequestBody,
        CreateUniversalUpscalerJobRequestBodyTypedDict as CreateUniversalUpscalerJobRequestBodyTypedDict,
        CreateUniversalUpscalerJobResponse as CreateUniversalUpscalerJobResponse,
        CreateUniversalUpscalerJobResponseBody as CreateUniversalUpscalerJobResponseBody,
        CreateUniversalUpscalerJobResponseBodyTypedDict as CreateUniversalUpscalerJobResponseBodyTypedDict,
        CreateUniversalUpscalerJobResponseTypedDict as CreateUniversalUpscalerJobResponseTypedDict,
        UniversalUpscalerOutput as UniversalUpscalerOutput,
        UniversalUpscalerOutputTypedDict as UniversalUpscalerOutputTypedDict,
    )
    from .get_variation_by_id import (
        GeneratedImageVariationGeneric as GeneratedImageVariationGeneric,
        GeneratedImageVariationGenericTypedDict as GeneratedImageVariationGenericTypedDict,
        GetVariationByIDRequest as GetVariationByIDRequest,
        GetVariationByIDRequestTypedDict as GetVariationByIDRequestTypedDict,
        GetVariationByIDResponse as GetVariationByIDResponse,
        GetVariationByIDResponseBody as GetVariationByIDResponseBody,
        GetVariationByIDResponseBodyTypedDict as GetVariationByIDResponseBodyTypedDict,
        GetVariationByIDResponseTypedDict as GetVariationByIDResponseTypedDict,
    )
    from .upload_model_asset import (
        ModelAssetUploadOutput as ModelAssetUploadOutput,
        ModelAssetUploadOutputTypedDict as ModelAssetUploadOutputTypedDict,
        UploadModelAssetRequestBody as UploadModelAssetRequestBody,
        UploadModelAssetRequestBodyTypedDict as UploadModelAssetRequestBodyTypedDict,
        UploadModelAssetResponse as UploadModelAssetResponse,
        UploadModelAssetResponseBody as UploadModelAssetResponseBody,
        UploadModelAssetResponseBodyTypedDict as UploadModelAssetResponseBodyTypedDict,
        UploadModelAssetResponseTypedDict as UploadModelAssetResponseTypedDict,
    )
    from .get_3d_models_by_user_id import (
        Get3DModelsByUserIDModelAssets as Get3DModelsByUserIDModelAssets,
        Get3DModelsByUserIDModelAssetsTypedDict as Get3DModelsByUserIDModelAssetsTypedDict,
        Get3DModelsByUserIDRequest as Get3DModelsByUserIDRequest,
        Get3DModelsByUserIDRequestBody as Get3DModelsByUserIDRequestBody,
        Get3DModelsByUserIDRequestBodyTypedDict as Get3DModelsByUserIDRequestBodyTypedDict,
        Get3DModelsByUserIDRequestTypedDict as Get3DModelsByUserIDRequestTypedDict,
        Get3DModelsByUserIDResponse as Get3DModelsByUserIDResponse,
        Get3DModelsByUserIDResponseBody as Get3DModelsByUserIDResponseBody,
        Get3DModelsByUserIDResponseBodyTypedDict as Get3DModelsByUserIDResponseBodyTypedDict,
        Get3DModelsByUserIDResponseTypedDict as Get3DModelsByUserIDResponseTypedDict,
    )
    from .get_3d_model_by_id import (
        Get3DModelByIDModelAssets as Get3DModelByIDModelAssets,
        Get3DModelByIDModelAssetsTypedDict as Get3DModelByIDModelAssetsTypedDict,
        Get3DModelByIDRequest as Get3DModelByIDRequest,
        Get3DModelByIDRequestBody as Get3DModelByIDRequestBody,
        Get3DModelByIDRequestBodyTypedDict as Get3DModelByIDRequestBodyTypedDict,
        Get3DModelByIDRequestTypedDict as Get3DModelByIDRequestTypedDict,
        Get3DModelByIDResponse as Get3DModelByIDResponse,
        Get3DModelByIDResponseBody as Get3DModelByIDResponseBody,
        Get3DModelByIDResponseBodyTypedDict as Get3DModelByIDResponseBodyTypedDict,
        Get3DModelByIDResponseTypedDict as Get3DModelByIDResponseTypedDict,
    )
    from .delete_3d_model_by_id import (
        Delete3DModelByIDRequest as Delete3DModelByIDRequest,
        Delete3DModelByIDRequestBody as Delete3DModelByIDRequestBody,
        Delete3DModelByIDRequestBodyTypedDict as Delete3DModelByIDRequestBodyTypedDict,
        Delete3DModelByIDRequestTypedDict as Delete3DModelByIDRequestTypedDict,
        Delete3DModelByIDResponse as Delete3DModelByIDResponse,
        Delete3DModelByIDResponseBody as Delete3DModelByIDResponseBody,
        Delete3DModelByIDResponseBodyTypedDict as Delete3DModelByIDResponseBodyTypedDict,
        Delete3DModelByIDResponseTypedDict as Delete3DModelByIDResponseTypedDict,
        ModelAssets as ModelAssets,
        ModelAssetsTypedDict as ModelAssetsTypedDict,
    )

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
