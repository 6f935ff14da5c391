/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Jobs } from "./jobs.js";

/**
 * Enums and nullable
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #jobs?: Jobs;
  get jobs(): Jobs {
    return (this.#jobs ??= new Jobs(this));
  }
}
