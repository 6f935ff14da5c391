import {
  ConnectionError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseTooLargeError,
} from "../sdk/models/errors/httpclienterrors.js";

import { ERR, OK, type Result } from "../types/fp.js";
import {
  type RetryConfig,
  DEFAULT_BACKOFF,
  RETRYABLE_STATUS_CODES,
  backoffMs,
  retryAfterMs,
} from "./retries.js";

/**
 * Sending one call: its attempts, the waits between them, and reading each
 * response body, within three limits.
 *
 * - `timeoutMs`: the total deadline of the call, every attempt and every wait
 *   between attempts included (RequestTimeoutError, not retried).
 * - `readTimeoutMs`: the longest silence, waiting for the response head or for
 *   the next piece of its body (RequestTimeoutError; retried like a connection
 *   error).
 * - `maxResponseBytes`: the most bytes a body may have once decompressed; the
 *   read stops as soon as it passes them (ResponseTooLargeError, not retried).
 *
 * `Infinity` turns a limit off. Retries (RetryConfig "backoff"): statuses 429,
 * 500, 502, 503, 504 and, with `retryConnectionErrors`, a refused or reset
 * connection, a server closing without answering (or in the middle of a body)
 * and a read timeout. A wait (backoff with jitter, or Retry-After) that would
 * end past the deadline or past `maxElapsedTime` is not taken: the last
 * outcome is returned. Nothing here logs, and no message holds a header.
 */

/** Total time of a call, in milliseconds, when neither client nor call sets one. */
export const DEFAULT_TIMEOUT_MS = 60000;
/** The longest wait for the response head or the next body bytes, in milliseconds. */
export const DEFAULT_READ_TIMEOUT_MS = 30000;
/** The most bytes a response body may have once decompressed (64 MiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export type Limits = {
  timeoutMs: number;
  readTimeoutMs: number;
  maxResponseBytes: number;
};

/**
 * A response and its whole body, read within the limits (or "" with the body
 * left unread, when `send` was asked not to read it).
 */
export type Received = { response: Response; body: string };

export type TransportError =
  | ConnectionError
  | RequestTimeoutError
  | RequestAbortedError
  | ResponseTooLargeError;

// why an attempt's controller was aborted
const DEADLINE = "deadline";
const IDLE = "idle";
const USER = "user";
const SIZE = "size";

// setTimeout takes at most 2^31 - 1 ms; a longer limit is no limit
const MAX_TIMER = 2147483647;

function timer(ms: number): number | undefined {
  return Number.isFinite(ms) && ms < MAX_TIMER ? Math.max(0, ms) : undefined;
}

const decoder = new TextDecoder();

function noop(): void {}

/** What one attempt gave. */
type Outcome =
  | { kind: "done"; received: Received; streamed: boolean }
  | { kind: "retry"; wait: number }
  | { kind: "error"; error: TransportError; retryable: boolean };

/**
 * Sends `init` to `url` (retrying as `config` says) and reads the body of the
 * response it keeps, unless `read` is false, or a function saying false for
 * that response (a body streamed to the caller: the limits then hold until
 * the response head). Never throws: a failure is an error value.
 */
