/**
 * Operations beyond JSON bodies and one bearer token, on the wire: parameters
 * serialised per OpenAPI `style`/`explode`, form, multipart, binary and text
 * bodies (JSON by default when a body has several media types), every security
 * scheme (lib/security.ts), several success statuses, binary responses as a
 * stream, text and XML as a string, and a typed error for each error status
 * an operation documents.
 *
 * An argument of such an operation is `[wireName, location, modifiers, leaf]`
 * with location "<in> <style>" ("*" after the style: explode), e.g.
 * "query deepObject*", "path label", "header simple", "cookie form*", or
 * "body".
 */
import { ErrorResponse } from "../sdk/models/errors/errorresponse.js";
import { ResponseValidationError } from "../sdk/models/errors/responsevalidationerror.js";
import { SDKError } from "../sdk/models/errors/sdkerror.js";
import { ERR, OK, type Result } from "../types/fp.js";
import type {
  APIError,
  APIResponse,
  ClientCore,
  OperationSpec,
  Prepared,
  RequestOptions,
  Wire,
} from "./http.js";
import {
  type Fields,
  type Leaf,
  ShapeError,
  decode,
  encode,
  toFormData,
} from "./schema.js";
import { SecuredCore, redactAll } from "./security.js";

/**
 * A media type of a request body or a response:
 * `[contentType or status, kind, modifiers, leaf]`, kind "json", "form",
 * "multipart", "text", "binary" ("" for a response without content).
 */
export type Media = readonly [string, string, string, Leaf];

export type WireSpec = {
  /** Alternatives (OR) of scheme option names (AND); [] = no security. */
  security: readonly (readonly string[])[];
  /** The media types of the request body, the default first. */
  media: readonly Media[];
  /** By status ("200", "2XX", "404", "default"), in the spec's order. */
  responses: readonly Media[];
  /** The Accept header: the success media types. */
  accept: string;
};

/** A scalar as it appears in a URL, a header or a form field. */
function text(v: unknown): string {
  if (v instanceof Date) {
    return v.toISOString();
  }
  if (typeof v === "object" && v !== null) {
    return JSON.stringify(v);
  }
  return String(v);
}

const enc = (v: unknown) => encodeURIComponent(text(v));

function entries(v: object): [string, unknown][] {
  return Object.entries(v).filter(([, x]) => x !== undefined && x !== null);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date)
  );
}

/** A path segment: simple `a,b`, label `.a.b`, matrix `;id=a,b`. */
export function pathValue(
  name: string,
  value: unknown,
  style: string,
  explode: boolean,
): string {
  const n = encodeURIComponent(name);
  if (style === "json") {
    return encodeURIComponent(JSON.stringify(value));
  }
  if (isObject(value)) {
    const pairs = entries(value);
    if (style === "matrix") {
      if (explode) {
        return pairs.map(([k, v]) => `;${enc(k)}=${enc(v)}`).join("");
      }
      return `;${n}=` + pairs.map(([k, v]) => `${enc(k)},${enc(v)}`).join(",");
    }
    const sep = style === "label" && explode ? "." : ",";
    const body = pairs
      .map(([k, v]) =>
        explode ? `${enc(k)}=${enc(v)}` : `${enc(k)},${enc(v)}`,
      )
      .join(sep);
    return style === "label" ? "." + body : body;
  }
  if (Array.isArray(value)) {
    if (style === "matrix") {
      if (explode) {
        return value.map((v) => `;${n}=${enc(v)}`).join("");
      }
      return `;${n}=` + value.map(enc).join(",");
    }
    if (style === "label") {
      return "." + value.map(enc).join(explode ? "." : ",");
    }
    return value.map(enc).join(",");
  }
  if (style === "matrix") {
    return `;${n}=${enc(value)}`;
  }
  return (style === "label" ? "." : "") + enc(value);
}

