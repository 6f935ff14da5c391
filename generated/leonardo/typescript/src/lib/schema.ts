/**
 * Shapes of request and response bodies, written by the generator as plain data
 * and read here: requests are re-keyed from TypeScript names to the spec's wire
 * names, responses are checked against the spec and re-keyed back.
 *
 * A field is `[name, wireName, modifiers, leaf, default?]`:
 * - modifiers: "r" (required) or "o" (optional), then, from the outside in,
 *   "n" (may be null), "a" (an array of), "m" (a map of);
 * - leaf: "string" | "integer" | "number" | "boolean" | "any" | "binary", a
 *   function returning the fields of a model or the values of an enum, or a list
 *   of leaves (a union: the first member a value matches).
 */

export type Leaf =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "any"
  | "binary"
  | (() => Fields)
  | (() => Values)
  | readonly Leaf[];
export type Field =
  | readonly [string, string, string, Leaf]
  | readonly [string, string, string, Leaf, unknown];
export type Fields = readonly Field[];
export type Values = readonly (string | number)[];
/** An object with keys the spec does not name (additionalProperties). */
export type Dict<T> = { [key: string]: T };

type Model = {
  enum: false;
  fields: Fields;
  byName: Map<string, Field>;
  byWire: Map<string, Field>;
};
type Enum = { enum: true; type: string };

const shapes = new WeakMap<() => Fields | Values, Model | Enum>();

/** The model or enum a shape function describes, read once and kept. */
function shape(leaf: () => Fields | Values): Model | Enum {
  let s = shapes.get(leaf);
  if (s === undefined) {
    const out = leaf();
    if (out.length > 0 && !Array.isArray(out[0])) {
      s = { enum: true, type: typeof out[0] };
    } else {
      const fields = out as Fields;
      s = {
        enum: false,
        fields,
        byName: new Map(fields.map((f) => [f[0], f])),
        byWire: new Map(fields.map((f) => [f[1], f])),
      };
    }
    shapes.set(leaf, s);
  }
  return s;
}

function model(leaf: () => Fields): Model {
  return shape(leaf) as Model;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A value as the API expects it: wire names, defaults of required fields. */
export function encode(mods: string, leaf: Leaf, value: unknown): unknown {
  if (value === null || value === undefined) {
    return value;
  }
  const m = mods[0];
  if (m === "n") {
    return encode(mods.slice(1), leaf, value);
  }
  if (m === "a" && Array.isArray(value)) {
    const rest = mods.slice(1);
    return value.map((v) => encode(rest, leaf, v));
  }
  if (m === "m" && isRecord(value)) {
    const rest = mods.slice(1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = encode(rest, leaf, v);
    }
    return out;
  }
  if (Array.isArray(leaf)) {
    return encode("", pick(leaf as readonly Leaf[], value), value);
  }
  if (typeof leaf === "function" && isRecord(value) && !shape(leaf).enum) {
    return encodeObject(leaf as () => Fields, value);
  }
  return value;
}

export function encodeObject(
  leaf: () => Fields,
  value: Record<string, unknown>,
): Record<string, unknown> {
  const { fields, byName } = model(leaf);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = value[f[0]];
    if (v !== undefined) {
      out[f[1]] = encode(f[2].slice(1), f[3], v);
    } else if (f.length === 5 && f[2][0] === "r") {
      out[f[1]] = f[4];
    }
  }
  for (const [k, v] of Object.entries(value)) {
    if (!byName.has(k) && v !== undefined) {
      out[k] = v;
    }
  }
  return out;
}

/** The member of a union a request value is for: the model naming all its keys. */
function pick(members: readonly Leaf[], value: unknown): Leaf {
  if (isRecord(value)) {
    for (const m of members) {
      if (typeof m === "function" && !shape(m).enum) {
        const { byName } = model(m as () => Fields);
        if (Object.keys(value).every((k) => byName.has(k))) {
          return m;
        }
      }
    }
  }
  return "any";
}

/** A response value that does not match its shape. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/**
 * A response value checked against its shape and re-keyed with TypeScript
 * names. Extra fields are kept under their wire names and enum values the
 * spec does not list are kept as they are.
 */
export function decode(
  mods: string,
  leaf: Leaf,
  value: unknown,
  path: string,
): unknown {
  const m = mods[0];
  if (value === null) {
    if (m === "n" || leaf === "any") {
      return null;
    }
    throw new ShapeError(path, "expected a value, got null");
  }
  if (m === "n") {
    return decode(mods.slice(1), leaf, value, path);
  }
  if (m === "a") {
    if (!Array.isArray(value)) {
      throw new ShapeError(path, `expected an array, got ${kind(value)}`);
    }
    const rest = mods.slice(1);
    return value.map((v, i) => decode(rest, leaf, v, `${path}[${i}]`));
  }
  if (m === "m") {
    if (!isRecord(value)) {
      throw new ShapeError(path, `expected an object, got ${kind(value)}`);
    }
    const rest = mods.slice(1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = decode(rest, leaf, v, `${path}.${k}`);
    }
    return out;
  }
  if (Array.isArray(leaf)) {
    for (const member of leaf as readonly Leaf[]) {
      try {
        return decode("", member, value, path);
      } catch (e) {
        if (!(e instanceof ShapeError)) throw e;
      }
    }
    throw new ShapeError(path, "matches no member of the union");
  }
  switch (leaf) {
    case "any":
      return value;
    case "string":
    case "binary":
      if (typeof value !== "string") {
        throw new ShapeError(path, `expected a string, got ${kind(value)}`);
      }
      return value;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw new ShapeError(path, `expected an integer, got ${kind(value)}`);
      }
      return value;
    case "number":
      if (typeof value !== "number") {
        throw new ShapeError(path, `expected a number, got ${kind(value)}`);
      }
      return value;
    case "boolean":
      if (typeof value !== "boolean") {
        throw new ShapeError(path, `expected a boolean, got ${kind(value)}`);
      }
      return value;
  }
  const s = shape(leaf as () => Fields | Values);
  if (s.enum) {
    const expected = s.type;
    if (typeof value !== expected) {
      throw new ShapeError(path, `expected a ${expected}, got ${kind(value)}`);
    }
    return value;
  }
  return decodeObject(leaf as () => Fields, value, path);
}

function decodeObject(
  leaf: () => Fields,
  value: unknown,
  path: string,
): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new ShapeError(path, `expected an object, got ${kind(value)}`);
  }
  const { fields, byWire } = model(leaf);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = value[f[1]];
    const where = path ? `${path}.${f[1]}` : f[1];
    if (v === undefined) {
      if (f[2][0] === "r") {
        throw new ShapeError(where, "required field missing");
      }
      continue;
    }
    // null only where the spec says nullable: an optional field may be absent, not null
    out[f[0]] = decode(f[2].slice(1), f[3], v, where);
  }
  for (const [k, v] of Object.entries(value)) {
    if (!byWire.has(k) && !(k in out)) {
      out[k] = v;
    }
  }
  return out;
}

/** A request body as multipart form data: files as parts, the rest as text. */
export function toFormData(
  leaf: () => Fields,
  value: Record<string, unknown>,
): FormData {
  const form = new FormData();
  const wire = encodeObject(leaf, value);
  for (const [k, v] of Object.entries(wire)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === undefined || item === null) {
        continue;
      }
      if (item instanceof Blob) {
        const name = (item as { name?: unknown }).name;
        form.append(k, item, typeof name === "string" ? name : k);
      } else if (typeof item === "object") {
        form.append(k, JSON.stringify(item));
      } else {
        form.append(k, String(item));
      }
    }
  }
  return form;
}
