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
import {
  CreateThingRequestBody$,
  CreateThingResponseBody$,
  type CreateThingRequestBody,
  type CreateThingResponse,
  type CreateThingResponseBody,
} from "../sdk/models/operations/creatething.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/users/{userId}/things",
  args: [
    ["userId", "path", "r", "string"],
    ["", "json", "o", CreateThingRequestBody$],
  ],
  response: ["", CreateThingResponseBody$],
  secured: true,
};

/**
 * Create a thing
 */
export function thingsCreateThing(
  client: ClientCore,
  userId: string,
  requestBody?: CreateThingRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateThingResponse, APIError>> {
  return invoke(client, OPERATION, [userId, requestBody], options);
}
