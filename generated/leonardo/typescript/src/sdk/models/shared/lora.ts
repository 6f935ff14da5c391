/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Lora {
  /**
   * Unique identifier for the element. Elements can be found from the List Elements endpoint.
   */
  akUUID?: string | null;
  /**
   * Name of the creator of the element
   */
  creatorName?: string | null;
  /**
   * Name of the element
   */
  name?: string | null;
  /**
   * Description for the element
   */
  description?: string | null;
  /**
   * URL of the element image
   */
  urlImage?: string | null;
  /**
   * Base model version for the element
   */
  baseModel?: string | null;
  /**
   * Default weight for the element
   */
  weightDefault?: number | null;
  /**
   * Minimum weight for the element
   */
  weightMin?: number | null;
  /**
   * Maximum weight for the element
   */
  weightMax?: number | null;
  /**
   * Type name for introspection purposes
   */
  typename?: string;
}

export function Lora$(): Fields {
  return [
    ["akUUID", "akUUID", "on", "string"],
    ["creatorName", "creatorName", "on", "string"],
    ["name", "name", "on", "string"],
    ["description", "description", "on", "string"],
    ["urlImage", "urlImage", "on", "string"],
    ["baseModel", "baseModel", "on", "string"],
    ["weightDefault", "weightDefault", "on", "integer"],
    ["weightMin", "weightMin", "on", "integer"],
    ["weightMax", "weightMax", "on", "integer"],
    ["typename", "__typename", "o", "string"],
  ];
}
