import { capMessage, hide, redact } from "./sdkerror.js";

/**
 * A success response whose body does not have the shape the spec gives it.
 * Unknown enum values and extra fields are accepted; a wrong type or a missing
 * required field is not.
 */
export class ResponseValidationError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** The whole response body, as text (not shown when the error is logged). */
  declare readonly body: string;
  /** The raw response, for custom handling (its body already read). */
  declare readonly rawResponse: Response;
  /** The parsed body that failed validation. */
  declare readonly rawValue: unknown;

  constructor(
    message: string,
    rawResponse: Response,
    body: string,
    rawValue: unknown,
    credential?: string,
  ) {
    const text = redact(`Response validation failed: ${message}`, credential);
    super(capMessage(text));
    this.name = "ResponseValidationError";
    this.statusCode = rawResponse.status;
    hide(this, "body", body);
    hide(this, "rawResponse", rawResponse);
    hide(this, "rawValue", rawValue);
  }
}
