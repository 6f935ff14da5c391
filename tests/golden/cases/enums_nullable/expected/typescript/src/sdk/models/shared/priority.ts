/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type Priority = 1 | 2 | 3 | (number & {});

export function Priority$(): Values {
  return [1, 2, 3];
}
