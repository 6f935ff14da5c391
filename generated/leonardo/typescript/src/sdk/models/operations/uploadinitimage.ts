/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadInitImageRequestBody {
  /**
   * Has to be png, jpg, jpeg, or webp.
   */
  extension: string;
}

export function UploadInitImageRequestBody$(): Fields {
  return [["extension", "extension", "r", "string"]];
}

export interface UploadInitImageResponse {
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
  object?: UploadInitImageResponseBody | undefined;
}

export interface UploadInitImageResponseBody {
  uploadInitImage?: UploadInitImageUploadInitImage | null;
}

export function UploadInitImageResponseBody$(): Fields {
  return [
    [
      "uploadInitImage",
      "uploadInitImage",
      "on",
      UploadInitImageUploadInitImage$,
    ],
  ];
}

export interface UploadInitImageUploadInitImage {
  fields?: string | null;
  id?: string | null;
  key?: string | null;
  url?: string | null;
}

export function UploadInitImageUploadInitImage$(): Fields {
  return [
    ["fields", "fields", "on", "string"],
    ["id", "id", "on", "string"],
    ["key", "key", "on", "string"],
    ["url", "url", "on", "string"],
  ];
}
