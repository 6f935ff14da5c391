/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateTextureGenerationRequestBody,
  CreateTextureGenerationResponse,
} from "./models/operations/createtexturegeneration.js";
import type {
  DeleteTextureGenerationByIdRequestBody,
  DeleteTextureGenerationByIdResponse,
} from "./models/operations/deletetexturegenerationbyid.js";
import type {
  GetTextureGenerationByIdRequestBody,
  GetTextureGenerationByIdResponse,
} from "./models/operations/gettexturegenerationbyid.js";
import type {
  GetTextureGenerationsByModelIdRequestBody,
  GetTextureGenerationsByModelIdResponse,
} from "./models/operations/gettexturegenerationsbymodelid.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/texture.js");

export class Texture {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create Texture Generation
   *
   * This endpoint will generate a texture generation.
   */
  async createTextureGeneration(
    request: CreateTextureGenerationRequestBody,
    options?: RequestOptions,
  ): Promise<CreateTextureGenerationResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.textureCreateTextureGeneration(this.#core, request, options),
    );
  }

  /**
   * Delete Texture Generation by ID
   *
   * This endpoint deletes the specific texture generation.
   */
  async deleteTextureGenerationById(
    id: string,
    requestBody?: DeleteTextureGenerationByIdRequestBody,
    options?: RequestOptions,
  ): Promise<DeleteTextureGenerationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.textureDeleteTextureGenerationById(
        this.#core,
        id,
        requestBody,
        options,
      ),
    );
  }

  /**
   * Get Texture Generation by ID
   *
   * This endpoint gets the specific texture generation.
   */
  async getTextureGenerationById(
    id: string,
    limit?: number,
    offset?: number,
    requestBody?: GetTextureGenerationByIdRequestBody,
    options?: RequestOptions,
  ): Promise<GetTextureGenerationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.textureGetTextureGenerationById(
        this.#core,
        id,
        limit,
        offset,
        requestBody,
        options,
      ),
    );
  }

  /**
   * Get texture generations by 3D Model ID
   *
   * This endpoint gets the specific texture generations by the 3d model id.
   */
  async getTextureGenerationsByModelId(
    modelId: string,
    limit?: number,
    offset?: number,
    requestBody?: GetTextureGenerationsByModelIdRequestBody,
    options?: RequestOptions,
  ): Promise<GetTextureGenerationsByModelIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.textureGetTextureGenerationsByModelId(
        this.#core,
        modelId,
        limit,
        offset,
        requestBody,
        options,
      ),
    );
  }
}
