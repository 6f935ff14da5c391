/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The type of request for the Canvas Editor.
 */
export type CanvasRequestType =
  | "INPAINT"
  | "OUTPAINT"
  | "SKETCH2IMG"
  | "IMG2IMG"
  | (string & {});

export function CanvasRequestType$(): Values {
  return ["INPAINT", "OUTPAINT", "SKETCH2IMG", "IMG2IMG"];
}
