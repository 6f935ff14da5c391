/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import type { InferencesControllerCreateResponse } from "../sdk/models/operations/inferencescontrollercreate.js";
import {
  CreateInferenceDto$,
  type CreateInferenceDto,
} from "../sdk/models/shared/createinferencedto.js";
import {
  InferenceEntity$,
  type InferenceEntity,
} from "../sdk/models/shared/inferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/api/v1/images/models/{modelId}/inferences",
  args: [
    ["modelId", "path", "r", "string"],
    ["", "json", "r", CreateInferenceDto$],
  ],
  response: ["", InferenceEntity$],
  secured: true,
};

/**
 * Generate an Image
 *
 * Generate an image by providing a text description. Generations usually take bettween 4-20 seconds per image. Total generation time depends on the number of `steps` and `noOfImages` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Single Image Job](https://reference.tryleap.ai/reference/inferencescontroller_findone-1) endpoint.
 */
export function generateImagesCreate(
  client: ClientCore,
  modelId: string,
  requestBody: CreateInferenceDto,
  options?: RequestOptions,
): Promise<Result<InferencesControllerCreateResponse, APIError>> {
  return invoke(client, OPERATION, [modelId, requestBody], options);
}
