/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Point {
  x?: number;
  y?: number;
}

export function Point$(): Fields {
  return [
    ["x", "x", "o", "integer"],
    ["y", "y", "o", "integer"],
  ];
}
