/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Conflict {
  conflictWith: string;
}

export function Conflict$(): Fields {
  return [["conflictWith", "conflictWith", "r", "string"]];
}
