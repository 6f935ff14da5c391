/*
 * Generated from spec.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { ThreeDModelAssets } from "./threeDModelAssets.js";
import { RealtimeCanvas } from "./realtimeCanvas.js";

/**
 * Naming
 */
export class Golden extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #threeDModelAssets?: ThreeDModelAssets;
  get threeDModelAssets(): ThreeDModelAssets {
    return (this.#threeDModelAssets ??= new ThreeDModelAssets(this));
  }

  #realtimeCanvas?: RealtimeCanvas;
  get realtimeCanvas(): RealtimeCanvas {
    return (this.#realtimeCanvas ??= new RealtimeCanvas(this));
  }
}
