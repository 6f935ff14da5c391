/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateUniversalUpscalerJobRequestBody,
  CreateUniversalUpscalerJobResponse,
} from "./models/operations/createuniversalupscalerjob.js";
import type {
  CreateVariationNoBGRequestBody,
  CreateVariationNoBGResponse,
} from "./models/operations/createvariationnobg.js";
import type {
  CreateVariationUnzoomRequestBody,
  CreateVariationUnzoomResponse,
} from "./models/operations/createvariationunzoom.js";
import type {
  CreateVariationUpscaleRequestBody,
  CreateVariationUpscaleResponse,
} from "./models/operations/createvariationupscale.js";
import type { GetVariationByIdResponse } from "./models/operations/getvariationbyid.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/variation.js");

export class Variation {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create using Universal Upscaler
   *
   * This endpoint will create a high resolution image using Universal Upscaler
   */
  async createUniversalUpscalerJob(
    request: CreateUniversalUpscalerJobRequestBody,
    options?: RequestOptions,
  ): Promise<CreateUniversalUpscalerJobResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.variationCreateUniversalUpscalerJob(this.#core, request, options),
    );
  }

  /**
   * Create no background
   *
   * This endpoint will create a no background variation of the provided image ID
   */
  async createVariationNoBG(
    request: CreateVariationNoBGRequestBody,
    options?: RequestOptions,
  ): Promise<CreateVariationNoBGResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.variationCreateVariationNoBG(this.#core, request, options),
    );
  }

  /**
   * Create unzoom
   *
   * This endpoint will create an unzoom variation for the provided image ID
   */
  async createVariationUnzoom(
    request: CreateVariationUnzoomRequestBody,
    options?: RequestOptions,
  ): Promise<CreateVariationUnzoomResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.variationCreateVariationUnzoom(this.#core, request, options),
    );
  }

  /**
   * Create upscale
   *
   * This endpoint will create an upscale for the provided image ID
   */
  async createVariationUpscale(
    request: CreateVariationUpscaleRequestBody,
    options?: RequestOptions,
  ): Promise<CreateVariationUpscaleResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.variationCreateVariationUpscale(this.#core, request, options),
    );
  }

  /**
   * Get variation by ID
   *
   * This endpoint will get the variation by ID
   */
  async getVariationById(
    id: string,
    options?: RequestOptions,
  ): Promise<GetVariationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.variationGetVariationById(this.#core, id, options));
  }
}
