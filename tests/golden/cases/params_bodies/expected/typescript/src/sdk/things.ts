/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateThingRequestBody,
  CreateThingResponse,
} from "./models/operations/creatething.js";
import type {
  ImportThingsRequestBody,
  ImportThingsResponse,
} from "./models/operations/importthings.js";
import type { ListThingsResponse } from "./models/operations/listthings.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/things.js");

export class Things {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Create a thing
   */
  async createThing(
    userId: string,
    requestBody?: CreateThingRequestBody,
    options?: RequestOptions,
  ): Promise<CreateThingResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.thingsCreateThing(this.#core, userId, requestBody, options),
    );
  }

  /**
   * Import things
   */
  async importThings(
    request: ImportThingsRequestBody,
    options?: RequestOptions,
  ): Promise<ImportThingsResponse> {
    const f = await funcs();
    return unwrapAsync(f.thingsImportThings(this.#core, request, options));
  }

  /**
   * List things
   */
  async listThings(
    userId: string,
    onlyActive: boolean,
    limit?: number,
    options?: RequestOptions,
  ): Promise<ListThingsResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.thingsListThings(this.#core, userId, onlyActive, limit, options),
    );
  }
}
