/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateVariationNoBGRequestBody {
  userId?: string;
  userIdCamel?: string;
}

export function CreateVariationNoBGRequestBody$(): Fields {
  return [
    ["userId", "user_id", "o", "string"],
    ["userIdCamel", "userId", "o", "string"],
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
}