export async function send(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  config: RetryConfig | undefined,
  limits: Limits,
  userSignal?: AbortSignal | null,
  read: boolean | ((response: Response) => boolean) = true,
): Promise<Result<Received, TransportError>> {
  const start = Date.now();
  const total = timer(limits.timeoutMs);
  const deadline = total === undefined ? Infinity : start + total;
  const backoff =
    config?.strategy === "backoff" ? (config.backoff ?? DEFAULT_BACKOFF) : null;
  const connectionErrors =
    config?.strategy === "backoff" && config.retryConnectionErrors === true;

  let current: AbortController | undefined;
  let wake: (() => void) | undefined;
  let expired = false;
  let streamed = false;
  const stop = (reason: string) => {
    current?.abort(reason);
    wake?.();
  };
  const deadlineTimer =
    total === undefined
      ? undefined
      : setTimeout(() => {
          expired = true;
          stop(DEADLINE);
        }, total);
  const onUserAbort = () => stop(USER);
  userSignal?.addEventListener("abort", onUserAbort);

  // the wait before attempt n + 1, or undefined when there is none to take
  const waitFor = (n: number, response?: Response): number | undefined => {
    if (backoff === null) {
      return undefined;
    }
    let wait: number;
    if (response !== undefined) {
      if (!RETRYABLE_STATUS_CODES.has(response.status)) {
        return undefined;
      }
      wait = retryAfterMs(response, Date.now()) ?? backoffMs(backoff, n);
    } else {
      if (!connectionErrors) {
        return undefined;
      }
      wait = backoffMs(backoff, n);
    }
    const now = Date.now();
    if (now - start + wait > backoff.maxElapsedTime || now + wait >= deadline) {
      return undefined;
    }
    return wait;
  };

  try {
    for (let n = 0; ; n++) {
      const controller = new AbortController();
      current = controller;
      if (userSignal?.aborted) {
        return ERR(aborted(userSignal.reason));
      }
      if (expired) {
        return ERR(timedOut(limits.timeoutMs));
      }
      const outcome = await attempt(
        fetcher,
        url,
        init,
        limits,
        controller,
        n,
        waitFor,
        read,
      );
      let wait: number | undefined;
      if (outcome.kind === "done") {
        streamed = outcome.streamed;
        return OK(outcome.received);
      } else if (outcome.kind === "retry") {
        wait = outcome.wait;
      } else {
        wait = outcome.retryable ? waitFor(n) : undefined;
        if (wait === undefined) {
          return ERR(outcome.error);
        }
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = undefined;
      if (userSignal?.aborted) {
        return ERR(aborted(userSignal.reason));
      }
    }
  } finally {
    clearTimeout(deadlineTimer);
    if (!streamed) {
      // a body left unread stays abortable through the caller's signal
      userSignal?.removeEventListener("abort", onUserAbort);
    }
  }
}

function aborted(cause: unknown): RequestAbortedError {
  return new RequestAbortedError("the request was aborted", { cause });
}

function timedOut(timeoutMs: number): RequestTimeoutError {
  return new RequestTimeoutError(
    `the call took longer than its timeoutMs (${timeoutMs} ms)`,
  );
}

/** The code of a network error (ECONNREFUSED, UND_ERR_SOCKET...), if any. */
function codeOf(e: unknown): string {
  for (let x = e, i = 0; x instanceof Error && i < 4; x = x.cause, i++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === "string") {
      return ` (${code})`;
    }
  }
  return "";
}

async function attempt(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  limits: Limits,
  controller: AbortController,
  n: number,
  waitFor: (n: number, response?: Response) => number | undefined,
  read: boolean | ((response: Response) => boolean),
): Promise<Outcome> {
  // the read timeout: one timer, moved on lazily when data came since it was set
  const idle = timer(limits.readTimeoutMs);
  let last = Date.now();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = last + (idle as number) - Date.now();
    if (left <= 0) {
      controller.abort(IDLE);
    } else {
      idleTimer = setTimeout(check, left);
    }
  };
  if (idle !== undefined) {
    idleTimer = setTimeout(check, idle);
  }
  let response: Response | undefined;
  try {
    response = await fetcher(url, { ...init, signal: controller.signal });
    last = Date.now();
    const wait = waitFor(n, response);
    if (wait !== undefined) {
      response.body?.cancel().catch(noop);
      return { kind: "retry", wait };
    }
    if (read === false || (read !== true && !read(response))) {
      return { kind: "done", received: { response, body: "" }, streamed: true };
    }
    const body = await readBody(response, limits.maxResponseBytes, () => {
      last = Date.now();
    });
    if (body === undefined) {
      controller.abort(SIZE);
      const error = new ResponseTooLargeError(
        response,
        limits.maxResponseBytes,
      );
      return { kind: "error", error, retryable: false };
    }
    return { kind: "done", received: { response, body }, streamed: false };
  } catch (e) {
    const reason = controller.signal.aborted
      ? controller.signal.reason
      : undefined;
    if (reason === USER) {
      return { kind: "error", error: aborted(e), retryable: false };
    }
    if (reason === DEADLINE) {
      const error = timedOut(limits.timeoutMs);
      return { kind: "error", error, retryable: false };
    }
    if (reason === IDLE) {
      const error = new RequestTimeoutError(
        `no data came for readTimeoutMs (${limits.readTimeoutMs} ms)`,
        { cause: e },
      );
      return { kind: "error", error, retryable: true };
    }
    const error =
      response === undefined
        ? new ConnectionError(`unable to make the request${codeOf(e)}`, {
            cause: e,
          })
        : new ConnectionError(`the response broke off${codeOf(e)}`, {
            cause: e,
          });
    return { kind: "error", error, retryable: true };
  } finally {
    clearTimeout(idleTimer);
  }
}

/**
 * The body as text, read piece by piece; undefined (and the stream cancelled)
 * as soon as it has more than `max` bytes.
 */
async function readBody(
  response: Response,
  max: number,
  progress: () => void,
): Promise<string | undefined> {
  const stream = response.body;
  if (stream === null) {
    return "";
  }
  const declared = response.headers.get("content-length");
  if (
    declared !== null &&
    !response.headers.has("content-encoding") &&
    Number(declared) > max
  ) {
    stream.cancel().catch(noop);
    return undefined;
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(noop);
      return undefined;
    }
    chunks.push(value);
    progress();
  }
  if (chunks.length === 1) {
    return decoder.decode(chunks[0]);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return decoder.decode(all);
}
