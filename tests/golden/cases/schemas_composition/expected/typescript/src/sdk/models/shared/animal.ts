/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * What every pet has.
 */
export interface Animal {
  name: string;
  petType: string;
}

export function Animal$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["petType", "petType", "r", "string"],
  ];
}
