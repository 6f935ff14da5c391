/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "init_images"
 */
export interface GetInitImageByIdInitImagesByPk {
  createdAt?: string;
  id?: string | null;
  url?: string;
}

export function GetInitImageByIdInitImagesByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    ["url", "url", "o", "string"],
  ];
}

export interface GetInitImageByIdResponse {
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
  object?: GetInitImageByIdResponseBody | undefined;
}

export interface GetInitImageByIdResponseBody {
  /**
   * columns and relationships of "init_images"
   */
  initImagesByPk?: GetInitImageByIdInitImagesByPk | null;
}

export function GetInitImageByIdResponseBody$(): Fields {
  return [
    [
      "initImagesByPk",
      "init_images_by_pk",
      "on",
      GetInitImageByIdInitImagesByPk$,
    ],
  ];
}
