/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets.
 */
export type ControlnetInputStrengthType =
  | "Low"
  | "Mid"
  | "High"
  | "Ultra"
  | "Max"
  | (string & {});

export function ControlnetInputStrengthType$(): Values {
  return ["Low", "Mid", "High", "Ultra", "Max"];
}
