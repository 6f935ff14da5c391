/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { CreatePetResponse } from "./models/operations/createpet.js";
import type { GetPetResponse } from "./models/operations/getpet.js";
import type { Cat } from "./models/shared/cat.js";
import type { Dog } from "./models/shared/dog.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/pets.js");

export class Pets {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  async createPet(
    request: Cat | Dog,
    options?: RequestOptions,
  ): Promise<CreatePetResponse> {
    const f = await funcs();
    return unwrapAsync(f.petsCreatePet(this.#core, request, options));
  }

  async getPet(id: string, options?: RequestOptions): Promise<GetPetResponse> {
    const f = await funcs();
    return unwrapAsync(f.petsGetPet(this.#core, id, options));
  }
}
