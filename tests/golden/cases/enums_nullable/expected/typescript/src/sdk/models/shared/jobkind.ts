/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type JobKind = "image" | "video" | (string & {});

export function JobKind$(): Values {
  return ["image", "video"];
}
