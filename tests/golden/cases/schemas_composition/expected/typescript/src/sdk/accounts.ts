/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetInventoryResponse } from "./models/operations/getinventory.js";
import type { GetMiscResponse } from "./models/operations/getmisc.js";
import type { PutAccountResponse } from "./models/operations/putaccount.js";
import type { Account } from "./models/shared/account.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/accounts.js");

export class Accounts {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async getInventory(options?: RequestOptions): Promise<GetInventoryResponse> {
    const f = await funcs();
    return unwrapAsync(f.accountsGetInventory(this.#core, options));
  }

  async getMisc(options?: RequestOptions): Promise<GetMiscResponse> {
    const f = await funcs();
    return unwrapAsync(f.accountsGetMisc(this.#core, options));
  }

  async putAccount(
    request: Account,
    options?: RequestOptions,
  ): Promise<PutAccountResponse> {
    const f = await funcs();
    return unwrapAsync(f.accountsPutAccount(this.#core, request, options));
  }
}
