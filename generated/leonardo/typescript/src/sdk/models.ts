/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateModelRequestBody,
  CreateModelResponse,
} from "./models/operations/createmodel.js";
import type { DeleteModelByIdResponse } from "./models/operations/deletemodelbyid.js";
import type { GetModelByIdResponse } from "./models/operations/getmodelbyid.js";
import type { ListPlatformModelsResponse } from "./models/operations/listplatformmodels.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/models.js");

export class Models {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Train a Custom Model
   *
   * This endpoint will train a new custom model
   */
  async createModel(
    request: CreateModelRequestBody,
    options?: RequestOptions,
  ): Promise<CreateModelResponse> {
    const f = await funcs();
    return unwrapAsync(f.modelsCreateModel(this.#core, request, options));
  }

  /**
   * Delete a Single Custom Model by ID
   *
   * This endpoint will delete a specific custom model
   */
  async deleteModelById(
    id: string,
    options?: RequestOptions,
  ): Promise<DeleteModelByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.modelsDeleteModelById(this.#core, id, options));
  }

  /**
   * Get a Single Custom Model by ID
   *
   * This endpoint gets the specific custom model
   */
  async getModelById(
    id: string,
    options?: RequestOptions,
  ): Promise<GetModelByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.modelsGetModelById(this.#core, id, options));
  }

  /**
   * List Platform Models
   *
   * Get a list of public Platform Models available for use with generations.
   */
  async listPlatformModels(
    options?: RequestOptions,
  ): Promise<ListPlatformModelsResponse> {
    const f = await funcs();
    return unwrapAsync(f.modelsListPlatformModels(this.#core, options));
  }
}
