/*
 * Generated from spec.yaml. Do not edit.
 */

import type { SDKOptions as BaseOptions } from "./http.js";
import type {
  BasicAuth,
  ClientCredentials,
  Scheme,
  Token,
} from "./security.js";

/** Options of a client, shared by all its operations. */
export type SDKOptions = Omit<BaseOptions, "bearerAuth"> & {
  /**
   * HTTP bearer token (security scheme `bearer`).
   */
  bearer?: Token | undefined;
  /**
   * HTTP basic username and password (security scheme `basic`).
   */
  basic?: BasicAuth | undefined;
  /**
   * API key (security scheme `apiKeyHeader`).
   */
  apiKeyHeader?: Token | undefined;
  /**
   * API key (security scheme `apiKeyQuery`).
   */
  apiKeyQuery?: Token | undefined;
  /**
   * API key (security scheme `apiKeyCookie`).
   */
  apiKeyCookie?: Token | undefined;
  /**
   * OAuth2 access token, or client credentials (the client fetches and refreshes the token) (security scheme `oauth`).
   */
  oauth?: Token | ClientCredentials | undefined;
  /**
   * OpenID Connect token (security scheme `openid`).
   */
  openid?: Token | undefined;
  /** Values of the server URL's variables. */
  serverVariables?: {
    /**
     * Default: eu.
     */
    region?: "eu" | "us" | undefined;
    /**
     * Default: v1.
     */
    version?: string | undefined;
  };
};

/** The security schemes, by client option. */
export const SCHEMES: Readonly<Record<string, Scheme>> = {
  bearer: ["http-bearer", "", "Bearer", "", []],
  basic: ["http-basic", "", "", "", []],
  apiKeyHeader: ["api-key", "header", "X-API-Key", "", []],
  apiKeyQuery: ["api-key", "query", "api_key", "", []],
  apiKeyCookie: ["api-key", "cookie", "key", "", []],
  oauth: ["oauth2", "", "", "/oauth/token", ["items:write"]],
  openid: ["openid-connect", "", "", "", []],
};

/** The defaults of the server URL's variables. */
export const SERVER_VARIABLES: Readonly<Record<string, string>> = {
  region: "eu",
  version: "v1",
};
