/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Square {
  kind: "square";
  side: number;
}

export function Square$(): Fields {
  return [
    ["kind", "kind", "r", "any"],
    ["side", "side", "r", "number"],
  ];
}
