/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./sdk/sdk.js";
export { GoldenCore } from "./core.js";
export type { APIError, APIResponse, RequestOptions } from "./lib/http.js";
export type { SDKOptions } from "./lib/options.js";
export type { BasicAuth, ClientCredentials, Token } from "./lib/security.js";
export type { BackoffStrategy, RetryConfig } from "./lib/retries.js";
export type { Result } from "./types/fp.js";
export * as errors from "./sdk/models/errors/index.js";
export type * as operations from "./sdk/models/operations/index.js";
export type * as shared from "./sdk/models/shared/index.js";
