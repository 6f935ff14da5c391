/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  LcmGenerationOutput$,
  type LcmGenerationOutput,
} from "../shared/lcmgenerationoutput.js";
import {
  LcmGenerationStyle$,
  type LcmGenerationStyle,
} from "../shared/lcmgenerationstyle.js";

export interface PerformInpaintingLCMRequestBody {
  /**
   * Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
   */
  imageDataUrl: string;
  /**
   * Image data of the mask layer used for inpainting. In base64 format. Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is applied to the white area.
   */
  maskDataUrl: string;
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
}

export function PerformInpaintingLCMRequestBody$(): Fields {
  return [
    ["imageDataUrl", "imageDataUrl", "r", "string"],
    ["maskDataUrl", "maskDataUrl", "r", "string"],
    ["prompt", "prompt", "r", "string"],
    ["guidance", "guidance", "on", "number"],
    ["strength", "strength", "on", "number"],
    ["requestTimestamp", "requestTimestamp", "o", "string"],
    ["style", "style", "on", LcmGenerationStyle$],
    ["steps", "steps", "on", "integer"],
    ["width", "width", "on", "integer"],
    ["height", "height", "on", "integer"],
    ["seed", "seed", "on", "integer"],
  ];
}

export interface PerformInpaintingLCMResponse {
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
  object?: PerformInpaintingLCMResponseBody | undefined;
}

export interface PerformInpaintingLCMResponseBody {
  lcmGenerationJob?: LcmGenerationOutput | null;
}

export function PerformInpaintingLCMResponseBody$(): Fields {
  return [["lcmGenerationJob", "lcmGenerationJob", "on", LcmGenerationOutput$]];
}
