/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Events } from "./events.js";

/**
 * OpenAPI 3.1 schemas
 *
 * type arrays, null, const, discriminators by const, keywords beside $ref.
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #events?: Events;
  get events(): Events {
    return (this.#events ??= new Events(this));
  }
}
