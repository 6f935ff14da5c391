/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "./lib/config.js";
import { ClientCore, type SDKOptions } from "./lib/http.js";

/**
 * A client without methods: pass it to the standalone functions
 * (`@golden/hostile-text/funcs/<function>.js`) to load only what you call.
 */
export class GoldenCore extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }
}
