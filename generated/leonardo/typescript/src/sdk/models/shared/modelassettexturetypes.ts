/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * When training model assets these are the texture types available to use.
 */
export type ModelAssetTextureTypes =
  | "ALBEDO"
  | "NORMAL"
  | "ROUGHNESS"
  | "DISPLACEMENT"
  | "HDRP_MASK"
  | (string & {});

export function ModelAssetTextureTypes$(): Values {
  return ["ALBEDO", "NORMAL", "ROUGHNESS", "DISPLACEMENT", "HDRP_MASK"];
}
