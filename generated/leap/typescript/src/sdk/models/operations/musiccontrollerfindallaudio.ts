/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { MusicgenInferenceEntity } from "../shared/musicgeninferenceentity.js";

export interface MusicControllerFindAllAudioResponse {
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
  object?: Array<MusicgenInferenceEntity> | undefined;
}
