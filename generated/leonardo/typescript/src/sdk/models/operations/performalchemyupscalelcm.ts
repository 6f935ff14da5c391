/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  LcmGenerationStyle$,
  type LcmGenerationStyle,
} from "../shared/lcmgenerationstyle.js";

export interface PerformAlchemyUpscaleLCMLcmGenerationJob {
  imageDataUrl?: Array<string>;
  generationId?: Array<string>;
  variationId?: Array<string>;
  generatedImageId?: string;
  requestTimestamp?: string;
  /**
   * API credits cost, available for Production API users.
   */
  apiCreditCost?: number | null;
}

export function PerformAlchemyUpscaleLCMLcmGenerationJob$(): Fields {
  return [
    ["imageDataUrl", "imageDataUrl", "oa", "string"],
    ["generationId", "generationId", "oa", "string"],
    ["variationId", "variationId", "oa", "string"],
    ["generatedImageId", "generatedImageId", "o", "string"],
    ["requestTimestamp", "requestTimestamp", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}

export interface PerformAlchemyUpscaleLCMRequestBody {
  /**
   * Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
   */
  imageDataUrl: string;
  /**
   * The prompt used to generate images
   */
  prompt: string;
  /**
   * How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20.
   */
  guidance?: number | null;
  /**
   * Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
   */
  strength?: number | null;
  requestTimestamp?: string;
  /**
   * The style to generate LCM images with.
   */
  style?: LcmGenerationStyle | null;
  /**
   * The number of steps to use for the generation. Must be between 4 and 16.
   */
  steps?: number | null;
  /**
   * The output width of the image. Must be 512, 640 or 1024.
   */
  width?: number | null;
  /**
   * The output width of the image. Must be 512, 640 or 1024.
   */
  height?: number | null;
  seed?: number | null;
  /**
   * Refine creative
   */
  refineCreative?: boolean | null;
  /**
   * Must be a float between 0.5 and 0.9.
   */
  refineStrength?: number | null;
}

export function PerformAlchemyUpscaleLCMRequestBody$(): Fields {
  return [
    ["imageDataUrl", "imageDataUrl", "r", "string"],
    ["prompt", "prompt", "r", "string"],
    ["guidance", "guidance", "on", "number"],
    ["strength", "strength", "on", "number"],
    ["requestTimestamp", "requestTimestamp", "o", "string"],
    ["style", "style", "on", LcmGenerationStyle$],
    ["steps", "steps", "on", "integer"],
    ["width", "width", "on", "integer"],
    ["height", "height", "on", "integer"],
    ["seed", "seed", "on", "integer"],
    ["refineCreative", "refineCreative", "on", "boolean"],
    ["refineStrength", "refineStrength", "on", "number"],
  ];
}

export interface PerformAlchemyUpscaleLCMResponse {
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
  object?: PerformAlchemyUpscaleLCMResponseBody | undefined;
}

export interface PerformAlchemyUpscaleLCMResponseBody {
  lcmGenerationJob?: PerformAlchemyUpscaleLCMLcmGenerationJob | null;
}

export function PerformAlchemyUpscaleLCMResponseBody$(): Fields {
  return [
    [
      "lcmGenerationJob",
      "lcmGenerationJob",
      "on",
      PerformAlchemyUpscaleLCMLcmGenerationJob$,
    ],
  ];
}
