/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { ModelV2Entity$, type ModelV2Entity } from "./modelv2entity.js";

export interface ListModelsV2Response {
  models: Array<ModelV2Entity>;
}

export function ListModelsV2Response$(): Fields {
  return [["models", "models", "ra", ModelV2Entity$]];
}
