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
  GetItemErrors,
  GetItemResponse,
} from "../sdk/models/operations/getitem.js";
import { Conflict$, type Conflict } from "../sdk/models/shared/conflict.js";
import { Item$, type Item } from "../sdk/models/shared/item.js";
import { Locked$, type Locked } from "../sdk/models/shared/locked.js";
import { Problem$, type Problem } from "../sdk/models/shared/problem.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/items/{itemId}",
  args: [
    ["itemId", "path simple", "r", "integer"],
    ["fields", "query form", "oa", "string"],
    ["X-Request-Id", "header simple", "o", "string"],
    ["session", "cookie form*", "o", "string"],
  ],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["bearer"], ["apiKeyHeader"]],
    media: [],
    responses: [
      ["200", "json", "", Item$],
      ["404", "json", "", Problem$],
      ["409", "json", "", [Conflict$, Locked$]],
      ["default", "json", "", Problem$],
    ],
    accept: "application/json;charset=UTF-8",
  }),
};

export function itemsGetItem(
  client: ClientCore,
  itemId: number,
  fields?: Array<string>,
  xRequestId?: string,
  session?: string,
  options?: RequestOptions,
): Promise<Result<GetItemResponse, GetItemErrors>> {
  return invoke(
    client,
    OPERATION,
    [itemId, fields, xRequestId, session],
    options,
  );
}
