/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetUserSelfResponse } from "./models/operations/getuserself.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/user.js");

export class User {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Get user information
   *
   * This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
   */
  async getUserSelf(options?: RequestOptions): Promise<GetUserSelfResponse> {
    const f = await funcs();
    return unwrapAsync(f.userGetUserSelf(this.#core, options));
  }
}
