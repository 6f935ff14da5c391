/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * Type indicating whether the init image is uploaded or generated.
 */
export type ControlnetInputInitImageType =
  | "GENERATED"
  | "UPLOADED"
  | (string & {});

export function ControlnetInputInitImageType$(): Values {
  return ["GENERATED", "UPLOADED"];
}
