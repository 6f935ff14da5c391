/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The services to be chosen for calculating the API credit cost.
 */
export type PricingCalculatorServices =
  | "IMAGE_GENERATION"
  | "FANTASY_AVATAR_GENERATION"
  | "MOTION_GENERATION"
  | "LCM_GENERATION"
  | "MODEL_TRAINING"
  | "TEXTURE_GENERATION"
  | "UNIVERSAL_UPSCALER"
  | (string & {});

export function PricingCalculatorServices$(): Values {
  return [
    "IMAGE_GENERATION",
    "FANTASY_AVATAR_GENERATION",
    "MOTION_GENERATION",
    "LCM_GENERATION",
    "MODEL_TRAINING",
    "TEXTURE_GENERATION",
    "UNIVERSAL_UPSCALER",
  ];
}
