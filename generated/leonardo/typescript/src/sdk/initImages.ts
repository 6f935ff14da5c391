/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import { initImagesDeleteInitImageById } from "../funcs/initImagesDeleteInitImageById.js";
import { initImagesGetInitImageById } from "../funcs/initImagesGetInitImageById.js";
import { initImagesUploadCanvasInitImage } from "../funcs/initImagesUploadCanvasInitImage.js";
import { initImagesUploadInitImage } from "../funcs/initImagesUploadInitImage.js";
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
    return unwrapAsync(initImagesDeleteInitImageById(this.#core, id, options));
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
    return unwrapAsync(initImagesGetInitImageById(this.#core, id, options));
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
    return unwrapAsync(
      initImagesUploadCanvasInitImage(this.#core, request, options),
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
    return unwrapAsync(initImagesUploadInitImage(this.#core, request, options));
  }
}
