/**
 * An HTTP response whose status the operation does not declare as a success
 * (4xx and 5xx). The message holds the status, the content type and the body,
 * never a credential.
 */
export class SDKError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Content type of the response. */
  readonly contentType: string;
  /** The response body, as text. */
  readonly body: string;
  /** The raw response, for custom handling. */
  readonly rawResponse: Response;

  constructor(
    message: string,
    rawResponse: Response,
    body: string = "",
    credential?: string,
  ) {
    const statusCode = rawResponse.status;
    const contentType = rawResponse.headers.get("content-type") || "";
    let text = `${message}: Status ${statusCode}`;
    if (contentType) {
      text += ` Content-Type ${JSON.stringify(contentType)}`;
    }
    if (body) {
      text += ` Body ${body}`;
    }
    super(redact(text, credential));
    this.name = "SDKError";
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.body = body;
    this.rawResponse = rawResponse;
  }
}

/**
 * A credential never shows in an error message, even when a server echoes it.
 */
export function redact(text: string, credential?: string): string {
  if (!credential) {
    return text;
  }
  return text.split(credential).join("[REDACTED]");
}
