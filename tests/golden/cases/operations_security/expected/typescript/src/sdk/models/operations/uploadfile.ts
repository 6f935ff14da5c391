/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface UploadFileRequestBody {
  file: Blob;
  note?: string;
  tags?: Array<string>;
}

export function UploadFileRequestBody$(): Fields {
  return [
    ["file", "file", "r", "binary"],
    ["note", "note", "o", "string"],
    ["tags", "tags", "oa", "string"],
  ];
}

export interface UploadFileResponse {
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
  object?: string | undefined;
}
