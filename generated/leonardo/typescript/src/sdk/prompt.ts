/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import { promptPromptImprove } from "../funcs/promptPromptImprove.js";
import { promptPromptRandom } from "../funcs/promptPromptRandom.js";
import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  PromptImproveRequestBody,
  PromptImproveResponse,
} from "./models/operations/promptimprove.js";
import type { PromptRandomResponse } from "./models/operations/promptrandom.js";
import { unwrapAsync } from "../types/fp.js";

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
    return unwrapAsync(promptPromptImprove(this.#core, request, options));
  }

  /**
   * Generate a Random prompt
   *
   * This endpoint returns a random prompt
   */
  async promptRandom(options?: RequestOptions): Promise<PromptRandomResponse> {
    return unwrapAsync(promptPromptRandom(this.#core, options));
  }
}
