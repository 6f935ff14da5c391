/*
 * Generated from spec.yaml. Do not edit.
 */

import type { RequestOptions } from "../../../lib/http.js";
import type { Created } from "../shared/created.js";
import type { Item } from "../shared/item.js";

export interface CreateItemResponse {
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
  object?: Item | Created | undefined;
}

/** Options of one call. */
export type CreateItemOptions = RequestOptions & {
  /**
   * The media type of the request body (default: application/json).
   */
  contentType?:
    | "application/json"
    | "application/x-www-form-urlencoded"
    | "text/plain";
};
