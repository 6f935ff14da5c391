/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * A cat (an Animal that meows).
 */
export interface Cat {
  name: string;
  petType: string;
  meow?: number;
}

export function Cat$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["petType", "petType", "r", "string"],
    ["meow", "meow", "o", "integer"],
  ];
}
