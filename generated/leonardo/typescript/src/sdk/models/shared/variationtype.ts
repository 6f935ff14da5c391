/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The type of variation.
 */
export type VariationType =
  | "OUTPAINT"
  | "INPAINT"
  | "UPSCALE"
  | "UNZOOM"
  | "NOBG"
  | (string & {});

export function VariationType$(): Values {
  return ["OUTPAINT", "INPAINT", "UPSCALE", "UNZOOM", "NOBG"];
}
