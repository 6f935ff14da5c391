/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  ControlnetInputInitImageType$,
  type ControlnetInputInitImageType,
} from "./controlnetinputinitimagetype.js";
import {
  ControlnetInputStrengthType$,
  type ControlnetInputStrengthType,
} from "./controlnetinputstrengthtype.js";

export interface ControlnetInput {
  /**
   * The ID of the init image
   */
  initImageId?: string;
  /**
   * Type indicating whether the init image is uploaded or generated.
   */
  initImageType?: ControlnetInputInitImageType;
  /**
   * ID of the controlnet. A list of compatible IDs can be found in our guides.
   */
  preprocessorId?: number;
  /**
   * Weight for the controlnet
   */
  weight?: number | null;
  /**
   * Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets.
   */
  strengthType?: ControlnetInputStrengthType | null;
}

export function ControlnetInput$(): Fields {
  return [
    ["initImageId", "initImageId", "o", "string"],
    ["initImageType", "initImageType", "o", ControlnetInputInitImageType$],
    ["preprocessorId", "preprocessorId", "o", "number"],
    ["weight", "weight", "on", "number"],
    ["strengthType", "strengthType", "on", ControlnetInputStrengthType$],
  ];
}
