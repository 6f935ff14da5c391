/**
 * Credentials for every OpenAPI security scheme, and how they go on the wire.
 *
 * A client holds one credential per scheme of its spec (a token, an API key, a
 * username and password, or OAuth2 client credentials whose access tokens it
 * fetches and refreshes before they expire) in private fields: they never show
 * when a client is logged or inspected, and never in an error message. Per
 * call it uses the first of the operation's alternatives (OR) whose schemes
 * (AND) all have a credential.
 */
import { ResponseValidationError } from "../sdk/models/errors/responsevalidationerror.js";
import { SDKError } from "../sdk/models/errors/sdkerror.js";
import { ERR, OK, type Result } from "../types/fp.js";
import { type APIError, ClientCore, type SDKOptions } from "./http.js";
import { send } from "./transport.js";

/** A token or API key, or a function giving the current one. */
export type Token = string | (() => Promise<string>);

/** A username and password for HTTP basic authentication. */
export type BasicAuth = { username: string; password: string };

/**
 * OAuth2 client credentials: the client fetches an access token from the
 * token endpoint (POST grant_type=client_credentials, the client authenticated
 * with HTTP basic, or in the form when `authInBody`) and a new one
 * `refreshMarginMs` before the current one expires.
 */
export type ClientCredentials = {
  clientId: string;
  clientSecret: string;
  /** Overrides the spec's token URL. */
  tokenURL?: string;
  /** Overrides the spec's scopes. */
  scopes?: readonly string[];
  /** Default 30000. */
  refreshMarginMs?: number;
  authInBody?: boolean;
};

/**
 * A security scheme as the generator writes it:
 * `[kind, location, name, tokenURL, scopes]`; kind "http-bearer" (name: the
 * HTTP scheme word), "http-basic", "api-key" (location header, query or
 * cookie; name: the header, parameter or cookie), "oauth2" or
 * "openid-connect".
 */
export type Scheme = readonly [
  string,
  string,
  string,
  string,
  readonly string[],
];

type Cached = { token: string; expiresAt: number | undefined };

function base64(text: string): string {
  let bin = "";
  for (const byte of new TextEncoder().encode(text)) {
    bin += String.fromCharCode(byte);
  }
  return btoa(bin);
}

function isCredentials(v: unknown): v is ClientCredentials {
  return typeof v === "object" && v !== null && "clientSecret" in v;
}

function isBasic(v: unknown): v is BasicAuth {
  return typeof v === "object" && v !== null && "password" in v;
}

/** Fills a server URL's `{variables}`: the caller's values, else the defaults. */
export function serverURL(
  template: string,
  defaults: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string | undefined>> | undefined,
): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = values?.[name] ?? defaults[name];
    return v === undefined ? whole : v;
  });
}

/** The client state of an SDK with security schemes beyond one bearer token. */
export class SecuredCore extends ClientCore {
  readonly #credentials = new Map<string, unknown>();
  readonly #schemes: Readonly<Record<string, Scheme>>;
  readonly #tokens = new Map<string, Cached>();
  readonly #pending = new Map<string, Promise<Result<string, APIError>>>();

  constructor(
    options: object,
    schemes: Readonly<Record<string, Scheme>>,
    url: string,
    variables: Readonly<Record<string, string>>,
    userAgent: string,
  ) {
    const given = options as SDKOptions & {
      serverVariables?: Record<string, string | undefined>;
    } & Record<string, unknown>;
    const base: SDKOptions = {
      serverURL:
        given.serverURL ?? serverURL(url, variables, given.serverVariables),
    };
    if (given.retryConfig !== undefined) base.retryConfig = given.retryConfig;
    if (given.timeoutMs !== undefined) base.timeoutMs = given.timeoutMs;
    if (given.readTimeoutMs !== undefined) {
      base.readTimeoutMs = given.readTimeoutMs;
    }
    if (given.maxResponseBytes !== undefined) {
      base.maxResponseBytes = given.maxResponseBytes;
    }
    if (given.fetcher !== undefined) base.fetcher = given.fetcher;
    super(base, url, userAgent);
    this.#schemes = schemes;
    for (const name of Object.keys(schemes)) {
      const v = given[name];
      if (v !== undefined && v !== null && v !== "") {
        this.#credentials.set(name, v);
      }
    }
  }

