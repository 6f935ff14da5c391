/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateVariationUpscaleRequestBody {
  id: string;
}

export function CreateVariationUpscaleRequestBody$(): Fields {
  return [["id", "id", "r", "string"]];
}

export interface CreateVariationUpscaleResponse {
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
  object?: CreateVariationUpscaleResponseBody | undefined;
}

export interface CreateVariationUpscaleResponseBody {
  sdUpscaleJob?: CreateVariationUpscaleSdUpscaleJob | null;
}

export function CreateVariationUpscaleResponseBody$(): Fields {
  return [
    ["sdUpscaleJob", "sdUpscaleJob", "on", CreateVariationUpscaleSdUpscaleJob$],
  ];
}

export interface CreateVariationUpscaleSdUpscaleJob {
  id?: string;
  /**
   * API Credits Cost for Upscale Variation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateVariationUpscaleSdUpscaleJob$(): Fields {
  return [
    ["id", "id", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
