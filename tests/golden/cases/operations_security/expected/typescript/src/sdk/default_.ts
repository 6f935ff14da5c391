/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  SearchFilter,
  SearchPoint,
  SearchResponse,
} from "./models/operations/search.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/default_.js");

export class Default {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async search(
    tags?: Array<string>,
    ids?: Array<number>,
    colors?: Array<string>,
    filter?: SearchFilter,
    point?: SearchPoint,
    options?: RequestOptions,
  ): Promise<SearchResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.default_Search(this.#core, tags, ids, colors, filter, point, options),
    );
  }
}
