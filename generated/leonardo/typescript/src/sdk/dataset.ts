/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateDatasetRequestBody,
  CreateDatasetResponse,
} from "./models/operations/createdataset.js";
import type { DeleteDatasetByIdResponse } from "./models/operations/deletedatasetbyid.js";
import type { GetDatasetByIdResponse } from "./models/operations/getdatasetbyid.js";
import type {
  UploadDatasetImageRequestBody,
  UploadDatasetImageResponse,
} from "./models/operations/uploaddatasetimage.js";
import type {
  UploadDatasetImageFromGenRequestBody,
  UploadDatasetImageFromGenResponse,
} from "./models/operations/uploaddatasetimagefromgen.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/dataset.js");

export class Dataset {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create a Dataset
   *
   * This endpoint creates a new dataset
   */
  async createDataset(
    request: CreateDatasetRequestBody,
    options?: RequestOptions,
  ): Promise<CreateDatasetResponse> {
    const f = await funcs();
    return unwrapAsync(f.datasetCreateDataset(this.#core, request, options));
  }

  /**
   * Delete a Single Dataset by ID
   *
   * This endpoint deletes the specific dataset
   */
  async deleteDatasetById(
    id: string,
    options?: RequestOptions,
  ): Promise<DeleteDatasetByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.datasetDeleteDatasetById(this.#core, id, options));
  }

  /**
   * Get a Single Dataset by ID
   *
   * This endpoint gets the specific dataset
   */
  async getDatasetById(
    id: string,
    options?: RequestOptions,
  ): Promise<GetDatasetByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.datasetGetDatasetById(this.#core, id, options));
  }

  /**
   * Upload dataset image
   *
   * This endpoint returns presigned details to upload a dataset image to S3
   */
  async uploadDatasetImage(
    datasetId: string,
    requestBody: UploadDatasetImageRequestBody,
    options?: RequestOptions,
  ): Promise<UploadDatasetImageResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.datasetUploadDatasetImage(this.#core, datasetId, requestBody, options),
    );
  }

  /**
   * Upload a Single Generated Image to a Dataset
   *
   * This endpoint will upload a previously generated image to the dataset
   */
  async uploadDatasetImageFromGen(
    datasetId: string,
    requestBody: UploadDatasetImageFromGenRequestBody,
    options?: RequestOptions,
  ): Promise<UploadDatasetImageFromGenResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.datasetUploadDatasetImageFromGen(
        this.#core,
        datasetId,
        requestBody,
        options,
      ),
    );
  }
}
