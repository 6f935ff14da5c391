/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The category the most accurately reflects the model.
 */
export type CustomModelType =
  | "GENERAL"
  | "BUILDINGS"
  | "CHARACTERS"
  | "ENVIRONMENTS"
  | "FASHION"
  | "ILLUSTRATIONS"
  | "GAME_ITEMS"
  | "GRAPHICAL_ELEMENTS"
  | "PHOTOGRAPHY"
  | "PIXEL_ART"
  | "PRODUCT_DESIGN"
  | "TEXTURES"
  | "UI_ELEMENTS"
  | "VECTOR"
  | (string & {});

export function CustomModelType$(): Values {
  return [
    "GENERAL",
    "BUILDINGS",
    "CHARACTERS",
    "ENVIRONMENTS",
    "FASHION",
    "ILLUSTRATIONS",
    "GAME_ITEMS",
    "GRAPHICAL_ELEMENTS",
    "PHOTOGRAPHY",
    "PIXEL_ART",
    "PRODUCT_DESIGN",
    "TEXTURES",
    "UI_ELEMENTS",
    "VECTOR",
  ];
}
