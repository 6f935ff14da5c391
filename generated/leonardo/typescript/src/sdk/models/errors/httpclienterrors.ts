import { hide } from "./sdkerror.js";

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

/**
 * A response body larger than `maxResponseBytes`, counted once decompressed:
 * the read stops there (a small compressed body never expands in memory).
 */
export class ResponseTooLargeError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Content type of the response. */
  readonly contentType: string;
  /** The cap that was exceeded, in bytes. */
  readonly maxResponseBytes: number;
  /** The raw response (its body cancelled; not shown when the error is logged). */
  declare readonly rawResponse: Response;

  constructor(rawResponse: Response, maxResponseBytes: number) {
    const bytes = String(maxResponseBytes).replace(
      /\B(?=(\d{3})+(?!\d))/g,
      ",",
    );
    super(
      `the response body is larger than maxResponseBytes (${bytes} bytes, decompressed)`,
    );
    this.name = "ResponseTooLargeError";
    this.statusCode = rawResponse.status;
    this.contentType = rawResponse.headers.get("content-type") || "";
    this.maxResponseBytes = maxResponseBytes;
    hide(this, "rawResponse", rawResponse);
  }
}
