/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { Book$, type Book } from "./book.js";

export interface Author {
  name?: string;
  books?: Array<Book>;
}

export function Author$(): Fields {
  return [
    ["name", "name", "o", "string"],
    ["books", "books", "oa", Book$],
  ];
}
