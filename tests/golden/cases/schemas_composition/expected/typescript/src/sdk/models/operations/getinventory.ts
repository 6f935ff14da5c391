/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Inventory } from "../shared/inventory.js";

export interface GetInventoryResponse {
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
  object?: Inventory | undefined;
}