  /**
   * Puts the credentials of the first alternative whose schemes all have one
   * on the request; returns every secret it used (for redaction).
   */
  async _authorize(
    security: readonly (readonly string[])[],
    url: URL,
    headers: Headers,
    cookies: string[],
  ): Promise<Result<string[], APIError>> {
    const chosen = security.find((alt) =>
      alt.every((n) => this.#credentials.has(n) && n in this.#schemes),
    );
    const secrets: string[] = [];
    for (const name of chosen ?? []) {
      const [kind, location, param] = this.#schemes[name]!;
      const value = this.#credentials.get(name);
      if (kind === "http-basic" && isBasic(value)) {
        const encoded = base64(`${value.username}:${value.password}`);
        secrets.push(value.password, encoded);
        headers.set("authorization", `Basic ${encoded}`);
        continue;
      }
      let token: string;
      if (isCredentials(value)) {
        secrets.push(value.clientSecret);
        const t = await this.#accessToken(name, value, secrets);
        if (!t.ok) {
          return t;
        }
        token = t.value;
      } else if (typeof value === "function") {
        token = String(await (value as () => Promise<string>)());
      } else {
        token = String(value);
      }
      secrets.push(token);
      if (kind === "api-key") {
        if (location === "query") {
          url.searchParams.append(param, token);
        } else if (location === "cookie") {
          cookies.push(`${param}=${encodeURIComponent(token)}`);
        } else {
          headers.set(param, token);
        }
      } else {
        const word = kind === "http-bearer" && param ? param : "Bearer";
        headers.set("authorization", `${word} ${token}`);
      }
    }
    return OK(secrets);
  }

  /** The current access token of a client-credentials scheme. */
  async #accessToken(
    name: string,
    creds: ClientCredentials,
    secrets: readonly string[],
  ): Promise<Result<string, APIError>> {
    const cached = this.#tokens.get(name);
    const margin = creds.refreshMarginMs ?? 30_000;
    if (
      cached &&
      (cached.expiresAt === undefined || Date.now() < cached.expiresAt - margin)
    ) {
      return OK(cached.token);
    }
    let pending = this.#pending.get(name);
    if (pending === undefined) {
      pending = this.#fetchToken(name, creds, secrets).finally(() =>
        this.#pending.delete(name),
      );
      this.#pending.set(name, pending);
    }
    return pending;
  }

  async #fetchToken(
    name: string,
    creds: ClientCredentials,
    secrets: readonly string[],
  ): Promise<Result<string, APIError>> {
    const [, , , tokenURL, scopes] = this.#schemes[name]!;
    const url = new URL(creds.tokenURL ?? tokenURL, this._serverURL + "/");
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    const wanted = creds.scopes ?? scopes;
    if (wanted.length) {
      form.set("scope", wanted.join(" "));
    }
    const hidden = [...secrets, creds.clientSecret];
    const headers = new Headers({ accept: "application/json" });
    headers.set("content-type", "application/x-www-form-urlencoded");
    headers.set("user-agent", this._userAgent);
    if (creds.authInBody) {
      form.set("client_id", creds.clientId);
      form.set("client_secret", creds.clientSecret);
    } else {
      const basic = base64(`${creds.clientId}:${creds.clientSecret}`);
      hidden.push(basic);
      headers.set("authorization", `Basic ${basic}`);
    }
    // within the client's limits (timeoutMs, readTimeoutMs, maxResponseBytes)
    const sent = await send(
      this._fetch,
      url.href,
      { method: "POST", headers, body: form.toString() },
      undefined,
      {
        timeoutMs: this._timeoutMs,
        readTimeoutMs: this._readTimeoutMs,
        maxResponseBytes: this._maxResponseBytes,
      },
    );
    if (!sent.ok) {
      return ERR(redactAll(sent.error, hidden));
    }
    const { response, body: text } = sent.value;
    if (response.status !== 200) {
      const err = new SDKError("the token endpoint failed", response, text);
      return ERR(redactAll(err, hidden));
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const token = (data as { access_token?: unknown } | undefined)
      ?.access_token;
    if (typeof token !== "string" || !token) {
      const err = new ResponseValidationError(
        "the token endpoint's answer has no access_token",
        response,
        text,
        data,
      );
      return ERR(redactAll(err, hidden));
    }
    const expires = (data as { expires_in?: unknown }).expires_in;
    this.#tokens.set(name, {
      token,
      expiresAt:
        typeof expires === "number" ? Date.now() + expires * 1000 : undefined,
    });
    return OK(token);
  }
}

/** An error whose message holds none of the secrets. */
export function redactAll<E extends Error>(
  err: E,
  secrets: readonly string[],
): E {
  const clean = (text: string) => {
    for (const s of secrets) {
      if (s) {
        text = text.split(s).join("[REDACTED]");
      }
    }
    return text;
  };
  err.message = clean(err.message);
  // the stack (what logging an error prints) was written with the message
  if (typeof err.stack === "string") {
    err.stack = clean(err.stack);
  }
  return err;
}
