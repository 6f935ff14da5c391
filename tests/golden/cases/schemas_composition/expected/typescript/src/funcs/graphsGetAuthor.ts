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
import type { GetAuthorResponse } from "../sdk/models/operations/getauthor.js";
import { Author$, type Author } from "../sdk/models/shared/author.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/authors",
  args: [],
  response: ["", Author$],
  secured: false,
};

export function graphsGetAuthor(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<GetAuthorResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
