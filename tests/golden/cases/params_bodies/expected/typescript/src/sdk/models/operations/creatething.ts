/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateThingRequestBody {
  /**
   * Its name.
   */
  name: string;
  /**
   * Required, with a default.
   */
  size?: number;
  weight?: number;
}

export function CreateThingRequestBody$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["size", "size", "r", "integer", 3],
    ["weight", "weight", "o", "number"],
  ];
}

export interface CreateThingResponse {
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
  object?: CreateThingResponseBody | undefined;
}

export interface CreateThingResponseBody {
  id?: string;
}

export function CreateThingResponseBody$(): Fields {
  return [["id", "id", "o", "string"]];
}
