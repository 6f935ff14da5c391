/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type Level = 1 | 2 | (number & {});

export function Level$(): Values {
  return [1, 2];
}
