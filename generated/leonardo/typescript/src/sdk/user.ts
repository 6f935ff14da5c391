/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import { userGetUserSelf } from "../funcs/userGetUserSelf.js";
import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetUserSelfResponse } from "./models/operations/getuserself.js";
import { unwrapAsync } from "../types/fp.js";

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
    return unwrapAsync(userGetUserSelf(this.#core, options));
  }
}
