/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { ListModelsV2Response } from "../shared/listmodelsv2response.js";

export interface TrainImageModelsListAllModelsResponse {
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
  object?: ListModelsV2Response | undefined;
}
