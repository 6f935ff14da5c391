/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * Select a mode, each option generates different results. Melody is best for melody, music is best for full songs
 */
export type CreateMusicgenInferenceDtoMode = "melody" | "music" | (string & {});

export function CreateMusicgenInferenceDtoMode$(): Values {
  return ["melody", "music"];
}
