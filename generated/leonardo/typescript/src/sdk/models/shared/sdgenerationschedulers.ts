/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified.
 */
export type SdGenerationSchedulers =
  | "KLMS"
  | "EULER_ANCESTRAL_DISCRETE"
  | "EULER_DISCRETE"
  | "DDIM"
  | "DPM_SOLVER"
  | "PNDM"
  | "LEONARDO"
  | (string & {});

export function SdGenerationSchedulers$(): Values {
  return [
    "KLMS",
    "EULER_ANCESTRAL_DISCRETE",
    "EULER_DISCRETE",
    "DDIM",
    "DPM_SOLVER",
    "PNDM",
    "LEONARDO",
  ];
}
