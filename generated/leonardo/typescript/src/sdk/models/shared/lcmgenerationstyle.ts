/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The style to generate LCM images with.
 */
export type LcmGenerationStyle =
  | "ANIME"
  | "CINEMATIC"
  | "DIGITAL_ART"
  | "DYNAMIC"
  | "ENVIRONMENT"
  | "FANTASY_ART"
  | "ILLUSTRATION"
  | "PHOTOGRAPHY"
  | "RENDER_3D"
  | "RAYTRACED"
  | "SKETCH_BW"
  | "SKETCH_COLOR"
  | "VIBRANT"
  | "NONE"
  | (string & {});

export function LcmGenerationStyle$(): Values {
  return [
    "ANIME",
    "CINEMATIC",
    "DIGITAL_ART",
    "DYNAMIC",
    "ENVIRONMENT",
    "FANTASY_ART",
    "ILLUSTRATION",
    "PHOTOGRAPHY",
    "RENDER_3D",
    "RAYTRACED",
    "SKETCH_BW",
    "SKETCH_COLOR",
    "VIBRANT",
    "NONE",
  ];
}
