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
  ListPlatformModelsResponseBody$,
  type ListPlatformModelsResponse,
  type ListPlatformModelsResponseBody,
} from "../sdk/models/operations/listplatformmodels.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/platformModels",
  args: [],
  response: ["", ListPlatformModelsResponseBody$],
  secured: true,
};

/**
 * List Platform Models
 *
 * Get a list of public Platform Models available for use with generations.
 */
export function modelsListPlatformModels(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<ListPlatformModelsResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
