/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetAuthorResponse } from "./models/operations/getauthor.js";
import type { GetTreeResponse } from "./models/operations/gettree.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/graphs.js");

export class Graphs {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async getAuthor(options?: RequestOptions): Promise<GetAuthorResponse> {
    const f = await funcs();
    return unwrapAsync(f.graphsGetAuthor(this.#core, options));
  }

  async getTree(options?: RequestOptions): Promise<GetTreeResponse> {
    const f = await funcs();
    return unwrapAsync(f.graphsGetTree(this.#core, options));
  }
}
