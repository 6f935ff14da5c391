/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  PricingCalculatorServices$,
  type PricingCalculatorServices,
} from "../shared/pricingcalculatorservices.js";

export interface PricingCalculatorCalculateProductionApiServiceCost {
  /**
   * API service cost to generate the image.
   */
  cost?: number;
}

export function PricingCalculatorCalculateProductionApiServiceCost$(): Fields {
  return [["cost", "cost", "o", "integer"]];
}

export interface PricingCalculatorRequestBody {
  /**
   * The services to be chosen for calculating the API credit cost.
   */
  service?: PricingCalculatorServices;
  /**
   * Parameters for the service
   */
  serviceParams?: PricingCalculatorServiceParams;
}

export function PricingCalculatorRequestBody$(): Fields {
  return [
    ["service", "service", "o", PricingCalculatorServices$],
    ["serviceParams", "serviceParams", "o", PricingCalculatorServiceParams$],
  ];
}

export interface PricingCalculatorResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: PricingCalculatorResponseBody | undefined;
}

export interface PricingCalculatorResponseBody {
  calculateProductionApiServiceCost?: PricingCalculatorCalculateProductionApiServiceCost | null;
}

export function PricingCalculatorResponseBody$(): Fields {
  return [
    [
      "calculateProductionApiServiceCost",
      "calculateProductionApiServiceCost",
      "on",
      PricingCalculatorCalculateProductionApiServiceCost$,
    ],
  ];
}

/**
 * Parameters for the service
 */
export interface PricingCalculatorServiceParams {
  /**
   * Parameters for IMAGE_GENERATION service
   */
  imageGeneration?: PricingCalculatorServiceParamsImageGeneration | null;
  /**
   * Parameters for FANTASY_AVATAR_GENERATION service
   */
  fantasyAvatarGeneration?: PricingCalculatorServiceParamsFantasyAvatarGeneration | null;
  /**
   * Parameters for MOTION_GENERATION service
   */
  motionGeneration?: PricingCalculatorServiceParamsMotionGeneration | null;
  /**
   * Parameters for LCM_GENERATION service
   */
  lcmGeneration?: PricingCalculatorServiceParamsLcmGeneration | null;
  /**
   * Parameters for MODEL_TRAINING service
   */
  modelTraining?: PricingCalculatorServiceParamsModelTraining | null;
  /**
   * Parameters for TEXTURE_GENERATION service
   */
  textureGeneration?: PricingCalculatorServiceParamsTextureGeneration | null;
  /**
   * Parameters for UNIVERSAL_UPSCALER service
   */
  universalUpscaler?: PricingCalculatorServiceParamsUniversalUpscaler | null;
}

export function PricingCalculatorServiceParams$(): Fields {
  return [
    [
      "imageGeneration",
      "IMAGE_GENERATION",
      "on",
      PricingCalculatorServiceParamsImageGeneration$,
    ],
    [
      "fantasyAvatarGeneration",
      "FANTASY_AVATAR_GENERATION",
      "on",
      PricingCalculatorServiceParamsFantasyAvatarGeneration$,
    ],
    [
      "motionGeneration",
      "MOTION_GENERATION",
      "on",
      PricingCalculatorServiceParamsMotionGeneration$,
    ],
    [
      "lcmGeneration",
      "LCM_GENERATION",
      "on",
      PricingCalculatorServiceParamsLcmGeneration$,
    ],
    [
      "modelTraining",
      "MODEL_TRAINING",
      "on",
      PricingCalculatorServiceParamsModelTraining$,
    ],
    [
      "textureGeneration",
      "TEXTURE_GENERATION",
      "on",
      PricingCalculatorServiceParamsTextureGeneration$,
    ],
    [
      "universalUpscaler",
      "UNIVERSAL_UPSCALER",
      "on",
      PricingCalculatorServiceParamsUniversalUpscaler$,
    ],
  ];
}

/**
 * Parameters for FANTASY_AVATAR_GENERATION service
 */
export interface PricingCalculatorServiceParamsFantasyAvatarGeneration {
  /**
   * The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features
   */
  imageHeight?: number;
  /**
   * The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features
   */
  imageWidth?: number;
  /**
   * The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.
   */
  numImages?: number;
}

export function PricingCalculatorServiceParamsFantasyAvatarGeneration$(): Fields {
  return [
    ["imageHeight", "imageHeight", "o", "integer"],
    ["imageWidth", "imageWidth", "o", "integer"],
    ["numImages", "numImages", "o", "integer"],
  ];
}

/**
 * Parameters for IMAGE_GENERATION service
 */
