/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Circle {
  kind: "circle";
  radius: number;
}

export function Circle$(): Fields {
  return [
    ["kind", "kind", "r", "any"],
    ["radius", "radius", "r", "number"],
  ];
}
