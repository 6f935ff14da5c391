/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "./lib/config.js";
import { SCHEMES, SERVER_VARIABLES, type SDKOptions } from "./lib/options.js";
import { SecuredCore } from "./lib/security.js";

/**
 * A client without methods: pass it to the standalone functions
 * (`@golden/operations-security/funcs/<function>.js`) to load only what you call.
 */
export class GoldenCore extends SecuredCore {
  constructor(options: SDKOptions = {}) {
    super(options, SCHEMES, SERVER_URL, SERVER_VARIABLES, USER_AGENT);
  }
}
