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
import type {
  CreateItemOptions,
  CreateItemResponse,
} from "../sdk/models/operations/createitem.js";
import { Created$, type Created } from "../sdk/models/shared/created.js";
import { Item$, type Item } from "../sdk/models/shared/item.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/items",
  args: [["", "body", "r", Item$]],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["oauth"], ["openid"]],
    media: [
      ["application/json", "json", "r", Item$],
      ["application/x-www-form-urlencoded", "form", "r", Item$],
      ["text/plain", "text", "r", "any"],
    ],
    responses: [
      ["200", "json", "", Item$],
      ["201", "json", "", Created$],
      ["202", "", "", "any"],
    ],
    accept: "application/json",
  }),
};

export function itemsCreateItem(
  client: ClientCore,
  request: Item | string,
  options?: CreateItemOptions,
): Promise<Result<CreateItemResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
