/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Inventory {
  name: string;
}

export function Inventory$(): Fields {
  return [["name", "name", "r", "string"]];
}
