/*
 * Generated from spec.yaml. Do not edit.
 */

import type { SDKOptions as BaseOptions } from "./http.js";
import type { Scheme } from "./security.js";

/** Options of a client, shared by all its operations. */
export type SDKOptions = Omit<BaseOptions, "bearerAuth">;

/** The security schemes, by client option. */
export const SCHEMES: Readonly<Record<string, Scheme>> = {};

/** The defaults of the server URL's variables. */
export const SERVER_VARIABLES: Readonly<Record<string, string>> = {};
