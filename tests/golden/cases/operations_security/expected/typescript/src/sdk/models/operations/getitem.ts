/*
 * Generated from spec.yaml. Do not edit.
 */

import type { APIError } from "../../../lib/http.js";
import type { ErrorResponse } from "../errors/errorresponse.js";
import type { Item } from "../shared/item.js";
import type { Problem } from "../shared/problem.js";

export interface GetItemResponse {
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
  object?: Item | undefined;
}

/** What the standalone function returns on failure. */
export type GetItemErrors =
  | APIError
  | ErrorResponse<"404", Problem>
  | ErrorResponse<"default", Problem>;
