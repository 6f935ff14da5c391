/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  MusicgenInferenceEntityState$,
  type MusicgenInferenceEntityState,
} from "./musicgeninferenceentitystate.js";

export interface MusicgenInferenceEntity {
  id: string;
  createdAt: string;
  prompt: string;
  state: MusicgenInferenceEntityState;
  mediaUri?: string;
}

export function MusicgenInferenceEntity$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["createdAt", "createdAt", "r", "string"],
    ["prompt", "prompt", "r", "string"],
    ["state", "state", "r", MusicgenInferenceEntityState$],
    ["mediaUri", "media_uri", "o", "string"],
  ];
}
