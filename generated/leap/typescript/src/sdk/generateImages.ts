/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { InferencesControllerCreateResponse } from "./models/operations/inferencescontrollercreate.js";
import type { InferencesControllerFindAllResponse } from "./models/operations/inferencescontrollerfindall.js";
import type { InferencesControllerFindOneResponse } from "./models/operations/inferencescontrollerfindone.js";
import type { InferencesControllerRemoveResponse } from "./models/operations/inferencescontrollerremove.js";
import type { CreateInferenceDto } from "./models/shared/createinferencedto.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/generateImages.js");

export class GenerateImages {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Generate an Image
   *
   * Generate an image by providing a text description. Generations usually take bettween 4-20 seconds per image. Total generation time depends on the number of `steps` and `noOfImages` you select. This endpoint will submit the generation job and return immediately. To retrieve the results you must provide a webhook URL or query/poll the [Get a Single Image Job](https://reference.tryleap.ai/reference/inferencescontroller_findone-1) endpoint.
   */
  async create(
    modelId: string,
    requestBody: CreateInferenceDto,
    options?: RequestOptions,
  ): Promise<InferencesControllerCreateResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateImagesCreate(this.#core, modelId, requestBody, options),
    );
  }

  /**
   * List All Image Jobs
   *
   * Fetch a list of inference jobs for a specific model.
   */
  async findAll(
    modelId: string,
    onlyFinished?: boolean,
    page?: number,
    pageSize?: number,
    options?: RequestOptions,
  ): Promise<InferencesControllerFindAllResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateImagesFindAll(
        this.#core,
        modelId,
        onlyFinished,
        page,
        pageSize,
        options,
      ),
    );
  }

  /**
   * Get Single Image Job
   *
   * Retrieve a single image generation job, including the urls for the images generated.
   */
  async findOne(
    modelId: string,
    inferenceId: string,
    options?: RequestOptions,
  ): Promise<InferencesControllerFindOneResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateImagesFindOne(this.#core, modelId, inferenceId, options),
    );
  }

  /**
   * Delete Image Job
   *
   * Delete the image job and all related images.
   */
  async remove(
    modelId: string,
    inferenceId: string,
    options?: RequestOptions,
  ): Promise<InferencesControllerRemoveResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.generateImagesRemove(this.#core, modelId, inferenceId, options),
    );
  }
}
