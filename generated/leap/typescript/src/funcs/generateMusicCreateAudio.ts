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
import type { MusicControllerCreateAudioResponse } from "../sdk/models/operations/musiccontrollercreateaudio.js";
import {
  CreateMusicgenInferenceDto$,
  type CreateMusicgenInferenceDto,
} from "../sdk/models/shared/createmusicgeninferencedto.js";
import {
  MusicgenInferenceEntity$,
  type MusicgenInferenceEntity,
} from "../sdk/models/shared/musicgeninferenceentity.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/api/v1/music",
  args: [["", "json", "r", CreateMusicgenInferenceDto$]],
  response: ["", MusicgenInferenceEntity$],
  secured: true,
};

/**
 * Generate Music
 *
 * Generate music by providing a text description. Generations usually take bettween 1-3 minutes. Total generation time depends on the `duration` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Music Generation Job](https://reference.tryleap.ai/reference/musiccontroller_findoneaudio) endpoint.
 */
export function generateMusicCreateAudio(
  client: ClientCore,
  request: CreateMusicgenInferenceDto,
  options?: RequestOptions,
): Promise<Result<MusicControllerCreateAudioResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
