/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import type { Level } from "../shared/level.js";

/**
 * keywords beside a $ref narrow it (3.1)
 */
export interface AnnotateRequestBody {
  id?: string | null;
  kind: "click";
  count?: number | string;
  when?: string | null;
  nothing?: any;
  note: string;
}

export function AnnotateRequestBody$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["kind", "kind", "r", "any"],
    ["count", "count", "o", ["integer", "string"]],
    ["when", "when", "on", "string"],
    ["nothing", "nothing", "on", "any"],
    ["note", "note", "r", "string"],
  ];
}

export interface AnnotateResponse {
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
  object?: Level | null | undefined;
}
