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
 * when asked, connection errors and timeouts.
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

/** What one attempt gave: a response, or an error thrown before one. */
export type Attempt =
  | { response: Response; error?: undefined }
  | { response?: undefined; error: unknown; retryable: boolean };

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

function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Runs `attempt` until it gives a response that is not retryable, an error
 * that is not retryable, or the strategy's time is up; returns the last outcome.
 */
export async function retry(
  attempt: () => Promise<Attempt>,
  config: RetryConfig | undefined,
  signal?: AbortSignal | null,
): Promise<Attempt> {
  if (!config || config.strategy !== "backoff") {
    return attempt();
  }
  const backoff = config.backoff ?? DEFAULT_BACKOFF;
  const start = Date.now();
  for (let n = 0; ; n++) {
    const outcome = await attempt();
    let wait: number;
    if (outcome.response !== undefined) {
      if (!RETRYABLE_STATUS_CODES.has(outcome.response.status)) {
        return outcome;
      }
      wait =
        retryAfterMs(outcome.response, Date.now()) ?? backoffMs(backoff, n);
    } else {
      if (!outcome.retryable || !config.retryConnectionErrors) {
        return outcome;
      }
      wait = backoffMs(backoff, n);
    }
    const elapsed = Date.now() - start;
    if (elapsed + wait > backoff.maxElapsedTime || signal?.aborted) {
      return outcome;
    }
    if (outcome.response !== undefined) {
      await outcome.response.body?.cancel().catch(() => undefined);
    }
    await sleep(wait, signal);
    if (signal?.aborted) {
      return outcome;
    }
  }
}
