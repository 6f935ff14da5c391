/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { JobStatus$, type JobStatus } from "./jobstatus.js";
import { VariationType$, type VariationType } from "./variationtype.js";

/**
 * columns and relationships of "generated_image_variation_generic"
 */
export interface GeneratedImageVariationGeneric {
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

export function GeneratedImageVariationGeneric$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["status", "status", "o", JobStatus$],
    ["transformType", "transformType", "o", VariationType$],
    ["url", "url", "on", "string"],
  ];
}
