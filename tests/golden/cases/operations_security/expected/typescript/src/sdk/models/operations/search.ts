/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import type { Item } from "../shared/item.js";

export interface SearchFilter {
  name?: string;
  size?: number;
}

export function SearchFilter$(): Fields {
  return [
    ["name", "name", "o", "string"],
    ["size", "size", "o", "integer"],
  ];
}

export interface SearchPoint {
  x?: number;
  y?: number;
}

export function SearchPoint$(): Fields {
  return [
    ["x", "x", "o", "integer"],
    ["y", "y", "o", "integer"],
  ];
}

export interface SearchResponse {
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
  object?: Array<Item> | undefined;
}
