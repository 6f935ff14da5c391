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
  CreateUniversalUpscalerJobRequestBody$,
  CreateUniversalUpscalerJobResponseBody$,
  type CreateUniversalUpscalerJobRequestBody,
  type CreateUniversalUpscalerJobResponse,
  type CreateUniversalUpscalerJobResponseBody,
} from "../sdk/models/operations/createuniversalupscalerjob.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/variations/universal-upscaler",
  args: [["", "json", "r", CreateUniversalUpscalerJobRequestBody$]],
  response: ["", CreateUniversalUpscalerJobResponseBody$],
  secured: true,
};

/**
 * Create using Universal Upscaler
 *
 * This endpoint will create a high resolution image using Universal Upscaler
 */
export function variationCreateUniversalUpscalerJob(
  client: ClientCore,
  request: CreateUniversalUpscalerJobRequestBody,
  options?: RequestOptions,
): Promise<Result<CreateUniversalUpscalerJobResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
