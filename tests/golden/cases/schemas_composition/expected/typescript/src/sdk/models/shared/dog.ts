/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * A dog (an Animal that barks).
 */
export interface Dog {
  name: string;
  petType: string;
  bark: string;
  tricks?: Array<Array<string>>;
}

export function Dog$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["petType", "petType", "r", "string"],
    ["bark", "bark", "r", "string"],
    ["tricks", "tricks", "oaa", "string"],
  ];
}
