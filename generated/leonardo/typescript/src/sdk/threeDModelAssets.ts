/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  Delete3DModelByIdRequestBody,
  Delete3DModelByIdResponse,
} from "./models/operations/delete3dmodelbyid.js";
import type {
  Get3DModelByIdRequestBody,
  Get3DModelByIdResponse,
} from "./models/operations/get3dmodelbyid.js";
import type {
  Get3DModelsByUserIdRequestBody,
  Get3DModelsByUserIdResponse,
} from "./models/operations/get3dmodelsbyuserid.js";
import type {
  UploadModelAssetRequestBody,
  UploadModelAssetResponse,
} from "./models/operations/uploadmodelasset.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/threeDModelAssets.js");

export class ThreeDModelAssets {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Delete 3D Model by ID
   *
   * This endpoint deletes the specific 3D Model
   */
  async delete3DModelById(
    id: string,
    requestBody?: Delete3DModelByIdRequestBody,
    options?: RequestOptions,
  ): Promise<Delete3DModelByIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.threeDModelAssetsDelete3DModelById(
        this.#core,
        id,
        requestBody,
        options,
      ),
    );
  }

  /**
   * Get 3D Model by ID
   *
   * This endpoint gets the specific 3D model
   */
  async get3DModelById(
    id: string,
    limit?: number,
    offset?: number,
    requestBody?: Get3DModelByIdRequestBody,
    options?: RequestOptions,
  ): Promise<Get3DModelByIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.threeDModelAssetsGet3DModelById(
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
   * Get 3D models by user ID
   *
   * This endpoint returns all 3D models by a specific user
   */
  async get3DModelsByUserId(
    userId: string,
    limit?: number,
    offset?: number,
    requestBody?: Get3DModelsByUserIdRequestBody,
    options?: RequestOptions,
  ): Promise<Get3DModelsByUserIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.threeDModelAssetsGet3DModelsByUserId(
        this.#core,
        userId,
        limit,
        offset,
        requestBody,
        options,
      ),
    );
  }

  /**
   * Upload 3D Model
   *
   * This endpoint returns presigned details to upload a 3D model to S3
   */
  async uploadModelAsset(
    request: UploadModelAssetRequestBody,
    options?: RequestOptions,
  ): Promise<UploadModelAssetResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.threeDModelAssetsUploadModelAsset(this.#core, request, options),
    );
  }
}
