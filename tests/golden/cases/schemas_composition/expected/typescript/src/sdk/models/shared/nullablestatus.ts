/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type NullableStatus = "active" | "paused" | (string & {});

export function NullableStatus$(): Values {
  return ["active", "paused"];
}
