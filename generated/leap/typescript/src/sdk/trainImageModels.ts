/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { TrainImageModelsDeleteModelResponse } from "./models/operations/trainimagemodelsdeletemodel.js";
import type { TrainImageModelsGetModelResponse } from "./models/operations/trainimagemodelsgetmodel.js";
import type { TrainImageModelsListAllModelsResponse } from "./models/operations/trainimagemodelslistallmodels.js";
import type { TrainImageModelsTrainModelResponse } from "./models/operations/trainimagemodelstrainmodel.js";
import type { CreateAndTrainModelDto } from "./models/shared/createandtrainmodeldto.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/trainImageModels.js");

export class TrainImageModels {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Delete a Model
   *
   * This endpoint will delete a model. This is not reversible.
   */
  async deleteModel(
    modelId: string,
    options?: RequestOptions,
  ): Promise<TrainImageModelsDeleteModelResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.trainImageModelsDeleteModel(this.#core, modelId, options),
    );
  }

  /**
   * Get a Single Model
   *
   * This endpoint will return a single model.
   */
  async getModel(
    modelId: string,
    options?: RequestOptions,
  ): Promise<TrainImageModelsGetModelResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.trainImageModelsGetModel(this.#core, modelId, options),
    );
  }

  /**
   * List All Models
   *
   * This endpoint will return a list of all models for the workspace.
   */
  async listAllModels(
    options?: RequestOptions,
  ): Promise<TrainImageModelsListAllModelsResponse> {
    const f = await funcs();
    return unwrapAsync(f.trainImageModelsListAllModels(this.#core, options));
  }

  /**
   * Train Model
   *
   * Upload a few image samples, and train a new model. Training usually takes 20-40 minutes. To be notified when the model completes training you must provide a `webhookUrl` in the training request, or check for completion by calling [Get a Single Model](https://reference.tryleap.ai/reference/get-model-1). After training completes, you can use the model to generate images with [Generate Images](https://reference.tryleap.ai/reference/inferencescontroller_create-1).
   */
  async trainModel(
    request: CreateAndTrainModelDto,
    options?: RequestOptions,
  ): Promise<TrainImageModelsTrainModelResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.trainImageModelsTrainModel(this.#core, request, options),
    );
  }
}
