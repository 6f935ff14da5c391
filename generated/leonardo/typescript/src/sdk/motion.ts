/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateSVDMotionGenerationRequestBody,
  CreateSVDMotionGenerationResponse,
} from "./models/operations/createsvdmotiongeneration.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/motion.js");

export class Motion {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create SVD Motion Generation
   *
   * This endpoint will generate a SVD motion generation.
   */
  async createSVDMotionGeneration(
    request: CreateSVDMotionGenerationRequestBody,
    options?: RequestOptions,
  ): Promise<CreateSVDMotionGenerationResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.motionCreateSVDMotionGeneration(this.#core, request, options),
    );
  }
}
