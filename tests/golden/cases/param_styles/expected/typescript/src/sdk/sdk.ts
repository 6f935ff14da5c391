/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { SCHEMES, SERVER_VARIABLES, type SDKOptions } from "../lib/options.js";
import { SecuredCore } from "../lib/security.js";
import { Default } from "./default_.js";

/**
 * Parameter styles
 */
export class Golden extends SecuredCore {
  constructor(options: SDKOptions = {}) {
    super(options, SCHEMES, SERVER_URL, SERVER_VARIABLES, USER_AGENT);
  }

  #default_?: Default;
  get default_(): Default {
    return (this.#default_ ??= new Default(this));
  }
}
