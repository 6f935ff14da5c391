/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  AnnotateRequestBody,
  AnnotateResponse,
} from "./models/operations/annotate.js";
import type { GetShapeResponse } from "./models/operations/getshape.js";
import type { ListEventsResponse } from "./models/operations/listevents.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/events.js");

export class Events {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async annotate(
    request: AnnotateRequestBody,
    options?: RequestOptions,
  ): Promise<AnnotateResponse> {
    const f = await funcs();
    return unwrapAsync(f.eventsAnnotate(this.#core, request, options));
  }

  async getShape(
    id: string,
    options?: RequestOptions,
  ): Promise<GetShapeResponse> {
    const f = await funcs();
    return unwrapAsync(f.eventsGetShape(this.#core, id, options));
  }

  async listEvents(options?: RequestOptions): Promise<ListEventsResponse> {
    const f = await funcs();
    return unwrapAsync(f.eventsListEvents(this.#core, options));
  }
}
