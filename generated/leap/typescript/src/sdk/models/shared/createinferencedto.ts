/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateInferenceDto {
  /**
   * A text description of the image you what you want to generate.
   */
  prompt?: string;
  /**
   * A text description of what the image should try to avoid generating.
   */
  negativePrompt?: string;
  /**
   * How many steps the AI will take to generate the image. Lower is faster but less detailed, higher is slower more detailed.
   */
  steps?: number;
  /**
   * The width of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models.
   */
  width?: number;
  /**
   * The height of the image to use for the inference. Must be a multiple of 8. For best results use 1024x1024 for SDXL, and 512x512 for other models.
   */
  height?: number;
  /**
   * The number of images to generate, up to 4.
   */
  numberOfImages?: number;
  /**
   * The higher the prompt strength, the closer the generated image will be to the prompt. Must be between 0 and 30.
   */
  promptStrength?: number;
  /**
   * A random number to use as a seed when generating the image. This is helpful if you want to generate the same image multiple times. If you want to generate different images, keep this empty or provide a random number.
   */
  seed?: number;
  /**
   * An optional webhook URL that will be called with a POST request when the image generation request completes.
   */
  webhookUrl?: string;
}

export function CreateInferenceDto$(): Fields {
  return [
    [
      "prompt",
      "prompt",
      "r",
      "string",
      "A photo of an astronaut riding a horse",
    ],
    ["negativePrompt", "negativePrompt", "o", "string"],
    ["steps", "steps", "o", "number"],
    ["width", "width", "o", "number"],
    ["height", "height", "o", "number"],
    ["numberOfImages", "numberOfImages", "o", "number"],
    ["promptStrength", "promptStrength", "o", "number"],
    ["seed", "seed", "o", "number"],
    ["webhookUrl", "webhookUrl", "o", "string"],
  ];
}
