/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetCellResponse } from "./models/operations/getcell.js";
import type { Point } from "./models/shared/point.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/default_.js");

export class Default {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async getCell(
    simple: Array<number>,
    label: Array<string>,
    matrix: Array<string>,
    labelx: Array<string>,
    matrixx: Point,
    obj: Point,
    point?: Point,
    filter?: Point,
    xPoint?: Point,
    xTags?: Array<string>,
    ids?: Array<number>,
    options?: RequestOptions,
  ): Promise<GetCellResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.default_GetCell(
        this.#core,
        simple,
        label,
        matrix,
        labelx,
        matrixx,
        obj,
        point,
        filter,
        xPoint,
        xTags,
        ids,
        options,
      ),
    );
  }
}
