/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { JobStatus$, type JobStatus } from "../shared/jobstatus.js";
import { VariationType$, type VariationType } from "../shared/variationtype.js";

/**
 * columns and relationships of "generated_image_variation_generic"
 */
export interface GetVariationByIdGeneratedImageVariationGeneric {
  createdAt?: string;
  id?: string | null;
  /**
   * The status of the current task.
   */
  status?: JobStatus;
  /**
   * The type of variation.
   */
  transformType?: VariationType;
  url?: string | null;
}

export function GetVariationByIdGeneratedImageVariationGeneric$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    ["status", "status", "o", JobStatus$],
    ["transformType", "transformType", "o", VariationType$],
    ["url", "url", "on", "string"],
  ];
}

export interface GetVariationByIdResponse {
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
  object?: GetVariationByIdResponseBody | undefined;
}

export interface GetVariationByIdResponseBody {
  generatedImageVariationGeneric?: Array<GetVariationByIdGeneratedImageVariationGeneric>;
}

export function GetVariationByIdResponseBody$(): Fields {
  return [
    [
      "generatedImageVariationGeneric",
      "generated_image_variation_generic",
      "oa",
      GetVariationByIdGeneratedImageVariationGeneric$,
    ],
  ];
}
