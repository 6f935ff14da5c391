/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Square {
  side: number;
}

export function Square$(): Fields {
  return [["side", "side", "r", "number"]];
}
