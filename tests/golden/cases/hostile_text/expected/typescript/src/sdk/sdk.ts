/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Odd } from "./odd.js";

/**
 * Hostile "text" `API` | {{ title }} *\/
 *
 * Line one.
 * Line two with """ and ''' and \ backslash.
 * *\/ {% raw %} {{ x }}
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #odd?: Odd;
  /**
   * A tag | with a pipe and `code` and {{ braces }}
   */
  get odd(): Odd {
    return (this.#odd ??= new Odd(this));
  }
}
