/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "init_images"
 */
export interface DeleteInitImageByIdDeleteInitImagesByPk {
  id?: string | null;
}

export function DeleteInitImageByIdDeleteInitImagesByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteInitImageByIdResponse {
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
  object?: DeleteInitImageByIdResponseBody | undefined;
}

export interface DeleteInitImageByIdResponseBody {
  /**
   * columns and relationships of "init_images"
   */
  deleteInitImagesByPk?: DeleteInitImageByIdDeleteInitImagesByPk | null;
}

export function DeleteInitImageByIdResponseBody$(): Fields {
  return [
    [
      "deleteInitImagesByPk",
      "delete_init_images_by_pk",
      "on",
      DeleteInitImageByIdDeleteInitImagesByPk$,
    ],
  ];
}
