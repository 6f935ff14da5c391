/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Dict, Fields } from "../../../lib/schema.js";
import { Mixed$, type Mixed } from "../shared/mixed.js";
import {
  NullableStatus$,
  type NullableStatus,
} from "../shared/nullablestatus.js";
import { Priority$, type Priority } from "../shared/priority.js";

export interface GetMiscChoice {
  x?: number;
  y?: number;
}

export function GetMiscChoice$(): Fields {
  return [
    ["x", "x", "o", "number"],
    ["y", "y", "o", "number"],
  ];
}

export interface GetMiscResponse {
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
  object?: GetMiscResponseBody | undefined;
}

export interface GetMiscResponseBody {
  matrix?: Array<Array<number>>;
  free?: Dict<any>;
  priority?: Priority;
  mixed?: Mixed;
  status?: NullableStatus | null;
  odd?: any;
  /**
   * a description beside a $ref
   */
  labeled?: Priority | null;
  /**
   * an inline union of an inline object and a string
   */
  choice?: GetMiscChoice | string;
}

export function GetMiscResponseBody$(): Fields {
  return [
    ["matrix", "matrix", "oaa", "number"],
    ["free", "free", "om", "any"],
    ["priority", "priority", "o", Priority$],
    ["mixed", "mixed", "o", Mixed$],
    ["status", "status", "on", NullableStatus$],
    ["odd", "odd", "o", "any"],
    ["labeled", "labeled", "on", Priority$],
    ["choice", "choice", "o", [GetMiscChoice$, "string"]],
  ];
}
