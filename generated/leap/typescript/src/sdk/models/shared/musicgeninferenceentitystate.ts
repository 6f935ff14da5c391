/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type MusicgenInferenceEntityState =
  | "failed"
  | "finished"
  | "processing"
  | "queued"
  | (string & {});

export function MusicgenInferenceEntityState$(): Values {
  return ["failed", "finished", "processing", "queued"];
}
