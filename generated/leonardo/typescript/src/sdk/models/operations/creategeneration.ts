/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields, Values } from "../../../lib/schema.js";
import {
  CanvasRequestType$,
  type CanvasRequestType,
} from "../shared/canvasrequesttype.js";
import {
  ControlnetInput$,
  type ControlnetInput,
} from "../shared/controlnetinput.js";
import {
  ControlnetType$,
  type ControlnetType,
} from "../shared/controlnettype.js";
import { ElementInput$, type ElementInput } from "../shared/elementinput.js";
import {
  SdGenerationSchedulers$,
  type SdGenerationSchedulers,
} from "../shared/sdgenerationschedulers.js";
import {
  SdGenerationStyle$,
  type SdGenerationStyle,
} from "../shared/sdgenerationstyle.js";
import { SdVersions$, type SdVersions } from "../shared/sdversions.js";

export interface CreateGenerationRequestBody {
  /**
   * Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the specified model. For example, XL models will use Alchemy V2.
   */
  alchemy?: boolean | null;
  /**
   * Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive.
   */
  contrastRatio?: number | null;
  controlnets?: Array<ControlnetInput> | null;
  elements?: Array<ElementInput> | null;
  /**
   * Enable to use the Expanded Domain feature of Alchemy.
   */
  expandedDomain?: boolean | null;
  /**
   * Enable to use the Fantasy Avatar feature.
   */
  fantasyAvatar?: boolean | null;
  /**
   * How strongly the generation should reflect the prompt. 7 is recommended. Must be between 1 and 20.
   */
  guidanceScale?: number | null;
  /**
   * The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.
   */
  height?: number | null;
  /**
   * Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW mode. Set to false to enable RAW mode.
   */
  highContrast?: boolean | null;
  /**
   * Enable to use the High Resolution feature of Prompt Magic.
   */
  highResolution?: boolean | null;
  imagePrompts?: Array<string | null> | null;
  imagePromptWeight?: number | null;
  /**
   * The ID of an existing image to use in image2image.
   */
  initGenerationImageId?: string | null;
  /**
   * The ID of an Init Image to use in image2image.
   */
  initImageId?: string | null;
  /**
   * How strongly the generated images should reflect the original image in image2image. Must be a float between 0.1 and 0.9.
   */
  initStrength?: number | null;
  /**
   * The model ID used for image generation. If not provided, uses sd_version to determine the version of Stable Diffusion to use. In-app, model IDs are under the Finetune Models menu. Click on the platform model or your custom model, then click View More. For platform models, you can also use the List Platform Models API.
   */
  modelId?: string | null;
  /**
   * The negative prompt used for the image generation
   */
  negativePrompt?: string | null;
  /**
   * The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.
   */
  numImages?: number | null;
  /**
   * The Step Count to use for the generation. Must be between 10 and 60. Default is 15.
   */
  numInferenceSteps?: number | null;
  /**
   * Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1).
   */
  photoReal?: boolean | null;
  /**
   * The version of photoReal to use. Must be v1 or v2.
   */
  photoRealVersion?: string | null;
  /**
   * Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or 0.45 for high. Defaults to 0.55 if not specified.
   */
  photoRealStrength?: number | null;
  /**
   * The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
   */
  presetStyle?: SdGenerationStyle | null;
  /**
   * The prompt used to generate images
   */
  prompt?: string;
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
   * Whether the generated images should show in the community feed.
   */
  public?: boolean | null;
  /**
   * The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified.
   */
  scheduler?: SdGenerationSchedulers;
  /**
   * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
   */
  sdVersion?: SdVersions;
  seed?: number | null;
  /**
   * Whether the generated images should tile on all axis.
   */
  tiling?: boolean | null;
  /**
   * Which type of transparency this image should use
   */
  transparency?: CreateGenerationTransparency | null;
  /**
   * Whether the generated images should be unzoomed (requires unzoomAmount and init_image_id to be set).
   */
  unzoom?: boolean | null;
  /**
   * How much the image should be unzoomed (requires an init_image_id and unzoom to be set to true).
   */
  unzoomAmount?: number | null;
  /**
   * How much the image should be upscaled. (Enterprise Only)
   */
  upscaleRatio?: number | null;
  /**
   * The input width of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.
   */
  width?: number | null;
  /**
   * This parameter will be deprecated in September 2024. Please use the controlnets array instead.
   *
   * @deprecated
   */
  controlNet?: boolean | null;
  /**
   * This parameter will be deprecated in September 2024. Please use the controlnets array instead.
   *
   * @deprecated
   */
  controlNetType?: ControlnetType;
  /**
   * This parameter will be deprecated in September 2024. Please use the controlnets array instead.
   *
   * @deprecated
   */
  weighting?: number | null;
  /**
   * Whether the generation is for the Canvas Editor feature.
   */
  canvasRequest?: boolean | null;
  /**
   * The type of request for the Canvas Editor.
   */
  canvasRequestType?: CanvasRequestType | null;
  /**
   * The ID of an initial image to use in Canvas Editor request.
   */
  canvasInitId?: string | null;
  /**
   * The ID of a mask image to use in Canvas Editor request.
   */
  canvasMaskId?: string | null;
}

