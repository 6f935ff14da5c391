import {
  ConnectionError,
  InvalidRequestError,
  RequestAbortedError,
  RequestTimeoutError,
} from "../sdk/models/errors/httpclienterrors.js";
import { ResponseValidationError } from "../sdk/models/errors/responsevalidationerror.js";
import { SDKError } from "../sdk/models/errors/sdkerror.js";
import { ERR, OK, type Result } from "../types/fp.js";
import { type Attempt, type RetryConfig, retry } from "./retries.js";
import {
  type Fields,
  type Leaf,
  ShapeError,
  decode,
  encode,
  toFormData,
} from "./schema.js";

/** Options of a client, shared by all its operations. */
export type SDKOptions = {
  /** The bearer token sent with every secured request. */
  bearerAuth?: string | (() => Promise<string>);
  /** Overrides the server the spec names. */
  serverURL?: string;
  /** The retry policy of every request, unless a call gives its own. */
  retryConfig?: RetryConfig;
  /** Aborts any request taking longer than this many milliseconds. */
  timeoutMs?: number;
  /** The fetch implementation to use (default: the global fetch). */
  fetcher?: typeof fetch;
};

/** Options of one call. */
export type RequestOptions = {
  /** Retries for this call, overriding the client's retryConfig. */
  retries?: RetryConfig;
  /** Timeout of this call in milliseconds, overriding the client's timeoutMs. */
  timeoutMs?: number;
  /** Passed to fetch: extra headers, a signal... (not method nor body). */
  fetchOptions?: Omit<RequestInit, "method" | "body">;
};

/** What the standalone functions return on failure. */
export type APIError =
  | SDKError
  | ResponseValidationError
  | ConnectionError
  | RequestTimeoutError
  | RequestAbortedError
  | InvalidRequestError;

/** The response of an operation. */
export type APIResponse<T> = {
  /** HTTP response content type for this operation. */
  contentType: string;
  /** HTTP response status code for this operation. */
  statusCode: number;
  /** Raw HTTP response; suitable for custom response parsing. */
  rawResponse: Response;
  /** The parsed body, if the operation declares one. */
  object?: T | undefined;
};

/**
 * An argument of an operation, as the generator writes it:
 * `[wireName, location, modifiers, leaf]`, location "path" | "query" |
 * "header" | "json" | "multipart" (the last two: the request body).
 */
export type Arg = readonly [string, string, string, Leaf];

/** An operation, as the generator writes it. */
export type OperationSpec = {
  method: string;
  path: string;
  args: readonly Arg[];
  response: readonly [string, Leaf] | undefined;
  secured: boolean;
  /**
   * Operations beyond JSON bodies and one bearer token (parameter styles,
   * other media types and security schemes): their request is built and their
   * response read by lib/wire.ts, which SDKs whose spec needs it contain.
   */
  wire?: Wire;
};

/** A request built by lib/wire.ts, and the secrets it holds. */
export type Prepared = {
  url: URL;
  body: BodyInit | undefined;
  secrets: readonly string[];
};

/** How lib/wire.ts plugs into invoke. */
export type Wire = {
  request(
    client: ClientCore,
    op: OperationSpec,
    values: readonly unknown[],
    options: (RequestOptions & { contentType?: string }) | undefined,
    headers: Headers,
  ): Promise<Result<Prepared, APIError>>;
  response(
    response: Response,
    prepared: Prepared,
  ): Promise<Result<APIResponse<unknown>, APIError>>;
};

/**
 * The state every client shares: options, and the credential kept out of
 * sight (it never shows when a client is logged or inspected).
 */
export class ClientCore {
  readonly #auth: SDKOptions["bearerAuth"];
  readonly _serverURL: string;
  readonly _retryConfig: RetryConfig | undefined;
  readonly _timeoutMs: number | undefined;
  readonly _fetch: typeof fetch;
  readonly _userAgent: string;

  constructor(options: SDKOptions, serverURL: string, userAgent: string) {
    this.#auth = options.bearerAuth;
    this._serverURL = (options.serverURL ?? serverURL).replace(/\/+$/, "");
    this._retryConfig = options.retryConfig;
    this._timeoutMs = options.timeoutMs;
    this._fetch = options.fetcher ?? ((input, init) => fetch(input, init));
    this._userAgent = userAgent;
  }

  /** The bearer token, resolved; undefined when the client has none. */
  async _token(): Promise<string | undefined> {
    const auth = this.#auth;
    return typeof auth === "function" ? await auth() : auth;
  }
}

function scalar(v: unknown): string {
  if (v instanceof Date) {
    return v.toISOString();
  }
  return typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
}

