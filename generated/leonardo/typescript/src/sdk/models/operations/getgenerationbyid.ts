/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  GeneratedImageVariationGeneric$,
  type GeneratedImageVariationGeneric,
} from "../shared/generatedimagevariationgeneric.js";
import { JobStatus$, type JobStatus } from "../shared/jobstatus.js";
import {
  SdGenerationSchedulers$,
  type SdGenerationSchedulers,
} from "../shared/sdgenerationschedulers.js";
import {
  SdGenerationStyle$,
  type SdGenerationStyle,
} from "../shared/sdgenerationstyle.js";
import { SdVersions$, type SdVersions } from "../shared/sdversions.js";

/**
 * columns and relationships of "generations"
 */
export interface GetGenerationByIdGenerationsByPk {
  createdAt?: string;
  generatedImages?: Array<GetGenerationByIdGenerationsByPkGeneratedImages>;
  generationElements?: Array<GetGenerationByIdGenerationsByPkGenerationElements>;
  guidanceScale?: number | null;
  id?: string | null;
  imageHeight?: number;
  imageWidth?: number;
  inferenceSteps?: number | null;
  initStrength?: number | null;
  modelId?: string | null;
  negativePrompt?: string | null;
  /**
   * If photoReal feature was used.
   */
  photoReal?: boolean | null;
  /**
   * Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45 is high. Default is 0.55.
   */
  photoRealStrength?: number | null;
  /**
   * The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
   */
  presetStyle?: SdGenerationStyle | null;
  prompt?: string;
  /**
   * If prompt magic was used.
   */
  promptMagic?: boolean | null;
  /**
   * Strength of prompt magic used.
   */
  promptMagicStrength?: number | null;
  /**
   * Version of prompt magic used.
   */
  promptMagicVersion?: string | null;
  public?: boolean;
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
   * The status of the current task.
   */
  status?: JobStatus;
}

export function GetGenerationByIdGenerationsByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    [
      "generatedImages",
      "generated_images",
      "oa",
      GetGenerationByIdGenerationsByPkGeneratedImages$,
    ],
    [
      "generationElements",
      "generation_elements",
      "oa",
      GetGenerationByIdGenerationsByPkGenerationElements$,
    ],
    ["guidanceScale", "guidanceScale", "on", "number"],
    ["id", "id", "on", "string"],
    ["imageHeight", "imageHeight", "o", "integer"],
    ["imageWidth", "imageWidth", "o", "integer"],
    ["inferenceSteps", "inferenceSteps", "on", "integer"],
    ["initStrength", "initStrength", "on", "number"],
    ["modelId", "modelId", "on", "string"],
    ["negativePrompt", "negativePrompt", "on", "string"],
    ["photoReal", "photoReal", "on", "boolean"],
    ["photoRealStrength", "photoRealStrength", "on", "number"],
    ["presetStyle", "presetStyle", "on", SdGenerationStyle$],
    ["prompt", "prompt", "o", "string"],
    ["promptMagic", "promptMagic", "on", "boolean"],
    ["promptMagicStrength", "promptMagicStrength", "on", "number"],
    ["promptMagicVersion", "promptMagicVersion", "on", "string"],
    ["public", "public", "o", "boolean"],
    ["scheduler", "scheduler", "o", SdGenerationSchedulers$],
    ["sdVersion", "sdVersion", "o", SdVersions$],
    ["seed", "seed", "on", "integer"],
    ["status", "status", "o", JobStatus$],
  ];
}

/**
 * columns and relationships of "generated_images"
 */
export interface GetGenerationByIdGenerationsByPkGeneratedImages {
  generatedImageVariationGenerics?: Array<GeneratedImageVariationGeneric>;
  /**
   * If fantasyAvatar feature was used.
   */
  fantasyAvatar?: boolean | null;
  id?: string | null;
  /**
   * If it is an image to video generation.
   */
  imageToVideo?: boolean | null;
  likeCount?: number;
  /**
   * If generation is of motion type.
   */
  motion?: boolean | null;
  /**
   * The name of the motion model.
   */
  motionModel?: string | null;
  /**
   * The URL of the motion MP4.
   */
  motionMP4URL?: string | null;
  /**
   * The motion strength.
   */
  motionStrength?: number | null;
  nsfw?: boolean;
  url?: string;
}

export function GetGenerationByIdGenerationsByPkGeneratedImages$(): Fields {
  return [
    [
      "generatedImageVariationGenerics",
      "generated_image_variation_generics",
      "oa",
      GeneratedImageVariationGeneric$,
    ],
    ["fantasyAvatar", "fantasyAvatar", "on", "boolean"],
    ["id", "id", "on", "string"],
    ["imageToVideo", "imageToVideo", "on", "boolean"],
    ["likeCount", "likeCount", "o", "integer"],
    ["motion", "motion", "on", "boolean"],
    ["motionModel", "motionModel", "on", "string"],
    ["motionMP4URL", "motionMP4URL", "on", "string"],
    ["motionStrength", "motionStrength", "on", "integer"],
    ["nsfw", "nsfw", "o", "boolean"],
    ["url", "url", "o", "string"],
  ];
}

/**
 * This table captures the elements that are applied to Generations.
 */
export interface GetGenerationByIdGenerationsByPkGenerationElements {
  id?: number | null;
  /**
   * Element used for the generation.
   */
  lora?: GetGenerationByIdGenerationsByPkGenerationElementsLora | null;
  weightApplied?: number | null;
}

export function GetGenerationByIdGenerationsByPkGenerationElements$(): Fields {
  return [
    ["id", "id", "on", "integer"],
    [
      "lora",
      "lora",
      "on",
      GetGenerationByIdGenerationsByPkGenerationElementsLora$,
    ],
    ["weightApplied", "weightApplied", "on", "number"],
  ];
}

/**
 * Element used for the generation.
 */
export interface GetGenerationByIdGenerationsByPkGenerationElementsLora {
  /**
   * Unique identifier for the element. Elements can be found from the List Elements endpoint.
   */
  akUUID?: string | null;
  /**
   * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
   */
  baseModel?: SdVersions;
  /**
   * Description for the element
   */
  description?: string | null;
  /**
   * Name of the element
   */
  name?: string | null;
  /**
   * URL of the element image
   */
  urlImage?: string | null;
  /**
   * Default weight for the element
   */
  weightDefault?: number | null;
  /**
   * Maximum weight for the element
   */
  weightMax?: number | null;
  /**
   * Minimum weight for the element
   */
  weightMin?: number | null;
}

export function GetGenerationByIdGenerationsByPkGenerationElementsLora$(): Fields {
  return [
    ["akUUID", "akUUID", "on", "string"],
    ["baseModel", "baseModel", "o", SdVersions$],
    ["description", "description", "on", "string"],
    ["name", "name", "on", "string"],
    ["urlImage", "urlImage", "on", "string"],
    ["weightDefault", "weightDefault", "on", "integer"],
    ["weightMax", "weightMax", "on", "integer"],
    ["weightMin", "weightMin", "on", "integer"],
  ];
}

export interface GetGenerationByIdResponse {
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
  object?: GetGenerationByIdResponseBody | undefined;
}

export interface GetGenerationByIdResponseBody {
  /**
   * columns and relationships of "generations"
   */
  generationsByPk?: GetGenerationByIdGenerationsByPk | null;
}

export function GetGenerationByIdResponseBody$(): Fields {
  return [
    [
      "generationsByPk",
      "generations_by_pk",
      "on",
      GetGenerationByIdGenerationsByPk$,
    ],
  ];
}
