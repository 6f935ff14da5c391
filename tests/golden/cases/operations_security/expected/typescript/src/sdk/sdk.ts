/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { SCHEMES, SERVER_VARIABLES, type SDKOptions } from "../lib/options.js";
import { SecuredCore } from "../lib/security.js";
import { Items } from "./items.js";
import { Default } from "./default_.js";
import { Files } from "./files.js";

/**
 * Operations and security
 */
export class Golden extends SecuredCore {
  constructor(options: SDKOptions = {}) {
    super(options, SCHEMES, SERVER_URL, SERVER_VARIABLES, USER_AGENT);
  }

  #items?: Items;
  get items(): Items {
    return (this.#items ??= new Items(this));
  }

  #default_?: Default;
  get default_(): Default {
    return (this.#default_ ??= new Default(this));
  }

  #files?: Files;
  get files(): Files {
    return (this.#files ??= new Files(this));
  }
}
