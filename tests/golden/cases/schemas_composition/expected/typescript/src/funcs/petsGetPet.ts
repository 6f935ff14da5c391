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
import type { GetPetResponse } from "../sdk/models/operations/getpet.js";
import { Cat$, type Cat } from "../sdk/models/shared/cat.js";
import { Dog$, type Dog } from "../sdk/models/shared/dog.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/pets/{id}",
  args: [["id", "path", "r", "string"]],
  response: ["", [Cat$, Dog$]],
  secured: false,
};

export function petsGetPet(
  client: ClientCore,
  id: string,
  options?: RequestOptions,
): Promise<Result<GetPetResponse, APIError>> {
  return invoke(client, OPERATION, [id], options);
}
