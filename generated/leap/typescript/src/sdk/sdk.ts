/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { GenerateImages } from "./generateImages.js";
import { TrainImageModels } from "./trainImageModels.js";
import { GenerateMusic } from "./generateMusic.js";

/**
 * Leap
 *
 * The Official Leap API
 */
export class Leap extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #generateImages?: GenerateImages;
  get generateImages(): GenerateImages {
    return (this.#generateImages ??= new GenerateImages(this));
  }

  #trainImageModels?: TrainImageModels;
  get trainImageModels(): TrainImageModels {
    return (this.#trainImageModels ??= new TrainImageModels(this));
  }

  #generateMusic?: GenerateMusic;
  get generateMusic(): GenerateMusic {
    return (this.#generateMusic ??= new GenerateMusic(this));
  }
}
