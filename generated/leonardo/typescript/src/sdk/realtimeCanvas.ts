/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateLCMGenerationRequestBody,
  CreateLCMGenerationResponse,
} from "./models/operations/createlcmgeneration.js";
import type {
  PerformAlchemyUpscaleLCMRequestBody,
  PerformAlchemyUpscaleLCMResponse,
} from "./models/operations/performalchemyupscalelcm.js";
import type {
  PerformInpaintingLCMRequestBody,
  PerformInpaintingLCMResponse,
} from "./models/operations/performinpaintinglcm.js";
import type {
  PerformInstantRefineRequestBody,
  PerformInstantRefineResponse,
} from "./models/operations/performinstantrefine.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/realtimeCanvas.js");

export class RealtimeCanvas {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create LCM Generation
   *
   * This endpoint will generate a LCM image generation.
   */
  async createLCMGeneration(
    request: CreateLCMGenerationRequestBody,
    options?: RequestOptions,
  ): Promise<CreateLCMGenerationResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.realtimeCanvasCreateLCMGeneration(this.#core, request, options),
    );
  }

  /**
   * Perform Alchemy Upscale on a LCM image
   *
   * This endpoint will perform Alchemy Upscale on a LCM image
   */
  async performAlchemyUpscaleLCM(
    request: PerformAlchemyUpscaleLCMRequestBody,
    options?: RequestOptions,
  ): Promise<PerformAlchemyUpscaleLCMResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.realtimeCanvasPerformAlchemyUpscaleLCM(this.#core, request, options),
    );
  }

  /**
   * Perform inpainting on a LCM image
   *
   * This endpoint will perform a inpainting on a LCM image
   */
  async performInpaintingLCM(
    request: PerformInpaintingLCMRequestBody,
    options?: RequestOptions,
  ): Promise<PerformInpaintingLCMResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.realtimeCanvasPerformInpaintingLCM(this.#core, request, options),
    );
  }

  /**
   * Perform instant refine on a LCM image
   *
   * This endpoint will perform instant refine on a LCM image
   */
  async performInstantRefine(
    request: PerformInstantRefineRequestBody,
    options?: RequestOptions,
  ): Promise<PerformInstantRefineResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.realtimeCanvasPerformInstantRefine(this.#core, request, options),
    );
  }
}
