/*
 * Generated from spec.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import { wire } from "../lib/wire.js";
import type { HeadItemsByItemIdResponse } from "../sdk/models/operations/headitemsbyitemid.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "HEAD",
  path: "/items/{itemId}",
  args: [
    ["itemId", "path simple", "r", "integer"],
    ["X-Request-Id", "header simple", "o", "string"],
  ],
  response: undefined,
  secured: false,
  wire: wire({
    security: [],
    media: [],
    responses: [["200", "", "", "any"]],
    accept: "*/*",
  }),
};

export function itemsHeadItemsByItemId(
  client: ClientCore,
  itemId: number,
  xRequestId?: string,
  options?: RequestOptions,
): Promise<Result<HeadItemsByItemIdResponse, APIError>> {
  return invoke(client, OPERATION, [itemId, xRequestId], options);
}
