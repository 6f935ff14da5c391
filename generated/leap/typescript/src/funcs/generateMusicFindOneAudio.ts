/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import type { MusicControllerFindOneAudioResponse } from "../sdk/models/operations/musiccontrollerfindoneaudio.js";
import {
  MusicgenInferenceEntity$,
  type MusicgenInferenceEntity,
} from "../sdk/models/shared/musicgeninferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v1/music/{inferenceId}",
  args: [["inferenceId", "path", "r", "string"]],
  response: ["", MusicgenInferenceEntity$],
  secured: false,
};

/**
 * Get a Music Generation Job
 *
 * Get a specific music generation job.
 */
export function generateMusicFindOneAudio(
  client: ClientCore,
  inferenceId: string,
  options?: RequestOptions,
): Promise<Result<MusicControllerFindOneAudioResponse, APIError>> {
  return invoke(client, OPERATION, [inferenceId], options);
}
