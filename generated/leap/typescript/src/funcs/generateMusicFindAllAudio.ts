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
import type { MusicControllerFindAllAudioResponse } from "../sdk/models/operations/musiccontrollerfindallaudio.js";
import {
  MusicgenInferenceEntity$,
  type MusicgenInferenceEntity,
} from "../sdk/models/shared/musicgeninferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/api/v1/music",
  args: [],
  response: ["a", MusicgenInferenceEntity$],
  secured: true,
};

/**
 * List Music Generation Jobs
 *
 * List all music generation jobs for a workspace.
 */
export function generateMusicFindAllAudio(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<MusicControllerFindAllAudioResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}
