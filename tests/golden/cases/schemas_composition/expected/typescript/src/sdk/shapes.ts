/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetValueResponse } from "./models/operations/getvalue.js";
import type { ListShapesResponse } from "./models/operations/listshapes.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/shapes.js");

export class Shapes {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async getValue(options?: RequestOptions): Promise<GetValueResponse> {
    const f = await funcs();
    return unwrapAsync(f.shapesGetValue(this.#core, options));
  }

  async listShapes(options?: RequestOptions): Promise<ListShapesResponse> {
    const f = await funcs();
    return unwrapAsync(f.shapesListShapes(this.#core, options));
  }
}
