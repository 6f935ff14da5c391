/**
 * An HTTP response whose status the operation does not declare as a success
 * (4xx and 5xx), or a success in a content type it does not declare. The
 * message holds the status, the content type and the start of the body (at
 * most `MESSAGE_BODY_CHARS` characters), never a credential; the whole body is
 * on `body`.
 */
export class SDKError extends Error {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Content type of the response. */
  readonly contentType: string;
  /** The whole response body, as text (not shown when the error is logged). */
  declare readonly body: string;
  /** The raw response, for custom handling (its body already read). */
  declare readonly rawResponse: Response;

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
      text += ` Body ${excerpt(body, credential)}`;
    }
    super(capMessage(redact(text, credential)));
    this.name = "SDKError";
    this.statusCode = statusCode;
    this.contentType = contentType;
    hide(this, "body", body);
    hide(this, "rawResponse", rawResponse);
  }
}

/** The most characters of a response body an error message quotes. */
export const MESSAGE_BODY_CHARS = 2000;

/** The most characters an error message has. */
export const MESSAGE_CHARS = MESSAGE_BODY_CHARS + 500;

/**
 * The start of a body for a message: at most `MESSAGE_BODY_CHARS`
 * characters, never cut in the middle of the credential (so that no part of
 * it shows once the message is redacted).
 */
export function excerpt(body: string, credential?: string): string {
  if (body.length <= MESSAGE_BODY_CHARS) {
    return body;
  }
  let cut = MESSAGE_BODY_CHARS;
  if (credential) {
    const from = Math.max(0, cut - credential.length + 1);
    const at = body.indexOf(credential, from);
    if (at !== -1 && at < cut) {
      cut = at;
    }
  }
  return `${body.slice(0, cut)}... (${body.length} characters in all, on .body)`;
}

/** A message cut to `MESSAGE_CHARS` characters. */
export function capMessage(text: string): string {
  return text.length <= MESSAGE_CHARS
    ? text
    : `${text.slice(0, MESSAGE_CHARS)}... (cut)`;
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

/**
 * Sets a read-only property that logging (`console.log`, `util.inspect`,
 * `JSON.stringify`) does not show: bodies and responses hold whatever a server
 * sent, an echoed credential included.
 */
export function hide<T extends object>(
  target: T,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: false,
    writable: false,
    configurable: true,
  });
}
