/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface GetCellResponse {
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
  object?: GetCellResponseBody | undefined;
}

export interface GetCellResponseBody {
  ok?: boolean;
}

export function GetCellResponseBody$(): Fields {
  return [["ok", "ok", "o", "boolean"]];
}
