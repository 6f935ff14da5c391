/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  ModelAssetTextureTypes$,
  type ModelAssetTextureTypes,
} from "./modelassettexturetypes.js";

/**
 * columns and relationships of "model_asset_texture_images"
 */
export interface ModelAssetTextureImage {
  id?: string | null;
  /**
   * When training model assets these are the texture types available to use.
   */
  type?: ModelAssetTextureTypes;
  url?: string;
}

export function ModelAssetTextureImage$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["type", "type", "o", ModelAssetTextureTypes$],
    ["url", "url", "o", "string"],
  ];
}
