/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Account } from "../shared/account.js";

export interface PutAccountResponse {
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
  object?: Account | undefined;
}
