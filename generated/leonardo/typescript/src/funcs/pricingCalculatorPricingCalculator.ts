/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import {
  PricingCalculatorRequestBody$,
  PricingCalculatorResponseBody$,
  type PricingCalculatorRequestBody,
  type PricingCalculatorResponse,
  type PricingCalculatorResponseBody,
} from "../sdk/models/operations/pricingcalculator.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "POST",
  path: "/pricing-calculator",
  args: [["", "json", "r", PricingCalculatorRequestBody$]],
  response: ["", PricingCalculatorResponseBody$],
  secured: true,
};

/**
 * Calculating API Cost
 *
 * This endpoint returns the cost used for generating images using a particular service type.
 */
export function pricingCalculatorPricingCalculator(
  client: ClientCore,
  request: PricingCalculatorRequestBody,
  options?: RequestOptions,
): Promise<Result<PricingCalculatorResponse, APIError>> {
  return invoke(client, OPERATION, [request], options);
}
