/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { MusicControllerCreateAudioResponse } from "./models/operations/musiccontrollercreateaudio.js";
import type { MusicControllerFindAllAudioResponse } from "./models/operations/musiccontrollerfindallaudio.js";
import type { MusicControllerFindOneAudioResponse } from "./models/operations/musiccontrollerfindoneaudio.js";
import type { CreateMusicgenInferenceDto } from "./models/shared/createmusicgeninferencedto.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/generateMusic.js");

export class GenerateMusic {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Generate Music
   *
   * Generate music by providing a text description. Generations usually take bettween 1-3 minutes. Total generation time depends on the `duration` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Music Generation Job](https://reference.tryleap.ai/reference/musiccontroller_findoneaudio) endpoint.
   */
  async createAudio(
    request: CreateMusicgenInferenceDto,
    options?: RequestOptions,
  ): Promise<MusicControllerCreateAudioResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateMusicCreateAudio(this.#core, request, options),
    );
  }

  /**
   * List Music Generation Jobs
   *
   * List all music generation jobs for a workspace.
   */
  async findAllAudio(
    options?: RequestOptions,
  ): Promise<MusicControllerFindAllAudioResponse> {
    const f = await funcs();
    return unwrapAsync(f.generateMusicFindAllAudio(this.#core, options));
  }

  /**
   * Get a Music Generation Job
   *
   * Get a specific music generation job.
   */
  async findOneAudio(
    inferenceId: string,
    options?: RequestOptions,
  ): Promise<MusicControllerFindOneAudioResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateMusicFindOneAudio(this.#core, inferenceId, options),
    );
  }
}
