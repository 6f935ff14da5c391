/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The style to upscale images using universal upscaler with.
 */
export type UniversalUpscalerStyle =
  | "GENERAL"
  | "CINEMATIC"
  | "2D ART & ILLUSTRATION"
  | "CG ART & GAME ASSETS"
  | (string & {});

export function UniversalUpscalerStyle$(): Values {
  return [
    "GENERAL",
    "CINEMATIC",
    "2D ART & ILLUSTRATION",
    "CG ART & GAME ASSETS",
  ];
}
