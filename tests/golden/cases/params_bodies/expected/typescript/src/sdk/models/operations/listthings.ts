/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface ListThingsResponse {
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
  object?: ListThingsResponseBody | undefined;
}

export interface ListThingsResponseBody {
  things?: Array<ListThingsThings>;
}

export function ListThingsResponseBody$(): Fields {
  return [["things", "things", "oa", ListThingsThings$]];
}

export interface ListThingsThings {
  name?: string;
}

export function ListThingsThings$(): Fields {
  return [["name", "name", "o", "string"]];
}
