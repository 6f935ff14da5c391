/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type InferenceEntityState =
  | "failed"
  | "finished"
  | "processing"
  | "queued"
  | (string & {});

export function InferenceEntityState$(): Values {
  return ["failed", "finished", "processing", "queued"];
}
