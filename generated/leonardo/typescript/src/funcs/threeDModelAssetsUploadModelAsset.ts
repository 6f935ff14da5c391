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
  UploadModelAssetRequestBody$,
  UploadModelAssetResponseBody$,
  type UploadModelAssetRequestBody,
  type UploadModelAssetResponse,
  type UploadModelAssetResponseBody,
} from "../sdk/models/operations/uploadmodelasset.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/models-3d/upload",
  args: [["", "json", "r", UploadModelAssetRequestBody$]],
  response: ["", UploadModelAssetResponseBody$],
  secured: true,
};

/**
 * Upload 3D Model
 *
 * This endpoint returns presigned details to upload a 3D model to S3
 */
export function threeDModelAssetsUploadModelAsset(
  client: ClientCore,
  request: UploadModelAssetRequestBody,
  options?: RequestOptions,
): Promise<Result<UploadModelAssetResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
