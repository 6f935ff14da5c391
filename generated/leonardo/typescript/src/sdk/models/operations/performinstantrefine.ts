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

export interface PerformInstantRefineRequestBody {
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
}

export function PerformInstantRefineRequestBody$(): Fields {
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
  ];
}

export interface PerformInstantRefineResponse {
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
  object?: PerformInstantRefineResponseBody | undefined;
}

export interface PerformInstantRefineResponseBody {
  lcmGenerationJob?: LcmGenerationOutput | null;
}

export function PerformInstantRefineResponseBody$(): Fields {
  return [["lcmGenerationJob", "lcmGenerationJob", "on", LcmGenerationOutput$]];
}
