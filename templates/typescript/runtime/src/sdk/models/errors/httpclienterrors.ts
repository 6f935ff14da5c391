/**
 * Errors raised before any response is received.
 */
export class HTTPClientError extends Error {
  /** The underlying cause, if any. */
  declare readonly cause: unknown;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "HTTPClientError";
  }
}

/** The server could not be reached, or the connection broke. */
export class ConnectionError extends HTTPClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConnectionError";
  }
}

/** The request took longer than its `timeoutMs`. */
export class RequestTimeoutError extends HTTPClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RequestTimeoutError";
  }
}

/** The caller aborted the request through its own AbortSignal. */
export class RequestAbortedError extends HTTPClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RequestAbortedError";
  }
}

/** The arguments could not be turned into a request. */
export class InvalidRequestError extends HTTPClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InvalidRequestError";
  }
}
