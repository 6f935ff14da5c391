/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface LcmGenerationOutput {
  imageDataUrl?: Array<string>;
  requestTimestamp?: string;
  /**
   * API credits cost, available for Production API users.
   */
  apiCreditCost?: number | null;
}

export function LcmGenerationOutput$(): Fields {
  return [
    ["imageDataUrl", "imageDataUrl", "oa", "string"],
    ["requestTimestamp", "requestTimestamp", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}
