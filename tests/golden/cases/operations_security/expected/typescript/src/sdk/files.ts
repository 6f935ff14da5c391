/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { DownloadFileResponse } from "./models/operations/downloadfile.js";
import type { PutFileResponse } from "./models/operations/putfile.js";
import type {
  UploadFileRequestBody,
  UploadFileResponse,
} from "./models/operations/uploadfile.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/files.js");

export class Files {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async downloadFile(
    name: string,
    options?: RequestOptions,
  ): Promise<DownloadFileResponse> {
    const f = await funcs();
    return unwrapAsync(f.filesDownloadFile(this.#core, name, options));
  }

  async putFile(
    name: string,
    requestBody: Blob,
    options?: RequestOptions,
  ): Promise<PutFileResponse> {
    const f = await funcs();
    return unwrapAsync(f.filesPutFile(this.#core, name, requestBody, options));
  }

  async uploadFile(
    request: UploadFileRequestBody,
    options?: RequestOptions,
  ): Promise<UploadFileResponse> {
    const f = await funcs();
    return unwrapAsync(f.filesUploadFile(this.#core, request, options));
  }
}
