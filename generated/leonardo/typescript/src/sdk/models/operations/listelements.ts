/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import { SdVersions$, type SdVersions } from "../shared/sdversions.js";

/**
 * columns and relationships of "elements"
 */
export interface ListElementsLoras {
  /**
   * Unique identifier for the element. Elements can be found from the List Elements endpoint.
   */
  akUUID?: string | null;
  /**
   * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
   */
  baseModel?: SdVersions;
  /**
   * Name of the creator of the element
   */
  creatorName?: string | null;
  /**
   * Description for the element
   */
  description?: string | null;
  /**
   * Name of the element
   */
  name?: string | null;
  /**
   * URL of the element image
   */
  urlImage?: string | null;
  /**
   * Default weight for the element
   */
  weightDefault?: number | null;
  /**
   * Maximum weight for the element
   */
  weightMax?: number | null;
  /**
   * Minimum weight for the element
   */
  weightMin?: number | null;
}

export function ListElementsLoras$(): Fields {
  return [
    ["akUUID", "akUUID", "on", "string"],
    ["baseModel", "baseModel", "o", SdVersions$],
    ["creatorName", "creatorName", "on", "string"],
    ["description", "description", "on", "string"],
    ["name", "name", "on", "string"],
    ["urlImage", "urlImage", "on", "string"],
    ["weightDefault", "weightDefault", "on", "integer"],
    ["weightMax", "weightMax", "on", "integer"],
    ["weightMin", "weightMin", "on", "integer"],
  ];
}

export interface ListElementsResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: ListElementsResponseBody | undefined;
}

export interface ListElementsResponseBody {
  loras?: Array<ListElementsLoras>;
}

export function ListElementsResponseBody$(): Fields {
  return [["loras", "loras", "oa", ListElementsLoras$]];
}
