/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Problem {
  title?: string;
  status?: number;
}

export function Problem$(): Fields {
  return [
    ["title", "title", "o", "string"],
    ["status", "status", "o", "integer"],
  ];
}
