/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { Author$, type Author } from "./author.js";

export interface Book {
  title?: string;
  author?: Author;
}

export function Book$(): Fields {
  return [
    ["title", "title", "o", "string"],
    ["author", "author", "o", Author$],
  ];
}