export function CreateGenerationRequestBody$(): Fields {
  return [
    ["alchemy", "alchemy", "on", "boolean"],
    ["contrastRatio", "contrastRatio", "on", "number"],
    ["controlnets", "controlnets", "ona", ControlnetInput$],
    ["elements", "elements", "ona", ElementInput$],
    ["expandedDomain", "expandedDomain", "on", "boolean"],
    ["fantasyAvatar", "fantasyAvatar", "on", "boolean"],
    ["guidanceScale", "guidance_scale", "on", "integer"],
    ["height", "height", "on", "integer"],
    ["highContrast", "highContrast", "on", "boolean"],
    ["highResolution", "highResolution", "on", "boolean"],
    ["imagePrompts", "imagePrompts", "onan", "string"],
    ["imagePromptWeight", "imagePromptWeight", "on", "number"],
    ["initGenerationImageId", "init_generation_image_id", "on", "string"],
    ["initImageId", "init_image_id", "on", "string"],
    ["initStrength", "init_strength", "on", "number"],
    ["modelId", "modelId", "on", "string"],
    ["negativePrompt", "negative_prompt", "on", "string"],
    ["numImages", "num_images", "on", "integer"],
    ["numInferenceSteps", "num_inference_steps", "on", "integer"],
    ["photoReal", "photoReal", "on", "boolean"],
    ["photoRealVersion", "photoRealVersion", "on", "string"],
    ["photoRealStrength", "photoRealStrength", "on", "number"],
    ["presetStyle", "presetStyle", "on", SdGenerationStyle$],
    ["prompt", "prompt", "r", "string", "A majestic cat in the snow"],
    ["promptMagic", "promptMagic", "on", "boolean"],
    ["promptMagicStrength", "promptMagicStrength", "on", "number"],
    ["promptMagicVersion", "promptMagicVersion", "on", "string"],
    ["public", "public", "on", "boolean"],
    ["scheduler", "scheduler", "o", SdGenerationSchedulers$],
    ["sdVersion", "sd_version", "o", SdVersions$],
    ["seed", "seed", "on", "integer"],
    ["tiling", "tiling", "on", "boolean"],
    ["transparency", "transparency", "on", CreateGenerationTransparency$],
    ["unzoom", "unzoom", "on", "boolean"],
    ["unzoomAmount", "unzoomAmount", "on", "number"],
    ["upscaleRatio", "upscaleRatio", "on", "number"],
    ["width", "width", "on", "integer"],
    ["controlNet", "controlNet", "on", "boolean"],
    ["controlNetType", "controlNetType", "o", ControlnetType$],
    ["weighting", "weighting", "on", "number"],
    ["canvasRequest", "canvasRequest", "on", "boolean"],
    ["canvasRequestType", "canvasRequestType", "on", CanvasRequestType$],
    ["canvasInitId", "canvasInitId", "on", "string"],
    ["canvasMaskId", "canvasMaskId", "on", "string"],
  ];
}

export interface CreateGenerationResponse {
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
  object?: CreateGenerationResponseBody | undefined;
}

export interface CreateGenerationResponseBody {
  sdGenerationJob?: CreateGenerationSdGenerationJob | null;
}

export function CreateGenerationResponseBody$(): Fields {
  return [
    [
      "sdGenerationJob",
      "sdGenerationJob",
      "on",
      CreateGenerationSdGenerationJob$,
    ],
  ];
}

export interface CreateGenerationSdGenerationJob {
  generationId?: string;
  /**
   * API Credits Cost for Image Generation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateGenerationSdGenerationJob$(): Fields {
  return [
    ["generationId", "generationId", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}

/**
 * Which type of transparency this image should use
 */
export type CreateGenerationTransparency =
  | "disabled"
  | "foreground_only"
  | (string & {});

export function CreateGenerationTransparency$(): Values {
  return ["disabled", "foreground_only"];
}
