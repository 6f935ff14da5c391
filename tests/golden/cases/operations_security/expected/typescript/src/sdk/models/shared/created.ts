/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Created {
  id?: string;
}

export function Created$(): Fields {
  return [["id", "id", "o", "string"]];
}
