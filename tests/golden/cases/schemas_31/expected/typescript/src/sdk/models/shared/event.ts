/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Event {
  id?: string | null;
  kind: "click";
  count?: number | string;
  when?: string | null;
  nothing?: any;
}

export function Event$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["kind", "kind", "r", "any"],
    ["count", "count", "o", ["integer", "string"]],
    ["when", "when", "on", "string"],
    ["nothing", "nothing", "on", "any"],
  ];
}
