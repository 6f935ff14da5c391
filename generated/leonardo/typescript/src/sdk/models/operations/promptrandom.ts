/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface PromptRandomPromptGeneration {
  /**
   * The random prompt generated.
   */
  prompt?: string;
  /**
   * API Credits Cost for Random Prompt Generation. Available for Production API Users.
   */
  apiCreditCost?: number;
}

export function PromptRandomPromptGeneration$(): Fields {
  return [
    ["prompt", "prompt", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "o", "integer"],
  ];
}

export interface PromptRandomResponse {
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
  object?: PromptRandomResponseBody | undefined;
}

export interface PromptRandomResponseBody {
  promptGeneration?: PromptRandomPromptGeneration;
}

export function PromptRandomResponseBody$(): Fields {
  return [
    [
      "promptGeneration",
      "promptGeneration",
      "o",
      PromptRandomPromptGeneration$,
    ],
  ];
}
