/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { ModelV2Entity } from "../shared/modelv2entity.js";

export interface TrainImageModelsTrainModelResponse {
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
  object?: ModelV2Entity | undefined;
}
