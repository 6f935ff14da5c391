/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateGenerationRequestBody,
  CreateGenerationResponse,
} from "./models/operations/creategeneration.js";
import type {
  CreateLCMGenerationRequestBody,
  CreateLCMGenerationResponse,
} from "./models/operations/createlcmgeneration.js";
import type {
  CreateSVDMotionGenerationRequestBody,
  CreateSVDMotionGenerationResponse,
} from "./models/operations/createsvdmotiongeneration.js";
import type {
  CreateTextureGenerationRequestBody,
  CreateTextureGenerationResponse,
} from "./models/operations/createtexturegeneration.js";
import type { DeleteGenerationByIdResponse } from "./models/operations/deletegenerationbyid.js";
import type {
  DeleteTextureGenerationByIdRequestBody,
  DeleteTextureGenerationByIdResponse,
} from "./models/operations/deletetexturegenerationbyid.js";
import type { GetGenerationByIdResponse } from "./models/operations/getgenerationbyid.js";
import type { GetGenerationsByUserIdResponse } from "./models/operations/getgenerationsbyuserid.js";
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

const funcs = () => import("./lazy/generation.js");

export class Generation {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create a Generation of Images
   *
   * This endpoint will generate images
   *
   * @deprecated Use `leonardo.image.createGeneration` instead.
   */
  async createGeneration(
    request: CreateGenerationRequestBody,
    options?: RequestOptions,
  ): Promise<CreateGenerationResponse> {
    const f = await funcs();
    return unwrapAsync(f.imageCreateGeneration(this.#core, request, options));
  }

  /**
   * Create LCM Generation
   *
   * This endpoint will generate a LCM image generation.
   *
   * @deprecated Use `leonardo.realtimeCanvas.createLCMGeneration` instead.
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
   * Create SVD Motion Generation
   *
   * This endpoint will generate a SVD motion generation.
   *
   * @deprecated Use `leonardo.motion.createSVDMotionGeneration` instead.
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

  /**
   * Create Texture Generation
   *
   * This endpoint will generate a texture generation.
   *
   * @deprecated Use `leonardo.texture.createTextureGeneration` instead.
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
   * Delete a Single Generation
   *
   * This endpoint deletes a specific generation
   *
   * @deprecated Use `leonardo.image.deleteGenerationById` instead.
   */
  async deleteGenerationById(
    id: string,
    options?: RequestOptions,
  ): Promise<DeleteGenerationByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.imageDeleteGenerationById(this.#core, id, options));
  }

  /**
   * Delete Texture Generation by ID
   *
   * This endpoint deletes the specific texture generation.
   *
   * @deprecated Use `leonardo.texture.deleteTextureGenerationById` instead.
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
   * Get a Single Generation
   *
   * This endpoint will provide information about a specific generation
   *
   * @deprecated Use `leonardo.image.getGenerationById` instead.
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
   *
   * @deprecated Use `leonardo.image.getGenerationsByUserId` instead.
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

  /**
   * Perform Alchemy Upscale on a LCM image
   *
   * This endpoint will perform Alchemy Upscale on a LCM image
   *
   * @deprecated Use `leonardo.realtimeCanvas.performAlchemyUpscaleLCM` instead.
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
   *
   * @deprecated Use `leonardo.realtimeCanvas.performInpaintingLCM` instead.
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
   *
   * @deprecated Use `leonardo.realtimeCanvas.performInstantRefine` instead.
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
