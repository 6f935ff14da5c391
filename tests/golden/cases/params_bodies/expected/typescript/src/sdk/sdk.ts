/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Things } from "./things.js";

/**
 * Params and bodies
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #things?: Things;
  get things(): Things {
    return (this.#things ??= new Things(this));
  }
}
