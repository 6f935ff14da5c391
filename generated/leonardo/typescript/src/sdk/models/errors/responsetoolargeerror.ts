import { hide } from "./sdkerror.js";

/**
 * A response body larger than `maxResponseBytes`, counted once decompressed: the
 * read stops there (a small compressed body never expands in memory).
 */
export class ResponseTooLargeError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Content type of the response. */
  readonly contentType: string;
  /** The cap that was exceeded, in bytes. */
  readonly maxResponseBytes: number;
  /** The raw response (its body already cancelled). */
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
