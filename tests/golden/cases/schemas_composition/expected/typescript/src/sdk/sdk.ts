/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Pets } from "./pets.js";
import { Shapes } from "./shapes.js";
import { Graphs } from "./graphs.js";
import { Accounts } from "./accounts.js";

/**
 * Schema composition
 *
 * allOf, oneOf/anyOf, recursion, maps, readOnly/writeOnly, formats, enums (OpenAPI 3.0).
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #pets?: Pets;
  get pets(): Pets {
    return (this.#pets ??= new Pets(this));
  }

  #shapes?: Shapes;
  get shapes(): Shapes {
    return (this.#shapes ??= new Shapes(this));
  }

  #graphs?: Graphs;
  get graphs(): Graphs {
    return (this.#graphs ??= new Graphs(this));
  }

  #accounts?: Accounts;
  get accounts(): Accounts {
    return (this.#accounts ??= new Accounts(this));
  }
}
