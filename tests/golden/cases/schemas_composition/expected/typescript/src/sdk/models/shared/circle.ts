/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Circle {
  radius: number;
}

export function Circle$(): Fields {
  return [["radius", "radius", "r", "number"]];
}
