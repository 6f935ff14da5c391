import { SDKError } from "./sdkerror.js";

/**
 * An error response the operation documents: `status` is the documented
 * status it matched ("404", "4XX" or "default") and `data` its body, parsed
 * and checked as the spec describes it (a string for text and XML).
 */
export class ErrorResponse<
  S extends string = string,
  T = unknown,
> extends SDKError {
  /** The documented status this response matched. */
  readonly status: S;
  /** The parsed body. */
  readonly data: T;

  constructor(status: S, data: T, rawResponse: Response, body: string) {
    super("API error occurred", rawResponse, body);
    this.name = "ErrorResponse";
    this.status = status;
    this.data = data;
  }
}
