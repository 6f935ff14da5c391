/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  CreateMusicgenInferenceDtoMode$,
  type CreateMusicgenInferenceDtoMode,
} from "./createmusicgeninferencedtomode.js";

export interface CreateMusicgenInferenceDto {
  /**
   * A description of the music you want to generate.
   */
  prompt?: string;
  /**
   * Select a mode, each option generates different results. Melody is best for melody, music is best for full songs
   */
  mode?: CreateMusicgenInferenceDtoMode;
  /**
   * Duration of the generated audio in seconds. Max 30 seconds.
   */
  duration?: number;
}

export function CreateMusicgenInferenceDto$(): Fields {
  return [
    [
      "prompt",
      "prompt",
      "r",
      "string",
      "An electronic music soundtrack with a trumpet solo",
    ],
    ["mode", "mode", "r", CreateMusicgenInferenceDtoMode$, "melody"],
    ["duration", "duration", "r", "number", 28],
  ];
}
