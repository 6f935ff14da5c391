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
  ListElementsResponseBody$,
  type ListElementsResponse,
  type ListElementsResponseBody,
} from "../sdk/models/operations/listelements.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/elements",
  args: [],
  response: ["", ListElementsResponseBody$],
  secured: true,
};

/**
 * List Elements
 *
 * Get a list of public Elements available for use with generations.
 */
export function elementsListElements(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<ListElementsResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
