/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  CreateItemOptions,
  CreateItemResponse,
} from "./models/operations/createitem.js";
import type { GetItemResponse } from "./models/operations/getitem.js";
import type { HeadItemsByItemIdResponse } from "./models/operations/headitemsbyitemid.js";
import type { Item } from "./models/shared/item.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/items.js");

export class Items {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async createItem(
    request: Item | string,
    options?: CreateItemOptions,
  ): Promise<CreateItemResponse> {
    const f = await funcs();
    return unwrapAsync(f.itemsCreateItem(this.#core, request, options));
  }

  async getItem(
    itemId: number,
    fields?: Array<string>,
    xRequestId?: string,
    session?: string,
    options?: RequestOptions,
  ): Promise<GetItemResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.itemsGetItem(this.#core, itemId, fields, xRequestId, session, options),
    );
  }

  async headItemsByItemId(
    itemId: number,
    xRequestId?: string,
    options?: RequestOptions,
  ): Promise<HeadItemsByItemIdResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.itemsHeadItemsByItemId(this.#core, itemId, xRequestId, options),
    );
  }
}
