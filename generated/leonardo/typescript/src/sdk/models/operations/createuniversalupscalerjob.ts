/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  UniversalUpscalerStyle$,
  type UniversalUpscalerStyle,
} from "../shared/universalupscalerstyle.js";

export interface CreateUniversalUpscalerJobRequestBody {
  /**
   * The ID of the init image uploaded
   */
  initImageId?: string | null;
  /**
   * The ID of the generated image
   */
  generatedImageId?: string | null;
  /**
   * The ID of the variation image
   */
  variationId?: string | null;
  /**
   * The style to upscale images using universal upscaler with.
   */
  upscalerStyle?: UniversalUpscalerStyle | null;
  /**
   * The creativity strength of the universal upscaler, must be integer between 1 and 10
   */
  creativityStrength?: number | null;
  /**
   * The upscale multiplier of the universal upscaler, must be number between 1.00 and 2.00
   */
  upscaleMultiplier?: number | null;
  /**
   * The prompt for the universal upscaler
   */
  prompt?: string | null;
}

export function CreateUniversalUpscalerJobRequestBody$(): Fields {
  return [
    ["initImageId", "initImageId", "on", "string"],
    ["generatedImageId", "generatedImageId", "on", "string"],
    ["variationId", "variationId", "on", "string"],
    ["upscalerStyle", "upscalerStyle", "on", UniversalUpscalerStyle$],
    ["creativityStrength", "creativityStrength", "on", "integer"],
    ["upscaleMultiplier", "upscaleMultiplier", "on", "number"],
    ["prompt", "prompt", "on", "string"],
  ];
}

export interface CreateUniversalUpscalerJobResponse {
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
  object?: CreateUniversalUpscalerJobResponseBody | undefined;
}

export interface CreateUniversalUpscalerJobResponseBody {
  universalUpscaler?: CreateUniversalUpscalerJobUniversalUpscaler;
}

export function CreateUniversalUpscalerJobResponseBody$(): Fields {
  return [
    [
      "universalUpscaler",
      "universalUpscaler",
      "o",
      CreateUniversalUpscalerJobUniversalUpscaler$,
    ],
  ];
}

export interface CreateUniversalUpscalerJobUniversalUpscaler {
  id?: string | null;
  /**
   * API Credits Cost for Universal Upscaler Variation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateUniversalUpscalerJobUniversalUpscaler$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
