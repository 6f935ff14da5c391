/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface PromptImprovePromptGeneration {
  /**
   * The improved prompt.
   */
  prompt?: string;
  /**
   * API Credits Cost for Random Prompt Generation. Available for Production API Users.
   */
  apiCreditCost?: number;
}

export function PromptImprovePromptGeneration$(): Fields {
  return [
    ["prompt", "prompt", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "o", "integer"],
  ];
}

export interface PromptImproveRequestBody {
  /**
   * The prompt to improve.
   */
  prompt: string;
}

export function PromptImproveRequestBody$(): Fields {
  return [["prompt", "prompt", "r", "string"]];
}

export interface PromptImproveResponse {
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
  object?: PromptImproveResponseBody | undefined;
}

export interface PromptImproveResponseBody {
  promptGeneration?: PromptImprovePromptGeneration;
}

export function PromptImproveResponseBody$(): Fields {
  return [
    [
      "promptGeneration",
      "promptGeneration",
      "o",
      PromptImprovePromptGeneration$,
    ],
  ];
}
