/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  DoOddRequestBody,
  DoOddResponse,
} from "./models/operations/doodd.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/odd.js");

export class Odd {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Do it | now `fast` {{ now }} *\/
   *
   * Ends with a quote"
   * and """triple""" quotes, a trailing backslash \
   */
  async doOdd(
    id: string,
    requestBody: DoOddRequestBody,
    options?: RequestOptions,
  ): Promise<DoOddResponse> {
    const f = await funcs();
    return unwrapAsync(f.oddDoOdd(this.#core, id, requestBody, options));
  }
}
