/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadModelAssetRequestBody {
  modelExtension?: string;
  name?: string | null;
}

export function UploadModelAssetRequestBody$(): Fields {
  return [
    ["modelExtension", "modelExtension", "o", "string"],
    ["name", "name", "on", "string"],
  ];
}

export interface UploadModelAssetResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: UploadModelAssetResponseBody | undefined;
}

export interface UploadModelAssetResponseBody {
  uploadModelAsset?: UploadModelAssetUploadModelAsset | null;
}

export function UploadModelAssetResponseBody$(): Fields {
  return [
    [
      "uploadModelAsset",
      "uploadModelAsset",
      "on",
      UploadModelAssetUploadModelAsset$,
    ],
  ];
}

export interface UploadModelAssetUploadModelAsset {
  modelFields?: string | null;
  modelId?: string | null;
  modelKey?: string | null;
  modelUrl?: string | null;
}

export function UploadModelAssetUploadModelAsset$(): Fields {
  return [
    ["modelFields", "modelFields", "on", "string"],
    ["modelId", "modelId", "on", "string"],
    ["modelKey", "modelKey", "on", "string"],
    ["modelUrl", "modelUrl", "on", "string"],
  ];
}
