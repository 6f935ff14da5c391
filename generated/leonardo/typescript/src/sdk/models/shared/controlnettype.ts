/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * This parameter will be deprecated in September 2024. Please use the controlnets array instead.
 */
export type ControlnetType = "POSE" | "CANNY" | "DEPTH" | (string & {});

export function ControlnetType$(): Values {
  return ["POSE", "CANNY", "DEPTH"];
}