/** The `name=value` pieces of a query parameter, URL-encoded. */
export function queryPairs(
  name: string,
  value: unknown,
  style: string,
  explode: boolean,
): string[] {
  const n = encodeURIComponent(name);
  if (value === undefined || value === null) {
    return [];
  }
  if (style === "json") {
    return [`${n}=${encodeURIComponent(JSON.stringify(value))}`];
  }
  if (style === "deepObject") {
    return deep(n, value);
  }
  if (isObject(value)) {
    const pairs = entries(value);
    if (explode) {
      return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`);
    }
    return [`${n}=` + pairs.map(([k, v]) => `${enc(k)},${enc(v)}`).join(",")];
  }
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined && v !== null).map(enc);
    if (!explode && style === "spaceDelimited") {
      return [`${n}=${items.join("%20")}`];
    }
    if (!explode && style === "pipeDelimited") {
      return [`${n}=${items.join("|")}`];
    }
    if (explode) {
      return items.map((v) => `${n}=${v}`);
    }
    return [`${n}=${items.join(",")}`];
  }
  return [`${n}=${enc(value)}`];
}

function deep(prefix: string, value: unknown): string[] {
  if (isObject(value)) {
    return entries(value).flatMap(([k, v]) => deep(`${prefix}[${enc(k)}]`, v));
  }
  if (Array.isArray(value)) {
    return value
      .filter((v) => v !== undefined && v !== null)
      .map((v) => `${prefix}=${enc(v)}`);
  }
  return [`${prefix}=${enc(value)}`];
}

/** A header value (style simple): `a,b`; an object `k,v` (`k=v` exploded). */
export function headerValue(
  value: unknown,
  explode: boolean,
  style: string,
): string {
  if (style === "json") {
    return JSON.stringify(value);
  }
  if (isObject(value)) {
    return entries(value)
      .map(([k, v]) => (explode ? `${k}=${text(v)}` : `${k},${text(v)}`))
      .join(",");
  }
  if (Array.isArray(value)) {
    return value.map(text).join(",");
  }
  return text(value);
}

/** application/x-www-form-urlencoded: a list repeats its key. */
function formBody(value: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [k, v] of entries(value)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item !== undefined && item !== null) {
        form.append(k, text(item));
      }
    }
  }
  return form.toString();
}

function binaryBody(value: unknown, contentType: string): BodyInit {
  if (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    value instanceof Uint8Array ||
    typeof value === "string"
  ) {
    return value;
  }
  throw new TypeError(
    `a ${contentType} body must be a Blob, an ArrayBuffer, a Uint8Array or a string`,
  );
}

function specific(contentType: string): boolean {
  return !contentType.includes("*");
}

async function prepare(
  spec: WireSpec,
  client: ClientCore,
  op: OperationSpec,
  values: readonly unknown[],
  options: (RequestOptions & { contentType?: string }) | undefined,
  headers: Headers,
): Promise<Result<Prepared, APIError>> {
  let path = op.path;
  const query: string[] = [];
  const cookies: string[] = [];
  let body: BodyInit | undefined;
  op.args.forEach(([wire, location, mods, leaf], i) => {
    const v = values[i];
    if (v === undefined || (v === null && location !== "body")) {
      return;
    }
    const [where, style = ""] = location.split(" ");
    const explode = style.endsWith("*");
    const how = explode ? style.slice(0, -1) : style;
    const value = where === "body" ? v : encode(mods.slice(1), leaf, v);
    if (where === "path") {
      path = path.replace(`{${wire}}`, pathValue(wire, value, how, explode));
    } else if (where === "query") {
      query.push(...queryPairs(wire, value, how, explode));
    } else if (where === "header") {
      headers.set(wire, headerValue(value, explode, how));
    } else if (where === "cookie") {
      const pairs =
        isObject(value) && explode ? entries(value) : [[wire, value]];
      for (const [k, x] of pairs) {
        const t = Array.isArray(x) ? x.map(text).join(",") : text(x);
        cookies.push(`${k}=${encodeURIComponent(t)}`);
      }
    } else if (where === "body") {
      body = requestBody(spec, value, options?.contentType, headers);
    }
  });
  const url = new URL(client._serverURL + path);
  if (query.length) {
    url.search = query.join("&");
  }
  let secrets: readonly string[] = [];
  if (spec.security.length && client instanceof SecuredCore) {
    const auth = await client._authorize(spec.security, url, headers, cookies);
    if (!auth.ok) {
      return auth;
    }
    secrets = auth.value;
  }
  if (cookies.length) {
    const given = headers.get("cookie");
    headers.set("cookie", [...(given ? [given] : []), ...cookies].join("; "));
  }
  if (!headers.has("accept")) {
    headers.set("accept", spec.accept);
  }
  return OK({ url, body, secrets });
}

function requestBody(
  spec: WireSpec,
  value: unknown,
  contentType: string | undefined,
  headers: Headers,
): BodyInit | undefined {
  const media =
    contentType === undefined
      ? spec.media[0]
      : spec.media.find(([ct]) => ct === contentType);
  if (media === undefined) {
    const known = spec.media.map(([ct]) => ct).join(", ");
    throw new TypeError(`content type ${contentType} is not one of ${known}`);
  }
  const [ct, kind, mods, leaf] = media;
  if (value === null && kind !== "json") {
    return undefined;
  }
  if (kind === "multipart") {
    // fetch writes the content type with its boundary
    return toFormData(leaf as () => Fields, value as Record<string, unknown>);
  }
  let out: BodyInit;
  let header = ct;
  if (kind === "json") {
    out = JSON.stringify(encode(mods.slice(1), leaf, value));
  } else if (kind === "form") {
    out = formBody(
      encode(mods.slice(1), leaf, value) as Record<string, unknown>,
    );
  } else if (kind === "text") {
    out = text(value);
  } else {
    out = binaryBody(value, ct);
    if (!specific(ct)) {
      header =
        (value instanceof Blob && value.type) || "application/octet-stream";
    }
  }
  headers.set("content-type", header);
  return out;
}

/** The documented outcome of a status: exact, then "4XX"-like, then default. */
function outcome(spec: WireSpec, status: number): Media | undefined {
  const s = String(status);
  return (
    spec.responses.find(([st]) => st === s) ??
    spec.responses.find(([st]) => st.toUpperCase() === `${s[0]}XX`) ??
    (status >= 200 && status < 300
      ? undefined
      : spec.responses.find(([st]) => st === "default"))
  );
}

type Parsed = { value: unknown } | { error: string; raw: unknown };

function parse(kind: string, mods: string, leaf: Leaf, text: string): Parsed {
  if (kind !== "json") {
    return { value: text };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // not the parser's message: it quotes the body
    return {
      error: `the body is not valid JSON (${text.length} characters)`,
      raw: text,
    };
  }
  try {
    return { value: decode(mods, leaf, raw, "") };
  } catch (e) {
    if (e instanceof ShapeError) {
      return { error: e.message, raw };
    }
    throw e;
  }
}

/** A success whose documented content is binary: its body is the caller's to read. */
function streams(spec: WireSpec, status: number): boolean {
  return (
    status >= 200 && status < 300 && outcome(spec, status)?.[1] === "binary"
  );
}

async function read(
  spec: WireSpec,
  response: Response,
  prepared: Prepared,
  body: string,
): Promise<Result<APIResponse<unknown>, APIError>> {
  const secrets = prepared.secrets;
  const documented = outcome(spec, response.status);
  const ok = response.status >= 200 && response.status < 300;
  const result: APIResponse<unknown> = {
    contentType: response.headers.get("content-type") ?? "",
    statusCode: response.status,
    rawResponse: response,
  };
  if (streams(spec, response.status)) {
    // streamed: the caller reads (or cancels) it; the transport left it unread
    result.object = response.body ?? undefined;
    return OK(result);
  }
  if (!ok) {
    if (documented && documented[1] && body !== "") {
      const [status, kind, mods, leaf] = documented;
      const parsed = parse(kind, mods, leaf, body);
      if ("value" in parsed) {
        const err = new ErrorResponse(status, parsed.value, response, body);
        return ERR(redactAll(err, secrets));
      }
    }
    const err = new SDKError("API error occurred", response, body);
    return ERR(redactAll(err, secrets));
  }
  if (documented === undefined || !documented[1] || body === "") {
    return OK(result);
  }
  const [, kind, mods, leaf] = documented;
  const parsed = parse(kind, mods, leaf, body);
  if ("error" in parsed) {
    const err = new ResponseValidationError(
      parsed.error,
      response,
      body,
      parsed.raw,
    );
    return ERR(redactAll(err, secrets));
  }
  result.object = parsed.value;
  return OK(result);
}

/** The request and response handling of one operation. */
export function wire(spec: WireSpec): Wire {
  return {
    request: (client, op, values, options, headers) =>
      prepare(spec, client, op, values, options, headers),
    streams: (status) => streams(spec, status),
    response: (response, prepared, body) =>
      read(spec, response, prepared, body),
  };
}
