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
import type { CreatePetResponse } from "../sdk/models/operations/createpet.js";
import { Cat$, type Cat } from "../sdk/models/shared/cat.js";
import { Dog$, type Dog } from "../sdk/models/shared/dog.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/pets",
  args: [["", "json", "r", [Cat$, Dog$]]],
  response: ["", [Cat$, Dog$]],
  secured: false,
};

export function petsCreatePet(
  client: ClientCore,
  request: Cat | Dog,
  options?: RequestOptions,
): Promise<Result<CreatePetResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
