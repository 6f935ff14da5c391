/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { ListElementsResponse } from "./models/operations/listelements.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/elements.js");

export class Elements {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * List Elements
   *
   * Get a list of public Elements available for use with generations.
   */
  async listElements(options?: RequestOptions): Promise<ListElementsResponse> {
    const f = await funcs();
    return unwrapAsync(f.elementsListElements(this.#core, options));
  }
}
