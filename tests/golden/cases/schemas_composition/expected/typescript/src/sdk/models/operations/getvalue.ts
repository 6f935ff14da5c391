/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Cat } from "../shared/cat.js";

export interface GetValueResponse {
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
  object?: string | number | Array<string> | Cat | undefined;
}
