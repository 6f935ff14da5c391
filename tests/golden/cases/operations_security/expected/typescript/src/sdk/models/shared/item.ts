/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Item {
  name: string;
  size?: number;
  tags?: Array<string>;
}

export function Item$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["size", "size", "o", "integer"],
    ["tags", "tags", "oa", "string"],
  ];
}
