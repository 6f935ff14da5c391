/**
 * Exponential backoff parameters. All durations are in milliseconds.
 */
export type BackoffStrategy = {
  /** Wait before the first retry. */
  initialInterval: number;
  /** The longest wait between two attempts. */
  maxInterval: number;
  /** Each wait is the previous one times this. */
  exponent: number;
  /** No retry starts once this much time has passed since the first attempt. */
  maxElapsedTime: number;
};

/**
 * When and how to retry a request: `{ strategy: "none" }`, or
 * `{ strategy: "backoff", backoff?, retryConnectionErrors? }`, which retries
 * responses with status 429, 500, 502, 503 and 504 (honouring Retry-After) and,
 * when asked, connection errors (refused, reset, closed without an answer) and
 * read timeouts. No wait goes past the call's `timeoutMs` (see transport.ts).
 */
export type RetryConfig =
  | { strategy: "none" }
  | {
      strategy: "backoff";
      backoff?: BackoffStrategy;
      retryConnectionErrors?: boolean;
    };

export const DEFAULT_BACKOFF: BackoffStrategy = {
  initialInterval: 500,
  maxInterval: 60000,
  exponent: 1.5,
  maxElapsedTime: 3600000,
};

export const RETRYABLE_STATUS_CODES: ReadonlySet<number> = new Set([
  429, 500, 502, 503, 504,
]);

/**
 * The wait a Retry-After header asks for, in milliseconds (seconds or an
 * HTTP date), or undefined when there is none or it cannot be read.
 */
export function retryAfterMs(
  response: Response,
  now: number,
): number | undefined {
  const value = response.headers.get("retry-after");
  if (value === null || value.trim() === "") {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(Number(trimmed) * 1000);
  }
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - now);
}

/** The n-th wait (n = 0, 1, ...): between half and all of the capped interval. */
export function backoffMs(b: BackoffStrategy, n: number): number {
  const capped = Math.min(b.initialInterval * b.exponent ** n, b.maxInterval);
  return capped / 2 + (Math.random() * capped) / 2;
}
