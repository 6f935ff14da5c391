/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadDatasetImageRequestBody {
  /**
   * Has to be png, jpg, jpeg, or webp.
   */
  extension: string;
}

export function UploadDatasetImageRequestBody$(): Fields {
  return [["extension", "extension", "r", "string"]];
}

export interface UploadDatasetImageResponse {
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
  object?: UploadDatasetImageResponseBody | undefined;
}

export interface UploadDatasetImageResponseBody {
  uploadDatasetImage?: UploadDatasetImageUploadDatasetImage | null;
}

export function UploadDatasetImageResponseBody$(): Fields {
  return [
    [
      "uploadDatasetImage",
      "uploadDatasetImage",
      "on",
      UploadDatasetImageUploadDatasetImage$,
    ],
  ];
}

export interface UploadDatasetImageUploadDatasetImage {
  fields?: string | null;
  id?: string | null;
  key?: string | null;
  url?: string | null;
}

export function UploadDatasetImageUploadDatasetImage$(): Fields {
  return [
    ["fields", "fields", "on", "string"],
    ["id", "id", "on", "string"],
    ["key", "key", "on", "string"],
    ["url", "url", "on", "string"],
  ];
}
