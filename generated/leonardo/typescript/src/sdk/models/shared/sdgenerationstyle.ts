/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
 */
export type SdGenerationStyle =
  | "ANIME"
  | "BOKEH"
  | "CINEMATIC"
  | "CINEMATIC_CLOSEUP"
  | "CREATIVE"
  | "DYNAMIC"
  | "ENVIRONMENT"
  | "FASHION"
  | "FILM"
  | "FOOD"
  | "GENERAL"
  | "HDR"
  | "ILLUSTRATION"
  | "LEONARDO"
  | "LONG_EXPOSURE"
  | "MACRO"
  | "MINIMALISTIC"
  | "MONOCHROME"
  | "MOODY"
  | "NONE"
  | "NEUTRAL"
  | "PHOTOGRAPHY"
  | "PORTRAIT"
  | "RAYTRACED"
  | "RENDER_3D"
  | "RETRO"
  | "SKETCH_BW"
  | "SKETCH_COLOR"
  | "STOCK_PHOTO"
  | "VIBRANT"
  | "UNPROCESSED"
  | (string & {});

export function SdGenerationStyle$(): Values {
  return [
    "ANIME",
    "BOKEH",
    "CINEMATIC",
    "CINEMATIC_CLOSEUP",
    "CREATIVE",
    "DYNAMIC",
    "ENVIRONMENT",
    "FASHION",
    "FILM",
    "FOOD",
    "GENERAL",
    "HDR",
    "ILLUSTRATION",
    "LEONARDO",
    "LONG_EXPOSURE",
    "MACRO",
    "MINIMALISTIC",
    "MONOCHROME",
    "MOODY",
    "NONE",
    "NEUTRAL",
    "PHOTOGRAPHY",
    "PORTRAIT",
    "RAYTRACED",
    "RENDER_3D",
    "RETRO",
    "SKETCH_BW",
    "SKETCH_COLOR",
    "STOCK_PHOTO",
    "VIBRANT",
    "UNPROCESSED",
  ];
}
