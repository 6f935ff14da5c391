/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type {
  PricingCalculatorRequestBody,
  PricingCalculatorResponse,
} from "./models/operations/pricingcalculator.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/pricingCalculator.js");

export class PricingCalculator {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Calculating API Cost
   *
   * This endpoint returns the cost used for generating images using a particular service type.
   */
  async pricingCalculator(
    request: PricingCalculatorRequestBody,
    options?: RequestOptions,
  ): Promise<PricingCalculatorResponse> {
    const f = await funcs();
    return unwrapAsync(
      f.pricingCalculatorPricingCalculator(this.#core, request, options),
    );
  }
}
