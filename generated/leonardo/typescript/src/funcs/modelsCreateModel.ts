/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  CreateModelRequestBody$,
  CreateModelResponseBody$,
  type CreateModelRequestBody,
  type CreateModelResponse,
  type CreateModelResponseBody,
} from "../sdk/models/operations/createmodel.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/models",
  args: [["", "json", "r", CreateModelRequestBody$]],
  response: ["", CreateModelResponseBody$],
  secured: true,
};

/**
 * Train a Custom Model
 *
 * This endpoint will train a new custom model
 */
export function modelsCreateModel(
  client: ClientCore,
  request: CreateModelRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateModelResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