export interface PricingCalculatorServiceParamsImageGeneration {
  /**
   * The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features
   */
  imageHeight?: number;
  /**
   * The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features
   */
  imageWidth?: number;
  /**
   * The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.
   */
  numImages?: number;
  /**
   * The Step Count to use for the generation. Must be between 10 and 60.
   */
  inferenceSteps?: number;
  /**
   * Enable to use Prompt Magic.
   */
  promptMagic?: boolean | null;
  /**
   * Strength of prompt magic. Must be a float between 0.1 and 1.0
   */
  promptMagicStrength?: number | null;
  /**
   * Prompt magic version v2 or v3, for use when promptMagic: true
   */
  promptMagicVersion?: string | null;
  /**
   * Enable to use Alchemy.
   */
  alchemyMode?: boolean;
  /**
   * Enable to use high resolution.
   */
  highResolution?: boolean;
  /**
   * The number of elements used for the generation.
   */
  loraCount?: number | null;
  /**
   * Enable to use custom model.
   */
  isModelCustom?: boolean | null;
  /**
   * The total cost of controlnets input.
   */
  controlnetsCost?: number | null;
  /**
   * Enable to use Phoenix model.
   */
  isPhoenix?: boolean | null;
  /**
   * Enable to use SDXL model.
   */
  isSDXL?: boolean | null;
  /**
   * Enable to use SDXL Lightning model.
   */
  isSDXLLightning?: boolean | null;
}

export function PricingCalculatorServiceParamsImageGeneration$(): Fields {
  return [
    ["imageHeight", "imageHeight", "o", "integer"],
    ["imageWidth", "imageWidth", "o", "integer"],
    ["numImages", "numImages", "o", "integer"],
    ["inferenceSteps", "inferenceSteps", "o", "integer"],
    ["promptMagic", "promptMagic", "on", "boolean"],
    ["promptMagicStrength", "promptMagicStrength", "on", "number"],
    ["promptMagicVersion", "promptMagicVersion", "on", "string"],
    ["alchemyMode", "alchemyMode", "o", "boolean"],
    ["highResolution", "highResolution", "o", "boolean"],
    ["loraCount", "loraCount", "on", "integer"],
    ["isModelCustom", "isModelCustom", "on", "boolean"],
    ["controlnetsCost", "controlnetsCost", "on", "integer"],
    ["isPhoenix", "isPhoenix", "on", "boolean"],
    ["isSDXL", "isSDXL", "on", "boolean"],
    ["isSDXLLightning", "isSDXLLightning", "on", "boolean"],
  ];
}

/**
 * Parameters for LCM_GENERATION service
 */
export interface PricingCalculatorServiceParamsLcmGeneration {
  /**
   * The output height of the image. Must be 512, 640 or 1024.
   */
  height?: number | null;
  /**
   * The output width of the image. Must be 512, 640 or 1024.
   */
  width?: number | null;
  /**
   * Enable for instant upscale
   */
  instantRefine?: boolean | null;
  /**
   * Enable for normal alchemy upscale
   */
  refine?: boolean | null;
}

export function PricingCalculatorServiceParamsLcmGeneration$(): Fields {
  return [
    ["height", "height", "on", "integer"],
    ["width", "width", "on", "integer"],
    ["instantRefine", "instantRefine", "on", "boolean"],
    ["refine", "refine", "on", "boolean"],
  ];
}

/**
 * Parameters for MODEL_TRAINING service
 */
export interface PricingCalculatorServiceParamsModelTraining {
  /**
   * The resolution for training. Must be 512 or 768.
   */
  resolution?: number;
}

export function PricingCalculatorServiceParamsModelTraining$(): Fields {
  return [["resolution", "resolution", "o", "integer"]];
}

/**
 * Parameters for MOTION_GENERATION service
 */
export interface PricingCalculatorServiceParamsMotionGeneration {
  /**
   * The total duration of the motion generation in seconds.
   */
  durationSeconds?: number;
}

export function PricingCalculatorServiceParamsMotionGeneration$(): Fields {
  return [["durationSeconds", "durationSeconds", "o", "integer"]];
}

/**
 * Parameters for TEXTURE_GENERATION service
 */
export interface PricingCalculatorServiceParamsTextureGeneration {
  preview?: boolean;
}

export function PricingCalculatorServiceParamsTextureGeneration$(): Fields {
  return [["preview", "preview", "o", "boolean"]];
}

/**
 * Parameters for UNIVERSAL_UPSCALER service
 */
export interface PricingCalculatorServiceParamsUniversalUpscaler {
  /**
   * The maximum upscaled image size is 20 megapixels.
   */
  megapixel?: number;
}

export function PricingCalculatorServiceParamsUniversalUpscaler$(): Fields {
  return [["megapixel", "megapixel", "o", "integer"]];
}
