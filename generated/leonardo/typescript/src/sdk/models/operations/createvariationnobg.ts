/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateVariationNoBGRequestBody {
  id: string;
  isVariation?: boolean;
}

export function CreateVariationNoBGRequestBody$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["isVariation", "isVariation", "o", "boolean"],
  ];
}

export interface CreateVariationNoBGResponse {
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
  object?: CreateVariationNoBGResponseBody | undefined;
}

export interface CreateVariationNoBGResponseBody {
  sdNobgJob?: CreateVariationNoBGSdNobgJob;
}

export function CreateVariationNoBGResponseBody$(): Fields {
  return [["sdNobgJob", "sdNobgJob", "o", CreateVariationNoBGSdNobgJob$]];
}

export interface CreateVariationNoBGSdNobgJob {
  id?: string | null;
  /**
   * API Credits Cost for No Background Variation. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateVariationNoBGSdNobgJob$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
