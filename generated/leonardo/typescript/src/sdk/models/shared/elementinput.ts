/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface ElementInput {
  /**
   * Unique identifier for element. Elements can be found from the List Elements endpoint.
   */
  akUUID?: string | null;
  /**
   * Weight for the element
   */
  weight?: number | null;
}

export function ElementInput$(): Fields {
  return [
    ["akUUID", "akUUID", "on", "string"],
    ["weight", "weight", "on", "number"],
  ];
}
