/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface ModelV2Entity {
  id: string;
  name: string;
  createdAt: string;
  subjectKeyword: string;
  subjectType: string;
  status: string;
  imageSamples: Array<string>;
}

export function ModelV2Entity$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["name", "name", "r", "string"],
    ["createdAt", "createdAt", "r", "string"],
    ["subjectKeyword", "subjectKeyword", "r", "string"],
    ["subjectType", "subjectType", "r", "string"],
    ["status", "status", "r", "string"],
    ["imageSamples", "imageSamples", "ra", "string"],
  ];
}
