/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { DeleteInitImageByIdResponse } from "./models/operations/deleteinitimagebyid.js";
import type { GetInitImageByIdResponse } from "./models/operations/getinitimagebyid.js";
import type {
  UploadCanvasInitImageRequestBody,
  UploadCanvasInitImageResponse,
} from "./models/operations/uploadcanvasinitimage.js";
import type {
  UploadInitImageRequestBody,
  UploadInitImageResponse,
} from "./models/operations/uploadinitimage.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/initImages.js");

export class InitImages {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Delete init image
   *
   * This endpoint deletes an init image
   */
  async deleteInitImageById(
    id: string,
    options?: RequestOptions,
  ): Promise<DeleteInitImageByIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.initImagesDeleteInitImageById(this.#core, id, options),
    );
  }

  /**
   * Get single init image
   *
   * This endpoint will return a single init image
   */
  async getInitImageById(
    id: string,
    options?: RequestOptions,
  ): Promise<GetInitImageByIdResponse> {
    const f = await funcs();
    return unwrapAsync(f.initImagesGetInitImageById(this.#core, id, options));
  }

  /**
   * Upload Canvas Editor init and mask image
   *
   * This endpoint returns presigned details to upload an init image and a mask image to S3
   */
  async uploadCanvasInitImage(
    request: UploadCanvasInitImageRequestBody,
    options?: RequestOptions,
  ): Promise<UploadCanvasInitImageResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.initImagesUploadCanvasInitImage(this.#core, request, options),
    );
  }

  /**
   * Upload init image
   *
   * This endpoint returns presigned details to upload an init image to S3
   */
  async uploadInitImage(
    request: UploadInitImageRequestBody,
    options?: RequestOptions,
  ): Promise<UploadInitImageResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.initImagesUploadInitImage(this.#core, request, options),
    );
  }
}
