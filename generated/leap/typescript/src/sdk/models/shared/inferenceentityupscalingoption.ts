/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

export type InferenceEntityUpscalingOption = "x1" | "x2" | "x4" | (string & {});

export function InferenceEntityUpscalingOption$(): Values {
  return ["x1", "x2", "x4"];
}