function buildURL(
  client: ClientCore,
  op: OperationSpec,
  values: readonly unknown[],
): URL {
  let path = op.path;
  const query = new URLSearchParams();
  op.args.forEach(([wire, where], i) => {
    const v = values[i];
    if (where === "path") {
      path = path.replace(`{${wire}}`, encodeURIComponent(scalar(v)));
    } else if (where === "query" && v !== undefined && v !== null) {
      for (const item of Array.isArray(v) ? v : [v]) {
        query.append(wire, scalar(item));
      }
    }
  });
  const url = new URL(client._serverURL + path);
  const search = query.toString();
  if (search) {
    url.search = search;
  }
  return url;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Sends one operation and turns its outcome into a result: a response with a
 * checked body, or an error value (never a throw).
 */
export async function invoke<T>(
  client: ClientCore,
  op: OperationSpec,
  values: readonly unknown[],
  options?: RequestOptions,
): Promise<Result<APIResponse<T>, APIError>> {
  let token: string | undefined;
  let url: URL;
  const headers = new Headers(options?.fetchOptions?.headers);
  let body: BodyInit | undefined;
  let prepared: Prepared | undefined;
  try {
    if (op.wire) {
      const p = await op.wire.request(client, op, values, options, headers);
      if (!p.ok) {
        return p;
      }
      prepared = p.value;
    }
  } catch (e) {
    return ERR(new InvalidRequestError(describe(e), { cause: e }));
  }
  try {
    if (prepared) {
      url = prepared.url;
      body = prepared.body;
    } else {
      token = op.secured ? await client._token() : undefined;
      url = buildURL(client, op, values);
    }
    // fetch cannot send a body with GET or HEAD: a spec that declares one is not followed
    const bodyless = op.method === "GET" || op.method === "HEAD";
    op.args.forEach(([wire, where, mods, leaf], i) => {
      const v = values[i];
      if (
        prepared ||
        (bodyless && (where === "json" || where === "multipart"))
      ) {
        return;
      }
      if (where === "header" && v !== undefined && v !== null) {
        headers.set(wire, scalar(v));
      } else if (where === "json" && v !== undefined) {
        body = JSON.stringify(encode(mods.slice(1), leaf, v));
        headers.set("content-type", "application/json");
      } else if (where === "multipart" && v !== undefined && v !== null) {
        body = toFormData(leaf as () => Fields, v as Record<string, unknown>);
      }
    });
  } catch (e) {
    return ERR(new InvalidRequestError(describe(e), { cause: e }));
  }
  if (!headers.has("accept")) {
    headers.set("accept", "application/json");
  }
  headers.set("user-agent", client._userAgent);
  if (token) {
    headers.set("authorization", `Bearer ${token}`);
  }
  const timeoutMs = options?.timeoutMs ?? client._timeoutMs;
  const userSignal = options?.fetchOptions?.signal;

  const attempt = async (): Promise<Attempt> => {
    const signals: AbortSignal[] = [];
    if (userSignal) signals.push(userSignal);
    if (timeoutMs !== undefined && timeoutMs >= 0) {
      signals.push(AbortSignal.timeout(timeoutMs));
    }
    const init: RequestInit = {
      ...options?.fetchOptions,
      method: op.method,
      headers,
      body,
      signal: signals.length ? AbortSignal.any(signals) : null,
    };
    try {
      return { response: await client._fetch(url.href, init) };
    } catch (e) {
      if (userSignal?.aborted) {
        const err = new RequestAbortedError("the request was aborted", {
          cause: e,
        });
        return { error: err, retryable: false };
      }
      const name = e instanceof Error ? e.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        const err = new RequestTimeoutError(
          `the request timed out after ${timeoutMs} ms`,
          { cause: e },
        );
        return { error: err, retryable: true };
      }
      const err = new ConnectionError(`unable to make the request`, {
        cause: e,
      });
      return { error: err, retryable: true };
    }
  };

  const outcome = await retry(
    attempt,
    options?.retries ?? client._retryConfig,
    userSignal,
  );
  if (outcome.response === undefined) {
    return ERR(outcome.error as APIError);
  }
  const response = outcome.response;
  if (prepared && op.wire) {
    return (await op.wire.response(response, prepared)) as Result<
      APIResponse<T>,
      APIError
    >;
  }
  const contentType = response.headers.get("content-type") ?? "";
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    return ERR(new ConnectionError("the response broke off", { cause: e }));
  }
  if (response.status < 200 || response.status >= 300) {
    return ERR(new SDKError("API error occurred", response, text, token));
  }
  const result: APIResponse<T> = {
    contentType,
    statusCode: response.status,
    rawResponse: response,
  };
  if (op.response === undefined || text === "") {
    return OK(result);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const err = new ResponseValidationError(
      `the body is not JSON (${describe(e)})`,
      response,
      text,
      text,
      token,
    );
    return ERR(err);
  }
  try {
    result.object = decode(op.response[0], op.response[1], raw, "") as T;
  } catch (e) {
    if (e instanceof ShapeError) {
      const err = new ResponseValidationError(
        e.message,
        response,
        text,
        raw,
        token,
      );
      return ERR(err);
    }
    throw e;
  }
  return OK(result);
}
