/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateVariationUnzoomRequestBody {
  id?: string;
  isVariation?: boolean | null;
}

export function CreateVariationUnzoomRequestBody$(): Fields {
  return [
    ["id", "id", "o", "string"],
    ["isVariation", "isVariation", "on", "boolean"],
  ];
}

export interface CreateVariationUnzoomResponse {
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
  object?: CreateVariationUnzoomResponseBody | undefined;
}

export interface CreateVariationUnzoomResponseBody {
  sdUnzoomJob?: CreateVariationUnzoomSdUnzoomJob | null;
}

export function CreateVariationUnzoomResponseBody$(): Fields {
  return [
    ["sdUnzoomJob", "sdUnzoomJob", "on", CreateVariationUnzoomSdUnzoomJob$],
  ];
}

export interface CreateVariationUnzoomSdUnzoomJob {
  id?: string;
  /**
   * API Credits Cost for Unzoom Variation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateVariationUnzoomSdUnzoomJob$(): Fields {
  return [
    ["id", "id", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
