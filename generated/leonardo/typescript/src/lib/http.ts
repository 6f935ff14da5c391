import {
  ConnectionError,
  InvalidRequestError,
  RequestAbortedError,
  RequestTimeoutError,
  type ResponseTooLargeError,
} from "../sdk/models/errors/httpclienterrors.js";
import { ResponseValidationError } from "../sdk/models/errors/responsevalidationerror.js";
import { SDKError } from "../sdk/models/errors/sdkerror.js";
import { ERR, OK, type Result } from "../types/fp.js";
import type { RetryConfig } from "./retries.js";
import {
  type Fields,
  type Leaf,
  ShapeError,
  decode,
  encode,
  toFormData,
} from "./schema.js";
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_READ_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  send,
} from "./transport.js";

/** Options of a client, shared by all its operations. */
export type SDKOptions = {
  /** The bearer token sent with every secured request. */
  bearerAuth?: string | (() => Promise<string>);
  /** Overrides the server the spec names. */
  serverURL?: string;
  /** The retry policy of every request, unless a call gives its own. */
  retryConfig?: RetryConfig;
  /**
   * The total time a call may take, in milliseconds, retries and the waits
   * between them included (default 60000; `Infinity`: no limit).
   */
  timeoutMs?: number;
  /**
   * The longest wait, in milliseconds, for the response head or for the next
   * bytes of its body (default 30000; `Infinity`: no limit).
   */
  readTimeoutMs?: number;
  /**
   * The most bytes a response body may have once decompressed (default
   * 67108864, 64 MiB); past it the read stops with a ResponseTooLargeError.
   */
  maxResponseBytes?: number;
  /** The fetch implementation to use (default: the global fetch). */
  fetcher?: typeof fetch;
};

/** Options of one call. */
export type RequestOptions = {
  /** Retries for this call, overriding the client's retryConfig. */
  retries?: RetryConfig;
  /** Total time of this call in milliseconds, overriding the client's timeoutMs. */
  timeoutMs?: number;
  /** Read timeout of this call in milliseconds, overriding the client's. */
  readTimeoutMs?: number;
  /** Size cap of this call's response, overriding the client's. */
  maxResponseBytes?: number;
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
  | InvalidRequestError
  | ResponseTooLargeError;

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
  /** Whether a response with this status is streamed to the caller (unread). */
  streams(status: number): boolean;
  /** The outcome of a response, its body read by the transport ("" if streamed). */
  response(
    response: Response,
    prepared: Prepared,
    body: string,
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
  readonly _timeoutMs: number;
  readonly _readTimeoutMs: number;
  readonly _maxResponseBytes: number;
  readonly _fetch: typeof fetch;
  readonly _userAgent: string;

  constructor(options: SDKOptions, serverURL: string, userAgent: string) {
    this.#auth = options.bearerAuth;
    this._serverURL = (options.serverURL ?? serverURL).replace(/\/+$/, "");
    this._retryConfig = options.retryConfig;
    this._timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this._readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    this._maxResponseBytes =
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
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

/** application/json, or any type whose suffix is +json. */
function isJSON(contentType: string): boolean {
  const type = contentType.split(";", 1)[0]!.trim().toLowerCase();
  return type === "application/json" || type.endsWith("+json");
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
  const init: RequestInit = {
    ...options?.fetchOptions,
    method: op.method,
    headers,
    body,
  };
  const limits = {
    timeoutMs: options?.timeoutMs ?? client._timeoutMs,
    readTimeoutMs: options?.readTimeoutMs ?? client._readTimeoutMs,
    maxResponseBytes: options?.maxResponseBytes ?? client._maxResponseBytes,
  };
  const sent = await send(
    client._fetch,
    url.href,
    init,
    options?.retries ?? client._retryConfig,
    limits,
    options?.fetchOptions?.signal,
    // a streamed download is left for the caller to read
    op.wire ? (r: Response) => !op.wire!.streams(r.status) : true,
  );
  if (!sent.ok) {
    return ERR(sent.error);
  }
  const { response, body: text } = sent.value;
  if (prepared && op.wire) {
    return (await op.wire.response(response, prepared, text)) as Result<
      APIResponse<T>,
      APIError
    >;
  }
  const contentType = response.headers.get("content-type") ?? "";
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
  if (contentType !== "" && !isJSON(contentType)) {
    const err = new SDKError(
      "Unexpected response content type",
      response,
      text,
      token,
    );
    return ERR(err);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // not the parser's message: it quotes the body
    const err = new ResponseValidationError(
      `the body is not valid JSON (${text.length} characters)`,
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
