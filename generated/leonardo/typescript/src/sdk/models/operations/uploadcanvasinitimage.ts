/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadCanvasInitImageRequestBody {
  /**
   * Has to be png, jpg, jpeg, or webp.
   */
  initExtension: string;
  /**
   * Has to be png, jpg, jpeg, or webp.
   */
  maskExtension: string;
}

export function UploadCanvasInitImageRequestBody$(): Fields {
  return [
    ["initExtension", "initExtension", "r", "string"],
    ["maskExtension", "maskExtension", "r", "string"],
  ];
}

export interface UploadCanvasInitImageResponse {
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
  object?: UploadCanvasInitImageResponseBody | undefined;
}

export interface UploadCanvasInitImageResponseBody {
  uploadCanvasInitImage?: UploadCanvasInitImageUploadCanvasInitImage | null;
}

export function UploadCanvasInitImageResponseBody$(): Fields {
  return [
    [
      "uploadCanvasInitImage",
      "uploadCanvasInitImage",
      "on",
      UploadCanvasInitImageUploadCanvasInitImage$,
    ],
  ];
}

export interface UploadCanvasInitImageUploadCanvasInitImage {
  initImageId?: string | null;
  initFields?: string | null;
  initKey?: string | null;
  initUrl?: string | null;
  maskImageId?: string | null;
  maskFields?: string | null;
  maskKey?: string | null;
  maskUrl?: string | null;
}

export function UploadCanvasInitImageUploadCanvasInitImage$(): Fields {
  return [
    ["initImageId", "initImageId", "on", "string"],
    ["initFields", "initFields", "on", "string"],
    ["initKey", "initKey", "on", "string"],
    ["initUrl", "initUrl", "on", "string"],
    ["maskImageId", "maskImageId", "on", "string"],
    ["maskFields", "maskFields", "on", "string"],
    ["maskKey", "maskKey", "on", "string"],
    ["maskUrl", "maskUrl", "on", "string"],
  ];
}
