/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { InferenceEntity } from "../shared/inferenceentity.js";

export interface InferencesControllerFindOneResponse {
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
  object?: InferenceEntity | undefined;
}
