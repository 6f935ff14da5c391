import { redact } from "./sdkerror.js";

/**
 * A success response whose body does not have the shape the spec gives it.
 * Unknown enum values and extra fields are accepted; a wrong type or a missing
 * required field is not.
 */
export class ResponseValidationError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** The response body, as text. */
  readonly body: string;
  /** The raw response, for custom handling. */
  readonly rawResponse: Response;
  /** The parsed body that failed validation. */
  readonly rawValue: unknown;

  constructor(
    message: string,
    rawResponse: Response,
    body: string,
    rawValue: unknown,
    credential?: string,
  ) {
    super(redact(`Response validation failed: ${message}`, credential));
    this.name = "ResponseValidationError";
    this.statusCode = rawResponse.status;
    this.body = body;
    this.rawResponse = rawResponse;
    this.rawValue = rawValue;
  }
}
