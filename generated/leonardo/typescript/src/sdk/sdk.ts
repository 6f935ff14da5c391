/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import { SERVER_URL, USER_AGENT } from "../lib/config.js";
import { ClientCore, type SDKOptions } from "../lib/http.js";
import { Dataset } from "./dataset.js";
import { Elements } from "./elements.js";
import { Image } from "./image.js";
import { InitImages } from "./initImages.js";
import { Motion } from "./motion.js";
import { Models } from "./models.js";
import { PricingCalculator } from "./pricingCalculator.js";
import { Prompt } from "./prompt.js";
import { RealtimeCanvas } from "./realtimeCanvas.js";
import { Texture } from "./texture.js";
import { User } from "./user.js";
import { Variation } from "./variation.js";
import { ThreeDModelAssets } from "./threeDModelAssets.js";
import { Generation } from "./generation.js";

/**
 * Rest Endpoints
 *
 * Leonardo.Ai API OpenAPI specification.
 */
export class Leonardo extends ClientCore {
  constructor(options: SDKOptions = {}) {
    super(options, SERVER_URL, USER_AGENT);
  }

  #dataset?: Dataset;
  get dataset(): Dataset {
    return (this.#dataset ??= new Dataset(this));
  }

  #elements?: Elements;
  get elements(): Elements {
    return (this.#elements ??= new Elements(this));
  }

  #image?: Image;
  get image(): Image {
    return (this.#image ??= new Image(this));
  }

  #initImages?: InitImages;
  get initImages(): InitImages {
    return (this.#initImages ??= new InitImages(this));
  }

  #motion?: Motion;
  get motion(): Motion {
    return (this.#motion ??= new Motion(this));
  }

  #models?: Models;
  get models(): Models {
    return (this.#models ??= new Models(this));
  }

  #pricingCalculator?: PricingCalculator;
  get pricingCalculator(): PricingCalculator {
    return (this.#pricingCalculator ??= new PricingCalculator(this));
  }

  #prompt?: Prompt;
  get prompt(): Prompt {
    return (this.#prompt ??= new Prompt(this));
  }

  #realtimeCanvas?: RealtimeCanvas;
  get realtimeCanvas(): RealtimeCanvas {
    return (this.#realtimeCanvas ??= new RealtimeCanvas(this));
  }

  #texture?: Texture;
  get texture(): Texture {
    return (this.#texture ??= new Texture(this));
  }

  #user?: User;
  get user(): User {
    return (this.#user ??= new User(this));
  }

  #variation?: Variation;
  get variation(): Variation {
    return (this.#variation ??= new Variation(this));
  }

  #threeDModelAssets?: ThreeDModelAssets;
  get threeDModelAssets(): ThreeDModelAssets {
    return (this.#threeDModelAssets ??= new ThreeDModelAssets(this));
  }

  #generation?: Generation;
  /**
   * @deprecated The operations of `generation` moved to `image`, `motion`, `realtimeCanvas`, `texture`; this alias
   * keeps code written against the former group working.
   */
  get generation(): Generation {
    return (this.#generation ??= new Generation(this));
  }
}
