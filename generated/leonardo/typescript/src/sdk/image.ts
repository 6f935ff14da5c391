/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateGenerationRequestBody,
  CreateGenerationResponse,
} from "./models/operations/creategeneration.js";
import type { DeleteGenerationByIdResponse } from "./models/operations/deletegenerationbyid.js";
import type { GetGenerationByIdResponse } from "./models/operations/getgenerationbyid.js";
import type { GetGenerationsByUserIdResponse } from "./models/operations/getgenerationsbyuserid.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/image.js");

export class Image {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create a Generation of Images
   *
   * This endpoint will generate images
   */
  async createGeneration(
    request: CreateGenerationRequestBody,
    options?: RequestOptions,
  ): Promise<CreateGenerationResponse> {
    const f = await funcs();
    return unwrapAsync(f.imageCreateGeneration(this.#core, request, options));
  }

  /**
   * Delete a Single Generation
   *
   * This endpoint deletes a specific generation
   */
  async deleteGenerationById(
    id: string,
    options?: RequestOptions,
  ): Promise<DeleteGenerationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.imageDeleteGenerationById(this.#core, id, options));
  }

  /**
   * Get a Single Generation
   *
   * This endpoint will provide information about a specific generation
   */
  async getGenerationById(
    id: string,
    options?: RequestOptions,
  ): Promise<GetGenerationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.imageGetGenerationById(this.#core, id, options));
  }

  /**
   * Get generations by user ID
   *
   * This endpoint returns all generations by a specific user
   */
  async getGenerationsByUserId(
    userId: string,
    limit?: number,
    offset?: number,
    options?: RequestOptions,
  ): Promise<GetGenerationsByUserIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.imageGetGenerationsByUserId(this.#core, userId, limit, offset, options),
    );
  }
}
