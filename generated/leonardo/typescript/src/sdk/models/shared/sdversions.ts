/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
 */
export type SdVersions =
  | "v1_5"
  | "v2"
  | "v3"
  | "SDXL_0_8"
  | "SDXL_0_9"
  | "SDXL_1_0"
  | "SDXL_LIGHTNING"
  | (string & {});

export function SdVersions$(): Values {
  return [
    "v1_5",
    "v2",
    "v3",
    "SDXL_0_8",
    "SDXL_0_9",
    "SDXL_1_0",
    "SDXL_LIGHTNING",
  ];
}
