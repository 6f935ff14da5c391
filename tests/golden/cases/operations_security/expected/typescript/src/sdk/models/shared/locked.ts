/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Locked {
  lockedUntil: string;
}

export function Locked$(): Fields {
  return [["lockedUntil", "lockedUntil", "r", "string"]];
}
