/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Circle } from "../shared/circle.js";
import type { Square } from "../shared/square.js";

export interface GetShapeResponse {
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
  object?: Circle | Square | null | undefined;
}
