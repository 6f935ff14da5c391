/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface ImportThingsRequestBody {
  source: string;
}

export function ImportThingsRequestBody$(): Fields {
  return [["source", "source", "r", "string"]];
}

export interface ImportThingsResponse {
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
