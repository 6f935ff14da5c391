/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * When training using the PIXEL_ART model type, this influences the training strength.
 */
export type Strength = "VERY_LOW" | "LOW" | "MEDIUM" | "HIGH" | (string & {});

export function Strength$(): Values {
  return ["VERY_LOW", "LOW", "MEDIUM", "HIGH"];
}
