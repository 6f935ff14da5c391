/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type Mixed = 1 | "two" | 3 | (number & {});

export function Mixed$(): Values {
  return [1, "two", 3];
}
