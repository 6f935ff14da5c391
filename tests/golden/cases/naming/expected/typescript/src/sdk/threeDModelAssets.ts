/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { Get3DModelsByUserIdResponse } from "./models/operations/get3dmodelsbyuserid.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/threeDModelAssets.js");

export class ThreeDModelAssets {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Get 3D models by user ID
   */
  async get3DModelsByUserId(
    userId: string,
    from?: number,
    options?: RequestOptions,
  ): Promise<Get3DModelsByUserIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.threeDModelAssetsGet3DModelsByUserId(this.#core, userId, from, options),
    );
  }
}
