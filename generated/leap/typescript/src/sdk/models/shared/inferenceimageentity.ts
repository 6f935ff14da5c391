/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface InferenceImageEntity {
  id: string;
  createdAt: string;
  uri: string;
}

export function InferenceImageEntity$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["createdAt", "createdAt", "r", "string"],
    ["uri", "uri", "r", "string"],
  ];
}
