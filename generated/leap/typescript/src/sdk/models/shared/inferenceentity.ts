/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  InferenceEntityState$,
  type InferenceEntityState,
} from "./inferenceentitystate.js";
import {
  InferenceEntityUpscalingOption$,
  type InferenceEntityUpscalingOption,
} from "./inferenceentityupscalingoption.js";
import {
  InferenceImageEntity$,
  type InferenceImageEntity,
} from "./inferenceimageentity.js";

export interface InferenceEntity {
  id: string;
  createdAt: string;
  prompt: string;
  negativePrompt: string;
  seed: number;
  width: number;
  height: number;
  promptStrength: number;
  numberOfImages: number;
  state: InferenceEntityState;
  steps: number;
  images: Array<InferenceImageEntity>;
  modelId: Array<string>;
  upscalingOption: InferenceEntityUpscalingOption;
}

export function InferenceEntity$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["createdAt", "createdAt", "r", "string"],
    ["prompt", "prompt", "r", "string"],
    ["negativePrompt", "negativePrompt", "r", "string"],
    ["seed", "seed", "r", "number"],
    ["width", "width", "r", "number"],
    ["height", "height", "r", "number"],
    ["promptStrength", "promptStrength", "r", "number"],
    ["numberOfImages", "numberOfImages", "r", "number"],
    ["state", "state", "r", InferenceEntityState$],
    ["steps", "steps", "r", "number"],
    ["images", "images", "ra", InferenceImageEntity$],
    ["modelId", "modelId", "ra", "string"],
    [
      "upscalingOption",
      "upscalingOption",
      "r",
      InferenceEntityUpscalingOption$,
    ],
  ];
}
