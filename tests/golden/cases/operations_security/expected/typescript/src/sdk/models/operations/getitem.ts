/*
 * Generated from spec.yaml. Do not edit.
 */

import type * as sdk from "../../../lib/http.js";
import type * as errors from "../errors/index.js";
import type { Conflict } from "../shared/conflict.js";
import type { Item } from "../shared/item.js";
import type { Locked } from "../shared/locked.js";
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
  | sdk.APIError
  | errors.ErrorResponse<"404", Problem>
  | errors.ErrorResponse<"409", Conflict | Locked>
  | errors.ErrorResponse<"default", Problem>;
