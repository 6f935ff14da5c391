/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadDatasetImageFromGenRequestBody {
  /**
   * The ID of the image to upload to the dataset.
   */
  generatedImageId: string;
}

export function UploadDatasetImageFromGenRequestBody$(): Fields {
  return [["generatedImageId", "generatedImageId", "r", "string"]];
}

export interface UploadDatasetImageFromGenResponse {
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
  object?: UploadDatasetImageFromGenResponseBody | undefined;
}

export interface UploadDatasetImageFromGenResponseBody {
  uploadDatasetImageFromGen?: UploadDatasetImageFromGenUploadDatasetImageFromGen | null;
}

export function UploadDatasetImageFromGenResponseBody$(): Fields {
  return [
    [
      "uploadDatasetImageFromGen",
      "uploadDatasetImageFromGen",
      "on",
      UploadDatasetImageFromGenUploadDatasetImageFromGen$,
    ],
  ];
}

export interface UploadDatasetImageFromGenUploadDatasetImageFromGen {
  id?: string | null;
}

export function UploadDatasetImageFromGenUploadDatasetImageFromGen$(): Fields {
  return [["id", "id", "on", "string"]];
}
