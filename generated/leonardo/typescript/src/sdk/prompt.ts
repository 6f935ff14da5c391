/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  PromptImproveRequestBody,
  PromptImproveResponse,
} from "./models/operations/promptimprove.js";
import type { PromptRandomResponse } from "./models/operations/promptrandom.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/prompt.js");

export class Prompt {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Improve a Prompt
   *
   * This endpoint returns a improved prompt
   */
  async promptImprove(
    request: PromptImproveRequestBody,
    options?: RequestOptions,
  ): Promise<PromptImproveResponse> {
    const f = await funcs();
    return unwrapAsync(f.promptPromptImprove(this.#core, request, options));
  }

  /**
   * Generate a Random prompt
   *
   * This endpoint returns a random prompt
   */
  async promptRandom(options?: RequestOptions): Promise<PromptRandomResponse> {
    const f = await funcs();
    return unwrapAsync(f.promptPromptRandom(this.#core, options));
  }
}
