/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateVariationNoBGRequestBody,
  CreateVariationNoBGResponse,
} from "./models/operations/createvariationnobg.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/realtimeCanvas.js");

export class RealtimeCanvas {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create no background
   */
  async createVariationNoBG(
    request: CreateVariationNoBGRequestBody,
    options?: RequestOptions,
  ): Promise<CreateVariationNoBGResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.realtimeCanvasCreateVariationNoBG(this.#core, request, options),
    );
  }
}
