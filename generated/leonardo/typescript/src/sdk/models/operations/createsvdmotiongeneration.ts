/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateSVDMotionGenerationRequestBody {
  /**
   * The ID of the image, supports generated images, variation images, and init images.
   */
  imageId: string;
  /**
   * Whether the generation is public or not
   */
  isPublic?: boolean | null;
  /**
   * If it is an init image uploaded by the user. This image is uploaded from endpoint: Upload init image.
   */
  isInitImage?: boolean | null;
  /**
   * If it is a variation image.
   */
  isVariation?: boolean | null;
  /**
   * The motion strength.
   */
  motionStrength?: number | null;
}

export function CreateSVDMotionGenerationRequestBody$(): Fields {
  return [
    ["imageId", "imageId", "r", "string"],
    ["isPublic", "isPublic", "on", "boolean"],
    ["isInitImage", "isInitImage", "on", "boolean"],
    ["isVariation", "isVariation", "on", "boolean"],
    ["motionStrength", "motionStrength", "on", "integer"],
  ];
}

export interface CreateSVDMotionGenerationResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: CreateSVDMotionGenerationResponseBody | undefined;
}

export interface CreateSVDMotionGenerationResponseBody {
  sdGenerationJob?: CreateSVDMotionGenerationSdGenerationJob | null;
}

export function CreateSVDMotionGenerationResponseBody$(): Fields {
  return [
    [
      "sdGenerationJob",
      "sdGenerationJob",
      "on",
      CreateSVDMotionGenerationSdGenerationJob$,
    ],
  ];
}

export interface CreateSVDMotionGenerationSdGenerationJob {
  generationId?: string;
  /**
   * API credits cost, available for Production API users.
   */
  apiCreditCost?: number | null;
}

export function CreateSVDMotionGenerationSdGenerationJob$(): Fields {
  return [
    ["generationId", "generationId", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
